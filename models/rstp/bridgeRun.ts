/**
 * One bridge processes an event to completion, as mstpd does (`br_state_machines_run` loops
 * over the machines until none moves): role selection when `reselect` is set, then role and
 * state transitions until a fixed point, then Port Transmit for every port with new
 * information (and, on a hello, every designated port).
 */
import { FaultlineError } from '../../src/core/errors.js';
import type { RstpConfig } from './config.js';
import type { Draft } from './draft.js';
import { rootPathOf, selectRoles, designatedVector } from './select.js';
import type { Bpdu } from './state.js';
import { transitionPass } from './transitions.js';

const MAX_PASSES = 64;

/** Runs bridge b to a fixed point and transmits. */
export function runBridge(config: RstpConfig, d: Draft, b: number, reselect: boolean, hello = false): void {
  const newInfo = new Set<number>();
  const sync = new Map<number, boolean>();
  let again = reselect;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    if (again) changed = selectRoles(config, d, b, newInfo, sync);
    again = false;
    changed = transitionPass(config, d, b, newInfo, sync) || changed;
    if (!changed) {
      if (hello) for (const p of config.portsOf[b]!) if (d.ports[p]!.role === 'designated') newInfo.add(p);
      transmit(config, d, b, newInfo);
      return;
    }
  }
  throw new FaultlineError({
    code: 'FL302',
    message: `RSTP bridge ${config.bridges[b]!.name} did not settle after ${MAX_PASSES} passes`,
    hint: 'the role transition rules oscillate; replay the path to see the state',
  });
}

/** Port Transmit (§17.26 txRstp): the port's designated vector, its role and flags. */
function transmit(config: RstpConfig, d: Draft, b: number, ports: Set<number>): void {
  if (ports.size === 0) return;
  const path = rootPathOf(config, d.ports, b);
  for (const p of ports) {
    const ps = d.ports[p]!;
    if (ps.role === 'disabled' || !d.links[config.ports[p]!.link]) continue;
    const bpdu: Bpdu = {
      ...designatedVector(path, b, p),
      age: path.age,
      role: ps.role === 'designated' ? 'designated' : ps.role === 'root' ? 'root' : 'alternate',
      proposal: ps.role === 'designated' && ps.proposing,
      agreement: ps.agree,
      learning: ps.st !== 'discarding',
      forwarding: ps.st === 'forwarding',
      // A BPDU held back by the transmit limit stays held when newer content replaces it.
      held: d.slots[p]?.held ?? false,
    };
    d.slots[p] = bpdu;
  }
}
