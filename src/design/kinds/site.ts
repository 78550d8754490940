/**
 * The site design kind: a `site:` section holding a whole site — the network (`topology:`),
 * the HA stack placed on two of its hosts (`cluster:`), where each node's adverts, VIP and
 * replication leave its host (`placement:`), and the client hosts — built into models/site,
 * where the layers compose through connectivity (docs/decisions/0017-site-composition.md).
 *
 * Semantic errors (exit 2, at the offending key): the topology kind's FL250–FL259 and the
 * cluster kind's FL265–FL269 at their keys under `site.`; FL240–FL243 in `sitePlacement.ts`;
 * with no fault at all, FL244 heartbeat interfaces that do not reach each other both ways,
 * FL245 replication interfaces that do not join the two DRBD nodes, FL246 a client with no
 * route to either node's VIP interface, FL247 a VIP interface without link; FL248 in
 * `siteProperties.ts`.
 */
import { resolveHaStackConfig } from '../../../models/hastack/config.js';
import { createSiteModel, type SiteModel } from '../../../models/site/model.js';
import type { SiteState } from '../../../models/site/state.js';
import type { BuildContext, DesignKind, DesignSweep } from '../designKind.js';
import { sitePicture } from '../picture/sitePicture.js';
import { clusterParamsOf } from './hastack.js';
import { relocatedContext } from './relocatedContext.js';
import { SITE_FAULT_KINDS, siteFaultsOf } from './siteFaults.js';
import { placementOf } from './sitePlacement.js';
import { siteSweep } from './siteSweep.js';
import { SITE_PROPERTIES } from './siteProperties.js';
import { buildProperties, kindProperties } from '../propertyTable.js';
import { siteSectionSchema, type SiteSection } from './siteSchema.js';
import { aggregationFromSection } from './topologyAggregation.js';
import { topologyFaultFilter } from './topologyFaults.js';
import { topologyFromSection } from './topologyFromSection.js';

/** `site:` designs. */
export const siteKind: DesignKind<SiteState> = {
  section: 'site',
  description: 'A whole site: the network and a keepalived + DRBD + NFS (or DNS) pair on its hosts, composed through connectivity',
  sectionSchema: siteSectionSchema,
  ...kindProperties(SITE_PROPERTIES),
  faultKinds: SITE_FAULT_KINDS,
  build(doc, ctx) {
    const section = doc['site'] as SiteSection;
    const inSite = relocatedContext(ctx, ['site']);
    const layer2 = topologyFromSection(section.topology, inSite);
    const topology = { ...layer2, aggregation: aggregationFromSection(section.topology, layer2, inSite) };
    const placement = placementOf(section, topology, ctx);
    const local = topologyFaultFilter({ ...doc, faults: {} }, section.topology, topology, inSite);
    const faults = siteFaultsOf(doc, topology, local, [...placement.nodes.map((p) => p.host), ...placement.clients]);
    const params = clusterParamsOf({ ...doc, cluster: section.cluster, faults: {} }, inSite);
    const ha = resolveHaStackConfig({ ...params, faultKinds: faults.service });
    const model = createSiteModel({ topology, networkFaults: faults.network, ha, placement: placement.nodes, clients: placement.clients });
    checkHealthy(model, section, ctx);
    const properties = buildProperties(SITE_PROPERTIES, doc.check, model, ctx);
    const sweep = () => siteSweep(model, properties) as DesignSweep<unknown>;
    const picture = () => sitePicture(model.network.context.topo, ha.names);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 }, faultScope: faults.scope, sweep, picture };
  },
};

/** With no fault at all, every channel the design relies on must deliver. */
function checkHealthy(model: SiteModel, section: SiteSection, ctx: BuildContext): void {
  const links = model.links([]);
  const [a, b] = model.config.ha.names;
  const placed = (node: string): (string | number)[] => {
    const k = (section.placement ?? []).findIndex((p) => p.node === node);
    return k < 0 ? ['site', 'cluster', 'nodes', node === a ? 0 : 1] : ['site', 'placement', k];
  };
  links.carrier.forEach((up, i) => {
    const node = model.config.ha.names[i]!;
    if (!up) ctx.fail([...placed(node), 'vip'], 'FL247', `${node}'s VIP interface has no link even without a fault`, 'cable it in site.topology.links');
  });
  if (!links.advert[0] || !links.advert[1]) {
    const [from, to] = links.advert[0] ? [b, a] : [a, b];
    ctx.fail([...placed(from), 'heartbeat'], 'FL244', `keepalived adverts from ${from} do not reach ${to} even without a fault`, 'join the heartbeat interfaces of the two nodes through the network (or a direct cable)');
  }
  if (model.config.ha.drbd && !links.replication) {
    ctx.fail([...placed(a), 'replication'], 'FL245', `the replication interfaces do not join ${a} and ${b} even without a fault`, 'DRBD needs a path both ways between the two nodes: cable them, or replicate over an interface that reaches the peer');
  }
  links.client.forEach((reach, k) => {
    if (!reach[0] && !reach[1]) ctx.fail(['site', 'clients', k], 'FL246', `client ${model.config.clients[k]} has no route to the VIP interface of ${a} or ${b} even without a fault`, 'connect the client to the network the VIP interfaces are on');
  });
}
