/**
 * The RSTP design kind: an `rstp:` section with bridges and point-to-point links, built into
 * the protocol-level RSTP model (models/rstp) and its properties (properties/rstp.ts).
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL285 fewer than 2 or more than 5 bridges, or a bridge defined twice
 * - FL286 a link end names an unknown bridge, joins a bridge to itself, or reuses a port
 * - FL287 the timers break 2 × (forward_delay − 1) ≥ max_age
 * - FL288 a bad property parameter under `check:`
 * - FL289 `fail:` names no bridge or link of the design
 */
import { linkName, type RstpConfig, type RstpFaultKind, type RstpLinkParams, type RstpParams } from '../../../models/rstp/config.js';
import { createRstpModel } from '../../../models/rstp/model.js';
import type { RstpState } from '../../../models/rstp/state.js';
import { noForwardingLoop, reconverged, RSTP_PROPERTY_NAMES, type RstpPropertyName } from '../../../properties/rstp.js';
import type { BuildContext, DesignDocument, DesignKind } from '../designKind.js';
import { rstpPicture } from '../picture/rstpPicture.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { HELLOS } from '../paramShapes.js';
import { rstpSectionSchema, type RstpSection } from './rstpSchema.js';

const FAULT_KINDS: Readonly<Record<RstpFaultKind, string>> = {
  'bridge-down': 'a bridge dies and its links lose carrier (neighbours see their ports go down at once)',
  'bridge-silent': 'a bridge dies but its links keep carrier (neighbours age its information out after 3 hellos)',
  'bridge-hang': 'a bridge control plane hangs: no BPDUs, while its ports keep forwarding as they were',
  'link-down': 'a link loses carrier at both ends',
};

/** The RSTP properties (FL288 for a bad parameter). */
export const RSTP_PROPERTIES = propertyTable<RstpState, RstpConfig, RstpPropertyName>(RSTP_PROPERTY_NAMES, 'FL288', {
  reconverged: {
    params: ['hellos'],
    shapes: { hellos: HELLOS },
    build(request, config, ctx) {
      const hellos = request.params['hellos'];
      if (hellos === undefined) return reconverged(config);
      if (typeof hellos !== 'number' || !Number.isInteger(hellos) || hellos < 0 || hellos > 254) {
        return ctx.fail([...request.path, 'hellos'], 'FL288', `reconverged: hellos must be an integer in 0..254, got ${JSON.stringify(hellos)}`, 'one hello is 2 s');
      }
      return reconverged(config, hellos);
    },
  },
  'no-forwarding-loop': { params: [], build: (_request, config) => noForwardingLoop(config) },
});

/** `rstp:` designs. */
export const rstpKind: DesignKind<RstpState> = {
  section: 'rstp',
  description: 'RSTP at protocol level: bridges, point-to-point links, BPDUs, proposal/agreement, root and link failures',
  sectionSchema: rstpSectionSchema,
  ...kindProperties(RSTP_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const model = createRstpModel(paramsOf(doc, ctx));
    const properties = buildProperties(RSTP_PROPERTIES, doc.check, model.config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 }, picture: () => rstpPicture(model.config) };
  },
};

function paramsOf(doc: DesignDocument, ctx: BuildContext): RstpParams {
  const section = doc['rstp'] as RstpSection;
  const { bridges } = section;
  if (bridges.length < 2 || bridges.length > 5) {
    ctx.fail(['rstp', 'bridges'], 'FL285', `the protocol-level model takes 2 to 5 bridges, got ${bridges.length}`, 'model the part of the network around the failure; the converged `topology:` kind handles large networks');
  }
  const seen = new Set<string>();
  bridges.forEach((b, i) => {
    if (seen.has(b.name)) ctx.fail(['rstp', 'bridges', i, 'name'], 'FL285', `bridge "${b.name}" is defined twice`, 'give each bridge its own name');
    seen.add(b.name);
  });
  const ports = new Set<string>();
  const links = section.links.map((l, i): RstpLinkParams => {
    const end = (key: 'a' | 'b') => {
      const [bridge, port] = [l[key].slice(0, l[key].indexOf(':')), l[key].slice(l[key].indexOf(':') + 1)];
      if (!seen.has(bridge)) ctx.fail(['rstp', 'links', i, key], 'FL286', `link end "${l[key]}" names no bridge of this design`, `bridges: ${[...seen].join(', ')}`);
      if (ports.has(l[key])) ctx.fail(['rstp', 'links', i, key], 'FL286', `port "${l[key]}" is already on another link`, 'links are point to point: one link per port');
      ports.add(l[key]);
      return { bridge, port };
    };
    const a = end('a');
    const b = end('b');
    if (a.bridge === b.bridge) ctx.fail(['rstp', 'links', i], 'FL286', `link "${l.a}"—"${l.b}" joins bridge ${a.bridge} to itself`, 'a self-link is a loop RSTP blocks as a backup port; the model does not take it');
    return { a, b, cost: l.cost ?? 20000 };
  });
  const maxAge = section.max_age ?? 20;
  const forwardDelay = section.forward_delay ?? 15;
  if (2 * (forwardDelay - 1) < maxAge) {
    ctx.fail(['rstp', 'forward_delay'], 'FL287', `2 × (forward_delay − 1) = ${2 * (forwardDelay - 1)} is less than max_age ${maxAge}`, 'mstpd rejects these timers (PROTOCOLS.md §6.4); raise forward_delay or lower max_age');
  }
  const names = new Set([...seen, ...links.map((l) => linkName(l, links))]);
  (section.fail ?? []).forEach((n, i) => {
    if (!names.has(n)) ctx.fail(['rstp', 'fail', i], 'FL289', `"${n}" is no bridge or link of this design`, `names: ${[...names].join(', ')}`);
  });
  const kinds = doc.faults?.kinds as readonly RstpFaultKind[] | undefined;
  return {
    bridges: bridges.map((b, i) => ({ name: b.name, priority: b.priority ?? 32768, mac: b.mac ?? `02:00:00:00:00:${(i + 1).toString(16).padStart(2, '0')}` })),
    links,
    maxAge,
    forwardDelay,
    delivery: section.bpdu_delivery ?? 'urgent',
    start: section.start ?? 'converged',
    ...(section.fail ? { failing: section.fail } : {}),
    ...(kinds ? { faultKinds: kinds } : {}),
  };
}
