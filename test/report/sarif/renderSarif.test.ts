import { readFileSync } from 'node:fs';
import type { Location, Result, Run } from 'sarif';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../../src/api/loadDesign.js';
import { check, replay, runReport } from '../../../src/api/runs.js';
import { spof } from '../../../src/api/spof.js';
import { renderSarif } from '../../../src/report/sarif/renderSarif.js';
import { declaredDraft, parseLog, sarifErrors } from './sarifSchema.js';

const DIR = 'test/fixtures/sarif';
const PITFALL = `${DIR}/gateways.pitfall.yaml`;
const FIX = `${DIR}/gateways.fix.yaml`;
const RACK = `${DIR}/rack.pitfall.yaml`;
const LOOP = `${DIR}/loop.pitfall.yaml`;

/** Renders, validates against the SARIF 2.1.0 schema, and returns the one run. */
function sarifRun(reports: Parameters<typeof renderSarif>[0]): Run {
  const text = renderSarif(reports, { timing: false });
  expect(sarifErrors(text)).toEqual([]);
  const log = parseLog(text);
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

/** `uri:line:column` of a location. */
function where(location: Location | undefined): string {
  const p = location?.physicalLocation;
  return `${p?.artifactLocation?.uri}:${p?.region?.startLine}:${p?.region?.startColumn}`;
}

function steps(result: Result): { message: string; at: string; kinds: string[] | undefined }[] {
  return result.codeFlows![0]!.threadFlows[0]!.locations.map((l) => ({ message: l.location!.message!.text!, at: where(l.location), kinds: l.kinds }));
}

describe('the SARIF schema check', () => {
  it('compiles the schema for the draft it declares and rejects a log that breaks it', () => {
    expect(declaredDraft).toBe('http://json-schema.org/draft-04/schema#');
    const bad = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] });
    expect(sarifErrors(bad).join('\n')).toMatch(/level/);
    expect(sarifErrors(bad).join('\n')).toMatch(/format/);
  });
});

describe('renderSarif on a pitfall design', () => {
  const run = sarifRun([runReport(check(loadDesign(PITFALL)))]);
  const results = run.results!;

  it('has faultline as driver with its version and one rule per property of the design kind', () => {
    const own = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; homepage: string };
    expect(run.tool.driver).toMatchObject({ name: 'faultline', version: own.version, informationUri: own.homepage });
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['vrrp/single-master', 'vrrp/master-within-bound', 'vrrp/no-failback-under-nopreempt']);
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toMatch(new RegExp(`^${rule.name}: `));
      expect(rule.fullDescription?.text.length).toBeGreaterThan(rule.shortDescription!.text.length - rule.name!.length);
      expect(rule.help?.text).toMatch(/faultline replay/);
    }
  });

  it('gives one error result for the violated property, at the router the first fault crashes', () => {
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([['vrrp/no-failback-under-nopreempt', 2, 'error']]);
    const result = results[0]!;
    expect(result.message.text).toMatch(/^no-failback-under-nopreempt is violated after crash\(gw-a\), then restart\(gw-a\) \(invariant, 19 steps, 2 faults, the fewest\)\./);
    // `    - name: gw-a` is line 9; the name starts at column 13.
    expect(where(result.locations![0])).toBe(`${PITFALL}:9:13`);
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
    // The property's `check:` entry, line 22.
    expect(result.relatedLocations!.map((l) => [where(l), l.message?.text])).toContainEqual([`${PITFALL}:22:5`, 'no-failback-under-nopreempt is required here']);
  });

  it('carries the trace as a code flow: one location per step, the action as message, at the element it names', () => {
    const flow = steps(results[0]!);
    expect(flow).toHaveLength(19);
    const crash = flow.find((s) => s.message.includes('crash(gw-a)'))!;
    expect(crash).toEqual({ message: '3. crash(gw-a) [fault] (t = 0.5 s)', at: `${PITFALL}:9:13`, kinds: ['fault'] });
    // A timer tick names no element: it points at the `vrrp:` section (line 5).
    expect(flow[0]).toEqual({ message: '1. tick (t = 0.25 s)', at: `${PITFALL}:5:1`, kinds: ['step'] });
    // gw-b's steps point at gw-b (line 12).
    expect(flow.filter((s) => s.message.includes('(gw-b)')).map((s) => s.at)).toEqual(expect.arrayContaining([`${PITFALL}:12:13`]));
    const thread = results[0]!.codeFlows![0]!.threadFlows[0]!;
    expect(thread.initialState?.['gw-a.state']?.text).toBe('BACKUP');
    expect(thread.locations[2]!.importance).toBe('essential');
  });

  it('puts a reproduce command in the message and the properties that replays to the same violation', () => {
    const result = results[0]!;
    const reproduce = result.properties!['reproduce'] as string;
    expect(result.message.text).toContain(`Reproduce: ${reproduce}`);
    const path = /--path (\S+)$/.exec(reproduce)![1]!;
    expect(reproduce).toBe(`faultline replay ${PITFALL} --path ${path}`);
    const replayed = replay(loadDesign(PITFALL), path).verdicts.find((v) => v.property.name === 'no-failback-under-nopreempt');
    expect(replayed?.status).toBe('violated');
  });

  it('says what was explored and that the run completed', () => {
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications!.map((n) => [n.descriptor?.id, n.level])).toEqual([['explored', 'note']]);
    expect(invocation.toolExecutionNotifications![0]!.message.text).toMatch(/check explored every reachable state: [\d,]+ states.*budget 2; kinds: crash; not explored: stop, partition, loss, filter/);
    expect(run.properties!['designs']).toEqual([
      expect.objectContaining({ file: PITFALL, kind: 'vrrp', command: 'check', complete: true, faults: { budget: 2, explored: ['crash'], omitted: ['stop', 'partition', 'loss', 'filter', 'nic', 'kill'] } }),
    ]);
  });
});

