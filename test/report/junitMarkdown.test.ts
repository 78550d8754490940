import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderJunitReports } from '../../src/report/junit.js';
import { renderMarkdownReports } from '../../src/report/markdown.js';
import { plain } from '../../src/report/style.js';
import { toyViolation } from '../fixtures/toyResults.js';
import { buildOnce, faultline } from '../cli/runFaultline.js';

const options = { style: plain, timing: false };
const tricky = { file: 'designs/<script>.yaml', name: `<script>alert("x")</script> & 'quotes' | pipes` };

/** Parses XML strictly: any well-formedness error throws. */
function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(text, 'text/xml');
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return doc;
}

beforeAll(buildOnce, 120_000);

describe('renderJunitReports', () => {
  it('writes one test case per property, the violation as a failure carrying its trace', () => {
    const doc = parseXml(renderJunitReports([{ kind: 'run', command: 'check', design: tricky, result: toyViolation(), limits: {} }], options));
    const suites = doc.getElementsByTagName('testsuite');
    expect(suites.length).toBe(1);
    expect(suites[0]!.getAttribute('name')).toBe(tricky.name);
    const cases = [...Array.from({ length: doc.getElementsByTagName('testcase').length }, (_, i) => doc.getElementsByTagName('testcase')[i]!)];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['single-master', 'some-master', 'master-within-2']);
    const failure = cases[0]!.getElementsByTagName('failure')[0]!;
    expect(failure.getAttribute('type')).toBe('invariant');
    expect(failure.textContent).toContain('cut(link)  [fault]');
    expect(failure.textContent).toContain('reproduce: faultline replay');
    expect(cases[1]!.getElementsByTagName('failure').length).toBe(0);
    expect(doc.documentElement!.getAttribute('failures')).toBe('1');
  });
});

describe('renderMarkdownReports', () => {
  it('tables the verdicts and the steps and shows names as text, never as markup', () => {
    const md = renderMarkdownReports([{ kind: 'run', command: 'check', design: tricky, result: toyViolation(), limits: {} }], options);
    expect(md).toContain('| design | property | verdict |');
    expect(md).toMatch(/\| `single-master` \| ❌ violated \(invariant, 3 steps\) \|/);
    expect(md).toMatch(/\| 2 \| \*\*fault\*\* `cut\(link\)` \| link: true → false/);
    // Outside code spans and fenced blocks (which GitHub shows verbatim) no design string is HTML.
    const prose = md.replace(/```sh\n[^`]*```/g, '').replace(/`[^`\n]*`/g, '');
    expect(prose).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'quotes\' \\| pipes');
    expect(md).toContain('faultline replay');
  });
});

describe('faultline check with several designs', () => {
  it('writes one JUnit file holding both designs, and exits with the worst code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-junit-'));
    const out = join(dir, 'results.xml');
    const run = faultline('check', 'models/designs/r6-advert-mismatch.fix.yaml', 'models/designs/r6-advert-mismatch.pitfall.yaml', '--format', 'junit', '--out', out);
    expect(run.code).toBe(1);
    const doc = parseXml(readFileSync(out, 'utf8'));
    const suites = doc.getElementsByTagName('testsuite');
    expect([suites[0]!.getAttribute('name'), suites[1]!.getAttribute('name')]).toEqual(['r6-advert-mismatch-fix', 'r6-advert-mismatch-pitfall']);
    expect(suites[0]!.getAttribute('failures')).toBe('0');
    expect(suites[1]!.getAttribute('failures')).toBe('1');
  }, 60_000);

  it('writes a spof sweep as JUnit: a failing test case per breaking fault set, one passing case for the rest', () => {
    const run = faultline('spof', 'models/designs/l5-access-mii.pitfall.yaml', '--format', 'junit');
    expect(run.code).toBe(1);
    const cases = parseXml(run.stdout).getElementsByTagName('testcase');
    const names = Array.from({ length: cases.length }, (_, i) => cases[i]!.getAttribute('name'));
    expect(names).toEqual(['fault set switch Switch1 down', 'fault set link Switch1:p47—Switch3:p48 down', expect.stringMatching(/^no other minimal fault set breaks anything/)]);
    expect(cases[0]!.getElementsByTagName('failure')[0]!.textContent).toContain('reachable: Server1 ↮ Server3');
    expect(cases[1]!.getElementsByTagName('failure')[0]!.textContent).toContain('same effect as port Switch1:p47 down');
    expect(cases[2]!.getElementsByTagName('failure').length).toBe(0);
  }, 60_000);

  it('prints a Markdown summary for a spof sweep with every fault set', () => {
    const run = faultline('spof', 'models/designs/l5-access-mii.pitfall.yaml', '--format', 'markdown');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('| `reachable` | ❌ violated by 2 fault sets |');
    expect(run.stdout).toContain('Server2 ↮ Server4');
    expect(run.stdout).toContain('`faultline replay models/designs/l5-access-mii.pitfall.yaml --path 0/0`');
  }, 60_000);
});
