/**
 * Bridge and port identifiers (802.1D-2004 §9.2.5, §9.2.7; PROTOCOLS.md §6.1, §6.8).
 *
 * Bridge ids are fixed-width lowercase hex strings `pppp.mmmmmmmmmmmm` (the sysfs form of the
 * Linux bridge), so string order is numeric order: priority first, then MAC.
 * Port ids are 16-bit numbers `priority << 8 | number` (priority a multiple of 16). The Linux
 * kernel encodes `kprio << 10 | number` with kprio 0..63; with kprio = priority / 4 and
 * number < 1024 the two encodings are the same number.
 */

import type { StpPlatform } from './types.js';

/** The bridge id of a priority and a MAC, e.g. `8000.0200000000a1`. */
export function bridgeIdOf(priority: number, mac: string): string {
  const hexMac = mac.toLowerCase().replace(/[:-]/g, '');
  return `${priority.toString(16).padStart(4, '0')}.${hexMac}`;
}

/**
 * The 16-bit port id of a port priority and a port number, as the bridge's platform encodes it:
 * `priority << 8 | number` (802.1D-2004, priority a multiple of 16) or the Linux kernel's
 * `priority << 10 | number` (priority 0..63, number below 1024; br_make_port_id).
 */
export function portIdOf(priority: number, number: number, platform: StpPlatform = 'ieee'): number {
  return platform === 'linux' ? (priority << 10) | (number & 0x3ff) : (priority << 8) | number;
}

/** Whether a MAC is six colon- or dash-separated hex octets. */
export function isMac(mac: string): boolean {
  return /^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$/.test(mac);
}
