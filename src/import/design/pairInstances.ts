/**
 * Pairs the VRRP instances of two hosts by virtual_router_id: the cluster is the instance both
 * run. With several shared VRIDs the first (in the first host's file order) is modelled and
 * the others are FL407 warnings; with none it is FL412.
 */
import type { ImportLog } from '../importLog.js';
import type { VrrpInstanceConf } from '../keepalived/keepalivedConf.js';
import type { HostConfigs } from './hostConfigs.js';

/** The instance each host runs for the cluster, in host order. */
export function pairInstances(a: HostConfigs, b: HostConfigs, log: ImportLog): [VrrpInstanceConf, VrrpInstanceConf] | undefined {
  const left = a.keepalived?.instances ?? [];
  const right = b.keepalived?.instances ?? [];
  const pairs: [VrrpInstanceConf, VrrpInstanceConf][] = [];
  for (const x of left) {
    if (!x.vrid) {
      log.error(x.name.at, 'FL405', `vrrp_instance ${x.name.value} has no virtual_router_id`, 'keepalived refuses an instance without one; add virtual_router_id 51');
      continue;
    }
    const y = right.find((r) => r.vrid?.value === x.vrid!.value);
    if (y) pairs.push([x, y]);
  }
  const [first, ...rest] = pairs;
  if (!first) {
    const at = left[0]?.name.at ?? right[0]?.name.at ?? a.host.name.at;
    log.error(at, 'FL412', `${a.host.name.value} and ${b.host.name.value} run no vrrp_instance with the same virtual_router_id`, 'the two nodes of a cluster run one instance with one virtual_router_id');
    return undefined;
  }
  for (const [x] of rest) log.warn(x.name.at, 'FL407', `vrrp_instance ${x.name.value} (virtual_router_id ${x.vrid!.value}) is not modelled: the cluster models one instance, ${first[0].name.value}`, 'check each instance in a design of its own');
  return first;
}
