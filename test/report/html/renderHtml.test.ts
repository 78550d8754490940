import { describe, expect, it } from 'vitest';
import graphlib from '@dagrejs/graphlib';
import type { DesignPicture, PictureEdge, PictureNode } from '../../../src/design/picture/designPicture.js';
import { layoutPicture } from '../../../src/report/html/layoutPicture.js';
import { pictureSvg } from '../../../src/report/html/pictureSvg.js';
import { renderHtml } from '../../../src/report/html/renderHtml.js';
import { checkReport, HOSTILE, hostileDesign, shippedCheck, shippedSpof } from './htmlReports.js';

describe('the HTML report', () => {
  const page = renderHtml([shippedCheck('l5-access-mii.pitfall'), shippedCheck('r6-advert-mismatch.pitfall')]);

  it('is one self-contained file: no URL in any src or href, no stylesheet link, no imported resource', () => {
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/<link\b|@import|url\(|<iframe|<img|<object|<embed/i);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('<script>(() => {');
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
  });

  it('gives each verdict with what was explored, as the text report words it', () => {
    expect(page).toContain('VIOLATED (invariant, 1 step, 1 fault (the fewest))');
    expect(page).toContain('faults: budget 1; kinds: link, inter-switch-link, nic, switch-port, switch; not explored: host');
    expect(page).toMatch(/stats: 38 states, 37 transitions, depth 1/);
    expect(page).toContain('VIOLATION: 1 of 2 properties fail');
    expect(page).toContain('<th>no-forwarding-loop</th><td>holds (every reachable state, fault budget 1)</td>');
  });

  it('has one step panel per state of each trace, each with its marks, and the picture laid out as SVG', () => {
    const trace = page.slice(page.indexOf('reachable: violated'));
    expect(trace).toContain('<p class="action fault">switch Switch1 down [fault]</p>');
    expect(trace).toContain('data-marks="[[&#34;n:Switch1&#34;,&#34;failed&#34;]');
    expect(page).toMatch(/<svg class="picture"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(page).toContain('data-el="n:Switch1"');
  });

  it('marks each element at most once per kind of mark in a step (a host cut off from two peers is one mark)', () => {
    for (const [, json] of page.matchAll(/class="step[^"]*"[^>]*data-marks="([^"]*)"/g)) {
      const marks = (JSON.parse(json!.replaceAll('&#34;', '"')) as [string, string][]).map(([el, mark]) => `${el} ${mark}`);
      expect(new Set(marks).size).toBe(marks.length);
    }
    expect(page).toContain('[&#34;n:Server1&#34;,&#34;unreachable&#34;]');
  });

  it('shows a hostile design name as text: nothing in it becomes markup', () => {
    const hostile = renderHtml([checkReport(hostileDesign())]);
    expect(hostile).not.toContain('<script>window');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&#60;script&#62;window.__pwned = 1&#60;/script&#62;&#34;quoted&#34; &#38; &#39;single&#39;');
    expect(HOSTILE).toContain('<script>');
  });

  it('escapes the names it draws', () => {
    const graph = new graphlib.Graph<unknown, PictureNode, PictureEdge>({ directed: false, multigraph: true });
    graph.setNode('a"<b>', { label: 'a"<b>', shape: 'node', tier: 0 });
    graph.setNode("c'&", { label: "c'&", shape: 'node', tier: 1 });
    graph.setEdge('a"<b>', "c'&", { id: '<e>', ports: [{ node: 'a"<b>', port: 'a"<b>:<p>' }], caption: '<cap>' }, '<e>');
    const picture: DesignPicture = { graph, marks: () => [], faultMarks: () => [] };
    const svg = pictureSvg(layoutPicture(picture), '<label>');
    expect(svg).not.toMatch(/<(b|e|p|cap|label)>/);
    expect(svg).toContain('a&#34;&#60;b&#62;');
    expect(svg).toContain('data-el="p:a&#34;&#60;b&#62;:&#60;p&#62;"');
  });

  it('says there is no picture for a kind that draws none, and still steps through its trace', () => {
    const dns = renderHtml([shippedCheck('d1-resolver-timeout.pitfall')]);
    expect(dns).toContain('There is no picture for dns designs yet');
    expect(dns).toContain('class="step"');
  });

  it('lists a spof report\'s fault sets, each with the marks of its elements', () => {
    const spof = renderHtml([shippedSpof('l1-failure-points.pitfall')]);
    expect(spof.match(/<tr class="faultset"/g)?.length).toBeGreaterThan(0);
    expect(spof).toContain('data-marks="[[&#34;n:Switch1&#34;,&#34;failed&#34;]]"');
    // The link's row: the link failed, the port and NIC of its class marked as alike.
    expect(spof).toContain('[&#34;p:Switch1:p1&#34;,&#34;alike&#34;],[&#34;p:Server1:eth0&#34;,&#34;alike&#34;]');
    expect(spof).toContain('faultline replay models/designs/l1-failure-points.pitfall.yaml --path');
  });
});

describe('pictureOf', () => {
  it('builds the picture from the kind and document a report carries, and gives none without them', async () => {
    const { pictureOf } = await import('../../../src/report/html/pictureOf.js');
    const { design } = shippedCheck('l1-failure-points.pitfall');
    expect(pictureOf(design)?.graph.nodes()).toContain('Switch1');
    expect(pictureOf({ file: design.file })).toBeUndefined();
    expect(pictureOf({ ...design, document: { ...design.document, topology: { switches: [], links: [{ a: 'X:p1', b: 'Y:p1' }] } } })).toBeUndefined();
  });
});
