import { NAME_PATTERN } from './namePattern.js';
/**
 * JSON Schema (draft-07) of the `rstp:` section: bridges and point-to-point links for the
 * protocol-level RSTP model (models/rstp), with 802.1D-2004 timer names. Semantic checks
 * (unique names, known link ends, timer constraint) are made by the RSTP kind's `build`.
 */

/** The section schema. */
export const rstpSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['bridges', 'links'],
  additionalProperties: false,
  properties: {
    max_age: { description: 'Max Age in seconds (6..40), a hop limit on Message Age. Default 20.', type: 'integer', minimum: 6, maximum: 40 },
    forward_delay: { description: 'Forward Delay in seconds (4..30); 2 × (forward_delay − 1) ≥ max_age. Default 15.', type: 'integer', minimum: 4, maximum: 30 },
    bpdu_delivery: {
      description: 'urgent (default): every BPDU arrives before the next hello; delayed: a BPDU may wait one hello (TxHoldCount limit).',
      enum: ['urgent', 'delayed'],
    },
    start: { description: 'converged (default): start from the steady state; cold: every bridge has just booted.', enum: ['converged', 'cold'] },
    fail: {
      description: 'Bridges and links (by a-b name) that may fail; default every one.',
      type: 'array',
      items: { type: 'string' },
    },
    bridges: {
      description: 'The bridges (2..5).',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { description: 'Bridge name, used in traces.', type: 'string', pattern: NAME_PATTERN },
          priority: { description: 'Bridge priority, a multiple of 4096 in 0..61440. Default 32768.', type: 'integer', minimum: 0, maximum: 61440, multipleOf: 4096 },
          mac: { description: 'Bridge MAC address; default 02:00:00:00:00:nn by position.', type: 'string', pattern: '^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$' },
        },
      },
    },
    links: {
      description: 'Point-to-point links between bridge ports, written "bridge:port".',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['a', 'b'],
        additionalProperties: false,
        properties: {
          a: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_.-]*:[A-Za-z0-9_./-]+$' },
          b: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_.-]*:[A-Za-z0-9_./-]+$' },
          cost: { description: 'Port path cost at both ends (802.1D-2004 long values). Default 20000 (1 Gb/s).', type: 'integer', minimum: 1, maximum: 200000000 },
        },
      },
    },
  },
} as const;

/** The section after the schema. */
export interface RstpSection {
  readonly max_age?: number;
  readonly forward_delay?: number;
  readonly bpdu_delivery?: 'urgent' | 'delayed';
  readonly start?: 'converged' | 'cold';
  readonly fail?: readonly string[];
  readonly bridges: readonly { readonly name: string; readonly priority?: number; readonly mac?: string }[];
  readonly links: readonly { readonly a: string; readonly b: string; readonly cost?: number }[];
}
