/**
 * `bond-failover-within`: no bond black-holes frames for longer than `seconds` around a fault
 * or its repair — neither while its monitor is still to notice a dead active slave (miimon +
 * downdelay) nor while it already sends on a slave whose switch port does not forward yet
 * (updelay shorter than the port's spanning-tree Listening/Learning). The windows and their
 * sources are in models/l2/bondWindows.ts and models/l2/bondTiming.ts (issue 12).
 */
import { always, type AlwaysProperty } from '../src/core/property.js';
import type { L2Model, L2State } from '../models/l2/l2Model.js';
import { bondWindowsOf, type BondWindow } from '../models/l2/bondWindows.js';

/** The windows of `state` longer than `seconds`. */
export function windowsOver(model: L2Model, state: L2State, seconds: number): BondWindow[] {
  return bondWindowsOf(model, state).filter((w) => w.ms > seconds * 1000);
}

/** Every bond's black-hole window around each fault and repair is at most `seconds`. */
export function bondFailoverWithin(model: L2Model, seconds: number): AlwaysProperty<L2State> {
  return always('bond-failover-within', (s) => windowsOver(model, s, seconds).length === 0, {
    description: `no bond sends on a dead or not yet forwarding slave for more than ${seconds} s after a fault or after its repair`,
  });
}

/** One line per window, for a trace's view. */
export function windowLines(windows: readonly BondWindow[]): string[] {
  return windows.map((w) => `${w.bond} ${w.on} of ${w.element}: ${w.ms / 1000} s on ${w.slave} (${w.why})`);
}
