import type { LoadedDesign } from '../design/loadDesign.js';
import type { DesignInfo, FilePosition } from '../report/report.js';

function position(location: { line: number; column: number }): FilePosition {
  return { line: location.line, column: location.column };
}

/**
 * What reports know about a loaded design: file and name, its kind, where its section and
 * each requested property are in the file, the document (for the picture) and the length of
 * a model time unit.
 */
export function designInfo(design: LoadedDesign): DesignInfo {
  const file = design.file;
  const properties: Record<string, FilePosition> = {};
  for (const request of design.document.check ?? []) properties[request.name] ??= position(design.locate(request.path));
  const seconds = (design.model as { secondsPerTimeUnit?: number }).secondsPerTimeUnit;
  return {
    file,
    name: design.name,
    ...(design.description === undefined ? {} : { description: design.description }),
    kind: design.kind.section,
    locations: { section: position(design.locate([design.kind.section])), properties },
    document: design.document,
    faults: design.faultScope,
    ...(seconds === undefined ? {} : { secondsPerTick: seconds }),
  };
}
