/**
 * Turns a schema-valid `topology:` section into the layer-2 model's {@link Topology}, checking
 * what the schema cannot: names defined once, link endpoints naming known nodes and ports,
 * ports cabled once. Ports a node does not list are implied by the links that name them
 * (in link order, after the listed ones). Bonds are checked in `topologyBonds.ts`.
 *
 * Errors (exit 2, at the offending key or value):
 * - FL250 a node, port, link or bond name defined twice
 * - FL251 a link endpoint names an unknown node
 * - FL252 a link endpoint names a port its node does not list
 * - FL253 a port cabled twice, or a link from a port to itself
 * - FL217 a bad uplink tracking group (`topologyTracking.ts`)
 * - FL227 a spanning-tree value the switch's platform rejects (FL228 warns where platforms differ;
 *   `topologyPlatform.ts`)
 * - FL295/FL296 guard settings no switch accepts together (FL297, FL298 warn; `topologyGuards.ts`)
 */
import type { LinkSpec, NodeKind, NodeSpec, PortSpec, PortStp, Topology } from '../../../models/l2/topology.js';
import type { BuildContext, DocPath } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import { formatPath } from '../docPath.js';
import { bondsFromSection } from './topologyBonds.js';
import { checkPortGuards } from './topologyGuards.js';
import { checkPlatformValues, effectivePlatform } from './topologyPlatform.js';
import { withTracking } from './topologyTracking.js';
import type { PortSection, PortStpSection, TopologySection } from './topologySchema.js';

const SECTION = 'topology';

/** A node while its ports are being gathered. */
interface Draft {
  readonly name: string;
  readonly kind: NodeKind;
  readonly path: DocPath;
  /** Whether the node lists its ports (then links may use only those). */
  readonly listed: boolean;
  readonly ports: PortSpec[];
  readonly byName: Map<string, PortSpec>;
}

