import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDesignSchema } from '../../src/design/designSchema.js';
import { designAjv } from '../../src/design/designSchemaCompiler.js';
import { precompiledValidator } from '../../src/design/precompiledValidator.js';
import { designKinds } from '../../src/design/registry.js';
import { buildOnce, root } from '../cli/runFaultline.js';

beforeAll(buildOnce, 180_000);

/** Each shipped design, and copies with one value made wrong or one unknown key added. */
function documents(): unknown[] {
  const dir = join(root, 'models', 'designs');
  const out: unknown[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const data = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    out.push(data);
    leaves(data).forEach((path, i) => {
      if (i % 3 !== 0) return;
      out.push(withLeaf(data, path, i % 2 === 0 ? 'bogus' : -1));
    });
    out.push({ ...data, colour: 'blue' });
  }
  return out;
}

function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}

function withLeaf(data: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  copy[head!] = withLeaf(copy[head!], rest, leaf);
  return copy;
}

describe('the design validator generated at build time', () => {
  const schema = composeDesignSchema(designKinds);

  it('is there after the build, made from the schema of the registered kinds', () => {
    expect(precompiledValidator(schema)).toBeTypeOf('function');
  });

  it('is refused for any other schema, which is compiled at run time instead', () => {
    expect(precompiledValidator({ ...schema, title: 'another design schema' })).toBeUndefined();
  });

  it('gives the very errors (paths, keywords, schemas, data) that compiling at run time gives', () => {
    const generated = precompiledValidator(schema)!;
    const runtime = designAjv().compile(schema);
    const docs = documents();
    expect(docs.length).toBeGreaterThan(500);
    let invalid = 0;
    for (const doc of docs) {
      const ok = runtime(doc);
      expect(generated(doc)).toBe(ok);
      if (!ok) invalid++;
      expect(generated.errors ?? null).toEqual(runtime.errors ?? null);
    }
    expect(invalid).toBeGreaterThan(docs.length / 2);
  }, 120_000);
});
