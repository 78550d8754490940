import type { HostConfigs } from './hostConfigs.js';

/** The manifest host with `address`, or a name made from the address (`ns-192-0-2-11`). */
export function nameForAddress(address: string, hosts: readonly HostConfigs[], prefix: string): string {
  const host = hosts.find((h) => h.host.address?.value === address);
  return host ? host.host.name.value : `${prefix}-${address.replace(/[^0-9A-Za-z]/g, '-')}`;
}
