/** Functions made from source text, by `params` and `body`: one per text a process. */
const made = new Map<string, ((...args: never[]) => unknown) | undefined>();

/**
 * `new Function(...params, body)`, made once a process for each text: a run that builds the
 * same code again (every `check` of a suite makes a new store, every model build a new layout)
 * gets the same function back, so the call sites that call it keep seeing one function —
 * V8 stops inlining a call site that has seen several, and the search got ~20% slower from a
 * process's second run on. Undefined where code cannot be generated (a policy forbids it);
 * callers then use a loop that does the same.
 */
export function generatedFunction<F extends (...args: never[]) => unknown>(params: readonly string[], body: string): F | undefined {
  const text = `${params.join(',')}\n${body}`;
  if (!made.has(text)) {
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
