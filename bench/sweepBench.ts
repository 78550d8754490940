/**
 * The spof sweep bench: all single failures of a generated leaf-spine fabric through the
 * sweep (`src/explore/sweep.ts` over `models/l2/sweepSubject.ts`), beside the naive
 * re-computation — converge from scratch (spanning-tree cache cleared) and check the
 * properties — for an evenly spaced sample of the fault classes. The naive total is
 * extrapolated from the sample (running it for every fault set would take hours) and the
 * sample's verdicts must equal the sweep's.
 */
import { converge } from '../models/l2/converge.js';
import { l2Model } from '../models/l2/l2Model.js';
import { l2SweepSubject } from '../models/l2/sweepSubject.js';
import { noForwardingLoop, reachable } from '../properties/l2.js';
import { sweep } from '../src/explore/sweep.js';
import { leafSpineFabric, type FabricSize } from './fabric.js';

/** The JSON line the bench prints. */
export interface SweepLine {
  readonly bench: 'spof-sweep';
  readonly spines: number;
  readonly leaves: number;
  readonly switches: number;
  readonly servers: number;
  readonly faultSets: number;
  readonly classes: number;
  /** Classes that needed an evaluation (the rest were proved unchanged). */
  readonly evaluated: number;
  readonly breaking: number;
  readonly seconds: number;
  readonly faultSetsPerSecond: number;
  readonly naiveSample: number;
  readonly naiveSecondsPerSet: number;
  /** Naive seconds per set × fault sets (extrapolated, not run). */
  readonly naiveTotalSecondsEstimate: number;
  readonly naiveExtrapolated: true;
  readonly speedup: number;
  /** The sampled classes broke the same properties naively as in the sweep. */
  readonly sampleAgrees: boolean;
}

/** The bench's fabric sizes. */
export const SWEEP_SIZES = {
  quick: { spines: 8, leaves: 120, servers: 480 },
  full: { spines: 40, leaves: 960, servers: 4000 },
} as const satisfies Record<string, FabricSize>;

/** Sweeps every single failure of the fabric of `size`; `sample` classes get the naive treatment. */
export function measureSweep(size: FabricSize, sample: number): SweepLine {
  const topology = leafSpineFabric(size);
  const model = l2Model(topology);
  const properties = [reachable(model), noForwardingLoop(model)];
  const start = performance.now();
  const subject = l2SweepSubject(model, properties, [{ kind: 'reachable' }, { kind: 'no-forwarding-loop' }]);
  const result = sweep(subject, { k: 1 });
  const seconds = (performance.now() - start) / 1000;

  const ctx = model.context;
  const broken = new Set(result.rows.map((r) => r.classes[0]!.key));
  const step = Math.max(1, Math.floor(result.classes.length / sample));
  let agrees = true;
  let naiveSeconds = 0;
  let runs = 0;
  for (let c = 0; c < result.classes.length && runs < sample; c += step, runs++) {
    const cls = result.classes[c]!;
    const t0 = performance.now();
    ctx.stpInput.cache.clear();
    const net = converge(ctx, [cls.representative]);
    const breaks = net.unreachablePair() !== null || net.forwardingLoop() !== null;
    naiveSeconds += (performance.now() - t0) / 1000;
    if (breaks !== broken.has(cls.key)) agrees = false;
  }
  const naiveSecondsPerSet = naiveSeconds / runs;
  const naiveTotal = naiveSecondsPerSet * result.faultSets;
  return {
    bench: 'spof-sweep',
    spines: size.spines,
    leaves: size.leaves,
    switches: size.spines + size.leaves,
    servers: size.servers,
    faultSets: result.faultSets,
    classes: result.classes.length,
    evaluated: result.evaluated,
    breaking: result.rows.length,
    seconds: Number(seconds.toFixed(3)),
    faultSetsPerSecond: Math.round(result.faultSets / seconds),
    naiveSample: runs,
    naiveSecondsPerSet: Number(naiveSecondsPerSet.toFixed(4)),
    naiveTotalSecondsEstimate: Math.round(naiveTotal),
    naiveExtrapolated: true,
    speedup: Math.round(naiveTotal / seconds),
    sampleAgrees: agrees && result.baseline.length === 0,
  };
}
