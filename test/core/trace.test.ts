import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from '../../src/core/trace.js';

describe('action-index paths', () => {
  it('prints the initial index then each choice, separated by slashes', () => {
    const steps = [2, 1, 3].map((choice) => ({ choice }));
    expect(formatPath({ initialIndex: 0, steps } as never)).toBe('0/2/1/3');
    expect(formatPath({ initialIndex: 4, steps: [] })).toBe('4');
  });

  it('parses what it prints', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 30 }), (path) => {
        const [initialIndex = 0, ...choices] = path;
        const text = formatPath({ initialIndex, steps: choices.map((choice) => ({ choice })) as never });
        expect(parsePath(text)).toEqual(path);
      }),
    );
    expect(parsePath(' 0/2/1 ')).toEqual([0, 2, 1]);
  });

  it('rejects text that is not a path with a RangeError', () => {
    for (const bad of ['', '/', '0//1', '0/a', '-1/2', '0/1/', '0.5/1']) {
      expect(() => parsePath(bad), bad).toThrow(RangeError);
    }
  });
});
