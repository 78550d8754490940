import type { ReportingDescriptor } from 'sarif';

/** What a rule is made from: a property of a design kind. */
export interface RuleSource {
  /** The design kind (`vrrp`, `topology`): properties of different kinds may share a name. */
  readonly designKind: string;
  readonly name: string;
  readonly description?: string;
  /** `always`, `within` or `sometimes`, when known. */
  readonly propertyKind?: string;
}

/** How a result names its rule. */
export interface RuleRef {
  readonly ruleId: string;
  readonly ruleIndex: number;
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  always: 'an invariant: it must hold in every reachable state',
  within: 'a bounded response: it must hold again within its bound after the last fault',
  sometimes: 'a goal: some reachable state must satisfy it',
};

function descriptor(source: RuleSource): ReportingDescriptor {
  const what = source.description ?? `the ${source.designKind} property ${source.name}`;
  const kind = source.propertyKind === undefined ? '' : ` It is ${KIND_WORDS[source.propertyKind] ?? source.propertyKind}.`;
  const help =
    `faultline checks ${source.name} on ${source.designKind} designs that list it under check: (or list no check: at all). ` +
    'check explores every sequence of the design\'s faults up to its fault budget, simulate draws seeded random walks, spof tries every fault set of up to k elements. ' +
    'A result carries the shortest trace found as a code flow, one location per step, and a faultline replay command that reproduces it. ' +
    'Fix the design (or the configuration it was imported from) at the elements the trace names, then run faultline again; faultline list describes every property.';
  return {
    id: `${source.designKind}/${source.name}`,
    name: source.name,
    shortDescription: { text: `${source.name}: ${what}` },
    fullDescription: { text: `${what}.${kind} Checked on ${source.designKind} designs.` },
    help: { text: help },
    defaultConfiguration: { level: 'error' },
    properties: { tags: [source.designKind, ...(source.propertyKind === undefined ? [] : [source.propertyKind])] },
  };
}

/**
 * The rules of a log: one per property of a design kind (`vrrp/single-master`), in the order
 * first met, each with a short and a full description and help text.
 */
export class RuleTable {
  readonly rules: ReportingDescriptor[] = [];
  private readonly index = new Map<string, number>();

  /** The rule for `source`, added on first use. */
  ref(source: RuleSource): RuleRef {
    const ruleId = `${source.designKind}/${source.name}`;
    let ruleIndex = this.index.get(ruleId);
    if (ruleIndex === undefined) {
      ruleIndex = this.rules.length;
      this.index.set(ruleId, ruleIndex);
      this.rules.push(descriptor(source));
    }
    return { ruleId, ruleIndex };
  }
}
