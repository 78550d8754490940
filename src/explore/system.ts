import { enumerableOf, labelOf } from '../core/enumerable.js';
import { isPackedModel, type Action, type EngineModel, type Model, type PackedModel } from '../core/model.js';
import type { Property, WithinProperty } from '../core/property.js';
import { EXPIRED, withinClockAfter, withinClockAtStart, withinPending } from '../core/withinClock.js';
import { ownsFirstFault } from './firstFaultOwner.js';
import type { SweepShard } from './sweepTypes.js';

/** Called for each explored successor: its key, its successor index, its decoded state. */
export type Visitor<S> = (key: Uint8Array, choice: number, state: S) => void;

interface WithinSlot<S> {
  readonly offset: number;
  readonly property: WithinProperty<S>;
}

/**
 * The byte-level transition system the explorer runs: a model of either shape, plus the
 * bookkeeping the engine keeps in each state's key after the model's own bytes — the number
 * of faults used (only when the budget is finite) and one elapsed-time counter per `within`
 * property (docs/decisions/0002-liveness.md). Successors are enumerated in the reference
 * order of `successorsOf` (src/core/successors.ts), so successor indices are path elements.
 *
 * A system of one shard of `check --shard i/n` (decision 0048) explores only the runs that
 * take no fault or whose first fault the shard owns: from a state no fault has reached, a
 * fault another shard owns is counted as enabled (no false deadlock) but not visited. Its key
 * then always holds the faults-used byte (saturating at 1 without a budget: "a fault
 * happened"), so the restriction depends on the state alone.
 */
export class TransitionSystem<S> {
  readonly modelWidth: number;
  readonly keyWidth: number;
  readonly withins: readonly WithinSlot<S>[];
  /**
   * Bits each key byte needs, when the model declares its bytes' (`PackedModel.valueBits`, or
   * `StateCodec.valueBits`, which a layout's codec carries), with the fault counter's and 8
   * for each within counter; undefined when nothing is narrower than a byte.
   */
  readonly keyBits: Uint8Array | undefined;
  /** Successors within the fault budget found by the last `expand`. */
  lastEnabled = 0;
  /** Non-fault successors found by the last `expand`. */
  lastNonFault = 0;

  private readonly faultOffset: number;
  /** The largest value of the faults-used byte: the budget, or 1 for a shard without one. */
  private readonly faultCap: number;
  /** The share of first faults explored; undefined when every first fault is. */
  private readonly shard: SweepShard | undefined;
  private readonly packedOwned: Uint8Array;
  private readonly ownedLabels = new Map<string, boolean>();
  private readonly augmented: boolean;
  private readonly keyBuf: Uint8Array;
  private readonly src: Uint8Array;
  private readonly dst: Uint8Array;
  private readonly packedFault: Uint8Array;
  private readonly packedDuration: Float64Array;

  constructor(
    readonly model: EngineModel<S>,
    properties: readonly Property<S>[],
    readonly maxFaults: number,
    shard?: SweepShard,
  ) {
    this.modelWidth = isPackedModel(model) ? model.width : model.codec.width;
    this.shard = shard !== undefined && shard.count > 1 ? shard : undefined;
    let w = this.modelWidth;
    this.faultOffset = Number.isFinite(maxFaults) || this.shard !== undefined ? w++ : -1;
    this.faultCap = Number.isFinite(maxFaults) ? maxFaults : 1;
    const withins: WithinSlot<S>[] = [];
    for (const p of properties) if (p.kind === 'within') withins.push({ offset: w++, property: p });
    this.withins = withins;
    this.keyWidth = w;
    this.keyBits = keyBitsOf(model, w, this.faultOffset, this.faultCap);
    this.augmented = w !== this.modelWidth;
    this.keyBuf = new Uint8Array(w);
    this.src = new Uint8Array(this.modelWidth);
    this.dst = new Uint8Array(this.modelWidth);
    const n = isPackedModel(model) ? model.instanceCount : 0;
    this.packedFault = new Uint8Array(n);
    this.packedDuration = new Float64Array(n);
    this.packedOwned = new Uint8Array(n);
    if (isPackedModel(model)) {
      for (let i = 0; i < n; i++) {
        this.packedFault[i] = model.isFault(i) ? 1 : 0;
        this.packedDuration[i] = model.duration?.(i) ?? 1;
        this.packedOwned[i] = this.shard === undefined || ownsFirstFault(this.shard, model.instanceName(i)) ? 1 : 0;
      }
    }
  }

  /** Keys and states of the initial states, in `initialStates()` order. */
  initial(): { key: Uint8Array; state: S }[] {
    const seam = enumerableOf(this.model);
    return seam.initialStates().map((state) => {
      const key = new Uint8Array(this.keyWidth);
      seam.encode(state, key);
      if (this.faultOffset >= 0) key[this.faultOffset] = 0;
      for (const w of this.withins) key[w.offset] = withinClockAtStart(w.property.holds, state);
      return { key, state };
    });
  }

  /** The `within` properties whose counters in `key` still wait for their predicate. */
  pendingWithin(key: Uint8Array): WithinProperty<S>[] {
    return this.withins.filter((w) => withinPending(key[w.offset]!)).map((w) => w.property);
  }

  /** The `within` properties whose counters in `key` have expired. */
  expiredWithin(key: Uint8Array): WithinProperty<S>[] {
    return this.withins.filter((w) => key[w.offset] === EXPIRED).map((w) => w.property);
  }

