import type { BondingConf } from '../bonding/bondingConf.js';
import type { DrbdConf } from '../drbd/drbdConf.js';
import type { KeepalivedConf } from '../keepalived/keepalivedConf.js';
import type { ManifestHost } from '../manifest/siteManifest.js';
import type { ResolvConf } from '../resolv/readResolvConf.js';

/** What was read for one host of a manifest. */
export interface HostConfigs {
  readonly host: ManifestHost;
  readonly keepalived?: KeepalivedConf;
  readonly drbd?: DrbdConf;
  readonly resolv?: ResolvConf;
  readonly bonding?: BondingConf;
}
