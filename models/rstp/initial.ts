/**
 * Initial states: `cold` — every bridge has just enabled its ports (all information aged, so
 * every port is a designated port that proposes); `converged` — the steady state reached from
 * the cold start by one fixed schedule (deliver the lowest-numbered BPDU in flight first; when
 * none is in flight, let a hello pass) once a further hello changes nothing.
 */
import { FaultlineError } from '../../src/core/errors.js';
import { codecOf } from '../../src/core/layout.js';
import type { RstpConfig } from './config.js';
import { draftOf, type Draft } from './draft.js';
import { runBridge } from './bridgeRun.js';
import { deliver } from './receive.js';
import { DISABLED_PORT, rstpLayout, type RstpState } from './state.js';
import { tick } from './timers.js';

const MAX_HELLOS = 200;

/** Every bridge up, every link up, every bridge has run once on aged information. */
export function coldState(config: RstpConfig): RstpState {
  const d: Draft = {
    bridges: config.bridges.map(() => 'up'),
    links: config.links.map(() => true),
    ports: config.ports.map(() => ({ ...DISABLED_PORT, info: 'aged', role: 'designated' })),
    slots: config.ports.map(() => null),
  };
  config.bridges.forEach((_, b) => runBridge(config, d, b, true));
  return freeze(d);
}

/** The steady state of the fixed schedule from the cold start. */
export function convergedState(config: RstpConfig): RstpState {
  const codec = codecOf(rstpLayout(config));
  const key = (s: RstpState) => {
    const out = new Uint8Array(codec.width);
    codec.encode(s, out);
    return out.join(',');
  };
  let s = settle(config, coldState(config));
  for (let i = 0; i < MAX_HELLOS; i++) {
    const d = draftOf(s);
    tick(config, d);
    const next = settle(config, freeze(d));
    if (key(next) === key(s)) return s;
    s = next;
  }
  throw new FaultlineError({ code: 'FL302', message: `RSTP did not reach a steady state in ${MAX_HELLOS} hellos from a cold start` });
}

/** Delivers every BPDU in flight, lowest sending port first, until none is left. */
function settle(config: RstpConfig, s: RstpState): RstpState {
  const d = draftOf(s);
  for (let guard = 0; guard < 10_000; guard++) {
    const p = d.slots.findIndex((m) => m !== null);
    if (p < 0) return freeze(d);
    deliver(config, d, p);
  }
  throw new FaultlineError({ code: 'FL302', message: 'RSTP BPDUs kept flowing without time passing' });
}

/** A draft as a state value. */
export function freeze(d: Draft): RstpState {
  return { bridges: d.bridges, links: d.links, ports: d.ports, slots: d.slots };
}
