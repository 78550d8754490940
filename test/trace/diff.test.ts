import { describe, expect, it } from 'vitest';
import { replayPath } from '../../src/core/successors.js';
import { diffTrace, diffViews } from '../../src/trace/diff.js';
import { dualMasterPath } from '../fixtures/toyResults.js';
import { toyRouters } from '../fixtures/toyRouters.js';

describe('diffViews', () => {
  it('lists only the keys whose values changed, with old and new values', () => {
    expect(diffViews({ a: 1, b: 'x', c: true }, { a: 1, b: 'y', c: true })).toEqual([
      { kind: 'changed', key: 'b', before: 'x', after: 'y' },
    ]);
  });

  it('reports added and removed keys', () => {
    expect(diffViews({ a: 1, gone: 2 }, { a: 1, fresh: 3 })).toEqual([
      { kind: 'added', key: 'fresh', after: 3 },
      { kind: 'removed', key: 'gone', before: 2 },
    ]);
  });

  it('compares nested arrays and records by value, not by identity', () => {
    const before = { routers: [{ st: 'Backup' }, { st: 'Master' }], m: { x: [1, 2] } };
    expect(diffViews(before, { routers: [{ st: 'Backup' }, { st: 'Master' }], m: { x: [1, 2] } })).toEqual([]);
    expect(diffViews(before, { routers: [{ st: 'Master' }, { st: 'Master' }], m: { x: [1, 2] } })).toHaveLength(1);
    expect(diffViews({ m: { x: 1 } }, { m: { y: 1 } })).toHaveLength(1);
  });

  it('tells null, zero and false apart', () => {
    expect(diffViews({ a: null, b: 0 }, { a: false, b: null })).toHaveLength(2);
  });
});

describe('diffTrace', () => {
  it('diffs each step against the state before it and keeps the fault flags', () => {
    const diffs = diffTrace(replayPath(toyRouters, dualMasterPath));
    expect(diffs.map((d) => [d.step, d.action, d.fault, d.changes.map((c) => c.key)])).toEqual([
      [1, 'timeout(r1)', false, ['r1']],
      [2, 'cut(link)', true, ['link']],
      [3, 'timeout(r2)', false, ['r2']],
    ]);
    expect(diffs[1]?.changes[0]).toEqual({ kind: 'changed', key: 'link', before: true, after: false });
  });
});
