/**
 * fast-check arbitraries of keepalived pairs: two nodes sharing a VIP with priorities, preempt
 * settings and, optionally, a health-check tracker (`vrrp_script` with a weight) — the
 * `cluster:` design kind with a DNS service. Shrinking goes toward equal-looking defaults:
 * no tracker, preemption on, the lowest priorities.
 */
import fc from 'fast-check';
import type { Design, HaStackSection } from '../api/design.js';

/** One node as drawn. */
export interface DrawnNode {
  readonly priority: number;
  readonly nopreempt: boolean;
  /** Seconds; 0 means none. */
  readonly preemptDelay: number;
}

/** A tracker as drawn: a DNS health check and how it moves the priority (0: FAULT on failure). */
export interface DrawnTracker {
  readonly weight: number;
  readonly fall: number;
  readonly rise: number;
}

/** A keepalived pair as drawn. */
export interface DrawnPair {
  readonly nodes: readonly [DrawnNode, DrawnNode];
  readonly tracker: DrawnTracker | null;
}

/** Options of {@link keepalivedPair}. */
export interface KeepalivedPairOptions {
  /** Fault budget; default 1. */
  readonly budget?: number;
  /** Whether a tracker may be drawn; default true. */
  readonly trackers?: boolean;
  /** Properties to check; default the kind's (`vip-holder-serves`, `no-needless-failback`). */
  readonly check?: Design['check'];
}

/** The `cluster:` design of a drawn pair (DNS service, VRID 53). */
export function pairFromDrawn(drawn: DrawnPair, options: Pick<KeepalivedPairOptions, 'budget' | 'check'> = {}): Design {
  const names = ['ns1', 'ns2'] as const;
  const cluster: HaStackSection = {
    service: 'dns',
    vrrp: { vrid: 53 },
    nodes: drawn.nodes.map((n, i) => ({
      name: names[i]!,
      priority: n.priority,
      state: 'BACKUP' as const,
      ...(n.nopreempt ? { nopreempt: true } : {}),
      ...(n.preemptDelay > 0 ? { preempt_delay: n.preemptDelay } : {}),
    })),
    ...(drawn.tracker === null ? {} : { vrrp_script: { name: 'chk_dns', check: 'dns' as const, weight: drawn.tracker.weight, fall: drawn.tracker.fall, rise: drawn.tracker.rise } }),
  };
  return { faultline: 1, name: 'generated-keepalived-pair', faults: { budget: options.budget ?? 1 }, ...(options.check === undefined ? {} : { check: options.check }), cluster };
}

/** Drawn pairs; see {@link keepalivedPair} for the designs. */
export function drawnPair(options: KeepalivedPairOptions = {}): fc.Arbitrary<DrawnPair> {
  const node: fc.Arbitrary<DrawnNode> = fc.record({
    priority: fc.integer({ min: 1, max: 254 }),
    nopreempt: fc.boolean(),
    preemptDelay: fc.constantFrom(0, 5, 30),
  });
  const tracker: fc.Arbitrary<DrawnTracker> = fc.record({
    weight: fc.integer({ min: -100, max: 100 }),
    fall: fc.integer({ min: 1, max: 3 }),
    rise: fc.integer({ min: 1, max: 3 }),
  });
  return fc.record({
    nodes: fc.tuple(node, node),
    tracker: options.trackers === false ? fc.constant(null) : fc.option(tracker, { nil: null }),
  });
}

/** keepalived pairs serving DNS under one VIP: priorities, nopreempt, preempt_delay and a tracker drawn. */
export function keepalivedPair(options: KeepalivedPairOptions = {}): fc.Arbitrary<Design> {
  return drawnPair(options).map((drawn) => pairFromDrawn(drawn, options));
}
