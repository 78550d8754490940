import { List, Record } from 'immutable';
import { describe, expect, it } from 'vitest';
import { immutableList, immutableRecord } from '../../src/core/immutableLayout.js';
import { array, bool, codecOf, enumOf, int, record } from '../../src/core/layout.js';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import type { Model } from '../../src/core/model.js';

interface NodeFields { readonly role: 'standby' | 'active'; readonly missed: number }
const Node = Record<NodeFields>({ role: 'standby', missed: 0 });
const roles = enumOf<NodeFields['role']>(['standby', 'active']);

describe('immutable layouts', () => {
  const layout = immutableList(immutableRecord(Node, { role: roles, missed: int(0, 3) }), 2);
  const codec = codecOf(layout);

  it('encode a List of Records to the bytes of the equal plain state, and decode back to equal values', () => {
    const state = List([Node({ role: 'active' }), Node({ missed: 2 })]);
    const bytes = new Uint8Array(codec.width);
    codec.encode(state, bytes);
    const plain = new Uint8Array(codec.width);
    codecOf(array(record<NodeFields>({ role: roles, missed: int(0, 3) }), 2)).encode([{ role: 'active', missed: 0 }, { role: 'standby', missed: 2 }], plain);
    expect([...bytes]).toEqual([...plain]);
    expect(codec.decode(bytes).equals(state)).toBe(true);
  });

  it('refuse a value outside the declared domain with FL301', () => {
    expect(() => codec.encode(List([Node({ missed: 4 }), Node()]), new Uint8Array(codec.width))).toThrow(/FL301/);
  });

  it('let the engine explore immutable states: each distinct state is stored once', () => {
    const Flag = Record({ on: false, count: 0 });
    type S = ReturnType<typeof Flag>;
    const model: Model<S> = {
      name: 'flag',
      codec: codecOf(immutableRecord(Flag, { on: bool(), count: int(0, 2) })),
      initialStates: () => [Flag()],
      actions: (s) => [{ type: 'toggle' }, ...(s.count < 2 ? [{ type: 'count' }] : [])],
      faults: () => [],
      next: (s, a) => (a.type === 'toggle' ? s.set('on', !s.on) : s.set('count', s.count + 1)),
      view: (s) => s.toObject(),
    };
    const result = check(model, [always<S>('count-at-most-two', (s) => s.count <= 2)]);
    expect(result.status).toBe('pass');
    expect(result.status !== 'error' && result.stats.states).toBe(6);
  });
});
