import { generatedFunction } from '../../src/core/generatedFunction.js';

/** Copies a state's bytes from `src` to `dst` (both at least as long as the state). */
export type CopyState = (src: Uint8Array, dst: Uint8Array) => void;

/**
 * A copier for states of `width` bytes: straight-line code (`dst[0] = src[0]; …`), which V8
 * runs with one type check per array instead of one per byte as in a loop, and without the
 * ~130-instruction call of `TypedArray.prototype.set` — for the few bytes of a benchmark
 * state the copy was a tenth of the search (decision 0043). A loop where code cannot be
 * generated or the state is long.
 */
export function stateCopier(width: number): CopyState {
  if (width <= 64) {
    const copy = generatedFunction<CopyState>(['s', 'd'], Array.from({ length: width }, (_, i) => `d[${i}] = s[${i}];`).join('\n'));
    if (copy) return copy; // else no code generation here: the loop below does the same
  }
  return (src, dst) => {
    for (let i = 0; i < width; i++) dst[i] = src[i]!;
  };
}
