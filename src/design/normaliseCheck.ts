import type { Diagnostic, ErrorCode } from '../core/errors.js';
import type { DesignKind, DocPath, PropertyRequest } from './designKind.js';
import { didYouMean } from './didYouMean.js';
import { locateNode } from './locateNode.js';
import type { ParsedYaml } from './parseYaml.js';

/** The normalised `check:` list, or the problems with it. */
export interface CheckVerdict {
  readonly requests: readonly PropertyRequest[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Turns `check:` (already schema-valid: each item a name or a one-key map `{name: {params}}`)
 * into property requests, and checks the names against the kind: unknown names give FL220,
 * a property listed twice FL222, an unknown fault kind under `faults.kinds` FL221.
 */
export function normaliseCheck(parsed: ParsedYaml, kind: DesignKind): CheckVerdict {
  const data = parsed.data as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const propertyNames = Object.keys(kind.properties);
  const faultKinds = Object.keys(kind.faultKinds);
  const fail = (code: ErrorCode, path: DocPath, message: string, hint: string) =>
    diagnostics.push({ code, message, hint, location: locateNode(parsed, path, 'key') });

  let requests: PropertyRequest[] | undefined;
  const check = data['check'];
  if (Array.isArray(check)) {
    requests = [];
    const seen = new Set<string>();
    check.forEach((item: unknown, index) => {
      const request = toRequest(item, index);
      if (!Object.hasOwn(kind.properties, request.name)) {
        fail('FL220', request.path, `unknown property "${request.name}" for a ${kind.section} design`, didYouMean(request.name, propertyNames));
      } else if (seen.has(request.name)) {
        fail('FL222', request.path, `property "${request.name}" is listed twice under check`, 'list each property once');
      }
      seen.add(request.name);
      requests?.push(request);
    });
  }

  const kinds = (data['faults'] as { kinds?: unknown } | undefined)?.kinds;
  if (Array.isArray(kinds)) {
    kinds.forEach((name: unknown, index) => {
      if (typeof name === 'string' && !Object.hasOwn(kind.faultKinds, name)) {
        fail('FL221', ['faults', 'kinds', index], `unknown fault kind "${name}" for a ${kind.section} design`, didYouMean(name, faultKinds));
      }
    });
  }
  return { requests, diagnostics };
}

function toRequest(item: unknown, index: number): PropertyRequest {
  if (typeof item === 'string') return { name: item, params: {}, path: ['check', index] };
  const [name, params] = Object.entries(item as Record<string, unknown>)[0] ?? ['', null];
  return { name, params: (params ?? {}) as Record<string, unknown>, path: ['check', index, name] };
}
