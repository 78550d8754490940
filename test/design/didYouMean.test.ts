import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../src/design/didYouMean.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('priorty', 'priority')).toBe(1);
    expect(editDistance('lamsp', 'lamps')).toBe(1);
  });
});

describe('closestMatch', () => {
  it('finds a likely typo and ignores unrelated words', () => {
    expect(closestMatch('priorty', ['name', 'priority', 'preempt'])).toBe('priority');
    expect(closestMatch('colour', ['name', 'priority'])).toBeUndefined();
  });

  it('matches a difference of case only', () => {
    expect(closestMatch('MASTER', ['master', 'backup'])).toBe('master');
  });
});

describe('didYouMean', () => {
  it('suggests the closest candidate or lists them all', () => {
    expect(didYouMean('bakup', ['master', 'backup'])).toBe('did you mean "backup"?');
    expect(didYouMean('zzz', ['master', 'backup'])).toBe('expected one of: master, backup');
  });
});
