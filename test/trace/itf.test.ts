import { describe, expect, it } from 'vitest';
import { replayPath } from '../../src/core/successors.js';
import { ACTION_TAKEN, FAULT_TAKEN, traceToItf } from '../../src/trace/itf.js';
import { itfToTrace } from '../../src/trace/itfImport.js';
import { decodeItfValue, encodeItfValue } from '../../src/trace/itfValue.js';
import { dualMasterPath } from '../fixtures/toyResults.js';
import { toyRouters } from '../fixtures/toyRouters.js';

describe('ITF export', () => {
  const trace = replayPath(toyRouters, dualMasterPath);
  const itf = traceToItf(trace, { source: 'toy.yaml', description: 'dual master', extra: { property: 'single-master' } });

  it('writes #meta, the variables and one indexed state per trace state', () => {
    expect(itf['#meta']).toMatchObject({ format: 'ITF', source: 'toy.yaml', path: '0/0/2/0', property: 'single-master' });
    expect(itf.vars).toEqual(['r1', 'r2', 'link', ACTION_TAKEN, FAULT_TAKEN]);
    expect(itf.states.map((s) => s['#meta'].index)).toEqual([0, 1, 2, 3]);
  });

  it('records the action taken and whether it was a fault', () => {
    expect(itf.states.map((s) => [s[ACTION_TAKEN], s[FAULT_TAKEN]])).toEqual([
      ['init', false],
      ['timeout(r1)', false],
      ['cut(link)', true],
      ['timeout(r2)', false],
    ]);
  });

  it('round-trips through JSON back to the same views', () => {
    const back = itfToTrace(JSON.parse(JSON.stringify(itf)));
    expect(back.states.map((s) => s.view)).toEqual([trace.initialView, ...trace.steps.map((s) => s.view)]);
    expect(back.states.map((s) => s.fault)).toEqual([false, false, true, false]);
    expect(back.meta['path']).toBe('0/0/2/0');
  });
});

describe('ITF values', () => {
  it('writes integers as #bigint and reads them back as numbers or bigints', () => {
    expect(encodeItfValue(42)).toEqual({ '#bigint': '42' });
    expect(encodeItfValue(2n ** 64n)).toEqual({ '#bigint': '18446744073709551616' });
    expect(decodeItfValue({ '#bigint': '-7' }, 'v')).toBe(-7);
    expect(decodeItfValue({ '#bigint': '18446744073709551616' }, 'v')).toBe(2n ** 64n);
  });

  it('round-trips nested records, sequences and null', () => {
    const value = { routers: [{ st: 'Master', prio: 100 }, null], ok: true, ratio: 0.5 };
    expect(decodeItfValue(JSON.parse(JSON.stringify(encodeItfValue(value))), 'v')).toEqual(value);
  });

  it('reads tuples and sets as arrays and maps with scalar keys as records', () => {
    expect(decodeItfValue({ '#tup': [{ '#bigint': '1' }, 'a'] }, 'v')).toEqual([1, 'a']);
    expect(decodeItfValue({ '#set': ['x', 'y'] }, 'v')).toEqual(['x', 'y']);
    expect(decodeItfValue({ '#map': [['r1', { '#bigint': '3' }]] }, 'v')).toEqual({ r1: 3 });
    expect(decodeItfValue({ '#map': [[{ '#tup': [1, 2] }, true]] }, 'v')).toEqual([[[1, 2], true]]);
  });

  it('rejects a document without vars and states with FL290', () => {
    expect(() => itfToTrace({ states: 3 })).toThrowError(/FL290.*vars/);
  });
});
