/**
 * Requirements on an MC-LAG domain, as properties of the MC-LAG model (models/mclag).
 *
 * - `no-dual-active`: never are both peers alive and primary, unable to coordinate (the peer
 *   link down or not yet synchronised), while the server's bond distributes over its links to
 *   both: the split brain of PROTOCOLS.md §5.3/§5.4.
 * - `dual-active-at-most`: a split brain, if any, ends within k seconds (Arista's dual-primary
 *   detection leaves one of `delay` seconds by design); counted in the state (models/mclag/dualAge.ts).
 * - `server-keeps-path`: within k seconds after the last fault, the server's bond distributes
 *   over some link, whenever some peer is alive with a working link to the server.
 */
import { always, within, type Property } from '../src/core/property.js';
import type { MclagConfig } from '../models/mclag/config.js';
import { distributing, dualActive, type MclagState } from '../models/mclag/state.js';

/** Names of the MC-LAG properties, with one-line descriptions. */
export const MCLAG_PROPERTY_NAMES = {
  'no-dual-active': 'never both peers primary, uncoordinated, with the server bond distributing over both (split brain)',
  'dual-active-at-most': 'a split brain lasts at most `seconds` (default 0): Arista dual-primary detection ends one after its delay',
  'server-keeps-path': 'within the keepalive timeout + 2 s (or `seconds`) after the last fault, the server bond distributes over a live link',
} as const;

export type MclagPropertyName = keyof typeof MCLAG_PROPERTY_NAMES;

/** The split brain never happens. */
export function noDualActive(): Property<MclagState> {
  return always('no-dual-active', (s) => !dualActive(s), { description: MCLAG_PROPERTY_NAMES['no-dual-active'] });
}

/** A split brain never lasts longer than `seconds` (the model must count up to `seconds` + 1: `dualActiveCap`). */
export function dualActiveAtMost(config: MclagConfig, seconds = 0): Property<MclagState> {
  if (config.dualActiveCap < seconds + 1) throw new RangeError(`dual-active-at-most: the model counts dual-active seconds up to ${config.dualActiveCap}, needs ${seconds + 1}`);
  return always('dual-active-at-most', (s) => s.dualAge <= seconds, {
    description: `a split brain (both peers primary, the server bond distributing over both) lasts at most ${seconds} s`,
  });
}

/** Default bound: the keepalive timeout (the slowest decision) plus two seconds. */
export function defaultPathBound(config: MclagConfig): number {
  return config.timeoutTicks + 2;
}

/** The server keeps a path whenever one can exist (a live peer with a working link to it). */
export function serverKeepsPath(config: MclagConfig, bound = defaultPathBound(config)): Property<MclagState> {
  const possible = (s: MclagState): boolean => s.peers.some((p, i) => p.alive && s.memberLinks[i] === true);
  return within('server-keeps-path', bound, (s) => distributing(s, 0) || distributing(s, 1) || !possible(s), {
    description: `within ${bound} s after the last fault, the server bond distributes over a link to a live peer`,
  });
}

/** Both properties with their defaults. */
export function mclagProperties(config: MclagConfig): Property<MclagState>[] {
  return [noDualActive(), serverKeepsPath(config)];
}
