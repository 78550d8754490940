import { describe, expect, it } from 'vitest';
import { checkOneRun, optionsThatDiffer, type DesignShard } from '../../src/report/shardSplit.js';
import { FaultlineError } from '../../src/core/errors.js';

const design = { file: 'site.yaml', name: 'site', sha256: 'ab' };
const shard = (index: number, searched: object): DesignShard => ({ shard: { index, count: 2 }, design, properties: ['OneMaster'], searched });

describe('optionsThatDiffer', () => {
  it('names only the options that differ, each with the other shard’s value', () => {
    expect(optionsThatDiffer({ maxFaults: 1, maxDepth: null, storage: 'exact' }, { maxFaults: 2, maxDepth: null, storage: 'exact' }, '1/3')).toBe('maxFaults 1 (1/3: 2)');
  });

  it('shows an unset option as none, a string as written and lists every difference', () => {
    expect(optionsThatDiffer({ seed: 43, timeoutSeconds: null, split: 'a' }, { seed: 42, timeoutSeconds: 60, split: 'b' }, '2/4')).toBe('seed 43 (2/4: 42), timeoutSeconds none (2/4: 60), split a (2/4: b)');
  });

  it('counts an option one shard lacks as a difference', () => {
    expect(optionsThatDiffer({ maxFaults: 1 }, {}, '1/2')).toBe('maxFaults 1 (1/2: none)');
  });
});

describe('checkOneRun', () => {
  it('refuses shards run with other options with FL122 naming only what differs', () => {
    let error: unknown;
    try {
      checkOneRun([shard(0, { maxFaults: 2, storage: 'exact' }), shard(1, { maxFaults: 1, storage: 'exact' })], 'checked', 'use the same flags');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FaultlineError);
    const d = (error as FaultlineError).diagnostics[0]!;
    expect(d.code).toBe('FL122');
    expect(d.message).toBe('shard 2/2 checked with other options than 1/2: maxFaults 1 (1/2: 2)');
    expect(d.hint).toBe('use the same flags');
  });

  it('returns the shards by index when they are one run', () => {
    const seen = checkOneRun([shard(1, { maxFaults: 2 }), shard(0, { maxFaults: 2 })], 'checked', '');
    expect([...seen.keys()].sort()).toEqual([0, 1]);
  });
});

describe('checkOneRun and the order of options', () => {
  it('accepts shards whose options are equal but listed in another order', () => {
    const seen = checkOneRun([shard(0, { maxFaults: 2, storage: 'exact' }), shard(1, { storage: 'exact', maxFaults: 2 })], 'checked', '');
    expect(seen.size).toBe(2);
  });
});
