/**
 * faultline's vitest matchers. Importing this module registers them with `expect.extend`;
 * list it in `setupFiles` (`setupFiles: ['faultline/vitest']`) to register them for every test
 * file, or import it from a test file. Types come with the import.
 *
 * ```ts
 * expect(check(loadDesign('designs/gw.yaml'))).toHold('single-master');
 * expect(check(design)).toBeViolated('single-master');
 * expect(spof(design)).toBreakNothing();
 * ```
 */
import { expect } from 'vitest';
import { toBeViolated, toBeWitnessed, toBreakNothing, toHold } from './matchers.js';

export { toBeViolated, toBeWitnessed, toBreakNothing, toHold, type MatcherOutcome } from './matchers.js';

/** The matchers, as `expect.extend` takes them. */
export const faultlineMatchers = { toHold, toBeViolated, toBeWitnessed, toBreakNothing };

/** The matchers faultline adds to `expect`. */
export interface FaultlineMatchers<R = unknown> {
  /** The named property holds (or its witness was found); without a name, every property does. */
  toHold(property?: string): R;
  /** The named property is violated (or has no witness); without a name, at least one is. */
  toBeViolated(property?: string): R;
  /** The named `sometimes` property found its witness. */
  toBeWitnessed(property: string): R;
  /** A `spof` report lists no fault set that breaks anything. */
  toBreakNothing(): R;
}

declare module 'vitest' {
  // The signature vitest declares (`T = any`); augmentations must repeat it.
  interface Matchers<T = any> extends FaultlineMatchers<T> {}
}

expect.extend(faultlineMatchers);
