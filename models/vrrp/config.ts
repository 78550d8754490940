/**
 * VRRP instance parameters as an operator writes them (seconds, keepalived names), and their
 * resolution into the model's discrete time (ticks). See docs/decisions/0003-time-and-timers.md.
 *
 * Sources: PROTOCOLS.md §1.1 (RFC 3768 / RFC 5798 §6.1 timer formulas), §1.2 (keepalived
 * config semantics: `state`, `nopreempt`, `preempt_delay`, `advert_int`, version,
 * `authentication`, `virtual_router_id`); keepalived `vrrp.c` (acassen/keepalived@9cbce3e,
 * config completion: VRRPv3 and an empty `auth_pass` clear the authentication).
 */
import { acceptsOf } from './accepts.js';
import { routerGarp, type ArpConfig, type RouterGarp, type VrrpGarpParams, type VrrpHostParams } from './arp.js';

/** Fault kinds a VRRP design can inject (names used under `faults.kinds`). */
export const VRRP_FAULT_KINDS = ['crash', 'stop', 'partition', 'loss', 'filter', 'nic', 'kill'] as const;
/** One fault kind: `crash` (host crash + restart), `stop` (keepalived stop + start), ... */
export type VrrpFaultKind = (typeof VRRP_FAULT_KINDS)[number];

/** One router of the VRRP instance, as configured. */
export interface VrrpRouterParams {
  readonly name: string;
  /** 1..255; 255 = address owner. */
  readonly priority: number;
  /** keepalived `state`: only an initial wish (PROTOCOLS.md §1.2). */
  readonly initialState: 'MASTER' | 'BACKUP';
  readonly nopreempt: boolean;
  /** keepalived `preempt_delay`, seconds (0..1000). */
  readonly preemptDelay: number;
  /** `advert_int` of this router, seconds. */
  readonly advertInt: number;
  /** keepalived `unicast_peer`: names of the routers this one sends its adverts to; absent = multicast. */
  readonly unicastPeers?: readonly string[];
  /** Seconds after the host boots until its LAN port passes frames (default 0). */
  readonly linkReadyAfter?: number;
  /** keepalived `vrrp_startup_delay` on this router's host, seconds (default 0). */
  readonly startupDelay?: number;
  /** This router's `virtual_router_id` when it differs from the instance's (a misconfiguration). */
  readonly vrid?: number;
  /** keepalived `authentication` block; absent = none. */
  readonly authentication?: VrrpAuthentication;
  /** keepalived `virtual_ipaddress` (addresses, prefix length allowed); absent = the instance's abstract VIP. */
  readonly virtualIps?: readonly string[];
  /** The LAN segment (access switch) the router's NIC is cabled to; one of `VrrpParams.segments`. */
  readonly segment?: string;
  /** keepalived's gratuitous ARP options on this router (models/vrrp/arp.ts). */
  readonly garp?: VrrpGarpParams;
  /** keepalived `dont_track_primary`: the instance ignores its own interface going down (default false). */
  readonly dontTrackPrimary?: boolean;
}

/** keepalived `authentication { auth_type PASS|AH; auth_pass ... }` (VRRPv2 only). */
export interface VrrpAuthentication {
  readonly type: 'PASS' | 'AH';
  /** keepalived uses only the first 8 characters (PROTOCOLS.md §1.2). */
  readonly pass: string;
}

/** The whole instance (one VRID on one LAN). */
export interface VrrpParams {
  readonly version: 2 | 3;
  readonly vrid: number;
  readonly routers: readonly VrrpRouterParams[];
  /** Fault kinds `faults(s)` may produce; default: all. */
  readonly faultKinds?: readonly VrrpFaultKind[];
  /**
   * Whether a router discards an advert whose virtual IP set differs from its own: keepalived
   * up to 2.3.2 does (`vrrp_check_packet` returned VRRP_PACKET_KO), 2.3.3 and later only log
   * it (commit af103930, "it is not an error if VIPs in advert do not match configured").
   * Default true (Debian 12 ships 2.2.7, Ubuntu 24.04 and RHEL 9 2.2.8).
   */
  readonly vipMismatchDrops?: boolean;
  /**
   * The LAN's segments (switches joined by inter-switch links), when the design places the
   * routers on them; a `partition` then cuts every segment from the others (decision 0040).
   * Absent: a partition isolates every router from every other.
   */
  readonly segments?: readonly string[];
  /** Hosts sending to the virtual IP (models/vrrp/arp.ts); absent = none modelled. */
  readonly hosts?: readonly VrrpHostParams[];
  /** keepalived `use_vmac` on every router: the VIP resolves to the virtual MAC. */
  readonly useVmac?: boolean;
  /** keepalived `vmac_xmit_base`: adverts leave from the base interface (real MAC); forced for unicast peers. */
  readonly vmacXmitBase?: boolean;
  /**
   * What keepalived's notify scripts do to the service they manage (the same scripts on every
   * router): `start` or `stop` it; a script absent or without such effect leaves it as it is.
   */
  readonly notify?: VrrpNotify;
  /** Seconds after keepalived dies (`kill`) until a supervisor starts it again; absent = none. */
  readonly supervisorRestart?: number;
}

