/** Test helper: RSTP parameters for small topologies (Max Age 6 s, Forward Delay 4 s). */
import type { RstpLinkParams, RstpParams } from '../../../models/rstp/config.js';

/** A link `b1:p1 — b2:p1` written as `['b1:p1', 'b2:p1']`, cost 20,000. */
export function link(a: string, b: string, cost = 20000): RstpLinkParams {
  const end = (e: string) => ({ bridge: e.split(':')[0]!, port: e.split(':')[1]! });
  return { a: end(a), b: end(b), cost };
}

/** Bridges named b1..bn with priorities in that order (b1 best), on the given links. */
export function network(names: readonly string[], links: readonly RstpLinkParams[], extra: Partial<RstpParams> = {}): RstpParams {
  return {
    bridges: names.map((name, i) => ({ name, priority: 4096 * (i + 1), mac: `02:00:00:00:00:0${i + 1}` })),
    links,
    maxAge: 6,
    forwardDelay: 4,
    ...extra,
  };
}

/** Root r attached to a and b, with the triangle a-b-c surviving the root. */
export const rootAndTriangle = (extra: Partial<RstpParams> = {}): RstpParams =>
  network(['r', 'a', 'b', 'c'], [link('r:p1', 'a:p1'), link('r:p2', 'b:p1'), link('a:p2', 'b:p2'), link('a:p3', 'c:p1'), link('b:p3', 'c:p2')], extra);

/** A ring of three bridges. */
export const ring3 = (extra: Partial<RstpParams> = {}): RstpParams =>
  network(['b1', 'b2', 'b3'], [link('b1:p1', 'b2:p1'), link('b2:p2', 'b3:p1'), link('b3:p2', 'b1:p2')], extra);

/** Core pair r (root) and a (backup root) joined directly; access bridges b and c dual-homed to both. */
export const corePair = (extra: Partial<RstpParams> = {}): RstpParams =>
  network(['r', 'a', 'b', 'c'], [link('r:p1', 'a:p1'), link('r:p2', 'b:p1'), link('r:p3', 'c:p1'), link('a:p2', 'b:p2'), link('a:p3', 'c:p2')], extra);
