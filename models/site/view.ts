/**
 * The flat view of a site state: the stack's view (per node keepalived, scripts, services,
 * DRBD), the failed network elements, and the channels that no longer deliver.
 */
import type { StateView } from '../../src/core/model.js';
import { haView } from '../hastack/view.js';
import type { L2Model } from '../l2/l2Model.js';
import type { SiteConfig } from './config.js';
import type { SiteLinks } from './links.js';
import { failedOf, type SiteState } from './state.js';

/** `network.failed`, `adverts`, `replication`, `<client>.reaches`, then the stack's keys. */
export function siteView(config: SiteConfig, network: L2Model, s: SiteState, links: SiteLinks): StateView {
  const [a, b] = config.ha.names;
  const view: Record<string, StateView[string]> = {};
  view['network.failed'] = failedOf(s).map((e) => network.candidates[e]!.id);
  const lost = [links.advert[0] ? [] : [`${a}→${b}`], links.advert[1] ? [] : [`${b}→${a}`]].flat();
  view['adverts.lost'] = lost;
  if (config.ha.drbd) view['replication'] = links.replication ? 'path up' : 'no path';
  config.clients.forEach((c, k) => {
    view[`${c}.reaches`] = config.ha.names.filter((_, i) => links.client[k]![i]);
  });
  view['vipInterface.down'] = config.ha.names.filter((_, i) => !links.carrier[i]);
  return { ...view, ...haView(config.ha, s.ha) };
}
