import { NAME_PATTERN } from './namePattern.js';
/**
 * JSON Schema of the keys issue 4 adds to a `topology:` section (decision 0016): `lags`
 * (port-channels and bond overrides), `mclag` (domains), `gateways` (VRRP groups and anycast
 * gateways), `demands` (traffic in Gb/s) and a link's `capacity`. Names are checked by
 * `topologyAggregation.ts`.
 */

const NAME = NAME_PATTERN;
const PORT = '^[A-Za-z0-9][A-Za-z0-9_./-]*$';
const rate = {
  description: 'Mb/s as a number, or with a unit (500M, 6G, 12 Gb/s).',
  type: ['number', 'string'],
  exclusiveMinimum: 0,
  pattern: '^[0-9]+(\\.[0-9]+)?\\s*[MGT](b/s|bps)?$',
};

/** A link's usable capacity (default its speed). */
export const linkCapacitySchema = { ...rate, description: 'Usable capacity of the link for demands (default its speed): Mb/s or with a unit.' };

/** The added section keys. */
export const aggregationSectionProperties = {
  lags: {
    description: 'LAG ends: port-channels on switches or routers, or overrides of a host bond (same name) — LACP active/passive or static.',
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'node', 'mode'],
      additionalProperties: false,
      properties: {
        name: { description: 'Port-channel name, or the name of the host bond it configures.', type: 'string', pattern: PORT },
        node: { description: 'The switch, router or host.', type: 'string', pattern: NAME },
        ports: { description: 'Member ports (default for a host bond: its slaves).', type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: PORT } },
        mode: { description: 'LACP active, LACP passive, or static (mode on, no LACP).', enum: ['active', 'passive', 'static'] },
        rate: { description: 'LACPDU rate: fast (1 s) or slow (30 s, default).', enum: ['fast', 'slow'] },
        min_links: { description: 'Members that must be up for the LAG to be up (default 1).', type: 'integer', minimum: 1 },
      },
    },
  },
  mclag: {
    description: 'MC-LAG domains: two peer switches sharing one LACP system id over a peer-link.',
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'peers', 'peer_link'],
      additionalProperties: false,
      properties: {
        name: { description: 'Domain name.', type: 'string', pattern: NAME },
        peers: { description: 'Primary, then secondary.', type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', pattern: NAME } },
        peer_link: { description: 'Link names or a bundle name forming the peer-link.', type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        keepalive: {
          description: 'Link names or bundle names the peer keepalive runs over (the peer-link bundle to run it over the peer-link; other links are routed and carry no layer-2 frames). Absent: the keepalive is assumed up.',
          type: 'array',
          minItems: 1,
          items: { type: 'string', minLength: 1 },
        },
        secondary_svis: {
          description: 'On peer-link loss with the peer alive, the suspending secondary shuts its SVIs (down: Cisco vPC default, orphan hosts on it lose their gateway) or keeps them (up, default).',
          enum: ['down', 'up'],
        },
        orphan_suspend: {
          description: 'Ports of the secondary (orphan ports) suspended with its MC-LAG members on peer-link loss (Cisco `vpc orphan-port suspend`).',
          type: 'array',
          minItems: 1,
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  gateways: {
    description: 'First-hop gateways: a VRRP group (one master by priority) or an anycast gateway (every member serves).',
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'type', 'members'],
      additionalProperties: false,
      properties: {
        name: { description: 'Gateway name (demands may target it).', type: 'string', pattern: NAME },
        type: { description: 'vrrp or anycast.', enum: ['vrrp', 'anycast'] },
        members: {
          description: 'Switches (SVIs) or routers answering for the gateway: a name or { node, priority }.',
          type: 'array',
          minItems: 1,
          items: {
            type: ['string', 'object'],
            pattern: NAME,
            required: ['node'],
            additionalProperties: false,
            properties: { node: { type: 'string', pattern: NAME }, priority: { description: 'VRRP priority 1..254 (default 100).', type: 'integer', minimum: 1, maximum: 254 } },
          },
        },
        hosts: { description: 'Hosts using this gateway (default every host).', type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: NAME } },
      },
    },
  },
  demands: {
    description: 'Traffic demands routed over the converged paths.',
    type: 'array',
    items: {
      type: 'object',
      required: ['from', 'to', 'rate'],
      additionalProperties: false,
      properties: {
        name: { description: 'Demand name (default from→to).', type: 'string', minLength: 1 },
        from: { description: 'Source host or router.', type: 'string', pattern: NAME },
        to: {
          description: 'A gateway name, an endpoint, or a list of endpoints sharing the demand active-active.',
          type: ['string', 'array'],
          pattern: NAME,
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', pattern: NAME },
        },
        rate,
      },
    },
  },
} as const;

/** A LAG end as written. */
export interface LagSection {
  readonly name: string;
  readonly node: string;
  readonly ports?: readonly string[];
  readonly mode: 'active' | 'passive' | 'static';
  readonly rate?: 'fast' | 'slow';
  readonly min_links?: number;
}

/** The added keys as written. */
export interface AggregationSection {
  readonly lags?: readonly LagSection[];
  readonly mclag?: readonly { readonly name: string; readonly peers: readonly string[]; readonly peer_link: readonly string[]; readonly keepalive?: readonly string[]; readonly secondary_svis?: 'down' | 'up'; readonly orphan_suspend?: readonly string[] }[];
  readonly gateways?: readonly {
    readonly name: string;
    readonly type: 'vrrp' | 'anycast';
    readonly members: readonly (string | { readonly node: string; readonly priority?: number })[];
    readonly hosts?: readonly string[];
  }[];
  readonly demands?: readonly { readonly name?: string; readonly from: string; readonly to: string | readonly string[]; readonly rate: number | string }[];
}
