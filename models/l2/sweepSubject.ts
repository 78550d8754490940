/**
 * The converged layer-2 model as a sweep subject (`src/explore/sweep.ts`, decision 0013):
 * elements are the design's candidate fault elements, classes are `effectKey`s, and a fault
 * set is evaluated by converging it (`L2Model.converged`) and asking the design's properties.
 *
 * Single failures take a fast path when the design allows it (no ARP bonds, every switch runs
 * spanning tree, no MC-LAG domain — a peer-link cut may suspend member ports far from it —,
 * every property one of `reachable`, `no-forwarding-loop`, `stp-root`). With
 * spanning tree on every switch, the forwarding graph is a spanning tree of each connected
 * part of the live switch graph, so its components are the physical components:
 * - a link between switches that is no bridge of the switch graph (Tarjan, `sweepCuts.ts`)
 *   changes no component, no endpoint NIC, no root: it is proved to change nothing;
 * - a host, router, NIC, host link or its switch port only changes that endpoint's NICs and
 *   bond (MII sees its own carrier only): the baseline is patched for that endpoint;
 * - a switch that is no cut switch changes no component among the others: the baseline is
 *   patched for the endpoints cabled to it (converged in full when `stp-root` is checked);
 * - everything else (cut switches, bridge links, gray and one-way faults) is converged in full.
 * Evidence comes from `sweepReach.ts` either way, so both paths print the same table.
 */
import type { Property } from '../../src/core/property.js';
import { spreadOf } from './bondMode.js';
import { bondStatusOf, type SlaveProbe } from './bondMonitor.js';
import type { ConvergedL2 } from './converge.js';
import { reachSignature, type Interface } from './endpointReach.js';
import { effectKey, type FaultElement } from './faults.js';
import type { ForwardingGraph } from './forwardingGraph.js';
import type { L2Model, L2State } from './l2Model.js';
import { partnerSystemOf } from './settleBonds.js';
import { switchCuts } from './sweepCuts.js';
import { allPairsEvidence, namedPairsEvidence, reachGroups, type ReachGroups, type ReachNetwork } from './sweepReach.js';
import type { L2PropertySpec } from './sweepSpecs.js';

/** A broken property and its evidence (the shape `SweepSubject.evaluate` returns). */
export interface L2Break {
  readonly property: number;
  readonly details: readonly string[];
}

/** The layer-2 sweep subject; structurally a `SweepSubject<FaultElement>`. */
export interface L2SweepSubject {
  readonly properties: readonly string[];
  /** Whether single failures may take the fast path in this design. */
  readonly fast: boolean;
  elements(): readonly FaultElement[];
  id(e: FaultElement): string;
  label(e: FaultElement): string;
  equivalenceKey(e: FaultElement): string;
  evaluate(failed: readonly FaultElement[]): readonly L2Break[];
  evaluateSingle(e: FaultElement): readonly L2Break[] | 'baseline';
  /** The model state where exactly `failed` have failed. */
  stateOf(failed: readonly FaultElement[]): L2State;
}

/** Options of {@link l2SweepSubject}. */
export interface L2SweepOptions {
  /** Allow the single-failure fast path when the design qualifies; default true. */
  readonly fast?: boolean;
}

