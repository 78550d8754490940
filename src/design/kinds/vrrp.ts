/**
 * The VRRP design kind: a `vrrp:` section describing one keepalived VRRP instance, built into
 * the VRRP model (models/vrrp) and its properties (properties/vrrp.ts).
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL231 fewer than 2 routers          - FL235 VRRPv2 advert_int not whole seconds
 * - FL232 two routers with one name     - FL236 advert_int not a multiple of 0.01 s / over v3's 40.95 s
 * - FL233 two address owners (255)      - FL237 intervals too far apart for the time resolution
 * - FL234 a router's vrid differs       - FL238 a bad property parameter under `check:`
 * - FL230 a `unicast_peer` that names no other router of the instance
 * - FL291 a `virtual_ipaddress` entry that is no IPv4 or IPv6 address (with an optional prefix)
 * - FL293 a router's `segment` that names no segment of `vrrp.segments`, a router without one
 *   when segments are declared, or a `segment` without `vrrp.segments`
 * - FL294 a host naming no router, or a name used twice (vrrpArp.ts)
 *
 * Settings the routers of the group must share (vrid, advert_int, authentication,
 * virtual_ipaddress) may differ per router: that is a mistake people make, so it is reported
 * as a finding (`consistent-config`) and explored (keepalived ignores the adverts), not
 * rejected (docs/decisions/0033-vrrp-group-depth.md).
 */
import { isIP } from 'node:net';
import type { VrrpConfig, VrrpFaultKind, VrrpNotify, VrrpParams, VrrpRouterParams } from '../../../models/vrrp/config.js';
import { resolveVrrpConfig, TICKS_PER_ADVERT, withTrafficBound } from '../../../models/vrrp/config.js';
import { createVrrpModel } from '../../../models/vrrp/model.js';
import type { VrrpState } from '../../../models/vrrp/state.js';
import {
  defaultMasterBound,
  masterPerSegment,
  singleService,
  singleVipHolder,
  masterWithinBound,
  noFailbackUnderNopreempt,
  secondsToTicks,
  singleMaster,
  consistentConfig,
  trafficReachesMaster,
  VRRP_PROPERTY_NAMES,
  type VrrpPropertyName,
} from '../../../properties/vrrp.js';
import type { BuildContext, DesignDocument, DesignKind, PropertyRequest } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { SECONDS } from '../paramShapes.js';
import { vrrpPicture } from '../picture/vrrpPicture.js';
import { vrrpSectionSchema, type VrrpSection } from './vrrpSchema.js';
import { rejectBelowOneTick } from '../rejectBelowOneTick.js';
import { garpParamsOf, hostsOf, trafficBoundOf, trafficRequest, TRAFFIC_PROPERTY } from './vrrpArp.js';

const FAULT_KINDS: Readonly<Record<VrrpFaultKind, string>> = {
  crash: 'a router host crashes (no priority-0 advert) and later restarts',
  stop: 'keepalived is stopped (a MASTER sends a priority-0 advert) and later started',
  partition: 'the LAN splits so no advert crosses it (with segments: the links between the segments fail, routers on one segment still hear each other), and later heals',
  loss: 'adverts from one router to another are lost (one direction), and later delivered again',
  filter: 'a filter drops the multicast adverts from one router to another (one direction), and is later lifted; unicast_peer adverts pass',
  nic: "a cable pull on a router's only LAN NIC (keepalived enters FAULT, unless dont_track_primary), and the cable plugged back",
  kill: 'keepalived dies (SIGKILL, the OOM killer): no priority-0 advert, no notify script, the VIP stays configured until keepalived starts again (by start, or the supervisor)',
};

/** The largest bound a `within` property accepts (src/core/property.ts). */
const MAX_BOUND = 254;

/** The properties a design without `check:` gets; the others join when the design has what they judge. */
const BASE_PROPERTIES = ['single-master', 'master-within-bound', 'no-failback-under-nopreempt', 'consistent-config'] as const;

