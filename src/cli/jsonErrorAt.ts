/**
 * Why and where `JSON.parse` stopped in a text, from its error message: the reason on one
 * line, and the place when V8 names one — an offset ("at position N", then left out of the
 * reason) for most errors, the text's end for "Unexpected end of JSON input". `atEnd`: the text
 * ended where a value was still open — cut short. No place when the message names none (an
 * unexpected token V8 quotes instead of placing).
 */
export function jsonErrorAt(
  text: string,
  message: string,
): { readonly reason: string; readonly place?: { readonly line: number; readonly column: number; readonly atEnd: boolean } } {
  const oneLine = message.replace(/\s+/g, ' ');
  const at = / in JSON at position (\d+)/.exec(oneLine);
  const offset = at ? Math.min(Number(at[1]), text.length) : /end of JSON input/.test(oneLine) ? text.length : undefined;
  const reason = at ? oneLine.replace(at[0], '') : oneLine;
  if (offset === undefined) return { reason };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  return { reason, place: { line, column: offset - lineStart + 1, atEnd: offset >= text.length } };
}
