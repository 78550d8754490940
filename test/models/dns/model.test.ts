import { describe, expect, it } from 'vitest';
import { takeoverTicks } from '../../../models/dns/config.js';
import { clientFigures } from '../../../models/dns/latency.js';
import { createDnsModel } from '../../../models/dns/model.js';
import { lookupLatencyWithin, throughputAtLeast } from '../../../properties/dns.js';
import { check } from '../../../src/explore/check.js';
import { simulate } from '../../../src/explore/simulate.js';
import { enabled, walk } from '../vrrp/walk.js';
import { behindVip, twoNameservers } from './params.js';

const defaults = { timeout: 5, attempts: 2, rotate: false };

describe('the DNS model with two nameservers', () => {
  const model = createDnsModel(twoNameservers(defaults));
  const figures = (labels: string[]) => clientFigures(model.config, walk(model, labels), 0);

  it('offers host and daemon faults per server, and no daemon fault on a dead host', () => {
    const start = walk(model, []);
    expect(enabled(model, start)).toEqual(['hostDown(ns1)', 'daemonStop(ns1)', 'hostDown(ns2)', 'daemonStop(ns2)']);
    expect(enabled(model, walk(model, ['hostDown(ns1)']))).toEqual(['hostUp(ns1)', 'hostDown(ns2)', 'daemonStop(ns2)']);
  });

  it('charges a dead first host 5 s per lookup, 10 s per mail, 360 mails per hour', () => {
    expect(figures(['hostDown(ns1)'])).toEqual({ worstLookupSeconds: 5, worstItemSeconds: 10, meanItemSeconds: 10, answered: true, itemsPerHour: 360 });
  });

  it('charges nothing when only the first daemon stops: the live host refuses at once', () => {
    expect(figures(['daemonStop(ns1)'])).toMatchObject({ worstItemSeconds: 0, answered: true, itemsPerHour: Infinity });
  });

  it('defers every mail after 20 s when both hosts are down', () => {
    expect(figures(['hostDown(ns1)', 'hostDown(ns2)'])).toMatchObject({ worstLookupSeconds: 20, answered: false, itemsPerHour: 0 });
  });

  it('restarts the daemon with its host', () => {
    expect(figures(['daemonStop(ns1)', 'hostDown(ns1)', 'hostUp(ns1)'])).toMatchObject({ worstItemSeconds: 0, answered: true });
    expect(walk(model, ['daemonStop(ns1)', 'hostDown(ns1)', 'hostUp(ns1)']).servers[0]).toEqual({ host: true, daemon: true });
  });

  it('explores a pinned 12 states and 18 transitions with a budget of 2 faults', () => {
    const result = check(model, [], { maxFaults: 2 });
    expect([result.status, result.status !== 'error' && result.stats.states, result.status !== 'error' && result.stats.transitions]).toEqual(['pass', 12, 18]);
  });

  it('meets 1,000 mails per hour with timeout:1 attempts:1 rotate under any single fault', () => {
    const tuned = createDnsModel(twoNameservers({ timeout: 1, attempts: 1, rotate: true }));
    expect(clientFigures(tuned.config, walk(tuned, ['hostDown(ns1)']), 0)).toMatchObject({ worstItemSeconds: 1, meanItemSeconds: 1, itemsPerHour: 3600 });
    const result = check(tuned, [throughputAtLeast(tuned.config, 1000), lookupLatencyWithin(tuned.config, 3.6)], { maxFaults: 1 });
    expect(result.status).toBe('pass');
  });

  it('lets exhaustive and random search both find the dead first host', () => {
    const properties = [throughputAtLeast(model.config, 1000)];
    const exhaustive = check(model, properties, { maxFaults: 1 });
    const random = simulate(model, properties, { seed: 7, runs: 50, maxSteps: 10, maxFaults: 1 }).result;
    for (const result of [exhaustive, random]) {
      expect(result.status).toBe('violation');
      if (result.status !== 'violation') continue;
      const verdict = result.verdicts[0]!;
      expect(verdict.status === 'violated' && verdict.trace.steps.map((s) => s.action)).toEqual(['hostDown(ns1)']);
    }
  });
});

describe('the DNS model behind a VRRP VIP', () => {
  const model = createDnsModel(behindVip(defaults, ['host', 'daemon']));

  it('takes over after 3 × advert_int + (256 − 100)/256 s, rounded up to 37 ticks', () => {
    expect(takeoverTicks(1, 100)).toBe(37);
    expect(takeoverTicks(1, 150)).toBe(35);
    expect(model.config.vips[0]!.takeoverTicks).toEqual([35, 37]);
  });

  it('leaves the VIP unanswered until ns2 takes it over, then answers at once', () => {
    const failing = walk(model, ['hostDown(ns1)']);
    expect(failing.vips[0]).toEqual({ holder: -1, takeover: 37 });
    expect(clientFigures(model.config, failing, 0)).toMatchObject({ answered: false, worstLookupSeconds: 10 });
    const moved = walk(model, ['tick*37'], failing);
    expect(moved.vips[0]).toEqual({ holder: 1, takeover: 0 });
    expect(clientFigures(model.config, moved, 0)).toMatchObject({ answered: true, worstItemSeconds: 0 });
  });

  it('hands the VIP back to ns1 as soon as its host returns (preemption)', () => {
    expect(walk(model, ['hostDown(ns1)', 'tick*37', 'hostUp(ns1)']).vips[0]).toEqual({ holder: 0, takeover: 0 });
  });

  it('keeps the VIP on a host whose daemon stopped, so every lookup is refused (scenario D2)', () => {
    const s = walk(model, ['daemonStop(ns1)']);
    expect(s.vips[0]!.holder).toBe(0);
    expect(clientFigures(model.config, s, 0)).toMatchObject({ answered: false, worstLookupSeconds: 0, itemsPerHour: 0 });
  });

  it('meets the per-mail budget 4 s after a host fault but not at once', () => {
    const hostOnly = createDnsModel(behindVip(defaults));
    const settled = check(hostOnly, [lookupLatencyWithin(hostOnly.config, 3.6, 'mail', 40)], { maxFaults: 1 });
    expect(settled.status).toBe('pass');
    const strict = check(hostOnly, [lookupLatencyWithin(hostOnly.config, 3.6, 'mail', 36)], { maxFaults: 1 });
    expect(strict.status).toBe('violation');
  });
});
