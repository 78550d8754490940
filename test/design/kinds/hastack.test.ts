import { describe, expect, it } from 'vitest';
import type { HaStackModel } from '../../../models/hastack/model.js';
import { hastackKind } from '../../../src/design/kinds/hastack.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { diagnosticsOf, lines } from '../diagnosticsOf.js';

const header = ['faultline: 1', 'name: t', 'cluster:'];
const nodes = ['  vrrp: { vrid: 51 }', '  nodes:', '    - { name: a, priority: 150 }', '    - { name: b }'];
const nfs = ['  service: nfs', ...nodes, '  drbd: { protocol: C }'];
const dns = ['  service: dns', ...nodes];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [hastackKind]);
const codes = (...text: string[]) => diagnosticsOf(() => load(...text)).map((d) => d.code);

describe('the cluster design kind', () => {
  it('builds the DRBD and VIP properties by default for an NFS cluster, with a budget of 1', () => {
    const design = load(...header, ...nfs);
    expect(design.properties.map((p) => [p.name, p.kind])).toEqual([
      ['single-primary', 'always'],
      ['no-split-brain', 'always'],
      ['vip-holder-serves', 'within'],
      ['no-needless-failback', 'always'],
    ]);
    const { config } = design.model as HaStackModel;
    expect([config.service, config.names, config.drbd?.protocol, config.drbd?.writes, config.tracker, config.restartTicks]).toEqual(['nfs', ['a', 'b'], 'C', 1, undefined, null]);
    expect(design.options.maxFaults).toBe(1);
  });

  it('adds clients-keep-access when a client state is configured, and resolves tracker and supervisor times to ticks', () => {
    const design = load(...header, ...nfs, '  nfs: { client_state: local }', '  supervisor: { restart: 1 }', '  vrrp_script: { name: chk_nfs, check: nfs, interval: 2, fall: 2, weight: -60 }');
    expect(design.properties.map((p) => p.name)).toContain('clients-keep-access');
    const { config } = design.model as HaStackModel;
    expect([config.trackerTicks, config.restartTicks, config.tracker?.fall, config.tracker?.rise]).toEqual([8, 4, 2, 1]);
    // priority 150 − 60 = 90 while KO; b keeps 100.
    expect([...config.vrrpByPriority.values()].map((c) => c.routers.map((r) => r.priority))).toEqual([[150, 100], [150, 40], [90, 100], [90, 40]]);
  });

  it('turns the bound of vip-holder-serves from seconds into quarter-advert ticks', () => {
    const design = load(...header, ...dns, 'check:', '  - vip-holder-serves: { seconds: 6 }');
    const p = design.properties[0]!;
    expect(p.kind === 'within' && p.bound).toBe(24);
  });

  it('rejects a cluster without exactly two nodes, or with one name twice (FL265)', () => {
    expect(codes(...header, '  service: dns', '  vrrp: { vrid: 51 }', '  nodes:', '    - { name: a }')).toEqual(['FL265']);
    expect(codes(...header, '  service: dns', '  vrrp: { vrid: 51 }', '  nodes:', '    - { name: a }', '    - { name: a }')).toEqual(['FL265']);
  });

  it('rejects parts that do not fit the service (FL266)', () => {
    expect(codes(...header, ...dns, '  notify: { master: [drbd.promote] }')).toEqual(['FL266']);
    expect(codes(...header, '  service: nfs', ...nodes)).toEqual(['FL266']);
    expect(codes(...header, ...dns, '  vrrp_script: { name: chk, check: nfs }')).toEqual(['FL266']);
  });

  it('rejects DRBD properties on a DNS cluster (FL267)', () => {
    expect(codes(...header, ...dns, 'check:', '  - single-primary')).toEqual(['FL267']);
  });

  it('rejects a parameter a property does not take (FL268)', () => {
    expect(codes(...header, ...dns, 'check:', '  - no-needless-failback: { seconds: 3 }')).toEqual(['FL268']);
  });

  it('rejects a bound beyond the time resolution (FL269)', () => {
    expect(codes(...header, ...dns, 'check:', '  - vip-holder-serves: { seconds: 100 }')).toEqual(['FL269']);
  });
});
