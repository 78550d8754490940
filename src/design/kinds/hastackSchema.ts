/**
 * JSON Schema (draft-07) of the `cluster:` section: two nodes running keepalived VRRP with
 * optional `vrrp_script`s and `track_interface`, notify scripts as declared effects, an optional supervisor, and
 * either an NFS export on a DRBD resource or a DNS daemon. keepalived.conf and drbd.conf
 * option names. Cross-checks (two distinct nodes, effects that fit the service, timing) are
 * made by the kind's `build`.
 */
import { NOTIFY_EFFECTS } from '../../../models/keepalived/config.js';
import { NAME_PATTERN } from './namePattern.js';

const effects = {
  type: 'array',
  items: { enum: NOTIFY_EFFECTS },
  description: `Effects of the script, in order; a failing effect ends the script. One of: ${NOTIFY_EFFECTS.join(', ')}.`,
};

/** One `vrrp_script`. */
const script = {
  description: 'A health check tracked by the instance on both nodes (vrrp_script + track_script).',
  type: 'object',
  required: ['name', 'check'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: NAME_PATTERN, description: 'Script name, e.g. chk_dns.' },
    check: { enum: ['dns', 'nfs'], description: 'What it tests on its own node: dns (`dig @127.0.0.1 +time=1 +tries=3`) or nfs (the NFS server answers).' },
    script: { type: 'string', description: 'The command line, for the reader (not run).' },
    interval: { type: 'integer', minimum: 1, maximum: 30, description: 'Seconds between runs. Default 1.' },
    fall: { type: 'integer', minimum: 1, maximum: 5, description: 'Failures to turn KO. Default 1.' },
    rise: { type: 'integer', minimum: 1, maximum: 5, description: 'Successes to turn OK. Default 1.' },
    timeout: { type: 'number', exclusiveMinimum: 0, maximum: 3600, description: 'keepalived timeout: seconds after which a run is killed and counts as a failure. Default: the interval.' },
    runtime: { type: 'number', minimum: 0, maximum: 3600, description: 'Seconds one run takes while the checked service answers (a dig of a name that needs recursion, a slow HTTP check); a run longer than timeout fails. Default 0.' },
    weight: { type: 'integer', minimum: -253, maximum: 253, description: '0 (default): KO puts the instance in FAULT; otherwise the priority is adjusted.' },
    master_only: { type: 'boolean', description: 'The script exits 0 on a node without the VIP (`ip addr show | grep -q VIP || exit 0`), so a BACKUP whose service is stopped is not failed. Default false.' },
    missing_on: {
      type: 'array',
      items: { type: 'string', pattern: NAME_PATTERN },
      uniqueItems: true,
      description: 'Nodes where the script file is missing, not executable or insecure when keepalived starts: keepalived disables the tracker there ("Disabling track script ... since not found/accessible").',
    },
  },
} as const;

/** One `vrrp_track_process`. */
const trackProcess = {
  description: 'A vrrp_track_process (+ track_process) on the service daemon: keepalived follows it through process events and runs no script. Weight 0 (default): the daemon gone puts the instance in FAULT.',
  type: 'object',
  required: ['name', 'check'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: NAME_PATTERN, description: 'Tracker name, e.g. chk_named.' },
    check: { enum: ['dns', 'nfs'], description: 'The daemon it follows on its own node: the DNS daemon or the NFS server.' },
    process: { type: 'string', description: 'The process name, for the reader (e.g. named).' },
    weight: { type: 'integer', minimum: -253, maximum: 253, description: '0 (default): the process gone puts the instance in FAULT; otherwise the priority is adjusted.' },
  },
} as const;

