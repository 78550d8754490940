/**
 * The human summary the bench prints to stderr after its JSON lines: speed against the
 * naive BFS measured in the same run, and SPIN's BFS figures from BASELINES.md beside it.
 */
import { exhaustiveBaselines, randomBaselines } from './baselines.js';
import type { ExhaustiveLine } from './measureExhaustive.js';
import type { RandomLine } from './randomLine.js';

const thousands = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
const ratio = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)}×`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Formats the summary of one bench run. */
export function benchSummary(exhaustive: readonly ExhaustiveLine[], random: readonly RandomLine[]): string {
  const rows = exhaustive.map((l) => {
    const spin = exhaustiveBaselines[l.model][l.n];
    const spinRate = spin ? l.states / spin.spinBfsSeconds : null;
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
    'Exhaustive (engine vs naive BFS measured in this run; SPIN BFS from BASELINES.md, another run):',
    table(['model', 'states', 'seconds', 'states/s', 'B/state', 'naive/s', 'vs naive', 'SPIN/s', 'vs SPIN', 'counts'], rows),
  ];
  if (random.length > 0) {
    const randomRows = random.map((l) => {
      const base = randomBaselines[l.model];
      const same = base.n === l.n;
      return [
        `${l.model}-${l.n}`,
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
      'Random mode (steps/s on one thread, invariant checked every step; fast-check index walks measured in this run; table figures from BASELINES.md):',
      table(['model', 'steps/s', 'fast-check idx/s', 'vs fast-check', 'table fc/s', 'table Quint/s', 'status'], randomRows),
    );
  }
  return parts.join('\n');
}