describe('renderSarif on a fix design', () => {
  it('has no result, a complete successful invocation and the rules it checked', () => {
    const run = sarifRun([runReport(check(loadDesign(FIX)))]);
    expect(run.results).toEqual([]);
    expect(run.invocations![0]!.executionSuccessful).toBe(true);
    expect(run.tool.driver.rules).toHaveLength(3);
    expect((run.properties!['designs'] as { properties: object }[])[0]!.properties).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'holds' });
  });
});

describe('renderSarif on a run a limit stopped', () => {
  it('never lets no result stand for the reduced search: open results, a warning and an unsuccessful invocation', () => {
    const run = sarifRun([runReport(check(loadDesign(PITFALL), { maxStates: 20 }))]);
    expect(run.results!.map((r) => [r.ruleId, r.kind, r.level])).toEqual([
      ['vrrp/single-master', 'open', 'none'],
      ['vrrp/master-within-bound', 'open', 'none'],
      ['vrrp/no-failback-under-nopreempt', 'open', 'none'],
    ]);
    expect(run.results![0]!.message.text).toMatch(/not decided: the run stopped at --max-states 20/);
    expect(where(run.results![0]!.locations![0])).toBe(`${PITFALL}:20:5`);
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => [n.descriptor?.id, n.level])).toEqual([
      ['explored', 'note'],
      ['incomplete', 'warning'],
    ]);
    expect(invocation.toolExecutionNotifications![1]!.message.text).toMatch(/incomplete: the run stopped at --max-states 20 .*undecided: single-master, master-within-bound, no-failback-under-nopreempt/);
  });
});

