/**
 * Faults and repairs of the stack, restricted to the design's fault kinds (config.ts lists
 * them). Order per node: host crash/restart, keepalived stop/start, keepalived kill, daemon
 * stop/start, service NIC down/up; then each node's scripts lost/back; then the DRBD link,
 * then the VRRP LAN.
 */
import { applyFault as applyDrbdFault } from '../drbd/faults.js';
import { applyFault as applyVrrpFault } from '../vrrp/faults.js';
import type { HaFault } from './actions.js';
import type { HaStackConfig } from './config.js';
import { crashHost, restartHost } from './host.js';
import { killKeepalived, setNic, startKeepalived, stopKeepalived, vrrpConfigOf } from './keepalivedProcess.js';
import { hostUp, withNode, type HaState } from './state.js';

/** The faults enabled in `s`. */
export function enabledFaults(config: HaStackConfig, s: HaState): HaFault[] {
  const kinds = config.faultKinds;
  const out: HaFault[] = [];
  for (const node of [0, 1] as const) {
    const up = hostUp(s, node);
    const n = s.nodes[node];
    if (kinds.has('crash')) out.push({ type: up ? 'crash' : 'restart', node });
    if (!up) continue;
    const stoppedForGood = n.kd === 'stopped' && n.svc < 0;
    if (kinds.has('stop') || kinds.has('kill')) {
      if (kinds.has('stop') && n.kd !== 'stopped') out.push({ type: 'stop', node });
      if (stoppedForGood) out.push({ type: 'start', node });
    }
    if (kinds.has('kill') && n.kd !== 'stopped') out.push({ type: 'kill', node });
    if (kinds.has('daemon')) {
      const running = config.service === 'dns' ? n.dns : n.nfs;
      out.push({ type: running ? 'daemonStop' : 'daemonStart', node });
    }
    if (kinds.has('nic')) out.push({ type: n.nic ? 'nicDown' : 'nicUp', node });
  }
  if (kinds.has('script')) for (const node of [0, 1] as const) out.push({ type: s.nodes[node].exec ? 'scriptLost' : 'scriptBack', node });
  if (kinds.has('link') && s.drbd !== null) out.push({ type: s.drbd.link === 'up' ? 'cut' : 'reconnect' });
  if (kinds.has('partition')) out.push({ type: s.vrrp.lan === 'connected' ? 'partition' : 'heal' });
  return out;
}

/** The state after fault `f`. */
export function applyFault(config: HaStackConfig, s: HaState, f: HaFault): HaState {
  switch (f.type) {
    case 'crash':
      return crashHost(config, s, f.node);
    case 'restart':
      return restartHost(config, s, f.node);
    case 'stop':
      return stopKeepalived(config, s, f.node);
    case 'start':
      return startKeepalived(config, s, f.node);
    case 'kill':
      return killKeepalived(config, s, f.node);
    case 'daemonStop':
    case 'daemonStart': {
      const n = s.nodes[f.node];
      const on = f.type === 'daemonStart';
      return withNode(s, f.node, config.service === 'dns' ? { ...n, dns: on } : { ...n, nfs: on });
    }
    case 'nicDown':
    case 'nicUp':
      return setNic(config, s, f.node, f.type === 'nicUp');
    case 'scriptLost':
    case 'scriptBack':
      // The running keepalived keeps its trackers; what their runs report changes.
      return withNode(s, f.node, { ...s.nodes[f.node], exec: f.type === 'scriptBack' });
    case 'cut':
    case 'reconnect':
      return { ...s, drbd: applyDrbdFault(config.drbd!, s.drbd!, { type: f.type }) };
    case 'partition':
    case 'heal':
      return { ...s, vrrp: { ...applyVrrpFault(vrrpConfigOf(config, s), s.vrrp, { type: f.type }), failback: false } };
  }
}
