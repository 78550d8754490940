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
import type { Property } from '../../core/property.js';
import type { BuildContext, DesignDocument, DesignKind } from '../designKind.js';
import { drbdSectionSchema, type DrbdSection } from './drbdSchema.js';

const FAULT_KINDS: Readonly<Record<DrbdFaultKind, string>> = {
  crash: 'one node crashes (memory and send buffer lost) and later restarts',
  power: 'both nodes lose power at the same moment (restarts as under crash)',
  link: 'the replication link is cut, and later reconnected',
  disk: "a node's backing disk fails (detached: Diskless)",
};

const BUILDERS: Readonly<Record<DrbdPropertyName, () => Property<DrbdState>>> = {
  'no-acked-write-lost': noAckedWriteLost,
  'single-primary': singlePrimary,
  'no-split-brain': noSplitBrain,
  'no-stale-promotion': noStalePromotion,
};

/** `drbd:` designs. */
export const drbdKind: DesignKind<DrbdState> = {
  section: 'drbd',
  description: 'One DRBD resource on two nodes: protocols A/B/C, promotion, fencing, split brain',
  sectionSchema: drbdSectionSchema,
  propertyNames: DRBD_PROPERTY_NAMES,
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const model = createDrbdModel(resolveDrbdConfig(paramsOf(doc, ctx)));
    const requests = doc.check ?? (Object.keys(DRBD_PROPERTY_NAMES) as DrbdPropertyName[]).map((name) => ({ name, params: {}, path: ['check'] }));
    const properties = requests.map((request): Property<DrbdState> => {
      const build = BUILDERS[request.name as DrbdPropertyName] as (() => Property<DrbdState>) | undefined;
      if (build === undefined) return ctx.fail(request.path, 'FL264', `unknown DRBD property "${request.name}"`);
      const [extra] = Object.keys(request.params);
      if (extra !== undefined) ctx.fail([...request.path, extra], 'FL264', `property "${request.name}" has no parameter "${extra}"`, 'it takes no parameters');
      return build();
    });
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 } };
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
