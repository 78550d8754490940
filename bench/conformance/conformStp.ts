/**
 * The STP conformance run: generates cases from a seed, builds each as Linux bridges in
 * namespaces of its own, waits for the kernel to converge, compares with `convergeStp`,
 * applies the case's fault (a link or bridge taken down), waits and compares again. Cases run
 * `concurrency` at a time; every namespace is deleted when its case ends, whatever happens.
 * Reports through `log`; never prints.
 */
import { convergeStp } from '../../models/stp/index.js';
import { compareWithModel } from './compareWithModel.js';
import { buildKernelTopology } from './buildKernelTopology.js';
import { ipBatch } from './ipCommand.js';
import { deleteNamespace, namespaceName, sweepStaleNamespaces } from './namespaces.js';
import { randomStpCase, type StpCase } from './randomStpCase.js';
import { waitConverged } from './waitConverged.js';

/** Settings of a run. */
export interface ConformanceOptions {
  readonly count: number;
  readonly seed: number;
  readonly concurrency: number;
  /** Per convergence wait. */
  readonly timeoutMs: number;
  readonly log: (line: string) => void;
}

/** The outcome of a run. */
export interface ConformanceSummary {
  readonly topologies: number;
  readonly comparisons: number;
  readonly disagreements: number;
}

/** Namespaces alive right now, for a signal handler to delete. */
export const activeNamespaces = new Set<string>();

function describeCase(c: StpCase): string {
  const t = c.topology;
  const bridges = t.bridges.map((b) => `${b.id}(${b.mode},${b.priority},${b.mac})`).join(' ');
  const links = t.links
    .map((l) => {
      const cost = (e: { bridge: string; port: string }): string => {
        const p = t.ports.find((q) => q.bridge === e.bridge && q.name === e.port);
        return `${e.bridge}.${e.port}[c${p?.cost},p${p?.priority}]`;
      };
      return `${l.id}:${cost(l.a)}-${cost(l.b)}`;
    })
    .join(' ');
  return `${bridges} | ${links}${c.fault ? ` | fault ${c.fault.kind} ${c.fault.id}` : ''}`;
}

async function applyFault(c: StpCase, nsOf: (bridge: string) => string): Promise<void> {
  const fault = c.fault;
  if (fault === null) return;
  const t = c.topology;
  const ends =
    fault.kind === 'link'
      ? t.links.filter((l) => l.id === fault.id).map((l) => l.a)
      : t.ports.filter((p) => p.bridge === fault.id).map((p) => ({ bridge: p.bridge, port: p.name }));
  for (const e of ends) await ipBatch(nsOf(e.bridge), [`link set ${e.port} down`]);
}

/** Runs one case; returns its disagreement lines (empty when the kernel agrees). */
async function runCase(caseNo: number, c: StpCase, opts: ConformanceOptions): Promise<{ lines: string[]; comparisons: number }> {
  const index = new Map(c.topology.bridges.map((b, i) => [b.id, i]));
  const nsOf = (bridge: string): string => namespaceName(caseNo, index.get(bridge) ?? -1);
  const created = new Set<string>();
  const lines: string[] = [];
  let comparisons = 0;
  try {
    await buildKernelTopology(c.topology, (i) => namespaceName(caseNo, i), (ns) => {
      activeNamespaces.add(ns);
      created.add(ns);
    });
    const phases = c.fault ? [new Set<string>(), new Set([c.fault.id])] : [new Set<string>()];
    for (const failed of phases) {
      if (failed.size > 0) await applyFault(c, nsOf);
      const live = new Map(c.topology.bridges.filter((b) => !failed.has(b.id)).map((b) => [b.id, nsOf(b.id)]));
      const seen = await waitConverged(live, opts.timeoutMs);
      const phase = failed.size > 0 ? `after ${c.fault?.kind} ${c.fault?.id} fails` : 'all up';
      comparisons++;
      const diffs = compareWithModel(c.topology, convergeStp(c.topology, failed), seen.bridges);
      if (!seen.converged) diffs.unshift(`kernel did not converge within ${opts.timeoutMs} ms`);
      for (const d of diffs) lines.push(`seed ${c.seed} (${phase}): ${d}`);
    }
  } catch (e) {
    lines.push(`seed ${c.seed}: harness error: ${(e as Error).message}`);
  } finally {
    for (const ns of created) {
      await deleteNamespace(ns);
      activeNamespaces.delete(ns);
    }
  }
  if (lines.length > 0) lines.push(`seed ${c.seed} topology: ${describeCase(c)}`);
  return { lines, comparisons };
}

/** Runs `count` cases from `seed` (case i has seed `seed + i`). */
export async function conformStp(opts: ConformanceOptions): Promise<ConformanceSummary> {
  const swept = await sweepStaleNamespaces();
  if (swept > 0) opts.log(`removed ${swept} stale namespaces of earlier runs`);
  let next = 0;
  let disagreements = 0;
  let comparisons = 0;
  const worker = async (): Promise<void> => {
    while (next < opts.count) {
      const caseNo = next++;
      const c = randomStpCase((opts.seed + caseNo) >>> 0);
      const result = await runCase(caseNo, c, opts);
      comparisons += result.comparisons;
      const count = result.lines.filter((l) => !l.includes(' topology: ')).length;
      disagreements += count;
      for (const l of result.lines) opts.log(l);
      opts.log(`seed ${c.seed}: ${c.topology.bridges.length} bridges, ${c.topology.links.length} links, ${count === 0 ? 'agrees' : `${count} disagreements`}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  return { topologies: opts.count, comparisons, disagreements };
}