/** The section schema. */
export const hastackSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['service', 'vrrp', 'nodes'],
  additionalProperties: false,
  properties: {
    service: { description: 'What the VIP offers: nfs (an export on a DRBD resource) or dns (a DNS daemon per node).', enum: ['nfs', 'dns'] },
    vrrp: {
      description: 'The VRRP instance both nodes run.',
      type: 'object',
      required: ['vrid'],
      additionalProperties: false,
      properties: {
        version: { enum: [2, 3], description: 'VRRP version, default 2.' },
        vrid: { type: 'integer', minimum: 1, maximum: 255, description: 'virtual_router_id.' },
        advert_int: { type: 'number', exclusiveMinimum: 0, maximum: 10, description: 'Advertisement interval in seconds, default 1. VRRPv2 needs whole seconds; with version 3 a multiple of 0.01 s (e.g. 0.5), and a tick is a quarter of it.' },
      },
    },
    nodes: {
      description: 'The two nodes, in primary-IP order (a later node wins priority ties).',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: NAME_PATTERN, description: 'Host name used in traces.' },
          priority: { type: 'integer', minimum: 1, maximum: 255, description: 'keepalived priority (default from state: MASTER 255, BACKUP 100).' },
          state: { enum: ['MASTER', 'BACKUP'], description: 'Initial state wish; nopreempt needs BACKUP.' },
          nopreempt: { type: 'boolean', description: 'keepalived nopreempt (cleared with state MASTER).' },
          preempt_delay: { type: 'integer', minimum: 0, maximum: 10, description: 'Seconds.' },
        },
      },
    },
    vrrp_script: {
      description: 'Health checks tracked by the instance on both nodes (vrrp_script + track_script): one script, or a list (effective priority = base + the sum of the weighted adjustments, clamped to 1..254; any weight-0 script KO puts the instance in FAULT).',
      oneOf: [script, { type: 'array', minItems: 1, maxItems: 3, items: script }],
    },
    track_process: trackProcess,
    track_interface: {
      description: 'track_interface on the service NIC (the one carrying the VIP; VRRP adverts use a separate heartbeat interface). Weight 0: the NIC down puts the instance in FAULT; otherwise the priority is adjusted (> 0: +weight while up; < 0: −|weight| while down). Fault kind `nic` takes the NIC down.',
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', pattern: NAME_PATTERN, description: 'Interface name, e.g. eth1.' },
        weight: { type: 'integer', minimum: -253, maximum: 253, description: '0 (default): the NIC down puts the instance in FAULT; otherwise the priority is adjusted.' },
      },
    },
    notify: {
      description: 'Notify scripts as declared effects on DRBD, the mount and NFS.',
      type: 'object',
      additionalProperties: false,
      properties: { master: effects, backup: effects, fault: effects, stop: effects },
    },
    supervisor: {
      description: 'A supervisor (daemontools supervise, systemd Restart=always) restarting keepalived when it dies.',
      type: 'object',
      required: ['restart'],
      additionalProperties: false,
      properties: { restart: { type: 'integer', minimum: 0, maximum: 10, description: 'Seconds until the restart.' } },
    },
    drbd: {
      description: 'The DRBD resource under the NFS export, on the same two nodes.',
      type: 'object',
      additionalProperties: false,
      properties: {
        protocol: { enum: ['A', 'B', 'C'] },
        fencing: { enum: ['dont-care', 'resource-only', 'resource-and-stonith'] },
        writes: { type: 'integer', minimum: 1, maximum: 2, description: 'Writes the application issues in the model. Default 1.' },
      },
    },
    nfs: {
      description: 'The NFS server.',
      type: 'object',
      additionalProperties: false,
      properties: {
        client_state: {
          enum: ['local', 'replicated', 'nfsd-fs'],
          description: 'Where client mount state lives: local /var/lib/nfs, on the replicated volume, or not needed (nfsd filesystem). When set, one client mounts through the VIP.',
        },
      },
    },
  },
} as const;

type Effect = (typeof NOTIFY_EFFECTS)[number];

/** One `vrrp_script` as it arrives after the schema. */
export interface ScriptSection {
  readonly name: string;
  readonly check: 'dns' | 'nfs';
  readonly script?: string;
  readonly interval?: number;
  readonly fall?: number;
  readonly rise?: number;
  readonly timeout?: number;
  readonly runtime?: number;
  readonly weight?: number;
  readonly master_only?: boolean;
  readonly missing_on?: readonly string[];
}

/** One `vrrp_track_process` as it arrives after the schema. */
export interface TrackProcessSection {
  readonly name: string;
  readonly check: 'dns' | 'nfs';
  readonly process?: string;
  readonly weight?: number;
}

/** The section as it arrives after the schema. */
export interface HaStackSection {
  readonly service: 'nfs' | 'dns';
  readonly vrrp: { readonly version?: 2 | 3; readonly vrid: number; readonly advert_int?: number };
  readonly nodes: readonly { readonly name: string; readonly priority?: number; readonly state?: 'MASTER' | 'BACKUP'; readonly nopreempt?: boolean; readonly preempt_delay?: number }[];
  readonly vrrp_script?: ScriptSection | readonly ScriptSection[];
  readonly track_process?: TrackProcessSection;
  readonly track_interface?: { readonly name: string; readonly weight?: number };
  readonly notify?: { readonly master?: readonly Effect[]; readonly backup?: readonly Effect[]; readonly fault?: readonly Effect[]; readonly stop?: readonly Effect[] };
  readonly supervisor?: { readonly restart: number };
  readonly drbd?: { readonly protocol?: 'A' | 'B' | 'C'; readonly fencing?: 'dont-care' | 'resource-only' | 'resource-and-stonith'; readonly writes?: number };
  readonly nfs?: { readonly client_state?: 'local' | 'replicated' | 'nfsd-fs' };
}