/** What VRRP properties are built over. */
interface VrrpContext {
  readonly config: VrrpConfig;
  /** Whether any router is configured nopreempt. */
  readonly nopreempt: boolean;
  /** Whether the design declares hosts (then `traffic-reaches-master` is among the defaults). */
  readonly hosts: boolean;
}

/** The VRRP properties (FL238 for a parameter a property does not take). */
export const VRRP_PROPERTIES = propertyTable<VrrpState, VrrpContext, VrrpPropertyName>(VRRP_PROPERTY_NAMES, 'FL238', {
  'single-master': { params: [], build: (_request, { config }) => singleMaster(config) },
  'no-failback-under-nopreempt': { params: [], build: (_request, { nopreempt }) => noFailbackUnderNopreempt(nopreempt) },
  'master-within-bound': { params: ['seconds'], shapes: { seconds: SECONDS }, build: (request, { config }, ctx) => masterWithinBound(config, boundOf(request, config, ctx)) },
  'consistent-config': { params: [], build: (_request, { config }) => consistentConfig(config) },
  'master-per-segment': { params: ['seconds'], shapes: { seconds: SECONDS }, build: (request, { config }, ctx) => masterPerSegment(config, boundOf(request, config, ctx)) },
  // The bound lives in the model's state (`calm`); `build` below reads `seconds` before the model exists.
  'traffic-reaches-master': { params: ['seconds'], shapes: { seconds: SECONDS }, build: (_request, { config }) => trafficReachesMaster(config) },
  'single-vip-holder': { params: [], build: (_request, { config }) => singleVipHolder(config) },
  'single-service': { params: [], build: (_request, { config }) => singleService(config) },
}, ({ config, hosts }) => [
  ...BASE_PROPERTIES,
  ...(config.segments.length > 0 ? (['master-per-segment'] as const) : []),
  ...(hosts ? ([TRAFFIC_PROPERTY] as const) : []),
  ...(config.restartTicks !== null || Object.keys(config.notify).length > 0 ? (['single-vip-holder'] as const) : []),
  ...(Object.values(config.notify).includes('start') ? (['single-service'] as const) : []),
]);

/** `vrrp:` designs. */
export const vrrpKind: DesignKind<VrrpState> = {
  section: 'vrrp',
  description: 'One VRRP instance (keepalived semantics): routers sharing a VRID on one LAN',
  sectionSchema: vrrpSectionSchema,
  ...kindProperties(VRRP_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const traffic = trafficRequest(doc, doc['vrrp'] as VrrpSection);
    const params = paramsOf(doc, traffic !== undefined, ctx);
    const resolved = resolveVrrpConfig(params);
    const config = traffic === undefined ? resolved : withTrafficBound(resolved, trafficBoundOf(traffic, resolved, ctx));
    if (defaultMasterBound(config) > MAX_BOUND) {
      ctx.fail(
        ['vrrp', 'routers'],
        'FL237',
        `the advert intervals (${params.routers.map((r) => `${r.advertInt} s`).join(', ')}) are too far apart to model: ` +
          `the failover bound would be ${defaultMasterBound(config)} ticks of ${config.gcdCs / TICKS_PER_ADVERT / 100} s (at most ${MAX_BOUND})`,
        'use advert intervals that are small multiples of one another (for example 1 s and 2 s)',
      );
    }
    const model = createVrrpModel(config);
    const nopreempt = params.routers.some((r) => r.nopreempt);
    const properties = buildProperties(VRRP_PROPERTIES, doc.check, { config, nopreempt, hosts: (doc['vrrp'] as VrrpSection).hosts !== undefined }, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 }, picture: () => vrrpPicture(params.routers.map((r) => r.name)) };
  },
};

