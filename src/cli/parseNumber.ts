import { InvalidArgumentError } from 'commander';

/** A commander argument parser for integers of at least `min`. */
export function integerAtLeast(min: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected an integer of at least ${min}, got "${text}"`);
    }
    return n;
  };
}

/** A commander argument parser for positive numbers (seconds may have a fraction). */
export function positiveNumber(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new InvalidArgumentError(`expected a positive number, got "${text}"`);
  }
  return n;
}

/** A commander argument parser for seeds: any safe integer. */
export function seedNumber(text: string): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError(`expected an integer seed, got "${text}"`);
  }
  return n;
}
