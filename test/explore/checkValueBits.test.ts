import { describe, expect, it } from 'vitest';
import type { PackedModel } from '../../src/core/model.js';
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
