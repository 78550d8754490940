/** A report that cannot be written is a located-in-its-reason usage error (FL110, exit 2), and the result still reaches stdout. */
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFailure } from '../../src/cli/writeFailure.js';
import { buildOnce, faultline } from './runFaultline.js';

const FIX = 'models/designs/r6-advert-mismatch.fix.yaml';

beforeAll(buildOnce, 120_000);

describe('writing --out', () => {
  it('finds a missing folder before exploring (FL105, exit 2), so no run is lost to it', () => {
    const run = faultline('check', FIX, '--format', 'json', '--out', '/nonexistent-folder/report.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error FL105: cannot write the report to \/nonexistent-folder\/report.json: the folder \/nonexistent-folder does not exist/);
    expect(run.stdout).toBe('');
  });

  it('reports a full disk as FL110 (ENOSPC), not an internal error, and still prints the text report', () => {
    const run = faultline('check', FIX, '--format', 'json', '--out', '/dev/full');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error FL110');
    expect(run.stderr).toContain('the disk is full (ENOSPC)');
    expect(run.stderr).not.toContain('internal error');
    expect(run.stdout).toContain('single-master');
  });

  it('writes into a device in place: the atomic rename never replaces /dev/full with a file', () => {
    faultline('check', FIX, '--format', 'json', '--out', '/dev/full');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('names the reason of each errno a write can fail with', () => {
    const reason = (code: string) => writeFailure('r.json', Object.assign(new Error(code), { code })).diagnostics[0]?.message;
    expect(reason('ENOENT')).toContain('its folder does not exist (ENOENT)');
    expect(reason('EROFS')).toContain('read-only (EROFS)');
    expect(reason('EISDIR')).toContain('is a folder (EISDIR)');
    expect(reason('EIO')).toContain('input/output error on the device (EIO)');
    expect(writeFailure('r.json', new Error('x')).diagnostics[0]?.code).toBe('FL110');
  });
});
