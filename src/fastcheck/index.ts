/**
 * faultline's fast-check arbitraries: designs (switched topologies with bonds, keepalived
 * pairs) and fault sequences for a design, for property suites such as
 *
 * ```ts
 * fc.assert(fc.property(topologyDesign(), (d) => spof(designFrom(d)).rows.length === 0));
 * ```
 *
 * Use the same fast-check version as faultline (see its package.json) so arbitraries mix.
 */
export { DRAWN_BOND_MODES, drawnTopology, topologyDesign, topologyFromDrawn, type DrawnMonitor, type DrawnServer, type DrawnTopology, type TopologyDesignOptions } from './topologyDesign.js';
export { drawnPair, keepalivedPair, pairFromDrawn, type DrawnNode, type DrawnPair, type DrawnTracker, type KeepalivedPairOptions } from './keepalivedPair.js';
export { faultPath, pathOfFaults, type DrawnFault, type FaultPathOptions } from './faultPath.js';
