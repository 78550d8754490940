/**
 * The dual-homed server's LACP bond (Linux bonding 802.3ad, PROTOCOLS.md §4 selection logic):
 * links whose partner sends one system id share an aggregator; the bond activates exactly one
 * aggregator and, with `ad_select=stable`, keeps it while it still has a live member.
 */
import { memberUp, systemOf, type Aggregator, type MclagState } from './state.js';

/** The state with the server bond's active aggregator re-selected. */
export function reselect(s: MclagState): MclagState {
  const candidates: Aggregator[] = [];
  for (let i = 0; i < 2; i++) if (memberUp(s, i)) candidates.push(systemOf(s, i));
  if (candidates.includes(s.agg)) return s;
  const agg: Aggregator = candidates.includes('shared') ? 'shared' : candidates[0] ?? 'none';
  return agg === s.agg ? s : { ...s, agg };
}
