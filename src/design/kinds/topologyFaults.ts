/**
 * The fault filter of a `topology:` design: `faults.kinds` (top level, checked by the loader)
 * and the kind-local `topology.faults.elements` / `topology.faults.exclude`, whose entries
 * name fault elements by id (`switch:Switch1`, `nic:Server1:eth0`, `port:Switch1:p1`,
 * `link:<link id>`) or by subject (a node name, a link id, a `node:port`).
 *
 * Errors: FL259 an entry that names no fault element of the design.
 */
import { compileTopology } from '../../../models/l2/compileTopology.js';
import { allFaultElements, type FaultFilter, type FaultKind } from '../../../models/l2/faults.js';
import type { Topology } from '../../../models/l2/topology.js';
import type { BuildContext, DesignDocument } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import type { TopologySection } from './topologySchema.js';

/** The filter the design asks for, with every named element checked. */
export function topologyFaultFilter(doc: DesignDocument, section: TopologySection, topology: Topology, ctx: BuildContext): FaultFilter {
  const kinds = doc.faults?.kinds as readonly FaultKind[] | undefined;
  const { elements, exclude } = section.faults ?? {};
  if (elements !== undefined || exclude !== undefined) {
    const known = allFaultElements(compileTopology(topology));
    const names = new Set(known.flatMap((e) => [e.id, e.subject]));
    const ids = known.map((e) => e.id);
    for (const [key, list] of [['elements', elements], ['exclude', exclude]] as const) {
      (list ?? []).forEach((name, i) => {
        if (!names.has(name)) {
          ctx.fail(['topology', 'faults', key, i], 'FL259', `topology.faults.${key}: "${name}" names no fault element of this design`, `${didYouMean(name, ids).replace(/^expected one of: .*/, 'write an element id such as switch:Switch1 or nic:Server1:eth0, or a node, link id or node:port')}`);
        }
      });
    }
  }
  return {
    ...(kinds !== undefined ? { kinds } : {}),
    ...(elements !== undefined ? { elements } : {}),
    ...(exclude !== undefined ? { exclude } : {}),
  };
}
