/**
 * Aruba VSX `split-recovery`: after the ISL is lost the secondary brings its VSX LAGs down;
 * when the keepalive stops too it brings them up again (default) — availability over safety —
 * or keeps them down (`no split-recovery`), which loses the server if the primary then dies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mclagKind } from '../../../src/design/kinds/mclag.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, shippedPath, verdicts, violationActions } from '../../fixtures/designs.js';
import { diagnosticsOf } from '../../design/diagnosticsOf.js';

const FIX = readFileSync(shippedPath('vsx-split-recovery.fix'), 'utf8');
const load = (text: string) => parseDesign(text, 't.yaml', [mclagKind]);

describe('the vsx-split-recovery designs', () => {
  it('pitfall: without split-recovery the secondary stays down when the primary dies after the ISL', () => {
    const result = checkShipped('vsx-split-recovery.pitfall');
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'holds', 'server-keeps-path': 'violated' });
    expect(violationActions(result, 'server-keeps-path').filter((a) => a === 'peerLinkDown' || a.startsWith('crash'))).toEqual(['peerLinkDown', 'crash(agg1)']);
  });

  it('fix: split-recovery brings the secondary back and the server keeps a path, under any two ISL and peer faults', () => {
    const result = checkShipped('vsx-split-recovery.fix');
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'holds', 'server-keeps-path': 'holds' });
  });

  it('fix: pays with a split when the keepalive path, not the primary, fails after the ISL', () => {
    const design = load(FIX.replace('kinds: [peer-link, peer]', 'kinds: [peer-link, keepalive]'));
    const result = check(design.model, design.properties, design.options);
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'violated', 'server-keeps-path': 'holds' });
    expect(violationActions(result, 'no-dual-active').filter((a) => a.endsWith('Down'))).toEqual(['peerLinkDown', 'keepaliveDown']);
  });

  it('defaults to split-recovery on, as AOS-CX does', () => {
    const design = load(FIX.replace('  split_recovery: true\n', ''));
    expect(verdicts(check(design.model, design.properties, design.options))).toEqual({ 'no-dual-active': 'holds', 'server-keeps-path': 'holds' });
  });

  it('rejects split_recovery on another vendor', () => {
    const [d] = diagnosticsOf(() => load(FIX.replace('vendor: aruba-vsx', 'vendor: cisco-vpc')));
    expect(d?.code).toBe('FL281');
    expect(d?.hint).toContain('auto_recovery');
  });
});
