import { NAME_PATTERN } from './namePattern.js';
/**
 * JSON Schema (draft-07) of the `drbd:` section of a design: one DRBD resource on two nodes,
 * with drbd.conf's option names. Semantic checks the schema cannot express (two distinct
 * nodes, one initial Primary, dual-primary only with protocol C) are made by the DRBD kind's
 * `build`.
 */

/** The section schema. */
export const drbdSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['nodes'],
  additionalProperties: false,
  properties: {
    resource: {
      description: 'Resource name (drbd.conf `resource r0`), used in reports.',
      type: 'string',
      pattern: '^[A-Za-z0-9_.-]+$',
    },
    protocol: {
      description: 'Replication protocol: A (ack on local disk + send buffer), B (ack when the peer received it), C (ack when on the peer disk). Default C.',
      enum: ['A', 'B', 'C'],
    },
    writes: {
      description: 'How many writes the application issues in the model (abstract sequence numbers). Default 2.',
      type: 'integer',
      minimum: 1,
      maximum: 3,
    },
    nodes: {
      description: 'The two nodes of the resource, each with its initial role (default: the first is Primary).',
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/node' },
    },
    fencing: {
      description: 'fencing policy: dont-care (default), resource-only (fence-peer outdates the peer), resource-and-stonith (I/O frozen until the handler returns).',
      enum: ['dont-care', 'resource-only', 'resource-and-stonith'],
    },
    'allow-two-primaries': {
      description: 'Allow both nodes to be Primary (needs protocol C and a cluster file system). Default false.',
      type: 'boolean',
    },
    'after-sb-0pri': {
      description: 'Split-brain policy when no node is Primary. Default disconnect.',
      enum: ['disconnect', 'discard-younger-primary', 'discard-older-primary', 'discard-zero-changes', 'discard-least-changes'],
    },
    'after-sb-1pri': {
      description: 'Split-brain policy when one node is Primary. Default disconnect.',
      enum: ['disconnect', 'consensus', 'discard-secondary'],
    },
    'after-sb-2pri': {
      description: 'Split-brain policy when both nodes are Primary. Default disconnect (the only one modelled).',
      enum: ['disconnect'],
    },
    operator: {
      description: 'What the operator or cluster manager does (DRBD 8.4 never promotes by itself).',
      type: 'object',
      additionalProperties: false,
      properties: {
        promote: {
          description: 'failover (default): promote a node only when no node is Primary; any: whenever DRBD accepts it.',
          enum: ['failover', 'any'],
        },
        force: {
          description: 'The operator may run `drbdadm primary --force` when a plain promotion is refused. Default false.',
          type: 'boolean',
        },
        demote: {
          description: 'The operator may demote a Primary (`drbdadm secondary`). Default false.',
          type: 'boolean',
        },
      },
    },
  },
  definitions: {
    node: {
      description: 'One node (a `on <host>` section).',
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: {
          description: 'Host name, used in traces (e.g. alice, nfs-a).',
          type: 'string',
          pattern: NAME_PATTERN,
        },
        role: {
          description: 'Initial role: Primary or Secondary. At most one Primary; default: the first node is Primary.',
          enum: ['Primary', 'Secondary'],
        },
      },
    },
  },
} as const;

/** The section as it arrives after the schema: every optional key may be absent. */
export interface DrbdSection {
  readonly resource?: string;
  readonly protocol?: 'A' | 'B' | 'C';
  readonly writes?: number;
  readonly nodes: readonly { readonly name: string; readonly role?: 'Primary' | 'Secondary' }[];
  readonly fencing?: 'dont-care' | 'resource-only' | 'resource-and-stonith';
  readonly 'allow-two-primaries'?: boolean;
  readonly 'after-sb-0pri'?: 'disconnect' | 'discard-younger-primary' | 'discard-older-primary' | 'discard-zero-changes' | 'discard-least-changes';
  readonly 'after-sb-1pri'?: 'disconnect' | 'consensus' | 'discard-secondary';
  readonly 'after-sb-2pri'?: 'disconnect';
  readonly operator?: { readonly promote?: 'failover' | 'any'; readonly force?: boolean; readonly demote?: boolean };
}
