/**
 * What each spanning-tree platform accepts as bridge and port identifiers.
 *
 * - `ieee`: IEEE 802.1D-2004 §9.2.5 (bridge priority: the 4 high bits of the bridge id, so a
 *   multiple of 4096 in 0..61440) and §9.2.7 (port priority: 4 bits, a multiple of 16 in 0..240;
 *   port number: 12 bits). Vendor switches and mstpd (RSTP/MSTP on Linux) follow it.
 * - `linux`: the Linux kernel bridge's own STP (net/bridge/br_stp_if.c): `br_stp_set_bridge_priority`
 *   takes any u16; `BR_MAX_PORT_PRIORITY` is `(u16)~0 >> BR_PORT_BITS` = 63 with BR_PORT_BITS 10,
 *   so port priority is 0..63 (default 32) and the port number keeps 10 bits (1..1023).
 */
import type { StpPlatform } from './types.js';

/** The identifier ranges of one platform, with the words an error uses for each. */
export interface PlatformRules {
  readonly bridgePriority: (value: number) => boolean;
  readonly bridgePriorityText: string;
  readonly portPriority: (value: number) => boolean;
  readonly portPriorityText: string;
  /** Default port priority, in the platform's units. */
  readonly defaultPortPriority: number;
  readonly maxPortNumber: number;
}

const inRange = (value: number, max: number, step: number): boolean => Number.isInteger(value) && value >= 0 && value <= max && value % step === 0;

/** The rules of each platform. */
export const PLATFORM_RULES: Readonly<Record<StpPlatform, PlatformRules>> = {
  ieee: {
    bridgePriority: (v) => inRange(v, 61440, 4096),
    bridgePriorityText: 'a multiple of 4096 in 0..61440',
    portPriority: (v) => inRange(v, 240, 16),
    portPriorityText: 'a multiple of 16 in 0..240',
    defaultPortPriority: 128,
    maxPortNumber: 4095,
  },
  linux: {
    bridgePriority: (v) => inRange(v, 65535, 1),
    bridgePriorityText: 'an integer in 0..65535',
    portPriority: (v) => inRange(v, 63, 1),
    portPriorityText: 'an integer in 0..63',
    defaultPortPriority: 32,
    maxPortNumber: 1023,
  },
};
