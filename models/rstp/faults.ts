/**
 * Faults of the RSTP model, restricted to the design's fault kinds and failing elements:
 * `bridge-down` (dies, its links lose carrier), `bridge-silent` (dies, links keep carrier),
 * `bridge-hang` (control plane frozen, data plane forwards as it was), `link-down`.
 * Loss of carrier is seen at once by both ends (port disabled, §17.27 DISABLED, reselect).
 */
import type { RstpFault } from './actions.js';
import { runBridge } from './bridgeRun.js';
import type { RstpConfig } from './config.js';
import type { Draft } from './draft.js';
import { DISABLED_PORT, type RstpState } from './state.js';

/** The faults enabled in `s`: per failing bridge its kinds, then per failing link. */
export function enabledFaults(config: RstpConfig, s: RstpState): RstpFault[] {
  const out: RstpFault[] = [];
  const kinds = config.faultKinds;
  s.bridges.forEach((st, bridge) => {
    if (st !== 'up' || !config.failingBridges.has(bridge)) return;
    if (kinds.has('bridge-down')) out.push({ type: 'bridge-down', bridge });
    if (kinds.has('bridge-silent')) out.push({ type: 'bridge-silent', bridge });
    if (kinds.has('bridge-hang')) out.push({ type: 'bridge-hang', bridge });
  });
  if (kinds.has('link-down')) {
    s.links.forEach((up, link) => {
      if (up && config.failingLinks.has(link)) out.push({ type: 'link-down', link });
    });
  }
  return out;
}

/** Applies fault `f`; bridges that see a port go down process it at once. */
export function applyFault(config: RstpConfig, d: Draft, f: RstpFault): void {
  switch (f.type) {
    case 'bridge-silent':
    case 'bridge-hang':
      d.bridges[f.bridge] = f.type === 'bridge-silent' ? 'silent' : 'hung';
      return;
    case 'bridge-down': {
      d.bridges[f.bridge] = 'down';
      const touched = new Set<number>();
      for (const p of config.portsOf[f.bridge]!) {
        d.ports[p] = DISABLED_PORT;
        cut(config, d, config.ports[p]!.link);
        touched.add(config.ports[config.ports[p]!.peer]!.bridge);
      }
      for (const b of touched) if (d.bridges[b] === 'up') runBridge(config, d, b, true);
      return;
    }
    case 'link-down': {
      const l = config.links[f.link]!;
      cut(config, d, f.link);
      for (const p of [l.a, l.b]) {
        const b = config.ports[p]!.bridge;
        if (d.bridges[b] === 'up') runBridge(config, d, b, true);
      }
      return;
    }
  }
}

/** Takes a link down: both ports lose carrier, frames in flight are lost. */
function cut(config: RstpConfig, d: Draft, link: number): void {
  const l = config.links[link]!;
  d.links[link] = false;
  for (const p of [l.a, l.b]) {
    d.slots[p] = null;
    const b = config.ports[p]!.bridge;
    // A frozen (hung/silent) bridge does not process the event, but the port has no carrier.
    if (d.bridges[b] === 'up') d.ports[p] = { ...d.ports[p]!, info: 'disabled' };
  }
}
