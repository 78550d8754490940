/**
 * Actions of the RSTP model: BPDU deliveries and time (from `actions(s)`) and faults (from
 * `faults(s)`, each counted against the fault budget; there are no repairs).
 */
import type { RstpConfig } from './config.js';

/** Protocol steps. */
export type RstpStep =
  /** The BPDU sent by `port` reaches the other end of its link (0 time). */
  | { readonly type: 'deliver'; readonly port: number }
  /** One Hello Time passes for every running bridge. */
  | { readonly type: 'tick' };

/** Faults. */
export type RstpFault =
  /** The bridge dies and its links lose carrier: neighbours see the ports go down at once. */
  | { readonly type: 'bridge-down'; readonly bridge: number }
  /** The bridge dies but its links keep carrier: neighbours only notice that BPDUs stop. */
  | { readonly type: 'bridge-silent'; readonly bridge: number }
  /** The control plane hangs: no BPDUs, while the data plane keeps forwarding as it was. */
  | { readonly type: 'bridge-hang'; readonly bridge: number }
  /** The link loses carrier: both ends see it at once. */
  | { readonly type: 'link-down'; readonly link: number };

/** Any action of the model. */
export type RstpAction = RstpStep | RstpFault;

/** Whether an action is a fault. */
export function isFault(a: RstpAction): a is RstpFault {
  return a.type !== 'deliver' && a.type !== 'tick';
}

/** `tick`, `deliver(b1:p1>b2)`, `bridge-down(b1)`, `link-down(b1-b2)`. */
export function formatRstpAction(config: RstpConfig, a: RstpAction): string {
  switch (a.type) {
    case 'tick':
      return 'tick';
    case 'deliver': {
      const p = config.ports[a.port]!;
      const q = config.ports[p.peer]!;
      return `deliver(${config.bridges[p.bridge]!.name}:${p.name}>${config.bridges[q.bridge]!.name})`;
    }
    case 'link-down':
      return `link-down(${config.links[a.link]!.name})`;
    default:
      return `${a.type}(${config.bridges[a.bridge]!.name})`;
  }
}
