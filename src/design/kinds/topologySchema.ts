/**
 * JSON Schema (draft-07) of the `topology:` section of a design: a switched network as a
 * data-centre engineer writes it — switches with spanning-tree settings, hosts and routers
 * with NICs, cables between `node:port` endpoints, server bonds with their monitors, and
 * which fault elements to consider. Checks the schema cannot express (names that must exist,
 * ports cabled once, slaves that are NICs of their host) are made by the topology kind.
 *
 * Room for issue 4: `lags:`, `mclag:` and `gateways:` become sibling keys of `bonds:`.
 */

import { aggregationSectionProperties, linkCapacitySchema, type AggregationSection } from './topologyAggregationSchema.js';
import { NAME_PATTERN } from './namePattern.js';

const NAME = NAME_PATTERN;
const PORT = '^[A-Za-z0-9][A-Za-z0-9_./-]*$';

const name = (what: string) => ({ description: `${what} name, used in traces.`, type: 'string', pattern: NAME });

const portStp = {
  description: 'Spanning-tree settings of a switch port.',
  type: 'object',
  additionalProperties: false,
  properties: {
    cost: { description: 'Port path cost (default from the link speed, 802.1D-2004: 20,000,000 / Mb/s).', type: 'integer', minimum: 1, maximum: 200000000 },
    priority: { description: 'Port priority: 0..240 in steps of 16 (default 128) on 802.1D-2004 switches; 0..63 (default 32) on a Linux kernel bridge (platform: linux, mode: stp).', type: 'integer', minimum: 0, maximum: 240 },
    edge: {
      description: 'Administratively an edge port (PortFast): forwards at once on link-up, and loses edge status on the first BPDU it receives (802.1D-2004 §17.19.17), so a bridge behind it takes part in spanning tree as usual.',
      type: 'boolean',
    },
    bpdu_guard: {
      description: 'BPDU guard (Cisco/Arista `spanning-tree bpduguard`, HPE bpdu-protection): the port is err-disabled (down) when a BPDU arrives. Usually on edge ports.',
      type: 'boolean',
    },
    root_guard: {
      description: 'Root guard (`spanning-tree guard root`): a superior BPDU makes the port root-inconsistent (discarding) instead of root or alternate. On ports where the root must never appear.',
      type: 'boolean',
    },
    loop_guard: {
      description: 'Loop guard (`spanning-tree guard loop`): a root or alternate port that stops receiving BPDUs (one-way link) goes loop-inconsistent (discarding) instead of designated. Not with root_guard or edge.',
      type: 'boolean',
    },
  },
};

const port = {
  description: 'A port: its name, or a map with its name, number and spanning-tree settings.',
  type: ['string', 'object'],
  pattern: PORT,
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { description: 'Port name, as used in link endpoints (Switch1:p1).', type: 'string', pattern: PORT },
    number: { description: 'Port number in the port identifier, 1..4095 (default: position on the switch).', type: 'integer', minimum: 1, maximum: 4095 },
    stp: portStp,
  },
};

const nics = {
  description: 'NIC names. Optional: NICs named by links are implied; when listed, links may use only these.',
  type: 'array',
  items: { type: 'string', pattern: PORT },
  uniqueItems: true,
};

const endpoint = {
  description: 'A host or router: its NICs.',
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: name('Host or router'), nics },
};

const endpointRef = { description: 'A port as "node:port", e.g. "Switch1:p1" or "Server1:eth0".', type: 'string', pattern: '^[^:\\s]+:[^:\\s]+$' };

const speed = {
  description: 'Link speed: Mb/s as a number, or with a unit (100M, 1G, 10G, 25G, 100G). Default 1G.',
  type: ['number', 'string'],
  exclusiveMinimum: 0,
  pattern: '^[0-9]+(\\.[0-9]+)?\\s*[MGT](b/s|bps)?$',
};

const mii = {
  description: 'MII link monitoring: sees carrier only (bonding miimon, updelay, downdelay in ms). miimon 0 disables it: the bond never fails over.',
  type: 'object',
  required: ['miimon'],
  additionalProperties: false,
  properties: {
    miimon: { description: 'MII polling interval in ms (bonding miimon; 100 is usual; 0 disables link monitoring).', type: 'integer', minimum: 0 },
    use_carrier: { description: 'bonding use_carrier: 1 (default) reads the driver\'s carrier, 0 queries MII registers then ethtool.', enum: [0, 1, true, false] },
    driver_reports_link: {
      description: 'Whether the slaves\' driver reports link state by the use_carrier method (default true). When it does not, the bond assumes every slave is up (bonding.rst §7.3, §8.3).',
      type: 'boolean',
    },
    updelay: { description: 'ms to wait before using a slave whose carrier came back (multiple of miimon).', type: 'integer', minimum: 0 },
    downdelay: { description: 'ms to wait before dropping a slave whose carrier went (multiple of miimon).', type: 'integer', minimum: 0 },
  },
};

