import { describe, expect, it } from 'vitest';
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
