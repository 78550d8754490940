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
import type { Property } from '../../core/property.js';
import type { BuildContext, PropertyRequest } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';

/** Property names of the topology kind, with one-line descriptions. */
export const TOPOLOGY_PROPERTY_NAMES = {
  reachable: 'hosts and routers reach each other both ways (params: pairs: [[a, b], ...] or all: true; default all)',
  'no-forwarding-loop': 'no cycle among forwarding ports: no broadcast storm',
  'stp-root': 'the spanning-tree root is the intended switch (params: expected, backup?)',
  'stp-within-max-age': "no RSTP bridge is farther from its root than the root's max_age (s, one per hop) carries: far bridges would flap",
} as const;

type Name = keyof typeof TOPOLOGY_PROPERTY_NAMES;

/** The requested properties, and the endpoint pairs `reachable` names (if it names some). */
export interface TopologyProperties {
  readonly properties: Property<L2State>[];
  readonly pairs?: readonly (readonly [string, string])[];
}

/** The properties `requests` ask for (the defaults when absent). */
export function topologyProperties(requests: readonly PropertyRequest[] | undefined, model: L2Model, topology: Topology, ctx: BuildContext): TopologyProperties {
  const chosen = requests ?? (['reachable', 'no-forwarding-loop'] as const).map((name) => ({ name, params: {}, path: ['check'] }));
  let pairs: TopologyProperties['pairs'];
  const properties = chosen.map((request) => {
    switch (request.name as Name) {
      case 'reachable': {
        allowOnly(request, ['pairs', 'all'], ctx);
        const options = pairsOf(request, topology, ctx);
        pairs = options.pairs;
        return reachable(model, options);
      }
      case 'no-forwarding-loop':
        allowOnly(request, [], ctx);
        return noForwardingLoop(model);
      case 'stp-root': {
        allowOnly(request, ['expected', 'backup'], ctx);
        const expected = switchParam(request, 'expected', topology, ctx, true)!;
        const backup = switchParam(request, 'backup', topology, ctx, false);
        return stpRoot(model, backup === undefined ? { expected } : { expected, backup });
      }
      case 'stp-within-max-age':
        allowOnly(request, [], ctx);
        return stpWithinMaxAge(model);
      default:
        return ctx.fail(request.path, 'FL258', `unknown topology property "${request.name}"`);
    }
  });
  return pairs === undefined ? { properties } : { properties, pairs };
}

function allowOnly(request: PropertyRequest, allowed: readonly string[], ctx: BuildContext): void {
  for (const key of Object.keys(request.params)) {
    if (!allowed.includes(key)) {
      const hint = allowed.length > 0 ? `${didYouMean(key, allowed)} (its parameters: ${allowed.join(', ')})` : 'it takes no parameters';
      ctx.fail([...request.path, key], 'FL258', `property "${request.name}" has no parameter "${key}"`, hint);
    }
  }
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
