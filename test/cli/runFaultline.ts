/** Builds the package once and runs the built CLI as a child process, as users run it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'dist', 'src', 'cli', 'main.js');

/**
 * Builds as `npm run build` does (`npm ci` runs it through `prepare`): tsc, then the generated
 * design validator — unless the build is newer than every source it is made from, as `make`
 * would judge it (each CLI test file calls this; one build serves them all).
 */
export function buildOnce(): void {
  const validator = join(root, 'dist', 'src', 'design', 'designValidator.generated.cjs');
  if (existsSync(main) && existsSync(validator) && Math.min(mtimeOf(main), mtimeOf(validator)) > newestSource()) return;
  // Type errors elsewhere in the tree must not stop the emit; a missing entry point must.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (!existsSync(main)) throw new Error(`the build did not produce ${main}`);
  spawnSync(process.execPath, [join(root, 'dist', 'src', 'design', 'writeDesignValidator.js')], { cwd: root, encoding: 'utf8' });
}

function mtimeOf(path: string): number {
  return statSync(path).mtimeMs;
}

/** The newest modification time of the build's inputs (tsconfig files and every file under src, models, properties, bench). */
function newestSource(): number {
  let newest = Math.max(mtimeOf(join(root, 'tsconfig.json')), mtimeOf(join(root, 'tsconfig.build.json')), mtimeOf(join(root, 'package.json')));
  for (const top of ['src', 'models', 'properties', 'bench']) {
    for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, mtimeOf(join(entry.parentPath, entry.name)));
    }
  }
  return newest;
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