/** The notify scripts that run on entering MASTER, BACKUP, FAULT and on a graceful stop. */
export const VRRP_NOTIFY_SCRIPTS = ['master', 'backup', 'fault', 'stop'] as const;
/** One of `notify_master`, `notify_backup`, `notify_fault`, `notify_stop`. */
export type VrrpNotifyScript = (typeof VRRP_NOTIFY_SCRIPTS)[number];
/** Each notify script's net effect on the managed service. */
export type VrrpNotify = Readonly<Partial<Record<VrrpNotifyScript, 'start' | 'stop'>>>;

/** A router after keepalived's config completion, with its timers in ticks. */
export interface VrrpRouter {
  readonly name: string;
  readonly priority: number;
  readonly owner: boolean;
  /** Owner whose configured state is MASTER: goes MASTER at start (keepalived `vrrp_init_state`). */
  readonly startsMaster: boolean;
  /** Effective nopreempt (cleared when the initial state is MASTER; never for the owner). */
  readonly nopreempt: boolean;
  /** Effective preempt_delay in ticks (cleared when the initial state is MASTER). */
  readonly preemptDelayTicks: number;
  /** Advertisement_Interval in ticks. */
  readonly advertTicks: number;
  /** Advertisement_Interval in centiseconds (v2 compares these to drop mismatched adverts). */
  readonly advertCs: number;
  /** Sends to 224.0.0.18 (true) or unicast to its `unicast_peer` list (false). */
  readonly multicast: boolean;
  /** Ticks after a reboot until the LAN port passes frames. */
  readonly linkReadyTicks: number;
  /** keepalived `vrrp_startup_delay` in ticks. */
  readonly startupDelayTicks: number;
  /** `virtual_router_id`. */
  readonly vrid: number;
  /**
   * Effective authentication as keepalived sends and checks it: `none`, or the type with the
   * first 8 characters of `auth_pass` (VRRPv3 and an empty password clear it, `vrrp.c`).
   */
  readonly auth: { readonly type: 'none' } | { readonly type: 'PASS' | 'AH'; readonly key: string };
  /** Virtual IP addresses, without prefix length, sorted; empty = one abstract VIP shared by all. */
  readonly vips: readonly string[];
  /** Gratuitous ARP behaviour (arp.ts). */
  readonly garp: RouterGarp;
  /**
   * The instance tracks its own interface (keepalived's default: `vrrp.c` adds the instance to
   * its interface with weight 0, so carrier loss puts it in FAULT); false with `dont_track_primary`.
   */
  readonly tracksInterface: boolean;
}

/** The resolved instance the model runs on. */
export interface VrrpConfig {
  readonly version: 2 | 3;
  readonly vrid: number;
  readonly routers: readonly VrrpRouter[];
  readonly faultKinds: ReadonlySet<VrrpFaultKind>;
  /** Greatest common divisor of all advert intervals, centiseconds; a tick is a quarter of it. */
  readonly gcdCs: number;
  /** Largest advert interval of any router, in ticks. */
  readonly maxAdvertTicks: number;
  /** Largest Master_Down_Interval any router can arm, in ticks. */
  readonly maxDownTicks: number;
  /** Largest preempt delay, in ticks. */
  readonly maxPreemptDelayTicks: number;
  /** Largest link-ready delay, in ticks. */
  readonly maxLinkReadyTicks: number;
  /** Largest startup delay, in ticks. */
  readonly maxStartupDelayTicks: number;
  /**
   * `reach[a * n + b]`: router b's socket receives what router a sends when nothing is lost.
   * A multicast sender reaches the routers that joined the group (the multicast ones); a
   * unicast sender reaches the peers it lists.
   */
  readonly reach: readonly boolean[];
  /**
   * `accepts[a * n + b]`: router b processes an advert from router a that reaches it (same
   * VRID, and the checks of keepalived `vrrp_check_packet` pass: authentication, v2 interval,
   * virtual IP set before 2.3.3). See accepts.ts.
   */
  readonly accepts: readonly boolean[];
  /** Whether a router discards adverts whose virtual IP set differs from its own (keepalived < 2.3.3). */
  readonly vipMismatchDrops: boolean;
  /** The declared segments (empty when the design declares none). */
  readonly segments: readonly string[];
  /** Each notify script's effect on the managed service (the same on every router). */
  readonly notify: VrrpNotify;
  /** Ticks after a kill until a supervisor starts keepalived again; null = no supervisor. */
  readonly restartTicks: number | null;
  /**
   * `segmentOf[i]`: the segment router i is cabled to — an index into `segments`, or, without
   * declared segments, i itself (a partition then isolates every router).
   */
  readonly segmentOf: readonly number[];
  /** Hosts, their ARP entries' sources and the GARP timers (arp.ts); no hosts = not modelled. */
  readonly arp: ArpConfig;
}

