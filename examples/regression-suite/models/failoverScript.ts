/**
 * Our in-house failover script, as a state machine faultline can check.
 *
 * Two nodes share a service address. Every second each node's script pings the other over the
 * heartbeat link; after MISSES missed pings in a row a standby takes the address
 * (`ip addr add`). An active node that hears an active peer with a lower id gives the
 * address up. Nothing else: no fencing, no quorum. Version 2 of the script adds one rule: a
 * standby that hears only a standby peer with a higher id takes the address.
 *
 * States are immutable.js values (a `Record` per node in a `List`), encoded through declared
 * layouts; the heartbeat link can be cut and healed (faults), and a node can crash and restart.
 */
import { List, Record, type RecordOf } from 'immutable';
import { always, bool, codecOf, enumOf, immutableList, immutableRecord, int, within, type Model, type StateView } from 'faultline';

/** Missed pings before a standby takes over. */
export const MISSES = 3;

type Role = 'standby' | 'active' | 'down';
interface NodeFields { readonly role: Role; readonly missed: number }
type Node = RecordOf<NodeFields>;
const Node = Record<NodeFields>({ role: 'standby', missed: 0 });

interface StateFields { readonly nodes: List<Node>; readonly link: boolean }
/** Two nodes and the heartbeat link. */
export type State = RecordOf<StateFields>;
const State = Record<StateFields>({ nodes: List(), link: true });

/** A second passing (every live node runs its script once), link faults and crashes. */
export type Step =
  | { readonly type: 'second' }
  | { readonly type: 'cut' }
  | { readonly type: 'heal' }
  | { readonly type: 'crash'; readonly node: number }
  | { readonly type: 'restart'; readonly node: number };

const nodeLayout = immutableRecord(Node, { role: enumOf<Role>(['standby', 'active', 'down']), missed: int(0, MISSES) });
const stateLayout = immutableRecord(State, { nodes: immutableList(nodeLayout, 2), link: bool() });

function hears(s: State, i: number): boolean {
  return s.link && s.nodes.get(1 - i)!.role !== 'down';
}

/** Node `i` after one run of its script in state `s` (`elect`: version 2's rule). */
function run(s: State, i: number, elect: boolean): Node {
  const me = s.nodes.get(i)!;
  const peer = s.nodes.get(1 - i)!;
  if (hears(s, i)) {
    const yields = me.role === 'active' && peer.role === 'active' && i > 1 - i;
    const elected = elect && me.role === 'standby' && peer.role === 'standby' && i < 1 - i;
    return me.merge({ missed: 0, role: yields ? 'standby' : elected ? 'active' : me.role });
  }
  const missed = Math.min(MISSES, me.missed + 1);
  return me.merge({ missed, role: missed >= MISSES ? 'active' : me.role });
}

/** One second: both live nodes run their script on what they saw at its start. */
function second(s: State, elect: boolean): State {
  return s.set('nodes', s.nodes.map((node, i) => (node.role === 'down' ? node : run(s, i, elect))));
}

/** The script as a model (version 1, or 2 with `elect`): node 0 starts active, node 1 standby. */
export function failoverScript(version: 1 | 2): Model<State, Step> {
  return {
  name: `failover-script-v${version}`,
  codec: codecOf(stateLayout),
  initialStates: () => [State({ nodes: List([Node({ role: 'active' }), Node()]), link: true })],
  actions: (s) => (s.nodes.some((n) => n.role !== 'down') ? [{ type: 'second' }] : []),
  faults: (s) => [
    ...(s.link ? [{ type: 'cut' } as const] : [{ type: 'heal' } as const]),
    ...[0, 1].map((node) => (s.nodes.get(node)!.role === 'down' ? ({ type: 'restart', node } as const) : ({ type: 'crash', node } as const))),
  ],
  next(s, a) {
    switch (a.type) {
      case 'second':
        return second(s, version === 2);
      case 'cut':
        return s.set('link', false);
      case 'heal':
        return s.set('link', true);
      case 'crash':
        return s.setIn(['nodes', a.node], Node({ role: 'down' }));
      case 'restart':
        return s.setIn(['nodes', a.node], Node());
    }
  },
  view: (s): StateView => ({
    link: s.link,
    ...Object.fromEntries(s.nodes.toArray().flatMap((n, i) => [[`node${i}.role`, n.role], [`node${i}.missed`, n.missed]])),
  }),
  formatAction: (a) => ('node' in a ? `${a.type}(node${a.node})` : a.type),
  };
}

const active = (s: State): number => s.nodes.count((n) => n.role === 'active');

/** At most one node holds the address. */
export const singleActive = always<State>('single-active', (s) => active(s) <= 1, { description: 'at most one node holds the service address' });

/** Within two missed-ping windows after the last fault, some live node holds the address. */
export const someoneActive = within<State>('someone-active', 2 * MISSES + 2, (s) => active(s) >= 1 || s.nodes.every((n) => n.role === 'down'), {
  description: 'after a fault, a live node takes the address within two missed-ping windows',
});