/** Builds the sweep subject of `model` checked against `properties` (described by `specs`, same order). */
export function l2SweepSubject(
  model: L2Model,
  properties: readonly Property<L2State>[],
  specs: readonly L2PropertySpec[],
  options: L2SweepOptions = {},
): L2SweepSubject {
  const { topo } = model.context;
  const known: readonly L2PropertySpec[] = specs.length === properties.length ? specs : properties.map(() => ({ kind: 'opaque' }));
  const index = new Map(model.candidates.map((e, i) => [e.id, i]));
  const stateOf = (failed: readonly FaultElement[]): L2State => ({
    failed: [...new Set(failed.map((e) => index.get(e.id)!))].sort((a, b) => a - b),
  });
  const evidence = (spec: L2PropertySpec, c: ConvergedL2): string[] => {
    const net = { graph: c.graph, interfaces: c.settled.interfaces };
    switch (spec.kind) {
      case 'reachable':
        if (spec.pairs) return namedPairsEvidence(topo, net, spec.pairs, c.faults.nodeDown);
        return allPairsEvidence(topo, net, reachGroups(net, topo.endpoints.filter((n) => !c.faults.nodeDown[n])));
      case 'no-forwarding-loop': {
        const loop = c.forwardingLoop();
        return loop ? [[...loop.nodes, loop.nodes[0]].join('→')] : [];
      }
      case 'stp-root':
        for (const intended of [spec.expected, spec.backup]) {
          const bridge = intended === undefined ? undefined : c.stp.bridges.get(intended);
          if (bridge?.up) return bridge.root === intended ? [] : [`root is ${bridge.root ?? 'none'}, not ${intended}`];
        }
        return [];
      case 'opaque':
        return [];
    }
  };
  const evaluate = (failed: readonly FaultElement[]): L2Break[] => {
    const state = stateOf(failed);
    const c = model.converged(state);
    const out: L2Break[] = [];
    properties.forEach((p, i) => {
      if (!p.holds(state)) out.push({ property: i, details: evidence(known[i]!, c) });
    });
    return out;
  };

  const base = model.converged({ failed: [] });
  const fast =
    options.fast !== false &&
    known.every((s) => s.kind !== 'opaque') &&
    topo.bonds.every((b) => b.monitor === 'mii') &&
    topo.topology.nodes.every((n) => n.kind !== 'switch' || (n.stp?.mode ?? 'rstp') !== 'none') &&
    base.forwardingLoop() === null &&
    topo.lags.mclag.length === 0 &&
    !base.graph.directed;
  let baseline: L2Break[] | undefined;
  const baselineBreaks = () => (baseline ??= evaluate([]));
  const single = fast ? fastSingles(model, known, base, baselineBreaks) : undefined;
  return {
    properties: properties.map((p) => p.name),
    fast,
    elements: () => model.candidates,
    id: (e) => e.id,
    label: (e) => e.label,
    equivalenceKey: (e) => effectKey(topo, e),
    evaluate,
    evaluateSingle: (e) => single?.(e) ?? evaluate([e]),
    stateOf,
  };
}

