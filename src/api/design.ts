/**
 * A design written in code: the same shape as a design file (`schema/design.schema.json`),
 * typed. Each kind's section type is the one its design kind builds from.
 */
import type { DesignDocument } from '../design/designKind.js';
import type { DnsSection } from '../design/kinds/dnsSchema.js';
import type { DrbdSection } from '../design/kinds/drbdSchema.js';
import type { HaStackSection } from '../design/kinds/hastackSchema.js';
import type { LacpSection } from '../design/kinds/lacpSchema.js';
import type { LvsSection } from '../design/kinds/lvsSchema.js';
import type { MclagSection } from '../design/kinds/mclagSchema.js';
import type { RstpSection } from '../design/kinds/rstpSchema.js';
import type { SiteSection } from '../design/kinds/siteSchema.js';
import type { TopologySection } from '../design/kinds/topologySchema.js';
import type { VrrpSection } from '../design/kinds/vrrpSchema.js';

export type { DnsSection, DrbdSection, HaStackSection, LacpSection, LvsSection, MclagSection, RstpSection, SiteSection, TopologySection, VrrpSection };
export type { BondSection, EndpointSection, LinkSection, PortSection, SwitchSection } from '../design/kinds/topologySchema.js';
export type { VrrpRouterSection } from '../design/kinds/vrrpSchema.js';

/** A `check:` entry: a property name, or a one-key map from a name to its parameters. */
export type PropertyEntry = string | Readonly<Record<string, Readonly<Record<string, unknown>> | null>>;

/**
 * The keys every design holds, whatever its kind: the loader's document header, with `check:`
 * as written (names or one-key maps) rather than normalised.
 */
export type DesignHeader = Pick<DesignDocument, 'faultline' | 'name' | 'description' | 'faults'> & {
  /** Properties to check; absent means the kind's defaults. */
  readonly check?: readonly PropertyEntry[];
};

/** The section of each design kind, by its top-level key. */
export interface DesignSections {
  readonly vrrp: VrrpSection;
  readonly topology: TopologySection;
  readonly dns: DnsSection;
  readonly drbd: DrbdSection;
  readonly mclag: MclagSection;
  readonly lacp: LacpSection;
  readonly rstp: RstpSection;
  readonly cluster: HaStackSection;
  readonly lvs: LvsSection;
  readonly site: SiteSection;
}

/** A whole design: the header and exactly one section. */
export type Design = {
  readonly [K in keyof DesignSections]: DesignHeader & { readonly [P in K]: DesignSections[K] };
}[keyof DesignSections];
