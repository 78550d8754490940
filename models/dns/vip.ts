/**
 * VIP failover at the converged level: keepalived VRRP on the DNS hosts, abstracted to "the
 * highest-priority member whose host is up holds the VIP".
 *
 * - The holder's host goes down (a crash sends no priority-0 advert): nobody holds the VIP
 *   until the best live member's Master_Down_Interval has run out (`takeover` countdown).
 * - A member's host comes back: keepalived starts in BACKUP and, with preemption, takes the
 *   VIP from a lower-priority holder on that holder's next advert (counted as immediate); with
 *   no holder at all it waits its own Master_Down_Interval.
 * - The VIP follows the *host* (keepalived), not the DNS daemon: a stopped daemon leaves the VIP
 *   where it is and the VIP refuses queries (scenario D2 adds the health check that moves it).
 */
import type { DnsConfig, ResolvedVip } from './config.js';
import type { DnsState, VipState } from './state.js';

/** The best live member of `vip` (its position in `memberIndices`), or −1. */
function bestLive(vip: ResolvedVip, s: DnsState): number {
  return vip.memberIndices.findIndex((server) => s.servers[server]!.host);
}

/** The converged holder for a freshly started system: the best live member. */
export function initialVip(vip: ResolvedVip, s: DnsState): VipState {
  const best = bestLive(vip, s);
  return { holder: best < 0 ? -1 : vip.memberIndices[best]!, takeover: 0 };
}

/** Re-evaluates every VIP after the host of some server changed. */
export function afterHostChange(config: DnsConfig, s: DnsState): DnsState {
  const vips = config.vips.map((vip, i): VipState => {
    const v = s.vips[i]!;
    const best = bestLive(vip, s);
    const holderAlive = v.holder >= 0 && s.servers[v.holder]!.host;
    if (holderAlive) {
      const holderRank = vip.memberIndices.indexOf(v.holder);
      // Preemption: a higher-priority member that came back takes over at once.
      return best < holderRank ? { holder: vip.memberIndices[best]!, takeover: 0 } : v;
    }
    if (best < 0) return { holder: -1, takeover: 0 };
    // Nobody holds it: keep a running countdown, else start the best member's down interval.
    return { holder: -1, takeover: v.holder < 0 && v.takeover > 0 ? v.takeover : vip.takeoverTicks[best]! };
  });
  return { ...s, vips };
}

/** Whether a tick is due: some takeover is pending. */
export function tickEnabled(s: DnsState): boolean {
  return s.vips.some((v) => v.takeover > 0);
}

/** One tick: countdowns move; one that reaches 0 hands the VIP to the best live member. */
export function tick(config: DnsConfig, s: DnsState): DnsState {
  const vips = s.vips.map((v, i): VipState => {
    if (v.takeover === 0) return v;
    if (v.takeover > 1) return { ...v, takeover: v.takeover - 1 };
    const vip = config.vips[i]!;
    const best = bestLive(vip, s);
    return { holder: best < 0 ? -1 : vip.memberIndices[best]!, takeover: 0 };
  });
  return { ...s, vips };
}
