/**
 * faultline as a library: load designs (from files, text or code), run `check`, `simulate`,
 * `replay` and `spof` on them, render the CLI's reports, and check models of your own with
 * the same engine. Matchers for vitest are in `faultline/vitest`, fast-check arbitraries in
 * `faultline/fast-check`. The API shape is recorded in docs/decisions/0027-library-api.md.
 */

// Designs
export type { Design, DesignHeader, DesignSections, PropertyEntry } from './api/design.js';
export type {
  BondSection, DnsSection, DrbdSection, EndpointSection, HaStackSection, LacpSection, LinkSection, LvsSection,
  MclagSection, PortSection, RstpSection, SiteSection, SwitchSection, TopologySection, VrrpRouterSection, VrrpSection,
} from './api/design.js';
export { designFrom, designText, loadDesign, parseDesign, tryLoadDesign, type DesignOutcome, type DesignSource, type LoadOptions } from './api/loadDesign.js';
export type { ImportDiagnostic } from './import/importLog.js';
export type { LoadedDesign } from './design/loadDesign.js';
export type { DesignDocument, DesignKind, DesignRunOptions, PropertyRequest } from './design/designKind.js';
export { designKinds } from './design/registry.js';

// Runs on designs
export { check, replay, simulate, type DesignResult, type ReplayOptions, type ReplayResult, type RunInfo } from './api/runs.js';
export { checkOnThreads, type ThreadedCheckOptions } from './api/checkOnThreads.js';
export { mergeChecks } from './api/mergeChecks.js';
export { canSweep, spof, type SpofOptions } from './api/spof.js';
export type { SpofBreak, SpofElement, SpofReport, SpofRow } from './report/spofReport.js';
export type { CheckOptions, Progress, SimulateOptions } from './explore/options.js';

// Reports
export { render, renderSpof, type RenderOptions } from './api/render.js';
export { reportFormatNames, type ReportFormat } from './report/formats.js';
export type { DesignInfo, RandomInfo } from './report/report.js';

// Models of one's own
export { checkModel, replayModel, simulateModel } from './api/models.js';
export type { Action, Model, PackedModel, StateCodec, StateView, ViewValue } from './core/model.js';
export { always, sometimes, within, type AlwaysProperty, type Predicate, type Property, type SometimesProperty, type WithinProperty } from './core/property.js';
export { array, bool, codecOf, enumOf, int, optional, record, type Layout } from './core/layout.js';
export { immutableList, immutableRecord } from './core/immutableLayout.js';

// Results, traces, errors
export { ExitCode, exitCodeOf, type Bounds, type CheckResult, type LimitName, type PropertyVerdict, type RunStats, type StorageMode, type ViolationKind } from './core/result.js';
export { formatPath, parsePath, type Trace, type TraceStep } from './core/trace.js';
export type { TraceVerdict } from './trace/evaluateAlong.js';
export { categoryOf, FaultlineError, formatDiagnostic, type Diagnostic, type ErrorCategory, type SourceLocation } from './core/errors.js';
export { ERROR_CODES, isErrorCode, type ErrorCode } from './core/errorCodes.js';
