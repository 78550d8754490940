import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of faultline's own package.json, found by walking up from this file (it sits
 * in `src/core/` when run from source and in `dist/src/core/` when built).
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'faultline') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the faultline package root');
    dir = parent;
  }
}
