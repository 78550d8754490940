import type { Invocation, Log, Result } from 'sarif';
import type { SomeReport } from '../formats.js';
import type { RenderOptions } from '../report.js';
import { ArtifactTable } from './sarifArtifacts.js';
import type { SarifContext } from './sarifContext.js';
import { sarifDriver } from './sarifDriver.js';
import { replayExplored, runExplored, spofExplored, type Explored } from './sarifExplored.js';
import { RuleTable } from './sarifRules.js';
import { replayResults, runResults } from './sarifRunResults.js';
import { spofResults } from './sarifSpofResults.js';

/** The schema a SARIF 2.1.0 log names. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function resultsOf(report: SomeReport, ctx: SarifContext, timing: boolean): { results: Result[]; explored: Explored } {
  switch (report.kind) {
    case 'run':
      return { results: runResults(report, ctx), explored: runExplored(report, ctx, timing) };
    case 'replay':
      return { results: replayResults(report, ctx), explored: replayExplored(report, ctx) };
    case 'spof':
      return { results: spofResults(report, ctx), explored: spofExplored(report, ctx, timing) };
  }
}

/**
 * The SARIF 2.1.0 log of one faultline invocation over one or more designs: one run whose
 * driver lists a rule per property checked, a result per violation (located in the design
 * file, or in the config files an imported design came from, with the trace as a code flow),
 * and one invocation whose notifications and `executionSuccessful` say what was explored and
 * whether a limit or an error cut it short (`run.properties.designs` holds the same as data).
 * See docs/decisions/0021-sarif.md.
 */
export function renderSarif(reports: readonly SomeReport[], options: Pick<RenderOptions, 'timing'>): string {
  const ctx: SarifContext = { artifacts: new ArtifactTable(), rules: new RuleTable() };
  const results: Result[] = [];
  const explored: Explored[] = [];
  for (const report of reports) {
    const one = resultsOf(report, ctx, options.timing);
    results.push(...one.results);
    explored.push(one.explored);
  }
  const invocation: Invocation = {
    executionSuccessful: explored.every((e) => e.complete),
    toolExecutionNotifications: explored.flatMap((e) => e.notifications),
  };
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: sarifDriver(ctx.rules.rules) },
        invocations: [invocation],
        artifacts: ctx.artifacts.artifacts,
        results,
        columnKind: 'utf16CodeUnits',
        properties: { designs: explored.map((e) => e.summary) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
