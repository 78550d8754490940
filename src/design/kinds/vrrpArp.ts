/**
 * The VRRP kind's reading of gratuitous ARP options, hosts and `traffic-reaches-master`'s bound
 * (models/vrrp/arp.ts, decision 0041).
 *
 * Errors (exit 2, at the offending key):
 * - FL294 a host that names no router of the instance (`near`), or a name used twice (hosts and routers)
 * - FL238 a `traffic-reaches-master` bound of 8 s or more (the model does not re-resolve ARP, a
 *   Linux host may have by then), or below one tick (FL226)
 */
import type { VrrpGarpParams, VrrpHostParams } from '../../../models/vrrp/arp.js';
import { TICKS_PER_ADVERT, type VrrpConfig } from '../../../models/vrrp/config.js';
import { ARP_RERESOLVE_SECONDS, defaultMasterBound, secondsToTicks } from '../../../properties/vrrp.js';
import type { BuildContext, DesignDocument, PropertyRequest } from '../designKind.js';
import { rejectBelowOneTick } from '../rejectBelowOneTick.js';
import type { GarpOptionsSection } from './vrrpArpSchema.js';
import type { VrrpSection } from './vrrpSchema.js';

/** The property this file serves. */
export const TRAFFIC_PROPERTY = 'traffic-reaches-master';

/** A router's GARP options: its own keys over the section's; undefined when neither sets any. */
export function garpParamsOf(section: GarpOptionsSection, router: GarpOptionsSection): VrrpGarpParams | undefined {
  const pick = <K extends keyof GarpOptionsSection>(key: K): GarpOptionsSection[K] => router[key] ?? section[key];
  const out: Record<string, number | boolean> = {};
  const set = (name: keyof VrrpGarpParams, value: number | boolean | undefined): void => {
    if (value !== undefined) out[name] = value;
  };
  set('masterDelay', pick('garp_master_delay'));
  set('masterRepeat', pick('garp_master_repeat'));
  set('masterRefresh', pick('garp_master_refresh'));
  set('lowerPrioRepeat', pick('garp_lower_prio_repeat'));
  set('higherPrioSendAdvert', pick('higher_prio_send_advert'));
  return Object.keys(out).length === 0 ? undefined : (out as VrrpGarpParams);
}

/**
 * The `traffic-reaches-master` request: the one under `check:`, or — with no `check:` — an
 * implicit one when the design declares hosts; undefined when not asked.
 */
export function trafficRequest(doc: DesignDocument, section: VrrpSection): PropertyRequest | undefined {
  if (doc.check !== undefined) return doc.check.find((r) => r.name === TRAFFIC_PROPERTY);
  return section.hosts !== undefined ? { name: TRAFFIC_PROPERTY, params: {}, path: ['check'] } : undefined;
}

/**
 * The hosts the model carries: the declared ones (checked: FL294), else one host next to each
 * router when the property is asked, else none.
 */
export function hostsOf(section: VrrpSection, asked: boolean, ctx: BuildContext): VrrpHostParams[] | undefined {
  const routers = section.routers.map((r) => r.name);
  if (section.hosts === undefined) return asked ? routers.map((name) => ({ name: `host-${name}`, near: name })) : undefined;
  const seen = new Set(routers);
  section.hosts.forEach((h, k) => {
    const at = ['vrrp', 'hosts', k];
    if (seen.has(h.name)) ctx.fail([...at, 'name'], 'FL294', `host "${h.name}": the name is already used by a router or another host`, 'give every host and router its own name');
    seen.add(h.name);
    if (!routers.includes(h.near)) ctx.fail([...at, 'near'], 'FL294', `host "${h.name}": near "${h.near}" is no router of this instance`, `name the router whose switch the host is on: ${routers.join(', ')}`);
  });
  return section.hosts.map((h) => ({ name: h.name, near: h.near }));
}

/** The settling bound in ticks: `seconds`, else the default of master-within-bound; under 8 s. */
export function trafficBoundOf(request: PropertyRequest, config: VrrpConfig, ctx: BuildContext): number {
  const tickSeconds = config.gcdCs / TICKS_PER_ADVERT / 100;
  const seconds = request.params['seconds'];
  // A value of the wrong type is the shape check's to report (buildProperties), at the parameter.
  if (seconds !== undefined && typeof seconds !== 'number') return 0;
  const at = seconds === undefined ? request.path : [...request.path, 'seconds'];
  const ticks = seconds === undefined ? defaultMasterBound(config) : seconds >= 0 ? secondsToTicks(config, seconds) : -1;
  if (seconds !== undefined) rejectBelowOneTick(ctx, at, TRAFFIC_PROPERTY, seconds, ticks, tickSeconds);
  const limit = Math.ceil((ARP_RERESOLVE_SECONDS * 100 * TICKS_PER_ADVERT) / config.gcdCs);
  if (ticks < 0 || ticks >= limit) {
    const given = seconds === undefined ? `its default bound (that of master-within-bound) is ${(ticks * tickSeconds).toFixed(2)} s` : `seconds must be a number of seconds below ${ARP_RERESOLVE_SECONDS}, got ${JSON.stringify(seconds)}`;
    ctx.fail(
      at,
      'FL238',
      `${TRAFFIC_PROPERTY}: ${given}`,
      `the model never re-resolves ARP; a Linux host may have re-resolved the VIP by itself ${ARP_RERESOLVE_SECONDS} s after a fault (delay_first_probe_time 5 s + 3 unicast probes of 1 s), so ask for less (seconds: ${ARP_RERESOLVE_SECONDS - 1}) or use shorter advert intervals`,
    );
  }
  return ticks;
}
