import type { loadDesign } from '../design/loadDesign.js';
import type { designKinds } from '../design/registry.js';

/**
 * What the commands share, loaded by `main.ts` for the command that runs: the library's
 * `loadDesign` bound to the CLI's warning output, and the design kinds. The runs themselves
 * (`check`, `simulate`, `replay`, `spof`) are the library's functions (src/api/).
 */
export interface CliDeps {
  /** The library's `loadDesign`, printing each warning to stderr. */
  readonly loadDesign: (file: string) => ReturnType<typeof loadDesign>;
  /** `loadDesign` for `--strict`: site-manifest warnings are errors (absent: `--strict` changes nothing). */
  readonly loadStrict?: (file: string) => ReturnType<typeof loadDesign>;
  readonly designKinds: typeof designKinds;
  /** The package root, where `models/designs/` lives. */
  readonly packageRoot: string;
}
