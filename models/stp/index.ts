/** Converged spanning tree: types, identifiers and the computation. */
export * from './types.js';
export { bridgeIdOf, portIdOf } from './identifiers.js';
export { convergeStp } from './convergeStp.js';
export { validateStpTopology } from './validateStpTopology.js';
