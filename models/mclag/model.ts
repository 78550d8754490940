/**
 * The MC-LAG peer protocol (Cisco vPC, Cumulus clagd, Arista MLAG): two peer switches that
 * present one LACP system to a dual-homed server, a peer link, a keepalive (backup) path.
 *
 * What is modelled
 * - Per peer: alive, operational role (primary/secondary; lower priority wins at sync), its
 *   member port to the server (up/suspended), the LACP system id it sends (shared/own), its
 *   view of the peer link (up / waiting for a keepalive verdict / lost) and a keepalive
 *   countdown in ticks of 1 s.
 * - Peer-link loss (§5.1: link failure or the peer's death): the primary carries on; the
 *   secondary waits up to the keepalive timeout for a fresh keepalive (§5.3: keepalive status
 *   is consulted only when the peer link goes down). Heard → the vendor's peer-link-loss action
 *   (suspend its members, §5.2/§5.3/§5.4 with dual-primary detection; or promote itself, §5.4
 *   without). Silent → the peer is judged dead: become primary with members up (§5.3), or
 *   send its own LACP system id (§5.2 clagd).
 * - Auto-recovery (§5.3, CSCun82155): a suspended secondary whose keepalives also stop brings
 *   its members up as primary (clagd does the same with its own system id, §5.2).
 * - A restarted peer keeps its members down until it syncs over the peer link, or until
 *   auto-recovery gives up on the peer (reload restore, §5.3; the 240 s reload delay is
 *   shortened to the keepalive timeout).
 * - The server bond (§4 selection logic): one aggregator per partner system id; exactly one is
 *   active; stable selection keeps it while it has a live member.
 * - Arista dual-primary detection (§5.4): a heartbeat on a path of its own (`separate`, the
 *   management network) or one sharing fate with the peer link. The secondary that took over
 *   counts the seconds it hears a peer that is primary too; after the detection delay it
 *   errdisables its interfaces (the server's MLAG member with them) and gives up the role. A
 *   heartbeat lost during the delay starts the count again. When the peer link returns and
 *   the peers sync, its MLAG interfaces come back after the dual-primary recovery delay.
 *   The dual-active window the delay leaves is real: `dual-active-at-most` bounds it.
 * - Faults: peer link, keepalive path (when separate), heartbeat path (when separate), a peer
 *   crash/restart, a server link.
 *
 * Sources: PROTOCOLS.md §5.1–5.4 (Cumulus MLAG guide and KB, Nexus 5000/7000 vPC guides,
 * Arista MLAG notes) and §4 (bond_3ad.c selection logic). Arista dual-primary detection:
 * https://aristaeos.blogspot.com/2018/04/arista-eos-mlag-2-dual-primary-detection.html (EOS
 * 4.20.1F: "When peer link is down, the secondary takes over primary immediately. Meanwhile
 * it starts the dual-primary detection"; heartbeats received → the secondary disables all
 * interfaces; peer link up → MLAG renegotiates and recovers), the command forms
 * `peer-address heartbeat <ip> vrf MGMT`, `dual-primary detection delay 5 action errdisable
 * all-interfaces`, `dual-primary recovery delay mlag <s> non-mlag <s>` as Arista AVD
 * (aristanetworks/avd eos_cli_config_gen mlag-configuration template) renders them.
 * Not confirmed in Arista's own manual text (we could not read it): whether an errdisabled
 * secondary comes back when its peer then dies (modelled: it stays down until the peer link
 * returns), and the default recovery delay (modelled: 0 unless stated).
 *
 * Abstracted away: VLANs, orphan ports, STP, the data plane beyond "the server bond distributes
 * over this link"; LACPDU timing (a changed system id re-bundles at once); vPC hold-timeout
 * (the secondary accepts the first keepalive after the loss); consistency checks; delay
 * restore; clagd goodbye messages (a crash is always silent). The two NVIDIA documents
 * disagree on whether the clagd secondary changes role when the primary dies (§5.2); this
 * model promotes it, which changes nothing the server sees.
 *
 * Expected verdicts (models/designs/r5-mclag-*.yaml)
 * - `no-dual-active` fails when the keepalive rides on the peer link (or there is none):
 *   losing the peer link alone makes the secondary promote itself (r5-mclag-split-brain.pitfall).
 * - It holds for any single fault with a separate keepalive and a suspending secondary
 *   (…split-brain.fix), fails for vPC under keepalive loss then peer-link loss
 *   (r5-mclag-double-fault.pitfall), and holds under every double fault with clagd's own
 *   system id (…double-fault.fix).
 * - `server-keeps-path` fails without auto-recovery when the peer link fails first and the
 *   primary dies later: the secondary keeps its members suspended (r5-mclag-auto-recovery.pitfall).
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model, StateView } from '../../src/core/model.js';
import { formatMclagAction, isMclagFault, type MclagAction } from './actions.js';
import { resolveMclagConfig, type MclagConfig, type MclagParams } from './config.js';
import { applyFault, enabledFaults } from './faults.js';
import { reselect } from './serverBond.js';
import { coordinated, distributing, dualActive, mclagLayout, type MclagState, type PeerState } from './state.js';
import { withDualAge } from './dualAge.js';
import { applyStep, enabledSteps } from './steps.js';

/** The MC-LAG model plus the configuration it was built from. */
export type MclagModel = Model<MclagState, MclagAction> & { readonly config: MclagConfig };

