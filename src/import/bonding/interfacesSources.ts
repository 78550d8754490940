/**
 * ifupdown's `source` and `source-directory` lines, followed (interfaces(5), "INCLUDING OTHER
 * FILES", http://man.he.net/man5/interfaces): `source PATH` reads the files a shell glob
 * matches, `source-directory DIR` the files of a directory whose names are made only of
 * letters, digits, `_` and `-` (run-parts names; `foo.conf` and `foo~` are skipped), in
 * lexical order. A path without a leading slash starts at the directory of the file that holds
 * the line. As keepalived's `include` (`expandIncludes.ts`): a cycle or a chain deeper than
 * {@link MAX_INCLUDE_DEPTH} is FL402, a literal path or a directory that does not exist FL403
 * (an error), a glob matching nothing FL403 (a warning: ifup carries on), an unreadable file
 * FL401, each at the line. Nothing read is executed.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { canonical, MAX_INCLUDE_DEPTH } from '../conf/expandIncludes.js';
import { globFiles, hasWildcard } from '../conf/globFiles.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { readConfigFile } from '../readConfigFile.js';
import { interfacesLines } from './interfacesLines.js';

type Word = Located<string>;

/** Names `source-directory` reads (run-parts' default namespace). */
const RUN_PARTS_NAME = /^[a-zA-Z0-9_-]+$/;

/**
 * The logical lines of `text` with every `source`/`source-directory` line followed by the
 * lines of the files it names (recursively); the directive line itself stays, before and
 * after them, so each file's stanzas end where the file ends.
 */
export function interfacesLinesWithSources(text: string, file: string, log: ImportLog, stack: readonly string[] = [canonical(file)]): Word[][] {
  const out: Word[][] = [];
  for (const line of interfacesLines(text, file)) {
    out.push(line);
    const [first, ...args] = line;
    if (!first || (first.value !== 'source' && first.value !== 'source-directory')) continue;
    const target = args[0];
    if (!target || args.length > 1) {
      log.error(first.at, 'FL418', `${first.value} takes exactly one path`, `write: ${first.value} ${first.value === 'source' ? '/etc/network/interfaces.d/*' : '/etc/network/interfaces.d'}`);
      continue;
    }
    for (const sourced of filesOf(first.value, target, dirname(file), log)) {
      const key = canonical(sourced);
      if (stack.includes(key)) {
        log.error(target.at, 'FL402', `${first.value} cycle: ${[...stack, key].join(' → ')}`, 'remove the source line that leads back to a file already being read');
        continue;
      }
      if (stack.length >= MAX_INCLUDE_DEPTH) {
        log.error(target.at, 'FL402', `source lines nested more than ${MAX_INCLUDE_DEPTH} deep`, 'flatten the source chain');
        continue;
      }
      const sourcedText = readConfigFile(sourced, log, target.at);
      if (sourcedText === undefined) continue;
      out.push(...interfacesLinesWithSources(sourcedText, sourced, log, [...stack, key]), line);
    }
  }
  return out;
}

function filesOf(directive: string, target: Word, base: string, log: ImportLog): string[] {
  if (directive === 'source') {
    if (hasWildcard(target.value)) {
      const files = globFiles(target.value, base);
      if (files.length === 0) log.warn(target.at, 'FL403', `source ${target.value} matches no file`, 'ifup carries on without it; check the pattern (relative paths start at the directory of this file)');
      return files;
    }
    const path = resolve(base, target.value);
    if (!exists(path)) {
      log.error(target.at, 'FL403', `source ${target.value}: no such file (${path})`, 'relative paths start at the directory of the file that holds the source line');
      return [];
    }
    return [path];
  }
  const dir = resolve(base, target.value);
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir);
  } catch {
    log.error(target.at, 'FL403', `source-directory ${target.value}: no such directory (${dir})`, 'relative paths start at the directory of the file that holds the source-directory line');
    return [];
  }
  const skipped = names.filter((n) => !n.startsWith('.') && !RUN_PARTS_NAME.test(n));
  if (skipped.length > 0) log.warn(target.at, 'FL407', `source-directory ${target.value} skips ${skipped.sort().join(', ')}: ifupdown reads only names of letters, digits, _ and -`, 'rename the files ifup should read, or name them with source');
  return names.filter((n) => RUN_PARTS_NAME.test(n)).sort().map((n) => join(dir, n)).filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
