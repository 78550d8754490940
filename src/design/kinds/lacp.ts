/**
 * The LACP design kind: an `lacp:` section describing one server bond and the switch
 * port-channel(s) it reaches, built into the LACP model (models/lacp) and its properties
 * (properties/lacp.ts).
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL280 two switches, or two members, with one name
 * - FL281 fallback_timeout on a switch without fallback
 * - FL282 a PXE boot too long to bound (pxe_timeout + install_seconds + 5 over 254 s)
 * - FL283 a member that reaches no switch of the design
 * - FL284 a bad property parameter under `check:` (shared with the MC-LAG kind)
 */
import type { LacpConfig, LacpFaultKind, LacpParams } from '../../../models/lacp/config.js';
import { resolveLacpConfig } from '../../../models/lacp/config.js';
import { createLacpModel } from '../../../models/lacp/model.js';
import type { LacpState } from '../../../models/lacp/state.js';
import { LACP_PROPERTY_NAMES, lagFormed, oneMemberInFallback, pxeBootSucceeds, type LacpPropertyName } from '../../../properties/lacp.js';
import type { BuildContext, DesignDocument, DesignKind } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { WHOLE_SECONDS } from '../paramShapes.js';
import { boundParam, MAX_BOUND } from './lacpParams.js';
import { lacpSectionSchema, type LacpSection } from './lacpSchema.js';

const FAULT_KINDS: Readonly<Record<LacpFaultKind, string>> = {
  member: 'a member link fails, and later comes back',
  reboot: 'the server reboots (into PXE when it PXE-boots) while its links stay up',
};

/** The LACP properties (FL284 for a parameter a property does not take). */
export const LACP_PROPERTIES = propertyTable<LacpState, LacpConfig, LacpPropertyName>(LACP_PROPERTY_NAMES, 'FL284', {
  'pxe-boot-succeeds': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => pxeBootSucceeds(config, boundParam(request, ctx) ?? undefined) },
  'lag-formed': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => lagFormed(config, boundParam(request, ctx) ?? undefined) },
  'one-member-in-fallback': { params: [], build: (_request, config) => oneMemberInFallback(config) },
});

/** `lacp:` designs. */
export const lacpKind: DesignKind<LacpState> = {
  section: 'lacp',
  description: 'One LACP bundle (server bond to switch port-channels): aggregation rules, rates, fallback for PXE',
  sectionSchema: lacpSectionSchema,
  ...kindProperties(LACP_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const config = resolveLacpConfig(paramsOf(doc, ctx));
    const model = createLacpModel(config);
    const properties = buildProperties(LACP_PROPERTIES, doc.check, config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 } };
  },
};

function paramsOf(doc: DesignDocument, ctx: BuildContext): LacpParams {
  const section = doc['lacp'] as LacpSection;
  unique(section.switches, ['lacp', 'switches'], 'switch', ctx);
  unique(section.members, ['lacp', 'members'], 'member', ctx);
  const switches = section.switches.map((s, i) => {
    const fallback = s.fallback ?? 'none';
    if (fallback === 'none' && s.fallback_timeout !== undefined) {
      ctx.fail(['lacp', 'switches', i, 'fallback_timeout'], 'FL281', `switch "${s.name}" sets fallback_timeout without fallback`, 'add fallback: individual (or static), or remove the timeout');
    }
    return { name: s.name, system: s.system ?? s.name, mode: s.mode ?? 'active', rate: s.rate ?? 'slow', fallback, fallbackTimeout: fallback === 'none' ? 0 : s.fallback_timeout ?? 90 };
  });
  const sv = section.server;
  const server = { name: sv.name, mode: sv.mode ?? 'active', rate: sv.rate ?? 'slow', pxe: sv.pxe ?? false, pxeTimeout: sv.pxe_timeout ?? 60, installSeconds: sv.install_seconds ?? 10 };
  if (server.pxe && server.pxeTimeout + server.installSeconds + 5 > MAX_BOUND) {
    ctx.fail(['lacp', 'server', 'install_seconds'], 'FL282', `pxe_timeout + install_seconds + 5 = ${server.pxeTimeout + server.installSeconds + 5} s is more than the ${MAX_BOUND} s a bound can hold`, 'shorten the install: only the order of events matters, not its length');
  }
  const members = section.members.map((m, i) => {
    const sw = section.switches.findIndex((s) => s.name === m.switch);
    if (sw < 0) ctx.fail(['lacp', 'members', i, 'switch'], 'FL283', `member "${m.name}" reaches "${m.switch}", which is no switch of this design`, `switches: ${section.switches.map((s) => s.name).join(', ')}`);
    return { name: m.name, switch: sw, speed: m.speed ?? 10000 };
  });
  const kinds = doc.faults?.kinds as readonly LacpFaultKind[] | undefined;
  return { switches, server, members, ...(kinds !== undefined ? { faultKinds: kinds } : {}) };
}

function unique(items: readonly { readonly name: string }[], at: readonly (string | number)[], what: string, ctx: BuildContext): void {
  items.forEach((item, i) => {
    const first = items.findIndex((x) => x.name === item.name);
    if (first !== i) ctx.fail([...at, i, 'name'], 'FL280', `${what} "${item.name}" is defined twice`, `the first is ${at.join('.')}[${first}]; give each ${what} its own name`);
  });
}
