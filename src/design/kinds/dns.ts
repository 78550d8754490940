/**
 * The DNS design kind: a `dns:` section with DNS servers, optional VRRP virtual IPs, resolver
 * clients (their resolv.conf) and a lookup workload, built into the DNS model (models/dns)
 * and its properties (properties/dns.ts).
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL270 two servers, VIPs or clients with one name  - FL274 timeout over 30 or attempts over 5
 * - FL271 two servers or VIPs with one address         - FL275 a VIP member that is no server, or listed twice
 * - FL272 a nameserver that is no server or VIP        - FL278 a bad property parameter under `check:`
 * - FL273 more than 3 nameservers (glibc's MAXNS)
 */
import { DNS_FAULT_KINDS, TICK_SECONDS, type DnsConfig, type DnsFaultKind, type DnsParams } from '../../../models/dns/config.js';
import { createDnsModel } from '../../../models/dns/model.js';
import { GLIBC_DEFAULTS, MAXNS, RES_MAXRETRANS, RES_MAXRETRY } from '../../../models/dns/resolver.js';
import type { DnsState } from '../../../models/dns/state.js';
import {
  defaultItemBudget,
  DNS_PROPERTY_NAMES,
  lookupLatencyWithin,
  settleTicks,
  throughputAtLeast,
  type DnsPropertyName,
  type LatencyUnit,
} from '../../../properties/dns.js';
import type { BuildContext, DesignDocument, DesignKind, DocPath, PropertyRequest } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { oneOf, positive as positiveShape, SECONDS, type ParamShape } from '../paramShapes.js';
import { dnsSectionSchema, type DnsSection } from './dnsSchema.js';
import { rejectBelowOneTick } from '../rejectBelowOneTick.js';

const FAULT_KINDS: Readonly<Record<DnsFaultKind, string>> = {
  host: 'a DNS server host goes down (queries to it time out) and later comes back',
  daemon: 'the DNS daemon of a live host stops (queries are refused at once) and later starts',
};

/** The largest bound a `within` property accepts (src/core/property.ts). */
const MAX_BOUND = 254;

/** Seconds of grace after a fault before the bound applies. */
const SETTLE: ParamShape = { ...SECONDS, schema: { ...SECONDS.schema, description: 'Seconds of grace after each fault before the bound applies (default 0).' } };

/** The DNS properties (FL278 for a parameter a property does not take). */
export const DNS_PROPERTIES = propertyTable<DnsState, DnsConfig, DnsPropertyName>(DNS_PROPERTY_NAMES, 'FL278', {
  'lookup-latency-within': {
    params: ['seconds', 'per', 'settle_seconds'],
    shapes: { seconds: positiveShape('the latency bound in seconds', 2), per: oneOf(['lookup', 'mail'], 'What the bound is per: one lookup, or one mail (every lookup a mail needs; default mail).'), settle_seconds: SETTLE },
    build(request, config, ctx) {
      const per = unitOf(request, ctx);
      const seconds = positive(request, 'seconds', ctx) ?? defaultItemBudget(config) / (per === 'lookup' ? config.workload.lookupsPerItem : 1);
      return lookupLatencyWithin(config, seconds, per, settleOf(request, ctx));
    },
  },
  'throughput-at-least': {
    params: ['mails_per_hour', 'settle_seconds'],
    shapes: { mails_per_hour: positiveShape('mails per hour', 1000), settle_seconds: SETTLE },
    build: (request, config, ctx) => throughputAtLeast(config, positive(request, 'mails_per_hour', ctx) ?? config.workload.itemsPerHour, settleOf(request, ctx)),
  },
});

/** `dns:` designs. */
export const dnsKind: DesignKind<DnsState> = {
  section: 'dns',
  description: 'DNS servers (host and daemon fail apart), VRRP VIPs, and glibc resolver clients with a lookup workload',
  sectionSchema: dnsSectionSchema,
  ...kindProperties(DNS_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const model = createDnsModel(paramsOf(doc, ctx));
    const properties = buildProperties(DNS_PROPERTIES, doc.check, model.config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 } };
  },
};

function unique(ctx: BuildContext, items: readonly { name: string }[], at: (i: number) => DocPath, what: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.name);
    if (first !== undefined) ctx.fail(at(i), 'FL270', `${what} "${item.name}" is defined twice`, 'give each one its own name');
    seen.set(item.name, i);
  });
}

