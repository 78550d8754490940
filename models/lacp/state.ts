/**
 * The LACP model's state and its byte layout.
 *
 * Per member: the link, and the partner-information countdowns at the switch (`swRx`, ticks
 * until LACPDUs from the server are judged gone; 0 = none) and at the server (`svRx`). Per
 * switch: the fallback clock `fb` (seconds without any LACPDU) and whether its members are in
 * fallback (`indiv`). The server: its phase (PXE, installing, OS with the bond running) and
 * the install countdown; the bond's active aggregator (a member group, -1 none).
 */
import { array, bool, enumOf, int, record, type Layout } from '../../src/core/layout.js';
import type { LacpConfig } from './config.js';

export type Phase = 'pxe' | 'install' | 'os';

export type MemberState = { readonly link: boolean; readonly swRx: number; readonly svRx: number };
export type SwitchState = { readonly fb: number; readonly indiv: boolean };

export type LacpState = {
  readonly members: readonly MemberState[];
  readonly switches: readonly SwitchState[];
  readonly phase: Phase;
  readonly clock: number;
  readonly agg: number;
};

/** The byte layout for this configuration. */
export function lacpLayout(config: LacpConfig): Layout<LacpState> {
  const member = record<MemberState>({
    link: bool(),
    swRx: int(0, Math.max(...config.switchTimeout)),
    svRx: int(0, config.serverTimeout),
  });
  const sw = record<SwitchState>({ fb: int(0, Math.max(0, ...config.switches.map((s) => s.fallbackTimeout))), indiv: bool() });
  return record<LacpState>({
    members: array(member, config.members.length),
    switches: array(sw, config.switches.length),
    phase: enumOf(['pxe', 'install', 'os'] as const),
    clock: int(0, config.server.installSeconds),
    agg: int(-1, config.groupCount - 1),
  });
}

/** Whether member `m` is collecting and distributing at both ends in the server's active aggregator. */
export function bundled(config: LacpConfig, s: LacpState, m: number): boolean {
  const x = s.members[m]!;
  return s.phase === 'os' && x.link && x.swRx > 0 && x.svRx > 0 && config.groupOf[m] === s.agg;
}

/**
 * Whether the switch forwards on member `m` as a plain port in fallback: `individual` on
 * every member, `static` on the first member of that switch whose link is up.
 */
export function forwardsAlone(config: LacpConfig, s: LacpState, m: number): boolean {
  const x = s.members[m]!;
  const sw = config.members[m]!.switch;
  if (!x.link || !s.switches[sw]!.indiv) return false;
  if (config.switches[sw]!.fallback === 'individual') return true;
  const first = config.members.findIndex((c, j) => c.switch === sw && s.members[j]!.link);
  return first === m;
}

/** Whether member `m` carries the server's traffic now (bundled, or alone in fallback). */
export function forwarding(config: LacpConfig, s: LacpState, m: number): boolean {
  return bundled(config, s, m) || forwardsAlone(config, s, m);
}