/** The Topology of a schema-valid section; semantic problems go through `ctx.fail`. */
export function topologyFromSection(section: TopologySection, ctx: BuildContext): Topology {
  checkPlatformValues(section, ctx);
  checkPortGuards(section, ctx);
  const drafts = new Map<string, Draft>();
  const declare = (nodeName: string, kind: NodeKind, path: DocPath, ports: readonly PortSection[] | undefined, portsKey: string) => {
    const first = drafts.get(nodeName);
    if (first) ctx.fail([...path, 'name'], 'FL250', `node "${nodeName}" is defined twice`, `the first is ${formatPath(first.path)}; give every switch, host and router its own name`);
    const draft: Draft = { name: nodeName, kind, path, listed: ports !== undefined, ports: [], byName: new Map() };
    (ports ?? []).forEach((written, i) => {
      const port: PortSpec = typeof written === 'string' ? { name: written } : { ...written, ...(written.stp ? { stp: portStpOf(written.stp) } : {}) };
      if (draft.byName.has(port.name)) ctx.fail([...path, portsKey, i], 'FL250', `${nodeName} lists port "${port.name}" twice`, 'each port name once per node');
      draft.byName.set(port.name, port);
      draft.ports.push(port);
    });
    drafts.set(nodeName, draft);
  };
  section.switches.forEach((s, i) => declare(s.name, 'switch', [SECTION, 'switches', i], s.ports, 'ports'));
  (section.hosts ?? []).forEach((h, i) => declare(h.name, 'host', [SECTION, 'hosts', i], h.nics, 'nics'));
  (section.routers ?? []).forEach((r, i) => declare(r.name, 'router', [SECTION, 'routers', i], r.nics, 'nics'));

  const cabled = new Map<string, number>();
  const linkNames = new Map<string, number>();
  const links = section.links.map((link, i): LinkSpec => {
    const at = (key: string): DocPath => [SECTION, 'links', i, key];
    if (link.name !== undefined) {
      const first = linkNames.get(link.name);
      if (first !== undefined) ctx.fail(at('name'), 'FL250', `link name "${link.name}" is used twice`, `topology.links[${first}] has it already`);
      linkNames.set(link.name, i);
    }
    const ends = (['a', 'b'] as const).map((side) => {
      const [nodeName = '', portName = ''] = link[side].split(':');
      const draft = drafts.get(nodeName);
      if (!draft) ctx.fail(at(side), 'FL251', `link endpoint "${link[side]}" names no switch, host or router "${nodeName}"`, didYouMean(nodeName, [...drafts.keys()]));
      let port = draft.byName.get(portName);
      if (!port) {
        if (draft.listed) {
          ctx.fail(at(side), 'FL252', `${draft.kind} ${nodeName} has no ${draft.kind === 'switch' ? 'port' : 'NIC'} "${portName}"`, didYouMean(portName, [...draft.byName.keys()]));
        }
        port = { name: portName };
        draft.byName.set(portName, port);
        draft.ports.push(port);
      }
      const label = `${nodeName}:${portName}`;
      const first = cabled.get(label);
      if (first !== undefined) ctx.fail(at(side), 'FL253', `port ${label} is cabled twice`, `topology.links[${first}] already uses it; a port takes one cable`);
      cabled.set(label, i);
      return { node: nodeName, port: portName, draft };
    });
    const [a, b] = ends as [(typeof ends)[0], (typeof ends)[0]];
    if (a.node === b.node && a.port === b.port) ctx.fail(at('b'), 'FL253', `link ${link.a} joins a port to itself`, 'a link joins two different ports');
    if (link.stp) for (const end of [a, b]) if (end.draft.kind === 'switch') applyLinkStp(end.draft, end.port, link.stp);
    return {
      ...(link.name !== undefined ? { id: link.name } : {}),
      a: { node: a.node, port: a.port },
      b: { node: b.node, port: b.port },
      speed: speedOf(link.speed),
      ...(link.bundle !== undefined ? { bundle: link.bundle } : {}),
      ...(link.udld !== undefined ? { udld: link.udld } : {}),
    };
  });

  const nodes: NodeSpec[] = section.switches.map((s) => ({
    name: s.name,
    kind: 'switch',
    ports: drafts.get(s.name)!.ports,
    stp: {
      mode: s.stp?.mode ?? 'rstp',
      ...(s.stp?.priority !== undefined ? { priority: s.stp.priority } : {}),
      ...(effectivePlatform(s) === 'linux' ? { platform: 'linux' as const } : {}),
      ...(s.stp?.mac !== undefined ? { mac: s.stp.mac } : {}),
      ...(s.stp?.hello_time !== undefined ? { helloTime: s.stp.hello_time } : {}),
      ...(s.stp?.forward_delay !== undefined ? { forwardDelay: s.stp.forward_delay } : {}),
      ...(s.stp?.max_age !== undefined ? { maxAge: s.stp.max_age } : {}),
    },
    ...(s.errdisable_recovery !== undefined ? { errdisableRecovery: { causes: s.errdisable_recovery.cause, interval: s.errdisable_recovery.interval ?? 300 } } : {}),
  }));
  for (const e of [...(section.hosts ?? []), ...(section.routers ?? [])]) {
    const draft = drafts.get(e.name)!;
    nodes.push({ name: e.name, kind: draft.kind, ports: draft.ports });
  }
  const facts = new Map([...drafts].map(([n, d]) => [n, { kind: d.kind, nics: d.ports.map((p) => p.name) }]));
  const bonds = bondsFromSection(section.bonds ?? [], facts, ctx);
  return { nodes: withTracking(nodes, section, ctx), links, ...(bonds.length > 0 ? { bonds } : {}) };
}

/** A link's `stp:` settings go to its switch ends; a port's own settings win. */
function applyLinkStp(draft: Draft, portName: string, stp: PortStpSection): void {
  const index = draft.ports.findIndex((p) => p.name === portName);
  const port = draft.ports[index]!;
  const merged: PortStp = { ...portStpOf(stp), ...port.stp };
  const updated: PortSpec = { ...port, stp: merged };
  draft.ports[index] = updated;
  draft.byName.set(portName, updated);
}

/** Port spanning-tree settings as the model names them. */
function portStpOf(stp: PortStpSection): PortStp {
  return {
    ...(stp.cost !== undefined ? { cost: stp.cost } : {}),
    ...(stp.priority !== undefined ? { priority: stp.priority } : {}),
    ...(stp.edge !== undefined ? { edge: stp.edge } : {}),
    ...(stp.bpdu_guard !== undefined ? { bpduGuard: stp.bpdu_guard } : {}),
    ...(stp.root_guard !== undefined ? { rootGuard: stp.root_guard } : {}),
    ...(stp.loop_guard !== undefined ? { loopGuard: stp.loop_guard } : {}),
  };
}

const UNIT: Readonly<Record<string, number>> = { M: 1, G: 1000, T: 1_000_000 };

/** Mb/s of a written speed (a number of Mb/s, or `10G`, `100M`, `25 Gb/s`); default 1 Gb/s. */
export function speedOf(written: number | string | undefined): number {
  if (written === undefined) return 1000;
  if (typeof written === 'number') return written;
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*([MGT])/.exec(written);
  return match ? Number(match[1]) * UNIT[match[2]!]! : Number.NaN;
}
