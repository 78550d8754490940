/**
 * Every design shipped in models/designs: each `*.pitfall.yaml` loads and its check ends in a
 * violation, each `*.fix.yaml` loads and passes — whatever its kind. A new reference design
 * is picked up by its file name alone.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/design/loadDesign.js';
import { check } from '../../src/explore/check.js';

const DIR = new URL('../../models/designs/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => /\.(pitfall|fix)\.ya?ml$/.test(f)).sort();
const pitfalls = files.filter((f) => f.includes('.pitfall.'));
const fixes = files.filter((f) => f.includes('.fix.'));

function run(file: string) {
  const design = loadDesign(`${DIR}${file}`);
  return check(design.model, design.properties, design.options);
}

describe('shipped designs', () => {
  it('ships a pitfall and a fix for each of L1–L7 and R9', () => {
    for (const id of ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'r9']) {
      expect(pitfalls.filter((f) => f.startsWith(`${id}-`))).toHaveLength(1);
      expect(fixes.filter((f) => f.startsWith(`${id}-`))).toHaveLength(1);
    }
  });

  it.each(pitfalls)('finds a violation in %s', (file) => {
    const result = run(file);
    if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
    expect(result.status).toBe('violation');
  });

  it.each(fixes)('passes %s exhaustively', (file) => {
    const result = run(file);
    if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds.exhaustive).toBe(true);
  });
});
