/**
 * schema/design.schema.json as an editor uses it: the real yaml-language-server, given the
 * schema, offers each kind only its own property names and fault kinds, resolves the kinds'
 * own definitions, and finds nothing wrong in a shipped design.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLanguageServer, type LanguageServer } from './languageServer.js';

const schemaFile = fileURLToPath(new URL('../../schema/design.schema.json', import.meta.url));
const designs = fileURLToPath(new URL('../../models/designs/', import.meta.url));
const vrrp = (tail: string[]) =>
  ['faultline: 1', 'name: t', 'vrrp:', '  vrid: 51', '  routers:', '    - name: gw-a', '      priority: 150', '    - name: gw-b', '      ', ...tail].join('\n');

describe('the design schema in yaml-language-server', () => {
  let server: LanguageServer;
  beforeAll(async () => {
    server = await startLanguageServer(schemaFile);
  }, 30_000);
  afterAll(async () => server?.stop());

  it('offers a VRRP design its own properties under check:, with their descriptions, and no other kind’s', async () => {
    const file = `${designs}editor-check.yaml`;
    await server.open(file, vrrp(['check:', '  - ']));
    const items = await server.complete(file, 10, 4);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['single-master', 'master-within-bound', 'no-failback-under-nopreempt']));
    expect(labels).not.toContain('reachable');
    expect(labels).not.toContain('single-primary');
    const single = items.find((i) => i.label === 'single-master');
    expect(JSON.stringify(single?.documentation ?? '')).toMatch(/master/i);
  }, 30_000);

  it('offers a VRRP design its own fault kinds under faults.kinds', async () => {
    const file = `${designs}editor-faults.yaml`;
    await server.open(file, vrrp(['faults:', '  kinds:', '    - ']));
    const labels = (await server.complete(file, 11, 6)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['crash', 'stop']));
    expect(labels).not.toContain('inter-switch-link');
  }, 30_000);

  it("resolves a kind's own definitions: a router's keys are offered inside vrrp.routers", async () => {
    const file = `${designs}editor-router.yaml`;
    await server.open(file, vrrp([]));
    const labels = (await server.complete(file, 8, 6)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['priority', 'state']));
  }, 30_000);

  it('offers a property its parameters, and flags a parameter value of the wrong type', async () => {
    const file = `${designs}editor-params.yaml`;
    await server.open(file, vrrp(['check:', '  - master-within-bound:', '      ']));
    const labels = (await server.complete(file, 11, 6)).map((i) => i.label);
    expect(labels).toContain('seconds');
    const wrong = `${designs}editor-param-type.yaml`;
    const problems = await server.open(wrong, vrrp(['check:', '  - master-within-bound: { seconds: soon }']));
    expect(problems.map((d) => d.range.start.line)).toContain(10);
    expect(JSON.stringify(problems)).toMatch(/number/i);
    const right = `${designs}editor-param-right.yaml`;
    expect(await server.open(right, vrrp(['check:', '  - master-within-bound: { seconds: 4 }']))).toEqual([]);
  }, 30_000);

  it('reports no problem in a shipped design, and a misspelt key in a broken one', async () => {
    const shipped = `${designs}r6-advert-mismatch.fix.yaml`;
    expect(await server.open(shipped, readFileSync(shipped, 'utf8'))).toEqual([]);
    const broken = `${designs}editor-broken.yaml`;
    const problems = await server.open(broken, vrrp([]).replace('priority: 150', 'priorty: 150'));
    expect(problems.map((d) => d.range.start.line)).toContain(6);
  }, 30_000);
});
