/** The `topology:` section from the manifest's netlab (`topology:`) or containerlab file, with the hosts' bonds from their bonding files. */
import type { ImportLog } from '../importLog.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import { buildClabTopology } from '../netlab/buildClabTopology.js';
import { buildNetlabTopology } from '../netlab/buildNetlabTopology.js';
import { readYamlConfig } from '../yaml/readYamlConfig.js';
import { buildBonds } from './buildBonds.js';
import type { HostConfigs } from './hostConfigs.js';
import type { SourceMap } from './sourceMap.js';

/** The section, or undefined after logging why not. */
export function buildTopology(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const file = manifest.topology ?? manifest.containerlab;
  if (!file) {
    log.error(manifest.at, 'FL411', 'a topology design needs topology: (a netlab file) or containerlab: in the manifest', 'write: topology: lab/topology.yml');
    return undefined;
  }
  const y = readYamlConfig(file.value, log, file.at);
  if (!y) return undefined;
  const section = manifest.topology ? buildNetlabTopology(y, sources, log) : buildClabTopology(y, sources, log);
  if (section) buildBonds(section, hosts, sources, log);
  return section;
}
