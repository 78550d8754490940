import { describe, expect, it } from 'vitest';
import { locateNode } from '../../src/design/locateNode.js';
import { parseYaml } from '../../src/design/parseYaml.js';
import { lines } from './diagnosticsOf.js';

const parsed = parseYaml(
  lines(
    'name: hall', //                 line 1
    'lamps:', //                     line 2
    '  row:', //                     line 3
    '    - name: a', //              line 4
    '    - name: b', //              line 5
    '      priority: 7', //          line 6
  ),
  'hall.yaml',
);

const at = (path: (string | number)[], mode?: 'key' | 'value' | 'auto') => {
  const { line, column } = locateNode(parsed, path, mode);
  return `${line}:${column}`;
};

describe('locateNode', () => {
  it('points at a scalar value', () => {
    expect(at(['lamps', 'row', 1, 'priority'])).toBe('6:17');
    expect(at(['name'])).toBe('1:7');
  });

  it('points at the key of a map entry that holds a collection', () => {
    expect(at(['lamps'])).toBe('2:1');
    expect(at(['lamps', 'row'])).toBe('3:3');
  });

  it('points at a list item itself', () => {
    expect(at(['lamps', 'row', 1])).toBe('5:7');
  });

  it('points at the key when asked to', () => {
    expect(at(['lamps', 'row', 1, 'priority'], 'key')).toBe('6:7');
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(at(['lamps', 'row', 1, 'colour'])).toBe('5:7');
    expect(at(['lamps', 'row', 9, 'name'])).toBe('3:3');
    expect(at(['nothing', 'here'])).toBe('1:1');
  });

  it('carries the file name', () => {
    expect(locateNode(parsed, ['name']).file).toBe('hall.yaml');
  });
});
