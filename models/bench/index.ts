/**
 * The benchmark models of shared/bench/MODELS.md, keyed by the names of its reference table.
 */
import type { BenchModel } from './benchModel.js';
import { philosophers } from './philosophers.js';
import { stpRing } from './stpRing.js';
import { vrrpBench } from './vrrp.js';

export type { BenchModel } from './benchModel.js';
export { philosophers, type PhilosophersState, type PhilState } from './philosophers.js';
export { stpRing, ringDist, stpLink, type StpState, type StpVector } from './stpRing.js';
export { vrrpBench, type VrrpRouterState, type VrrpState } from './vrrp.js';

/** A benchmark model's name in the reference table. */
export type BenchModelName = 'vrrp' | 'stp-ring' | 'philosophers';

/** Factories by reference-table name: `benchModels['stp-ring'](4)`. */
export const benchModels: Readonly<Record<BenchModelName, (n: number) => BenchModel<unknown>>> = {
  vrrp: vrrpBench,
  'stp-ring': stpRing,
  philosophers,
};

/** Whether `name` is a benchmark model name. */
export function isBenchModelName(name: string): name is BenchModelName {
  return Object.prototype.hasOwnProperty.call(benchModels, name);
}
