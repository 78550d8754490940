import type { LimitName } from '../core/result.js';
import type { DesignRunOptions } from '../design/designKind.js';
import type { CheckOptions } from '../explore/options.js';
import type { ReportFormat } from '../report/formats.js';
import { definedOnly } from './definedOnly.js';
import type { OutputSettings } from './emitReport.js';

/** `faultline check` options as commander hands them over. */
export interface RawCheckOptions {
  readonly maxStates?: number;
  readonly maxDepth?: number;
  readonly maxFaults?: number;
  readonly timeout?: number;
  readonly maxMemory?: number;
  readonly hashCompaction?: boolean;
  readonly deadlock?: boolean;
  readonly requireComplete?: boolean;
  readonly format: ReportFormat;
  readonly out?: string;
}

/** Everything `check` needs, resolved once: flags first, then the design's defaults. */
export interface CheckSettings {
  readonly engine: Omit<CheckOptions, 'onProgress'>;
  readonly limits: Readonly<Partial<Record<LimitName, number>>>;
  readonly requireComplete: boolean;
  readonly output: OutputSettings;
}

/** Resolves raw `check` flags against the design's own run options. */
export function resolveCheckSettings(raw: RawCheckOptions, design: DesignRunOptions): CheckSettings {
  const maxDepth = raw.maxDepth ?? design.maxDepth;
  const engine = definedOnly<Omit<CheckOptions, 'onProgress'>>({
    maxStates: raw.maxStates,
    maxDepth,
    maxFaults: raw.maxFaults ?? design.maxFaults,
    timeoutSeconds: raw.timeout,
    maxMemoryMiB: raw.maxMemory,
    storage: raw.hashCompaction ? 'hash-compaction' : 'exact',
    checkDeadlocks: raw.deadlock === true,
    stopAtFirstViolation: false,
  });
  const limits = definedOnly<Partial<Record<LimitName, number>>>({
    'max-states': raw.maxStates,
    'max-depth': maxDepth,
    timeout: raw.timeout,
    'max-memory': raw.maxMemory,
  });
  return { engine, limits, requireComplete: raw.requireComplete === true, output: { format: raw.format, out: raw.out } };
}
