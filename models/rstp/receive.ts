/**
 * Port Receive and Port Information on reception (802.1D-2004 §17.21.8 rcvInfo, §17.27,
 * PROTOCOLS.md §6.4–6.5): the BPDU in a slot reaches the peer port, which classifies it as
 * superior / repeated / inferior designated information or as a root/alternate message, and
 * records the proposal, the agreement or a dispute.
 */
import type { RstpConfig } from './config.js';
import { patchPort, type Draft } from './draft.js';
import { runBridge } from './bridgeRun.js';
import { compareVector, sameVector, superior, vectorOf } from './vector.js';

/** Delivers the BPDU sent by port `from`; a dead, hung or unlinked receiver drops it. */
export function deliver(config: RstpConfig, d: Draft, from: number): void {
  const m = d.slots[from];
  d.slots[from] = null;
  const p = config.ports[from]!.peer;
  const b = config.ports[p]!.bridge;
  if (!m || d.bridges[b] !== 'up' || !d.links[config.ports[p]!.link]) return;
  const ps = d.ports[p]!;
  if (ps.info === 'disabled') return;
  let reselect = false;
  if (m.role === 'designated') {
    const stored = ps.info === 'received' || ps.info === 'mine' ? ps : undefined;
    if (!stored || superior(config, m, stored) || (ps.info === 'received' && sameVector(m, ps) && m.age !== ps.age)) {
      // SUPERIOR_DESIGNATED: agree survives only if the new information is better or the same.
      const betterOrSame = ps.info === 'received' && compareVector(config, m, ps) <= 0;
      const fresh = m.age + 1 <= config.maxAge; // updtRcvdInfoWhile: else rcvdInfoWhile = 0 → AGED
      patchPort(d, p, {
        ...vectorOf(m),
        age: m.age,
        info: fresh ? 'received' : 'aged',
        rcvdWhile: fresh ? config.infoTicks : 0,
        agreed: false,
        proposing: false,
        proposed: ps.proposed || m.proposal,
        agree: ps.agree && betterOrSame,
      });
      reselect = true;
    } else if (ps.info === 'received' && sameVector(m, ps)) {
      // REPEATED_DESIGNATED
      patchPort(d, p, { proposed: ps.proposed || m.proposal, rcvdWhile: config.infoTicks });
    } else if (m.learning) {
      // INFERIOR_DESIGNATED: recordDispute
      patchPort(d, p, { disputed: true, agreed: false });
    }
  } else if (ps.info === 'mine' && compareVector(config, m, ps) >= 0) {
    // NOT_DESIGNATED: recordAgreement
    patchPort(d, p, m.agreement ? { agreed: true, proposing: false } : { agreed: false });
  }
  runBridge(config, d, b, reselect);
}
