/**
 * Parameters of the DNS model and their resolved form: servers (a host and a DNS daemon
 * each), virtual IPs held by one of their member servers (keepalived VRRP, abstracted to a
 * failover delay), clients with their resolv.conf, and the workload.
 */
import type { ResolverOptions } from './resolver.js';

/** Length of one tick in seconds: the time unit of VIP failover and of `within` bounds. */
export const TICK_SECONDS = 0.1;

/** Fault kinds: the server host (no reply at all) or only its DNS daemon (refused). */
export type DnsFaultKind = 'host' | 'daemon';
export const DNS_FAULT_KINDS: readonly DnsFaultKind[] = ['host', 'daemon'];

/** One DNS server. */
export interface DnsServerParams {
  readonly name: string;
  readonly address: string;
}

/** A VRRP virtual IP served by whichever member holds it. */
export interface DnsVipParams {
  readonly name: string;
  readonly address: string;
  /** Member servers with their VRRP priority (1..254); the highest live one holds the VIP. */
  readonly members: readonly { readonly server: string; readonly priority: number }[];
  /** VRRP advert_int in seconds (default 1). */
  readonly advertInt: number;
}

/** One client: its resolv.conf. */
export interface DnsClientParams {
  readonly name: string;
  /** `nameserver` lines in order: addresses of servers or VIPs (at most 3). */
  readonly nameservers: readonly string[];
  readonly options: ResolverOptions;
}

/** Lookups per work item (an MX and an A lookup per mail) and the items wanted per hour. */
export interface DnsWorkload {
  readonly lookupsPerItem: number;
  readonly itemsPerHour: number;
}

/** Everything the model is built from. */
export interface DnsParams {
  readonly servers: readonly DnsServerParams[];
  readonly vips: readonly DnsVipParams[];
  readonly clients: readonly DnsClientParams[];
  readonly workload: DnsWorkload;
  readonly faultKinds?: readonly DnsFaultKind[];
}

/** A resolv.conf entry resolved to what it points at. */
export type NameserverTarget = { readonly kind: 'server'; readonly index: number } | { readonly kind: 'vip'; readonly index: number };

/** A VIP with member indices and the failover delay towards each member in ticks. */
export interface ResolvedVip extends DnsVipParams {
  /** Member server indices, highest priority first (ties: list order). */
  readonly memberIndices: readonly number[];
  /** Ticks a member waits before taking the VIP over (Master_Down_Interval), same order. */
  readonly takeoverTicks: readonly number[];
}

/** The resolved configuration. */
export interface DnsConfig {
  readonly servers: readonly DnsServerParams[];
  readonly vips: readonly ResolvedVip[];
  readonly clients: readonly (DnsClientParams & { readonly targets: readonly NameserverTarget[] })[];
  readonly workload: DnsWorkload;
  readonly faultKinds: ReadonlySet<DnsFaultKind>;
  /** The largest takeover delay of any VIP in ticks (bounds the countdown's domain). */
  readonly maxTakeoverTicks: number;
}

/**
 * VRRPv2 Master_Down_Interval of a backup with priority `priority` (RFC 3768 §6.1):
 * 3 × Advertisement_Interval + Skew_Time, Skew_Time = (256 − Priority) / 256 seconds
 * (keepalived `VRRP_TIMER_SKEW` for v2, PROTOCOLS.md §1.1–1.2), rounded up to whole ticks.
 */
export function takeoverTicks(advertInt: number, priority: number): number {
  const seconds = 3 * advertInt + (256 - priority) / 256;
  return Math.ceil(seconds / TICK_SECONDS - 1e-9);
}

/** Resolves names and addresses to indices; throws a plain Error on a dangling reference. */
export function resolveDnsConfig(params: DnsParams): DnsConfig {
  const serverIndex = new Map(params.servers.map((s, i) => [s.name, i]));
  const vips: ResolvedVip[] = params.vips.map((v) => {
    const members = v.members
      .map((m, order) => ({ ...m, order, index: serverIndex.get(m.server) }))
      .sort((a, b) => b.priority - a.priority || a.order - b.order);
    return {
      ...v,
      memberIndices: members.map((m) => {
        if (m.index === undefined) throw new Error(`vip ${v.name}: unknown member ${m.server}`);
        return m.index;
      }),
      takeoverTicks: members.map((m) => takeoverTicks(v.advertInt, m.priority)),
    };
  });
  const byAddress = new Map<string, NameserverTarget>();
  params.servers.forEach((s, index) => byAddress.set(s.address, { kind: 'server', index }));
  vips.forEach((v, index) => byAddress.set(v.address, { kind: 'vip', index }));
  const clients = params.clients.map((c) => ({
    ...c,
    targets: c.nameservers.map((address) => {
      const target = byAddress.get(address);
      if (target === undefined) throw new Error(`client ${c.name}: nameserver ${address} is no server or vip`);
      return target;
    }),
  }));
  return {
    servers: params.servers,
    vips,
    clients,
    workload: params.workload,
    faultKinds: new Set(params.faultKinds ?? DNS_FAULT_KINDS),
    maxTakeoverTicks: Math.max(0, ...vips.flatMap((v) => v.takeoverTicks)),
  };
}
