/**
 * Test oracle: the converged tree by synchronous BPDU rounds rather than Dijkstra. Every
 * round, every live bridge recomputes its root vector from its own claim and the vectors its
 * neighbours held in the previous round, until nothing changes. Point-to-point links and
 * STP-running bridges only. Returns `bridge/port → role` and `bridge → root bridge`.
 */
import { bridgeIdOf, portIdOf, portKey, type StpTopology } from '../../../models/stp/index.js';

type Vec = readonly [root: string, cost: number, dBridge: string, dPort: number, rPort: number];

function cmp(a: Vec, b: Vec): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Roles and roots by fixed-point iteration. */
export function referenceStp(t: StpTopology, failed: ReadonlySet<string>): { roles: Map<string, string>; roots: Map<string, string> } {
  const bid = new Map(t.bridges.map((b) => [b.id, bridgeIdOf(b.priority, b.mac)]));
  const port = new Map(t.ports.map((p) => [portKey(p.bridge, p.name), p]));
  const pid = (bridge: string, name: string): number => {
    const p = port.get(portKey(bridge, name));
    return portIdOf(p?.priority ?? 0, p?.number ?? 0);
  };
  const up = (b: string): boolean => !failed.has(b);
  const live = t.links.filter((l) => !failed.has(l.id) && up(l.a.bridge) && up(l.b.bridge));
  let best = new Map<string, { vec: Vec; port: string | null }>();
  for (const b of t.bridges) if (up(b.id)) best.set(b.id, { vec: [bid.get(b.id) ?? '', 0, '', 0, 0], port: null });
  for (let round = 0; round < 4 * t.bridges.length + 4; round++) {
    const next = new Map(best);
    for (const b of t.bridges) {
      if (!up(b.id)) continue;
      let mine: { vec: Vec; port: string | null } = { vec: [bid.get(b.id) ?? '', 0, '', 0, 0], port: null };
      for (const l of live) {
        for (const [me, far] of [[l.a, l.b], [l.b, l.a]] as const) {
          if (me.bridge !== b.id || far.bridge === b.id) continue;
          const theirs = best.get(far.bridge)?.vec;
          if (theirs === undefined) continue;
          const cost = theirs[1] + (port.get(portKey(me.bridge, me.port))?.cost ?? 0);
          const offer: Vec = [theirs[0], cost, bid.get(far.bridge) ?? '', pid(far.bridge, far.port), pid(me.bridge, me.port)];
          if (cmp(offer, mine.vec) < 0) mine = { vec: offer, port: me.port };
        }
      }
      next.set(b.id, mine);
    }
    const changed = [...next].some(([id, v]) => cmp(v.vec, best.get(id)?.vec ?? v.vec) !== 0 || v.port !== best.get(id)?.port);
    best = next;
    if (!changed) break;
  }
  const roles = new Map<string, string>();
  for (const p of t.ports) roles.set(portKey(p.bridge, p.name), up(p.bridge) && !t.links.some((l) => [l.a, l.b].some((e) => e.bridge === p.bridge && e.port === p.name)) ? 'designated' : 'disabled');
  for (const l of live) {
    const designated = ([l.a, l.b] as const)
      .map((e) => {
        const v = best.get(e.bridge)?.vec ?? (['', 0, '', 0, 0] as Vec);
        return { e, key: [v[0], v[1], bid.get(e.bridge) ?? '', pid(e.bridge, e.port), 0] as Vec };
      })
      .sort((x, y) => cmp(x.key, y.key))[0]?.e;
    for (const e of [l.a, l.b]) {
      const role =
        best.get(e.bridge)?.port === e.port ? 'root'
        : designated === e ? 'designated'
        : designated?.bridge === e.bridge ? 'backup'
        : 'alternate';
      roles.set(portKey(e.bridge, e.port), role);
    }
  }
  const roots = new Map<string, string>();
  for (const [id, v] of best) roots.set(id, t.bridges.find((b) => bid.get(b.id) === v.vec[0])?.id ?? '?');
  return { roles, roots };
}
