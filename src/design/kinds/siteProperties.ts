/**
 * The properties a site design checks: the site's own (properties/site.ts) and the stack's,
 * lifted. Errors: FL248 a site property that does not fit the design or has a bad parameter;
 * the stack's properties report FL267–FL269 as in a `cluster:` design.
 */
import type { SiteModel } from '../../../models/site/model.js';
import type { SiteState } from '../../../models/site/state.js';
import { clientsServed, lifted, noAckedWriteLost, replicatedWithin, SITE_OWN_PROPERTY_NAMES, SITE_PROPERTY_NAMES, singleMasterSeen } from '../../../properties/site.js';
import type { Property } from '../../core/property.js';
import type { BuildContext, PropertyRequest } from '../designKind.js';
import { clusterBoundOf, clusterPropertyOf } from './hastack.js';
import { seconds } from '../../../properties/hastack.js';

type OwnName = keyof typeof SITE_OWN_PROPERTY_NAMES;

/** The properties checked when the design lists none: everything that fits it. */
export function defaultSiteProperties(model: SiteModel): string[] {
  const drbd = model.config.ha.drbd !== null;
  return [
    ...(drbd ? ['single-primary', 'no-split-brain', 'no-acked-write-lost', 'replicated-within'] : []),
    ...(model.config.clients.length > 0 ? ['clients-served'] : ['vip-holder-serves']),
    ...(model.observers.length > 0 ? ['single-master-seen'] : []),
  ];
}

/** The property `request` asks for on `model`. */
export function sitePropertyOf(request: PropertyRequest, model: SiteModel, ctx: BuildContext): Property<SiteState> {
  const config = model.config.ha;
  if (!(request.name in SITE_OWN_PROPERTY_NAMES)) {
    if (!(request.name in SITE_PROPERTY_NAMES)) return ctx.fail(request.path, 'FL248', `unknown site property "${request.name}"`, `known: ${Object.keys(SITE_PROPERTY_NAMES).join(', ')}`);
    return lifted(clusterPropertyOf(request, config, ctx));
  }
  const name = request.name as OwnName;
  const timed = name === 'clients-served' || name === 'replicated-within';
  for (const key of Object.keys(request.params)) {
    if (!timed || key !== 'seconds') ctx.fail([...request.path, key], 'FL248', `property "${name}" has no parameter "${key}"`, timed ? 'its parameter: seconds' : 'it takes no parameters');
  }
  const needs = (ok: boolean, what: string, hint: string): void => {
    if (!ok) ctx.fail(request.path, 'FL248', `"${name}" needs ${what}`, hint);
  };
  switch (name) {
    case 'clients-served': {
      needs(model.config.clients.length > 0, 'clients', 'list the client hosts under site.clients');
      const bound = clusterBoundOf(request, config, ctx);
      return clientsServed(model, bound, seconds(config, bound));
    }
    case 'single-master-seen':
      needs(model.observers.length > 0, 'a host other than the two nodes', 'add the clients to site.topology.hosts');
      return singleMasterSeen(model);
    case 'replicated-within': {
      needs(config.drbd !== null, 'a DRBD resource', 'add cluster.drbd or drop the property');
      const bound = clusterBoundOf(request, config, ctx);
      return replicatedWithin(bound, seconds(config, bound));
    }
    case 'no-acked-write-lost':
      needs(config.drbd !== null, 'a DRBD resource', 'add cluster.drbd or drop the property');
      return noAckedWriteLost();
  }
}
