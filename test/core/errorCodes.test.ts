import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '../../src/core/errorCodes.js';

const root = join(import.meta.dirname, '..', '..');
const table = readFileSync(join(root, 'docs', 'decisions', '0005-error-codes.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| FL'));

/** Codes the table names one by one (`FL201`), outside ranges. */
function namedCodes(): Set<string> {
  const named = new Set<string>();
  for (const line of table) {
    const withoutRanges = line.replace(/FL\d{2}[\dx][–-]FL\d{2}[\dx]/g, '');
    for (const m of withoutRanges.matchAll(/\bFL\d{3}\b/g)) named.add(m[0]);
  }
  return named;
}

/** Whether the table names `code` or a range holding it (`FL270–FL275`, `FL23x–FL24x`). */
function covered(code: string): boolean {
  const n = Number(code.slice(2));
  if (namedCodes().has(code)) return true;
  return table.some((line) =>
    [...line.matchAll(/FL(\d{2})([\dx])[–-]FL(\d{2})([\dx])/g)].some(([, a, a1, b, b1]) => {
      const low = Number(`${a}${a1 === 'x' ? '0' : a1}`);
      const high = Number(`${b}${b1 === 'x' ? '9' : b1}`);
      return n >= low && n <= high;
    }),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the ErrorCode union', () => {
  it('holds every code the decision table names one by one', () => {
    const missing = [...namedCodes()].filter((code) => !isErrorCode(code));
    expect(missing).toEqual([]);
  });

  it('holds only codes the decision table names or covers with a range', () => {
    expect(ERROR_CODES.filter((code) => !covered(code))).toEqual([]);
  });

  it('lists each code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('holds every code written in src, models and properties', () => {
    const written = new Set<string>();
    for (const dir of ['src', 'models', 'properties']) {
      for (const file of sourceFiles(join(root, dir))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/'(FL\d{3})'/g)) written.add(m[1]!);
      }
    }
    expect([...written].filter((code) => !isErrorCode(code))).toEqual([]);
  });
});
