import { NAME_PATTERN } from './namePattern.js';
/**
 * JSON Schema (draft-07) of the `lvs:` section: one keepalived `virtual_server` (IPVS) with its
 * real servers and a `MISC_CHECK`, on one director or a VRRP pair of directors. Names follow
 * keepalived.conf. Semantic checks (unique names and addresses, DR port rule) are made by the
 * LVS kind's `build`.
 */

const name = { type: 'string', pattern: NAME_PATTERN } as const;
const ipv4 = { type: 'string', pattern: '^(\\d{1,3}\\.){3}\\d{1,3}$' } as const;
const port = { type: 'integer', minimum: 1, maximum: 65535 } as const;

/** The section schema. */
export const lvsSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['virtual_server', 'directors', 'real_servers', 'misc_check'],
  additionalProperties: false,
  properties: {
    virtual_server: {
      description: 'keepalived `virtual_server <address> <port>` with its scheduler and forwarding method.',
      type: 'object',
      required: ['address', 'port'],
      additionalProperties: false,
      properties: {
        address: ipv4,
        port,
        protocol: { description: 'Default UDP (DNS).', enum: ['UDP', 'TCP'] },
        lvs_sched: { description: 'IPVS scheduler; the model covers round robin.', enum: ['rr'] },
        lvs_method: { description: 'Forwarding method; the model covers direct routing.', enum: ['DR'] },
      },
    },
    directors: {
      description: 'One director, or two forming a VRRP pair for the VIP (the higher priority holds it).',
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name, priority: { description: 'VRRP priority, default 100.', type: 'integer', minimum: 1, maximum: 254 } },
      },
    },
    advert_int: { description: 'VRRP advert_int between the directors, seconds (default 1).', type: 'integer', minimum: 1, maximum: 10 },
    real_servers: {
      description: 'The real DNS servers (keepalived `real_server <address> <port>`).',
      type: 'array',
      minItems: 1,
      maxItems: 4,
      items: {
        type: 'object',
        required: ['name', 'address'],
        additionalProperties: false,
        properties: { name, address: ipv4, port },
      },
    },
    misc_check: {
      description: 'keepalived `MISC_CHECK` running dig against each real server.',
      type: 'object',
      required: ['misc_path'],
      additionalProperties: false,
      properties: {
        misc_path: { description: 'The check command, e.g. `/usr/bin/dig @%s +time=1 +tries=2 example.com` (documentation only).', type: 'string' },
        delay_loop: { description: 'Seconds between checks (keepalived default 60).', type: 'integer', minimum: 1, maximum: 120 },
        misc_timeout: { description: 'Seconds before a running check is killed and counted as failed (default: delay_loop).', type: 'integer', minimum: 1, maximum: 120 },
        dig_seconds: { description: 'How long dig itself waits for a silent server: +time × +tries (default 15: the dig defaults +time=5 +tries=3).', type: 'number', exclusiveMinimum: 0, maximum: 120 },
        retry: { description: 'Failed checks tolerated before removal (MISC_CHECK default 0).', type: 'integer', minimum: 0, maximum: 5 },
        delay_before_retry: { description: 'Seconds between retries (default 1).', type: 'integer', minimum: 1, maximum: 60 },
        alpha: { description: 'Start with every real server out of the pool until a check passes (default false).', type: 'boolean' },
      },
    },
  },
} as const;

/** The section as the kind reads it after schema validation. */
export interface LvsSection {
  readonly virtual_server: { readonly address: string; readonly port: number; readonly protocol?: 'UDP' | 'TCP'; readonly lvs_sched?: 'rr'; readonly lvs_method?: 'DR' };
  readonly directors: readonly { readonly name: string; readonly priority?: number }[];
  readonly advert_int?: number;
  readonly real_servers: readonly { readonly name: string; readonly address: string; readonly port?: number }[];
  readonly misc_check: {
    readonly misc_path: string;
    readonly delay_loop?: number;
    readonly misc_timeout?: number;
    readonly dig_seconds?: number;
    readonly retry?: number;
    readonly delay_before_retry?: number;
    readonly alpha?: boolean;
  };
}
