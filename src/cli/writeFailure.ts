import { FaultlineError } from '../core/errors.js';

const REASONS: Readonly<Record<string, readonly [reason: string, hint: string]>> = {
  ENOENT: ['its folder does not exist', 'create the folder first, or choose another --out'],
  ENOTDIR: ['a part of its path is not a folder', 'check the path given to --out'],
  EISDIR: ['it is a folder', 'give a file name, e.g. --out results/report.json'],
  EROFS: ['the file system is read-only', 'write the report to a writable place, e.g. --out /tmp/report.json'],
  EACCES: ['permission denied', 'choose a file in a folder you can write to'],
  EPERM: ['the operation is not permitted', 'choose a file in a folder you can write to'],
  ENOSPC: ['the disk is full', 'free some space, or write the report elsewhere'],
  EDQUOT: ['the disk quota is exhausted', 'free some space, or write the report elsewhere'],
  EIO: ['an input/output error on the device', 'the disk or network file system failed; write the report elsewhere'],
};

/**
 * The error for a report that could not be written to `--out` (FL110, exit 2), with the
 * reason its errno gives (ENOENT, EROFS, EISDIR, ENOSPC, EIO, …) — a failure to write, never
 * "cannot read" nor an internal error. The caller prints the text report first, so the run's
 * result is not lost.
 */
export function writeFailure(file: string, error: unknown): FaultlineError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : REASONS[code];
  const reason = known?.[0] ?? (code ? `${code}` : String((error as Error | undefined)?.message ?? error));
  return new FaultlineError({
    code: 'FL110',
    message: `cannot write the report to ${file}: ${reason}${known && code ? ` (${code})` : ''}; the text report is on stdout`,
    hint: known?.[1] ?? 'check the --out path and the file system',
  });
}
