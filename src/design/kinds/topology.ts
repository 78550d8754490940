/**
 * The topology design kind: a `topology:` section describing a switched network (switches
 * with spanning tree, hosts and routers with NICs, cables, server bonds), built into the
 * converged layer-2 model (models/l2, decision 0008) and its properties (properties/l2.ts,
 * properties/stpRoot.ts). Each fault fails one element; the engine explores every fault set
 * up to the budget (default 1) and checks the converged network after each.
 *
 * Semantic errors (exit 2, pointing at the offending key): FL250–FL253 in
 * `topologyFromSection.ts`, FL254–FL257 in `topologyBonds.ts`, FL258 in
 * `topologyProperties.ts`, FL259 in `topologyFaults.ts`.
 */
import { allFaultElements, DEFAULT_FAULT_KINDS, FAULT_KIND_DESCRIPTIONS, FAULT_KINDS, type FaultElement } from '../../../models/l2/faults.js';
import { l2Model, type L2Action, type L2State } from '../../../models/l2/l2Model.js';
import { l2PropertySpecs } from '../../../models/l2/sweepSpecs.js';
import { l2SweepSubject } from '../../../models/l2/sweepSubject.js';
import type { DesignKind, DesignSweep } from '../designKind.js';
import { buildProperties, hasProperty, kindProperties } from '../propertyTable.js';
import { AGGREGATION_PROPERTIES, aggregationContext, aggregationFromSection, aggregationView } from './topologyAggregation.js';
import { topologyPicture } from '../picture/topologyPicture.js';
import { topologyFaultFilter } from './topologyFaults.js';
import { topologyFromSection } from './topologyFromSection.js';
import { failoverSeconds, reachablePairs, TOPOLOGY_PROPERTIES } from './topologyProperties.js';
import { topologySectionSchema, type TopologySection } from './topologySchema.js';
import { topologyView, withBondWindows, withLinkUpLoop } from './topologyView.js';

/** `topology:` designs. */
export const topologyKind: DesignKind<L2State> = {
  section: 'topology',
  description: 'A switched network: switches with spanning tree, servers with NICs and bonds, links; converged after every fault',
  sectionSchema: topologySectionSchema,
  ...kindProperties(TOPOLOGY_PROPERTIES, AGGREGATION_PROPERTIES),
  faultKinds: FAULT_KIND_DESCRIPTIONS,
  build(doc, ctx) {
    const section = doc['topology'] as TopologySection;
    const layer2 = topologyFromSection(section, ctx);
    // Issue 4 (decision 0016): LAGs, MC-LAG, gateways and demands, with their own properties.
    // They ride on the topology: MC-LAG and gateways add fault elements and the MC-LAG rule acts on carrier.
    const aggregation = aggregationFromSection(section, layer2, ctx);
    const topology = { ...layer2, aggregation };
    const faults = topologyFaultFilter(doc, section, topology, ctx);
    const base = l2Model(topology, { faults, name: 'l2' });
    const lctx = aggregationContext(base, aggregation);
    // Layer-2 properties first, then the aggregation ones, each in request order.
    const own = doc.check?.filter((r) => !hasProperty(AGGREGATION_PROPERTIES, r.name));
    const properties = buildProperties(TOPOLOGY_PROPERTIES, own, { model: base, topology }, ctx);
    const added = buildProperties(AGGREGATION_PROPERTIES, doc.check?.filter((r) => hasProperty(AGGREGATION_PROPERTIES, r.name)) ?? [], { model: base, lctx }, ctx);
    const failover = own?.find((r) => r.name === 'bond-failover-within');
    const viewed = topologyView(base, reachablePairs(own, topology, ctx));
    const linkUp = own?.some((r) => r.name === 'no-forwarding-loop' && r.params['link_up'] === true) === true;
    const windowed = failover ? withBondWindows(viewed, failoverSeconds(failover, ctx)) : viewed;
    const model = aggregationView(linkUp ? withLinkUpLoop(windowed) : windowed, lctx);
    const all = [...properties, ...added];
    const sweep = (): DesignSweep<FaultElement> => {
      const subject = l2SweepSubject(model, all, l2PropertySpecs(doc.check));
      const faultStep = (element: FaultElement) => {
        const failed = subject.stateOf([element]).failed[0];
        return (action: unknown) => {
          const a = action as L2Action;
          return a.type === 'fail' && a.element === failed;
        };
      };
      return { subject, faultStep };
    };
    const present = new Set(allFaultElements(base.context.topo).map((e) => e.kind));
    const explored = FAULT_KINDS.filter((k) => present.has(k) && (faults.kinds ?? DEFAULT_FAULT_KINDS).includes(k));
    const faultScope = { explored, omitted: FAULT_KINDS.filter((k) => present.has(k) && !explored.includes(k)) };
    const picture = () => topologyPicture(base.context.topo);
    return { model, properties: all, options: { maxFaults: doc.faults?.budget ?? 1 }, sweep, faultScope, picture };
  },
};
