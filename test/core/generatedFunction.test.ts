import { describe, expect, it } from 'vitest';
import { generatedFunction } from '../../src/core/generatedFunction.js';

describe('generatedFunction', () => {
  it('makes a function from its source text that computes what the text says', () => {
    const add = generatedFunction<(a: number, b: number) => number>(['a', 'b'], 'return a + b;');
    expect(add?.(2, 3)).toBe(5);
  });

  it('gives the same function back for the same text, and another for another text', () => {
    const first = generatedFunction(['x'], 'return x * 2;');
    expect(generatedFunction(['x'], 'return x * 2;')).toBe(first);
    expect(generatedFunction(['y'], 'return y * 2;')).not.toBe(first);
    expect(generatedFunction(['x'], 'return x * 3;')).not.toBe(first);
  });

  it('answers undefined for text that is no function body, so the caller uses its loop', () => {
    expect(generatedFunction(['x'], 'return x +;')).toBeUndefined();
  });
});

describe('generatedFunction, many texts', () => {
  it('keeps working past the texts it keeps: a text made again after the cache started over computes the same', () => {
    const first = generatedFunction<() => number>([], 'return 0;');
    for (let i = 1; i <= 1100; i++) expect(generatedFunction<() => number>([], `return ${i};`)?.()).toBe(i);
    expect(generatedFunction<() => number>([], 'return 0;')?.()).toBe(first?.());
  });
});
