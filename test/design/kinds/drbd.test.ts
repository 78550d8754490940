import { describe, expect, it } from 'vitest';
import type { DrbdModel } from '../../../models/drbd/model.js';
import { drbdKind } from '../../../src/design/kinds/drbd.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const header = ['faultline: 1', 'name: t', 'drbd:'];
const twoNodes = ['  nodes:', '    - name: alice', '    - name: bob'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [drbdKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the DRBD design kind', () => {
  it('builds the four default properties, protocol C and a budget of 1 when little is written', () => {
    const design = load(...header, ...twoNodes);
    expect(design.properties.map((p) => [p.name, p.kind])).toEqual([
      ['no-acked-write-lost', 'always'],
      ['single-primary', 'always'],
      ['no-split-brain', 'always'],
      ['no-stale-promotion', 'always'],
    ]);
    const { config } = design.model as DrbdModel;
    expect([config.protocol, config.fencing, config.primary, config.writes, config.promoteWhen]).toEqual(['C', 'dont-care', 0, 2, 'failover']);
    expect(design.options.maxFaults).toBe(1);
  });

  it('takes drbd.conf option names, the initial Primary and the operator policy', () => {
    const design = load(
      ...header,
      '  protocol: B',
      '  fencing: resource-only',
      '  after-sb-0pri: discard-zero-changes',
      '  nodes:',
      '    - name: alice',
      '      role: Secondary',
      '    - name: bob',
      '  operator: { promote: any, force: true }',
    );
    const { config } = design.model as DrbdModel;
    expect([config.protocol, config.fencing, config.afterSb0Pri, config.primary, config.promoteWhen, config.forcePromote]).toEqual([
      'B',
      'resource-only',
      'discard-zero-changes',
      1,
      'any',
      true,
    ]);
  });

  it('restricts the faults to faults.kinds', () => {
    const design = load(...header, ...twoNodes, 'faults:', '  budget: 2', '  kinds: [link]');
    const model = design.model as DrbdModel;
    const [s0] = model.initialStates();
    expect(model.faults(s0!).map((f) => model.formatAction!(f))).toEqual(['cut']);
    expect(design.options.maxFaults).toBe(2);
  });

  it('rejects a resource with one node (FL260)', () => {
    expect(failure(...header, '  nodes:', '    - name: alice').map(where)).toEqual(['FL260@4:3']);
  });

  it('rejects two nodes with one name (FL261)', () => {
    expect(failure(...header, '  nodes:', '    - name: alice', '    - name: alice').map(where)).toEqual(['FL261@6:13']);
  });

  it('rejects two initial Primaries (FL262)', () => {
    const text = [...header, '  nodes:', '    - name: alice', '      role: Primary', '    - name: bob', '      role: Primary'];
    expect(failure(...text).map(where)).toEqual(['FL262@8:13']);
  });

  it('rejects allow-two-primaries without protocol C (FL263)', () => {
    expect(failure(...header, '  protocol: A', '  allow-two-primaries: true', ...twoNodes).map(where)).toEqual(['FL263@5:24']);
  });

  it('rejects a parameter on a property that takes none (FL264)', () => {
    const diagnostics = failure(...header, ...twoNodes, 'check:', '  - single-primary: { nodes: 1 }');
    expect(diagnostics[0]?.code).toBe('FL264');
  });

  it('rejects an unknown after-sb policy through the schema', () => {
    const diagnostics = failure(...header, '  after-sb-2pri: discard-secondary', ...twoNodes);
    expect(diagnostics[0]?.code).toMatch(/^FL2/);
    expect(diagnostics[0]?.location?.line).toBe(4);
  });
});
