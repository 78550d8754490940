/**
 * Requirements on an LACP bundle, as properties of the LACP model (models/lacp).
 *
 * - `pxe-boot-succeeds`: within the PXE ROM's DHCP timeout after power-on (and after the last
 *   fault), the server has left PXE: some member forwarded alone and DHCP got through.
 * - `lag-formed`: within k seconds after power-on and the last fault, the server's OS runs
 *   and every member whose link is up is bundled in one aggregator (SCENARIOS.md R2 rules).
 * - `one-member-in-fallback`: in every state, at most one member of the bundle forwards alone
 *   while the partner sends no LACPDU (issue 12). Fallback that forwards on several members
 *   (Arista `port-channel lacp fallback individual`: every member an individual port) hands a
 *   partner that bridges its ports — a hypervisor's vSwitch, a switch whose LACP is off or
 *   misconfigured — a loop, and a host duplicated floods; one member (Arista `fallback
 *   static`, Dell OS10 and Extreme EXOS `lacp fallback`: "a single member port with lowest
 *   value priority") cannot. Counted over the whole bundle: two switches of an MC-LAG pair in
 *   fallback each forward their own member in this model (Dell VLT lets one peer choose one
 *   port for both; for such a pair the count is too high).
 */
import { always, within, type Property } from '../src/core/property.js';
import type { LacpConfig } from '../models/lacp/config.js';
import { bundled, forwardsAlone, type LacpState } from '../models/lacp/state.js';

export const LACP_PROPERTY_NAMES = {
  'pxe-boot-succeeds': "within the PXE ROM's DHCP timeout (or `seconds`) after power-on or a fault, the server gets a forwarding member and boots",
  'lag-formed': 'within the boot time + 5 s (or `seconds`) after power-on or a fault, every live member is bundled in one aggregator',
  'one-member-in-fallback': 'at most one member forwards while the partner sends no LACPDU (several forwarding alone loop or duplicate through a partner that bridges them)',
} as const;

export type LacpPropertyName = keyof typeof LACP_PROPERTY_NAMES;

function anyLink(s: LacpState): boolean {
  return s.members.some((x) => x.link);
}

/** PXE gets through within `bound` seconds (no member link up: nothing to demand). */
export function pxeBootSucceeds(config: LacpConfig, bound = config.server.pxeTimeout): Property<LacpState> {
  return within('pxe-boot-succeeds', bound, (s) => s.phase !== 'pxe' || !anyLink(s), {
    description: `within ${bound} s after power-on or the last fault, the PXE boot gets a forwarding member`,
  });
}

/** Default bound of `lag-formed`: PXE (the fallback timeout or the ROM's) + install + 5 s. */
export function defaultFormBound(config: LacpConfig): number {
  const boot = config.server.pxe ? config.server.pxeTimeout + config.server.installSeconds : 0;
  return Math.min(254, boot + 5);
}

/** Every live member bundled (and at least one), with the OS up. */
export function lagFormed(config: LacpConfig, bound = defaultFormBound(config)): Property<LacpState> {
  return within(
    'lag-formed',
    bound,
    (s) => !anyLink(s) || (s.phase === 'os' && s.members.every((x, m) => !x.link || bundled(config, s, m))),
    { description: `within ${bound} s after power-on or the last fault, every live member is bundled in one aggregator` },
  );
}

/** The members forwarding alone (in fallback) in `s`. */
export function membersInFallback(config: LacpConfig, s: LacpState): string[] {
  return config.members.flatMap((m, i) => (forwardsAlone(config, s, i) ? [m.name] : []));
}

/** At most one member forwards alone while the partner is silent. */
export function oneMemberInFallback(config: LacpConfig): Property<LacpState> {
  return always('one-member-in-fallback', (s) => membersInFallback(config, s).length <= 1, {
    description: 'at most one member of the bundle forwards alone while the partner sends no LACPDU',
  });
}

export function lacpProperties(config: LacpConfig): Property<LacpState>[] {
  return [pxeBootSucceeds(config), lagFormed(config), oneMemberInFallback(config)];
}
