import { describe, expect, it } from 'vitest';
import { always } from '../../src/core/property.js';
import type { PropertyVerdict } from '../../src/core/result.js';
import { replayPath } from '../../src/core/successors.js';
import { distinctTraces } from '../../src/report/distinctTraces.js';
import { renderText } from '../../src/report/text.js';
import { plain } from '../../src/report/style.js';
import { dualMasterPath, toyStats } from '../fixtures/toyResults.js';
import { singleMaster, toyRouters, type ToyState } from '../fixtures/toyRouters.js';

const twin = always<ToyState>('twin-of-single-master', (s) => !(s.r1 === 'Master' && s.r2 === 'Master'));
const cutLink = always<ToyState>('link-up', (s) => s.link);
const full = replayPath(toyRouters, dualMasterPath);
const prefix = replayPath(toyRouters, dualMasterPath.slice(0, 3));
const elsewhere = replayPath(toyRouters, [0, 2]);

const verdicts: PropertyVerdict<ToyState>[] = [
  { status: 'violated', property: singleMaster, kind: 'invariant', trace: full },
  { status: 'violated', property: cutLink, kind: 'invariant', trace: prefix },
  { status: 'violated', property: twin, kind: 'invariant', trace: replayPath(toyRouters, dualMasterPath) },
];

describe('distinctTraces', () => {
  it('folds equal traces and prefixes into one trace, with the state where each property fails', () => {
    const groups = distinctTraces(verdicts);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.path).toBe('0/0/2/0');
    expect(groups[0]!.broken.map((b) => [b.verdict.property.name, b.state])).toEqual([
      ['single-master', 3],
      ['link-up', 2],
      ['twin-of-single-master', 3],
    ]);
  });

  it('keeps traces that part ways apart, in the order of the properties', () => {
    const groups = distinctTraces([verdicts[0]!, { status: 'violated', property: cutLink, kind: 'invariant', trace: elsewhere }]);
    expect(groups.map((g) => g.path)).toEqual(['0/0/2/0', '0/2']);
  });

  it('makes the text report print the shared trace once, marking where each property fails', () => {
    const result = { status: 'violation', model: 'toy-routers', stats: toyStats, verdicts } as const;
    const text = renderText({ kind: 'run', command: 'check', design: { file: 'toy.yaml', name: 'toy' }, result, limits: {} }, plain);
    expect(text.match(/initial state/g)).toHaveLength(1);
    expect(text).toContain('single-master, link-up, twin-of-single-master: violated (invariant), along one trace');
    expect(text).toMatch(/cut\(link\)  \[fault\]\n\s+link: true → false\n\s+\^ link-up fails here/);
    expect(text).toMatch(/\^ single-master, twin-of-single-master fail here/);
    expect(text.match(/reproduce:/g)).toHaveLength(1);
  });
});
