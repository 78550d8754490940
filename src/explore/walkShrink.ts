import type { WalkRunner } from './walkRunner.js';

/**
 * Shrinks a failing walk deterministically. `runner` must check exactly the one target
 * (its monitor reports a violation only for the property being shrunk), and `path` must
 * reach it. Two moves repeat until neither applies or `deadline` (a `performance.now()`
 * time) passes:
 *
 * - loop cutting: when the walk visits the same state twice, the steps between go;
 * - delta debugging: chunks of steps (halves, quarters, ... single steps) are removed;
 *   the remaining steps are replayed by identity, skipping any that is no longer enabled.
 *
 * Every candidate is replayed from the start and kept only when it still fails, so the
 * returned path always reaches the target and replays with `replayPath`.
 */
export function shrinkWalk<S>(runner: WalkRunner<S>, path: readonly number[], deadline: number): number[] {
  const initial = path[0] ?? 0;
  let best = runner.runIdentities(initial, runner.identitiesAlong(path));
  if (best.violation === null) return [...path];
  const tryIds = (ids: (number | string)[]): boolean => {
    const r = runner.runIdentities(initial, ids);
    if (r.violation === null || r.identities.length >= best.identities.length) return false;
    best = r;
    return true;
  };
  let changed = true;
  while (changed && performance.now() < deadline) {
    changed = cutLoops(runner, best.path, tryIds);
    const ids = () => best.identities;
    for (let chunk = Math.max(1, ids().length >> 1); chunk >= 1; chunk >>= 1) {
      for (let start = ids().length - chunk; start >= 0 && performance.now() < deadline; ) {
        const cur = ids();
        if (tryIds([...cur.slice(0, start), ...cur.slice(start + chunk)])) {
          changed = true;
          start = Math.min(start, ids().length - chunk);
        } else {
          start -= chunk;
        }
      }
      if (chunk === 1) break;
    }
  }
  return best.path;
}

/** Tries removing each stretch between two visits of one state; true when one was kept. */
function cutLoops<S>(
  runner: WalkRunner<S>,
  path: readonly number[],
  tryIds: (ids: (number | string)[]) => boolean,
): boolean {
  const keys = runner.keysAlong(path);
  const ids = runner.identitiesAlong(path);
  const firstSeen = new Map<string, number>();
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j] as string;
    const i = firstSeen.get(key);
    if (i === undefined) {
      firstSeen.set(key, j);
      continue;
    }
    if (tryIds([...ids.slice(0, i), ...ids.slice(j)])) return true;
  }
  return false;
}
