/**
 * Waits until a set of kernel bridges has converged: no port listening or learning, no
 * forward-delay timer running, and the same roots, root ports, costs and port states for
 * Max Age + 1.5 s. Legacy STP keeps worse news from the same designated bridge out until the
 * stored information ages out (`br_supersedes_port_info`), at most Max Age after the last
 * refresh, so a shorter quiet period can mistake stale information for convergence (seed 3
 * of seed 1 did: a bridge cut off from the root kept its old root for up to 6 s).
 */
import { KERNEL_TIMERS } from './buildKernelTopology.js';
import { observeKernel, type KernelBridge } from './observeKernel.js';

/** The last observation and whether it converged before the deadline. */
export interface Convergence {
  readonly converged: boolean;
  readonly bridges: ReadonlyMap<string, KernelBridge>;
  readonly elapsedMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function keyOf(bridges: ReadonlyMap<string, KernelBridge>): string {
  return [...bridges]
    .map(([ns, b]) => `${ns}:${b.rootId}/${b.rootPort}/${b.rootPathCost}/${[...b.ports.values()].map((p) => `${p.name}=${p.state}`).join(',')}`)
    .join(';');
}

/** Polls the bridges of `namespaces` (keyed by the caller's names) until converged or `timeoutMs`. */
export async function waitConverged(namespaces: ReadonlyMap<string, string>, timeoutMs: number): Promise<Convergence> {
  const start = Date.now();
  const maxAgeMs = KERNEL_TIMERS.maxAge * 10;
  let lastKey = '';
  let since = start;
  for (;;) {
    const entries = await Promise.all([...namespaces].map(async ([name, ns]) => [name, await observeKernel(ns)] as const));
    const bridges = new Map(entries);
    const now = Date.now();
    const ports = [...bridges.values()].flatMap((b) => [...b.ports.values()]);
    const moving = ports.some((p) => p.state === 'listening' || p.state === 'learning' || p.forwardDelayTimer > 0);
    const key = keyOf(bridges);
    if (moving || key !== lastKey) {
      lastKey = key;
      since = now;
    } else if (now - since >= maxAgeMs + 1500) {
      return { converged: true, bridges, elapsedMs: now - start };
    }
    if (now - start > timeoutMs) return { converged: false, bridges, elapsedMs: now - start };
    await sleep(500);
  }
}
