/** Actions of the DNS model: the VIP takeover clock, and the faults (faults.ts). */
import type { DnsConfig } from './config.js';
import type { DnsFault } from './faults.js';

/** A tick of TICK_SECONDS while some VIP takeover is pending. */
export type DnsStep = { readonly type: 'tick' };

/** Any action of the DNS model. */
export type DnsAction = DnsStep | DnsFault;

/** Human-readable label, e.g. `hostDown(ns1)`. */
export function formatDnsAction(config: DnsConfig, a: DnsAction): string {
  return a.type === 'tick' ? 'tick' : `${a.type}(${config.servers[a.server]!.name})`;
}
