import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import { parseYaml } from '../../src/design/parseYaml.js';

describe('YAML syntax error positions', () => {
  it('name the line and column of each error, also after the lexer gave up counting lines', () => {
    const text = 'eaves and a bridge between them, one host #on each.\neaves and a bridge between them, one host on each.\nname: two-leaves\n';
    try {
      parseYaml(text, 'f.yaml');
      expect.fail('the text does not parse');
    } catch (error) {
      const lines = text.split('\n');
      for (const d of (error as FaultlineError).diagnostics) {
        expect(d.location!.column).toBeLessThanOrEqual((lines[d.location!.line - 1] ?? '').length + 1);
      }
    }
  });
});