/** Ticks per advert interval of the finest-grained router (see decision 0003). */
export const TICKS_PER_ADVERT = 4;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Resolves operator parameters into the model's configuration. The tick is a quarter of the
 * greatest common divisor of all advert intervals, so every interval is a whole number of
 * ticks. Throws RangeError on parameters outside their documented ranges (the design kind
 * reports those as FL23x before calling this).
 */
export function resolveVrrpConfig(params: VrrpParams): VrrpConfig {
  if (params.routers.length < 2) throw new RangeError('a VRRP instance needs at least 2 routers');
  const cs = params.routers.map((r) => Math.round(r.advertInt * 100));
  if (cs.some((c) => c < 1)) throw new RangeError('advert_int must be at least 0.01 s');
  const g = cs.reduce(gcd);
  const toTicks = (seconds: number): number => Math.round((seconds * 100 * TICKS_PER_ADVERT) / g);
  const routers = params.routers.map((r, i): VrrpRouter => {
    const owner = r.priority === 255;
    const wantsMaster = r.initialState === 'MASTER';
    return {
      name: r.name,
      priority: r.priority,
      owner,
      startsMaster: owner && wantsMaster,
      // keepalived vrrp.c: "nopreempt will not work with initial state MASTER - clearing";
      // RFC 5798 §6.1: the owner always preempts.
      nopreempt: r.nopreempt && !wantsMaster && !owner,
      preemptDelayTicks: wantsMaster ? 0 : Math.round((r.preemptDelay * 100 * TICKS_PER_ADVERT) / g),
      advertTicks: (cs[i]! / g) * TICKS_PER_ADVERT,
      advertCs: cs[i]!,
      multicast: r.unicastPeers === undefined,
      linkReadyTicks: Math.round(((r.linkReadyAfter ?? 0) * 100 * TICKS_PER_ADVERT) / g),
      startupDelayTicks: Math.round(((r.startupDelay ?? 0) * 100 * TICKS_PER_ADVERT) / g),
      vrid: r.vrid ?? params.vrid,
      auth: effectiveAuth(params.version, r.authentication),
      vips: [...new Set((r.virtualIps ?? []).map(addressOf))].sort(),
      garp: routerGarp(r.garp, toTicks),
      tracksInterface: r.dontTrackPrimary !== true,
    };
  });
  const partial = { version: params.version, routers, gcdCs: g };
  let maxDown = 0;
  for (const receiver of routers) {
    for (const sender of routers) maxDown = Math.max(maxDown, downIntervalTicks(partial, receiver, sender.advertCs));
  }
  return {
    ...partial,
    vrid: params.vrid,
    faultKinds: new Set(params.faultKinds ?? VRRP_FAULT_KINDS),
    maxAdvertTicks: Math.max(...routers.map((r) => r.advertTicks)),
    maxDownTicks: maxDown,
    maxPreemptDelayTicks: Math.max(...routers.map((r) => r.preemptDelayTicks)),
    maxLinkReadyTicks: Math.max(...routers.map((r) => r.linkReadyTicks)),
    maxStartupDelayTicks: Math.max(...routers.map((r) => r.startupDelayTicks)),
    reach: reachOf(params.routers),
    accepts: acceptsOf(routers, params.version, params.vipMismatchDrops ?? true),
    vipMismatchDrops: params.vipMismatchDrops ?? true,
    segments: params.segments ?? [],
    segmentOf: segmentsOf(params),
    arp: arpOf(params, routers),
    notify: params.notify ?? {},
    restartTicks: params.supervisorRestart === undefined ? null : Math.max(1, Math.round((params.supervisorRestart * 100 * TICKS_PER_ADVERT) / g)),
  };
}

