import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDesign } from '../../../src/design/loadDesign.js';
import { simulate } from '../../../src/explore/simulate.js';
import { checkShipped, loadShipped, shippedPath, violations } from '../../fixtures/designs.js';

const crashThenTicks = ['directorCrash(lvs1)', ...new Array<string>(12).fill('tick')];

describe('D3 reference designs', () => {
  it('finds the single director losing the service, exhaustively, with a pinned trace', () => {
    const result = checkShipped('d3-lvs-dns.pitfall');
    expect(result.status).toBe('violation');
    expect(violations(result)).toEqual({ 'service-within': crashThenTicks });
    if (result.status === 'violation') {
      const verdict = result.verdicts.find((v) => v.status === 'violated')!;
      const last = verdict.status === 'violated' ? verdict.trace.steps.at(-1)?.view : undefined;
      expect(last).toMatchObject({ vip: 'nobody', 'lvs1.up': false, dns1: 'answers', dns2: 'answers' });
    }
  });

  it('finds the same trace by random search', () => {
    const design = loadShipped('d3-lvs-dns.pitfall');
    const { result } = simulate(design.model, design.properties, { seed: 1, runs: 200, maxSteps: 60, maxFaults: 1 });
    expect(result.status).toBe('violation');
    expect(violations(result)['service-within']).toEqual(crashThenTicks);
  });

  it('passes with a director pair under VRRP, with pinned state counts', () => {
    const result = checkShipped('d3-lvs-dns.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([1324, 2247]);
  });

  it('passes random search too', () => {
    const design = loadShipped('d3-lvs-dns.fix');
    expect(simulate(design.model, design.properties, { seed: 1, runs: 100, maxSteps: 80, maxFaults: 1 }).result.status).toBe('pass');
  });
});

describe('the lvs design kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fl-lvs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const variant = (from: string, to: string): string => {
    const file = join(dir, `d${n++}.yaml`);
    writeFileSync(file, readFileSync(shippedPath('d3-lvs-dns.fix'), 'utf8').replace(from, to));
    return file;
  };
  const codeOf = (file: string): string | undefined => {
    try {
      loadDesign(file);
      return undefined;
    } catch (e) {
      return (e as { diagnostics?: readonly { code: string }[] }).diagnostics?.map((d) => d.code).join(',');
    }
  };

  it('rejects a DR real server on another port than the virtual server (FL277)', () => {
    expect(codeOf(variant('{ name: dns2, address: 192.0.2.12, port: 53 }', '{ name: dns2, address: 192.0.2.12, port: 5353 }'))).toBe('FL277');
  });

  it('rejects two real servers with one address (FL276)', () => {
    expect(codeOf(variant('address: 192.0.2.12', 'address: 192.0.2.11'))).toBe('FL276');
  });

  it('rejects an unknown property parameter (FL279)', () => {
    expect(codeOf(variant('  - no-query-to-known-dead', '  - no-query-to-known-dead: { seconds: 3 }'))).toBe('FL279');
  });
});
