/**
 * Each design kind declares its properties once, in a table (src/design/propertyTable.ts):
 * what the table lists is exactly what the loader and the kind's build accept under `check:`,
 * parameters included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { FaultlineError, type Diagnostic } from '../../../src/core/errors.js';
import type { DesignKind } from '../../../src/design/designKind.js';
import { parseDesign, type LoadedDesign } from '../../../src/design/loadDesign.js';
import { designKinds } from '../../../src/design/registry.js';
import { KIND_BASE_DESIGNS } from '../../fixtures/kindBases.js';

const DESIGNS = join(import.meta.dirname, '../../../models/designs');

/** A shipped design of each kind, chosen so that most of its properties fit. */
const BASE = KIND_BASE_DESIGNS;

/** A value each parameter accepts in its base design. */
const SAMPLE: Readonly<Record<string, unknown>> = {
  seconds: 5,
  hellos: 3,
  per: 'lookup',
  settle_seconds: 2,
  mails_per_hour: 100,
  all: true,
  max: 3,
  expected: 'P1',
  backup: 'P2',
  pairs: [['Server1', 'Server2']],
};

/** Properties no shipped design of the kind fits (no site design has an NFS client table). */
const UNFIT: Readonly<Record<string, readonly string[]>> = { site: ['clients-keep-access'] };

type Outcome = { readonly design: LoadedDesign } | { readonly diagnostics: readonly Diagnostic[] };

function loadWith(kind: DesignKind, check: unknown[]): Outcome {
  const doc = parse(readFileSync(join(DESIGNS, BASE[kind.section]!), 'utf8')) as Record<string, unknown>;
  doc['check'] = check;
  try {
    return { design: parseDesign(stringify(doc), `${kind.section}.yaml`) };
  } catch (error) {
    if (error instanceof FaultlineError) return { diagnostics: error.diagnostics };
    throw error;
  }
}

/** Messages of an outcome that say a name or parameter is not known. */
function refusals(outcome: Outcome): string[] {
  if ('design' in outcome) return [];
  return outcome.diagnostics.filter((d) => d.code === 'FL220' || /has no parameter|unknown .*property/.test(d.message)).map((d) => `${d.code} ${d.message}`);
}

describe.each(designKinds.map((kind) => [kind.section, kind] as const))('the %s property table', (section, kind) => {
  it('has a base design that loads with its default properties, each named in the table', () => {
    const outcome = loadWith(kind, []);
    expect(outcome).toHaveProperty('design');
    const doc = parse(readFileSync(join(DESIGNS, BASE[section]!), 'utf8')) as Record<string, unknown>;
    delete doc['check'];
    const defaults = parseDesign(stringify(doc), `${section}.yaml`);
    expect(defaults.properties.length).toBeGreaterThan(0);
    for (const p of defaults.properties) expect(Object.keys(kind.properties)).toContain(p.name);
  });

  it.each(Object.keys(kind.properties))('accepts %s, with each of its parameters, and builds exactly it', (name) => {
    const params = kind.properties[name]!.params;
    const single = params.map((param) => ({ [param]: SAMPLE[param] }));
    const all = Object.fromEntries(params.filter((p) => p !== 'all').map((p) => [p, SAMPLE[p]]));
    let built = 0;
    for (const check of [[name], ...single.map((p) => [{ [name]: p }]), [{ [name]: all }]]) {
      const outcome = loadWith(kind, check);
      expect(refusals(outcome), JSON.stringify(check)).toEqual([]);
      if ('design' in outcome) {
        expect(outcome.design.properties.map((p) => p.name)).toEqual([name]);
        built++;
      } else {
        // A required parameter left out: the property says what it needs.
        expect(outcome.diagnostics.map((d) => d.message).join('; '), JSON.stringify(check)).toMatch(/needs/);
      }
    }
    if (!(UNFIT[section] ?? []).includes(name)) expect(built, 'loads with some of its parameters').toBeGreaterThan(0);
  });

  it.each(Object.keys(kind.properties))('refuses every parameter %s does not list, at the parameter', (name) => {
    const params = kind.properties[name]!.params;
    for (const param of ['bogus', ...Object.keys(SAMPLE).filter((p) => !params.includes(p))]) {
      const outcome = loadWith(kind, [{ [name]: { [param]: SAMPLE[param] ?? 1 } }]);
      expect(outcome).toHaveProperty('diagnostics');
      const [first] = (outcome as { diagnostics: readonly Diagnostic[] }).diagnostics;
      expect(first?.message).toBe(`property "${name}" has no parameter "${param}"`);
      expect(first?.code).toMatch(/^FL2\d\d$/);
    }
  });

  it('refuses a name outside the table with FL220', () => {
    const outcome = loadWith(kind, ['no-such-property']);
    expect(outcome).toHaveProperty('diagnostics');
    expect((outcome as { diagnostics: readonly Diagnostic[] }).diagnostics.map((d) => d.code)).toEqual(['FL220']);
  });
});

describe('the property tables', () => {
  it('describe every property of every kind in one line', () => {
    for (const kind of designKinds) {
      for (const [name, info] of Object.entries(kind.properties)) {
        expect(info.description, `${kind.section}.${name}`).toMatch(/^\S.*\S$/);
        expect(kind.propertyNames[name]).toBe(info.description);
      }
      expect(Object.keys(kind.propertyNames)).toEqual(Object.keys(kind.properties));
    }
  });
});
