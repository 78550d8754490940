/**
 * Bench rows for the reference sites (decision 0017): each site's exhaustive check at its
 * design's fault budget and its whole-site `spof`, with states, seconds and states/s. A row
 * fails when the verdict is not the one the file name promises (pitfall: violation, fix:
 * pass). Issue 8 asks each check and each spof to stay under 60 s on a 2-core machine: rows
 * over it are flagged.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spof } from '../src/api/spof.js';
import { loadDesign } from '../src/design/loadDesign.js';
import { check } from '../src/explore/check.js';

/** One site's figures. */
export interface SiteLine {
  readonly bench: 'site';
  readonly design: string;
  readonly status: string;
  readonly expected: 'violation' | 'pass';
  readonly states: number;
  readonly seconds: number;
  readonly statesPerSecond: number;
  /** Whole-site spof, single failures (null when not measured). */
  readonly spofSeconds: number | null;
  readonly spofRows: number | null;
  readonly withinBudget: boolean;
}

const LIMIT_SECONDS = 60;

/** Measures the site designs in `dir` (all of them, or only the DNS pair when `quick`). */
export function measureSites(dir: string, quick: boolean): SiteLine[] {
  const files = readdirSync(dir)
    .filter((f) => /^site-.*\.(pitfall|fix)\.yaml$/.test(f))
    .filter((f) => !quick || f.startsWith('site-dns-'))
    .sort();
  return files.map((file) => {
    const design = loadDesign(join(dir, file));
    const started = performance.now();
    const result = check(design.model, design.properties, design.options);
    const seconds = (performance.now() - started) / 1000;
    const states = result.status === 'error' ? 0 : result.stats.states;
    let spofSeconds: number | null = null;
    let spofRows: number | null = null;
    if (!quick) {
      const t = performance.now();
      spofRows = spof(design).rows.length;
      spofSeconds = (performance.now() - t) / 1000;
    }
    return {
      bench: 'site',
      design: file.replace(/\.yaml$/, ''),
      status: result.status,
      expected: file.includes('.pitfall.') ? 'violation' : 'pass',
      states,
      seconds: Number(seconds.toFixed(2)),
      statesPerSecond: Math.round(states / Math.max(seconds, 1e-9)),
      spofSeconds: spofSeconds === null ? null : Number(spofSeconds.toFixed(2)),
      spofRows,
      withinBudget: seconds < LIMIT_SECONDS && (spofSeconds ?? 0) < LIMIT_SECONDS,
    };
  });
}

/** The rows as a table for the bench summary. */
export function siteSummary(lines: readonly SiteLine[]): string {
  const header = ['site', 'states', 'seconds', 'states/s', 'spof s', 'spof rows', 'verdict'];
  const rows = lines.map((l) => [
    l.design,
    l.states.toLocaleString('en-US'),
    l.seconds.toFixed(2),
    l.statesPerSecond.toLocaleString('en-US'),
    l.spofSeconds === null ? '—' : l.spofSeconds.toFixed(2),
    l.spofRows === null ? '—' : String(l.spofRows),
    `${l.status}${l.status === l.expected ? '' : ` (expected ${l.expected})`}${l.withinBudget ? '' : ` OVER ${LIMIT_SECONDS} s`}`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => (c === 0 || c === 6 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return ['Sites (exhaustive check at the design budget; whole-site spof, single failures):', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
