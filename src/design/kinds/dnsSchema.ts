import { NAME_PATTERN } from './namePattern.js';
/**
 * JSON Schema (draft-07) of the `dns:` section of a design: DNS servers, optional VRRP
 * virtual IPs in front of them, clients with their resolv.conf, and the lookup workload.
 * Cross-references (names, addresses, glibc's limits) are checked by the DNS kind's `build`.
 */

const name = { type: 'string', pattern: NAME_PATTERN };
const address = {
  description: 'IPv4 address, as written in resolv.conf.',
  type: 'string',
  pattern: '^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$',
};

/** The section schema. */
export const dnsSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['servers', 'clients'],
  additionalProperties: false,
  properties: {
    servers: {
      description: 'DNS servers; each is a host that can go down (queries time out) running a daemon that can stop (queries refused).',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'address'],
        additionalProperties: false,
        properties: { name: { ...name, description: 'Server name, used in traces (e.g. ns1).' }, address },
      },
    },
    vips: {
      description: 'VRRP virtual IPs (keepalived on the DNS hosts) that a resolv.conf may list instead of a server.',
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'address', 'members'],
        additionalProperties: false,
        properties: {
          name: { ...name, description: 'VIP name, used in traces.' },
          address,
          members: {
            description: 'Servers running keepalived for this VIP, with their VRRP priority; the highest live one holds it.',
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['server', 'priority'],
              additionalProperties: false,
              properties: {
                server: { type: 'string', description: 'A server name from dns.servers.' },
                priority: { type: 'integer', minimum: 1, maximum: 254, description: 'VRRP priority 1..254.' },
              },
            },
          },
          advert_int: { type: 'integer', minimum: 1, maximum: 10, description: 'VRRPv2 advert_int in whole seconds (default 1).' },
        },
      },
    },
    clients: {
      description: 'Resolver clients (e.g. a mail server) and their /etc/resolv.conf.',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'resolv_conf'],
        additionalProperties: false,
        properties: {
          name: { ...name, description: 'Client name.' },
          resolv_conf: {
            type: 'object',
            required: ['nameservers'],
            additionalProperties: false,
            properties: {
              nameservers: { description: '`nameserver` lines in order: server or VIP addresses (glibc uses at most 3).', type: 'array', minItems: 1, items: address },
              timeout: { description: '`options timeout:n` in seconds (glibc default 5, at most 30).', type: 'integer', minimum: 1 },
              attempts: { description: '`options attempts:n` (glibc default 2, at most 5).', type: 'integer', minimum: 1 },
              rotate: { description: '`options rotate`: each query starts one server further on.', type: 'boolean' },
            },
          },
        },
      },
    },
    workload: {
      description: 'What the clients resolve: lookups per item (a mail needs an MX and an A lookup) and the items wanted per hour.',
      type: 'object',
      additionalProperties: false,
      properties: {
        lookups_per_item: { type: 'integer', minimum: 1, maximum: 10, description: 'Lookups made one after the other per item (default 2).' },
        items_per_hour: { type: 'number', exclusiveMinimum: 0, description: 'Items (mails) per hour required (default 1000).' },
      },
    },
  },
} as const;

/** The section as it arrives after the schema. */
export interface DnsSection {
  readonly servers: readonly { readonly name: string; readonly address: string }[];
  readonly vips?: readonly {
    readonly name: string;
    readonly address: string;
    readonly members: readonly { readonly server: string; readonly priority: number }[];
    readonly advert_int?: number;
  }[];
  readonly clients: readonly {
    readonly name: string;
    readonly resolv_conf: { readonly nameservers: readonly string[]; readonly timeout?: number; readonly attempts?: number; readonly rotate?: boolean };
  }[];
  readonly workload?: { readonly lookups_per_item?: number; readonly items_per_hour?: number };
}
