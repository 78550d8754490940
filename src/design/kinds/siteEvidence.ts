/**
 * What a site's violated property looks like in the state where it fails, in a few words,
 * for `spof` rows (`Primary: nfs-a, nfs-b`, `client1 reaches MASTER nfs-a, nfs-b`).
 */
import { serves, vipHolders } from '../../../models/hastack/state.js';
import type { SiteModel } from '../../../models/site/model.js';
import type { SiteState } from '../../../models/site/state.js';

/** Evidence of `property` failing in `s`. */
export function siteEvidence(model: SiteModel, property: string, s: SiteState): string {
  const names = model.config.ha.names;
  const links = model.links(s);
  const holders = vipHolders(s.ha);
  const list = (nodes: readonly number[]): string => (nodes.length === 0 ? 'none' : nodes.map((i) => names[i]).join(', '));
  switch (property) {
    case 'single-primary':
    case 'no-split-brain':
    case 'no-acked-write-lost': {
      const primaries = (s.ha.drbd?.nodes ?? []).flatMap((n, i) => (n.up && n.role === 'Primary' ? [i] : []));
      return `DRBD Primary: ${list(primaries)}`;
    }
    case 'replicated-within':
      return `DRBD ${(s.ha.drbd?.nodes ?? []).map((n, i) => `${names[i]} ${n.up ? n.conn : 'down'}`).join(', ')}`;
    case 'single-master-seen': {
      const k = links.observer.findIndex((r) => r[0] && r[1]);
      return `${model.observers[k] ?? 'a host'} reaches VIP holders ${list(holders)}`;
    }
    case 'clients-served': {
      const k = links.client.findIndex((r) => {
        const seen = holders.filter((i) => r[i]);
        return seen.length === 0 || !seen.every((i) => serves(model.config.ha, s.ha, i));
      });
      const seen = holders.filter((i) => links.client[k]?.[i]);
      return `${model.config.clients[k] ?? 'a client'} reaches VIP holder ${list(seen)}; serving: ${list([0, 1].filter((i) => serves(model.config.ha, s.ha, i as 0 | 1)))}`;
    }
    default:
      return `VIP holder ${list(holders)}; serving: ${list([0, 1].filter((i) => serves(model.config.ha, s.ha, i as 0 | 1)))}`;
  }
}
