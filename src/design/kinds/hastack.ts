/**
 * The HA stack design kind: a `cluster:` section — two nodes with keepalived VRRP, optional
 * `vrrp_script`s (one or a list) and `track_interface` on the service NIC, notify scripts as declared effects, an optional supervisor, and an
 * NFS export on DRBD or a DNS daemon — built into models/hastack and properties/hastack.ts.
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL265 not exactly 2 nodes, or two nodes with one name, or two address owners (255)
 * - FL266 a part that does not fit the service: DRBD, mount, NFS or fence effects, `drbd:` or
 *   `nfs:` with dns; an nfs service without `drbd:`; a check of a service that is not there;
 *   two scripts with one name
 * - FL267 a property that does not fit the design (single-primary without DRBD, ...)
 * - FL268 a bad property name or parameter under `check:`
 * - FL269 timing beyond the model's resolution (a bound over 254 ticks)
 */
import { resolveHaStackConfig, type HaStackConfig, type HaStackFaultKind, type HaStackParams } from '../../../models/hastack/config.js';
import { createHaStackModel } from '../../../models/hastack/model.js';
import type { HaState } from '../../../models/hastack/state.js';
import { TICKS_PER_ADVERT } from '../../../models/vrrp/config.js';
import {
  clientsKeepAccess,
  defaultServeBound,
  HASTACK_PROPERTY_NAMES,
  haSingleMaster,
  noNeedlessFailback,
  singleVipHolder,
  noSplitBrain,
  singlePrimary,
  vipHolderServes,
  type HaStackPropertyName,
} from '../../../properties/hastack.js';
import type { BuildContext, DesignDocument, DesignKind, PropertyRequest } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { SECONDS } from '../paramShapes.js';
import { clusterPicture } from '../picture/clusterPicture.js';
import { hastackSectionSchema, type HaStackSection, type ScriptSection } from './hastackSchema.js';
import type { TrackerParams } from '../../../models/keepalived/config.js';
import { rejectBelowOneTick } from '../rejectBelowOneTick.js';

/** The stack's fault kinds with one-line descriptions. */
export const CLUSTER_FAULT_KINDS: Readonly<Record<HaStackFaultKind, string>> = {
  crash: 'a host crashes (no priority-0 advert, DRBD node down) and later restarts',
  stop: 'keepalived is stopped (priority-0 advert, only notify_stop runs) and later started',
  kill: 'keepalived dies (no advert, no notify); a supervisor restarts it',
  daemon: 'the DNS or NFS daemon stops, and is later started by hand',
  link: 'the DRBD replication link is cut, and later reconnected',
  partition: 'the VRRP LAN splits, and later heals',
  nic: 'a node\'s service NIC (carrying the VIP) goes down, and later comes back',
  script: 'a node\'s check scripts can no longer be executed (deleted, their disk failed): keepalived counts each failed run as a success; later they can again',
};

const MAX_BOUND = 254;

/** The properties checked when a design lists none: everything that fits it. */
function defaultClusterProperties(config: HaStackConfig): HaStackPropertyName[] {
  const defaults: HaStackPropertyName[] = config.drbd
    ? ['single-primary', 'no-split-brain', 'vip-holder-serves', 'no-needless-failback']
    : ['vip-holder-serves', 'no-needless-failback'];
  if (config.nfsClients !== null) defaults.push('clients-keep-access');
  return defaults;
}

/** Fails with FL267 when `request` needs DRBD and `config` has none. */
function needsDrbd(request: PropertyRequest, config: HaStackConfig, ctx: BuildContext): void {
  if (!config.drbd) ctx.fail(request.path, 'FL267', `"${request.name}" needs a DRBD resource, and this design has none`, 'add a `drbd:` section or drop the property');
}

/** The stack's properties (FL268 for a bad parameter, FL267 for one that does not fit the design, FL269 for a bound too long). */
export const CLUSTER_PROPERTIES = propertyTable<HaState, HaStackConfig, HaStackPropertyName>(
  HASTACK_PROPERTY_NAMES,
  'FL268',
  {
    'single-primary': { params: [], build: (request, config, ctx) => (needsDrbd(request, config, ctx), singlePrimary()) },
    'no-split-brain': { params: [], build: (request, config, ctx) => (needsDrbd(request, config, ctx), noSplitBrain()) },
    'vip-holder-serves': { params: ['seconds'], shapes: { seconds: SECONDS }, build: (request, config, ctx) => vipHolderServes(config, clusterBoundOf(request, config, ctx)) },
    'clients-keep-access': {
      params: ['seconds'],
      shapes: { seconds: SECONDS },
      build(request, config, ctx) {
        if (config.nfsClients === null) ctx.fail(request.path, 'FL267', '"clients-keep-access" needs an NFS client', 'set nfs.client_state');
        return clientsKeepAccess(config, clusterBoundOf(request, config, ctx));
      },
    },
    'no-needless-failback': { params: [], build: () => noNeedlessFailback() },
    'single-master': { params: [], build: () => haSingleMaster() },
    'single-vip-holder': { params: [], build: () => singleVipHolder() },
  },
  defaultClusterProperties,
);

