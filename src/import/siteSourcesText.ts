/**
 * The lines a text report of an imported design ends with: for each element that appears in a
 * violation's trace, the config file and line that define it, and the config line of each
 * notify effect the design runs.
 */
import { relative } from 'node:path';
import type { CheckResult } from '../core/result.js';
import type { SourceLocation } from '../core/errors.js';
import { elementSources } from './design/elementSources.js';
import type { ImportedDesign } from './design/importedDesign.js';

const where = (at: SourceLocation): string => `${relative(process.cwd(), at.file) || at.file}:${at.line}:${at.column}`;

/** The text, or '' when nothing was violated. */
export function siteSourcesText(design: ImportedDesign, result: CheckResult<unknown>): string {
  if (result.status === 'error') return '';
  const traces = result.verdicts.flatMap((v) => (v.status === 'violated' ? [v.trace] : []));
  if (traces.length === 0) return '';
  const names = elementSources(design);
  const seen = new Set<string>();
  for (const trace of traces) {
    for (const view of [trace.initialView, ...trace.steps.map((s) => s.view)]) {
      for (const [key, value] of Object.entries(view)) {
        const name = [...names.keys()].find((n) => key === n || key.startsWith(`${n}.`) || key.startsWith(`${n}:`));
        if (name) seen.add(name);
        // Values name elements too: a loop "s4→s2→s1→s3→s4", blocked ports "s2:eth2".
        for (const text of [value].flat()) if (typeof text === 'string') for (const word of text.split(/[^A-Za-z0-9_.-]+/)) if (names.has(word)) seen.add(word);
      }
    }
  }
  const lines = [...seen].map((n) => `  ${n.padEnd(28)} ${where(names.get(n)!)}`);
  const effects = [...design.sources].filter(([k]) => /\.notify\.[a-z]+\.\d+$/.test(k)).map(([k, at]) => `  ${`notify_${k.split('.').at(-2)} ${String(valueAt(design, k))}`.padEnd(28)} ${where(at)}`);
  const all = [...lines, ...effects];
  return all.length === 0 ? '' : `\nconfiguration behind these traces:\n${all.join('\n')}\n`;
}

function valueAt(design: ImportedDesign, key: string): unknown {
  let value: unknown = design.document;
  for (const segment of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}