const arp = {
  description: 'ARP monitoring: a slave is up while its targets answer through it (bonding arp_interval, arp_ip_target).',
  type: 'object',
  required: ['interval', 'targets'],
  additionalProperties: false,
  properties: {
    interval: { description: 'arp_interval in ms.', type: 'integer', minimum: 1 },
    targets: { description: 'Target hosts or routers by name (arp_ip_target), 1..16.', type: 'array', minItems: 1, maxItems: 16, uniqueItems: true, items: { type: 'string', pattern: NAME } },
    validate: { description: 'arp_validate: which slaves must see the replies (default none: any frame counts).', enum: ['none', 'active', 'backup', 'all', 'filter', 'filter_active', 'filter_backup'] },
    all_targets: { description: 'arp_all_targets: any (default) or all targets must answer.', enum: ['any', 'all'] },
  },
};

/** Modes 0..6, Linux names and Windows teaming aliases. */
export const BOND_MODE_VALUES = [
  0, 1, 2, 3, 4, 5, 6,
  'balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb',
  'switch-independent', 'static', 'lacp',
] as const;

const portNames = (what: string) => ({ description: what, type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } });

const trackingGroups = {
  description:
    'Uplink failure tracking (Cisco link-state tracking / trunk failover, Arista link tracking groups): while every upstream port of a group has lost its link, the switch takes the downstream ports down, so the servers behind them fail over.',
  type: 'array',
  items: {
    description: 'One tracking group.',
    type: 'object',
    required: ['upstream', 'downstream'],
    additionalProperties: false,
    properties: {
      name: { description: 'Group name or number (default its position, from 1).', type: ['string', 'integer'] },
      upstream: portNames('Ports toward the core: the group is down when all of them have lost their link.'),
      downstream: portNames('Ports toward servers: taken down while the group is down, back when an upstream port returns.'),
    },
  },
};

/** The section schema. */
export const topologySectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['switches', 'links'],
  additionalProperties: false,
  properties: {
    switches: {
      description: 'The switches (bridges).',
      type: 'array',
      minItems: 1,
      items: {
        description: 'One switch.',
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: name('Switch'),
          stp: {
            description: 'Spanning tree on this switch (default rstp, priority 32768).',
            type: 'object',
            additionalProperties: false,
            properties: {
              mode: { description: 'rstp, stp (802.1D-1998) or none (forwards on every port with carrier).', enum: ['rstp', 'stp', 'none'] },
              priority: { description: 'Bridge priority (default 32768): lowest wins the root election. 0..61440 in steps of 4096 on 802.1D-2004 switches and mstpd; any 0..65535 on a Linux kernel bridge (platform: linux, mode: stp).', type: 'integer', minimum: 0, maximum: 65535 },
              platform: { description: 'Whose rules the spanning-tree values follow: ieee (802.1D-2004: vendor switches, mstpd; default) or linux (the Linux kernel bridge; its own rules apply with mode: stp, since RSTP on Linux runs in mstpd).', enum: ['ieee', 'linux'] },
              mac: { description: 'Bridge MAC, the election tie-break (default derived from the switch position).', type: 'string', pattern: '^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$' },
              hello_time: { description: 'Hello Time in seconds (default 2; Linux bridge 1..10, 802.1D-2004 1..2). The root\'s value is used by every bridge.', type: 'number', minimum: 1, maximum: 10 },
              forward_delay: { description: 'Forward Delay in seconds (default 15; Linux bridge 2..30, 802.1D-2004 4..30). The root\'s value is used by every bridge.', type: 'number', minimum: 2, maximum: 30 },
              max_age: {
                description: 'Max Age in seconds (default 20; 6..40). The root\'s value is used by every bridge; under RSTP it is also a hop limit: a bridge more than max_age hops from the root ages the root\'s information out (property stp-within-max-age).',
                type: 'integer',
                minimum: 6,
                maximum: 40,
              },
            },
          },
          ports: { description: 'Ports, in port-number order. Optional: ports named by links are implied; when listed, links may use only these.', type: 'array', items: port },
          link_state_tracking: trackingGroups,
          errdisable_recovery: {
            description:
              '`errdisable recovery cause bpduguard` + `errdisable recovery interval <s>` (Cisco, Arista, Dell OS10; off by default on all of them): a port BPDU guard err-disabled comes back after the interval, and is err-disabled again if BPDUs still arrive. Without it the port stays down after the cause is gone, until an operator shuts and re-enables it (fault kind rogue-visit shows it).',
            type: 'object',
            required: ['cause'],
            additionalProperties: false,
            properties: {
              cause: { description: 'The causes recovered: bpduguard.', type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['bpduguard'] } },
              interval: { description: 'Seconds before an err-disabled port is brought back (30..86400, default 300).', type: 'integer', minimum: 30, maximum: 86400 },
            },
          },
        },
      },
    },
    hosts: { description: 'Servers and other end hosts.', type: 'array', items: endpoint },
    routers: { description: 'Routers (endpoints that never bridge between their NICs).', type: 'array', items: endpoint },
    links: {
      description: 'Cables between two ports.',
      type: 'array',
      items: {
        description: 'One cable.',
        type: 'object',
        required: ['a', 'b'],
        additionalProperties: false,
        properties: {
          name: { description: 'Link name, used in fault ids (link:LS1-2); default "A:p—B:q" from its ends.', type: 'string', pattern: PORT },
          a: endpointRef,
          b: endpointRef,
          speed,
          bundle: { description: 'Links sharing a bundle name between the same two switches are one logical link (a LAG).', type: 'string', minLength: 1 },
          udld: { description: 'UDLD aggressive on both ends: a link that loses frames one way (or both) while keeping carrier is err-disabled, so it goes down.', enum: ['aggressive'] },
          stp: { ...portStp, description: 'Spanning-tree cost and priority for the switch ports at both ends (a port’s own settings win).' },
          capacity: linkCapacitySchema,
        },
      },
    },
    bonds: {
      description: 'Server bonds (Linux bonding) or teams (Windows teaming aliases).',
      type: 'array',
      items: {
        description: 'One bond.',
        type: 'object',
        required: ['host', 'name', 'mode', 'slaves', 'monitor'],
        additionalProperties: false,
        properties: {
          host: { description: 'The host or router the bond belongs to.', type: 'string', pattern: NAME },
          name: { description: 'Bond name on its host, e.g. bond0.', type: 'string', pattern: PORT },
          mode: { description: 'Bonding mode 0..6, its Linux name, or a Windows teaming alias (switch-independent, static, lacp).', enum: [...BOND_MODE_VALUES] },
          slaves: { description: 'NICs of the host, in preference order after primary.', type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: PORT } },
          primary: { description: 'The preferred slave (bonding primary).', type: 'string', pattern: PORT },
          monitor: {
            description: 'The link monitor: { mii: {...} } or { arp: {...} }.',
            type: 'object',
            minProperties: 1,
            maxProperties: 1,
            additionalProperties: false,
            properties: { mii, arp },
          },
        },
      },
    },
    ...aggregationSectionProperties,
    faults: {
      description: 'Which fault elements to consider, beyond faults.kinds: by id (switch:Switch1, link:<id>, nic:Server1:eth0, port:Switch1:p1) or by subject (a node name, a link id, a node:port).',
      type: 'object',
      additionalProperties: false,
      properties: {
        elements: { description: 'Only these elements.', type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
        exclude: { description: 'Never these elements.', type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
      },
    },
  },
} as const;

