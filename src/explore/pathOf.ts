import type { TransitionSystem } from './system.js';
import type { VisitedStore } from './visitedStore.js';

/**
 * The action-index path (`[initialIndex, choice, ...]`) of a stored state, optionally
 * extended by one last successor index. Exact stores rebuild each step by re-expanding the
 * parent and finding the successor whose key equals the child's; fingerprint stores kept the
 * successor index itself.
 */
export function pathOf<S>(
  system: TransitionSystem<S>,
  store: VisitedStore,
  initialIndexOfId: ReadonlyMap<number, number>,
  id: number,
  lastChoice?: number,
): number[] {
  const ids: number[] = [];
  for (let at = id; at >= 0; at = store.parentOf(at)) ids.push(at);
  ids.reverse();
  const path = [initialIndexOfId.get(ids[0]!) ?? 0];
  const parentKey = new Uint8Array(system.keyWidth);
  const childKey = new Uint8Array(system.keyWidth);
  for (let i = 1; i < ids.length; i++) {
    const stored = store.choiceOf(ids[i]!);
    if (stored >= 0) {
      path.push(stored);
      continue;
    }
    store.read(ids[i - 1]!, parentKey);
    store.read(ids[i]!, childKey);
    let found = -1;
    system.expand(parentKey, (key, choice) => {
      if (found < 0 && equalBytes(key, childKey)) found = choice;
    });
    if (found < 0) throw new Error(`internal: state ${ids[i]} is not a successor of its parent ${ids[i - 1]}`);
    path.push(found);
  }
  if (lastChoice !== undefined) path.push(lastChoice);
  return path;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
