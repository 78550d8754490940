/**
 * RSTP header placeholder.
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model, StateView } from '../../src/core/model.js';
import { formatRstpAction, isFault, type RstpAction } from './actions.js';
import { resolveRstpConfig, type RstpConfig, type RstpParams } from './config.js';
import { draftOf } from './draft.js';
import { applyFault, enabledFaults } from './faults.js';
import { coldState, convergedState, freeze } from './initial.js';
import { deliver } from './receive.js';
import { rootPathOf } from './select.js';
import { rstpLayout, type RstpState } from './state.js';
import { tick, tickEnabled } from './timers.js';

/** The RSTP model plus the configuration it was built from. */
export type RstpModel = Model<RstpState, RstpAction> & { readonly config: RstpConfig };

/** Builds the protocol-level RSTP model of a set of bridges and point-to-point links. */
export function createRstpModel(params: RstpParams | RstpConfig): RstpModel {
  const config = 'rank' in params ? params : resolveRstpConfig(params);
  const initial = config.start === 'cold' ? coldState(config) : convergedState(config);
  return {
    name: 'rstp',
    config,
    codec: codecOf(rstpLayout(config)),
    initialStates: () => [initial],
    actions(s) {
      const out: RstpAction[] = [];
      s.slots.forEach((m, port) => {
        if (m !== null) out.push({ type: 'deliver', port });
      });
      if (tickEnabled(config, s)) out.push({ type: 'tick' });
      return out;
    },
    faults: (s) => enabledFaults(config, s),
    next(s, a) {
      const d = draftOf(s);
      if (isFault(a)) applyFault(config, d, a);
      else if (a.type === 'tick') tick(config, d);
      else deliver(config, d, a.port);
      return freeze(d);
    },
    view: (s) => viewOf(config, s),
    formatAction: (a) => formatRstpAction(config, a),
    duration: (a) => (a.type === 'tick' ? 1 : 0),
  };
}

const ROLE_LETTER = { disabled: '-', root: 'R', designated: 'D', alternate: 'A', backup: 'B' } as const;
const STATE_LETTER = { discarding: 'disc', learning: 'lrn', forwarding: 'fwd' } as const;

/** Flat view: per bridge its status and root, per port role/state/vector, per link carrier. */
export function viewOf(config: RstpConfig, s: RstpState): StateView {
  const view: Record<string, string | number | boolean> = {};
  const name = (b: number) => config.bridges[b]!.name;
  config.bridges.forEach((br, b) => {
    view[`${br.name}.status`] = s.bridges[b]!;
    if (s.bridges[b] === 'down') return;
    const path = rootPathOf(config, s.ports, b);
    view[`${br.name}.root`] = `${name(path.vector.root)}/${path.vector.cost * config.costUnit}`;
  });
  config.ports.forEach((p, i) => {
    const ps = s.ports[i]!;
    const key = `${name(p.bridge)}:${p.name}`;
    const flags = [ps.proposing && 'proposing', ps.proposed && 'proposed', ps.agreed && 'agreed', ps.agree && 'agree', ps.synced && 'synced']
      .filter(Boolean)
      .join(',');
    view[key] =
      ps.info === 'disabled'
        ? 'disabled'
        : `${ROLE_LETTER[ps.role]} ${STATE_LETTER[ps.st]} ${ps.info} ${name(ps.root)}/${ps.cost * config.costUnit} via ${name(ps.bridge)} age ${ps.age}${flags ? ` [${flags}]` : ''}`;
    const m = s.slots[i];
    if (m) view[`${key}>`] = `${m.role}${m.proposal ? '+P' : ''}${m.agreement ? '+A' : ''} ${name(m.root)}/${m.cost * config.costUnit} age ${m.age}`;
  });
  config.links.forEach((l, i) => (view[`link.${l.name}`] = s.links[i]! ? 'up' : 'down'));
  return view;
}
