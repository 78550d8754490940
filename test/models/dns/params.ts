/** Test helper: DNS model parameters for two servers, optionally behind a VIP. */
import type { DnsParams } from '../../../models/dns/config.js';
import type { ResolverOptions } from '../../../models/dns/resolver.js';

const servers = [
  { name: 'ns1', address: '192.0.2.11' },
  { name: 'ns2', address: '192.0.2.12' },
];

/** Two servers listed in order, with `options`. */
export function twoNameservers(options: ResolverOptions, faultKinds: DnsParams['faultKinds'] = ['host', 'daemon']): DnsParams {
  return {
    servers,
    vips: [],
    clients: [{ name: 'mx1', nameservers: ['192.0.2.11', '192.0.2.12'], options }],
    workload: { lookupsPerItem: 2, itemsPerHour: 1000 },
    faultKinds,
  };
}

/** One VIP (ns1 priority 150, ns2 priority 100) as the only nameserver. */
export function behindVip(options: ResolverOptions, faultKinds: DnsParams['faultKinds'] = ['host']): DnsParams {
  return {
    servers,
    vips: [{ name: 'vip', address: '192.0.2.53', advertInt: 1, members: [{ server: 'ns1', priority: 150 }, { server: 'ns2', priority: 100 }] }],
    clients: [{ name: 'mx1', nameservers: ['192.0.2.53'], options }],
    workload: { lookupsPerItem: 2, itemsPerHour: 1000 },
    faultKinds,
  };
}
