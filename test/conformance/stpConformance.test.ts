/**
 * Conformance of `convergeStp` with the Linux kernel bridge: 30 generated topologies built
 * in network namespaces (see bench/conformance/). Needs root and `ip netns`; skipped with a
 * message otherwise. Takes one to two minutes.
 */
import { describe, expect, it } from 'vitest';
import { conformStp } from '../../bench/conformance/conformStp.js';
import { labUnavailable } from './labAvailable.js';

const reason = labUnavailable(`fl-${process.pid}-999999-0`);
if (reason !== null) console.warn(`skipping the STP kernel conformance suite: ${reason}`);

describe.skipIf(reason !== null)('convergeStp against Linux bridges in network namespaces', () => {
  it('agrees with the kernel on the root, root ports, costs and every port state of 30 topologies', async () => {
    const lines: string[] = [];
    const summary = await conformStp({ count: 30, seed: 1, concurrency: 10, timeoutMs: 60_000, log: (l) => lines.push(l) });
    expect(lines.filter((l) => !/: \d+ bridges, \d+ links, agrees$/.test(l))).toEqual([]);
    expect(summary).toMatchObject({ topologies: 30, disagreements: 0 });
    expect(summary.comparisons).toBeGreaterThan(30);
  }, 400_000);
});
