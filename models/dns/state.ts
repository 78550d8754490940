/**
 * State of the DNS model: per server whether its host is up and whether its DNS daemon runs;
 * per VIP which member holds it (−1: nobody) and the ticks left before a waiting member takes
 * it over (0: no takeover pending).
 */
import { array, bool, int, record, type Layout } from '../../src/core/layout.js';
import type { DnsConfig } from './config.js';

/** One server. */
export interface ServerState {
  readonly host: boolean;
  readonly daemon: boolean;
}

/** One VIP. */
export interface VipState {
  /** Server index of the holder, −1 when no member holds it. */
  readonly holder: number;
  /** Ticks until the best live member takes over; 0 when nothing is pending. */
  readonly takeover: number;
}

/** The whole state. */
export interface DnsState {
  readonly servers: readonly ServerState[];
  readonly vips: readonly VipState[];
}

/** The fixed layout of a configuration's states. */
export function dnsLayout(config: DnsConfig): Layout<DnsState> {
  return record<DnsState>({
    servers: array(record<ServerState>({ host: bool(), daemon: bool() }), config.servers.length),
    vips: array(record<VipState>({ holder: int(-1, config.servers.length - 1), takeover: int(0, config.maxTakeoverTicks) }), config.vips.length),
  });
}
