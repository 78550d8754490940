/**
 * The DRBD design kind: a `drbd:` section describing one DRBD resource on two nodes, built
 * into the DRBD model (models/drbd) and its properties (properties/drbd.ts).
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL260 not exactly 2 nodes            - FL263 allow-two-primaries without protocol C
 * - FL261 two nodes with one name        - FL264 a bad property parameter under `check:`
 * - FL262 both nodes start as Primary
 */
import { resolveDrbdConfig, type DrbdFaultKind, type DrbdParams } from '../../../models/drbd/config.js';
import { createDrbdModel } from '../../../models/drbd/model.js';
import type { DrbdState } from '../../../models/drbd/state.js';
import { DRBD_PROPERTY_NAMES, noAckedWriteLost, noSplitBrain, noStalePromotion, singlePrimary, type DrbdPropertyName } from '../../../properties/drbd.js';
import type { BuildContext, DesignDocument, DesignKind } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { drbdPicture } from '../picture/drbdPicture.js';
import { drbdSectionSchema, type DrbdSection } from './drbdSchema.js';

const FAULT_KINDS: Readonly<Record<DrbdFaultKind, string>> = {
  crash: 'one node crashes (memory and send buffer lost) and later restarts',
  power: 'both nodes lose power at the same moment (restarts as under crash)',
  link: 'the replication link is cut, and later reconnected',
  disk: "a node's backing disk fails (detached: Diskless)",
};

/** The DRBD properties (FL264 for a parameter: none takes any). */
export const DRBD_PROPERTIES = propertyTable<DrbdState, void, DrbdPropertyName>(DRBD_PROPERTY_NAMES, 'FL264', {
  'no-acked-write-lost': { params: [], build: () => noAckedWriteLost() },
  'single-primary': { params: [], build: () => singlePrimary() },
  'no-split-brain': { params: [], build: () => noSplitBrain() },
  'no-stale-promotion': { params: [], build: () => noStalePromotion() },
});

/** `drbd:` designs. */
export const drbdKind: DesignKind<DrbdState> = {
  section: 'drbd',
  description: 'One DRBD resource on two nodes: protocols A/B/C, promotion, fencing, split brain',
  sectionSchema: drbdSectionSchema,
  ...kindProperties(DRBD_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const params = paramsOf(doc, ctx);
    const model = createDrbdModel(resolveDrbdConfig(params));
    const properties = buildProperties(DRBD_PROPERTIES, doc.check, undefined, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 }, picture: () => drbdPicture(params.nodes) };
  },
};

function paramsOf(doc: DesignDocument, ctx: BuildContext): DrbdParams {
  const section = doc['drbd'] as DrbdSection;
  const nodes = section.nodes;
  if (nodes.length !== 2) {
    ctx.fail(['drbd', 'nodes'], 'FL260', `a DRBD resource here has exactly 2 nodes, got ${nodes.length}`, 'the model covers the classic two-node resource (DRBD 8.4, or DRBD 9 with one peer)');
  }
  const [a, b] = nodes as readonly [DrbdSection['nodes'][number], DrbdSection['nodes'][number]];
  if (a.name === b.name) ctx.fail(['drbd', 'nodes', 1, 'name'], 'FL261', `node "${b.name}" is defined twice`, 'give each node its own name');
  if (a.role === 'Primary' && b.role === 'Primary') {
    ctx.fail(['drbd', 'nodes', 1, 'role'], 'FL262', 'both nodes start as Primary', 'start with one Primary; allow-two-primaries is about promotion, not the initial state');
  }
  const protocol = section.protocol ?? 'C';
  if (section['allow-two-primaries'] === true && protocol !== 'C') {
    ctx.fail(['drbd', 'allow-two-primaries'], 'FL263', `allow-two-primaries needs protocol C, the resource uses protocol ${protocol}`, 'dual-primary mode requires synchronous replication (UG8.4 §Enabling dual-primary mode)');
  }
  const primary: 0 | 1 = a.role === 'Secondary' || b.role === 'Primary' ? 1 : 0;
  const kinds = doc.faults?.kinds as readonly DrbdFaultKind[] | undefined;
  const op = section.operator ?? {};
  return {
    nodes: [a.name, b.name],
    primary,
    protocol,
    ...(section.writes !== undefined ? { writes: section.writes } : {}),
    ...(section.fencing !== undefined ? { fencing: section.fencing } : {}),
    ...(section['allow-two-primaries'] !== undefined ? { allowTwoPrimaries: section['allow-two-primaries'] } : {}),
    ...(section['after-sb-0pri'] !== undefined ? { afterSb0Pri: section['after-sb-0pri'] } : {}),
    ...(section['after-sb-1pri'] !== undefined ? { afterSb1Pri: section['after-sb-1pri'] } : {}),
    ...(section['after-sb-2pri'] !== undefined ? { afterSb2Pri: section['after-sb-2pri'] } : {}),
    ...(op.promote !== undefined ? { promoteWhen: op.promote } : {}),
    ...(op.force !== undefined ? { forcePromote: op.force } : {}),
    ...(op.demote !== undefined ? { demote: op.demote } : {}),
    ...(kinds !== undefined ? { faultKinds: kinds } : {}),
  };
}
