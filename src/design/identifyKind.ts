import type { Diagnostic } from '../core/errors.js';
import type { DesignKind } from './designKind.js';
import { COMMON_KEYS, EXTENSION_KEY } from './designSchema.js';
import { closestMatch } from './didYouMean.js';
import { locateNode } from './locateNode.js';
import type { ParsedYaml } from './parseYaml.js';

/** The kind of a design, or why it has none. */
export type KindVerdict = { readonly kind: DesignKind } | { readonly diagnostic: Diagnostic | undefined };

/**
 * Finds the one kind whose section the document holds. No section gives FL205 (unless an
 * unknown top-level key is a likely misspelling of a section, which the schema already
 * reports as FL210 with a did-you-mean); several give FL206, pointing at the second one.
 */
export function identifyKind(parsed: ParsedYaml, kinds: readonly DesignKind[]): KindVerdict {
  const data = parsed.data as Record<string, unknown>;
  const keys = Object.keys(data);
  const sections = kinds.map((k) => k.section);
  const known = sections.map((s) => `"${s}:"`).join(', ');
  const present = kinds.filter((kind) => Object.hasOwn(data, kind.section));
  const [first, second] = present;
  if (first && !second) return { kind: first };
  if (first && second) {
    return {
      diagnostic: {
        code: 'FL206',
        message: `a design holds exactly one design section, found ${present.map((k) => `"${k.section}"`).join(' and ')}`,
        location: locateNode(parsed, [second.section], 'key'),
        hint: 'split the design into one file per section',
      },
    };
  }
  const unknown = keys.filter((key) => !(COMMON_KEYS as readonly string[]).includes(key) && !EXTENSION_KEY.test(key));
  if (unknown.some((key) => closestMatch(key, sections) !== undefined)) return { diagnostic: undefined };
  return {
    diagnostic: {
      code: 'FL205',
      message: 'the design has no design section',
      location: locateNode(parsed, [], 'value'),
      hint: sections.length > 0 ? `add exactly one of the known sections: ${known}` : 'no design kinds are registered',
    },
  };
}
