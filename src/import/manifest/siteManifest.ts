import type { SourceLocation } from '../../core/errors.js';
import type { Located } from '../located.js';

/** The config files one host of a site manifest points at (paths already resolved). */
export interface ManifestHost {
  readonly name: Located<string>;
  readonly keepalived?: Located<string>;
  readonly drbd?: Located<string>;
  readonly resolv?: Located<string>;
  readonly bonding?: readonly Located<string>[];
  /** A copy of the host's file system: absolute script paths resolve under it. */
  readonly root?: Located<string>;
  /** Script paths as the configs name them, mapped to files. */
  readonly scripts: ReadonlyMap<string, Located<string>>;
  /** keepalived's systemd unit or daemontools run script (does anything restart it?). */
  readonly supervisor?: Located<string>;
  /** The host's IPv4 address (names DNS servers and real servers by address). */
  readonly address?: Located<string>;
}

/**
 * A site manifest: per host, the configuration files to import, plus the design-wide parts
 * the configs do not hold (fault budget and kinds, properties, DNS workload).
 */
export interface SiteManifest {
  readonly file: string;
  readonly name: string;
  readonly description?: string;
  readonly design?: Located<string>;
  readonly service?: Located<'nfs' | 'dns'>;
  readonly strict: boolean;
  readonly hosts: readonly ManifestHost[];
  readonly topology?: Located<string>;
  readonly containerlab?: Located<string>;
  /** Passed through to the design as written (`faults:`, `check:`, `workload:`, `nfs:`, `supervisor:`). */
  readonly passthrough: Readonly<Record<string, { readonly value: unknown; readonly at: SourceLocation }>>;
  readonly at: SourceLocation;
}
