import { NAME_PATTERN } from './namePattern.js';
/**
 * The `vrrp:` section's keys for gratuitous ARP, hosts and the virtual MAC (models/vrrp/arp.ts,
 * decision 0041): keepalived's names, per instance (every router) or per router.
 */

/** keepalived's per-instance GARP options, accepted on the section (every router) and on a router. */
export const garpOptionsSchema = {
  garp_master_delay: {
    description: 'keepalived garp_master_delay: seconds after becoming MASTER until the second burst of gratuitous ARPs (0 = none). Default 5.',
    type: 'integer',
    minimum: 0,
    maximum: 120,
  },
  garp_master_repeat: {
    description: 'keepalived garp_master_repeat: gratuitous ARPs a burst (at least 1). Default 5; garp_lower_prio_repeat defaults to it.',
    type: 'integer',
    minimum: 1,
    maximum: 1000,
  },
  garp_master_refresh: {
    description: 'keepalived garp_master_refresh: seconds between gratuitous ARP refreshes while MASTER (0 = none). Default 0.',
    type: 'integer',
    minimum: 0,
    maximum: 120,
  },
  garp_lower_prio_repeat: {
    description: 'keepalived garp_lower_prio_repeat: gratuitous ARPs a MASTER sends when it hears a lower-priority advert (0 = none; vrrp_strict forces 0). Default garp_master_repeat.',
    type: 'integer',
    minimum: 0,
    maximum: 1000,
  },
  higher_prio_send_advert: {
    description: 'keepalived higher_prio_send_advert: a MASTER that hears a higher priority sends one advert before stepping down, so the winner answers with its garp_lower_prio_repeat burst. Default false.',
    type: 'boolean',
  },
} as const;

/** Section-only keys: the hosts and the virtual MAC. */
export const arpSectionSchema = {
  hosts: {
    description: 'Hosts sending traffic to the virtual IP (for traffic-reaches-master), each on the side of a router (same switch). Default with traffic-reaches-master: one host next to each router.',
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'near'],
      additionalProperties: false,
      properties: {
        name: { description: 'Host name, used in traces.', type: 'string', pattern: NAME_PATTERN },
        near: { description: 'The router whose switch the host is cabled to (its side of any partition).', type: 'string', pattern: NAME_PATTERN },
      },
    },
  },
  use_vmac: {
    description: 'keepalived use_vmac on every router: the virtual IP answers with the virtual MAC 00-00-5E-00-01-{VRID}, so switches, not ARP caches, decide where hosts\' frames go. Default false.',
    type: 'boolean',
  },
  vmac_xmit_base: {
    description: 'keepalived vmac_xmit_base: adverts leave from the base interface (real MAC), so only gratuitous ARPs teach switches the virtual MAC (forced with unicast_peer). Default false.',
    type: 'boolean',
  },
} as const;

/** The GARP options as written on the section or a router. */
export interface GarpOptionsSection {
  readonly garp_master_delay?: number;
  readonly garp_master_repeat?: number;
  readonly garp_master_refresh?: number;
  readonly garp_lower_prio_repeat?: number;
  readonly higher_prio_send_advert?: boolean;
}

/** The section-only keys as written. */
export interface ArpSection {
  readonly hosts?: readonly { readonly name: string; readonly near: string }[];
  readonly use_vmac?: boolean;
  readonly vmac_xmit_base?: boolean;
}
