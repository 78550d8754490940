/**
 * A `vrrp_script` tracker on one node: status, hysteresis and the run timer (PROTOCOLS.md §1.2
 * "Tracking"). Status `init` means the script has not reported since keepalived started: one
 * success makes it OK, one failure KO ("one success is enough"); afterwards `fall`
 * consecutive failures turn OK into KO and `rise` consecutive successes KO into OK. Status
 * `off`: keepalived found no script to run when it started and removed the tracker (it never
 * runs, fails or adjusts until keepalived starts again).
 */
import type { InterfaceTrackerParams, TrackerParams } from './config.js';

/** Tracker status. */
export const TRACKER_STATUSES = ['init', 'ok', 'ko', 'off'] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];

/** The tracker's part of a node's state. */
export interface TrackerState {
  readonly trk: TrackerStatus;
  /** Consecutive results against the current status (0..max(fall, rise) − 1). */
  readonly streak: number;
  /** Ticks until the next run; 0 = due now. */
  readonly next: number;
}

/** A tracker that does not run (keepalived stopped or host down). */
export const TRACKER_IDLE: TrackerState = { trk: 'init', streak: 0, next: 0 };

/** A tracker keepalived disabled at start (its script was not found or not accessible). */
export const TRACKER_OFF: TrackerState = { trk: 'off', streak: 0, next: 0 };

/** Status after one run whose exit code meant `success`, and the new streak. */
export function afterRun(params: TrackerParams, t: TrackerState, success: boolean, intervalTicks: number): TrackerState {
  const next = intervalTicks;
  if (t.trk === 'init') return { trk: success ? 'ok' : 'ko', streak: 0, next };
  const agrees = (t.trk === 'ok') === success;
  if (agrees) return { ...t, streak: 0, next };
  const needed = t.trk === 'ok' ? params.fall : params.rise;
  if (t.streak + 1 >= needed) return { trk: success ? 'ok' : 'ko', streak: 0, next };
  return { ...t, streak: t.streak + 1, next };
}

/** The priority adjustment the tracker applies now: +weight while OK (weight > 0), −|weight| while KO (weight < 0). */
export function adjustmentOf(params: TrackerParams | undefined, t: TrackerState): number {
  if (!params || params.weight === 0) return 0;
  if (params.weight > 0) return t.trk === 'ok' ? params.weight : 0;
  return t.trk === 'ko' ? params.weight : 0;
}

/** Whether a weight-0 tracker holds the instance in FAULT: KO, or not yet reported (keepalived starts such an instance in FAULT). */
export function holdsInFault(params: TrackerParams | undefined, t: TrackerState): boolean {
  return params !== undefined && params.weight === 0 && (t.trk === 'init' || t.trk === 'ko');
}

/** The priority adjustment of a tracked interface: +weight while up (weight > 0), −|weight| while down (weight < 0). */
export function interfaceAdjustment(params: InterfaceTrackerParams | undefined, up: boolean): number {
  if (!params || params.weight === 0) return 0;
  if (params.weight > 0) return up ? params.weight : 0;
  return up ? 0 : params.weight;
}

/** Whether an unweighted tracked interface holds the instance in FAULT: it is down. */
export function interfaceHoldsInFault(params: InterfaceTrackerParams | undefined, up: boolean): boolean {
  return params !== undefined && params.weight === 0 && !up;
}
