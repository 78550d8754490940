/**
 * JSON Schema (draft-07) of the `site:` section: a whole site in one section — the network
 * (`topology:`, exactly the topology kind's section), the HA stack (`cluster:`, exactly the
 * cluster kind's section, its node names being hosts of the network), where each node's
 * traffic leaves its host (`placement:`), and the hosts that are clients of the service.
 */
import { hastackSectionSchema, type HaStackSection } from './hastackSchema.js';
import { NAME_PATTERN } from './namePattern.js';
import { topologySectionSchema, type TopologySection } from './topologySchema.js';

function embedded(schema: Record<string, unknown>, description: string): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return { description, ...rest };
}

const interfaceName = (what: string) => ({
  type: 'string',
  pattern: NAME_PATTERN,
  description: `${what}: a bond or NIC name of the node's host. Default: any interface of the host.`,
});

/** The section schema. */
export const siteSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['topology', 'cluster'],
  additionalProperties: false,
  properties: {
    topology: embedded(topologySectionSchema, 'The network: switches, hosts (the cluster nodes and clients among them), routers, links, bonds, LAGs, MC-LAG, gateways — as in a `topology:` design.'),
    cluster: embedded(hastackSectionSchema, 'The HA stack on two hosts of the network — as in a `cluster:` design; each node name is a host of `topology`.'),
    placement: {
      description: 'Where each node sends its traffic. A node not listed uses any of its interfaces for everything.',
      type: 'array',
      items: {
        type: 'object',
        required: ['node'],
        additionalProperties: false,
        properties: {
          node: { type: 'string', pattern: NAME_PATTERN, description: 'A cluster node (and host) name.' },
          vip: interfaceName('The interface carrying the virtual IP, where clients reach the service (`virtual_ipaddress ... dev`)'),
          heartbeat: interfaceName('The interface keepalived sends its adverts on (`interface`); default: the VIP interface'),
          replication: interfaceName("The interface DRBD replicates over (the `address` of the node's `on` section); default: the heartbeat interface"),
        },
      },
    },
    clients: {
      description: 'Hosts of the network that use the service through the VIP.',
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: NAME_PATTERN },
    },
  },
} as const;

/** One `placement:` entry as it arrives after the schema. */
export interface PlacementSection {
  readonly node: string;
  readonly vip?: string;
  readonly heartbeat?: string;
  readonly replication?: string;
}

/** The section as it arrives after the schema. */
export interface SiteSection {
  readonly topology: TopologySection;
  readonly cluster: HaStackSection;
  readonly placement?: readonly PlacementSection[];
  readonly clients?: readonly string[];
}
