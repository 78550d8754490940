/**
 * Reading a statement's arguments with located errors: a word, an integer in a range, a
 * decimal, or nothing (a flag). Each reader reports FL405 at the argument (or at the keyword
 * when the argument is missing) and returns undefined.
 */
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { ConfStatement } from './confStatement.js';

/** The first argument, required. */
export function wordArg(s: ConfStatement, log: ImportLog): Located<string> | undefined {
  const arg = s.args[0];
  if (!arg) log.error(s.at, 'FL405', `${s.keyword} needs a value`, `write: ${s.keyword} <value>`);
  return arg;
}

/** The first argument as an integer within [min, max]. */
export function intArg(s: ConfStatement, log: ImportLog, min: number, max: number, index = 0): Located<number> | undefined {
  const arg = s.args[index];
  if (!arg) {
    log.error(s.at, 'FL405', `${s.keyword} needs a number`, `write: ${s.keyword} <${min}..${max}>`);
    return undefined;
  }
  const value = /^[+-]?\d+$/.test(arg.value) ? Number(arg.value) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    log.error(arg.at, 'FL405', `${s.keyword} must be a whole number ${min}..${max}, got "${arg.value}"`, `write: ${s.keyword} <${min}..${max}>`);
    return undefined;
  }
  return { value, at: arg.at };
}

/** The first argument as a decimal number within [min, max]. */
export function decimalArg(s: ConfStatement, log: ImportLog, min: number, max: number): Located<number> | undefined {
  const arg = s.args[0];
  if (!arg) {
    log.error(s.at, 'FL405', `${s.keyword} needs a number`, `write: ${s.keyword} <number>`);
    return undefined;
  }
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(arg.value) ? Number(arg.value) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    log.error(arg.at, 'FL405', `${s.keyword} must be a number ${min}..${max}, got "${arg.value}"`, `write: ${s.keyword} <number>`);
    return undefined;
  }
  return { value, at: arg.at };
}

/** A keyword that takes no argument (`nopreempt`); extra arguments are a warning. */
export function flagArg(s: ConfStatement, log: ImportLog): Located<true> {
  if (s.args.length > 0) log.warn(s.args[0]!.at, 'FL407', `${s.keyword} takes no value; "${s.args.map((a) => a.value).join(' ')}" is ignored`, `write: ${s.keyword}`);
  return { value: true, at: s.at };
}

/** The whole argument list joined by spaces (a command line written without quotes). */
export function joinedArgs(s: ConfStatement): Located<string> | undefined {
  const first = s.args[0];
  return first ? { value: s.args.map((a) => a.value).join(' '), at: first.at } : undefined;
}

/** Sets `out[key]` to `value` when a value was read (an optional setting stays absent otherwise). */
export function setRead<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) out[key] = value;
}
