/**
 * Black-hole windows of bonds around one fault or its repair: how long a bond keeps sending
 * on a slave that passes no frame, at the converged level (a state is a set of failed
 * elements; the two states on either side of a fault are the set without it and with it).
 *
 * For a state `failed` and each element `e` in it, both transitions between `failed \ {e}`
 * and `failed` are looked at, so exploring every fault set up to the budget looks at every
 * fault and every repair of up to that many faults:
 *
 * - **fault** (`failed \ {e}` → `failed`): a bond in active-backup, balance-tlb or
 *   balance-alb whose used slave is no longer used, while another slave takes over, keeps
 *   sending on the old one until its monitor drops it: {@link detectionMs} (miimon +
 *   downdelay for MII). The modes that hash or round-robin skip a slave without carrier at
 *   transmit time (`bond_slave_can_tx`), and 802.3ad follows LACP, so they have no window here.
 * - **repair** (`failed` → `failed \ {e}`): a slave whose carrier comes back and that the bond
 *   then uses — its `primary` in active-backup (failback, primary_reselect always), any slave
 *   in the balance modes — while the bond still has a working slave, is used `updelay` after
 *   its carrier returns; if its switch port forwards later ({@link portReadyMs}), the frames
 *   sent on it in between are lost (bonding.rst §13.1: "some switches may indicate that the
 *   link is up (carrier available), but not pass traffic over the interface for some period
 *   of time ... specify an appropriate value to the updelay"). When the bond had no working
 *   slave there is nothing to lose: the kernel then ignores updelay (same section), and the
 *   outage was the fault's. A slave of an 802.3ad bond waits for LACP, so it has no window.
 *
 * Abstracted: without `primary` the kernel does not fail back in active-backup, so such a
 * bond has no repair window; a port that never forwards in the converged state is a
 * reachability failure (`reachable`), not a window.
 */
import type { CompiledBond, CompiledTopology } from './compileTopology.js';
import { detectionMs, portReadyMs, updelayMs } from './bondTiming.js';
import type { ConvergedL2 } from './converge.js';
import type { FaultElement } from './faults.js';
import type { L2Model, L2State } from './l2Model.js';

/** One window: a bond sends on a slave that passes nothing, for `ms`. */
export interface BondWindow {
  /** `host:bond`. */
  readonly bond: string;
  /** The slave NIC the frames are lost on. */
  readonly slave: string;
  /** The element whose fault or repair opens the window. */
  readonly element: string;
  readonly on: 'fault' | 'repair';
  readonly ms: number;
  /** Why, in one phrase. */
  readonly why: string;
}


const HAS_ACTIVE = new Set(['active-backup', 'balance-tlb', 'balance-alb']);

/** Every window opened by the fault or the repair of an element failed in `state`. */
export function bondWindowsOf(model: L2Model, state: L2State): BondWindow[] {
  const { topo } = model.context;
  const after = model.converged(state);
  return state.failed.flatMap((i) => {
    const e = model.candidates[i]!;
    const before = model.converged({ failed: state.failed.filter((x) => x !== i) });
    return topo.bonds.flatMap((bond, b) => [
      ...faultWindows(topo, bond, b, before, after, e),
      ...repairWindows(topo, bond, b, after, before, e),
    ]);
  });
}

function nameOf(topo: CompiledTopology, bond: CompiledBond): string {
  return `${topo.nodeNames[bond.host]}:${bond.name}`;
}

function nicOf(topo: CompiledTopology, p: number): string {
  return topo.portLabels[p]!.slice(topo.nodeNames[topo.portNode[p]!]!.length + 1);
}

function faultWindows(topo: CompiledTopology, bond: CompiledBond, b: number, before: ConvergedL2, after: ConvergedL2, e: FaultElement): BondWindow[] {
  if (!HAS_ACTIVE.has(bond.mode) || after.faults.nodeDown[bond.host]) return [];
  const was = before.settled.bonds[b]!.used[0];
  const now = after.settled.bonds[b]!.used;
  if (was === undefined || now.length === 0 || now.includes(was)) return [];
  const ms = detectionMs(bond);
  const how = bond.monitor === 'arp' ? '(arp_missed_max + 1) × arp_interval' : 'miimon + downdelay';
  return [{ bond: nameOf(topo, bond), slave: nicOf(topo, was), element: e.id, on: 'fault', ms, why: `keeps sending on ${nicOf(topo, was)} until its monitor drops it (${how})` }];
}

function repairWindows(topo: CompiledTopology, bond: CompiledBond, b: number, failedNet: ConvergedL2, repaired: ConvergedL2, e: FaultElement): BondWindow[] {
  if (bond.mode === '802.3ad' || repaired.faults.nodeDown[bond.host]) return [];
  const working = failedNet.settled.bonds[b]!.used;
  if (working.length === 0 || failedNet.faults.nodeDown[bond.host]) return [];
  const used = repaired.settled.bonds[b]!.used;
  const back = used.filter((s) => !failedNet.faults.carrier[s] && repaired.faults.carrier[s]);
  const failsBack = (s: number): boolean => bond.mode !== 'active-backup' || (bond.spec.primary !== undefined && s === bond.slaves[0]);
  return back.filter(failsBack).flatMap((s): BondWindow[] => {
    const peer = topo.portPeer[s]!;
    const sw = topo.portNode[peer]!;
    if (topo.nodeKinds[sw] !== 'switch' || !repaired.forwarding[peer]) return [];
    const node = topo.topology.nodes[sw]!;
    const rootName = repaired.stp.bridges.get(node.name)?.root ?? null;
    const root = rootName === null ? null : (topo.topology.nodes[topo.nodeIndex.get(rootName) ?? -1] ?? null);
    const port = nicOf(topo, peer);
    const ready = portReadyMs(node, port, root);
    const wait = updelayMs(bond);
    if (ready <= wait) return [];
    return [{
      bond: nameOf(topo, bond),
      slave: nicOf(topo, s),
      element: e.id,
      on: 'repair',
      ms: ready - wait,
      why: `uses ${nicOf(topo, s)} ${wait / 1000} s (updelay) after its carrier returns; ${node.name}:${port} forwards after ${ready / 1000} s`,
    }];
  });
}
