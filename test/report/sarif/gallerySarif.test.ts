import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLog, sarifErrors } from './sarifSchema.js';

const GALLERY = 'reports';
const logs = readdirSync(GALLERY)
  .filter((entry) => entry.endsWith('.pitfall'))
  .map((entry) => ({ design: `models/designs/${entry}.yaml`, file: `${GALLERY}/${entry}/check.sarif` }));

describe('the SARIF logs of the reports/ gallery', () => {
  it('exist for every shipped pitfall design', () => {
    expect(logs.length).toBeGreaterThan(40);
    for (const { file } of logs) expect(() => readFileSync(file, 'utf8'), file).not.toThrow();
  });

  it.each(logs)('$file validates against the SARIF 2.1.0 schema and has a located error result on its design', ({ design, file }) => {
    const text = readFileSync(file, 'utf8');
    expect(sarifErrors(text)).toEqual([]);
    const results = parseLog(text).runs[0]!.results!;
    const errors = results.filter((r) => r.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const r of errors) {
      const at = r.locations![0]!.physicalLocation!;
      expect(at.artifactLocation!.uri).toBe(design);
      expect(at.region!.startLine).toBeGreaterThan(1);
    }
  });
});
