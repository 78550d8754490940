import { simulateOptionsFor } from '../api/runs.js';
import type { DesignRunOptions } from '../design/designKind.js';
import type { SimulateOptions } from '../explore/options.js';
import type { ReportFormat } from '../report/formats.js';
import { definedOnly } from './definedOnly.js';
import type { OutputSettings } from './emitReport.js';

/** `faultline simulate` options as commander hands them over. */
export interface RawSimulateOptions {
  readonly seed?: number;
  readonly runs?: number;
  readonly maxSteps?: number;
  readonly maxFaults?: number;
  readonly timeout?: number;
  readonly format: ReportFormat;
  readonly out?: string;
  readonly shard?: string;
  readonly workers?: number;
}

/** Everything `simulate` needs, resolved once. */
export interface SimulateSettings {
  readonly engine: Omit<SimulateOptions, 'onProgress' | 'walked'>;
  readonly output: OutputSettings;
}

/** Resolves raw `simulate` flags against the design's own run options. */
export function resolveSimulateSettings(raw: RawSimulateOptions, design: DesignRunOptions): SimulateSettings {
  const flags = definedOnly<Omit<SimulateOptions, 'onProgress' | 'walked'>>({
    seed: raw.seed,
    runs: raw.runs,
    maxSteps: raw.maxSteps,
    maxFaults: raw.maxFaults,
    timeoutSeconds: raw.timeout,
    shrink: true,
    startedAt: undefined,
  });
  const engine = simulateOptionsFor({ options: design }, flags);
  return { engine, output: { format: raw.format, out: raw.out } };
}