/** Builds the model of one MC-LAG domain with one dual-homed server. */
export function createMclagModel(params: MclagParams | MclagConfig): MclagModel {
  const config = 'timeoutTicks' in params ? params : resolveMclagConfig(params);
  return {
    name: 'mclag',
    config,
    secondsPerTimeUnit: 1,
    codec: codecOf(mclagLayout(config)),
    initialStates: () => [initialState(config)],
    actions: (s) => enabledSteps(config, s),
    faults: (s) => enabledFaults(config, s),
    next: (s, a) => withDualAge(config, s, a, reselect(isMclagFault(a) ? applyFault(config, s, a) : applyStep(config, s, a))),
    view: (s) => viewOf(config, s),
    formatAction: (a) => formatMclagAction(config, a),
    duration: (a) => (a.type === 'tick' ? 1 : 0),
  };
}

/** Both peers up and synchronised, the preferred one primary, every link up, the bond on the shared id. */
function initialState(config: MclagConfig): MclagState {
  const peer = (i: number): PeerState => ({
    alive: true,
    role: i === config.preferredPrimary ? 'primary' : 'secondary',
    members: 'up',
    sysId: 'shared',
    pl: 'up',
    ka: 0,
    heard: false,
    dp: 'idle',
    dpClock: 0,
  });
  return { peers: [peer(0), peer(1)], peerLink: true, keepaliveLink: true, heartbeatLink: true, dualAge: 0, memberLinks: [true, true], agg: 'shared' };
}

function viewOf(config: MclagConfig, s: MclagState): StateView {
  const view: Record<string, string | number | boolean> = {};
  s.peers.forEach((p, i) => {
    const name = config.peers[i]!.name;
    view[`${name}.state`] = p.alive ? p.role : 'down';
    view[`${name}.members`] = p.alive ? p.members : 'down';
    view[`${name}.lacpSystem`] = p.sysId;
    view[`${name}.peerLink`] = p.pl;
    view[`${name}.keepaliveTimer`] = p.ka;
    if (config.dualPrimary !== undefined) {
      view[`${name}.dualPrimary`] = p.dp;
      view[`${name}.dualPrimaryTimer`] = p.dpClock;
    }
  });
  view['domain'] = coordinated(s) ? 'coordinated' : dualActive(s) ? 'dual-active' : 'split';
  view['peerLink'] = s.peerLink ? 'up' : 'down';
  if (config.keepalive === 'separate') view['keepalive'] = s.keepaliveLink ? 'up' : 'down';
  if (config.dualPrimary?.heartbeat === 'separate') view['heartbeat'] = s.heartbeatLink ? 'up' : 'down';
  if (config.dualActiveCap > 0) view['dualActiveSeconds'] = s.dualAge;
  s.memberLinks.forEach((up, i) => {
    view[`${config.server}-${config.peers[i]!.name}`] = !up ? 'down' : distributing(s, i) ? 'distributing' : 'idle';
  });
  view[`${config.server}.aggregator`] = s.agg;
  return view;
}
