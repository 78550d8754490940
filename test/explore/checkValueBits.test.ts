import { describe, expect, it } from 'vitest';
import { array, bool, codecOf, record } from '../../src/core/layout.js';
import type { Model, PackedModel } from '../../src/core/model.js';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';

/** A counter 0..limit in one byte that declares it needs `bits` bits. */
function counter(limit: number, bits: number): PackedModel {
  return {
    kind: 'packed',
    name: 'counter',
    width: 1,
    instanceCount: 1,
    initialStates: () => [Uint8Array.of(0)],
    step: (_i, src, dst) => {
      if (src[0]! >= limit) return false;
      dst[0] = src[0]! + 1;
      return true;
    },
    isFault: () => false,
    instanceName: () => 'inc',
    view: (s) => ({ n: s[0]! }),
    valueBits: [bits],
  };
}

const holds = always<Uint8Array>('true', () => true);

describe('check on a packed model that declares its value bits', () => {
  it('explores the same states with the bytes packed', () => {
    const result = check(counter(7, 3), [holds]);
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect([result.stats.states, result.stats.transitions]).toEqual([8, 7]);
  });

  it('stops with a model error when a state needs more bits than declared', () => {
    const result = check(counter(8, 3), [holds]);
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error.message).toMatch(/state byte 0 holds 8, more than the 3 bits/);
  });
});

describe('check on an object model whose codec comes from a layout', () => {
  /** A ring of `n` switches, each up or down, with a fault that takes one down: 2^n states. */
  function ring(n: number, withBits: boolean): Model<{ up: readonly boolean[] }> {
    const layout = record({ up: array(bool(), n) });
    const codec = codecOf(layout);
    return {
      name: 'ring',
      codec: withBits ? codec : { width: codec.width, encode: codec.encode, decode: codec.decode },
      initialStates: () => [{ up: new Array<boolean>(n).fill(true) }],
      actions: () => [],
      faults: (s) => s.up.flatMap((u, i) => (u ? [{ type: 'down', i }] : [])),
      next: (s, a) => ({ up: s.up.map((u, i) => u && i !== (a as unknown as { i: number }).i) }),
    } as Model<{ up: readonly boolean[] }>;
  }

  it('stores its states packed to the layout’s bits: the same states and transitions in fewer bytes', () => {
    const packed = check(ring(12, true), [always('true', () => true)]);
    const bytes = check(ring(12, false), [always('true', () => true)]);
    expect(packed.status).toBe('pass');
    expect(bytes.status).toBe('pass');
    if (packed.status !== 'pass' || bytes.status !== 'pass') return;
    expect([packed.stats.states, packed.stats.transitions]).toEqual([4096, 24_576]);
    expect([bytes.stats.states, bytes.stats.transitions]).toEqual([4096, 24_576]);
    expect(packed.stats.bytesPerState).toBeLessThan(bytes.stats.bytesPerState);
  });
});