/**
 * Each router's segment index. Without declared segments each router is its own segment, so a
 * partition isolates every router (the model before decision 0040). Throws RangeError for a
 * router that names no declared segment (the design kind reports FL293 before calling this).
 */
function segmentsOf(params: VrrpParams): number[] {
  const segments = params.segments;
  if (segments === undefined || segments.length === 0) return params.routers.map((_, i) => i);
  return params.routers.map((r) => {
    const k = segments.indexOf(r.segment ?? '');
    if (k < 0) throw new RangeError(`router ${r.name}: segment ${JSON.stringify(r.segment)} is not one of ${segments.join(', ')}`);
    return k;
  });
}

/**
 * The hosts (each on the side of the router it names) and where frames for the VIP go.
 * Throws RangeError for a host that names no router (the design kind reports FL294 first).
 */
function arpOf(params: VrrpParams, routers: readonly VrrpRouter[]): ArpConfig {
  const hosts = (params.hosts ?? []).map((h) => {
    const near = routers.findIndex((r) => r.name === h.near);
    if (near < 0) throw new RangeError(`host ${h.name}: router ${JSON.stringify(h.near)} is not in the instance`);
    return { name: h.name, near };
  });
  const vmac = params.useVmac ?? false;
  const on = hosts.length > 0;
  return {
    hosts,
    vmac,
    vmacAdverts: routers.map((r) => vmac && r.multicast && !(params.vmacXmitBase ?? false)),
    settleTicks: 0,
    maxGarpTicks: on ? Math.max(0, ...routers.map((r) => Math.max(r.garp.delayTicks, r.garp.refreshTicks))) : 0,
  };
}

/** The configuration with `traffic-reaches-master` asked, `ticks` after each fault. */
export function withTrafficBound(config: VrrpConfig, ticks: number): VrrpConfig {
  return { ...config, arp: { ...config.arp, settleTicks: ticks } };
}

/**
 * keepalived's effective authentication (`vrrp.c` config completion): VRRPv3 ignores it
 * ("VRRP version 3 does not support authentication. Ignoring"), an empty password clears it,
 * and only the first 8 characters of `auth_pass` are sent and compared.
 */
function effectiveAuth(version: 2 | 3, auth: VrrpAuthentication | undefined): VrrpRouter['auth'] {
  if (version === 3 || auth === undefined || auth.pass === '') return { type: 'none' };
  return { type: auth.type, key: auth.pass.slice(0, 8) };
}

/** `10.0.0.1/24` → `10.0.0.1`: keepalived compares the addresses in an advert, not prefixes. */
export function addressOf(vip: string): string {
  return vip.split('/')[0]!.trim().toLowerCase();
}

/**
 * Who receives whose adverts (keepalived.conf(5) `unicast_peer`; PROTOCOLS.md §1.2). A
 * multicast instance joins 224.0.0.18 on its interface and receives multicast adverts; a
 * unicast instance does not join the group (keepalived `open_vrrp_read_socket` joins it only
 * without unicast peers), so multicast adverts do not reach it. A unicast advert reaches the
 * peer it is addressed to, whatever that peer's own mode **[unverified: keepalived may also
 * check the destination address against its own mode]**.
 */
function reachOf(routers: readonly VrrpRouterParams[]): boolean[] {
  const index = new Map(routers.map((r, i) => [r.name, i]));
  return routers.flatMap((a) =>
    routers.map((b) => (a.unicastPeers === undefined ? b.unicastPeers === undefined : a.unicastPeers.some((p) => index.get(p) === index.get(b.name)))),
  );
}

type Timing = Pick<VrrpConfig, 'version' | 'gcdCs'>;

/**
 * Skew_Time in ticks, rounded down. v2: (256 − Priority)/256 s; v3: (256 − Priority) ×
 * Master_Adver_Interval / 256 (PROTOCOLS.md §1.1 table; keepalived `VRRP_TIMER_SKEW`, §1.2).
 */
export function skewTicks(config: Timing, receiver: VrrpRouter, masterAdverCs: number): number {
  const base = config.version === 2 ? 100 : masterAdverCs;
  return Math.floor(((256 - receiver.priority) * base * TICKS_PER_ADVERT) / (256 * config.gcdCs));
}

/** Master_Down_Interval = 3 × Master_Adver_Interval + Skew_Time, in ticks (RFC 5798 §6.1). */
export function downIntervalTicks(config: Timing, receiver: VrrpRouter, masterAdverCs: number): number {
  const adver = config.version === 2 ? receiver.advertCs : masterAdverCs;
  return Math.round((3 * adver * TICKS_PER_ADVERT) / config.gcdCs) + skewTicks(config, receiver, masterAdverCs);
}
