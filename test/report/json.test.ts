import { describe, expect, it } from 'vitest';
import { renderItf } from '../../src/report/itf.js';
import { renderJson } from '../../src/report/json.js';
import { reportFormatNames, reportFormats } from '../../src/report/formats.js';
import { plain } from '../../src/report/style.js';
import { itfToTrace } from '../../src/trace/itfImport.js';
import { toyViolation } from '../fixtures/toyResults.js';

const design = { file: 'designs/toy.yaml', name: 'toy' };
const report = { kind: 'run', command: 'check', design, result: toyViolation(), limits: {} } as const;

describe('renderJson', () => {
  const json = JSON.parse(renderJson(report)) as {
    status: string;
    stats: { maxFaults: number | null };
    properties: { name: string; status: string; violation?: string; trace?: { path: string; reproduce: string; steps: { action: string; fault: boolean; changes: unknown[] }[] } }[];
  };

  it('gives each property its status and each trace its path, reproduce line and changes', () => {
    expect(json.status).toBe('violation');
    expect(json.properties.map((p) => [p.name, p.status])).toEqual([
      ['single-master', 'violated'],
      ['some-master', 'witnessed'],
      ['master-within-2', 'holds'],
    ]);
    const trace = json.properties[0]?.trace;
    expect(trace?.path).toBe('0/0/2/0');
    expect(trace?.reproduce).toBe('faultline replay designs/toy.yaml --path 0/0/2/0');
    expect(trace?.steps.map((s) => [s.action, s.fault, s.changes.length])).toEqual([
      ['timeout(r1)', false, 1],
      ['cut(link)', true, 1],
      ['timeout(r2)', false, 1],
    ]);
  });

  it('writes an unbounded fault budget as null rather than dropping it', () => {
    const result = toyViolation();
    if (result.status === 'error') throw new Error('fixture is a violation');
    const unbounded = { ...report, result: { ...result, stats: { ...result.stats, maxFaults: Infinity } } };
    expect((JSON.parse(renderJson(unbounded)) as typeof json).stats.maxFaults).toBeNull();
  });
});

describe('renderItf', () => {
  it('exports the first counterexample as an ITF trace that reads back', () => {
    const back = itfToTrace(JSON.parse(renderItf(report)));
    expect(back.meta['property']).toBe('single-master');
    expect(back.states.map((s) => s.action)).toEqual(['init', 'timeout(r1)', 'cut(link)', 'timeout(r2)']);
  });
});

describe('reportFormats', () => {
  it('renders the same report in every format it offers, naming the design file', () => {
    expect(reportFormatNames).toEqual(expect.arrayContaining(['text', 'json', 'itf']));
    for (const name of reportFormatNames) expect(reportFormats[name].render([report], { style: plain, timing: true })).toContain('designs/toy.yaml');
  });
});
