import type { SourceLocation } from '../../core/errors.js';
import type { DesignInfo } from '../report.js';
import type { ArtifactTable } from './sarifArtifacts.js';
import type { RuleTable } from './sarifRules.js';

/** What every part of one SARIF log adds to: its artifacts and its rules. */
export interface SarifContext {
  readonly artifacts: ArtifactTable;
  readonly rules: RuleTable;
}

/** The design kind rules are named by (`design` when the report does not know it: a design that did not load). */
export function designKindOf(design: DesignInfo): string {
  return design.kind ?? 'design';
}

/** Where a property is requested: its `check:` entry, else the design's section, else the file's first line. */
export function propertyLocation(design: DesignInfo, name: string): SourceLocation {
  return design.locations?.properties[name] ?? design.locations?.section ?? { file: design.file, line: 1, column: 1 };
}
