/**
 * Protocol steps and time of the LACP model. Steps are urgent: time passes only when none is
 * enabled. LACPDUs are exchanged once per tick (abstraction: at least as often as the
 * receiver's timeout needs), so partner information expires only when the sender stops.
 */
import type { LacpStep } from './actions.js';
import type { LacpConfig } from './config.js';
import { forwardsAlone, type LacpState, type MemberState, type SwitchState } from './state.js';

/** Enabled steps in a fixed order; `tick` only when nothing else is. */
export function enabledSteps(config: LacpConfig, s: LacpState): LacpStep[] {
  const out: LacpStep[] = [];
  s.switches.forEach((sw, i) => {
    const t = config.switches[i]!;
    if (t.fallback !== 'none' && !sw.indiv && sw.fb === t.fallbackTimeout && anyLink(config, s, i)) out.push({ type: 'fallback', switch: i });
  });
  if (s.phase === 'pxe' && s.members.some((_, m) => forwardsAlone(config, s, m))) out.push({ type: 'pxeBoot' });
  if (s.phase === 'install' && s.clock === 0) out.push({ type: 'osUp' });
  if (out.length === 0) out.push({ type: 'tick' });
  return out;
}

/** The state after step `a` (before normalisation). */
export function applyStep(config: LacpConfig, s: LacpState, a: LacpStep): LacpState {
  switch (a.type) {
    case 'fallback':
      return { ...s, switches: s.switches.map((sw, i) => (i === a.switch ? { fb: 0, indiv: true } : sw)) };
    case 'pxeBoot':
      return { ...s, phase: 'install', clock: config.server.installSeconds };
    case 'osUp':
      return { ...s, phase: 'os', clock: 0 };
    case 'tick':
      return tick(config, s);
  }
}

function anyLink(config: LacpConfig, s: LacpState, sw: number): boolean {
  return config.members.some((c, m) => c.switch === sw && s.members[m]!.link);
}

/**
 * One second. §4 periodic machine: an active end always transmits, a passive end only once
 * it has heard its partner (so passive–passive never starts); a server without its OS sends
 * nothing. Receiving refreshes current_while to the receiver's timeout; silence counts it down.
 */
function tick(config: LacpConfig, s: LacpState): LacpState {
  const osUp = s.phase === 'os';
  const members = s.members.map((x, m): MemberState => {
    if (!x.link) return x;
    const sw = config.members[m]!.switch;
    const switchSends = config.switches[sw]!.mode === 'active' || x.swRx > 0;
    const serverSends = osUp && (config.server.mode === 'active' || x.svRx > 0);
    return {
      link: true,
      swRx: serverSends ? config.switchTimeout[sw]! : Math.max(0, x.swRx - 1),
      svRx: osUp && switchSends ? config.serverTimeout : Math.max(0, x.svRx - 1),
    };
  });
  const switches = s.switches.map((sw, i): SwitchState => {
    const t = config.switches[i]!;
    const silent = !config.members.some((c, m) => c.switch === i && members[m]!.swRx > 0);
    const counting = t.fallback !== 'none' && !sw.indiv && silent && config.members.some((c, m) => c.switch === i && members[m]!.link);
    return { ...sw, fb: counting ? Math.min(t.fallbackTimeout, sw.fb + 1) : 0 };
  });
  return { ...s, members, switches, clock: s.phase === 'install' ? Math.max(0, s.clock - 1) : s.clock };
}

/**
 * Derived updates after every step: a switch that hears LACPDUs again leaves fallback (§4:
 * fallback lasts while no LACPDU arrives); the server bond keeps its active aggregator while
 * a member of it has an answering partner, else picks the group with most such members
 * (`ad_select`, §4; ties to the lower group).
 */
export function normalise(config: LacpConfig, s: LacpState): LacpState {
  const switches = s.switches.map((sw, i): SwitchState => {
    const hearing = config.members.some((c, m) => c.switch === i && s.members[m]!.swRx > 0);
    return hearing && (sw.indiv || sw.fb !== 0) ? { fb: 0, indiv: false } : sw;
  });
  const counts = new Array<number>(config.groupCount).fill(0);
  if (s.phase === 'os') s.members.forEach((x, m) => x.link && x.svRx > 0 && counts[config.groupOf[m]!]!++);
  let agg = s.agg;
  if (agg < 0 || counts[agg] === 0) {
    const best = Math.max(...counts);
    agg = best > 0 ? counts.indexOf(best) : -1;
  }
  return { ...s, switches, agg };
}
