/**
 * Spanning-tree protections on switch ports (`edge`, `bpdu_guard`, `root_guard`, `loop_guard`,
 * on a port's `stp:` or a link's, the port's own value winning), checked where vendors refuse
 * or ignore a combination. The behaviour itself is in the model (models/l2/bpduGuard.ts,
 * models/l2/stpForwarding.ts; decision 0034).
 *
 * - FL295 root guard and loop guard on one port: a port has one guard mode (Cisco and Arista
 *   `spanning-tree guard root|loop|none`; Dell OS9 "Cannot configure RootGuard" when loop guard
 *   is on).
 * - FL296 loop guard on an edge port: an edge port expects no BPDUs, so loop guard cannot apply
 *   (HPE Comware `stp edged-port`: "the loop guard feature and the edge port setting are
 *   mutually exclusive"; Cisco: loop guard is not enabled on PortFast ports).
 * - FL297 warning: an edge port cabled to a switch. It loses edge status on the first BPDU
 *   (802.1D-2004 §17.19.17, §17.25), so the converged tree is the tree without `edge`; but it
 *   forwards at once on every link-up, before that BPDU — a loop for up to a hello time that the
 *   converged level does not show — and BPDU guard, if set, err-disables it.
 * - FL298 warning: a guard or edge setting on a switch that runs no spanning tree (`mode: none`)
 *   has no effect.
 */
import type { BuildContext, DocPath } from '../designKind.js';
import type { PortStpSection, TopologySection } from './topologySchema.js';

const SECTION = 'topology';
const GUARD_KEYS = ['edge', 'bpdu_guard', 'root_guard', 'loop_guard'] as const;
type GuardKey = (typeof GUARD_KEYS)[number];

/** One port's effective guard settings, each with where it was written. */
type Settings = Map<GuardKey, { readonly value: boolean; readonly path: DocPath }>;

/** Checks the guard settings of every switch port of `section`. */
export function checkPortGuards(section: TopologySection, ctx: BuildContext): void {
  const switches = new Map(section.switches.map((s) => [s.name, s] as const));
  const settings = new Map<string, Settings>();
  const record = (label: string, stp: PortStpSection | undefined, base: DocPath, own: boolean) => {
    if (stp === undefined) return;
    const current = settings.get(label) ?? new Map();
    for (const key of GUARD_KEYS) {
      const value = stp[key];
      if (value !== undefined && (own || !current.has(key))) current.set(key, { value, path: [...base, key] });
    }
    settings.set(label, current);
  };
  const peers = new Map<string, string>();
  section.links.forEach((link, k) => {
    peers.set(link.a, link.b);
    peers.set(link.b, link.a);
    for (const end of [link.a, link.b]) if (switches.has(end.split(':')[0]!)) record(end, link.stp, [SECTION, 'links', k, 'stp'], false);
  });
  section.switches.forEach((s, i) =>
    (s.ports ?? []).forEach((port, j) => {
      if (typeof port !== 'string') record(`${s.name}:${port.name}`, port.stp, [SECTION, 'switches', i, 'ports', j, 'stp'], true);
    }),
  );
  for (const [label, set] of settings) {
    const on = (key: GuardKey) => set.get(key)?.value === true;
    const [switchName] = label.split(':');
    const sw = switches.get(switchName!)!;
    if (sw.stp?.mode === 'none') {
      const first = GUARD_KEYS.find(on);
      if (first !== undefined) ctx.warn(set.get(first)!.path, 'FL298', `port ${label}: ${first} has no effect: ${sw.name} runs no spanning tree (stp.mode none)`, 'guards and edge ports are spanning-tree features; set stp.mode to rstp or stp, or leave the setting out');
      continue;
    }
    if (on('root_guard') && on('loop_guard')) {
      ctx.fail(set.get('loop_guard')!.path, 'FL295', `port ${label}: root_guard and loop_guard on one port`, 'a port has one guard mode (spanning-tree guard root | loop): root guard where the root must never appear, loop guard on root and alternate ports');
    }
    if (on('loop_guard') && on('edge')) {
      ctx.fail(set.get('loop_guard')!.path, 'FL296', `port ${label}: loop_guard on an edge port`, 'an edge port expects no BPDUs, so loop guard cannot act there; use bpdu_guard on edge ports');
    }
    const peer = peers.get(label);
    const peerNode = peer === undefined ? undefined : switches.get(peer.split(':')[0]!);
    if (on('edge') && peerNode !== undefined) {
      const guard = on('bpdu_guard') ? '; with bpdu_guard it is err-disabled as soon as a BPDU arrives' : '';
      ctx.warn(
        set.get('edge')!.path,
        'FL297',
        `port ${label} is an edge port cabled to switch ${peerNode.name}: it loses edge status on the first BPDU, but forwards at once on every link-up until then (a loop for up to a hello time)${guard}`,
        'make only ports that face hosts and routers edge ports; `no-forwarding-loop: { link_up: true }` checks that window',
      );
    }
  }
}
