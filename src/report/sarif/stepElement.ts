import type { SourceLocation } from '../../core/errors.js';

/** An element a step names, and where the design defines it. */
export interface NamedElement {
  readonly name: string;
  readonly at: SourceLocation;
}

/** `notify_backup(nfs-b): nfs.stop`: a notify effect of one node. */
const NOTIFY = /^(notify_\w+)\([^)]*\): (.+)$/;

/**
 * The element an action label or fault-set label names, found among the design's elements
 * (see `elementPaths`): a notify effect by its event and effect; else the first word of the
 * label that is an element's name (`switch Switch1 down`, `crash(gw-a)`, a link endpoint
 * `Switch1:p47` standing for its link); else the node of the first `node:port` word.
 * Undefined when the label names no element (`tick`, `peerLinkDown`).
 */
export function stepElement(label: string, elements: Readonly<Record<string, SourceLocation>>): NamedElement | undefined {
  const found = (name: string | undefined): NamedElement | undefined =>
    name !== undefined && Object.hasOwn(elements, name) ? { name, at: elements[name]! } : undefined;
  const notify = NOTIFY.exec(label);
  const effect = notify ? found(`${notify[1]}: ${notify[2]}`) : undefined;
  if (effect) return effect;
  const words = label.split(/[^\w.:@-]+/).filter((w) => w !== '');
  for (const word of words) {
    const element = found(word);
    if (element) return element;
  }
  for (const word of words) {
    const element = word.includes(':') ? found(word.slice(0, word.indexOf(':'))) : undefined;
    if (element) return element;
  }
  return undefined;
}
