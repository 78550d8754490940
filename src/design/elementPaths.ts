import type { DocPath } from './designKind.js';

/** Top-level keys that hold no elements of the design. */
const NOT_ELEMENTS = new Set(['faultline', 'name', 'description', 'faults', 'check']);

/** Keys that qualify an element's name with the node it lives on (`host: Server1, name: bond0`). */
const OWNER_KEYS = ['host', 'node', 'switch'] as const;

/** `Switch1:p47`, `nfs-a:eth0`: one endpoint of a link. */
const ENDPOINT = /^[^\s:]+:[^\s:]+$/;

/**
 * Where each named element of a design document is defined, by the names traces and fault
 * labels use, so a report can point at the element a step involves:
 *
 * - every map with a string `name` (a switch, host, router, node, bridge, server, director) by
 *   that name, and by `owner:name` when it also names its `host`, `node` or `switch`
 *   (`Server1:bond0`, `P1:Po1`);
 * - every link endpoint written as `node:port` (`Switch1:p47`) by that string, at its link;
 * - every notify effect (`notify: { backup: [nfs.stop, …] }`) as `notify_backup: nfs.stop`.
 *
 * The path is that of the element's `name` (or of the endpoint or effect): where a design
 * file shows it. The first definition of a name wins. Sections are walked in document order;
 * `x-` keys (YAML anchors) and the shared top-level keys are skipped.
 */
export function elementPaths(document: Readonly<Record<string, unknown>>): Map<string, DocPath> {
  const paths = new Map<string, DocPath>();
  const add = (key: string, path: DocPath): void => {
    if (!paths.has(key)) paths.set(key, path);
  };
  const walk = (value: unknown, path: DocPath): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const map = value as Record<string, unknown>;
    const name = map['name'];
    if (typeof name === 'string') {
      const owner = OWNER_KEYS.map((k) => map[k]).find((v): v is string => typeof v === 'string');
      if (owner !== undefined) add(`${owner}:${name}`, [...path, 'name']);
      add(name, [...path, 'name']);
    }
    for (const [key, child] of Object.entries(map)) {
      if (typeof child === 'string' && key !== 'name' && ENDPOINT.test(child) && typeof path.at(-1) === 'number') add(child, [...path, key]);
      if (path.at(-1) === 'notify' && Array.isArray(child)) {
        child.forEach((effect, i) => typeof effect === 'string' && add(`notify_${key}: ${effect}`, [...path, key, i]));
      }
      if (typeof child === 'object') walk(child, [...path, key]);
    }
  };
  for (const [key, section] of Object.entries(document)) {
    if (!NOT_ELEMENTS.has(key) && !key.startsWith('x-')) walk(section, [key]);
  }
  return paths;
}
