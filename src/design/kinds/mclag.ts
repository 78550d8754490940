/**
 * The MC-LAG design kind: an `mclag:` section describing one MC-LAG domain and a server
 * dual-homed to it, built into the MC-LAG model (models/mclag) and its properties
 * (properties/mclag.ts).
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL280 two peers (or a peer and the server) with one name
 * - FL281 an option the vendor does not have (auto_recovery off cisco-vpc, dual_primary_detection off arista-mlag,
 *   split_recovery off aruba-vsx)
 * - FL282 a keepalive timeout outside the vendor's range (cisco-vpc 3..20 s)
 * - FL284 a bad property parameter under `check:` (shared with the LACP kind)
 */
import type { MclagConfig, MclagFaultKind, MclagParams, PeerLinkLossAction } from '../../../models/mclag/config.js';
import { resolveMclagConfig } from '../../../models/mclag/config.js';
import { createMclagModel } from '../../../models/mclag/model.js';
import type { MclagState } from '../../../models/mclag/state.js';
import { MCLAG_PROPERTY_NAMES, noDualActive, serverKeepsPath, type MclagPropertyName } from '../../../properties/mclag.js';
import type { BuildContext, DesignDocument, DesignKind } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { WHOLE_SECONDS } from '../paramShapes.js';
import { boundParam } from './lacpParams.js';
import { mclagSectionSchema, type MclagSection } from './mclagSchema.js';

const FAULT_KINDS: Readonly<Record<MclagFaultKind, string>> = {
  'peer-link': 'the peer link fails, and later comes back',
  keepalive: 'the separate keepalive path fails, and later comes back',
  peer: 'a peer switch crashes (no goodbye), and later restarts',
  member: "the server's link to one peer fails, and later comes back",
};

const DEFAULT_TIMEOUT = { 'cisco-vpc': 5, 'cumulus-clag': 20, 'arista-mlag': 5, 'aruba-vsx': 3 } as const;

/** The MC-LAG properties (FL284 for a parameter a property does not take). */
export const MCLAG_PROPERTIES = propertyTable<MclagState, MclagConfig, MclagPropertyName>(MCLAG_PROPERTY_NAMES, 'FL284', {
  'no-dual-active': { params: [], build: () => noDualActive() },
  'server-keeps-path': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => serverKeepsPath(config, boundParam(request, ctx) ?? undefined) },
});

/** `mclag:` designs. */
export const mclagKind: DesignKind<MclagState> = {
  section: 'mclag',
  description: 'One MC-LAG domain (vPC, clagd, MLAG) with a dual-homed LACP server: peer-link and keepalive failures',
  sectionSchema: mclagSectionSchema,
  ...kindProperties(MCLAG_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const config = resolveMclagConfig(paramsOf(doc, ctx));
    const model = createMclagModel(config);
    const properties = buildProperties(MCLAG_PROPERTIES, doc.check, config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 } };
  },
};

function paramsOf(doc: DesignDocument, ctx: BuildContext): MclagParams {
  const section = doc['mclag'] as MclagSection;
  const vendor = section.vendor;
  const [a, b] = section.peers as [MclagSection['peers'][0], MclagSection['peers'][0]];
  if (a.name === b.name) ctx.fail(['mclag', 'peers', 1, 'name'], 'FL280', `both peers are named "${a.name}"`, 'give each peer switch its own name');
  if (section.server === a.name || section.server === b.name) {
    ctx.fail(['mclag', 'server'], 'FL280', `the server is named "${section.server}" like a peer`, 'give the server its own name');
  }
  if (section.auto_recovery !== undefined && vendor !== 'cisco-vpc') {
    ctx.fail(['mclag', 'auto_recovery'], 'FL281', `auto_recovery is a cisco-vpc option, not ${vendor}`, vendor === 'cumulus-clag' ? 'clagd always brings the bonds up with its own system id when the peer is silent' : 'remove it');
  }
  if (section.dual_primary_detection !== undefined && vendor !== 'arista-mlag') {
    ctx.fail(['mclag', 'dual_primary_detection'], 'FL281', `dual_primary_detection is an arista-mlag option, not ${vendor}`, 'the secondary of this vendor suspends its members on its own');
  }
  if (section.split_recovery !== undefined && vendor !== 'aruba-vsx') {
    ctx.fail(['mclag', 'split_recovery'], 'FL281', `split_recovery is an aruba-vsx option, not ${vendor}`, vendor === 'cisco-vpc' ? 'the vPC counterpart is auto_recovery' : 'remove it');
  }
  const timeout = section.keepalive_timeout ?? DEFAULT_TIMEOUT[vendor];
  if (vendor === 'cisco-vpc' && (timeout < 3 || timeout > 20)) {
    ctx.fail(['mclag', 'keepalive_timeout'], 'FL282', `vPC peer-keepalive timeout must be 3..20 s, got ${timeout}`, 'NX-OS `peer-keepalive ... timeout` accepts 3 to 20 seconds (default 5)');
  }
  const onPeerLinkLoss: PeerLinkLossAction = vendor === 'arista-mlag' && section.dual_primary_detection !== true ? 'promote-secondary' : 'suspend-secondary';
  const kinds = doc.faults?.kinds as readonly MclagFaultKind[] | undefined;
  return {
    peers: [
      { name: a.name, priority: a.priority ?? 32768 },
      { name: b.name, priority: b.priority ?? 32768 },
    ],
    server: section.server,
    keepalive: section.keepalive ?? 'separate',
    keepaliveTimeout: timeout,
    onPeerLinkLoss,
    onPeerLost: vendor === 'cumulus-clag' ? 'own-system-id' : 'promote',
    // Aruba VSX split-recovery (default on) is auto-recovery: a secondary that brought its VSX
    // LAGs down on ISL loss brings them up once the keepalive fails too (models/mclag/config.ts).
    autoRecovery: vendor === 'cumulus-clag' || section.auto_recovery === true || (vendor === 'aruba-vsx' && section.split_recovery !== false),
    ...(kinds !== undefined ? { faultKinds: kinds } : {}),
  };
}
