/**
 * LVS (IPVS) parameters as an operator writes them (seconds, keepalived names) and their
 * resolution into ticks of one second (decision 0003 rule 1: timers are bounded countdowns).
 *
 * Sources: PROTOCOLS.md §1.3 (keepalived man page §MISC_CHECK, `check_misc.c`: timeout =
 * `misc_timeout` or `delay_loop`, retry default 0, `delay_before_retry` default 1 s,
 * `alpha` off = real servers assumed up at start) and §1.1 (VRRPv2 Master_Down_Interval
 * 3 × advert_int + (256 − priority)/256 s for a director pair).
 */

/** Fault kinds an LVS design can inject. */
export const LVS_FAULT_KINDS = ['server-host', 'server-daemon', 'director'] as const;
/** `server-host`: a real server's host dies; `server-daemon`: its DNS daemon stops; `director`: an LVS director dies. */
export type LvsFaultKind = (typeof LVS_FAULT_KINDS)[number];

/** Seconds per tick. */
export const TICK_SECONDS = 1;

/** One director (keepalived with the virtual server); two directors form a VRRP pair. */
export interface DirectorParams {
  readonly name: string;
  /** VRRP priority (1..254); the higher one holds the VIP when both are up. */
  readonly priority: number;
}

/** keepalived `MISC_CHECK` running `dig` against each real server. */
export interface MiscCheckParams {
  readonly delayLoop: number;
  /** `misc_timeout`; when absent keepalived uses `delay_loop`. */
  readonly miscTimeout?: number;
  /** How long dig itself waits for a silent server (`+time` × `+tries`). */
  readonly digSeconds: number;
  readonly retry: number;
  readonly delayBeforeRetry: number;
  /** keepalived `alpha`: a starting director assumes every real server down until checked. */
  readonly alpha: boolean;
}

/** The virtual server, its directors and real servers. */
export interface LvsParams {
  readonly directors: readonly DirectorParams[];
  /** VRRP advert_int between the directors, seconds. */
  readonly advertInt: number;
  readonly realServers: readonly string[];
  readonly check: MiscCheckParams;
  readonly faultKinds?: readonly LvsFaultKind[];
}

/** The resolved configuration, timers in ticks. */
export interface LvsConfig {
  readonly directors: readonly DirectorParams[];
  readonly realServers: readonly string[];
  readonly faultKinds: ReadonlySet<LvsFaultKind>;
  readonly delayLoopTicks: number;
  /** Duration of a check against a silent host: min(dig's wait, the misc timeout). */
  readonly silentCheckTicks: number;
  readonly retry: number;
  readonly retryTicks: number;
  readonly alpha: boolean;
  /** Per director, Master_Down_Interval rounded up (a takeover is never earlier than modelled). */
  readonly takeoverTicks: readonly number[];
  /** Worst case from a real server's death to its removal: the check bound. */
  readonly checkBoundTicks: number;
}

const ceil = (seconds: number) => Math.ceil(seconds / TICK_SECONDS - 1e-9);

/** Resolves the parameters; throws RangeError on values outside their documented ranges. */
export function resolveLvsConfig(params: LvsParams): LvsConfig {
  const c = params.check;
  if (params.directors.length < 1 || params.directors.length > 2) throw new RangeError('an LVS service here has 1 or 2 directors');
  if (params.realServers.length < 1 || params.realServers.length > 4) throw new RangeError('an LVS service here has 1..4 real servers');
  if (!(c.delayLoop >= 1) || !(c.digSeconds > 0) || c.retry < 0 || c.retry > 5) throw new RangeError('check timing out of range');
  const silent = ceil(Math.min(c.digSeconds, c.miscTimeout ?? c.delayLoop));
  const delayLoop = ceil(c.delayLoop);
  const retryTicks = ceil(c.delayBeforeRetry);
  const takeoverTicks = params.directors.map((d) => ceil(3 * params.advertInt + ((256 - d.priority) / 256) * params.advertInt));
  return {
    directors: params.directors,
    realServers: params.realServers,
    faultKinds: new Set(params.faultKinds ?? LVS_FAULT_KINDS),
    delayLoopTicks: delayLoop,
    silentCheckTicks: silent,
    retry: c.retry,
    retryTicks,
    alpha: c.alpha,
    takeoverTicks,
    // A server dies just after a passing check: the next check starts delay_loop later and
    // fails after at most `silent`; each retry adds delay_before_retry + silent.
    checkBoundTicks: delayLoop + silent + c.retry * (retryTicks + silent),
  };
}
