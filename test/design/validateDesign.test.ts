import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from './diagnosticsOf.js';
import { fixtureKinds } from './fixtureKind.js';

const head = ['faultline: 1', 'name: hall'];
const errorsIn = (...body: string[]) => diagnosticsOf(() => parseDesign(lines(...head, ...body), 'hall.yaml', fixtureKinds));
const only = (...body: string[]) => {
  const ds = errorsIn(...body);
  expect(ds).toHaveLength(1);
  return ds[0];
};

describe('schema diagnostics', () => {
  it('names an unknown key, points at it and suggests the close one (FL210)', () => {
    const d = only('lamps:', '  row:', '    - name: a', '    - name: b', '      priorty: 3');
    expect(where(d)).toBe('FL210@7:7');
    expect(d?.message).toBe('unknown key "priorty" in lamps.row[1]');
    expect(d?.hint).toBe('did you mean "priority"?');
  });

  it('lists the allowed keys when no key is close', () => {
    const d = only('lamps:', '  row: [{name: a}]', '  colour: red');
    expect(d?.message).toBe('unknown key "colour" in lamps');
    expect(d?.hint).toBe('expected one of: row, wiring');
  });

  it('names a missing key and points at the map that lacks it (FL211)', () => {
    const d = only('lamps:', '  row:', '    - priority: 3');
    expect(where(d)).toBe('FL211@5:7');
    expect(d?.message).toBe('missing key "name" in lamps.row[0]');
    expect(d?.hint).toBe('add "name:" (Lamp name)');
  });

  it('does not also report a missing key that a misspelt key explains', () => {
    const d = only('lamps:', '  row:', '    - nmae: a');
    expect(d?.message).toBe('unknown key "nmae" in lamps.row[0]');
  });

  it('says which type it expected and what it got (FL212)', () => {
    const d = only('lamps:', '  row:', '    - name: a', '      priority: high');
    expect(where(d)).toBe('FL212@6:17');
    expect(d?.message).toBe('lamps.row[0].priority: expected an integer, got a string ("high")');
  });

  it('lists the allowed values of an enum and suggests the close one (FL213)', () => {
    const d = only('lamps:', '  row: [{name: a}]', '  wiring: seril');
    expect(where(d)).toBe('FL213@5:11');
    expect(d?.message).toBe('lamps.wiring must be one of "serial", "parallel"; got a string ("seril")');
    expect(d?.hint).toBe('did you mean "serial"?');
  });

  it('states a numeric range with both bounds (FL214)', () => {
    const d = only('lamps:', '  row:', '    - name: a', '      priority: 300');
    expect(where(d)).toBe('FL214@6:17');
    expect(d?.message).toBe('lamps.row[0].priority must be between 1 and 255, got 300');
  });

  it('states a range with an exclusive bound', () => {
    const d = only('lamps:', '  row:', '    - name: a', '      brightness: 0');
    expect(d?.message).toBe('lamps.row[0].brightness must be greater than 0 and at most 1, got 0');
  });

  it('checks the shared fault budget range', () => {
    const d = only('faults: {budget: 11}', 'lamps: {row: [{name: a}]}');
    expect(d?.message).toBe('faults.budget must be between 0 and 10, got 11');
  });

  it('collapses a failed oneOf into one message when no branch has the right type (FL216)', () => {
    const d = only('check:', '  - 5', 'lamps: {row: [{name: a}]}');
    expect(where(d)).toBe('FL216@4:5');
    expect(d?.message).toBe('check[0]: expected a property name, or a one-key map {name: {parameters}}, got 5');
  });

  it('keeps only the errors of the oneOf branch whose type fits', () => {
    const d = only('lamps:', '  row:', '    - name: a', '      power: lots');
    expect(where(d)).toBe('FL215@6:14');
    expect(d?.message).toBe('lamps.row[0].power: "lots" does not match the pattern ^[0-9]+W$');
  });

  it('points at the key when its value is missing altogether', () => {
    const ds = diagnosticsOf(() => parseDesign(lines('faultline: 1', 'name:', 'lamps: {row: [{name: a}]}'), 'h.yaml', fixtureKinds));
    expect(ds.map(where)).toEqual(['FL212@2:1']);
    expect(ds[0]?.message).toBe('name: expected a string, got nothing');
  });

  it('tells that x- keys are free when a top-level key is unknown', () => {
    const d = only('lamps: {row: [{name: a}]}', 'notes: hello');
    expect(d?.hint).toContain('"x-" are free');
  });

  it('says a string must not be empty', () => {
    const ds = diagnosticsOf(() => parseDesign(lines('faultline: 1', 'name: ""', 'lamps: {row: [{name: a}]}'), 'h.yaml', fixtureKinds));
    expect(ds.map((d) => d.message)).toEqual(['name must not be empty']);
  });

  it('reports every schema error at once, most useful first, then in file order', () => {
    const ds = errorsIn(
      'faults: {budget: -1}', //       line 3: range
      'lamps:', //                     line 4
      '  wiring: both', //             line 5: enum
      '  row:', //                     line 6
      '    - name: a', //              line 7
      '      priority: 0', //          line 8: range
      '    - name: b', //              line 9
      '      priorty: 2', //           line 10: unknown key
      '    - priority: "2"', //        line 11: type, missing key
      '  extra: 1', //                 line 12: unknown key
    );
    expect(ds.map(where)).toEqual([
      'FL210@10:7',
      'FL211@11:7',
      'FL210@12:3',
      'FL212@11:17',
      'FL213@5:11',
      'FL214@3:18',
      'FL214@8:17',
    ]);
    expect(ds.every((d) => d.location?.file === 'hall.yaml')).toBe(true);
  });

  it('reports a kind error together with the schema errors', () => {
    const ds = diagnosticsOf(() =>
      parseDesign(lines('faultline: 1', 'name: 5', 'lamps: {row: [{name: a}]}', 'bells: {}'), 'hall.yaml', fixtureKinds),
    );
    expect(ds.map(where)).toEqual(['FL212@2:7', 'FL206@4:1']);
  });

  it('points at keys and values in JSON input', () => {
    const json = ['{', '  "faultline": 1,', '  "name": "hall",', '  "lamps": {"row": [{"name": "a", "priorty": 0}]}', '}'].join('\n');
    const ds = diagnosticsOf(() => parseDesign(json, 'hall.json', fixtureKinds));
    expect(ds.map(where)).toEqual(['FL210@4:35']);
    expect(ds[0]?.hint).toBe('did you mean "priority"?');
  });

  it('gives every diagnostic a hint or a self-explaining message', () => {
    const ds = errorsIn('lamps:', '  row:', '    - name: a', '      priorty: 2', '      priority: 0');
    for (const d of ds) expect(d.hint ?? '').not.toBe('');
  });
});
