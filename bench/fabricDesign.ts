/**
 * The generated leaf-spine fabric of `fabric.ts` as a design file (YAML text), so the CLI —
 * `faultline spof --shard`, `faultline merge`, the sharding examples — can run on it.
 * Same nodes, ports, links, bonds and spanning-tree priorities as {@link leafSpineFabric}.
 */
import { stringify } from 'yaml';
import type { FabricSize } from './fabric.js';
import { leafSpineFabric } from './fabric.js';

/** The design file text of the fabric of `size`, checking `reachable` and `no-forwarding-loop`. */
export function fabricDesign(size: FabricSize, budget = 1): string {
  const t = leafSpineFabric(size);
  const switches = t.nodes
    .filter((n) => n.kind === 'switch')
    .map((n) => ({ name: n.name, ports: n.ports.map((p) => p.name), stp: n.stp?.priority === undefined ? { mode: 'rstp' } : { mode: 'rstp', priority: n.stp.priority } }));
  const hosts = t.nodes.filter((n) => n.kind === 'host').map((n) => ({ name: n.name, nics: n.ports.map((p) => p.name) }));
  const links = t.links.map((l) => ({ a: `${l.a.node}:${l.a.port}`, b: `${l.b.node}:${l.b.port}`, speed: l.speed === 40_000 ? '40G' : '10G' }));
  const bonds = (t.bonds ?? []).map((b) => ({ host: b.host, name: b.name, mode: b.mode, slaves: b.slaves, primary: b.primary, monitor: { mii: { miimon: 100 } } }));
  const doc = {
    faultline: 1,
    name: `fabric-${size.spines}x${size.leaves}`,
    description: `Generated leaf-spine fabric: ${size.spines} spines, ${size.leaves} leaves, ${size.servers} dual-homed servers (bench/fabric.ts).`,
    topology: { switches, hosts, links, bonds },
    faults: { budget, kinds: ['link', 'inter-switch-link', 'nic', 'switch-port', 'switch'] },
    check: ['reachable', 'no-forwarding-loop'],
  };
  return stringify(doc, { lineWidth: 0 });
}
