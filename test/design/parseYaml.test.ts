import { describe, expect, it, vi } from 'vitest';
import { parseYaml } from '../../src/design/parseYaml.js';
import { diagnosticsOf, lines, where } from './diagnosticsOf.js';

describe('parseYaml', () => {
  it('parses YAML into plain data', () => {
    const parsed = parseYaml(lines('name: hall', 'row: [a, b]', 'on: yes'), 'a.yaml');
    expect(parsed.data).toEqual({ name: 'hall', row: ['a', 'b'], on: 'yes' });
  });

  it('parses JSON, which is YAML', () => {
    const parsed = parseYaml('{"name": "hall", "row": [1, 2]}', 'a.json');
    expect(parsed.data).toEqual({ name: 'hall', row: [1, 2] });
  });

  it('rejects a duplicate key at the second occurrence (FL202)', () => {
    const [d, ...rest] = diagnosticsOf(() => parseYaml(lines('name: hall', 'row: []', 'name: other'), 'a.yaml'));
    expect(rest).toEqual([]);
    expect(where(d)).toBe('FL202@3:1');
    expect(d?.message).toContain('duplicate key "name"');
    expect(d?.hint).toBeTruthy();
  });

  it('rejects a list or map used as a key at the key, without a warning on stderr (FL202)', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const [d, e, ...rest] = diagnosticsOf(() => parseYaml(lines('name: hall', '? [a, b]', ': 1', 'vrrp:', '  {x: 1}: 2'), 'a.yaml'));
      expect(rest).toEqual([]);
      expect(where(d)).toBe('FL202@2:3');
      expect(d?.message).toContain('[a, b] is a list or map');
      expect(where(e)).toBe('FL202@5:3');
      expect(e?.message).toContain('{x: 1} is a list or map');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('rejects a duplicate key in JSON too', () => {
    const [d] = diagnosticsOf(() => parseYaml('{\n  "name": "a",\n  "name": "b"\n}', 'a.json'));
    expect(where(d)).toBe('FL202@3:3');
  });

  it('reports a syntax error with its line and column (FL202)', () => {
    const [d] = diagnosticsOf(() => parseYaml(lines('name: hall', 'row: [a, b', 'other: 1'), 'a.yaml'));
    expect(d?.code).toBe('FL202');
    expect(d?.message).toMatch(/^YAML syntax error: /);
    expect(d?.location?.line).toBeGreaterThanOrEqual(2);
    expect(d?.location?.file).toBe('a.yaml');
    expect(d?.hint).toBeTruthy();
  });

  it('reports a bad indentation at the line where it happens', () => {
    const [d] = diagnosticsOf(() => parseYaml(lines('lamps:', '  row: 1', ' extra: 2'), 'a.yaml'));
    expect(d?.code).toBe('FL202');
    expect(d?.location?.line).toBe(3);
  });
});
