/**
 * Bonds of a `topology:` section, checked against the nodes and turned into the layer-2
 * model's {@link BondSpec}s.
 *
 * Errors (exit 2, at the offending key or value):
 * - FL250 a bond name defined twice on one host
 * - FL254 a bond on an unknown node or on a switch
 * - FL255 a slave that is not a NIC of the bond's host, a NIC in two bonds, a primary that is not a slave
 * - FL256 ARP monitoring in a mode that does not support it (802.3ad, balance-tlb, balance-alb)
 * - FL257 an ARP target that is not a host or router, or is the bond's own host
 * - FL209 an updelay or downdelay with miimon 0 (the kernel refuses it: MII monitoring is off)
 * Warnings: FL208 an updelay or downdelay that is not a multiple of miimon (the kernel rounds
 * it down; models/l2/bondTiming.ts).
 */
import { arpMonitorAllowed, bondModeOf } from '../../../models/l2/bondMode.js';
import { roundedDelay } from '../../../models/l2/bondTiming.js';
import type { BondMonitor, BondSpec, NodeKind } from '../../../models/l2/topology.js';
import type { BuildContext, DocPath } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import type { BondSection } from './topologySchema.js';

/** What bonds need to know about a node. */
export interface NodeFacts {
  readonly kind: NodeKind;
  readonly nics: readonly string[];
}

/** The bonds of a section, checked; `nodes` maps every node name to its kind and NICs. */
export function bondsFromSection(bonds: readonly BondSection[], nodes: ReadonlyMap<string, NodeFacts>, ctx: BuildContext): BondSpec[] {
  const names = new Map<string, number>();
  const enslaved = new Map<string, string>();
  const endpoints = [...nodes].filter(([, n]) => n.kind !== 'switch').map(([name]) => name);
  return bonds.map((bond, i): BondSpec => {
    const at = (...rest: (string | number)[]): DocPath => ['topology', 'bonds', i, ...rest];
    const node = nodes.get(bond.host);
    if (!node) ctx.fail(at('host'), 'FL254', `bond ${bond.name} is on "${bond.host}", which is no host or router`, didYouMean(bond.host, endpoints));
    if (node.kind === 'switch') {
      ctx.fail(at('host'), 'FL254', `bond ${bond.name} is on switch ${bond.host}: bonds belong to hosts and routers`, 'switch-side aggregation (LAGs, MC-LAG) is written under its own key, not under bonds');
    }
    const id = `${bond.host}:${bond.name}`;
    const first = names.get(id);
    if (first !== undefined) ctx.fail(at('name'), 'FL250', `${bond.host} has two bonds named ${bond.name}`, `the first is topology.bonds[${first}]`);
    names.set(id, i);
    const mode = bondModeOf(bond.mode)!;
    bond.slaves.forEach((nic, s) => {
      if (!node.nics.includes(nic)) {
        const known = node.nics.length > 0 ? didYouMean(nic, node.nics) : `${bond.host} has no NIC yet`;
        ctx.fail(at('slaves', s), 'FL255', `bond ${id}: "${nic}" is not a NIC of ${bond.host}`, `${known}; a slave must be a cabled or listed NIC of ${bond.host}`);
      }
      const other = enslaved.get(`${bond.host}:${nic}`);
      if (other !== undefined) ctx.fail(at('slaves', s), 'FL255', `NIC ${bond.host}:${nic} is a slave of both ${other} and ${id}`, 'a NIC belongs to one bond at most');
      enslaved.set(`${bond.host}:${nic}`, id);
    });
    if (bond.primary !== undefined && !bond.slaves.includes(bond.primary)) {
      ctx.fail(at('primary'), 'FL255', `bond ${id}: primary "${bond.primary}" is not one of its slaves`, didYouMean(bond.primary, bond.slaves));
    }
    return {
      name: bond.name,
      host: bond.host,
      mode,
      slaves: bond.slaves,
      ...(bond.primary !== undefined ? { primary: bond.primary } : {}),
      monitor: monitorOf(bond, id, mode, nodes, endpoints, at, ctx),
    };
  });
}

function monitorOf(
  bond: BondSection,
  id: string,
  mode: NonNullable<ReturnType<typeof bondModeOf>>,
  nodes: ReadonlyMap<string, NodeFacts>,
  endpoints: readonly string[],
  at: (...rest: (string | number)[]) => DocPath,
  ctx: BuildContext,
): BondMonitor {
  const { mii, arp } = bond.monitor;
  if (mii) {
    checkDelays(mii, id, at, ctx);
    return {
      kind: 'mii',
      miimon: mii.miimon,
      ...(mii.updelay !== undefined ? { updelay: mii.updelay } : {}),
      ...(mii.downdelay !== undefined ? { downdelay: mii.downdelay } : {}),
      ...(mii.use_carrier !== undefined ? { useCarrier: Boolean(mii.use_carrier) } : {}),
      ...(mii.driver_reports_link !== undefined ? { driverReportsLink: mii.driver_reports_link } : {}),
    };
  }
  const a = arp!;
  if (!arpMonitorAllowed(mode)) {
    ctx.fail(at('monitor', 'arp'), 'FL256', `bond ${id}: ARP monitoring does not work in mode ${mode}`, 'use mii monitoring with 802.3ad, balance-tlb and balance-alb (kernel bonding.rst)');
  }
  a.targets.forEach((target, t) => {
    const node = nodes.get(target);
    const where = at('monitor', 'arp', 'targets', t);
    if (!node) ctx.fail(where, 'FL257', `bond ${id}: ARP target "${target}" is no host or router`, didYouMean(target, endpoints));
    if (node.kind === 'switch') ctx.fail(where, 'FL257', `bond ${id}: ARP target ${target} is a switch`, 'ARP targets are IP endpoints: a gateway router or a server that always answers');
    if (target === bond.host) ctx.fail(where, 'FL257', `bond ${id}: ARP target ${target} is the bond's own host`, 'target another host or the gateway, through the switches');
  });
  return {
    kind: 'arp',
    interval: a.interval,
    targets: a.targets,
    ...(a.validate !== undefined ? { validate: a.validate } : {}),
    ...(a.all_targets !== undefined ? { allTargets: a.all_targets } : {}),
  };
}

/** FL209 for a delay without MII monitoring, FL208 (warning) for one the kernel rounds down. */
function checkDelays(mii: NonNullable<BondSection['monitor']['mii']>, id: string, at: (...rest: (string | number)[]) => DocPath, ctx: BuildContext): void {
  for (const key of ['updelay', 'downdelay'] as const) {
    const value = mii[key];
    if (value === undefined || value === 0) continue;
    const where = at('monitor', 'mii', key);
    if (mii.miimon === 0) ctx.fail(where, 'FL209', `bond ${id}: ${key} ${value} with miimon 0`, `the kernel refuses it ("Unable to set ${key} as MII monitoring is disabled"): set miimon (e.g. 100) or drop ${key}`);
    const rounded = roundedDelay(value, mii.miimon);
    if (rounded !== value) {
      ctx.warn(where, 'FL208', `bond ${id}: ${key} ${value} is not a multiple of miimon ${mii.miimon}; the kernel rounds it to ${rounded} ms`, `write ${rounded} or ${rounded + mii.miimon}`);
    }
  }
}
