/**
 * The converged layer-2 model: a state is the set of failed elements; each fault fails one
 * more candidate element, and (optionally) each repair brings one back. What the network
 * does in a state is {@link converge}'s deterministic outcome, memoised per state, so the
 * engine's `--max-faults k` explores every fault set of size up to k exactly once.
 *
 * Encoding: one bit per candidate element (width ⌈candidates/8⌉ bytes), so equal fault sets
 * encode to equal bytes whatever order the faults happened in.
 */
import type { Model, StateCodec, StateView } from '../../src/core/model.js';
import { converge, l2ContextOf, type ConvergedL2, type L2Context } from './converge.js';
import { faultElements, type FaultElement, type FaultFilter } from './faults.js';
import type { Topology } from './topology.js';

/** A converged-level state: candidate indices of the failed elements, ascending. */
export interface L2State {
  readonly failed: readonly number[];
}

/** Fail or repair one candidate element. */
export type L2Action = { readonly type: 'fail'; readonly element: number } | { readonly type: 'repair'; readonly element: number };

/** Options of {@link l2Model}. */
export interface L2ModelOptions {
  readonly faults?: FaultFilter;
  /** Offer repairs as (non-fault) actions; default false: fault sets only grow. */
  readonly repairs?: boolean;
  /** Model name in reports; default `l2`. */
  readonly name?: string;
}

/** The model plus what properties and reports need. */
export interface L2Model extends Model<L2State, L2Action> {
  readonly context: L2Context;
  /** The candidate fault elements, in the order the bits and fault actions use. */
  readonly candidates: readonly FaultElement[];
  /** The converged network in `state` (memoised). */
  converged(state: L2State): ConvergedL2;
}

const CACHE_SIZE = 256;

function bitsetCodec(count: number): StateCodec<L2State> {
  const width = Math.max(1, Math.ceil(count / 8));
  return {
    width,
    encode(state, out) {
      out.fill(0, 0, width);
      for (const i of state.failed) out[i >> 3]! |= 1 << (i & 7);
    },
    decode(bytes, offset = 0) {
      const failed: number[] = [];
      for (let i = 0; i < count; i++) if (bytes[offset + (i >> 3)]! & (1 << (i & 7))) failed.push(i);
      return { failed };
    },
  };
}

/** Builds the converged layer-2 model of `topology`. */
export function l2Model(topology: Topology, options: L2ModelOptions = {}): L2Model {
  const context = l2ContextOf(topology);
  const candidates = faultElements(context.topo, options.faults);
  const cache = new Map<string, ConvergedL2>();
  const converged = (state: L2State): ConvergedL2 => {
    const key = state.failed.join(',');
    let result = cache.get(key);
    if (result === undefined) {
      result = converge(context, state.failed.map((i) => candidates[i]!));
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, result);
    }
    return result;
  };
  return {
    name: options.name ?? 'l2',
    codec: bitsetCodec(candidates.length),
    context,
    candidates,
    converged,
    initialStates: () => [{ failed: [] }],
    actions: (state) => (options.repairs ? state.failed.map((element) => ({ type: 'repair', element }) as const) : []),
    faults(state) {
      const failed = new Set(state.failed);
      return candidates.flatMap((_, element) => (failed.has(element) ? [] : [{ type: 'fail', element } as const]));
    },
    next(state, action) {
      const rest = state.failed.filter((e) => e !== action.element);
      if (action.type === 'repair') return { failed: rest };
      return { failed: [...rest, action.element].sort((a, b) => a - b) };
    },
    formatAction: (action) =>
      action.type === 'fail' ? candidates[action.element]!.label : `repair: ${candidates[action.element]!.label.replace(/ down$/, '')}`,
    view: (state) => viewOf(context, converged(state)),
  };
}

/** A flat record of a converged state: failed elements, bond choices, blocked ports, breaks. */
function viewOf(context: L2Context, c: ConvergedL2): StateView {
  const bonds: Record<string, string> = {};
  for (const bond of context.topo.bonds) {
    const name = `${context.topo.nodeNames[bond.host]}:${bond.name}`;
    bonds[name] = c.bond(name).used.join('+') || 'down';
  }
  const blocked = [...c.stp.ports.values()]
    .filter((p) => p.up && p.state === 'discarding')
    .map((p) => `${p.bridge}:${p.name}`);
  const loop = c.forwardingLoop();
  const pair = c.unreachablePair();
  return {
    failed: c.failed.map((e) => e.id),
    bonds,
    blocked,
    loop: loop ? loop.nodes.join('→') : null,
    unreachable: pair ? `${pair[0]}↔${pair[1]}` : null,
  };
}
