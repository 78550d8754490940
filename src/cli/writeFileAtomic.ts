import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `file` atomically: into a temporary file beside it, then renamed over it,
 * so a reader (or a crash) never sees half a report. A `file` that exists and is not a
 * regular file (a device such as /dev/stdout, a pipe) is written in place: renaming over it
 * would replace the device with a plain file.
 */
export function writeFileAtomic(file: string, text: string): void {
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile()) {
    writeFileSync(file, text);
    return;
  }
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
