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
  it.each([
    ['an error V8 gives a position, on its line and column', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, atEnd: false }],
    ['a text cut short, at its end', '{\n  "shard": {"index": 0,\n  "cou', { line: 3, column: 7, atEnd: true }],
    ['an error on the first line, at its column', '{"a" 1}', { line: 1, column: 6, atEnd: false }],
    ['a text cut inside a string, at its end', '{"design": "site.ya', { line: 1, column: 20, atEnd: true }],
  ])('places %s', (_, text, place) => {
    expect(jsonErrorAt(text, failure(text)).place).toEqual(place);
  });

  it('leaves the position out of the reason it places', () => {
    expect(jsonErrorAt('{"a" 1}', failure('{"a" 1}')).reason).toBe("Expected ':' after property name");
  });

  it('names no place when the message names none, and gives the reason on one line', () => {
    expect(jsonErrorAt('<html>\n', `Unexpected token '<', "<html>\n" is not valid JSON`)).toEqual({ reason: `Unexpected token '<', "<html> " is not valid JSON` });
  });
});
