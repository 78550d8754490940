import { describe, expect, it } from 'vitest';
import { check } from '../../../src/api/runs.js';
import { loadDesign } from '../../../src/design/loadDesign.js';
import type { DesignPicture, PictureMark } from '../../../src/design/picture/designPicture.js';
import type { StateView } from '../../../src/core/model.js';

const designs = 'models/designs';

/** The views along the first violation's trace, initial state first. */
function violationViews(file: string): { picture: DesignPicture; views: StateView[]; actions: string[] } {
  const design = loadDesign(`${designs}/${file}`);
  const result = check(design);
  const v = result.status === 'error' ? undefined : result.verdicts.find((x) => x.status === 'violated');
  if (v?.status !== 'violated') throw new Error(`${file}: no violation`);
  return { picture: design.picture!(), views: [v.trace.initialView, ...v.trace.steps.map((s) => s.view)], actions: v.trace.steps.map((s) => s.action) };
}

const has = (marks: readonly PictureMark[], element: string, mark: string) => marks.some((m) => m.element === element && m.mark === mark);

describe('the picture of a topology design', () => {
  it('draws every switch, host and link of the topology, with the ports at each end', () => {
    const picture = loadDesign(`${designs}/l1-failure-points.pitfall.yaml`).picture!();
    expect(picture.graph.nodes().sort()).toEqual(['Server1', 'Server2', 'Switch1', 'Switch2']);
    expect(picture.graph.edges()).toHaveLength(4);
    const isl = picture.graph.edges().map((e) => picture.graph.edge(e)).find((e) => e.id.includes('Switch1:p48'))!;
    expect(isl.ports.map((p) => p.port).sort()).toEqual(['Switch1:p48', 'Switch2:p48']);
  });

  it('puts switches above the hosts', () => {
    const { graph } = loadDesign(`${designs}/l5-access-mii.pitfall.yaml`).picture!();
    expect(graph.node('Switch1').tier).toBeLessThan(graph.node('Server1').tier);
  });

  it('marks the failed switch, the unreachable pair and the bond slaves in use after the fault', () => {
    const { picture, views, actions } = violationViews('l5-access-mii.pitfall.yaml');
    expect(actions).toEqual(['switch Switch1 down']);
    const before = picture.marks(views[0]!);
    const after = picture.marks(views[1]!);
    expect(has(before, 'n:Switch1', 'failed')).toBe(false);
    expect(has(after, 'n:Switch1', 'failed')).toBe(true);
    expect(has(after, 'p:Server1:eth1', 'active')).toBe(true);
    expect(has(after, 'n:Server1', 'unreachable')).toBe(true);
  });

  it('marks the ports spanning tree blocks', () => {
    const picture = loadDesign(`${designs}/l6-loop.fix.yaml`).picture!();
    const design = loadDesign(`${designs}/l6-loop.fix.yaml`);
    const view = design.model.view!(design.model.initialStates()[0]);
    const blocked = picture.marks(view).filter((m) => m.mark === 'blocked');
    expect(blocked.length).toBeGreaterThan(0);
    for (const m of blocked) expect(picture.graph.edges().some((e) => picture.graph.edge(e).ports.some((p) => `p:${p.port}` === m.element))).toBe(true);
  });

  it('marks a spof row\'s elements from their fault ids', () => {
    const picture = loadDesign(`${designs}/l1-failure-points.pitfall.yaml`).picture!();
    expect(picture.faultMarks(['switch:Switch1', 'nic:Server1:eth0', 'link:Server1:eth0—Switch1:p1'])).toEqual([
      { element: 'n:Switch1', mark: 'failed' },
      { element: 'p:Server1:eth0', mark: 'failed' },
      { element: 'e:Server1:eth0—Switch1:p1', mark: 'failed' },
    ]);
  });
});

describe('the pictures of cluster designs', () => {
  it('a VRRP design marks the router that becomes MASTER, from the step it does', () => {
    const { picture, views, actions } = violationViews('r6-advert-mismatch.pitfall.yaml');
    const at = actions.indexOf('downTimer(gw-a)') + 1;
    expect(has(picture.marks(views[at - 1]!), 'n:gw-a', 'master')).toBe(false);
    expect(has(picture.marks(views[at]!), 'n:gw-a', 'master')).toBe(true);
  });

  it('a keepalived + DRBD cluster marks a crashed node, the VRRP master and the DRBD Primary', () => {
    const { picture, views, actions } = violationViews('s2-keepalived-drbd.pitfall.yaml');
    const crash = actions.indexOf('crash(nfs-a)') + 1;
    expect(has(picture.marks(views[crash]!), 'n:nfs-a', 'failed')).toBe(true);
    const marks = views.flatMap((v) => picture.marks(v));
    expect(marks.some((m) => m.mark === 'master')).toBe(true);
    expect(marks.some((m) => m.mark === 'primary')).toBe(true);
    expect(picture.graph.edges().map((e) => picture.graph.edge(e).id)).toEqual(['VRRP LAN', 'DRBD replication']);
  });

  it('a DRBD design marks the Primary', () => {
    const { picture, views } = violationViews('s1-drbd-protocol.pitfall.yaml');
    expect(views.some((v) => picture.marks(v).some((m) => m.mark === 'primary'))).toBe(true);
  });

  it('a site design draws its network and marks the failed switch and the stack on its hosts', () => {
    const { picture, views, actions } = violationViews('site-mii-uplink.pitfall.yaml');
    expect(picture.graph.hasNode('nfs-a')).toBe(true);
    const fault = actions.findIndex((a) => /down$/.test(a)) + 1;
    const failed = picture.marks(views[fault]!).filter((m) => m.mark === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(views.some((v) => picture.marks(v).some((m) => m.element === 'n:nfs-a' && m.mark === 'primary'))).toBe(true);
  });

  it('kinds without a picture say so by having none', () => {
    expect(loadDesign(`${designs}/d1-resolver-timeout.pitfall.yaml`).picture).toBeUndefined();
  });
});

describe('the picture of an RSTP protocol design', () => {
  it('draws the bridges and links, marks the root, the failed root bridge and the discarding ports', () => {
    const { picture, views, actions } = violationViews('rstp-root-failure.pitfall.yaml');
    expect(picture.graph.nodes().sort()).toEqual(['a', 'b', 'c', 'r']);
    expect(picture.graph.node('r').tier).toBeLessThan(picture.graph.node('c').tier);
    expect(has(picture.marks(views[0]!), 'n:r', 'root')).toBe(true);
    const down = actions.findIndex((a) => /r/.test(a) && /fail|down|crash/.test(a)) + 1;
    expect(down).toBeGreaterThan(0);
    expect(has(picture.marks(views[down]!), 'n:r', 'failed')).toBe(true);
    expect(views.some((v) => picture.marks(v).some((m) => m.mark === 'blocked'))).toBe(true);
  });
});
