/**
 * JSON Schema (draft-07) of the `lacp:` section: one server bond and the switch
 * port-channel(s) its members reach, with LACP mode, rate and vendor fallback (PROTOCOLS.md
 * §4; SCENARIOS.md R2, R3, R5). Cross-references are checked by the LACP kind's `build`.
 */

const name = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_.:/-]*$' };
const mode = { description: 'LACP mode: active sends LACPDUs on its own; passive only answers. Default active.', enum: ['active', 'passive'] };
const rate = { description: 'LACP rate: fast (LACPDU every 1 s, 3 s timeout) or slow (30 s, 90 s timeout). Default slow.', enum: ['fast', 'slow'] };

/** The section schema. */
export const lacpSectionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['switches', 'server', 'members'],
  additionalProperties: false,
  properties: {
    switches: {
      description: 'The switch end(s): one port-channel per switch. Two switches with the same system id are an MC-LAG pair.',
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { ...name, description: 'Switch name, used in traces.' },
          system: { ...name, description: 'LACP system id it sends (an MC-LAG pair shares one, e.g. the vPC system MAC). Default: the switch name.' },
          mode,
          rate,
          fallback: {
            description:
              'Forward without LACP after fallback_timeout seconds without LACPDUs: individual (every member; Cisco `no lacp suspend-individual`, Arista `lacp fallback individual`, Juniper `force-up`, HP `lacp edge-port`), static (one member; Arista `lacp fallback static`), none (members stay suspended). Default none.',
            enum: ['none', 'individual', 'static'],
          },
          fallback_timeout: { description: 'Seconds without LACPDUs before fallback (Arista default 90, Dell OS10 15, Extreme 60). Default 90.', type: 'integer', minimum: 0, maximum: 254 },
        },
      },
    },
    server: {
      description: 'The server with a Linux 802.3ad bond.',
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { ...name, description: 'Server name, used in traces.' },
        mode,
        rate,
        pxe: { description: 'Powers on into PXE (no LACPDUs until its OS is installed). Default false.', type: 'boolean' },
        pxe_timeout: { description: 'Seconds the PXE ROM waits for a DHCP answer. Default 60.', type: 'integer', minimum: 1, maximum: 254 },
        install_seconds: { description: 'Seconds from the PXE answer to the installed OS starting its bond. Default 10.', type: 'integer', minimum: 0, maximum: 200 },
      },
    },
    members: {
      description: 'Member links: a server port, the switch it reaches, its speed.',
      type: 'array',
      minItems: 1,
      maxItems: 4,
      items: {
        type: 'object',
        required: ['name', 'switch'],
        additionalProperties: false,
        properties: {
          name: { ...name, description: 'Server port name (e.g. eth0).' },
          switch: { ...name, description: 'The switch this link reaches (a name under switches).' },
          speed: { description: 'Link speed in Mb/s; members of one bundle must match. Default 10000.', type: 'integer', minimum: 10 },
        },
      },
    },
  },
} as const;

type Mode = 'active' | 'passive';
type Rate = 'fast' | 'slow';

/** The section as it arrives after the schema. */
export interface LacpSection {
  readonly switches: readonly {
    readonly name: string;
    readonly system?: string;
    readonly mode?: Mode;
    readonly rate?: Rate;
    readonly fallback?: 'none' | 'individual' | 'static';
    readonly fallback_timeout?: number;
  }[];
  readonly server: { readonly name: string; readonly mode?: Mode; readonly rate?: Rate; readonly pxe?: boolean; readonly pxe_timeout?: number; readonly install_seconds?: number };
  readonly members: readonly { readonly name: string; readonly switch: string; readonly speed?: number }[];
}
