/** Test helper: VRRP parameters with keepalived defaults. */
import type { VrrpParams, VrrpRouterParams } from '../../../models/vrrp/config.js';

/** A router with defaults: state BACKUP, preemptive, no delay, advert_int 1 s. */
export function router(name: string, priority: number, extra: Partial<VrrpRouterParams> = {}): VrrpRouterParams {
  return { name, priority, initialState: 'BACKUP', nopreempt: false, preemptDelay: 0, advertInt: 1, ...extra };
}

/** A VRRPv2 instance on VRID 51 with the given routers. */
export function instance(routers: VrrpRouterParams[], extra: Partial<VrrpParams> = {}): VrrpParams {
  return { version: 2, vrid: 51, routers, ...extra };
}
