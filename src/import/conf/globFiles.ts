/**
 * Expands a glob(3) pattern (`*`, `?`, `[...]` within a path segment) to the regular files it
 * matches, sorted as glob(3) sorts them. Reads directories only; never follows a pattern into
 * `..` and never matches hidden files with a wildcard.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';

/** Whether `pattern` has a wildcard. */
export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** The files `pattern` (absolute, or relative to `base`) names, sorted. */
export function globFiles(pattern: string, base: string): string[] {
  const absolute = isAbsolute(pattern) ? pattern : join(base, pattern);
  const segments = absolute.split(sep);
  let paths = [segments[0] === '' ? sep : segments[0]!];
  for (const segment of segments.slice(1)) {
    if (segment === '') continue;
    const next: string[] = [];
    for (const dir of paths) {
      if (!hasWildcard(segment)) {
        next.push(join(dir, segment));
        continue;
      }
      const matcher = segmentRegExp(segment);
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      for (const name of names.sort()) if (!name.startsWith('.') && matcher.test(name)) next.push(join(dir, name));
    }
    paths = next;
  }
  return paths.filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

function segmentRegExp(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
