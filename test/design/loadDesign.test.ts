import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import type { DesignKind } from '../../src/design/designKind.js';
import { loadDesign, parseDesign } from '../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from './diagnosticsOf.js';
import { fixtureKinds, lampKind } from './fixtureKind.js';

const hall = lines(
  'faultline: 1',
  'name: hall',
  'description: two lamps',
  'faults:',
  '  budget: 2',
  '  kinds: [lamp-out]',
  'check:',
  '  - one-lit',
  '  - all-dark: {}',
  'lamps:',
  '  row:',
  '    - name: a',
  '    - name: b',
  '      priority: 3',
);

const load = (text: string) => parseDesign(text, 'hall.yaml', fixtureKinds);

describe('parseDesign on good documents', () => {
  it('loads a design, identifies its kind and builds its model', () => {
    const design = load(hall);
    expect(design.name).toBe('hall');
    expect(design.description).toBe('two lamps');
    expect(design.kind).toBe(lampKind);
    expect(design.model.initialStates()).toEqual([[true, true]]);
    expect(design.properties.map((p) => p.name)).toEqual(['one-lit', 'all-dark']);
  });

  it('normalises check: into property requests with their paths', () => {
    const design = load(
      lines('faultline: 1', 'name: hall', 'check:', '  - one-lit', '  - all-dark:', '      depth: 2', 'lamps: {row: [{name: a}]}'),
    );
    expect(design.document.check).toEqual([
      { name: 'one-lit', params: {}, path: ['check', 0] },
      { name: 'all-dark', params: { depth: 2 }, path: ['check', 1, 'all-dark'] },
    ]);
  });

  it('treats an empty parameter map as no parameters', () => {
    const design = load(lines('faultline: 1', 'name: hall', 'check: [{all-dark: null}]', 'lamps: {row: [{name: a}]}'));
    expect(design.document.check?.[0]?.params).toEqual({});
  });

  it('leaves check absent when the design gives none, so the kind uses its defaults', () => {
    const design = load(lines('faultline: 1', 'name: hall', 'lamps: {row: [{name: a}]}'));
    expect(design.document.check).toBeUndefined();
    expect(design.properties.map((p) => p.name)).toEqual(['one-lit']);
  });

  it("lets faults.budget override the kind's fault budget", () => {
    expect(load(hall).options).toEqual({ maxDepth: 3, maxFaults: 2 });
    expect(load(lines('faultline: 1', 'name: hall', 'lamps: {row: [{name: a}]}')).options).toEqual({ maxDepth: 2, maxFaults: 1 });
  });

  it('resolves anchors and merge keys, with x- keys free to hold them', () => {
    const design = load(
      lines('faultline: 1', 'name: hall', 'x-defaults: &lamp {priority: 9}', 'lamps:', '  row:', '    - {<<: *lamp, name: a}', '    - {<<: *lamp, name: b, priority: 1}'),
    );
    expect(design.document['lamps']).toEqual({ row: [{ priority: 9, name: 'a' }, { priority: 1, name: 'b' }] });
  });

  it('loads the same design written as JSON', () => {
    const json = JSON.stringify({
      faultline: 1,
      name: 'hall',
      faults: { budget: 2, kinds: ['lamp-out'] },
      check: ['one-lit', { 'all-dark': {} }],
      lamps: { row: [{ name: 'a' }, { name: 'b', priority: 3 }] },
    });
    const design = parseDesign(json, 'hall.json', fixtureKinds);
    expect(design.properties.map((p) => p.name)).toEqual(load(hall).properties.map((p) => p.name));
    expect(design.model.initialStates()).toEqual([[true, true]]);
  });
});

describe('loadDesign reading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-design-'));

  it('reads and loads a file', () => {
    const file = join(dir, 'hall.yaml');
    writeFileSync(file, hall);
    const design = loadDesign(file, fixtureKinds);
    expect(design.file).toBe(file);
    expect(design.name).toBe('hall');
  });

  it('reports a missing file as FL201 with a hint', () => {
    const [d] = diagnosticsOf(() => loadDesign(join(dir, 'nope.yaml'), fixtureKinds));
    expect(d?.code).toBe('FL201');
    expect(d?.message).toContain('no such file');
    expect(d?.hint).toBeTruthy();
  });

  it('reports a directory as FL201', () => {
    const [d] = diagnosticsOf(() => loadDesign(dir, fixtureKinds));
    expect(d?.code).toBe('FL201');
    expect(d?.hint).toContain('not a directory');
  });
});

