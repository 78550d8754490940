/**
 * The LVS design kind: an `lvs:` section with one keepalived virtual server (IPVS rr, DR),
 * real DNS servers, a MISC_CHECK running dig, and one director or a VRRP pair, built into the
 * LVS model (models/lvs) and its properties (properties/lvs.ts). Scenario D3.
 *
 * Semantic errors (exit 2, pointing at the offending key):
 * - FL276 two directors or real servers with one name, or two real servers with one address
 * - FL277 a real server port differing from the virtual server port (DR forbids it: ipvsadm(8))
 * - FL279 an unknown property or a bad property parameter under `check:`
 */
import { LVS_FAULT_KINDS, type LvsConfig, type LvsFaultKind, type LvsParams } from '../../../models/lvs/config.js';
import { createLvsModel } from '../../../models/lvs/model.js';
import type { LvsState } from '../../../models/lvs/state.js';
import { deadServerLeavesPool, LVS_PROPERTY_NAMES, noQueryToKnownDead, serviceWithin, type LvsPropertyName } from '../../../properties/lvs.js';
import type { BuildContext, DesignDocument, DesignKind, PropertyRequest } from '../designKind.js';
import { buildProperties, kindProperties, propertyTable } from '../propertyTable.js';
import { WHOLE_SECONDS } from '../paramShapes.js';
import { lvsSectionSchema, type LvsSection } from './lvsSchema.js';

const FAULT_KINDS: Readonly<Record<LvsFaultKind, string>> = {
  'server-host': "a real server's host dies (silent: dig waits for its timeout) and later boots",
  'server-daemon': "a real server's DNS daemon stops on a live host (refused at once) and later starts",
  director: 'an LVS director dies (with keepalived and its IPVS table) and later restarts',
};

/** The largest bound a `within` property accepts (src/core/property.ts). */
const MAX_BOUND = 254;

/** The LVS properties (FL279 for a parameter a property does not take). */
export const LVS_PROPERTIES = propertyTable<LvsState, LvsConfig, LvsPropertyName>(LVS_PROPERTY_NAMES, 'FL279', {
  'dead-server-leaves-pool': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => deadServerLeavesPool(config, secondsOf(request, ctx) ?? config.checkBoundTicks) },
  'service-within': { params: ['seconds'], shapes: { seconds: WHOLE_SECONDS }, build: (request, config, ctx) => serviceWithin(config, secondsOf(request, ctx)) },
  'no-query-to-known-dead': { params: [], build: () => noQueryToKnownDead() },
});

/** `lvs:` designs. */
export const lvsKind: DesignKind<LvsState> = {
  section: 'lvs',
  description: 'An LVS (IPVS rr/DR) virtual server with keepalived MISC_CHECK health checks, one director or a VRRP pair',
  sectionSchema: lvsSectionSchema,
  ...kindProperties(LVS_PROPERTIES),
  faultKinds: FAULT_KINDS,
  build(doc, ctx) {
    const model = createLvsModel(paramsOf(doc, ctx));
    const properties = buildProperties(LVS_PROPERTIES, doc.check, model.config, ctx);
    return { model, properties, options: { maxFaults: doc.faults?.budget ?? 1 } };
  },
};

/** `seconds` of a `within` property (ticks are seconds), or undefined for the default. */
function secondsOf(request: PropertyRequest, ctx: BuildContext): number | undefined {
  const value = request.params['seconds'];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_BOUND) {
    return ctx.fail([...request.path, 'seconds'], 'FL279', `${request.name}: seconds must be an integer in 0..${MAX_BOUND}, got ${JSON.stringify(value)}`, 'the LVS model counts whole seconds');
  }
  return value;
}

function paramsOf(doc: DesignDocument, ctx: BuildContext): LvsParams {
  const section = doc['lvs'] as LvsSection;
  const seen = new Map<string, string>();
  const claim = (key: string, what: string, path: (string | number)[]) => {
    const other = seen.get(key);
    if (other !== undefined) ctx.fail(path, 'FL276', `${what} is already used by ${other}`, 'give every director and real server its own name, and every real server its own address');
    seen.set(key, what);
  };
  section.directors.forEach((d, i) => claim(`name:${d.name}`, `name "${d.name}"`, ['lvs', 'directors', i, 'name']));
  section.real_servers.forEach((r, i) => {
    claim(`name:${r.name}`, `name "${r.name}"`, ['lvs', 'real_servers', i, 'name']);
    claim(`addr:${r.address}`, `address ${r.address}`, ['lvs', 'real_servers', i, 'address']);
    if (r.port !== undefined && r.port !== section.virtual_server.port) {
      ctx.fail(['lvs', 'real_servers', i, 'port'], 'FL277', `real server "${r.name}" uses port ${r.port}, the virtual server ${section.virtual_server.port}`, 'with lvs_method DR the real server port must equal the virtual service port (ipvsadm(8) --real-server)');
    }
  });
  const c = section.misc_check;
  const kinds = doc.faults?.kinds as readonly LvsFaultKind[] | undefined;
  return {
    directors: section.directors.map((d) => ({ name: d.name, priority: d.priority ?? 100 })),
    advertInt: section.advert_int ?? 1,
    realServers: section.real_servers.map((r) => r.name),
    check: {
      delayLoop: c.delay_loop ?? 60,
      ...(c.misc_timeout !== undefined ? { miscTimeout: c.misc_timeout } : {}),
      digSeconds: c.dig_seconds ?? 15,
      retry: c.retry ?? 0,
      delayBeforeRetry: c.delay_before_retry ?? 1,
      alpha: c.alpha ?? false,
    },
    faultKinds: kinds ?? LVS_FAULT_KINDS,
  };
}
