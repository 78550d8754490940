import type { CliDeps } from './deps.js';
import type { CliIo } from './io.js';

/** What every command gets: streams, dependencies, and where to leave its exit code. */
export interface CliContext {
  readonly io: CliIo;
  readonly deps: CliDeps;
  setExitCode(code: number): void;
}
