/**
 * `x % m` for a whole number `x` in [0, 2^32) and a whole `m` in [1, 2^21), without the
 * floating-point remainder: V8 computes `%` of a value that may exceed 2^31 (a `>>> 0` draw)
 * with the x87 `fprem` loop, the slowest part of a random walk's step. Why this is exact:
 * with x = q·m + r, the quotient x / m = q + r/m lies at least 1/m > 2^-21 below q + 1,
 * and the division's rounding error is at most half an ulp of a number below 2^31 (m ≥ 2),
 * i.e. 2^-22 (for m = 1 it is exact) — so the floor is q and the result r, equal to `x % m`
 * for every such pair (tested).
 */
export function uintMod(x: number, m: number): number {
  return x - Math.floor(x / m) * m;
}
