/**
 * keepalived's MISC_CHECK per director and real server (PROTOCOLS.md §1.3, `check_misc.c`):
 * the script (dig) runs every `delay_loop`; exit 0 adds the server to the IPVS pool, a failure
 * — dig's "connection refused" from a live host without its daemon at once, or dig giving up
 * / `misc_timeout` on a silent host — counts; after `retry` + 1 consecutive failures the
 * server leaves the pool (retries come `delay_before_retry` apart). The next check is
 * scheduled after the previous one ended.
 *
 * Abstracted away: dig's own retries succeeding when a host comes back mid-check (the check
 * fails), `misc_dynamic` weights, `inhibit_on_failure`, quorum and sorry servers.
 */
import type { LvsConfig } from './config.js';
import { answers, type CheckState, type LvsState, type ServerState } from './state.js';

/** A check that passed: in the pool, failures cleared, next check after delay_loop. */
function passed(config: LvsConfig): CheckState {
  return { inPool: true, fails: 0, phase: 'wait', timer: config.delayLoopTicks };
}

/** A check that failed: removed after retry + 1 failures, otherwise retried. */
function failed(config: LvsConfig, c: CheckState): CheckState {
  const fails = Math.min(c.fails + 1, config.retry + 1);
  if (fails > config.retry) return { inPool: false, fails, phase: 'wait', timer: config.delayLoopTicks };
  return { inPool: c.inPool, fails, phase: 'wait', timer: config.retryTicks };
}

/** The checker state after a check starts against `server`. */
export function startCheck(config: LvsConfig, c: CheckState, server: ServerState): CheckState {
  if (answers(server)) return passed(config);
  if (server.host) return failed(config, c); // ICMP port unreachable: dig fails at once
  return { ...c, phase: 'run', timer: config.silentCheckTicks };
}

/** The checker state after a running check ends (always a failure, see the header). */
export function endCheck(config: LvsConfig, c: CheckState): CheckState {
  return failed(config, c);
}

/** A director's checkers when keepalived starts: everything assumed up unless `alpha`. */
export function freshChecks(config: LvsConfig): CheckState[] {
  return config.realServers.map(() => ({ inPool: !config.alpha, fails: 0, phase: 'wait', timer: config.delayLoopTicks }));
}

/** Whether some timer of a live director is due (time may not pass then). */
export function somethingDue(s: LvsState): boolean {
  return s.directors.some((d) => d.up && (d.takeover === 0 || d.checks.some((c) => c.timer === 0)));
}