describe('renderSarif on a design that fails without any fault', () => {
  it('locates the result at the check: entry and gives the code flow the initial state', () => {
    const run = sarifRun([runReport(check(loadDesign(LOOP)))]);
    const result = run.results![0]!;
    expect(result.message.text).toMatch(/^no-forwarding-loop is violated without any fault \(invariant, 0 steps, 0 faults/);
    expect(where(result.locations![0])).toBe(`${LOOP}:19:5`);
    expect(steps(result)).toEqual([{ message: '0. the initial state', at: `${LOOP}:4:1`, kinds: undefined }]);
  });
});

describe('renderSarif on spof', () => {
  const run = sarifRun([spof(loadDesign(RACK))]);

  it('gives one result per fault set and broken property, at the element that failed, with every broken pair', () => {
    expect(run.results!.map((r) => [r.ruleId, where(r.locations![0]), r.properties!['details']])).toEqual([
      ['topology/reachable', `${RACK}:9:15`, ['Server1 ↮ Server2']],
      ['topology/reachable', `${RACK}:16:12`, ['Server1 ↮ Server2']],
      ['topology/reachable', `${RACK}:17:12`, ['Server1 ↮ Server2']],
    ]);
    expect(run.results![0]!.message.text).toMatch(/^switch Switch2 down breaks reachable: Server1 ↮ Server2\./);
    expect(run.results![1]!.properties!['reproduce']).toBe(`faultline replay ${RACK} --path 0/4`);
    expect(steps(run.results![1]!)).toEqual([{ message: '1. link Server2:eth0—Switch2:p2 down [fault]', at: `${RACK}:16:12`, kinds: ['fault'] }]);
  });

  it('names the elements with the same effect, once per place, and says what the sweep covered', () => {
    const cable = run.results![2]!;
    expect(cable.message.text).toContain('Same effect: port Switch1:p48 down, port Switch2:p48 down.');
    // The result is at the cable's first end (line 17, column 12), which is port Switch1:p48
    // too; port Switch2:p48 is its other end.
    expect(where(cable.locations![0])).toBe(`${RACK}:17:12`);
    expect(cable.relatedLocations!.map((l) => [where(l), l.message?.text])).toEqual([
      [`${RACK}:24:5`, 'reachable is required here'],
      [`${RACK}:17:30`, 'same effect: port Switch2:p48 down'],
    ]);
    const sw = run.results![0]!;
    expect(sw.relatedLocations!.map((l) => where(l))).toEqual([`${RACK}:24:5`]);
    expect(run.invocations![0]!.executionSuccessful).toBe(true);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(
      /spof checked every fault set of up to 1 element: 11 fault sets checked \(6 classes\), 3 break something: reachable ×3; fault kinds: link, inter-switch-link, switch-port, switch; not explored: /,
    );
  });
});

describe('renderSarif on several designs', () => {
  it('puts every design in one run, each result on its own design file', () => {
    const run = sarifRun([runReport(check(loadDesign(PITFALL))), runReport(check(loadDesign(FIX))), runReport(check(loadDesign(RACK)))]);
    expect(run.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([
      ['vrrp/no-failback-under-nopreempt', PITFALL],
      ['topology/reachable', RACK],
    ]);
    expect(run.artifacts!.map((a) => a.location!.uri)).toEqual([PITFALL, FIX, RACK]);
    expect(run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.index)).toEqual([0, 2]);
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual([
      'vrrp/single-master',
      'vrrp/master-within-bound',
      'vrrp/no-failback-under-nopreempt',
      'topology/reachable',
      'topology/no-forwarding-loop',
    ]);
    expect((run.properties!['designs'] as { file: string }[]).map((d) => d.file)).toEqual([PITFALL, FIX, RACK]);
  });
});

describe('renderSarif on a replay', () => {
  it('reports the property that fails along the path, at the state where it fails', () => {
    const checked = check(loadDesign(PITFALL));
    const violated = checked.status === 'violation' ? checked.verdicts.find((v) => v.status === 'violated') : undefined;
    if (violated?.status !== 'violated') throw new Error('the fixture has a violation');
    const path = [violated.trace.initialIndex, ...violated.trace.steps.map((s) => s.choice)].join('/');
    const run = sarifRun([replay(loadDesign(PITFALL), path)]);
    expect(run.results!.map((r) => [r.ruleId, r.properties!['failsAtState']])).toEqual([['vrrp/no-failback-under-nopreempt', 19]]);
    expect(run.results![0]!.message.text).toMatch(new RegExp(`fails at state 19 of the replayed path ${path}`));
  });
});

describe('renderSarif on a design that could not be checked', () => {
  it('says so with an error notification carrying its code, and an unsuccessful invocation', () => {
    const missing = `${DIR}/missing.yaml`;
    const failed = { kind: 'run', command: 'check', design: { file: missing, name: missing }, result: { status: 'error', model: 'none', error: { code: 'FL201', message: `cannot read design file ${missing}: no such file`, location: { file: missing, line: 1, column: 1 } } }, limits: {} } as const;
    const run = sarifRun([runReport(check(loadDesign(FIX))), failed]);
    expect(run.results).toEqual([]);
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => [n.descriptor?.id, n.level, where(n.locations![0])])).toEqual([
      ['explored', 'note', `${FIX}:1:1`],
      ['FL201', 'error', `${missing}:1:1`],
    ]);
  });
});
