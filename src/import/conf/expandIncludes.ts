/**
 * Replaces `include` statements by the statements of the files they name, recursively:
 * globs expand in sorted order, relative paths start at the including file's directory.
 * A cycle (FL402), a literal path that does not exist (FL403, an error) or a glob matching
 * nothing (FL403, a warning: keepalived and drbdadm carry on) is reported at the include line;
 * unreadable files are FL401 there. Nothing read is ever executed.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ImportLog } from '../importLog.js';
import { readConfigFile } from '../readConfigFile.js';
import type { ConfStatement } from './confStatement.js';
import { globFiles, hasWildcard } from './globFiles.js';

/** Include chains deeper than this are an error (keepalived stops at 8 levels too). */
export const MAX_INCLUDE_DEPTH = 16;

/** Parses one file's text into statements (the format's tokenizer and parser). */
export type ParseConf = (text: string, file: string) => ConfStatement[];

/** Reads `file` and everything it includes, as one statement list. */
export function readConfWithIncludes(file: string, parse: ParseConf, log: ImportLog): ConfStatement[] {
  const text = readConfigFile(file, log);
  if (text === undefined) return [];
  return expand(parse(text, file), file, parse, log, [canonical(file)]);
}

function expand(statements: readonly ConfStatement[], file: string, parse: ParseConf, log: ImportLog, stack: readonly string[]): ConfStatement[] {
  const out: ConfStatement[] = [];
  for (const s of statements) {
    if (s.keyword !== 'include') {
      out.push(s.block ? { ...s, block: expand(s.block, file, parse, log, stack) } : s);
      continue;
    }
    const target = s.args[0];
    if (!target || s.args.length > 1 || s.block) {
      log.error(s.at, 'FL404', 'include takes exactly one path', 'write: include /etc/keepalived/conf.d/*.conf');
      continue;
    }
    const base = dirname(file);
    const files = hasWildcard(target.value) ? globFiles(target.value, base) : [resolve(base, target.value)];
    if (!hasWildcard(target.value) && !existsSync(files[0]!)) {
      log.error(target.at, 'FL403', `include ${target.value}: no such file (${files[0]})`, 'relative paths start at the directory of the file that includes them');
      continue;
    }
    if (files.length === 0) log.warn(target.at, 'FL403', `include ${target.value} matches no file`, 'the daemon carries on without it; check the pattern');
    for (const included of files) {
      const key = canonical(included);
      if (stack.includes(key)) {
        log.error(target.at, 'FL402', `include cycle: ${[...stack, key].join(' → ')}`, 'remove the include that leads back to a file already being read');
        continue;
      }
      if (stack.length >= MAX_INCLUDE_DEPTH) {
        log.error(target.at, 'FL402', `includes nested more than ${MAX_INCLUDE_DEPTH} deep`, 'flatten the include chain');
        continue;
      }
      const text = readConfigFile(included, log, target.at);
      if (text === undefined) continue;
      out.push(...expand(parse(text, included), included, parse, log, [...stack, key]));
    }
  }
  return out;
}

/** The real path of `path` (links resolved), or its absolute path when it cannot be resolved: what include cycles compare. */
export function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
