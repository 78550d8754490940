/**
 * The LVS model's state and its byte layout. Per real server: host and daemon up or down.
 * Per director: up or down, its VRRP takeover countdown, and per real server its checker
 * (in the IPVS pool or not, consecutive failures, waiting for the next check or running one).
 * `holder` is the director holding the VIP (-1: nobody).
 */
import { array, bool, enumOf, int, record, type Layout } from '../../src/core/layout.js';
import type { LvsConfig } from './config.js';

/** A real server. */
export type ServerState = { readonly host: boolean; readonly daemon: boolean };

/** One director's checker of one real server. */
export type CheckState = {
  readonly inPool: boolean;
  /** Consecutive failed checks since the last success. */
  readonly fails: number;
  /** `wait`: the next check starts when `timer` reaches 0; `run`: a check against a silent host ends then. */
  readonly phase: 'wait' | 'run';
  readonly timer: number;
};

/** A director. */
export type DirectorState = {
  readonly up: boolean;
  /** Ticks until this director takes the VIP (-1: not pending). */
  readonly takeover: number;
  readonly checks: readonly CheckState[];
};

/** The whole service. */
export type LvsState = {
  readonly servers: readonly ServerState[];
  readonly directors: readonly DirectorState[];
  readonly holder: number;
};

/** The byte layout of a configuration's states. */
export function lvsLayout(config: LvsConfig): Layout<LvsState> {
  const maxTimer = Math.max(config.delayLoopTicks, config.silentCheckTicks, config.retryTicks);
  const check = record<CheckState>({
    inPool: bool(),
    fails: int(0, config.retry + 1),
    phase: enumOf(['wait', 'run'] as const),
    timer: int(0, maxTimer),
  });
  const director = record<DirectorState>({
    up: bool(),
    takeover: int(-1, Math.max(...config.takeoverTicks)),
    checks: array(check, config.realServers.length),
  });
  return record<LvsState>({
    servers: array(record<ServerState>({ host: bool(), daemon: bool() }), config.realServers.length),
    directors: array(director, config.directors.length),
    holder: int(-1, config.directors.length - 1),
  });
}

/** Whether a real server answers DNS queries. */
export function answers(s: ServerState): boolean {
  return s.host && s.daemon;
}