  /** Enumerates the successors of `key` within the fault budget; returns how many were visited. */
  expand(key: Uint8Array, visit: Visitor<S>): number {
    const m = this.model;
    return isPackedModel(m) ? this.expandPacked(m, key, visit) : this.expandObject(m, key, visit);
  }

  private expandPacked(m: PackedModel, key: Uint8Array, visit: Visitor<S>): number {
    let src = key;
    if (this.augmented) {
      src = this.src;
      for (let i = 0; i < this.modelWidth; i++) src[i] = key[i]!;
    }
    const dst = this.dst;
    const budgetLeft = this.faultOffset < 0 || key[this.faultOffset]! < this.maxFaults;
    const firstFault = this.shard !== undefined && key[this.faultOffset] === 0;
    const n = m.instanceCount;
    let choice = 0;
    let visited = 0;
    let nonFault = 0;
    let enabled = 0;
    for (let i = 0; i < n; i++) {
      if (!m.step(i, src, dst)) continue;
      const c = choice++;
      const fault = this.packedFault[i] === 1;
      if (fault && !budgetLeft) continue;
      enabled++;
      if (!fault) nonFault++;
      else if (firstFault && this.packedOwned[i] === 0) continue;
      m.canonicalize?.(dst);
      // The byte-level fast path: a packed model's states are its bytes (EngineModel's contract).
      const state = dst as unknown as S;
      if (this.augmented) {
        this.augment(key, dst, fault, this.packedDuration[i]!, state);
        visit(this.keyBuf, c, state);
      } else {
        visit(dst, c, state);
      }
      visited++;
    }
    this.lastEnabled = enabled;
    this.lastNonFault = nonFault;
    return visited;
  }

  private expandObject(m: Model<S>, key: Uint8Array, visit: Visitor<S>): number {
    const s = m.codec.decode(key, 0);
    const budgetLeft = this.faultOffset < 0 || key[this.faultOffset]! < this.maxFaults;
    const firstFault = this.shard !== undefined && key[this.faultOffset] === 0;
    let choice = 0;
    let visited = 0;
    let enabled = 0;
    let nonFault = 0;
    const run = (action: Action, fault: boolean): void => {
      const c = choice++;
      if (fault && !budgetLeft) return;
      enabled++;
      if (!fault) nonFault++;
      else if (firstFault && !this.ownsFirst(m, action)) return;
      const raw = m.next(s, action);
      const next = m.canonicalize ? m.canonicalize(raw) : raw;
      if (m.withinBoundary && !m.withinBoundary(next)) return;
      // Encoded straight into the key (the counters follow the model's bytes): no copy.
      m.codec.encode(next, this.keyBuf);
      this.countersAfter(key, fault, m.duration ? m.duration(action) : 1, next);
      visit(this.keyBuf, c, next);
      visited++;
    };
    for (const a of m.actions(s)) run(a, false);
    for (const f of m.faults(s)) run(f, true);
    this.lastEnabled = enabled;
    this.lastNonFault = nonFault;
    return visited;
  }

  /** Whether this shard explores runs whose first fault is `action` (labels cached). */
  private ownsFirst(m: Model<S>, action: Action): boolean {
    const label = labelOf(m, action);
    let owned = this.ownedLabels.get(label);
    if (owned === undefined) {
      owned = ownsFirstFault(this.shard!, label);
      this.ownedLabels.set(label, owned);
    }
    return owned;
  }

  /** Writes the child's key: model bytes, faults used, within counters. */
  private augment(parent: Uint8Array, child: Uint8Array, fault: boolean, duration: number, state: S): void {
    const k = this.keyBuf;
    for (let i = 0; i < this.modelWidth; i++) k[i] = child[i]!;
    this.countersAfter(parent, fault, duration, state);
  }

  /** Writes the child key's bytes after the model's: faults used, within counters. */
  private countersAfter(parent: Uint8Array, fault: boolean, duration: number, state: S): void {
    const k = this.keyBuf;
    if (this.faultOffset >= 0) {
      const used = parent[this.faultOffset]!;
      k[this.faultOffset] = fault && used < this.faultCap ? used + 1 : used;
    }
    for (const w of this.withins) {
      k[w.offset] = withinClockAfter(parent[w.offset]!, fault, duration, w.property.bound, w.property.holds, state);
    }
  }
}

/** The key's bits per byte (see `TransitionSystem.keyBits`). */
function keyBitsOf<S>(model: EngineModel<S>, keyWidth: number, faultOffset: number, faultCap: number): Uint8Array | undefined {
  const declared = isPackedModel(model) ? model.valueBits : model.codec.valueBits;
  if (declared === undefined) return undefined;
  const width = isPackedModel(model) ? model.width : model.codec.width;
  if (declared.length !== width || declared.some((b) => !Number.isInteger(b) || b < 1 || b > 8)) {
    throw new RangeError(`model ${model.name}: valueBits needs one whole number of bits in 1..8 per state byte (${width})`);
  }
  const bits = new Uint8Array(keyWidth).fill(8);
  bits.set(declared);
  if (faultOffset >= 0) bits[faultOffset] = Math.max(1, Math.ceil(Math.log2(faultCap + 1)));
  return bits.every((b) => b === 8) ? undefined : bits;
}
