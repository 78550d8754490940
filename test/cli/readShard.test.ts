import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShard } from '../../src/cli/readShard.js';
import { FaultlineError, type Diagnostic } from '../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-read-shard-'));

/** The diagnostic reading `text` as a shard file gives. */
function refusal(text: string): Diagnostic {
  const file = join(dir, `shard-${text.length}.json`);
  writeFileSync(file, text);
  try {
    readShard(file);
  } catch (e) {
    expect(e).toBeInstanceOf(FaultlineError);
    return (e as FaultlineError).diagnostics[0]!;
  }
  throw new Error('read');
}

describe('readShard', () => {
  it('refuses a shard file cut short with FL121 at its end and says it was cut short', () => {
    const d = refusal('{\n  "faultline": 1,\n  "command": "chec');
    expect(d.code).toBe('FL121');
    expect(d.location).toMatchObject({ line: 3, column: 19 });
    expect(d.message).toBe('not JSON: Unterminated string');
    expect(d.hint).toContain('cut short');
  });

  it('places a syntax error inside the file on its line and column', () => {
    const d = refusal('{\n "faultline": 1\n "command": "check"\n}');
    expect(d.location).toMatchObject({ line: 3, column: 2 });
    expect(d.message).toBe("not JSON: Expected ',' or '}' after property value");
    expect(d.hint).not.toContain('cut short');
  });

  it('names the file when the parser names no place, on one line', () => {
    const d = refusal('<html>\n</html>\n');
    expect(d.location).toBeUndefined();
    expect(d.message).toMatch(/^.*shard-\d+\.json is not JSON: Unexpected token '<'/);
    expect(d.message).not.toContain('\n');
  });

  it('refuses JSON that is no shard result', () => {
    expect(refusal('{"faultline": 1, "command": "check"}').message).toContain('is not a shard result');
  });
});
