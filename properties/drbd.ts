/**
 * Requirements on a DRBD resource, as properties of the DRBD model (models/drbd).
 *
 * - `no-acked-write-lost`: every write acknowledged to the application is in the data the
 *   Primary serves — whichever node is Primary, after any failover.
 * - `single-primary`: at most one live Primary.
 * - `no-split-brain`: the two nodes never both start a new data generation independently
 *   (what DRBD detects as split brain when they next connect).
 * - `no-stale-promotion`: no node is promoted while it lacks an acknowledged write or while
 *   its data is Outdated (forced).
 */
import { always, type Property } from '../src/core/property.js';
import { connected, holds, missing, type DrbdState } from '../models/drbd/state.js';

/** Names of the DRBD properties, with one-line descriptions. */
export const DRBD_PROPERTY_NAMES = {
  'no-acked-write-lost': 'every acknowledged write is in the data served by whichever node is Primary',
  'single-primary': 'at most one node is Primary at any time',
  'no-split-brain': 'the two nodes never start new data generations independently (split brain)',
  'no-stale-promotion': 'a node is never promoted while it lacks an acknowledged write or holds Outdated data',
} as const;

/** A DRBD property name. */
export type DrbdPropertyName = keyof typeof DRBD_PROPERTY_NAMES;

/**
 * The writes a live Primary serves: its own disk and the writes it is about to put there; a
 * Diskless Primary serves its connected peer's data (DRBD reads over the network); null when
 * it serves nothing (Diskless and disconnected: I/O errors, not lost writes).
 */
export function servedWrites(s: DrbdState, i: 0 | 1): number | null {
  const n = s.nodes[i];
  if (!n.up || n.role !== 'Primary') return null;
  if (n.disk !== 'Diskless') return holds(n);
  const peer = s.nodes[i === 0 ? 1 : 0];
  return connected(s) && peer.disk !== 'Diskless' ? holds(peer) : null;
}

/** Every acknowledged write is in what each live Primary serves. */
export function noAckedWriteLost(): Property<DrbdState> {
  return always(
    'no-acked-write-lost',
    (s) => ([0, 1] as const).every((i) => {
      const served = servedWrites(s, i);
      return served === null || missing(s.acked, served) === 0;
    }),
    { description: DRBD_PROPERTY_NAMES['no-acked-write-lost'] },
  );
}

/** At most one live Primary (with `allow-two-primaries` the design must not ask for this). */
export function singlePrimary(): Property<DrbdState> {
  return always('single-primary', (s) => s.nodes.filter((n) => n.up && n.role === 'Primary').length <= 1, {
    description: DRBD_PROPERTY_NAMES['single-primary'],
  });
}

/** The nodes' data generations never diverge (both current UUIDs moved on from the common one). */
export function noSplitBrain(): Property<DrbdState> {
  return always('no-split-brain', (s) => !(s.nodes[0].newGen && s.nodes[1].newGen), {
    description: DRBD_PROPERTY_NAMES['no-split-brain'],
  });
}

/** The step into a state never promoted a node lacking an acked write or with Outdated data. */
export function noStalePromotion(): Property<DrbdState> {
  return always('no-stale-promotion', (s) => !s.stalePromotion, { description: DRBD_PROPERTY_NAMES['no-stale-promotion'] });
}

/** The four properties. */
export function drbdProperties(): Property<DrbdState>[] {
  return [noAckedWriteLost(), singlePrimary(), noSplitBrain(), noStalePromotion()];
}
