/**
 * DRBD configuration as faultline reads it (drbd.conf(5), 8.4 and 9): resources with their
 * hosts, replication protocol, fencing and split-brain policies, each value located.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { Located } from '../located.js';

/** An `on HOST { ... }` section. */
export interface DrbdHostConf {
  readonly name: Located<string>;
  readonly device?: Located<string>;
  readonly disk?: Located<string>;
  readonly address?: Located<string>;
  readonly metaDisk?: Located<string>;
}

/** Policies that may sit in `common` and be overridden per resource. */
export interface DrbdPolicies {
  readonly protocol?: Located<'A' | 'B' | 'C'>;
  readonly fencing?: Located<'dont-care' | 'resource-only' | 'resource-and-stonith'>;
  readonly allowTwoPrimaries?: Located<boolean>;
  readonly afterSb0pri?: Located<string>;
  readonly afterSb1pri?: Located<string>;
  readonly afterSb2pri?: Located<string>;
  readonly fencePeer?: Located<string>;
}

/** One `resource NAME { ... }`. */
export interface DrbdResourceConf extends DrbdPolicies {
  readonly name: Located<string>;
  readonly at: SourceLocation;
  readonly hosts: readonly DrbdHostConf[];
}

/** Everything read from drbd.conf, global_common.conf and the .res files. */
export interface DrbdConf {
  readonly common: DrbdPolicies;
  readonly resources: readonly DrbdResourceConf[];
}
