/**
 * The site's state: one flag per candidate network element (failed or not; equal fault sets
 * encode to equal bytes whatever order they happened in) and the HA stack's state, whose
 * advert directions, DRBD link and service-NIC flags always equal what the network says
 * (`links.ts`, kept in step by `model.ts`).
 */
import { array, bool, record, type Layout } from '../../src/core/layout.js';
import { haLayout, type HaState } from '../hastack/state.js';
import type { HaStackConfig } from '../hastack/config.js';

/** A site state. */
export type SiteState = {
  /** `down[e]`: candidate network element e has failed. */
  readonly down: readonly boolean[];
  readonly ha: HaState;
};

/** The byte layout for `candidates` network elements over `ha`. */
export function siteLayout(candidates: number, ha: HaStackConfig): Layout<SiteState> {
  return record<SiteState>({ down: array(bool(), candidates), ha: haLayout(ha) });
}

/** Indices of the failed elements, ascending. */
export function failedOf(s: SiteState): number[] {
  const out: number[] = [];
  s.down.forEach((d, e) => {
    if (d) out.push(e);
  });
  return out;
}
