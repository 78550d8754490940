/**
 * Compares the kernel's converged bridges with `convergeStp`: per live bridge its root id,
 * root path cost and root port; per port its number, id and state (kernel forwarding ↔
 * forwarding; blocking or disabled ↔ discarding). Returns one line per disagreement.
 */
import { portKey, type StpResult, type StpTopology } from '../../models/stp/index.js';
import type { KernelBridge } from './observeKernel.js';

/** Disagreements between `model` and `kernel` (keyed by topology bridge id). */
export function compareWithModel(
  topology: StpTopology,
  model: StpResult,
  kernel: ReadonlyMap<string, KernelBridge>,
): string[] {
  const out: string[] = [];
  for (const b of topology.bridges) {
    const m = model.bridges.get(b.id);
    if (m === undefined || !m.up) continue;
    const k = kernel.get(b.id);
    if (k === undefined) {
      out.push(`${b.id}: not observed in the kernel`);
      continue;
    }
    if (k.bridgeId !== m.bridgeId) out.push(`${b.id}: bridge id kernel=${k.bridgeId} model=${m.bridgeId}`);
    const ports = topology.ports.filter((p) => p.bridge === b.id);
    if (b.mode !== 'none') {
      if (k.rootId !== m.rootId) out.push(`${b.id}: root kernel=${k.rootId} model=${m.rootId} (${m.root})`);
      if (k.rootPathCost !== m.rootPathCost) out.push(`${b.id}: root path cost kernel=${k.rootPathCost} model=${m.rootPathCost}`);
      const modelRootPort = ports.find((p) => p.name === m.rootPort)?.number ?? 0;
      if (k.rootPort !== modelRootPort) out.push(`${b.id}: root port kernel=${k.rootPort} model=${modelRootPort} (${m.rootPort})`);
    }
    for (const p of ports) {
      const mp = model.ports.get(portKey(b.id, p.name));
      const kp = k.ports.get(p.name);
      if (mp === undefined || kp === undefined) {
        out.push(`${b.id}/${p.name}: missing (kernel ${kp ? 'has it' : 'lacks it'})`);
        continue;
      }
      if (kp.number !== p.number) out.push(`${b.id}/${p.name}: port number kernel=${kp.number} model=${p.number}`);
      if (b.mode !== 'none' && kp.portId !== mp.portId)
        out.push(`${b.id}/${p.name}: port id kernel=0x${kp.portId.toString(16)} model=0x${mp.portId.toString(16)}`);
      const kernelState = kp.state === 'forwarding' ? 'forwarding' : kp.state === 'blocking' || kp.state === 'disabled' ? 'discarding' : kp.state;
      if (kernelState !== mp.state) out.push(`${b.id}/${p.name}: state kernel=${kp.state} model=${mp.state} (${mp.role})`);
    }
  }
  return out;
}
