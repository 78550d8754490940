import type { SourceMap } from './sourceMap.js';

/** A design document built from configuration files, with where each part came from. */
export interface ImportedDesign {
  /** The design document, as a YAML design file would hold it. */
  readonly document: Record<string, unknown>;
  readonly sources: SourceMap;
}
