/**
 * Faults and repairs of the DNS model, restricted to the design's fault kinds:
 * `host` — a server host goes down (no reply at all: queries time out) and comes back (its
 * DNS daemon starts at boot); `daemon` — the DNS daemon of a live host stops (the kernel
 * answers ICMP port unreachable: queries are refused at once) and starts again.
 */
import type { DnsConfig } from './config.js';
import type { DnsState, ServerState } from './state.js';
import { afterHostChange } from './vip.js';

/** A fault or repair. */
export type DnsFault =
  | { readonly type: 'hostDown'; readonly server: number }
  | { readonly type: 'hostUp'; readonly server: number }
  | { readonly type: 'daemonStop'; readonly server: number }
  | { readonly type: 'daemonStart'; readonly server: number };

/** The faults enabled in `s`, in a fixed order: per server, host then daemon. */
export function enabledFaults(config: DnsConfig, s: DnsState): DnsFault[] {
  const out: DnsFault[] = [];
  s.servers.forEach((sv, server) => {
    if (config.faultKinds.has('host')) out.push({ type: sv.host ? 'hostDown' : 'hostUp', server });
    if (config.faultKinds.has('daemon') && sv.host) out.push({ type: sv.daemon ? 'daemonStop' : 'daemonStart', server });
  });
  return out;
}

/** The state after fault `f`. */
export function applyFault(config: DnsConfig, s: DnsState, f: DnsFault): DnsState {
  const set = (value: ServerState): DnsState => ({ ...s, servers: s.servers.map((sv, i) => (i === f.server ? value : sv)) });
  switch (f.type) {
    case 'hostDown':
      return afterHostChange(config, set({ host: false, daemon: s.servers[f.server]!.daemon }));
    case 'hostUp':
      return afterHostChange(config, set({ host: true, daemon: true }));
    case 'daemonStop':
      return set({ host: true, daemon: false });
    case 'daemonStart':
      return set({ host: true, daemon: true });
  }
}