/** `cluster:` designs. */
export const hastackKind: DesignKind<HaState> = {
  section: 'cluster',
  description: 'Two keepalived nodes with trackers and notify scripts over DRBD + NFS, or DNS',
  sectionSchema: hastackSectionSchema,
  ...kindProperties(CLUSTER_PROPERTIES),
  faultKinds: CLUSTER_FAULT_KINDS,
  build(doc, ctx) {
    const config = resolveHaStackConfig(clusterParamsOf(doc, ctx));
    const model = createHaStackModel(config);
    const properties = buildProperties(CLUSTER_PROPERTIES, doc.check, config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 }, picture: () => clusterPicture(config) };
  },
};

/** The bound in ticks of a timed property: `seconds`, or the stack's default (FL269). */
export function clusterBoundOf(request: PropertyRequest, config: HaStackConfig, ctx: BuildContext): number {
  const seconds = request.params['seconds'];
  const tickSeconds = config.vrrpWidest.gcdCs / TICKS_PER_ADVERT / 100;
  const ticks = seconds === undefined ? defaultServeBound(config) : typeof seconds === 'number' && seconds >= 0 ? Math.floor(seconds / tickSeconds + 1e-9) : -1;
  rejectBelowOneTick(ctx, [...request.path, 'seconds'], request.name, seconds, ticks, tickSeconds);
  if (ticks < 0 || ticks > MAX_BOUND) {
    const where = seconds === undefined ? request.path : [...request.path, 'seconds'];
    ctx.fail(where, 'FL269', `${request.name}: the bound must be 0..${(MAX_BOUND * tickSeconds).toFixed(2)} s, got ${seconds === undefined ? `${(ticks * tickSeconds).toFixed(2)} s by default` : JSON.stringify(seconds)}`, `time is counted in ticks of ${tickSeconds} s, at most ${MAX_BOUND}; shorten the check interval or give seconds`);
  }
  return ticks;
}

const DRBD_EFFECTS = new Set(['drbd.promote', 'drbd.demote', 'mount', 'umount', 'nfs.start', 'nfs.stop', 'fence.peer']);

