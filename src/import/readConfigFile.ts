import { readFileSync, statSync } from 'node:fs';
import type { SourceLocation } from '../core/errors.js';
import type { ImportLog } from './importLog.js';
import { startOf } from './located.js';

/** Largest configuration file read (bytes); a bigger one is an error, not an out-of-memory. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * Reads a configuration file as UTF-8 text, never executing or following anything in it.
 * A missing, unreadable, too large or non-regular file is FL401 at `from` (the include or
 * manifest line naming it), or at the file itself; the result is then `undefined`.
 */
export function readConfigFile(path: string, log: ImportLog, from?: SourceLocation): string | undefined {
  const at = from ?? startOf(path);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      log.error(at, 'FL401', `${path} is a directory, not a configuration file`, 'name a file, or a directory only where a directory is expected');
      return undefined;
    }
    if (!stat.isFile()) {
      log.error(at, 'FL401', `${path} is not a regular file`, 'name a regular file');
      return undefined;
    }
    if (stat.size > MAX_CONFIG_BYTES) {
      log.error(at, 'FL401', `${path} is ${stat.size} bytes, more than the ${MAX_CONFIG_BYTES} a configuration file may have`, 'name the configuration file itself');
      return undefined;
    }
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log.error(at, 'FL401', `cannot read ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`, 'check the path (relative paths start at the file that names it) and its permissions');
    return undefined;
  }
}
