/** Shared parameters of the LVS model tests: D3's MISC_CHECK (delay_loop 5, misc_timeout 5, dig +time=1 +tries=2, retry 0). */
import type { LvsParams } from '../../../models/lvs/config.js';

/** D3 with one director, or with a VRRP pair when `pair` is set. */
export function d3Params(pair: boolean, overrides: Partial<LvsParams['check']> = {}): LvsParams {
  return {
    directors: pair ? [{ name: 'lvs1', priority: 150 }, { name: 'lvs2', priority: 100 }] : [{ name: 'lvs1', priority: 150 }],
    advertInt: 1,
    realServers: ['dns1', 'dns2'],
    check: { delayLoop: 5, miscTimeout: 5, digSeconds: 2, retry: 0, delayBeforeRetry: 1, alpha: false, ...overrides },
  };
}
