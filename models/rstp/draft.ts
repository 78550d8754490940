/**
 * A mutable working copy of a state, used while one event (a BPDU, a tick, a fault) is
 * processed; `freeze` turns it back into a state value.
 */
import type { Bpdu, BridgeStatus, PortState, RstpState } from './state.js';

/** Mutable arrays of a state; elements are replaced, never mutated. */
export interface Draft {
  bridges: BridgeStatus[];
  links: boolean[];
  ports: PortState[];
  slots: (Bpdu | null)[];
}

/** A working copy of `s`. */
export function draftOf(s: RstpState): Draft {
  return { bridges: [...s.bridges], links: [...s.links], ports: [...s.ports], slots: [...s.slots] };
}

/** Replaces port p with `patch` applied. */
export function patchPort(d: Draft, p: number, patch: Partial<PortState>): void {
  d.ports[p] = { ...d.ports[p]!, ...patch };
}
