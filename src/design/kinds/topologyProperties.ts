/**
 * The properties a `topology:` design may request under `check:`, built over the converged
 * layer-2 model. Without `check:`, a design gets `reachable` (every pair of live endpoints)
 * and `no-forwarding-loop`.
 *
 * Errors: FL258 a bad property parameter (unknown key, a pair naming no host or router,
 * an stp-root switch that is unknown or runs no spanning tree).
 */
import type { L2Model, L2State } from '../../../models/l2/l2Model.js';
import type { Topology } from '../../../models/l2/topology.js';
import { noForwardingLoop, reachable } from '../../../properties/l2.js';
import { stpRoot } from '../../../properties/stpRoot.js';
import { stpWithinMaxAge } from '../../../properties/stpMaxAge.js';
import { bondFailoverWithin } from '../../../properties/bondFailover.js';
import type { BuildContext, PropertyRequest } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import { propertyTable } from '../propertyTable.js';
import { ENDPOINT_PAIRS, nameOf, ONLY_TRUE, positive } from '../paramShapes.js';

/** Property names of the topology kind, with one-line descriptions. */
export const TOPOLOGY_PROPERTY_NAMES = {
  reachable: 'hosts and routers reach each other both ways (params: pairs: [[a, b], ...] or all: true; default all)',
  'no-forwarding-loop': 'no cycle among forwarding ports: no broadcast storm (params: link_up: true also checks the moment an edge link comes up, before its first BPDU)',
  'stp-root': 'the spanning-tree root is the intended switch (params: expected, backup?)',
  'stp-within-max-age': "no RSTP bridge is farther from its root than the root's max_age (s, one per hop) carries: far bridges would flap",
  'bond-failover-within':
    'no bond sends on a dead slave (miimon + downdelay) or on a slave whose switch port does not forward yet (updelay vs Listening/Learning) for more than `seconds` around any fault or its repair (params: seconds)',
} as const;

type Name = keyof typeof TOPOLOGY_PROPERTY_NAMES;

/** What layer-2 properties are built over. */
export interface TopologyPropertyContext {
  readonly model: L2Model;
  readonly topology: Topology;
}

/** The layer-2 properties of a topology (FL258 for a bad parameter). */
export const TOPOLOGY_PROPERTIES = propertyTable<L2State, TopologyPropertyContext, Name>(
  TOPOLOGY_PROPERTY_NAMES,
  'FL258',
  {
    reachable: { params: ['pairs', 'all'], shapes: { pairs: ENDPOINT_PAIRS, all: ONLY_TRUE }, build: (request, { model, topology }, ctx) => reachable(model, pairsOf(request, topology, ctx)) },
    'no-forwarding-loop': { params: ['link_up'], shapes: { link_up: ONLY_TRUE }, build: (request, { model }) => noForwardingLoop(model, { linkUp: request.params['link_up'] === true }) },
    'stp-root': {
      params: ['expected', 'backup'],
      shapes: { expected: nameOf('the switch meant to be root', 'Switch1'), backup: nameOf('the switch meant to be root while the expected one is down', 'Switch2') },
      build(request, { model, topology }, ctx) {
        const expected = switchParam(request, 'expected', topology, ctx, true)!;
        const backup = switchParam(request, 'backup', topology, ctx, false);
        return stpRoot(model, backup === undefined ? { expected } : { expected, backup });
      },
    },
    'stp-within-max-age': { params: [], build: (_request, { model }) => stpWithinMaxAge(model) },
    'bond-failover-within': { params: ['seconds'], shapes: { seconds: positive('how long the service may lose frames, in seconds', 2) }, build: (request, { model }, ctx) => bondFailoverWithin(model, failoverSeconds(request, ctx)) },
  },
  () => ['reachable', 'no-forwarding-loop'],
);

/** The endpoint pairs a `reachable` request among `requests` names, if it names some. */
export function reachablePairs(requests: readonly PropertyRequest[] | undefined, topology: Topology, ctx: BuildContext): readonly (readonly [string, string])[] | undefined {
  const request = requests?.find((r) => r.name === 'reachable');
  return request === undefined ? undefined : pairsOf(request, topology, ctx).pairs;
}

function pairsOf(request: PropertyRequest, topology: Topology, ctx: BuildContext): { pairs?: (readonly [string, string])[] } {
  const { pairs, all } = request.params;
  const where = [...request.path, 'pairs'];
  if (all !== undefined && all !== true) ctx.fail([...request.path, 'all'], 'FL258', `reachable: all must be true, got ${JSON.stringify(all)}`, 'leave it out, or give pairs');
  if (pairs === undefined) return {};
  if (all !== undefined) ctx.fail(where, 'FL258', 'reachable: give either pairs or all: true, not both');
  const endpoints = topology.nodes.filter((n) => n.kind !== 'switch').map((n) => n.name);
  const switches = new Set(topology.nodes.filter((n) => n.kind === 'switch').map((n) => n.name));
  if (!Array.isArray(pairs) || pairs.length === 0) ctx.fail(where, 'FL258', 'reachable: pairs must be a non-empty list of [a, b] pairs', 'e.g. pairs: [[Server1, Server2], [Server3, Gateway]]');
  return {
    pairs: pairs.map((pair: unknown, i): readonly [string, string] => {
      if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((x) => typeof x === 'string')) {
        ctx.fail([...where, i], 'FL258', `reachable: pairs[${i}] must be two host or router names, got ${JSON.stringify(pair)}`, 'e.g. [Server1, Server2]');
      }
      const [a, b] = pair as [string, string];
      [a, b].forEach((name, j) => {
        if (switches.has(name)) ctx.fail([...where, i, j], 'FL258', `reachable: ${name} is a switch; pairs name hosts and routers`, 'reachability is between endpoints; a switch is only on the path');
        if (!endpoints.includes(name)) ctx.fail([...where, i, j], 'FL258', `reachable: "${name}" is no host or router`, didYouMean(name, endpoints));
      });
      return [a, b];
    }),
  };
}

function switchParam(request: PropertyRequest, key: string, topology: Topology, ctx: BuildContext, required: boolean): string | undefined {
  const value = request.params[key];
  const switches = topology.nodes.filter((n) => n.kind === 'switch');
  if (value === undefined) {
    if (required) ctx.fail(request.path, 'FL258', `stp-root needs "${key}": the switch meant to be root`, `e.g. stp-root: { expected: ${switches[0]?.name ?? 'Switch1'} }`);
    return undefined;
  }
  const at = [...request.path, key];
  const node = switches.find((n) => n.name === value);
  if (!node) ctx.fail(at, 'FL258', `stp-root: ${key} ${JSON.stringify(value)} is no switch`, didYouMean(String(value), switches.map((n) => n.name)));
  if (node.stp?.mode === 'none') ctx.fail(at, 'FL258', `stp-root: ${node.name} runs no spanning tree (stp.mode none)`, 'set its stp.mode to rstp or stp');
  return node.name;
}

/** The `seconds` of a `bond-failover-within` request: the service's bound, required, > 0. */
export function failoverSeconds(request: PropertyRequest, ctx: BuildContext): number {
  const seconds = request.params['seconds'];
  if (seconds === undefined) ctx.fail(request.path, 'FL258', 'bond-failover-within needs "seconds": how long the service may lose frames', 'e.g. bond-failover-within: { seconds: 2 }');
  if (typeof seconds !== 'number' || !(seconds > 0)) ctx.fail([...request.path, 'seconds'], 'FL258', `bond-failover-within: seconds must be a positive number, got ${JSON.stringify(seconds)}`, 'e.g. seconds: 2');
  return seconds;
}
