import { closestMatch } from '../../design/didYouMean.js';
import type { ImportLog } from '../importLog.js';
import type { ConfStatement } from './confStatement.js';

/**
 * Warns about a keyword faultline does not know in this block (FL406), with the closest known
 * keyword as a hint: the daemon itself would skip it too, so a typo silently disables a setting.
 */
export function unknownKeyword(s: ConfStatement, where: string, known: Iterable<string>, log: ImportLog): void {
  const guess = closestMatch(s.keyword, known);
  log.warn(s.at, 'FL406', `unknown keyword "${s.keyword}" in ${where}: ignored`, guess ? `did you mean "${guess}"? the daemon ignores an unknown keyword, so this setting has no effect` : 'the daemon ignores an unknown keyword, so this setting has no effect');
}

/** Warns that a known keyword is read but not modelled (FL407). */
export function unmodelled(s: ConfStatement, where: string, log: ImportLog, why = 'faultline does not model it'): void {
  log.warn(s.at, 'FL407', `${s.keyword} in ${where} is not modelled: ${why}`, 'the check runs as if it were absent; --strict makes this an error');
}
