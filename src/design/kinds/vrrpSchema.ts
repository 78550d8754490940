import { NAME_PATTERN } from './namePattern.js';
import { arpSectionSchema, garpOptionsSchema, type ArpSection, type GarpOptionsSection } from './vrrpArpSchema.js';
/**
 * JSON Schema (draft-07) of the `vrrp:` section of a design: one VRRP instance (one VRID on
 * one LAN) with keepalived's option names. Semantic checks the schema cannot express (unique
 * names, one owner, matching VRIDs, v2 whole seconds) are made by the VRRP kind's `build`.
 */

const advertInt = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 255,
};

const authentication = {
  type: 'object',
  required: ['auth_type', 'auth_pass'],
  additionalProperties: false,
  properties: {
    auth_type: { description: 'PASS (a clear-text password) or AH (IPsec AH); VRRPv2 only: keepalived ignores it under VRRPv3.', enum: ['PASS', 'AH'] },
    auth_pass: { description: 'The password; keepalived uses only its first 8 characters.', type: 'string', minLength: 1 },
  },
};

const serviceEffects = {
  type: 'array',
  items: { enum: ['service.start', 'service.stop'] },
  minItems: 1,
};

const virtualIpaddress = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
};

/** The section schema. */
export const vrrpSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['vrid', 'routers'],
  additionalProperties: false,
  properties: {
    version: {
      description: 'VRRP version: 2 (RFC 3768, keepalived default) or 3 (RFC 5798). Default 2.',
      enum: [2, 3],
    },
    vrid: {
      description: 'virtual_router_id shared by every router of the instance (1..255).',
      type: 'integer',
      minimum: 1,
      maximum: 255,
    },
    advert_int: {
      ...advertInt,
      description: 'Advertisement interval in seconds for every router (keepalived advert_int). Default 1; VRRPv2 needs whole seconds.',
    },
    authentication: {
      ...authentication,
      description: 'keepalived authentication block of every router (auth_type PASS|AH, auth_pass). Default none.',
    },
    virtual_ipaddress: {
      ...virtualIpaddress,
      description: 'keepalived virtual_ipaddress of every router: the virtual IP addresses (10.0.0.1 or 10.0.0.1/24). Default: one unnamed VIP.',
    },
    skip_check_adv_addr: {
      description: 'keepalived skip_check_adv_addr on every router: skip the virtual address check for adverts of the master already accepted. It does not make a router accept a peer whose virtual_ipaddress differs from the start (every such advert is checked).',
      type: 'boolean',
    },
    keepalived_version: {
      description: 'keepalived release the routers run (e.g. 2.2.7): before 2.3.3 an advert whose virtual IP set differs is discarded; later ones only log it. Default 2.2.7.',
      type: 'string',
      pattern: '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$',
    },
    segments: {
      description: 'The LAN segments (access switches with hosts, joined by inter-switch links) the routers are cabled to. With segments, a partition cuts every segment from the others (e.g. 2 | 1 across two switches) and each router names its segment; without, a partition isolates every router.',
      type: 'array',
      items: { type: 'string', pattern: NAME_PATTERN },
      minItems: 1,
      uniqueItems: true,
    },
    ...garpOptionsSchema,
    ...arpSectionSchema,
    notify: {
      description: "keepalived notify scripts of every router, as their effect on the service they manage (e.g. notify_master starts haproxy, notify_backup stops it): service.start or service.stop; the last effect of a list is the one that stays. notify_stop runs on a graceful stop only; a killed keepalived runs none.",
      type: 'object',
      additionalProperties: false,
      properties: { master: serviceEffects, backup: serviceEffects, fault: serviceEffects, stop: serviceEffects },
    },
    supervisor: {
      description: 'A supervisor (daemontools supervise, systemd Restart=always) starting keepalived again after it dies (fault kind kill).',
      type: 'object',
      required: ['restart'],
      additionalProperties: false,
      properties: { restart: { type: 'number', exclusiveMinimum: 0, maximum: 60, description: 'Seconds from the death until keepalived runs again.' } },
    },
    routers: {
      description: 'The routers running this instance (at least 2), in primary-IP order: a later router wins priority ties.',
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/router' },
    },
  },
  definitions: {
    router: {
      description: 'One router (keepalived vrrp_instance on one host).',
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: {
          description: 'Router name, used in traces (e.g. r1, gw-a).',
          type: 'string',
          pattern: NAME_PATTERN,
        },
        priority: {
          description: 'VRRP priority 1..255; 255 = address owner. Default: 255 if state is MASTER, else 100 (keepalived).',
          type: 'integer',
          minimum: 1,
          maximum: 255,
        },
        state: {
          description: 'keepalived initial state: only a wish; a non-owner with MASTER still starts as BACKUP and clears nopreempt.',
          enum: ['MASTER', 'BACKUP'],
        },
        nopreempt: {
          description: 'Do not take over from a lower-priority master (keepalived nopreempt; put it on the higher-priority router).',
          type: 'boolean',
        },
        preempt_delay: {
          description: 'Seconds to keep accepting a lower-priority master before preempting (keepalived preempt_delay, 0..1000).',
          type: 'number',
          minimum: 0,
          maximum: 1000,
        },
        advert_int: {
          ...advertInt,
          description: "This router's advertisement interval in seconds, overriding the instance's advert_int.",
        },
        link_ready_after: {
          description: 'Seconds after this router\'s host boots until its LAN port passes frames (a switch port in STP listening/learning: 2 × forward_delay; link negotiation). Default 0.',
          type: 'number',
          minimum: 0,
          maximum: 120,
        },
        vrrp_startup_delay: {
          description: 'keepalived global_defs vrrp_startup_delay on this router\'s host: seconds before the VRRP instance starts after keepalived starts. Default 0.',
          type: 'number',
          minimum: 0,
          maximum: 120,
        },
        unicast_peer: {
          description: 'keepalived unicast_peer: the routers (by name) this one sends its adverts to, unicast. Absent: multicast to 224.0.0.18.',
          type: 'array',
          items: { type: 'string', pattern: NAME_PATTERN },
          uniqueItems: true,
        },
        vrid: {
          description: "This router's virtual_router_id when it is written per router (default the instance's vrid); a router with another VRID ignores the group's adverts.",
          type: 'integer',
          minimum: 1,
          maximum: 255,
        },
        authentication: {
          ...authentication,
          description: "This router's authentication block, overriding the instance's.",
        },
        virtual_ipaddress: {
          ...virtualIpaddress,
          description: "This router's virtual_ipaddress, overriding the instance's.",
        },
        segment: {
          description: 'The segment (one of vrrp.segments) this router is cabled to.',
          type: 'string',
          pattern: NAME_PATTERN,
        },
        ...garpOptionsSchema,
        dont_track_primary: {
          description: "keepalived dont_track_primary: the instance ignores its own interface going down (no FAULT on a cable pull; it stays MASTER, or becomes MASTER, on a dead link). Default false: carrier loss puts the instance in FAULT.",
          type: 'boolean',
        },
      },
    },
  },
} as const;

