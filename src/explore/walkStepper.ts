/**
 * The stepping interface random walks run on: one current state, its enabled successors in
 * the enumeration order of `successorsOf` (src/core/successors.ts), and a move to one of
 * them. Implementations compute only the chosen successor's state, so a walk step costs one
 * enumeration plus one `next`/`step`, never all successors' states.
 */
export interface WalkStepper<S> {
  /** Number of initial states. */
  readonly initialCount: number;
  /** Makes initial state `initialIndex` (canonicalized) the current state. */
  reset(initialIndex: number): void;
  /**
   * The current state. Packed models return a reused buffer: it is valid until the next
   * `reset` or `advance`, and callers must copy it to keep it.
   */
  state(): S;
  /** Enumerates the enabled successors of the current state; returns how many there are. */
  expand(): number;
  /** After `expand`: how many of them are not faults. */
  nonFaultCount(): number;
  /** After `expand`: the enumeration index of the `j`-th non-fault successor. */
  nonFaultIndex(j: number): number;
  /** After `expand`: whether successor `k` is a fault. */
  faultAt(k: number): boolean;
  /**
   * After `expand`: a stable name of successor `k` (instance number or action label plus
   * fault mark) that lets a shrunk walk find "the same action" in another state.
   */
  identityAt(k: number): number | string;
  /**
   * Moves to successor `k` (an index from the last `expand`) and returns its duration, or
   * -1 when that successor lies outside the model's boundary (the current state is then
   * unchanged and the walk must end).
   */
  advance(k: number): number;
  /** A key identifying the current state's canonical encoding (for loop cutting). */
  key(): string;
}
