import type { SourceLocation } from '../core/errors.js';
import { elementPaths } from '../design/elementPaths.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import type { DesignLocations } from '../report/report.js';

/**
 * Where a loaded design's section, properties and named elements are, through the design's
 * own `locate`: lines of the design file, or for an imported design the config lines that set
 * them. A property the design does not list under `check:` (all of them are checked when
 * `check:` is absent) is located at the section.
 */
export function designLocations(design: Pick<LoadedDesign, 'document' | 'kind' | 'properties' | 'locate'>): DesignLocations {
  const section = design.locate([design.kind.section]);
  const properties: Record<string, SourceLocation> = {};
  for (const request of design.document.check ?? []) properties[request.name] ??= design.locate(request.path);
  for (const property of design.properties) properties[property.name] ??= section;
  const elements: Record<string, SourceLocation> = {};
  for (const [name, path] of elementPaths(design.document)) elements[name] = design.locate(path);
  return { section, properties, elements };
}
