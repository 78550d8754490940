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
 * - FL219 an arista-mlag keepalive on a separate path (its peers talk over the peer link; the
 *   separate path is the dual-primary detection heartbeat)
 * - FL284 a bad property parameter under `check:` (shared with the LACP kind)
 */
import type { MclagConfig, MclagFaultKind, MclagParams, PeerLinkLossAction } from '../../../models/mclag/config.js';
import { resolveMclagConfig } from '../../../models/mclag/config.js';
import { createMclagModel } from '../../../models/mclag/model.js';
import type { MclagState } from '../../../models/mclag/state.js';
import { dualActiveAtMost, MCLAG_PROPERTY_NAMES, noDualActive, serverKeepsPath, type MclagPropertyName } from '../../../properties/mclag.js';
import type { BuildContext, DesignDocument, DesignKind, FaultScope } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { WHOLE_SECONDS } from '../paramShapes.js';
import { boundParam } from './lacpParams.js';
import { mclagSectionSchema, type MclagSection } from './mclagSchema.js';

const FAULT_KINDS: Readonly<Record<MclagFaultKind, string>> = {
  'peer-link': 'the peer link fails, and later comes back',
  keepalive: 'the separate keepalive path fails, and later comes back',
  heartbeat: "Arista's separate dual-primary detection heartbeat path fails, and later comes back",
  peer: 'a peer switch crashes (no goodbye), and later restarts',
  member: "the server's link to one peer fails, and later comes back",
};

const DEFAULT_TIMEOUT = { 'cisco-vpc': 5, 'cumulus-clag': 20, 'arista-mlag': 5, 'aruba-vsx': 3 } as const;

/** The MC-LAG properties (FL284 for a parameter a property does not take). */
export const MCLAG_PROPERTIES = propertyTable<MclagState, MclagConfig, MclagPropertyName>(MCLAG_PROPERTY_NAMES, 'FL284', {
  'no-dual-active': { params: [], build: () => noDualActive() },
  'dual-active-at-most': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => dualActiveAtMost(config, boundParam(request, ctx) ?? undefined) },
  'server-keeps-path': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => serverKeepsPath(config, boundParam(request, ctx) ?? undefined) },
}, () => ['no-dual-active', 'server-keeps-path']);

/** `mclag:` designs. */
export const mclagKind: DesignKind<MclagState> = {
  section: 'mclag',
  description: 'One MC-LAG domain (vPC, clagd, MLAG) with a dual-homed LACP server: peer-link and keepalive failures',
  sectionSchema: mclagSectionSchema,
  ...kindProperties(MCLAG_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const config = resolveMclagConfig({ ...paramsOf(doc, ctx), dualActiveCap: dualActiveCap(doc) });
    const model = createMclagModel(config);
    const properties = buildProperties(MCLAG_PROPERTIES, doc.check, config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 }, faultScope: faultScopeOf(config, doc) };
  },
};

/** The fault kinds this domain can suffer: a keepalive or heartbeat path only when it is a path of its own. */
function faultScopeOf(config: MclagConfig, doc: DesignDocument): FaultScope {
  const applicable = (Object.keys(FAULT_KINDS) as MclagFaultKind[]).filter(
    (k) => (k !== 'keepalive' || config.keepalive === 'separate') && (k !== 'heartbeat' || config.dualPrimary?.heartbeat === 'separate'),
  );
  const explored = (doc.faults?.kinds as readonly string[] | undefined) ?? applicable;
  return { explored, omitted: applicable.filter((k) => !explored.includes(k)) };
}

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
  if (vendor === 'arista-mlag' && section.keepalive === 'separate') {
    ctx.fail(['mclag', 'keepalive'], 'FL219', 'arista-mlag peers keep alive over the peer link (local-interface SVI), not a separate path', 'say where the management-network heartbeat runs under dual_primary_detection: { delay: 5, heartbeat: separate }');
  }
  // §5.4: Arista's secondary takes over when the peer link fails, detection or not.
  const onPeerLinkLoss: PeerLinkLossAction = vendor === 'arista-mlag' ? 'promote-secondary' : 'suspend-secondary';
  const dpd = section.dual_primary_detection;
  const kinds = doc.faults?.kinds as readonly MclagFaultKind[] | undefined;
  return {
    peers: [
      { name: a.name, priority: a.priority ?? 32768 },
      { name: b.name, priority: b.priority ?? 32768 },
    ],
    server: section.server,
    keepalive: section.keepalive ?? (vendor === 'arista-mlag' ? 'over-peer-link' : 'separate'),
    keepaliveTimeout: timeout,
    onPeerLinkLoss,
    onPeerLost: vendor === 'cumulus-clag' ? 'own-system-id' : 'promote',
    // Aruba VSX split-recovery (default on) is auto-recovery: a secondary that brought its VSX
    // LAGs down on ISL loss brings them up once the keepalive fails too (models/mclag/config.ts).
    autoRecovery: vendor === 'cumulus-clag' || section.auto_recovery === true || (vendor === 'aruba-vsx' && section.split_recovery !== false),
    ...(dpd !== undefined ? { dualPrimary: { delay: dpd.delay, heartbeat: dpd.heartbeat ?? 'separate', recoveryDelay: dpd.recovery_delay ?? 0 } } : {}),
    ...(kinds !== undefined ? { faultKinds: kinds } : {}),
  };
}

/** The dual-active seconds the state must count: one more than the largest `dual-active-at-most` bound checked. */
function dualActiveCap(doc: DesignDocument): number {
  let cap = 0;
  for (const request of doc.check ?? []) {
    if (request.name !== 'dual-active-at-most') continue;
    const seconds = request.params['seconds'] ?? 0;
    if (typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= 0 && seconds <= 254) cap = Math.max(cap, seconds + 1);
  }
  return cap;
}