describe('parseDesign errors', () => {
  it('rejects an empty document or a list (FL203)', () => {
    expect(diagnosticsOf(() => load('')).map(where)).toEqual(['FL203@1:1']);
    expect(diagnosticsOf(() => load('- a\n- b\n'))[0]?.message).toContain('got a list');
  });

  it('asks for the format version when it is missing (FL204)', () => {
    const [d] = diagnosticsOf(() => load(lines('name: hall', 'lamps: {row: [{name: a}]}')));
    expect(where(d)).toBe('FL204@1:1');
    expect(d?.hint).toContain('faultline: 1');
  });

  it('rejects an unsupported format version at its value (FL204)', () => {
    const [d] = diagnosticsOf(() => load(lines('faultline: 2', 'name: hall', 'lamps: {row: [{name: a}]}')));
    expect(where(d)).toBe('FL204@1:12');
    expect(d?.message).toContain('version 2');
  });

  it('asks for a section when there is none, listing the known ones (FL205)', () => {
    const [d, ...rest] = diagnosticsOf(() => load(lines('faultline: 1', 'name: hall')));
    expect(rest).toEqual([]);
    expect(where(d)).toBe('FL205@1:1');
    expect(d?.hint).toBe('add exactly one of the known sections: "lamps:", "bells:"');
  });

  it('reports a misspelt section once, as an unknown key with a suggestion', () => {
    const ds = diagnosticsOf(() => load(lines('faultline: 1', 'name: hall', 'lamsp:', '  row: [{name: a}]')));
    expect(ds.map(where)).toEqual(['FL210@3:1']);
    expect(ds[0]?.hint).toBe('did you mean "lamps"?');
  });

  it('rejects two sections at the second one (FL206)', () => {
    const [d] = diagnosticsOf(() => load(lines('faultline: 1', 'name: hall', 'lamps: {row: [{name: a}]}', 'bells: {}')));
    expect(where(d)).toBe('FL206@4:1');
    expect(d?.message).toContain('"lamps" and "bells"');
  });

  it('rejects an unknown property with a suggestion, at its name (FL220)', () => {
    const [d] = diagnosticsOf(() =>
      load(lines('faultline: 1', 'name: hall', 'check:', '  - one-lit', '  - al-dark: {}', 'lamps: {row: [{name: a}]}')),
    );
    expect(where(d)).toBe('FL220@5:5');
    expect(d?.hint).toBe('did you mean "all-dark"?');
  });

  it('rejects an unknown fault kind with a suggestion (FL221)', () => {
    const [d] = diagnosticsOf(() => load(lines('faultline: 1', 'name: hall', 'faults:', '  kinds: [lamp-out, fuse-blwon]', 'lamps: {row: [{name: a}]}')));
    expect(where(d)).toBe('FL221@4:21');
    expect(d?.hint).toBe('did you mean "fuse-blown"?');
  });

  it('rejects a property listed twice (FL222)', () => {
    const [d] = diagnosticsOf(() => load(lines('faultline: 1', 'name: hall', 'check: [one-lit, one-lit]', 'lamps: {row: [{name: a}]}')));
    expect(where(d)).toBe('FL222@3:18');
  });

  it("points a kind's semantic error at the path it names", () => {
    const [d] = diagnosticsOf(() => load(lines('faultline: 1', 'name: hall', 'lamps:', '  row:', '    - name: a', '    - name: a')));
    expect(where(d)).toBe('FL229@6:13');
    expect(d?.hint).toBe('the first is lamps.row[0]');
  });

  it('wraps a crash inside a kind as an internal error (FL901)', () => {
    const broken: DesignKind = { ...lampKind, build: () => { throw new TypeError('boom'); } };
    let thrown: unknown;
    try {
      parseDesign(lines('faultline: 1', 'name: hall', 'lamps: {row: [{name: a}]}'), 'hall.yaml', [broken]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FaultlineError);
    expect((thrown as FaultlineError).category).toBe('internal');
    expect((thrown as FaultlineError).message).toContain('boom');
    expect((thrown as FaultlineError).cause).toBeInstanceOf(TypeError);
  });
});
