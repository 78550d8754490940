/**
 * What each property of a topology design checks, as the sweep needs to know it to show
 * evidence and to take its fast path: taken from the design's `check:` requests (the same
 * defaults as the design kind: `reachable` and `no-forwarding-loop`).
 */

/** One property, as the sweep understands it; `opaque` turns the fast path off. */
export type L2PropertySpec =
  | { readonly kind: 'reachable'; readonly pairs?: readonly (readonly [string, string])[] }
  | { readonly kind: 'no-forwarding-loop' }
  | { readonly kind: 'stp-root'; readonly expected: string; readonly backup?: string }
  | { readonly kind: 'opaque' };

/** A `check:` request: a name and its parameters. */
export interface SpecRequest {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The specs of `requests`, in order (the kind's defaults when absent). */
export function l2PropertySpecs(requests: readonly SpecRequest[] | undefined): L2PropertySpec[] {
  const chosen = requests ?? [{ name: 'reachable', params: {} }, { name: 'no-forwarding-loop', params: {} }];
  return chosen.map((r): L2PropertySpec => {
    if (r.name === 'reachable') {
      const pairs = r.params['pairs'] as readonly (readonly [string, string])[] | undefined;
      return pairs === undefined ? { kind: 'reachable' } : { kind: 'reachable', pairs };
    }
    if (r.name === 'no-forwarding-loop') return { kind: 'no-forwarding-loop' };
    if (r.name === 'stp-root') {
      const expected = String(r.params['expected']);
      const backup = r.params['backup'];
      return backup === undefined ? { kind: 'stp-root', expected } : { kind: 'stp-root', expected, backup: String(backup) };
    }
    return { kind: 'opaque' };
  });
}
