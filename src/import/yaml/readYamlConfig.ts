/**
 * Reads a YAML configuration file (netlab topology, containerlab, netplan) keeping positions:
 * `get(path)` reads a value, `at(path)` says where it was written. YAML syntax errors are
 * FL416 at their position.
 */
import type { SourceLocation } from '../../core/errors.js';
import { FaultlineError } from '../../core/errors.js';
import type { DocPath } from '../../design/designKind.js';
import { locateNode } from '../../design/locateNode.js';
import { parseYaml, type ParsedYaml } from '../../design/parseYaml.js';
import type { ImportLog } from '../importLog.js';
import { readConfigFile } from '../readConfigFile.js';

/** A parsed YAML config with positions. */
export interface YamlConfig {
  readonly file: string;
  readonly data: unknown;
  at(path: DocPath): SourceLocation;
  /** Where the key of `path` was written (its value for a list item). */
  atKey(path: DocPath): SourceLocation;
}

/** Reads and parses `file`; undefined (with errors logged) when it cannot be read or parsed. */
export function readYamlConfig(file: string, log: ImportLog, from?: SourceLocation): YamlConfig | undefined {
  const text = readConfigFile(file, log, from);
  return text === undefined ? undefined : parseYamlConfig(text, file, log);
}

/** Parses YAML text. */
export function parseYamlConfig(text: string, file: string, log: ImportLog): YamlConfig | undefined {
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(text, file);
  } catch (error) {
    if (!(error instanceof FaultlineError)) throw error;
    for (const d of error.diagnostics) log.error(d.location ?? { file, line: 1, column: 1 }, 'FL416', d.message, d.hint);
    return undefined;
  }
  return { file, data: parsed.data, at: (path) => locateNode(parsed, path), atKey: (path) => locateNode(parsed, path, 'key') };
}

/** `value` as a plain object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * An attribute written nested (`lag: { members: ... }`) or dotted (`lag.members: ...`), as
 * netlab accepts both: the value and the path it was written at.
 */
export function attribute(obj: Record<string, unknown> | undefined, base: DocPath, dotted: string): { value: unknown; path: DocPath } | undefined {
  if (!obj) return undefined;
  if (dotted in obj) return { value: obj[dotted], path: [...base, dotted] };
  const [head, ...rest] = dotted.split('.');
  if (!head || !(head in obj)) return undefined;
  if (rest.length === 0) return { value: obj[head], path: [...base, head] };
  return attribute(asRecord(obj[head]), [...base, head], rest.join('.'));
}

/** A list as written (`[a, b]`), a single item as a list of one, anything else as none. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
