/** Test helper: MC-LAG parameters for a leaf1/leaf2 pair and server srv1 (vPC defaults). */
import type { MclagParams } from '../../../models/mclag/config.js';

/** A vPC-like domain: separate keepalive, 5 s timeout, the secondary suspends, no auto-recovery. */
export function domain(extra: Partial<MclagParams> = {}): MclagParams {
  return {
    peers: [
      { name: 'leaf1', priority: 100 },
      { name: 'leaf2', priority: 200 },
    ],
    server: 'srv1',
    keepalive: 'separate',
    keepaliveTimeout: 5,
    onPeerLinkLoss: 'suspend-secondary',
    onPeerLost: 'promote',
    autoRecovery: false,
    ...extra,
  };
}
