/**
 * RSTP (802.1D-2004 clause 17) at protocol level: a few bridges on point-to-point links,
 * BPDU by BPDU.
 *
 * What is modelled
 * - Per port: the port priority vector and infoIs, the Message Age received with it,
 *   rcvdInfoWhile (3 hellos, then AGED), role (root/designated/alternate/backup/disabled),
 *   state (discarding/learning/forwarding), proposing/proposed/agreed/agree/synced/disputed/
 *   reRoot, fdWhile and rrWhile (PROTOCOLS.md §6.2–6.5).
 * - Per bridge, each event (a BPDU, a hello, a loss of carrier) runs Port Information, Role
 *   Selection, Role Transitions and State Transition to a fixed point, as mstpd does
 *   (select.ts, transitions.ts, receive.ts); then Port Transmit fills the link's BPDU slot.
 * - One BPDU slot per direction of a link: a newer BPDU overwrites an undelivered one (its
 *   flags are recomputed from the port's variables, so nothing the older one said is lost
 *   except its order). `deliver` takes 0 time; `tick` is one Hello Time (2 s).
 *   `bpdu_delivery: urgent` delivers every BPDU before the next hello; `delayed` lets a BPDU
 *   wait through one hello (the TxHoldCount limit of §6.4) but not two.
 * - Max Age is a hop limit: information with Message Age + 1 > Max Age is aged on arrival.
 * - Faults: bridge-down (carrier lost, seen at once), bridge-silent (dead, carrier kept: aged
 *   out after 3 hellos), bridge-hang (no BPDUs, data plane forwards as it was), link-down.
 *
 * Sources: PROTOCOLS.md §6 (802.1D-2004 §17.6, §17.19–17.30 via mstpd `mstp.c`); §6.7 and
 * Elmeleegy, Cox, Ng, INFOCOM 2006 for count to infinity.
 *
 * Abstracted away: edge ports and AutoEdge, protocol migration (STP fallback), topology
 * change and MAC flushing (they change no port state), TxHoldCount as a count (see
 * `delayed`), rbWhile (no backup ports on point-to-point links between distinct bridges).
 * `sync` lives only inside one bridge's run. fdWhile is reloaded with HelloTime (RSTP,
 * mstpd's reading of §17.20.5, flagged [unverified] in PROTOCOLS.md §6.5): a designated port
 * without agreement forwards after two hellos.
 *
 * Expected verdicts (models/designs/rstp-root-failure.*.yaml), against §6.7
 * - With urgent delivery the root's failure in a design whose survivors keep a cycle (the
 *   pitfall's triangle) is loop-free: stale root information circulates and dies at Max Age,
 *   but every BPDU that would correct a port arrives before its fdWhile runs out
 *   (6,156 states, exhaustive; test/models/rstp).
 * - With delayed delivery the same failure gives a transient forwarding loop — the
 *   count-to-infinity class of §6.7: after r dies, b and c still hold r's information, which
 *   beats a's fresh claim to be root. c moves its root port to the stale path via b, so its
 *   old root port c:p1 becomes designated; a's hello that would make c:p1 an alternate waits
 *   in a's transmit queue, c:p1's fdWhile runs out twice, and a–b–c forwards in a cycle.
 *   Trace: bridge-down(r), deliver(a:p2>b), deliver(a:p3>c), deliver(b:p3>c),
 *   deliver(c:p1>a), tick, deliver(c:p2>b), tick.
 * - The fix is a topology/priority plan: root and backup root as a directly joined core pair
 *   with dual-homed access bridges, so the root's failure leaves no cycle for stale
 *   information to circulate in; `no-forwarding-loop` then holds (317 states).
 * - A hung bridge whose ports keep forwarding makes a storm in any ring (3 hellos of aging,
 *   then two fdWhile expiries): no timer setting fixes that.
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
