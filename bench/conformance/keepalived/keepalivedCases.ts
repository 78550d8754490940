/**
 * The scripted timelines of the keepalived conformance suite. Two routers on one LAN, VRRPv2,
 * `advert_int 1`, `state BACKUP` on both; priorities, nopreempt and the events per case.
 * Events happen at whole or half seconds after the first keepalived starts; a router listed in
 * `late` starts only with its `start` event. PROTOCOLS.md §1.1–1.2 give the expected
 * behaviour; the suite compares the real daemon with the VRRP model (models/vrrp), not with
 * these comments.
 */

/** One router of a case. */
export interface CaseRouter {
  readonly name: string;
  readonly priority: number;
  readonly nopreempt: boolean;
}

/**
 * An event of a timeline: `start`/`stop` keepalived (SIGTERM: priority-0 advert), `kill` it
 * (SIGKILL: the host dies, nothing is sent), `partition` the LAN (every router's port leaves
 * the bridge; carrier stays up) or `heal` it.
 */
export type TimelineEvent =
  | { readonly at: number; readonly type: 'start' | 'stop' | 'kill'; readonly router: string }
  | { readonly at: number; readonly type: 'partition' | 'heal' };

/** The takeover whose delay is classed: `router` entering MASTER after event `after`. */
export interface TimedTakeover {
  readonly after: number;
  readonly router: string;
}

/** One scripted timeline. */
export interface KeepalivedCase {
  readonly name: string;
  readonly routers: readonly CaseRouter[];
  /** Routers that are not started at time 0. */
  readonly late: readonly string[];
  readonly events: readonly TimelineEvent[];
  /** Seconds after time 0 when the observation ends. */
  readonly end: number;
  readonly timing?: TimedTakeover;
}

const r = (name: string, priority: number, nopreempt = false): CaseRouter => ({ name, priority, nopreempt });

/** The suite: preemption, nopreempt, stop (priority 0), crash, notifies on stop, partition, heal, restart. */
export const KEEPALIVED_CASES: readonly KeepalivedCase[] = [
  {
    name: 'preemption: a higher priority started later takes over',
    routers: [r('r1', 100), r('r2', 200)],
    late: ['r2'],
    events: [{ at: 6, type: 'start', router: 'r2' }],
    end: 12,
    timing: { after: 0, router: 'r2' },
  },
  {
    name: 'nopreempt: a higher priority started later stays BACKUP',
    routers: [r('r1', 100), r('r2', 200, true)],
    late: ['r2'],
    events: [{ at: 6, type: 'start', router: 'r2' }],
    end: 12,
  },
  {
    name: 'stop hands over with priority 0: the peer takes over after Skew_Time',
    routers: [r('r1', 100), r('r2', 200)],
    late: [],
    events: [{ at: 6, type: 'stop', router: 'r2' }],
    end: 10,
    timing: { after: 0, router: 'r1' },
  },
  {
    name: 'a stopped BACKUP runs notify_stop only',
    routers: [r('r1', 100), r('r2', 200)],
    late: [],
    events: [{ at: 6, type: 'stop', router: 'r1' }],
    end: 9,
  },
  {
    name: 'a killed MASTER sends nothing: the peer waits Master_Down_Interval',
    routers: [r('r1', 100), r('r2', 200)],
    late: [],
    events: [{ at: 6, type: 'kill', router: 'r2' }],
    end: 12,
    timing: { after: 0, router: 'r1' },
  },
  {
    name: 'a partition gives two masters',
    routers: [r('r1', 100), r('r2', 200)],
    late: [],
    events: [{ at: 6, type: 'partition' }],
    end: 11,
    timing: { after: 0, router: 'r1' },
  },
  {
    name: 'the heal leaves one master',
    routers: [r('r1', 100), r('r2', 200)],
    late: [],
    events: [
      { at: 6, type: 'partition' },
      { at: 11, type: 'heal' },
    ],
    end: 14,
  },
  {
    name: 'a restarted higher priority preempts again',
    routers: [r('r1', 100), r('r2', 200)],
    late: [],
    events: [
      { at: 6, type: 'stop', router: 'r2' },
      { at: 8, type: 'start', router: 'r2' },
    ],
    end: 14,
    timing: { after: 1, router: 'r2' },
  },
];
