import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, faultline } from './runFaultline.js';

const PITFALL = 'models/designs/site-dns-heartbeat-cable.pitfall.yaml';
const NARROWED = 'models/designs/site-mii-uplink.pitfall.yaml';

beforeAll(buildOnce, 120_000);

describe('faultline on a site design', () => {
  it('prints the fault kinds and the budget it explored, and the violation with exit 1', () => {
    const run = faultline('check', PITFALL);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('single-master-seen  VIOLATED');
    expect(run.stdout).toContain('link ns1:eth2—ns2:eth2 down  [fault]');
    expect(run.stdout).toContain('faults: budget 1; kinds: link, inter-switch-link, nic, switch-port, switch, router, gray-link, gray-switch, one-way, crash, stop, kill, daemon; not explored: rogue-bridge (add them to faults.kinds)');
  });

  it('says which kinds a narrowed design left out, in text and in JSON', () => {
    const text = faultline('check', NARROWED, '--max-states', '200');
    expect(text.stdout).toContain('not explored: gray-link, gray-switch, one-way, rogue-bridge (add them to faults.kinds)');
    const json = JSON.parse(faultline('check', NARROWED, '--max-states', '200', '--format', 'json').stdout) as { design: { faults: { explored: string[]; omitted: string[] } } };
    expect(json.design.faults.omitted).toEqual(['gray-link', 'gray-switch', 'one-way', 'rogue-bridge']);
    expect(json.design.faults.explored).toContain('crash');
  });

  it('sweeps every element of the site with spof and exits 1 on what breaks', () => {
    const run = faultline('spof', PITFALL);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/link ns1:eth2—ns2:eth2 down\s+single-master-seen\s+client1 reaches VIP holders ns1, ns2/);
  });
});
