import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../src/cli/jsonErrorAt.js';

/** What V8 says of `text`. */
function failure(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('parsed');
}

describe('jsonErrorAt', () => {
  it('places an error V8 gives a position on its line and column', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(jsonErrorAt(text, failure(text))).toEqual({ line: 3, column: 3, atEnd: false });
  });

  it('places a text cut short at its end', () => {
    const text = '{\n  "shard": {"index": 0,\n  "cou';
    expect(jsonErrorAt(text, failure(text))).toEqual({ line: 3, column: 7, atEnd: true });
  });

  it('places an error on the first line at its column', () => {
    const text = '{"a" 1}';
    expect(jsonErrorAt(text, failure(text))).toEqual({ line: 1, column: 6, atEnd: false });
  });

  it('says a text cut inside a string ends early', () => {
    const text = '{"design": "site.ya';
    expect(jsonErrorAt(text, failure(text))).toEqual({ line: 1, column: 20, atEnd: true });
  });

  it('names no place when the message names none', () => {
    expect(jsonErrorAt('<html>', `Unexpected token '<', "<html>" is not valid JSON`)).toBeUndefined();
  });
});
