/**
 * The human summary the bench prints to stderr after its JSON lines: speed against the
 * naive BFS measured in the same run, and SPIN's BFS figures beside it (measured in the same run
 * where spin is installed, else from BASELINES.md; the headings say which).
 */
import { randomBaselines } from './baselines.js';
import type { ExhaustiveLine } from './measureExhaustive.js';
import type { ScalingLine } from './machineScaling.js';
import type { ParallelLine } from './measureParallel.js';
import type { RandomLine } from './randomLine.js';
import type { SpinSource } from './spin/spinBfs.js';

const thousands = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
const ratio = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)}×`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Says where the SPIN column's figures come from. */
function spinFrom(sources: readonly (SpinSource | null)[]): string {
  const used = new Set(sources.filter((s) => s !== null));
  if (used.size === 0) return 'not available';
  if (used.size === 2) return "measured in this run, or from BASELINES.md where this run's SPIN failed (each JSON line's spinSource says which)";
  return used.has('this run') ? 'measured in this run (spin 6.5.2, gcc -O2 -DNOREDUCE -DSAFETY -DBFS)' : 'from BASELINES.md, another run (spin not installed, failed, or FAULTLINE_BENCH_SPIN=table)';
}

/** Formats the summary of one bench run. */
export function benchSummary(exhaustive: readonly ExhaustiveLine[], random: readonly RandomLine[]): string {
  const rows = exhaustive.map((l) => {
    const spinRate = l.spinSeconds ? l.states / l.spinSeconds : null;
    return [
      `${l.model}-${l.n}`,
      l.states.toLocaleString('en-US'),
      l.seconds.toFixed(2),
      thousands(l.statesPerSecond),
      l.bytesPerState.toFixed(1),
      l.naiveStatesPerSecond === null ? '—' : thousands(l.naiveStatesPerSecond),
      ratio(l.speedup),
      spinRate === null ? '—' : thousands(spinRate),
      ratio(spinRate === null ? null : l.statesPerSecond / spinRate),
      l.countsMatch === null ? 'no ref' : l.countsMatch ? 'ok' : 'MISMATCH',
    ];
  });
  const parts = [
    `Exhaustive (engine vs naive BFS measured in this run; SPIN BFS ${spinFrom(exhaustive.map((l) => l.spinSource))}):`,
    table(['model', 'states', 'seconds', 'states/s', 'B/state', 'naive/s', 'vs naive', 'SPIN/s', 'vs SPIN', 'counts'], rows),
  ];
  if (random.length > 0) {
    const randomRows = random.map((l) => {
      const base = randomBaselines[l.model];
      const same = base.n === l.n;
      return [
        `${l.model}-${l.n}`,
        thousands(l.runs),
        thousands(l.steps),
        thousands(l.randomStepsPerSecond),
        thousands(l.fastCheckStepsPerSecond),
        ratio(l.randomStepsPerSecond / l.fastCheckStepsPerSecond),
        same ? thousands(base.fastCheckIndexWalkStepsPerSecond) : '—',
        same ? thousands(base.quintStepsPerSecond) : '—',
        l.status,
      ];
    });
    parts.push(
      '',
      `Random mode (steps/s on one thread, invariant checked every step; fast-check index walks measured in this run over as many walks; table figures from BASELINES.md${random.some((l) => l.warmUpRounds > 0) ? `; ${random.filter((l) => l.warmUpRounds > 0).map((l) => `${l.model}-${l.n}`).join(', ')}: walks end early, so a first round warmed up and more walks were timed` : ''}):`,
      table(['model', 'walks', 'steps', 'steps/s', 'fast-check idx/s', 'vs fast-check', 'table fc/s', 'table Quint/s', 'status'], randomRows),
    );
  }
  return parts.join('\n');
}

/**
 * The 2-worker rows: wall-clock speed-up (meaningful on an idle machine only), the process-CPU
 * ratio that stands for it on a loaded one (decision 0044), each worker's busy/wait, and states
 * per second against SPIN's single-core BFS (measured in this run where spin is installed;
 * issue 13 asks ≥ 3×).
 */
export function parallelSummary(lines: readonly ParallelLine[], scaling?: ScalingLine): string {
  const seconds = (xs: readonly number[]): string => xs.map((x) => x.toFixed(2)).join('/');
  const rows = lines.map((l) => [
    `${l.model}-${l.n}`,
    l.states.toLocaleString('en-US'),
    `${l.oneSeconds.toFixed(2)} / ${l.workersSeconds.toFixed(2)}`,
    ratio(l.speedup),
    `${l.oneCpuSeconds.toFixed(2)} / ${l.workersCpuSeconds.toFixed(2)}`,
    ratio(l.cpuRatio),
    l.joinedAtStates === null ? 'never' : thousands(l.joinedAtStates),
    seconds(l.workerCpuSeconds),
    seconds(l.workerBusySeconds),
    seconds(l.workerWaitSeconds),
    `${(l.imbalance * 100).toFixed(1)}%`,
    `${l.oneBytesPerState.toFixed(1)} / ${l.workersBytesPerState.toFixed(1)}`,
    l.spinStatesPerSecond === null ? '—' : thousands(l.spinStatesPerSecond),
    ratio(l.vsSpin),
    l.countsMatch ? 'ok' : 'MISMATCH',
  ]);
  const ceiling =
    scaling === undefined
      ? []
      : [
          `This machine on 2 threads (one thread's time over two halves', best of 3): CPU-bound ${ratio(scaling.cpuBound)}, memory-bound (random access, ${scaling.memoryMiBPerThread} MiB a thread) ${ratio(scaling.memoryBound)} — a search's speed-up is bounded by the second.`,
        ];
  return [
    `Exhaustive on ${lines[0]?.workers ?? 2} threads vs 1, alternately ${lines[0]?.repeats ?? 1} times each, fastest run of each (speed-up: wall, read it on an idle machine; CPU ratio: process CPU; thread CPU/busy/wait: the coordinator's thread first; SPIN BFS ${spinFrom(lines.map((l) => l.spinSource))}${lines.some((l) => (l.spinRuns ?? 1) > 1) ? `, the fastest of ${Math.max(...lines.map((l) => l.spinRuns ?? 1))} runs made between faultline's` : ''}):`,
    ...ceiling,
    table(['model', 'states', 'wall s 1/W', 'speed-up', 'CPU s 1/W', 'CPU ratio', 'joined at', 'thread CPU', 'busy', 'wait', 'imbalance', 'B/state 1/W', 'SPIN/s', 'W vs SPIN', 'counts'], rows),
  ].join('\n');
}