/** The stack's parameters from `doc.cluster` (FL265, FL266 through `ctx`). */
export function clusterParamsOf(doc: DesignDocument, ctx: BuildContext): HaStackParams {
  const c = doc['cluster'] as HaStackSection;
  if (c.nodes.length !== 2) ctx.fail(['cluster', 'nodes'], 'FL265', `the cluster has exactly 2 nodes, got ${c.nodes.length}`, 'the model covers the classic two-node keepalived + DRBD pair');
  const [a, b] = c.nodes as readonly [HaStackSection['nodes'][number], HaStackSection['nodes'][number]];
  if (a.name === b.name) ctx.fail(['cluster', 'nodes', 1, 'name'], 'FL265', `node "${b.name}" is defined twice`, 'give each node its own name');
  checkAdvertInt(c.vrrp, ctx);
  const routers = c.nodes.map((n) => {
    const priority = n.priority ?? (n.state === 'MASTER' ? 255 : 100);
    return { name: n.name, priority, initialState: n.state ?? (priority === 255 ? ('MASTER' as const) : ('BACKUP' as const)), nopreempt: n.nopreempt ?? false, preemptDelay: n.preempt_delay ?? 0, advertInt: c.vrrp.advert_int ?? 1 };
  });
  if (routers.every((r) => r.priority === 255)) ctx.fail(['cluster', 'nodes', 1, 'priority'], 'FL265', 'both nodes have priority 255 (address owner)', 'only one node may own the address; give the other 254 or less');
  const dns = c.service === 'dns';
  if (dns && c.drbd) ctx.fail(['cluster', 'drbd'], 'FL266', 'a dns cluster has no DRBD resource', 'remove `drbd:` or use service: nfs');
  if (dns && c.nfs) ctx.fail(['cluster', 'nfs'], 'FL266', 'a dns cluster has no NFS server', 'remove `nfs:` or use service: nfs');
  if (!dns && !c.drbd) ctx.fail(['cluster'], 'FL266', 'an nfs cluster needs its `drbd:` resource', 'add `drbd: { protocol: C }`');
  const scripts: readonly ScriptSection[] = c.vrrp_script === undefined ? [] : Array.isArray(c.vrrp_script) ? c.vrrp_script : [c.vrrp_script as ScriptSection];
  scripts.forEach((t, k) => {
    const at = Array.isArray(c.vrrp_script) ? ['cluster', 'vrrp_script', k] : ['cluster', 'vrrp_script'];
    if (t.check !== c.service) ctx.fail([...at, 'check'], 'FL266', `the script checks ${t.check}, but the cluster serves ${c.service}`, `use check: ${c.service}`);
    if (scripts.findIndex((u) => u.name === t.name) !== k) ctx.fail([...at, 'name'], 'FL266', `vrrp_script "${t.name}" is defined twice`, 'give each script its own name');
    t.missing_on?.forEach((node, j) => {
      if (!c.nodes.some((n) => n.name === node)) ctx.fail([...at, 'missing_on', j], 'FL292', `vrrp_script "${t.name}": missing_on names "${node}", which is no node of the cluster`, `name a node: ${c.nodes.map((n) => n.name).join(', ')}`);
    });
  });
  const process = c.track_process;
  if (process && process.check !== c.service) ctx.fail(['cluster', 'track_process', 'check'], 'FL266', `the process tracker follows ${process.check}, but the cluster serves ${c.service}`, `use check: ${c.service}`);
  if (process && scripts.some((t) => t.name === process.name)) ctx.fail(['cluster', 'track_process', 'name'], 'FL266', `"${process.name}" names a vrrp_script too`, 'give the process tracker its own name');
  const notify = c.notify ?? {};
  for (const script of ['master', 'backup', 'fault', 'stop'] as const) {
    (notify[script] ?? []).forEach((effect, k) => {
      if (dns && DRBD_EFFECTS.has(effect)) ctx.fail(['cluster', 'notify', script, k], 'FL266', `effect "${effect}" needs DRBD and NFS, and this cluster serves dns`, 'a dns cluster declares no notify effects');
    });
  }
  const kinds = doc.faults?.kinds as readonly HaStackFaultKind[] | undefined;
  const tracker = (t: ScriptSection): TrackerParams => ({
    name: t.name,
    check: t.check,
    interval: t.interval ?? 1,
    fall: t.fall ?? 1,
    rise: t.rise ?? 1,
    weight: t.weight ?? 0,
    ...(t.timeout !== undefined ? { timeout: t.timeout } : {}),
    ...(t.runtime !== undefined ? { runtime: t.runtime } : {}),
    ...(t.master_only ? { masterOnly: true } : {}),
    ...(t.missing_on !== undefined ? { missingOn: t.missing_on } : {}),
  });
  const trackers = [...scripts.map(tracker), ...(process ? [{ name: process.name, check: process.check, interval: 1, fall: 1, rise: 1, weight: process.weight ?? 0, process: true }] : [])];
  return {
    service: c.service,
    vrrp: { version: c.vrrp.version ?? 2, vrid: c.vrrp.vrid, routers },
    keepalived: {
      ...(trackers.length > 0 ? { trackers } : {}),
      ...(c.track_interface ? { trackInterface: { name: c.track_interface.name, weight: c.track_interface.weight ?? 0 } } : {}),
      notify,
      ...(c.supervisor ? { supervisor: { restart: c.supervisor.restart } } : {}),
    },
    ...(c.drbd ? { drbd: { protocol: c.drbd.protocol ?? 'C', fencing: c.drbd.fencing ?? 'dont-care', writes: c.drbd.writes ?? 1 } } : {}),
    ...(c.nfs?.client_state ? { nfsClients: c.nfs.client_state } : {}),
    ...(kinds !== undefined ? { faultKinds: kinds } : {}),
  };
}

/**
 * `advert_int` as the VRRP kind checks it (same codes): whole seconds for VRRPv2 (FL235), a
 * multiple of 0.01 s otherwise (FL236, VRRPv3 carries centiseconds). The model ticks a
 * quarter of the interval (decision 0003), so 0.5 s gives ticks of 0.125 s.
 */
function checkAdvertInt(vrrp: HaStackSection['vrrp'], ctx: BuildContext): void {
  const advertInt = vrrp.advert_int;
  if (advertInt === undefined) return;
  const where = ['cluster', 'vrrp', 'advert_int'];
  if ((vrrp.version ?? 2) === 2 && !Number.isInteger(advertInt)) {
    ctx.fail(where, 'FL235', `VRRPv2 advert_int must be whole seconds, got ${advertInt}`, 'use version: 3 for sub-second intervals, or a whole number of seconds');
  }
  if (Math.abs(advertInt * 100 - Math.round(advertInt * 100)) > 1e-9) {
    ctx.fail(where, 'FL236', `advert_int ${advertInt} s is not a multiple of 0.01 s`, 'VRRPv3 carries the interval in centiseconds');
  }
}
