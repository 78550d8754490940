/**
 * Cisco vPC on peer-link loss with the keepalive up: the secondary suspends its vPC members and
 * shuts its SVIs (`secondary_svis: down`), so an orphan host on it loses its gateway, unless its
 * port is suspended too (`orphan_suspend`, `vpc orphan-port suspend`) and its bond fails over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign, type LoadedDesign } from '../../../src/design/loadDesign.js';
import { checkShipped, shippedPath, verdicts, violationActions } from '../../fixtures/designs.js';
import { diagnosticsOf } from '../../design/diagnosticsOf.js';

const PITFALL = readFileSync(shippedPath('vpc-orphan-port.pitfall'), 'utf8');

function variant(from: string, to: string): LoadedDesign {
  return parseDesign(PITFALL.replace(from, to), 't.yaml', [topologyKind]);
}

/** Whether `gateway-reachable` holds with the elements `ids` failed. */
function served(design: LoadedDesign, ...ids: string[]): boolean {
  const model = design.model as L2Model;
  const p = design.properties.find((x) => x.name === 'gateway-reachable')!;
  return p.holds({ failed: ids.map((id) => model.candidates.findIndex((e) => e.id === id)).sort((a, b) => a - b) });
}

describe('the vpc-orphan-port designs', () => {
  it('pitfall: the orphan host on the secondary loses its gateway when the peer-link fails', () => {
    const result = checkShipped('vpc-orphan-port.pitfall');
    expect(verdicts(result)).toEqual({ 'lag-formed': 'holds', 'gateway-reachable': 'violated' });
    expect(violationActions(result, 'gateway-reachable')).toEqual(['MC-LAG vpc1 peer-link down (peer-a, peer-b)']);
  });

  it('fix: orphan-port suspend moves the orphan’s bond to the primary; every single fault holds', () => {
    const result = checkShipped('vpc-orphan-port.fix');
    expect(verdicts(result)).toEqual({ 'lag-formed': 'holds', 'gateway-reachable': 'holds' });
  });
});

describe('the secondary’s SVIs on peer-link loss', () => {
  it('keep serving the orphan when the domain says up (the previous behaviour)', () => {
    expect(served(variant('secondary_svis: down }', 'secondary_svis: up }'), 'peer-link:vpc1')).toBe(true);
  });

  it('stay up when the keepalive is down too: the secondary does not suspend (dual-active instead)', () => {
    expect(served(variant('', ''), 'peer-link:vpc1', 'keepalive:vpc1')).toBe(true);
  });

  it('rejects an orphan port that is no port of the secondary', () => {
    const [d] = diagnosticsOf(() => variant('secondary_svis: down }', 'secondary_svis: down, orphan_suspend: [p9] }'));
    expect(d?.code).toBe('FL218');
    expect(d?.message).toBe('orphan_suspend: "p9" is no port of the secondary Leaf2');
  });
});
