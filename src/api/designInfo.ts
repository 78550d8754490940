import type { LoadedDesign } from '../design/loadDesign.js';
import type { LoadedSite } from '../import/loadSite.js';
import type { DesignInfo } from '../report/report.js';
import { designLocations } from './designLocations.js';

/**
 * What reports know about a loaded design: file and name, its kind, where its section, each
 * property and each named element are defined, what each property demands, the document (for
 * the picture), the length of a model time unit and, for a design imported from configs,
 * `sources` (document path → config file location).
 */
export function designInfo(design: LoadedDesign): DesignInfo {
  const seconds = (design.model as { secondsPerTimeUnit?: number }).secondsPerTimeUnit;
  const descriptions: Record<string, string> = {};
  for (const p of design.properties) if (p.description !== undefined) descriptions[p.name] = p.description;
  return {
    file: design.file,
    name: design.name,
    ...(design.description === undefined ? {} : { description: design.description }),
    kind: design.kind.section,
    locations: designLocations(design),
    propertyDescriptions: descriptions,
    document: design.document,
    faults: design.faultScope,
    ...(seconds === undefined ? {} : { secondsPerTick: seconds }),
    ...sourcesOf(design),
  };
}

function sourcesOf(design: LoadedDesign): Pick<DesignInfo, 'sources'> {
  const imported = 'imported' in design ? (design as LoadedSite).imported : undefined;
  return imported ? { sources: Object.fromEntries(imported.sources) } : {};
}
