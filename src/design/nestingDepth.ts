/** Deepest nesting a design may have; real designs stay below 15. */
export const MAX_NESTING = 100;

/** Where a text nests deeper than allowed: the offset of the opening that goes too deep. */
export interface TooDeep {
  readonly offset: number;
  readonly depth: number;
}

/**
 * Finds the first place where YAML (or JSON) text nests deeper than `max`, before any parser
 * recurses into it: flow collections (`[`, `{`) outside quotes and comments, plus the block
 * structure — each deeper indentation and each `- ` or `? ` that opens a nested item on a
 * line. The scan is linear and over-counts rather than under-counts (a bracket inside a
 * plain scalar counts), which only matters past `max`, far beyond any real design. A second
 * pass ignores quotes, so an unterminated quote cannot hide what follows it.
 */
export function findTooDeep(text: string, max: number = MAX_NESTING): TooDeep | undefined {
  return scan(text, max, true) ?? scan(text, max, false);
}

/** The deepest point of a text (quotes ignored): where to point when a parser overflowed anyway. */
export function deepestPoint(text: string): TooDeep {
  let low = 0;
  let high = text.length + 1;
  let found: TooDeep = { offset: 0, depth: 0 };
  // The smallest limit no opening exceeds, by bisection; its last failure is the deepest point.
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = scan(text, mid, false);
    if (at === undefined) high = mid;
    else {
      found = at;
      low = mid + 1;
    }
  }
  return found;
}

function scan(text: string, max: number, quotes: boolean): TooDeep | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (lineStart && quote === undefined && flow === 0) {
      // Block structure: indentation, then `- ` / `? ` item markers on the same line.
      let col = 0;
      while (i + col < n && text[i + col] === ' ') col++;
      const first = text[i + col];
      if (first !== undefined && first !== '\n' && first !== '\r' && first !== '#') {
        while (indents.length > 0 && (indents[indents.length - 1] as number) > col) indents.pop();
        if (indents.length === 0 || (indents[indents.length - 1] as number) < col) indents.push(col);
        let markers = 0;
        let j = i + col;
        while ((text[j] === '-' || text[j] === '?') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          markers++;
          j += 2;
          while (text[j] === ' ' || text[j] === '\t') j++;
        }
        if (indents.length + markers > max) return { offset: i + col, depth: indents.length + markers };
      }
      lineStart = false;
      i += col;
      continue;
    }
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      if (quote === "'" || quote === '"') {
        // multi-line quoted scalars continue
      }
      i++;
      continue;
    }
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i += 2;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i += 2;
        else {
          quote = undefined;
          i++;
        }
      } else i++;
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (quotes && (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1] as string))))) {
      quote = c;
      i++;
      continue;
    }
    if (c === '[' || c === '{') {
      flow++;
      if (indents.length + flow > max) return { offset: i, depth: indents.length + flow };
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
    i++;
  }
  return undefined;
}
