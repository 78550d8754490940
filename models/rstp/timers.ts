/**
 * Time (`tick`, one Hello Time): Port Timers (§17.22) count down fdWhile (not on an alternate
 * or backup port, which keeps reloading it), rrWhile (not on a root port, likewise) and rcvdInfoWhile; information whose rcvdInfoWhile
 * reaches 0 is aged (PIM AGED, §17.27: 3 × Hello without a BPDU). Every running bridge then
 * runs to a fixed point and its designated ports send their periodic BPDU. Hung and silent
 * bridges are frozen.
 */
import type { RstpConfig } from './config.js';
import { runBridge } from './bridgeRun.js';
import { patchPort, type Draft } from './draft.js';
import type { Bpdu } from './state.js';

/**
 * Whether time may pass. Urgent delivery: only once every BPDU in flight has arrived.
 * Delayed delivery: a BPDU may wait through one hello (TxHoldCount, PROTOCOLS.md §6.4), not two.
 */
export function tickEnabled(config: RstpConfig, s: { readonly slots: readonly (Bpdu | null)[] }): boolean {
  return config.delivery === 'delayed' ? s.slots.every((m) => m === null || !m.held) : s.slots.every((m) => m === null);
}

/** One tick for the whole network. */
export function tick(config: RstpConfig, d: Draft): void {
  d.slots = d.slots.map((m) => (m === null ? null : { ...m, held: true }));
  config.bridges.forEach((_, b) => {
    if (d.bridges[b] !== 'up') return;
    let aged = false;
    for (const p of config.portsOf[b]!) {
      const ps = d.ports[p]!;
      if (ps.info === 'disabled') continue;
      const rcvdWhile = ps.info === 'received' ? Math.max(0, ps.rcvdWhile - 1) : 0;
      const expired = ps.info === 'received' && rcvdWhile === 0;
      aged ||= expired;
      patchPort(d, p, {
        // ALTERNATE_PORT / BACKUP_PORT keep reloading fdWhile (§17.29, Figure 17-21).
        fdWhile: ps.role === 'alternate' || ps.role === 'backup' ? ps.fdWhile : Math.max(0, ps.fdWhile - 1),
        rrWhile: ps.role === 'root' ? ps.rrWhile : Math.max(0, ps.rrWhile - 1),
        rcvdWhile,
        info: expired ? 'aged' : ps.info,
      });
    }
    runBridge(config, d, b, aged, true);
  });
}
