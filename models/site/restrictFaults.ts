import type { Model } from '../../src/core/model.js';
import type { SiteAction, SiteModel } from './model.js';
import type { SiteState } from './state.js';

/**
 * The site model with only the faults `allowed` accepts (all protocol steps kept): what a
 * sweep runs to check the HA layer under one fault set, each fault free to strike at any
 * point of the stack's execution.
 */
export function restrictFaults(model: SiteModel, allowed: (action: SiteAction) => boolean): Model<SiteState, SiteAction> {
  return { ...model, name: model.name, faults: (s) => model.faults(s).filter(allowed) };
}
