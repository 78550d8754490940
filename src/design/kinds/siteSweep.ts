/**
 * `faultline spof` over a whole site (docs/decisions/0017-site-composition.md): every single
 * element — cable, NIC, switch port, switch, router, gray or one-way link, and each cluster
 * node's crash, keepalived stop and kill, and daemon stop — and what it breaks end to end.
 *
 * A fault set is judged by the protocol-level check of the site restricted to those faults
 * (each may strike once, at any point of the HA layer's execution). Elements are classed by
 * their physical effect (a link, its ports and the NIC at its end: models/l2 `effectKey`), so
 * classes stay exact in any combination; the checks themselves are shared between fault sets
 * the HA layer cannot tell apart: the stack observes the network only through the site's
 * channels (models/site/links.ts), so two network fault sets of at most two elements whose
 * subsets give equal channels give equal checks. A single element that changes no channel is
 * the healthy site (`baseline`). The unreduced check of each class set is what the memo
 * stands for; `test/design/kinds/siteSweep.test.ts` compares the two on the reference sites.
 */
import { effectKey, type FaultElement } from '../../../models/l2/faults.js';
import type { SiteAction, SiteModel } from '../../../models/site/model.js';
import { linksSignature } from '../../../models/site/model.js';
import { restrictFaults } from '../../../models/site/restrictFaults.js';
import type { SiteState } from '../../../models/site/state.js';
import { initialStatesOf, replayPath, successorsOf } from '../../core/successors.js';
import type { Property } from '../../core/property.js';
import type { Trace } from '../../core/trace.js';
import { check } from '../../explore/check.js';
import type { Break, SweepSubject } from '../../explore/sweepTypes.js';
import type { DesignSweep } from '../designKind.js';
import { siteEvidence } from './siteEvidence.js';

/** The service failures a sweep strikes on each node, by fault kind. */
const SERVICE_FAULTS = [
  ['crash', 'crash'],
  ['stop', 'stop'],
  ['kill', 'kill'],
  ['daemon', 'daemonStop'],
] as const;

/** A failable element of a site: a network element, or one service fault of one node. */
export type SiteElement =
  | { readonly kind: 'network'; readonly index: number; readonly element: FaultElement }
  | { readonly kind: 'service'; readonly id: string; readonly label: string; readonly action: SiteAction };

function sameAction(a: SiteAction, b: SiteAction): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fault action that strikes `e`. */
function actionOf(e: SiteElement): SiteAction {
  return e.kind === 'network' ? { type: 'fail', element: e.index } : e.action;
}

/** Every non-empty subset of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

/** The site's sweep: subject, fault steps, and traces that show the HA layer's response. */
export function siteSweep(model: SiteModel, properties: readonly Property<SiteState>[]): DesignSweep<SiteElement> {
  const network: SiteElement[] = model.network.candidates.map((element, index) => ({ kind: 'network', index, element }));
  const kinds = model.config.ha.faultKinds;
  const service: SiteElement[] = SERVICE_FAULTS.filter(([kind]) => kinds.has(kind)).flatMap(([, type]) =>
    ([0, 1] as const).map((node) => {
      const action: SiteAction = { type, node };
      const label = model.formatAction!(action);
      return { kind: 'service', id: `service:${label}`, label, action } as const;
    }),
  );
  const elements = [...network, ...service];
  const topo = model.network.context.topo;
  const healthy = linksSignature(model, []);
  const signature = (failed: readonly SiteElement[]): string => {
    const net = failed.flatMap((e) => (e.kind === 'network' ? [e.index] : []));
    const serviceIds = failed.flatMap((e) => (e.kind === 'service' ? [e.id] : [])).sort();
    if (net.length > 2) return `exact:${net.join(',')}|${serviceIds.join(',')}`;
    const sigs = subsets(net).map((s) => linksSignature(model, [...s].sort((a, b) => a - b)));
    const singles = sigs.slice(0, net.length === 2 ? 2 : 1).sort();
    return `${singles.join('&')}#${sigs[sigs.length - 1] ?? ''}|${serviceIds.join(',')}`;
  };
  const memo = new Map<string, { breaks: Break[]; trace: readonly SiteAction[] | null }>();
  const judge = (failed: readonly SiteElement[]) => {
    const key = signature(failed);
    let found = memo.get(key);
    if (found === undefined) {
      const allowed = failed.map(actionOf);
      const restricted = restrictFaults(model, (a) => allowed.some((b) => sameAction(a, b)));
      const result = check(restricted, properties, { maxFaults: failed.length });
      const breaks: Break[] = [];
      let trace: readonly SiteAction[] | null = null;
      if (result.status !== 'error') {
        result.verdicts.forEach((v, p) => {
          if (v.status !== 'violated') return;
          const steps = v.trace.steps;
          const last = steps[steps.length - 1]?.state ?? v.trace.initial;
          breaks.push({ property: p, details: [`${siteEvidence(model, v.property.name, last)} (after ${steps.length} steps)`] });
          trace ??= steps.map((s) => s.actionValue as SiteAction);
        });
      }
      found = { breaks, trace };
      memo.set(key, found);
    }
    return found;
  };
  const subject: SweepSubject<SiteElement> = {
    properties: properties.map((p) => p.name),
    elements: () => elements,
    id: (e) => (e.kind === 'network' ? e.element.id : e.id),
    label: (e) => (e.kind === 'network' ? e.element.label : e.label),
    equivalenceKey: (e) => (e.kind === 'network' ? effectKey(topo, e.element) : e.id),
    evaluate: (failed) => judge(failed).breaks,
    evaluateSingle: (e) => (e.kind === 'network' && linksSignature(model, [e.index]) === healthy ? 'baseline' : judge([e]).breaks),
  };
  return {
    subject,
    faultStep: (e) => {
      const action = actionOf(e);
      return (a: unknown) => sameAction(a as SiteAction, action);
    },
    traceOf: (failed) => {
      const actions = judge(failed).trace;
      return actions === null ? null : traceOfActions(model, actions);
    },
  };
}

/** The trace of the full model that takes `actions` in order (the restricted check's counterexample, replayable as is). */
function traceOfActions(model: SiteModel, actions: readonly SiteAction[]): Trace<SiteState> {
  const path = [0];
  let state = initialStatesOf(model)[0]!;
  for (const action of actions) {
    const succ = successorsOf(model, state).find((s) => sameAction(s.action as SiteAction, action))!;
    path.push(succ.choice);
    state = succ.state;
  }
  return replayPath(model, path);
}