/** The fast path: a function answering a single failure, or undefined when it must converge. */
function fastSingles(
  model: L2Model,
  specs: readonly L2PropertySpec[],
  base: ConvergedL2,
  baselineBreaks: () => L2Break[],
): (e: FaultElement) => L2Break[] | 'baseline' | undefined {
  const { topo } = model.context;
  const cuts = switchCuts(topo);
  const isSwitch = (n: number) => topo.nodeKinds[n] === 'switch';
  const hostBonds = topo.nodeNames.map((): number[] => []);
  topo.bonds.forEach((b, i) => hostBonds[b.host]!.push(i));
  const baseNet: ReachNetwork = { graph: base.graph, interfaces: base.settled.interfaces };
  const live = topo.endpoints.filter((n) => !base.faults.nodeDown[n]);
  const baseGroups = reachGroups(baseNet, live);
  const baseSig = new Map(live.map((n) => [n, reachSignature(base.graph, base.settled.interfaces[n]!)]));
  const status = new Map<string, boolean>();
  const checksRoot = specs.some((s) => s.kind === 'stp-root');

  const patched = (lostNics: readonly number[], dead: readonly number[]): L2Break[] => {
    const lost = new Set(lostNics);
    const nicUp = base.graph.nicUp.slice();
    const nicDown = base.graph.nicDown.slice();
    for (const p of lost) nicUp[p] = nicDown[p] = 0;
    const graph: ForwardingGraph = { ...base.graph, nicUp, nicDown };
    const interfaces = base.settled.interfaces.slice();
    const nodeDown = base.faults.nodeDown.slice();
    const changed = new Set(dead);
    for (const n of dead) {
      nodeDown[n] = 1;
      interfaces[n] = [];
    }
    const probe: SlaveProbe = {
      carrier: (nic) => base.faults.carrier[nic] === 1 && !lost.has(nic),
      answeringTargets: () => 0,
      receivesOtherTraffic: () => false,
      hears: () => false,
      partnerOf: partnerSystemOf(topo, graph),
    };
    for (const p of lost) {
      const h = topo.portNode[p]!;
      if (changed.has(h)) continue;
      changed.add(h);
      const list: Interface[] = [];
      for (const q of topo.nodePorts[h]!) if (topo.portBond[q] === -1 && topo.portPeer[q]! >= 0) list.push({ nics: [q], spread: 'single' });
      for (const b of hostBonds[h]!) {
        const bond = topo.bonds[b]!;
        list.push({ nics: bondStatusOf(bond, probe).used, spread: spreadOf(bond.mode) });
      }
      interfaces[h] = list;
    }
    const net: ReachNetwork = { graph, interfaces };
    const out: L2Break[] = [];
    specs.forEach((spec, i) => {
      let details: readonly string[];
      if (spec.kind === 'reachable' && spec.pairs) details = namedPairsEvidence(topo, net, spec.pairs, nodeDown);
      else if (spec.kind === 'reachable') details = allPairsEvidence(topo, net, regroup(baseGroups, baseSig, changed, nodeDown, net), status);
      else {
        const same = baselineBreaks().find((b) => b.property === i);
        if (same) out.push(same);
        return;
      }
      if (details.length > 0) out.push({ property: i, details });
    });
    return out;
  };

  return (e) => {
    switch (e.kind) {
      case 'host':
      case 'router':
        return patched([], [e.target]);
      case 'switch': {
        if (checksRoot || cuts.cutNode[e.target]) return undefined;
        const lost = topo.nodePorts[e.target]!.flatMap((q) => {
          const p = topo.portPeer[q]!;
          return p >= 0 && !isSwitch(topo.portNode[p]!) ? [p] : [];
        });
        return patched(lost, []);
      }
      case 'link':
      case 'inter-switch-link':
      case 'nic':
      case 'switch-port': {
        const l = e.kind === 'link' || e.kind === 'inter-switch-link' ? e.target : topo.portLink[e.target]!;
        const a = topo.linkA[l]!;
        const b = topo.linkB[l]!;
        const sa = isSwitch(topo.portNode[a]!);
        const sb = isSwitch(topo.portNode[b]!);
        if (sa && sb) return cuts.bridgeLink[l] ? undefined : 'baseline';
        if (sa === sb) return undefined;
        return patched([sa ? b : a], []);
      }
      default:
        return undefined;
    }
  };
}

/** The baseline groups with the `changed` endpoints moved to their new signatures (dead ones dropped). */
function regroup(
  baseGroups: ReachGroups,
  baseSig: ReadonlyMap<number, string>,
  changed: ReadonlySet<number>,
  nodeDown: Uint8Array,
  net: ReachNetwork,
): ReachGroups {
  const groups: ReachGroups = new Map(baseGroups);
  const touched = new Set<string>();
  for (const n of changed) {
    const old = baseSig.get(n);
    if (old !== undefined && !touched.has(old)) {
      touched.add(old);
      groups.set(old, groups.get(old)!.filter((m) => !changed.has(m)));
    }
  }
  for (const n of changed) {
    if (nodeDown[n]) continue;
    const key = reachSignature(net.graph, net.interfaces[n]!);
    if (!touched.has(key)) {
      touched.add(key);
      groups.set(key, [...(groups.get(key) ?? [])]);
    }
    const g = groups.get(key)!;
    g.push(n);
    g.sort((x, y) => x - y);
  }
  return groups;
}
