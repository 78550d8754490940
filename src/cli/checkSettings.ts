import { checkOptionsFor, limitsOf } from '../api/runs.js';
import type { LimitName } from '../core/result.js';
import type { DesignRunOptions } from '../design/designKind.js';
import type { CheckOptions } from '../explore/options.js';
import type { ReportFormat } from '../report/formats.js';
import { parseShard } from '../explore/shardSpec.js';
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
  /** `--shard i/n`, as typed. */
  readonly shard?: string;
  readonly format: ReportFormat;
  readonly out?: string;
}

/**
 * Everything `faultline check` needs, resolved once: the engine options (flags over the
 * design's defaults, merged by the library's `checkOptionsFor`), the limits they set, and
 * where the report goes. (The engine resolves its own options further into `CheckSettings`,
 * src/explore/checkSettings.ts.)
 */
export interface CheckCommandSettings {
  readonly engine: Omit<CheckOptions, 'onProgress'>;
  readonly limits: Readonly<Partial<Record<LimitName, number>>>;
  readonly requireComplete: boolean;
  readonly output: OutputSettings;
}

/** Resolves raw `check` flags against the design's own run options. */
export function resolveCheckSettings(raw: RawCheckOptions, design: DesignRunOptions): CheckCommandSettings {
  const flags = definedOnly<Omit<CheckOptions, 'onProgress'>>({
    maxStates: raw.maxStates,
    maxDepth: raw.maxDepth,
    maxFaults: raw.maxFaults,
    timeoutSeconds: raw.timeout,
    maxMemoryMiB: raw.maxMemory,
    storage: raw.hashCompaction ? 'hash-compaction' : 'exact',
    checkDeadlocks: raw.deadlock === true,
    stopAtFirstViolation: false,
    fewestFaults: true,
    shard: raw.shard === undefined ? undefined : parseShard(raw.shard),
    startedAt: undefined,
  });
  const engine = checkOptionsFor({ options: design }, flags);
  return { engine, limits: limitsOf(engine), requireComplete: raw.requireComplete === true, output: { format: raw.format, out: raw.out } };
}
