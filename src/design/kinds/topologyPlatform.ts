/**
 * Spanning-tree identifier values checked against the platform a switch names
 * (`stp.platform`): what an IEEE 802.1D-2004 switch accepts differs from what the Linux kernel
 * bridge accepts (models/stp/platformRules.ts has the rules and their sources).
 *
 * The Linux rules apply only to the kernel's own STP (`mode: stp`): RSTP on Linux runs in
 * mstpd, which takes 802.1D-2004 values. A value the platform rejects is FL227 at that value;
 * a value the platform accepts but 802.1D-2004 switches do not (so the same design cannot be
 * written on a vendor switch or mstpd) is the warning FL228.
 */
import { PLATFORM_RULES } from '../../../models/stp/platformRules.js';
import type { StpPlatform } from '../../../models/stp/types.js';
import type { BuildContext, DocPath } from '../designKind.js';
import type { PortStpSection, SwitchSection, TopologySection } from './topologySchema.js';

const SECTION = 'topology';

/** The platform whose rules a switch's values follow: `linux` only with the kernel's STP. */
export function effectivePlatform(s: SwitchSection): StpPlatform {
  return s.stp?.platform === 'linux' && s.stp.mode === 'stp' ? 'linux' : 'ieee';
}

/** Checks every bridge priority, port priority and port number against its switch's platform. */
export function checkPlatformValues(section: TopologySection, ctx: BuildContext): void {
  const platformOf = new Map(section.switches.map((s) => [s.name, effectivePlatform(s)] as const));
  section.switches.forEach((s, i) => {
    const at = (...path: (string | number)[]): DocPath => [SECTION, 'switches', i, ...path];
    const platform = platformOf.get(s.name)!;
    const rules = PLATFORM_RULES[platform];
    const priority = s.stp?.priority;
    if (priority !== undefined) {
      if (!rules.bridgePriority(priority)) ctx.fail(at('stp', 'priority'), 'FL227', `switch ${s.name}: bridge priority ${priority} is not ${rules.bridgePriorityText}${nearest(priority, platform)}`, bridgeHint(s, priority));
      if (platform === 'linux' && priority % 4096 !== 0) {
        ctx.warn(at('stp', 'priority'), 'FL228', `switch ${s.name}: bridge priority ${priority} is accepted by the Linux kernel bridge but by no 802.1D-2004 switch or mstpd (multiples of 4096 only)`, 'the tree is computed with the value as Linux uses it; on other platforms write a multiple of 4096');
      }
    }
    (s.ports ?? []).forEach((port, j) => {
      if (typeof port === 'string') return;
      if (port.number !== undefined && port.number > rules.maxPortNumber) {
        ctx.fail(at('ports', j, 'number'), 'FL227', `switch ${s.name}: port number ${port.number} is above ${rules.maxPortNumber}, the most the Linux bridge's 10-bit port number holds`, 'number the port 1..1023, or leave the number out');
      }
      checkPortPriority(port.stp, platform, s.name, at('ports', j, 'stp', 'priority'), ctx);
    });
  });
  section.links.forEach((link, k) => {
    for (const end of [link.a, link.b]) {
      const platform = platformOf.get(end.split(':')[0] ?? '');
      if (platform !== undefined) checkPortPriority(link.stp, platform, end, [SECTION, 'links', k, 'stp', 'priority'], ctx);
    }
  });
}

function checkPortPriority(stp: PortStpSection | undefined, platform: StpPlatform, where: string, path: DocPath, ctx: BuildContext): void {
  const priority = stp?.priority;
  if (priority === undefined) return;
  const rules = PLATFORM_RULES[platform];
  if (!rules.portPriority(priority)) {
    const hint =
      platform === 'linux'
        ? `the Linux bridge keeps 6 bits of port priority: 0..63, default 32 (802.1D's ${priority <= 252 && priority % 4 === 0 ? `${priority} is Linux ${priority / 4}` : '128 is Linux 32'})`
        : `802.1D-2004 keeps the 4 high bits: use 0, 16, ..., 240 (default 128)${priority <= 63 ? '; a Linux kernel bridge (mode: stp) takes 0..63: say platform: linux' : ''}`;
    ctx.fail(path, 'FL227', `${where}: port priority ${priority} is not ${rules.portPriorityText}`, hint);
  }
  if (platform === 'linux' && priority % 4 !== 0) {
    ctx.warn(path, 'FL228', `${where}: Linux port priority ${priority} has no 802.1D-2004 equivalent (steps of 16 there, 4 Linux steps)`, 'the tree is computed with the port id Linux sends (priority << 10 | port number)');
  }
}

/** ` (the nearest are 4096 and 8192)` for an 802.1D-2004 priority off the step. */
function nearest(priority: number, platform: StpPlatform): string {
  if (platform !== 'ieee' || priority > 61440) return '';
  const below = Math.floor(priority / 4096) * 4096;
  return ` (the nearest are ${below} and ${below + 4096})`;
}

function bridgeHint(s: SwitchSection, priority: number): string {
  const nearest = Math.min(61440, Math.round(priority / 4096) * 4096);
  if (s.stp?.platform === 'linux' && s.stp.mode !== 'stp') {
    return `RSTP on Linux runs in mstpd, which takes 802.1D-2004 priorities (multiples of 4096, e.g. ${nearest}); only the kernel's own STP (mode: stp) accepts any 0..65535`;
  }
  if (priority > 65535) return 'a bridge priority is 16 bits at most (0..65535), and 0..61440 in steps of 4096 on 802.1D-2004 switches';
  return `802.1D-2004 keeps the 4 high bits of the priority: use a multiple of 4096 (e.g. ${nearest}); a Linux kernel bridge (mode: stp) accepts any 0..65535: say platform: linux`;
}
