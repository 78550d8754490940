/** Builds the package once and runs the built CLI as a child process, as users run it. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'dist', 'src', 'cli', 'main.js');

/** Builds as `npm run build` does (`npm ci` runs it through `prepare`): tsc, then the generated design validator. */
export function buildOnce(): void {
  // Type errors elsewhere in the tree must not stop the emit; a missing entry point must.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (!existsSync(main)) throw new Error(`the build did not produce ${main}`);
  spawnSync(process.execPath, [join(root, 'dist', 'src', 'design', 'writeDesignValidator.js')], { cwd: root, encoding: 'utf8' });
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `faultline ...args` from the package root, without a TTY and without colour. */
export function faultline(...args: string[]): Run {
  const result = spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
