/** The messages between the limit guard (src/cli/runGuarded.ts) and its worker (guardedWorker.ts). */

/** What the worker starts with. */
export interface GuardWorkerData {
  readonly argv: readonly string[];
  readonly version: string;
  readonly packageRoot: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/** Where the worker is, and how it ended. */
export type GuardMessage =
  | { readonly kind: 'phase'; readonly phase: 'loading' | 'running'; readonly file: string }
  | { readonly kind: 'exit'; readonly code: number };
