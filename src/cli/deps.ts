import type { check } from '../explore/check.js';
import type { simulate } from '../explore/simulate.js';
import type { loadDesign } from '../design/loadDesign.js';
import type { designKinds } from '../design/registry.js';

/** What the commands run on; `main.ts` passes the real ones, tests may pass fixtures. */
export interface CliDeps {
  readonly loadDesign: typeof loadDesign;
  /** `loadDesign` for `--strict`: site-manifest warnings are errors (absent: `--strict` changes nothing). */
  readonly loadStrict?: (file: string) => ReturnType<typeof loadDesign>;
  readonly check: typeof check;
  readonly simulate: typeof simulate;
  readonly designKinds: typeof designKinds;
  /** The package root, where `models/designs/` lives. */
  readonly packageRoot: string;
}