/** The section as it arrives after the schema: every optional key may be absent. */
export interface VrrpSection extends GarpOptionsSection, ArpSection {
  readonly version?: 2 | 3;
  readonly vrid: number;
  readonly advert_int?: number;
  readonly authentication?: VrrpAuthenticationSection;
  readonly virtual_ipaddress?: readonly string[];
  readonly keepalived_version?: string;
  readonly skip_check_adv_addr?: boolean;
  readonly segments?: readonly string[];
  readonly notify?: Readonly<Partial<Record<'master' | 'backup' | 'fault' | 'stop', readonly ('service.start' | 'service.stop')[]>>>;
  readonly supervisor?: { readonly restart: number };
  readonly routers: readonly VrrpRouterSection[];
}

/** An `authentication` block as written. */
export interface VrrpAuthenticationSection {
  readonly auth_type: 'PASS' | 'AH';
  readonly auth_pass: string;
}

/** One router as written. */
export interface VrrpRouterSection extends GarpOptionsSection {
  readonly name: string;
  readonly priority?: number;
  readonly state?: 'MASTER' | 'BACKUP';
  readonly nopreempt?: boolean;
  readonly preempt_delay?: number;
  readonly advert_int?: number;
  readonly vrid?: number;
  readonly unicast_peer?: readonly string[];
  readonly link_ready_after?: number;
  readonly vrrp_startup_delay?: number;
  readonly authentication?: VrrpAuthenticationSection;
  readonly virtual_ipaddress?: readonly string[];
  readonly segment?: string;
  readonly dont_track_primary?: boolean;
}