function paramsOf(doc: DesignDocument, ctx: BuildContext): DnsParams {
  const section = doc['dns'] as DnsSection;
  const vips = section.vips ?? [];
  unique(ctx, [...section.servers, ...vips], (i) => (i < section.servers.length ? ['dns', 'servers', i, 'name'] : ['dns', 'vips', i - section.servers.length, 'name']), 'server or vip');
  unique(ctx, section.clients, (i) => ['dns', 'clients', i, 'name'], 'client');
  const owners = new Map<string, string>();
  const own = (addr: string, who: string, path: DocPath) => {
    const other = owners.get(addr);
    if (other !== undefined) ctx.fail(path, 'FL271', `address ${addr} of ${who} is already the address of ${other}`, 'every server and VIP needs its own address');
    owners.set(addr, who);
  };
  section.servers.forEach((s, i) => own(s.address, s.name, ['dns', 'servers', i, 'address']));
  vips.forEach((v, i) => {
    own(v.address, v.name, ['dns', 'vips', i, 'address']);
    const members = new Set<string>();
    v.members.forEach((m, j) => {
      const path = ['dns', 'vips', i, 'members', j, 'server'];
      if (!section.servers.some((s) => s.name === m.server)) ctx.fail(path, 'FL275', `vip "${v.name}" lists "${m.server}", which is no server`, `servers: ${section.servers.map((s) => s.name).join(', ')}`);
      if (members.has(m.server)) ctx.fail(path, 'FL275', `vip "${v.name}" lists "${m.server}" twice`, 'list each member once');
      members.add(m.server);
    });
  });
  const clients = section.clients.map((c, i) => {
    const rc = c.resolv_conf;
    const at = (...rest: (string | number)[]) => ['dns', 'clients', i, 'resolv_conf', ...rest];
    if (rc.nameservers.length > MAXNS) {
      ctx.fail(at('nameservers', MAXNS), 'FL273', `client "${c.name}" lists ${rc.nameservers.length} nameservers; glibc uses only the first ${MAXNS} (MAXNS)`, 'remove the extra lines: glibc silently ignores them');
    }
    rc.nameservers.forEach((addr, j) => {
      if (!owners.has(addr)) ctx.fail(at('nameservers', j), 'FL272', `nameserver ${addr} of client "${c.name}" is no server or vip of this design`, `known addresses: ${[...owners.keys()].join(', ')}`);
    });
    if (rc.timeout !== undefined && rc.timeout > RES_MAXRETRANS) ctx.fail(at('timeout'), 'FL274', `timeout:${rc.timeout} is more than glibc accepts`, `glibc caps timeout at ${RES_MAXRETRANS} s (RES_MAXRETRANS)`);
    if (rc.attempts !== undefined && rc.attempts > RES_MAXRETRY) ctx.fail(at('attempts'), 'FL274', `attempts:${rc.attempts} is more than glibc accepts`, `glibc caps attempts at ${RES_MAXRETRY} (RES_MAXRETRY)`);
    const options = { timeout: rc.timeout ?? GLIBC_DEFAULTS.timeout, attempts: rc.attempts ?? GLIBC_DEFAULTS.attempts, rotate: rc.rotate ?? GLIBC_DEFAULTS.rotate };
    return { name: c.name, nameservers: rc.nameservers, options };
  });
  const kinds = doc.faults?.kinds as readonly DnsFaultKind[] | undefined;
  return {
    servers: section.servers,
    vips: vips.map((v) => ({ name: v.name, address: v.address, members: v.members, advertInt: v.advert_int ?? 1 })),
    clients,
    workload: { lookupsPerItem: section.workload?.lookups_per_item ?? 2, itemsPerHour: section.workload?.items_per_hour ?? 1000 },
    faultKinds: kinds ?? DNS_FAULT_KINDS,
  };
}

function unitOf(request: PropertyRequest, ctx: BuildContext): LatencyUnit {
  const per = request.params['per'] ?? 'mail';
  if (per === 'mail' || per === 'lookup') return per;
  return ctx.fail([...request.path, 'per'], 'FL278', `lookup-latency-within: per must be "lookup" or "mail", got ${JSON.stringify(per)}`, 'lookup: the bound is per DNS lookup; mail (default): per mail, over every lookup it needs');
}

function positive(request: PropertyRequest, key: string, ctx: BuildContext): number | undefined {
  const value = request.params[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value > 0)) ctx.fail([...request.path, key], 'FL278', `${request.name}: ${key} must be a positive number, got ${JSON.stringify(value)}`, 'leave it out for the default');
  return value;
}

function settleOf(request: PropertyRequest, ctx: BuildContext): number {
  const value = request.params['settle_seconds'];
  if (value === undefined) return 0;
  const ticks = typeof value === 'number' && value >= 0 ? settleTicks(value) : -1;
  rejectBelowOneTick(ctx, [...request.path, 'settle_seconds'], request.name, value, ticks, TICK_SECONDS);
  if (ticks < 0 || ticks > MAX_BOUND) {
    ctx.fail([...request.path, 'settle_seconds'], 'FL278', `${request.name}: settle_seconds must be in 0..${(MAX_BOUND * TICK_SECONDS).toFixed(1)}, got ${JSON.stringify(value)}`, `the allowance is counted in ticks of ${TICK_SECONDS} s, at most ${MAX_BOUND}`);
  }
  return ticks;
}
