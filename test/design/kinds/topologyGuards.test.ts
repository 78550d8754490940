/**
 * Spanning-tree guard settings on switch ports: combinations no switch accepts are errors at
 * the setting (FL295, FL296); settings that mean something else than they seem load with a
 * located warning (FL297, FL298).
 */
import { describe, expect, it } from 'vitest';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

/** Two switches joined by a cable, and a host on S1 (lines 1–11). */
const design = (s1: string, link: string, hostLink = '') =>
  lines(
    'faultline: 1',
    'name: t',
    'topology:',
    '  switches:',
    `    - { name: S1${s1} }`,
    '    - { name: S2 }',
    '  hosts:',
    '    - { name: H }',
    '  links:',
    `    - { a: "S1:p1", b: "S2:p1"${link} }`,
    `    - { a: "S1:p2", b: "H:eth0"${hostLink} }`,
  );
const load = (text: string) => parseDesign(text, 't.yaml', [topologyKind]);

describe('spanning-tree guards on switch ports', () => {
  it('refuses root_guard and loop_guard on one port, at loop_guard', () => {
    const [d] = diagnosticsOf(() => load(design('', ', stp: { root_guard: true, loop_guard: true }')));
    expect(where(d)).toBe('FL295@10:70');
    expect(d?.message).toBe('port S1:p1: root_guard and loop_guard on one port');
    expect(d?.hint).toContain('one guard mode');
  });

  it('refuses loop_guard on an edge port', () => {
    const [d] = diagnosticsOf(() => load(design('', '', ', stp: { edge: true, loop_guard: true }')));
    expect(where(d)).toBe('FL296@11:65');
    expect(d?.hint).toContain('bpdu_guard');
  });

  it('a port’s own setting wins over its link’s, and is where the diagnostic points', () => {
    const s1 = ', ports: [p1, { name: p2, stp: { loop_guard: true } }]';
    const [d] = diagnosticsOf(() => load(design(s1, '', ', stp: { edge: true }')));
    expect(where(d)).toBe('FL296@5:62');
  });

  it('warns at the setting when an edge port is cabled to a switch (a link’s stp: sets both ends)', () => {
    const loaded = load(design('', ', stp: { edge: true }'));
    expect(loaded.warnings?.map(where)).toEqual(['FL297@10:46', 'FL297@10:46']);
    expect(loaded.warnings?.map((w) => w.message.split(':')[0])).toEqual(['port S1', 'port S2']);
    expect(loaded.warnings?.[0]?.message).toContain('port S1:p1 is an edge port cabled to switch S2');
  });

  it('loads an edge port facing a host without a warning', () => {
    expect(load(design('', '', ', stp: { edge: true, bpdu_guard: true }')).warnings).toBeUndefined();
  });

  it('warns that a guard on a switch without spanning tree does nothing', () => {
    const loaded = load(design(', stp: { mode: none }', '', ', stp: { bpdu_guard: true }'));
    expect(loaded.warnings?.map(where)).toEqual(['FL298@11:53']);
    expect(loaded.warnings?.[0]?.message).toContain('S1 runs no spanning tree');
  });
});
