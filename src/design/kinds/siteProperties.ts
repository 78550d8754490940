/**
 * The properties a site design checks: the site's own (properties/site.ts) and the stack's,
 * lifted. Errors: FL248 a site property that does not fit the design or has a bad parameter;
 * the stack's properties report FL267–FL269 as in a `cluster:` design.
 */
import type { SiteModel } from '../../../models/site/model.js';
import type { SiteState } from '../../../models/site/state.js';
import { seconds, type HaStackPropertyName } from '../../../properties/hastack.js';
import { clientsServed, lifted, noAckedWriteLost, replicatedWithin, SITE_PROPERTY_NAMES, singleMasterSeen, type SitePropertyName } from '../../../properties/site.js';
import type { BuildContext, PropertyRequest } from '../designKind.js';
import { propertyTable, type PropertyBuilder } from '../propertyTable.js';
import { SECONDS } from '../paramShapes.js';
import { clusterBoundOf, CLUSTER_PROPERTIES } from './hastack.js';

/** The properties checked when the design lists none: everything that fits it. */
export function defaultSiteProperties(model: SiteModel): SitePropertyName[] {
  const drbd = model.config.ha.drbd !== null;
  return [
    ...(drbd ? (['single-primary', 'no-split-brain', 'no-acked-write-lost', 'replicated-within'] as const) : []),
    ...(model.config.clients.length > 0 ? (['clients-served'] as const) : (['vip-holder-serves'] as const)),
    ...(model.observers.length > 0 ? (['single-master-seen'] as const) : []),
  ];
}

/** Fails with FL248 unless `ok`: the design lacks what `request` needs. */
function needs(request: PropertyRequest, ctx: BuildContext, ok: boolean, what: string, hint: string): void {
  if (!ok) ctx.fail(request.path, 'FL248', `"${request.name}" needs ${what}`, hint);
}

/** A stack property read on the site's stack state, with the stack's parameters and codes. */
function liftedStack(name: HaStackPropertyName): PropertyBuilder<SiteState, SiteModel> {
  const spec = CLUSTER_PROPERTIES.entries[name]!;
  return { params: spec.params, ...(spec.shapes === undefined ? {} : { shapes: spec.shapes }), paramCode: CLUSTER_PROPERTIES.paramCode, build: (request, model, ctx) => lifted(spec.build(request, model.config.ha, ctx)) };
}

/** A site's properties: its own (FL248) and the stack's, lifted (FL267–FL269). */
export const SITE_PROPERTIES = propertyTable<SiteState, SiteModel, SitePropertyName>(
  SITE_PROPERTY_NAMES,
  'FL248',
  {
    'single-primary': liftedStack('single-primary'),
    'no-split-brain': liftedStack('no-split-brain'),
    'vip-holder-serves': liftedStack('vip-holder-serves'),
    'clients-keep-access': liftedStack('clients-keep-access'),
    'no-needless-failback': liftedStack('no-needless-failback'),
    'single-master': liftedStack('single-master'),
    'single-vip-holder': liftedStack('single-vip-holder'),
    'clients-served': {
      params: ['seconds'],
      shapes: { seconds: SECONDS },
      build(request, model, ctx) {
        needs(request, ctx, model.config.clients.length > 0, 'clients', 'list the client hosts under site.clients');
        const bound = clusterBoundOf(request, model.config.ha, ctx);
        return clientsServed(model, bound, seconds(model.config.ha, bound));
      },
    },
    'single-master-seen': {
      params: [],
      build(request, model, ctx) {
        needs(request, ctx, model.observers.length > 0, 'a host other than the two nodes', 'add the clients to site.topology.hosts');
        return singleMasterSeen(model);
      },
    },
    'replicated-within': {
      params: ['seconds'],
      shapes: { seconds: SECONDS },
      build(request, model, ctx) {
        needs(request, ctx, model.config.ha.drbd !== null, 'a DRBD resource', 'add cluster.drbd or drop the property');
        const bound = clusterBoundOf(request, model.config.ha, ctx);
        return replicatedWithin(bound, seconds(model.config.ha, bound));
      },
    },
    'no-acked-write-lost': {
      params: [],
      build(request, model, ctx) {
        needs(request, ctx, model.config.ha.drbd !== null, 'a DRBD resource', 'add cluster.drbd or drop the property');
        return noAckedWriteLost();
      },
    },
  },
  defaultSiteProperties,
);
