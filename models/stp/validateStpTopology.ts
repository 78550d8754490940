/**
 * Structural checks on an `StpTopology`, so `convergeStp` can index without guessing.
 * Violations are reported together as `FL311` diagnostics in one `FaultlineError`.
 */
import { FaultlineError, type Diagnostic } from '../../src/core/errors.js';
import { isMac } from './identifiers.js';
import { PLATFORM_RULES } from './platformRules.js';
import { portKey, type StpTopology } from './types.js';

/** Throws a `FaultlineError` (code FL311) listing every structural problem of `topology`. */
export function validateStpTopology(topology: StpTopology): void {
  const problems: string[] = [];
  const bridges = new Set<string>();
  const macs = new Map<string, string>();
  for (const b of topology.bridges) {
    if (bridges.has(b.id)) problems.push(`bridge ${b.id} is defined twice`);
    bridges.add(b.id);
    const rules = PLATFORM_RULES[b.platform ?? 'ieee'];
    if (!rules.bridgePriority(b.priority)) problems.push(`bridge ${b.id}: priority ${b.priority} is not ${rules.bridgePriorityText}`);
    if (!isMac(b.mac)) problems.push(`bridge ${b.id}: mac ${b.mac} is not a MAC address`);
    const mac = b.mac.toLowerCase().replace(/-/g, ':');
    const other = macs.get(mac);
    if (other !== undefined) problems.push(`bridge ${b.id}: mac ${b.mac} is already the mac of ${other}`);
    macs.set(mac, b.id);
  }
  const platformOf = new Map(topology.bridges.map((b) => [b.id, b.platform] as const));
  const ports = new Set<string>();
  const numbers = new Set<string>();
  for (const p of topology.ports) {
    const key = portKey(p.bridge, p.name);
    if (!bridges.has(p.bridge)) problems.push(`port ${key}: unknown bridge ${p.bridge}`);
    if (ports.has(key)) problems.push(`port ${key} is defined twice`);
    ports.add(key);
    const numberKey = `${p.bridge}#${p.number}`;
    if (numbers.has(numberKey)) problems.push(`port ${key}: number ${p.number} is already used on ${p.bridge}`);
    numbers.add(numberKey);
    const rules = PLATFORM_RULES[platformOf.get(p.bridge) ?? 'ieee'];
    if (!Number.isInteger(p.number) || p.number < 1 || p.number > rules.maxPortNumber)
      problems.push(`port ${key}: number ${p.number} is not in 1..${rules.maxPortNumber}`);
    if (!rules.portPriority(p.priority)) problems.push(`port ${key}: priority ${p.priority} is not ${rules.portPriorityText}`);
    if (!Number.isInteger(p.cost) || p.cost < 1) problems.push(`port ${key}: cost ${p.cost} is not an integer ≥ 1`);
  }
  const linkIds = new Set<string>();
  const linked = new Set<string>();
  for (const l of topology.links) {
    if (linkIds.has(l.id)) problems.push(`link ${l.id} is defined twice`);
    linkIds.add(l.id);
    for (const end of [l.a, l.b]) {
      const key = portKey(end.bridge, end.port);
      if (!ports.has(key)) problems.push(`link ${l.id}: unknown port ${key}`);
      else if (linked.has(key)) problems.push(`link ${l.id}: port ${key} is already on another link`);
      linked.add(key);
    }
  }
  if (problems.length === 0) return;
  const diagnostics: Diagnostic[] = problems.map((message) => ({ code: 'FL311', message }));
  throw new FaultlineError(diagnostics);
}