/** A port as written. */
export type PortSection = string | { readonly name: string; readonly number?: number; readonly stp?: PortStpSection };

/** Port spanning-tree settings as written. */
export interface PortStpSection {
  readonly cost?: number;
  readonly priority?: number;
  readonly edge?: boolean;
  readonly bpdu_guard?: boolean;
  readonly root_guard?: boolean;
  readonly loop_guard?: boolean;
}

/** A switch as written. */
export interface SwitchSection {
  readonly name: string;
  readonly stp?: {
    readonly mode?: 'rstp' | 'stp' | 'none';
    readonly priority?: number;
    readonly platform?: 'ieee' | 'linux';
    readonly mac?: string;
    readonly hello_time?: number;
    readonly forward_delay?: number;
    readonly max_age?: number;
  };
  readonly ports?: readonly PortSection[];
  readonly link_state_tracking?: readonly { readonly name?: string | number; readonly upstream: readonly string[]; readonly downstream: readonly string[] }[];
  readonly errdisable_recovery?: { readonly cause: readonly 'bpduguard'[]; readonly interval?: number };
}

/** A host or router as written. */
export interface EndpointSection {
  readonly name: string;
  readonly nics?: readonly string[];
}

/** A link as written. */
export interface LinkSection {
  readonly name?: string;
  readonly a: string;
  readonly b: string;
  readonly speed?: number | string;
  readonly bundle?: string;
  readonly udld?: 'aggressive';
  readonly stp?: PortStpSection;
  /** Usable capacity for demands (issue 4). */
  readonly capacity?: number | string;
}

/** A bond as written. */
export interface BondSection {
  readonly host: string;
  readonly name: string;
  readonly mode: (typeof BOND_MODE_VALUES)[number];
  readonly slaves: readonly string[];
  readonly primary?: string;
  readonly monitor: {
    readonly mii?: {
      readonly miimon: number;
      readonly updelay?: number;
      readonly downdelay?: number;
      readonly use_carrier?: 0 | 1 | boolean;
      readonly driver_reports_link?: boolean;
    };
    readonly arp?: {
      readonly interval: number;
      readonly targets: readonly string[];
      readonly validate?: 'none' | 'active' | 'backup' | 'all' | 'filter' | 'filter_active' | 'filter_backup';
      readonly all_targets?: 'any' | 'all';
    };
  };
}

/** The section as it arrives after the schema (issue 4's keys in {@link AggregationSection}). */
export interface TopologySection extends AggregationSection {
  readonly switches: readonly SwitchSection[];
  readonly hosts?: readonly EndpointSection[];
  readonly routers?: readonly EndpointSection[];
  readonly links: readonly LinkSection[];
  readonly bonds?: readonly BondSection[];
  readonly faults?: { readonly elements?: readonly string[]; readonly exclude?: readonly string[] };
}
