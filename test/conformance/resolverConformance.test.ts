/**
 * Conformance of the DNS model's resolver timing with the real glibc resolver against dnsmasq
 * in network namespaces (bench/conformance/conformResolver.ts). Needs root, `ip netns` and
 * dnsmasq (`.ci/run` installs dnsmasq-base); skipped with a message otherwise. About 30 s.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { agrees, conformResolver, predictCase } from '../../bench/conformance/conformResolver.js';
import { RESOLVER_CASES } from '../../bench/conformance/resolverCases.js';
import { labUnavailable } from './labAvailable.js';

describe('the resolver conformance comparison', () => {
  it('tolerates 10 % plus 50 ms and nothing more', () => {
    expect(agrees(1, 1.14)).toBe(true);
    expect(agrees(1, 1.16)).toBe(false);
    expect(agrees(0, 0.04)).toBe(true);
    expect(agrees(2, 1.5)).toBe(false);
  });

  it('predicts every rotate offset of a rotating case and one outcome otherwise', () => {
    const rotating = RESOLVER_CASES.find((c) => c.rotate)!;
    expect(predictCase(rotating)).toHaveLength(rotating.servers.length);
    expect(predictCase(RESOLVER_CASES[1]!)).toEqual([{ answered: true, seconds: 1 }]);
  });
});

const reason = labUnavailable(`fl-res-${process.pid}-999999-c`, { command: 'dnsmasq', aptPackage: 'dnsmasq-base' });
if (reason !== null) console.warn(`skipping the resolver conformance suite: ${reason}`);

describe.skipIf(reason !== null)('the DNS model against glibc and dnsmasq in network namespaces', () => {
  it('predicts the delay of every case within 10 %: silent hosts cost the timeout, refusing daemons nothing', async () => {
    const lines: string[] = [];
    const summary = await conformResolver({ repeats: 2, log: (l) => lines.push(l) });
    // Every case line agrees; the only other line a run may print is its sweep of leftovers.
    expect(lines.filter((l) => !l.endsWith('; agrees') && !l.startsWith('removed '))).toEqual([]);
    expect(summary).toMatchObject({ cases: RESOLVER_CASES.length, disagreements: 0 });
    expect(execFileSync('ip', ['netns', 'list']).toString()).not.toMatch(new RegExp(`fl-res-${process.pid}-`));
  }, 180_000);
});
