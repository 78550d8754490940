/**
 * LACP bundle parameters as an operator writes them, and their resolution into ticks of 1 s.
 *
 * Sources: PROTOCOLS.md §4 (timers: Short_Timeout_Time 3 s, Long_Timeout_Time 90 s; keys by
 * speed; selection by partner system; vendor fallback and its timeout) and SCENARIOS.md R2,
 * R3, R5. The PXE DHCP give-up time (default 60 s: discover retries after 4, 8, 16 and 32 s)
 * is a modelling assumption, not a fact from PROTOCOLS.md.
 */

/** Fault kinds an LACP design can inject. */
export const LACP_FAULT_KINDS = ['member', 'reboot'] as const;
export type LacpFaultKind = (typeof LACP_FAULT_KINDS)[number];

export type LacpMode = 'active' | 'passive';
export type LacpRate = 'fast' | 'slow';
/** `individual`: every member forwards alone; `static`: one member forwards (§4 Arista). */
export type Fallback = 'none' | 'individual' | 'static';

/** One switch end of the bundle (a port-channel on one switch). */
export interface LacpSwitchParams {
  readonly name: string;
  /** LACP system id it sends; two switches with the same id are one MC-LAG partner. */
  readonly system: string;
  readonly mode: LacpMode;
  readonly rate: LacpRate;
  readonly fallback: Fallback;
  /** Seconds without LACPDUs before fallback (Arista default 90, Dell 15, Extreme 60). */
  readonly fallbackTimeout: number;
}

/** The server end: a Linux 802.3ad bond, possibly PXE-booting first. */
export interface LacpServerParams {
  readonly name: string;
  readonly mode: LacpMode;
  readonly rate: LacpRate;
  /** Powers on into PXE (no LACPDUs) and installs its OS before the bond runs. */
  readonly pxe: boolean;
  /** Seconds the PXE ROM waits for DHCP before it gives up. */
  readonly pxeTimeout: number;
  /** Seconds from PXE success to the installed OS starting its bond. */
  readonly installSeconds: number;
}

/** One member link: a server port to a switch, with its speed in Mb/s. */
export interface LacpMemberParams {
  readonly name: string;
  readonly switch: number;
  readonly speed: number;
}

export interface LacpParams {
  readonly switches: readonly LacpSwitchParams[];
  readonly server: LacpServerParams;
  readonly members: readonly LacpMemberParams[];
  readonly faultKinds?: readonly LacpFaultKind[];
}

/** The resolved configuration the model runs on. */
export interface LacpConfig extends Omit<LacpParams, 'faultKinds'> {
  /** Per member, its aggregation group (same partner system and speed = same group). */
  readonly groupOf: readonly number[];
  readonly groupCount: number;
  /** Per group, `system/speed` (for views). */
  readonly groupKeys: readonly string[];
  /** Partner-info timeout in ticks at each switch and at the server (3 fast, 90 slow). */
  readonly switchTimeout: readonly number[];
  readonly serverTimeout: number;
  readonly faultKinds: ReadonlySet<LacpFaultKind>;
}

/** Short_Timeout_Time and Long_Timeout_Time (PROTOCOLS.md §4). */
export function timeoutTicks(rate: LacpRate): number {
  return rate === 'fast' ? 3 : 90;
}

/** Resolves parameters: member groups by (partner system, speed). */
export function resolveLacpConfig(params: LacpParams): LacpConfig {
  if (params.members.length < 1) throw new RangeError('a bundle needs at least one member');
  const keys: string[] = [];
  const groupOf = params.members.map((m) => {
    const key = `${params.switches[m.switch]!.system}/${m.speed}`;
    if (!keys.includes(key)) keys.push(key);
    return keys.indexOf(key);
  });
  const { faultKinds, ...rest } = params;
  return {
    ...rest,
    groupOf,
    groupCount: keys.length,
    groupKeys: keys.map((k) => `${k}Mb`),
    switchTimeout: params.switches.map((s) => timeoutTicks(s.rate)),
    serverTimeout: timeoutTicks(params.server.rate),
    faultKinds: new Set(faultKinds ?? LACP_FAULT_KINDS),
  };
}

/** Why the members can never form one bundle, from the configuration alone (R2, R5). */
export function aggregationBlockers(config: LacpConfig): string[] {
  const out: string[] = [];
  const used = new Set(config.members.map((m) => m.switch));
  if (config.server.mode === 'passive' && [...used].some((i) => config.switches[i]!.mode === 'passive')) {
    out.push('passive-passive: neither end sends the first LACPDU');
  }
  const speeds = new Set(config.members.map((m) => m.speed));
  if (speeds.size > 1) out.push(`member speeds differ (${[...speeds].join(', ')} Mb/s): different keys`);
  const systems = new Set([...used].map((i) => config.switches[i]!.system));
  if (systems.size > 1) out.push(`members reach ${systems.size} partner systems: one aggregator each`);
  return out;
}
