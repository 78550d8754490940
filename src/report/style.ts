import { styleText } from 'node:util';

/** The few styles reports use. */
export type StyleName = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

/** Applies a style to a piece of text (or leaves it alone when colour is off). */
export type Styler = (style: StyleName, text: string) => string;

/** No colour at all: for files, pipes, CI and NO_COLOR. */
export const plain: Styler = (_style, text) => text;

/** ANSI colour through `node:util` styleText. */
export const coloured: Styler = (style, text) => styleText(style, text);

/**
 * Whether to colour output written to a stream: only on a TTY, never when NO_COLOR is set
 * (any value, https://no-color.org) or FORCE_COLOR is `0`.
 */
export function wantsColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] === '0') return false;
  return isTTY;
}
