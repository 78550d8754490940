/**
 * Faults and repairs: a real server's host dies / boots (its daemon starts with it), its DNS
 * daemon stops / starts on a live host, a director dies / restarts (keepalived with it: the
 * IPVS table is rebuilt from the configuration, checkers start afresh).
 */
import type { LvsFault } from './actions.js';
import { freshChecks } from './checks.js';
import type { LvsConfig } from './config.js';
import type { DirectorState, LvsState } from './state.js';
import { armTakeover } from './vip.js';

/** Enabled faults in a fixed order: per real server host then daemon, then per director. */
export function enabledLvsFaults(config: LvsConfig, s: LvsState): LvsFault[] {
  const out: LvsFault[] = [];
  s.servers.forEach((r, server) => {
    if (config.faultKinds.has('server-host')) out.push({ type: r.host ? 'hostDown' : 'hostUp', server });
    if (config.faultKinds.has('server-daemon') && r.host) out.push({ type: r.daemon ? 'daemonStop' : 'daemonStart', server });
  });
  if (config.faultKinds.has('director')) {
    s.directors.forEach((d, director) => out.push({ type: d.up ? 'directorCrash' : 'directorRestart', director }));
  }
  return out;
}

/** The state after a fault or repair. */
export function applyLvsFault(config: LvsConfig, s: LvsState, f: LvsFault): LvsState {
  switch (f.type) {
    case 'hostDown':
    case 'hostUp':
    case 'daemonStop':
    case 'daemonStart': {
      const servers = [...s.servers];
      const r = servers[f.server]!;
      servers[f.server] =
        f.type === 'hostDown' ? { ...r, host: false } : f.type === 'hostUp' ? { host: true, daemon: true } : { ...r, daemon: f.type === 'daemonStart' };
      return { ...s, servers };
    }
    case 'directorCrash': {
      const directors: DirectorState[] = [...s.directors];
      directors[f.director] = { up: false, takeover: -1, checks: freshChecks(config).map((c) => ({ ...c, inPool: false, timer: 0 })) };
      const t: LvsState = { ...s, directors, holder: s.holder === f.director ? -1 : s.holder };
      directors.forEach((_, d) => armTakeover(config, t, directors, d));
      return t;
    }
    case 'directorRestart': {
      const directors: DirectorState[] = [...s.directors];
      directors[f.director] = { up: true, takeover: -1, checks: freshChecks(config) };
      armTakeover(config, s, directors, f.director);
      return { ...s, directors };
    }
  }
}
