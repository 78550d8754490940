/**
 * Imports a site manifest: reads every host's configuration files (never executing any of
 * them), picks the design kind the configs describe (or the manifest's `design:`), and builds
 * the design document with a source map from document paths to config lines.
 */
import type { SourceLocation } from '../core/errors.js';
import { buildDesignSection } from './design/buildDesignSection.js';
import type { HostConfigs } from './design/hostConfigs.js';
import type { ImportedDesign } from './design/importedDesign.js';
import type { SourceMap } from './design/sourceMap.js';
import { readBonding } from './bonding/readBonding.js';
import { readDrbd } from './drbd/readDrbd.js';
import type { ImportLog } from './importLog.js';
import { readKeepalived } from './keepalived/readKeepalived.js';
import { readManifest } from './manifest/readManifest.js';
import type { SiteManifest } from './manifest/siteManifest.js';
import { readConfigFile } from './readConfigFile.js';
import { readResolvConf } from './resolv/readResolvConf.js';

/** Reads the manifest at `file` and everything it names. */
export function importSite(file: string, log: ImportLog): { manifest: SiteManifest; design: ImportedDesign } {
  const text = readConfigFile(file, log);
  if (text === undefined) log.fail({ file, line: 1, column: 1 }, 'FL401', `cannot read the site manifest ${file}`, 'check the path');
  const manifest = readManifest(text, file, log);
  return { manifest, design: importManifest(manifest, log) };
}

/** Builds the design a read manifest describes. */
export function importManifest(manifest: SiteManifest, log: ImportLog): ImportedDesign {
  const hosts: HostConfigs[] = manifest.hosts.map((host) => ({
    host,
    ...(host.keepalived ? { keepalived: readKeepalived(host.keepalived.value, log, host.name.value) } : {}),
    ...(host.drbd ? { drbd: readDrbd(host.drbd.value, log) } : {}),
    ...(host.resolv ? { resolv: readResolvConf(host.resolv.value, log) } : {}),
    ...(host.bonding ? { bonding: readBonding(host.bonding, log) } : {}),
  }));
  const sources: SourceMap = new Map<string, SourceLocation>();
  const built = buildDesignSection(manifest, hosts, sources, log);
  const document: Record<string, unknown> = { faultline: 1, name: manifest.name, ...(manifest.description ? { description: manifest.description } : {}) };
  if (built) document[built.section] = built.value;
  for (const key of ['faults', 'check'] as const) {
    const entry = manifest.passthrough[key];
    if (entry) {
      document[key] = entry.value;
      sources.set(key, entry.at);
    }
  }
  return { document, sources };
}
