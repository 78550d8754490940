import { NAME_PATTERN } from './namePattern.js';
/**
 * JSON Schema (draft-07) of the `mclag:` section: one MC-LAG domain (two peer switches, a
 * peer link, a keepalive path) and one server dual-homed to it with an LACP bond. Vendor
 * names follow PROTOCOLS.md §5; cross-field checks are made by the MC-LAG kind's `build`.
 */

const name = { type: 'string', pattern: NAME_PATTERN };

/** The section schema. */
export const mclagSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['vendor', 'peers', 'server'],
  additionalProperties: false,
  properties: {
    vendor: {
      description:
        'Peer protocol: cisco-vpc (secondary suspends on peer-link loss, promotes when the peer is silent), cumulus-clag (protodown; own LACP system id when the peer is silent), arista-mlag (secondary promotes unless dual_primary_detection), aruba-vsx (secondary brings its VSX LAGs down on ISL loss; with split_recovery, up again when the keepalive fails too).',
      enum: ['cisco-vpc', 'cumulus-clag', 'arista-mlag', 'aruba-vsx'],
    },
    domain: { description: 'Domain id (vpc domain, clagd-sys-mac source, mlag domain-id); informational.', type: 'integer', minimum: 1, maximum: 65535 },
    peers: {
      description: 'The two peer switches; the lower priority becomes primary (list order breaks ties).',
      type: 'array',
      minItems: 2,
      maxItems: 2,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { ...name, description: 'Switch name, used in traces.' },
          priority: { description: 'Role priority, lower wins (vPC role priority, clagd-priority). Default 32768.', type: 'integer', minimum: 0, maximum: 65535 },
        },
      },
    },
    keepalive: {
      description:
        'Where keepalives travel: separate (mgmt network, clagd-backup-ip, vPC peer-keepalive), over-peer-link (an SVI carried by the peer link itself), none. Default separate; arista-mlag over-peer-link (its peers talk over the local-interface SVI of the peer link; the management path is dual_primary_detection.heartbeat).',
      enum: ['separate', 'over-peer-link', 'none'],
    },
    keepalive_timeout: {
      description: 'Seconds without keepalives before the peer is judged dead. Default: cisco-vpc 5, cumulus-clag 20 (peerTimeout), arista-mlag 5, aruba-vsx 3 (keepalive dead-interval).',
      type: 'integer',
      minimum: 1,
      maximum: 60,
    },
    auto_recovery: {
      description: 'cisco-vpc `auto-recovery`: a suspended secondary brings its vPCs up when keepalives stop too. Default false (clagd always does).',
      type: 'boolean',
    },
    dual_primary_detection: {
      description:
        'arista-mlag `peer-address heartbeat <ip>` + `dual-primary detection delay <delay> action errdisable all-interfaces`: the secondary still takes over when the peer link fails, then errdisables its interfaces once it has heard its peer (primary too) over the heartbeat for `delay` seconds. Absent: no detection (both stay primary).',
      type: 'object',
      required: ['delay'],
      additionalProperties: false,
      properties: {
        delay: { description: '`dual-primary detection delay` in whole seconds (0..120 in the model).', type: 'integer', minimum: 0, maximum: 120 },
        heartbeat: {
          description: 'Where the heartbeat travels: separate (the management network, `peer-address heartbeat <ip> vrf MGMT`; fault kind `heartbeat`) or over-peer-link (an address reached through the peer link: it fails with it, and detection cannot act). Default separate.',
          enum: ['separate', 'over-peer-link'],
        },
        recovery_delay: {
          description: '`dual-primary recovery delay mlag <s>`: seconds the errdisabled MLAG interfaces stay down after the peers meet again over the peer link (0..120 in the model). Default 0.',
          type: 'integer',
          minimum: 0,
          maximum: 120,
        },
      },
    },
    split_recovery: {
      description:
        'aruba-vsx `split-recovery` (default true): after the ISL is lost and the secondary brought its VSX LAGs down, a keepalive that fails too makes it bring them up again (availability over safety: both peers forward). `no split-recovery` keeps them down.',
      type: 'boolean',
    },
    server: { ...name, description: 'The dual-homed server (one LACP bond, one link to each peer).' },
  },
} as const;

/** The section as it arrives after the schema. */
export interface MclagSection {
  readonly vendor: 'cisco-vpc' | 'cumulus-clag' | 'arista-mlag' | 'aruba-vsx';
  readonly domain?: number;
  readonly peers: readonly { readonly name: string; readonly priority?: number }[];
  readonly keepalive?: 'separate' | 'over-peer-link' | 'none';
  readonly keepalive_timeout?: number;
  readonly auto_recovery?: boolean;
  readonly dual_primary_detection?: { readonly delay: number; readonly heartbeat?: 'separate' | 'over-peer-link'; readonly recovery_delay?: number };
  readonly split_recovery?: boolean;
  readonly server: string;
}
