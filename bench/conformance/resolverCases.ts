/**
 * The resolver conformance cases: what each listed nameserver does (answers, its host is
 * silent, or its daemon is absent so the kernel refuses), the resolv.conf options, and how
 * many lookups one process makes (`getent ahostsv4 name name` = two queries, like a mail's
 * MX then A lookup). Short timeouts keep the suite fast.
 */
import type { ServerResponse } from '../../models/dns/resolver.js';

/** One case. */
export interface ResolverCase {
  readonly name: string;
  readonly servers: readonly ServerResponse[];
  readonly timeout: number;
  readonly attempts: number;
  readonly rotate: boolean;
  /** Lookups made by one process, one after the other. */
  readonly lookups: number;
}

/** The fixed case list. */
export const RESOLVER_CASES: readonly ResolverCase[] = [
  { name: 'all answer', servers: ['answers', 'answers'], timeout: 1, attempts: 2, rotate: false, lookups: 1 },
  { name: 'first host silent', servers: ['silent', 'answers'], timeout: 1, attempts: 2, rotate: false, lookups: 1 },
  { name: 'first daemon refusing', servers: ['refused', 'answers'], timeout: 1, attempts: 2, rotate: false, lookups: 1 },
  { name: 'first host silent, two lookups', servers: ['silent', 'answers'], timeout: 1, attempts: 2, rotate: false, lookups: 2 },
  { name: 'first host silent, two lookups, rotate', servers: ['silent', 'answers'], timeout: 1, attempts: 1, rotate: true, lookups: 2 },
  { name: 'silent then refusing, two attempts', servers: ['silent', 'refused'], timeout: 1, attempts: 2, rotate: false, lookups: 1 },
  { name: 'two silent of three, timeout 2 (waits 2 s, 4/3 = 1 s)', servers: ['silent', 'silent', 'answers'], timeout: 2, attempts: 1, rotate: false, lookups: 1 },
  { name: 'second of three silent, timeout 3 (waits 6/3 = 2 s)', servers: ['refused', 'silent', 'answers'], timeout: 3, attempts: 1, rotate: false, lookups: 1 },
  { name: 'only server silent, two attempts', servers: ['silent'], timeout: 1, attempts: 2, rotate: false, lookups: 1 },
  { name: 'every daemon refusing', servers: ['refused', 'refused'], timeout: 1, attempts: 2, rotate: false, lookups: 1 },
];
