/** Test helper: LACP parameters for srv1 with eth0/eth1 to leaf1 (fast rate, PXE). */
import type { LacpMemberParams, LacpParams, LacpServerParams, LacpSwitchParams } from '../../../models/lacp/config.js';

export function leaf(extra: Partial<LacpSwitchParams> = {}): LacpSwitchParams {
  return { name: 'leaf1', system: 'leaf1', mode: 'active', rate: 'fast', fallback: 'none', fallbackTimeout: 0, ...extra };
}

export function server(extra: Partial<LacpServerParams> = {}): LacpServerParams {
  return { name: 'srv1', mode: 'active', rate: 'fast', pxe: true, pxeTimeout: 60, installSeconds: 10, ...extra };
}

export const twoMembers: readonly LacpMemberParams[] = [
  { name: 'eth0', switch: 0, speed: 10000 },
  { name: 'eth1', switch: 0, speed: 10000 },
];

export function bundle(extra: Partial<LacpParams> = {}): LacpParams {
  return { switches: [leaf()], server: server(), members: twoMembers, ...extra };
}
