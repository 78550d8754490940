import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';

/**
 * An `advert_int` for a design kind whose model counts whole seconds (`dns`, `lvs`: their
 * takeover times are ticks of one second). A sub-second interval is an error at its line,
 * saying why and what to do: rounding it up would make every takeover slower than the real
 * one, so a pass would prove nothing. (The `cluster` and `vrrp` kinds model sub-second
 * VRRPv3 intervals; decision 0038.)
 */
export function wholeSecondsAdvert(advert: Located<number> | undefined, kind: 'dns' | 'lvs', log: ImportLog): Located<number> | undefined {
  if (advert === undefined || Number.isInteger(advert.value)) return advert;
  log.error(
    advert.at,
    'FL407',
    `advert_int ${advert.value}: the ${kind} design kind counts VRRP takeover time in whole seconds, so a sub-second interval cannot be checked there`,
    'check the VRRP pair itself with a vrrp or cluster design (they model VRRPv3 centisecond intervals), or use a whole number of seconds here',
  );
  return undefined;
}
