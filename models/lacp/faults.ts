/**
 * Faults and repairs of the LACP model: `member` (a member link down/up; carrier loss clears
 * the partner information at both ends at once) and `reboot` (the server restarts into PXE,
 * or straight into its OS without PXE; its link stays up, so the switch keeps the stale
 * partner information until its current_while timer runs out, §4 receive machine).
 */
import type { LacpFault } from './actions.js';
import type { LacpConfig } from './config.js';
import type { LacpState } from './state.js';

/** Faults in a fixed order: per member down/up, then the reboot. */
export function enabledFaults(config: LacpConfig, s: LacpState): LacpFault[] {
  const out: LacpFault[] = [];
  if (config.faultKinds.has('member')) s.members.forEach((x, member) => out.push({ type: x.link ? 'memberDown' : 'memberUp', member }));
  if (config.faultKinds.has('reboot')) out.push({ type: 'reboot' });
  return out;
}

/** The state after fault `f` (before normalisation). */
export function applyFault(config: LacpConfig, s: LacpState, f: LacpFault): LacpState {
  switch (f.type) {
    case 'memberDown':
    case 'memberUp': {
      const members = [...s.members];
      members[f.member] = { link: f.type === 'memberUp', swRx: 0, svRx: 0 };
      return { ...s, members };
    }
    case 'reboot':
      return {
        ...s,
        members: s.members.map((x) => ({ ...x, svRx: 0 })),
        phase: config.server.pxe ? 'pxe' : 'os',
        clock: 0,
        agg: -1,
      };
  }
}
