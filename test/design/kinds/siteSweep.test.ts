/**
 * `spof` over a whole site: every single element, network and service, with what it breaks
 * end to end; and the shared checks (one per set of channels the HA layer can see) agree
 * with the unreduced check of every element on its own.
 */
import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../../models/site/model.js';
import { restrictFaults } from '../../../models/site/restrictFaults.js';
import type { SiteAction } from '../../../models/site/model.js';
import { spof } from '../../../src/api/spof.js';
import { loadDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { replayPath } from '../../../src/core/successors.js';
import { parsePath } from '../../../src/core/trace.js';
import { evaluateAlong } from '../../../src/trace/evaluateAlong.js';

const DIR = new URL('../../../models/designs/', import.meta.url).pathname;
const load = (file: string) => loadDesign(`${DIR}${file}`);

describe('spof over a site', () => {
  it('lists the storage switch, its cables and the service faults of the heartbeat-switch pitfall', () => {
    const report = spof(load('site-heartbeat-switch.pitfall.yaml'));
    const ids = report.rows.map((r) => r.faultSet[0]![0]!.id);
    expect(ids).toEqual(expect.arrayContaining(['switch:stor-sw', 'link:nfs-a:eth2—stor-sw:p1', 'link:nfs-b:eth2—stor-sw:p2', 'service:stop(nfs-a)', 'service:kill(nfs-a)']));
    const storSw = report.rows.find((r) => r.faultSet[0]![0]!.id === 'switch:stor-sw')!;
    expect(storSw.breaks.map((b) => b.property)).toEqual(['single-primary', 'no-split-brain', 'no-acked-write-lost', 'replicated-within', 'single-master-seen']);
  });

  it('gives each row a path that replays to the broken property', () => {
    const design = load('site-heartbeat-switch.pitfall.yaml');
    const report = spof(design);
    for (const row of report.rows) {
      const trace = replayPath(design.model, parsePath(row.trace.path));
      const verdicts = evaluateAlong(design.model, design.properties, trace);
      const failing = verdicts.filter((v) => v.status === 'violated').map((v) => v.property.name);
      expect(failing).toContain(row.breaks[0]!.property);
    }
  });

  it('finds nothing to break in the fixes', () => {
    for (const file of ['site-heartbeat-switch.fix.yaml', 'site-dns-heartbeat-cable.fix.yaml']) {
      const report = spof(load(file));
      expect([report.complete, report.rows, report.baseline]).toEqual([true, [], []]);
    }
  });

  it('agrees with the unreduced check of every single element of the DNS site', () => {
    const design = load('site-dns-heartbeat-cable.pitfall.yaml');
    const model = design.model as SiteModel;
    const report = spof(design);
    const brokenBy = new Map(report.rows.flatMap((r) => r.faultSet[0]!.map((e) => [e.id, r.breaks.map((b) => b.property)] as const)));
    model.network.candidates.forEach((element, index) => {
      const only = (a: SiteAction) => a.type === 'fail' && a.element === index;
      const result = check(restrictFaults(model, only), design.properties, { maxFaults: 1 });
      const failing = result.status === 'error' ? ['error'] : result.verdicts.filter((v) => v.status === 'violated').map((v) => v.property.name);
      expect([element.id, failing]).toEqual([element.id, brokenBy.get(element.id) ?? []]);
    });
  });
});
