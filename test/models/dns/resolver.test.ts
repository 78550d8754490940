import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup, lookupSeries, serverWait, startOffsets, type ServerResponse } from '../../../models/dns/resolver.js';

const defaults = { timeout: 5, attempts: 2, rotate: false };

describe('serverWait (send_dg)', () => {
  it('scales the timeout by the server index, not the attempt: 5/5 s for two servers, 5/3/6 s for three', () => {
    expect([0, 1].map((ns) => serverWait(5, ns, 2))).toEqual([5, 5]);
    expect([0, 1, 2].map((ns) => serverWait(5, ns, 3))).toEqual([5, 3, 6]);
  });

  it('never waits less than one second', () => {
    expect([0, 1, 2].map((ns) => serverWait(1, ns, 3))).toEqual([1, 1, 1]);
    expect([0, 1, 2].map((ns) => serverWait(2, ns, 3))).toEqual([2, 1, 2]);
  });
});

describe('lookup (__res_context_send)', () => {
  it('pays the full timeout for a silent first server and nothing for a refusing one', () => {
    expect(lookup(['silent', 'answers'], defaults)).toEqual({ answered: true, seconds: 5 });
    expect(lookup(['refused', 'answers'], defaults)).toEqual({ answered: true, seconds: 0 });
  });

  it('matches the table of PROTOCOLS.md §7 when every server is dead: 10, 20 and 28 s', () => {
    expect(lookup(['silent'], defaults)).toEqual({ answered: false, seconds: 10 });
    expect(lookup(['silent', 'silent'], defaults)).toEqual({ answered: false, seconds: 20 });
    expect(lookup(['silent', 'silent', 'silent'], defaults)).toEqual({ answered: false, seconds: 28 });
  });

  it('fails at once when every server refuses', () => {
    expect(lookup(['refused', 'refused'], defaults)).toEqual({ answered: false, seconds: 0 });
  });

  it('retries a silent server in the next attempt when the others refuse', () => {
    expect(lookup(['silent', 'refused'], { timeout: 1, attempts: 2, rotate: false })).toEqual({ answered: false, seconds: 2 });
  });

  it('starts at the rotate offset, so the wait of a server follows its index', () => {
    expect(lookup(['silent', 'answers'], { ...defaults, rotate: true }, 1)).toEqual({ answered: true, seconds: 0 });
    expect(lookup(['answers', 'silent', 'silent'], { ...defaults, rotate: true }, 1)).toEqual({ answered: true, seconds: 3 + 6 });
  });
});

describe('lookupSeries', () => {
  it('makes an MX and an A lookup each paying the dead first server without rotate: 10 s per mail', () => {
    expect(lookupSeries(['silent', 'answers'], defaults, 2)).toEqual({ answered: true, seconds: 10 });
  });

  it('with rotate, lets only one of two consecutive lookups start at the dead server', () => {
    const options = { timeout: 1, attempts: 1, rotate: true };
    expect(startOffsets(options, 2)).toEqual([0, 1]);
    expect([0, 1].map((o) => lookupSeries(['silent', 'answers'], options, 2, o).seconds)).toEqual([1, 1]);
  });

  it('stops at the first failed lookup: the mail is deferred', () => {
    expect(lookupSeries(['silent'], { timeout: 1, attempts: 1, rotate: false }, 2)).toEqual({ answered: false, seconds: 1 });
  });
});

const response = fc.constantFrom<ServerResponse>('answers', 'refused', 'silent');
const options = fc.record({ timeout: fc.integer({ min: 1, max: 30 }), attempts: fc.integer({ min: 1, max: 5 }), rotate: fc.boolean() });

describe('lookup, for any resolv.conf', () => {
  it('never waits longer than attempts rounds of every per-server wait', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 3 }), options, fc.nat(2), (rs, o, offset) => {
        const bound = o.attempts * rs.reduce((sum, _, ns) => sum + serverWait(o.timeout, ns, rs.length), 0);
        expect(lookup(rs, o, offset % rs.length).seconds).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it("is never slower when a silent server's daemon refuses instead", () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 3 }), options, fc.nat(2), (rs, o, pick) => {
        const i = pick % rs.length;
        fc.pre(rs[i] === 'silent');
        const refused = rs.map((r, j) => (j === i ? 'refused' : r));
        expect(lookup(refused, o).seconds).toBeLessThanOrEqual(lookup(rs, o).seconds);
      }),
    );
  });

  it('answers exactly when some server answers, and then within one round of waits', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 3 }), options, (rs, o) => {
        const out = lookup(rs, o);
        expect(out.answered).toBe(rs.includes('answers'));
        if (out.answered) expect(out.seconds).toBeLessThanOrEqual(rs.reduce((sum, _, ns) => sum + serverWait(o.timeout, ns, rs.length), 0));
      }),
    );
  });
});
