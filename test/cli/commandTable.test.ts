import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE } from '../../src/cli/commandTable.js';
import { asksForHelpOnly } from '../../src/cli/engineDeps.js';
import { buildProgram } from '../../src/cli/run.js';

const ctx = { io: { out: () => {}, err: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} }, deps: {} as never, setExitCode: () => {} };

describe('the command table', () => {
  it('lists each command with the term and summary the loaded command declares', async () => {
    const program = await buildProgram(ctx as never, '0.0.0');
    const help = program.createHelp();
    const declared = program.commands.map((c) => ({ name: c.name(), term: help.subcommandTerm(c), summary: c.summary() }));
    expect(COMMAND_TABLE.map(({ name, term, summary }) => ({ name, term, summary }))).toEqual(declared);
  });

  it('loads only the command argv names', async () => {
    const program = await buildProgram(ctx as never, '0.0.0', ['replay', 'x.yaml', '--path', '0']);
    expect(program.commands.find((c) => c.name() === 'replay')!.options.length).toBeGreaterThan(0);
    expect(program.commands.find((c) => c.name() === 'check')!.options).toEqual([]);
  });
});

describe('asksForHelpOnly', () => {
  it('is true for --help anywhere, -h, help and no arguments, and false for a command', () => {
    expect([[], ['--help'], ['check', '--help'], ['-h'], ['help', 'check']].map(asksForHelpOnly)).toEqual([true, true, true, true, true]);
    expect(asksForHelpOnly(['check', 'd.yaml'])).toBe(false);
  });
});
