/**
 * Where `JSON.parse` stopped in a text, from its error message: V8 names an offset ("at
 * position N") for most errors and says "Unexpected end of JSON input" for a text cut short
 * (the place is then its end). `atEnd`: the text ended where a value was still open — cut
 * short. Undefined when the message names no place (an unexpected token V8 quotes instead of
 * placing).
 */
export function jsonErrorAt(text: string, message: string): { readonly line: number; readonly column: number; readonly atEnd: boolean } | undefined {
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Math.min(Number(at[1]), text.length) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1, atEnd: offset >= text.length };
}
