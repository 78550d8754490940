/**
 * Every design shipped in models/designs: each `*.pitfall.yaml` loads and its check ends in a
 * violation, each `*.fix.yaml` loads and passes — whatever its kind. A new reference design
 * is picked up by its file name alone.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/design/loadDesign.js';
import type { PropertyVerdict } from '../../src/core/result.js';
import { replayPath } from '../../src/core/successors.js';
import { formatPath, parsePath } from '../../src/core/trace.js';
import type { LoadedDesign } from '../../src/design/loadDesign.js';
import { check } from '../../src/explore/check.js';
import { simulate } from '../../src/explore/simulate.js';
import { evaluateAlong } from '../../src/trace/evaluateAlong.js';

const DIR = new URL('../../models/designs/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => /\.(pitfall|fix)\.ya?ml$/.test(f)).sort();
const pitfalls = files.filter((f) => f.includes('.pitfall.'));
const fixes = files.filter((f) => f.includes('.fix.'));

/**
 * Each violation's reproduce path, parsed back from its printed form and replayed as
 * `faultline replay` does, fails the same property at the trace's last state.
 */
function expectReplaysAgree(design: LoadedDesign, verdicts: readonly PropertyVerdict<unknown>[]): void {
  for (const verdict of verdicts) {
    if (verdict.status !== 'violated' || verdict.property.name === 'deadlock-free') continue;
    const trace = replayPath(design.model, parsePath(formatPath(verdict.trace)));
    const along = evaluateAlong(design.model, design.properties, trace, { maxFaults: design.options.maxFaults ?? Infinity });
    const mine = along.find((v) => v.property.name === verdict.property.name);
    const seen = { property: verdict.property.name, status: mine?.status, step: mine && 'step' in mine ? mine.step : undefined };
    expect(seen).toEqual({ property: verdict.property.name, status: 'violated', step: trace.steps.length });
  }
}

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

  it.each(pitfalls)('finds a violation in %s, and replaying each reproduce path fails the same property there', (file) => {
    const design = loadDesign(`${DIR}${file}`);
    const result = check(design.model, design.properties, design.options);
    if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
    expect(result.status).toBe('violation');
    expectReplaysAgree(design, result.verdicts);
  });

  it.each(pitfalls)('replays every violation simulate finds in %s', (file) => {
    const design = loadDesign(`${DIR}${file}`);
    const { result } = simulate(design.model, design.properties, { ...design.options, seed: 1, runs: 100 });
    if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
    expectReplaysAgree(design, result.verdicts);
  });

  it.each(fixes)('passes %s exhaustively', (file) => {
    const result = run(file);
    if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds.exhaustive).toBe(true);
  });
});