function paramsOf(doc: DesignDocument, trafficAsked: boolean, ctx: BuildContext): VrrpParams {
  const section = doc['vrrp'] as VrrpSection;
  const version = section.version ?? 2;
  const routers = section.routers;
  if (routers.length < 2) {
    ctx.fail(['vrrp', 'routers'], 'FL231', `a VRRP instance needs at least 2 routers, got ${routers.length}`, 'add the backup router(s) that share this VRID');
  }
  const seen = new Map<string, number>();
  let owner: number | undefined;
  const out = routers.map((r, i): VrrpRouterParams => {
    const at = (key: string) => ['vrrp', 'routers', i, key];
    const first = seen.get(r.name);
    if (first !== undefined) ctx.fail(at('name'), 'FL232', `router "${r.name}" is defined twice`, `the first is vrrp.routers[${first}]; give each router its own name`);
    seen.set(r.name, i);
    // keepalived config completion (PROTOCOLS.md §1.2): priority from state, state from priority.
    const priority = r.priority ?? (r.state === 'MASTER' ? 255 : 100);
    const initialState = r.state ?? (priority === 255 ? 'MASTER' : 'BACKUP');
    if (priority === 255) {
      if (owner !== undefined) {
        ctx.fail(at('priority'), 'FL233', `routers "${routers[owner]!.name}" and "${r.name}" both have priority 255 (address owner)`, 'only the router that owns the virtual address may have priority 255; give the other 254 or less');
      }
      owner = i;
    }
    const advertInt = r.advert_int ?? section.advert_int ?? 1;
    const where = r.advert_int !== undefined ? at('advert_int') : ['vrrp', 'advert_int'];
    if (version === 2 && !Number.isInteger(advertInt)) {
      ctx.fail(where, 'FL235', `VRRPv2 advert_int must be whole seconds, got ${advertInt}`, 'use version: 3 for sub-second intervals, or a whole number of seconds');
    }
    if (Math.abs(advertInt * 100 - Math.round(advertInt * 100)) > 1e-9 || (version === 3 && advertInt > 40.95)) {
      ctx.fail(where, 'FL236', `advert_int ${advertInt} s is not a multiple of 0.01 s${version === 3 ? ' in 0.01..40.95 s (VRRPv3)' : ''}`, 'VRRPv3 carries the interval in centiseconds (12 bits)');
    }
    r.unicast_peer?.forEach((peer, k) => {
      if (peer === r.name || !routers.some((o) => o.name === peer)) {
        const others = routers.filter((o) => o.name !== r.name).map((o) => o.name);
        ctx.fail([...at('unicast_peer'), k], 'FL230', `router "${r.name}": unicast_peer "${peer}" is ${peer === r.name ? 'the router itself' : 'no router of this instance'}`, `name the other routers of the instance: ${others.join(', ')}`);
      }
    });
    const vips = r.virtual_ipaddress ?? section.virtual_ipaddress;
    const vipsAt = r.virtual_ipaddress !== undefined ? at('virtual_ipaddress') : ['vrrp', 'virtual_ipaddress'];
    vips?.forEach((vip, k) => {
      const [address, prefix, ...rest] = vip.trim().split('/');
      const family = isIP(address ?? '');
      const bits = prefix === undefined ? 0 : Number(prefix);
      if (family === 0 || rest.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
        ctx.fail([...vipsAt, k], 'FL291', `virtual_ipaddress "${vip}" is not an IP address with an optional prefix length`, 'write an address such as 192.0.2.10 or 192.0.2.10/24 (keepalived compares the addresses its adverts carry)');
      }
    });
    const authentication = r.authentication ?? section.authentication;
    const garp = garpParamsOf(section, r);
    return {
      name: r.name,
      priority,
      initialState,
      nopreempt: r.nopreempt ?? false,
      preemptDelay: r.preempt_delay ?? 0,
      advertInt,
      ...(r.unicast_peer !== undefined ? { unicastPeers: r.unicast_peer } : {}),
      ...(r.link_ready_after !== undefined ? { linkReadyAfter: r.link_ready_after } : {}),
      ...(r.vrrp_startup_delay !== undefined ? { startupDelay: r.vrrp_startup_delay } : {}),
      ...(r.vrid !== undefined ? { vrid: r.vrid } : {}),
      ...(authentication !== undefined ? { authentication: { type: authentication.auth_type, pass: authentication.auth_pass } } : {}),
      ...(vips !== undefined ? { virtualIps: vips } : {}),
      ...(garp !== undefined ? { garp } : {}),
      ...(r.dont_track_primary === true ? { dontTrackPrimary: true } : {}),
    };
  });
  const segments = section.segments;
  section.routers.forEach((r, i) => {
    if (segments === undefined ? r.segment === undefined : r.segment !== undefined && segments.includes(r.segment)) return;
    const where = r.segment === undefined ? ['vrrp', 'routers', i] : ['vrrp', 'routers', i, 'segment'];
    const message =
      segments === undefined
        ? `router "${r.name}" names segment "${r.segment}" but vrrp.segments is not declared`
        : r.segment === undefined
          ? `router "${r.name}" has no segment, and vrrp.segments is declared`
          : `router "${r.name}": segment "${r.segment}" is not one of vrrp.segments (${segments.join(', ')})`;
    ctx.fail(where, 'FL293', message, segments === undefined ? 'declare the segments (switches) under vrrp.segments' : `give each router the segment it is cabled to: ${segments.join(', ')}`);
  });
  const hosts = hostsOf(section, trafficAsked, ctx);
  const kinds = doc.faults?.kinds as readonly VrrpFaultKind[] | undefined;
  const vipMismatchDrops = section.keepalived_version === undefined || before(section.keepalived_version, [2, 3, 3]);
  const notify = Object.fromEntries(Object.entries(section.notify ?? {}).map(([script, effects]) => [script, effects.at(-1) === 'service.start' ? 'start' : 'stop'])) as VrrpNotify;
  return {
    version,
    vrid: section.vrid,
    ...(section.notify !== undefined ? { notify } : {}),
    ...(section.supervisor !== undefined ? { supervisorRestart: section.supervisor.restart } : {}),
    routers: out.map((r, i) => (section.routers[i]!.segment !== undefined ? { ...r, segment: section.routers[i]!.segment } : r)),
    vipMismatchDrops,
    ...(segments !== undefined ? { segments } : {}),
    ...(kinds !== undefined ? { faultKinds: kinds } : {}),
    ...(hosts !== undefined ? { hosts } : {}),
    ...(section.use_vmac !== undefined ? { useVmac: section.use_vmac } : {}),
    ...(section.vmac_xmit_base !== undefined ? { vmacXmitBase: section.vmac_xmit_base } : {}),
  };
}

/** Whether release `version` (`2.2.7`) is older than `than`. */
function before(version: string, than: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < than.length; i++) {
    const p = parts[i] ?? 0;
    if (p !== than[i]) return p < than[i]!;
  }
  return false;
}

function boundOf(request: PropertyRequest, config: VrrpConfig, ctx: BuildContext): number {
  const seconds = request.params['seconds'];
  if (seconds === undefined) return defaultMasterBound(config);
  const ticks = typeof seconds === 'number' && seconds >= 0 ? secondsToTicks(config, seconds) : -1;
  rejectBelowOneTick(ctx, [...request.path, 'seconds'], request.name, seconds, ticks, config.gcdCs / TICKS_PER_ADVERT / 100);
  if (ticks < 0 || ticks > MAX_BOUND) {
    ctx.fail([...request.path, 'seconds'], 'FL238', `master-within-bound: seconds must be a number of seconds in 0..${((MAX_BOUND * config.gcdCs) / TICKS_PER_ADVERT / 100).toFixed(2)}, got ${JSON.stringify(seconds)}`, 'the bound is counted in ticks of a quarter advert interval, at most 254');
  }
  return ticks;
}
