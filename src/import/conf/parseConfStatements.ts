/**
 * Groups tokens into statements and blocks. In line mode (keepalived) a statement ends at the
 * end of its line or at a brace; in semicolon mode (DRBD) it ends at `;` or at a block.
 * Unbalanced braces are FL404 at the brace (or at the block that is never closed).
 */
import type { ImportLog } from '../importLog.js';
import type { ConfStatement } from './confStatement.js';
import type { ConfToken } from './tokenizeConf.js';

/** Nesting deeper than this is an error, not a stack overflow. */
export const MAX_NESTING = 32;

/** Parses a token list into top-level statements. */
export function parseConfStatements(tokens: readonly ConfToken[], semicolons: boolean, log: ImportLog): ConfStatement[] {
  let i = 0;
  const block = (depth: number, opener: ConfToken | null): ConfStatement[] => {
    const out: ConfStatement[] = [];
    let words: ConfToken[] = [];
    const flush = (): void => {
      const [head, ...rest] = words;
      if (head) out.push({ keyword: head.text, at: head.at, args: rest.map((t) => ({ value: t.text, at: t.at })), block: undefined });
      words = [];
    };
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (t.kind === 'word' || t.kind === 'string') {
        words.push(t);
      } else if (t.kind === 'semi' || (t.kind === 'eol' && !semicolons)) {
        flush();
      } else if (t.kind === 'open') {
        if (depth >= MAX_NESTING) {
          log.fail(t.at, 'FL404', `blocks nested more than ${MAX_NESTING} deep`, 'check for a missing }');
        }
        const [head, ...rest] = words;
        words = [];
        const inner = block(depth + 1, t);
        if (!head) {
          log.error(t.at, 'FL404', '{ without a keyword before it', 'a block opens after its keyword, e.g. "vrrp_instance VI_1 {"');
        } else {
          out.push({ keyword: head.text, at: head.at, args: rest.map((r) => ({ value: r.text, at: r.at })), block: inner });
        }
      } else if (t.kind === 'close') {
        if (semicolons && words.length > 0) {
          log.error(words[0]!.at, 'FL404', `statement "${words.map((w) => w.text).join(' ')}" is not ended by ;`, 'end every statement with ;');
          words = [];
        }
        flush();
        if (opener) return out;
        log.error(t.at, 'FL404', '} without a matching {', 'remove it or add the block it closes');
      }
    }
    if (semicolons && words.length > 0) {
      log.error(words[0]!.at, 'FL404', `statement "${words.map((w) => w.text).join(' ')}" is not ended by ;`, 'end every statement with ;');
      words = [];
    }
    flush();
    if (opener) log.error(opener.at, 'FL404', 'this { is never closed', 'add the matching }');
    return out;
  };
  return block(0, null);
}
