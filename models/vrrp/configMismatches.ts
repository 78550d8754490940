/**
 * Static findings: settings the routers of one VRRP group must share and do not —
 * `virtual_router_id`, `advert_int`, `authentication` (type and the first 8 characters of
 * `auth_pass`) and the `virtual_ipaddress` set (RFC 3768 §5.3: the VRID, Adver Int, Auth Type
 * and IP addresses of an advert must match the receiver's configuration; keepalived.conf(5)).
 * Each finding names two routers, the setting, both values and what keepalived does about it
 * (accepts.ts); the `consistent-config` property reports them in the initial state, with no
 * fault and no step.
 */
import { rejection, sameList } from './accepts.js';
import type { VrrpConfig, VrrpRouter } from './config.js';

/** A setting two routers of one group disagree on. */
export interface ConfigMismatch {
  readonly setting: 'virtual_router_id' | 'advert_int' | 'authentication' | 'virtual_ipaddress';
  /** The two routers, in list order. */
  readonly routers: readonly [string, string];
  /** Both values, as the routers are configured (a password is never shown). */
  readonly values: readonly [string, string];
  /** What keepalived does with the adverts between them. */
  readonly consequence: string;
}

/** Every mismatch between two routers of the group, pair by pair in list order. */
export function configMismatches(config: VrrpConfig): ConfigMismatch[] {
  const out: ConfigMismatch[] = [];
  config.routers.forEach((a, i) => {
    config.routers.slice(i + 1).forEach((b) => {
      const pair = [a.name, b.name] as const;
      const consequence = consequenceOf(config, a, b);
      if (a.vrid !== b.vrid) out.push({ setting: 'virtual_router_id', routers: pair, values: [`${a.vrid}`, `${b.vrid}`], consequence });
      if (a.advertCs !== b.advertCs) out.push({ setting: 'advert_int', routers: pair, values: [seconds(a), seconds(b)], consequence });
      if (authText(a) !== authText(b) || keyOf(a) !== keyOf(b)) {
        const values = authText(a) === authText(b) ? ([`${authText(a)} (one auth_pass)`, `${authText(b)} (another auth_pass)`] as const) : ([authText(a), authText(b)] as const);
        out.push({ setting: 'authentication', routers: pair, values, consequence });
      }
      if (!sameList(a.vips, b.vips)) out.push({ setting: 'virtual_ipaddress', routers: pair, values: [vipText(a), vipText(b)], consequence });
    });
  });
  return out;
}

/** One line: `gw-a and gw-b: advert_int 1 s ≠ 2 s (both ignore the other's adverts: two MASTERs)`. */
export function formatMismatch(m: ConfigMismatch): string {
  return `${m.routers[0]} and ${m.routers[1]}: ${m.setting} ${m.values[0]} ≠ ${m.values[1]} (${m.consequence})`;
}

function consequenceOf(config: VrrpConfig, a: VrrpRouter, b: VrrpRouter): string {
  const ab = rejection(a, b, config.version, config.vipMismatchDrops);
  const ba = rejection(b, a, config.version, config.vipMismatchDrops);
  if (ab !== undefined && ba !== undefined) return `each ignores the other's adverts — ${ab}: both become MASTER`;
  if (ab !== undefined) return `${b.name} ignores ${a.name}'s adverts — ${ab}`;
  if (ba !== undefined) return `${a.name} ignores ${b.name}'s adverts — ${ba}`;
  if (a.vrid === b.vrid && a.advertCs !== b.advertCs && config.version === 3) return 'VRRPv3 logs it and a BACKUP learns the MASTER’s interval';
  return 'keepalived logs it and accepts the adverts (2.3.3 and later)';
}

const seconds = (r: VrrpRouter): string => `${r.advertCs / 100} s`;
const authText = (r: VrrpRouter): string => (r.auth.type === 'none' ? 'none' : r.auth.type);
const keyOf = (r: VrrpRouter): string => (r.auth.type === 'none' ? '' : r.auth.key);
const vipText = (r: VrrpRouter): string => (r.vips.length === 0 ? '(none)' : `[${r.vips.join(', ')}]`);
