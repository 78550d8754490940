/** Functions made from source text, by `params` and `body`: one per text a process. */
const made = new Map<string, ((...args: never[]) => unknown) | undefined>();
/**
 * Texts kept at most: a property suite that generates thousands of designs makes thousands of
 * layouts; past this many the cache starts over rather than keep every function alive.
 */
const MAX_TEXTS = 1024;

/**
 * `new Function(...params, body)`, made once a process for each text: a run that builds the
 * same code again (every `check` of a suite makes a new store, every model build a new layout)
 * gets the same function back, so the call sites that call it keep seeing one function —
 * V8 stops inlining a call site that has seen several (philosophers-14's later runs in one
 * process took ~20% longer than its first). At most {@link MAX_TEXTS} texts are kept. Undefined where code
 * cannot be generated (a policy forbids it); callers then use a loop that does the same.
 */
export function generatedFunction<F extends (...args: never[]) => unknown>(params: readonly string[], body: string): F | undefined {
  const text = `${params.join(',')}\n${body}`;
  if (!made.has(text)) {
    if (made.size >= MAX_TEXTS) made.clear();
    let f: F | undefined;
    try {
      f = new Function(...params, body) as F;
    } catch {
      f = undefined;
    }
    made.set(text, f);
  }
  return made.get(text) as F | undefined;
}
