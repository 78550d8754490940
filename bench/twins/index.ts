/**
 * The object-level twins of the benchmark models, keyed like `benchModels`.
 */
import type { BenchModelName } from '../../models/bench/index.js';
import type { NaiveModel } from './naiveModel.js';
import { philosophersTwin } from './philosophersTwin.js';
import { stpRingTwin } from './stpRingTwin.js';
import { vrrpTwin } from './vrrpTwin.js';

export type { NaiveModel } from './naiveModel.js';
export { philosophersTwin, stpRingTwin, vrrpTwin };

/** Twin factories by reference-table name. */
export const naiveTwins: Readonly<Record<BenchModelName, (n: number) => NaiveModel<any, any>>> = {
  vrrp: vrrpTwin,
  'stp-ring': stpRingTwin,
  philosophers: philosophersTwin,
};
