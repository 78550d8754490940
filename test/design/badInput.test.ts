/** Bad input found by fuzzing: each is a located error (exit 2), never a crash or a hang. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../src/design/loadDesign.js';
import { findTooDeep } from '../../src/design/nestingDepth.js';
import { diagnosticsOf, where } from './diagnosticsOf.js';

const HEAD = 'faultline: 1\nname: deep\nvrrp: ';
const shipped = (name: string): string => readFileSync(new URL(`../../models/designs/${name}`, import.meta.url), 'utf8');

describe('bad input', () => {
  it('rejects flow lists nested 5,000 deep at the bracket that goes too deep, before the parser recurses', () => {
    const [d] = diagnosticsOf(() => parseDesign(`${HEAD}${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'deep.yaml'));
    expect(where(d)).toBe('FL207@3:106');
  });

  it('rejects flow maps and block maps nested thousands deep', () => {
    expect(where(diagnosticsOf(() => parseDesign(`${HEAD}${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, 'm.yaml'))[0])).toBe('FL207@3:403');
    const block = `faultline: 1\nname: deep\nvrrp:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1\n`;
    expect(where(diagnosticsOf(() => parseDesign(block, 'b.yaml'))[0])).toBe('FL207@103:101');
  });

  it('still finds deep nesting after an unterminated quote (found by npm run fuzz)', () => {
    const text = `faultline: 1\nname: q\nvrrp:\n  - { a: "Server1:eth speed: 10G }\n  kinds${'{a: '.repeat(3000)}\n`;
    expect(diagnosticsOf(() => parseDesign(text, 'q.yaml'))[0]?.code).toBe('FL207');
  });

  it('lets every shipped design through the depth check, brackets in comments ignored', () => {
    for (const file of ['l7-rstp-election.fix.yaml', 'r2-lag-rules.fix.yaml', 'd1-resolver-timeout.fix.yaml']) expect(findTooDeep(shipped(file), 10)).toBeUndefined();
    expect(findTooDeep(`a: "${'['.repeat(40)}" # ${'{'.repeat(200)}\nb: '${'['.repeat(40)}'\n`)).toBeUndefined();
  });

  it('stops alias expansion bombs with an error at the alias that multiplies most, not at 1:1', () => {
    const levels = Array.from({ length: 20 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`);
    const bomb = `faultline: 1\nname: x\na0: &a0 [1, 2, 3]\n${levels.join('\n')}\nvrrp: *a20\n`;
    const [d] = diagnosticsOf(() => parseDesign(bomb, 'bomb.yaml'));
    expect(d?.code).toBe('FL202');
    expect(d?.message).toContain('*a20 here stands for');
    expect(d?.location).toEqual({ file: 'bomb.yaml', line: 24, column: 7 });
  });

  it('reports a port in two LAGs as a design mistake at the port, exit 2 (not FL310, exit 3)', () => {
    const text = shipped('r2-lag-rules.fix.yaml').replace(
      '    - { name: bond0, node: Server1, mode: passive, rate: fast }',
      '    - { name: bond0, node: Server1, mode: passive, rate: fast }\n    - { name: Po2, node: Switch1, ports: [p2], mode: active, rate: fast }',
    );
    const [d] = diagnosticsOf(() => parseDesign(text, 'twolags.yaml'));
    expect(d?.code).toBe('FL224');
    expect(d?.message).toContain('port Switch1:p2 is in two LAGs');
    expect(d?.location?.line).toBeGreaterThan(1);
  });

  it('reports two bridges with one MAC at the second MAC, exit 2 (not FL311, exit 3)', () => {
    const text = shipped('l7-rstp-election.fix.yaml').replace('00:1b:21:0a:00:04', '00:1b:21:0a:00:03');
    const [d] = diagnosticsOf(() => parseDesign(text, 'samemac.yaml'));
    expect(where(d)).toBe('FL224@23:48');
    expect(d?.message).toContain('mac 00:1b:21:0a:00:03 is already the mac of Switch3');
  });

  it('says a bridge priority off the 4096 step must be a multiple of 4096, not that it is out of range', () => {
    const text = shipped('l7-rstp-election.fix.yaml').replace('priority: 4096, mac', 'priority: 4100, mac');
    const [d] = diagnosticsOf(() => parseDesign(text, 'prio.yaml'));
    expect(d?.code).toBe('FL227');
    expect(d?.message).toContain('bridge priority 4100 is not a multiple of 4096 in 0..61440 (the nearest are 4096 and 8192)');
    expect(d?.message).not.toContain('between');
  });

  it('rejects a deadline below one tick instead of making it zero', () => {
    const vrrp = shipped('r6-advert-mismatch.fix.yaml').replace('  - master-within-bound\n', '  - master-within-bound: { seconds: 0.01 }\n');
    const [v] = diagnosticsOf(() => parseDesign(vrrp, 'tick.yaml'));
    expect(v?.code).toBe('FL226');
    expect(v?.message).toContain('less than one tick');
    const dns = shipped('d1-resolver-timeout.fix.yaml').replace('settle_seconds: 4 }\n', 'settle_seconds: 0.01 }\n');
    expect(diagnosticsOf(() => parseDesign(dns, 'tick.yaml'))[0]?.code).toBe('FL226');
    expect(() => parseDesign(shipped('r6-advert-mismatch.fix.yaml').replace('  - master-within-bound\n', '  - master-within-bound: { seconds: 0 }\n'), 'zero.yaml')).not.toThrow();
  });
});
