/**
 * The VIP between directors, at the converged level of VRRP (models/vrrp has the protocol):
 * when the holder dies the other live director takes over after its Master_Down_Interval; a
 * director that starts takes over after its down interval when nobody holds the VIP or the
 * holder has a lower priority (preemption, keepalived's default). Intervals are rounded up.
 * One director alone is the same rule with no peer: after its death nobody holds the VIP.
 */
import type { LvsConfig } from './config.js';
import type { DirectorState, LvsState } from './state.js';

/** Arms director `d`'s takeover if it should take the VIP and has not armed it yet. */
export function armTakeover(config: LvsConfig, s: LvsState, directors: DirectorState[], d: number): void {
  const me = directors[d]!;
  if (!me.up || s.holder === d || me.takeover >= 0) return;
  const holder = s.holder >= 0 ? directors[s.holder] : undefined;
  const wants = holder === undefined || !holder.up || config.directors[d]!.priority > config.directors[s.holder]!.priority;
  if (wants) directors[d] = { ...me, takeover: config.takeoverTicks[d]! };
}

/**
 * Director `d` takes the VIP; a pending takeover of a higher-priority director stays armed
 * (it will preempt), lower ones are cancelled (they now hear `d`'s adverts).
 */
export function takeOver(config: LvsConfig, s: LvsState, d: number): LvsState {
  const mine = config.directors[d]!.priority;
  const directors = s.directors.map((x, i) => (i === d || config.directors[i]!.priority <= mine ? { ...x, takeover: -1 } : x));
  return { ...s, directors, holder: d };
}
