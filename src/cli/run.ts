import { Command, CommanderError } from 'commander';
import { ExitCode } from '../core/result.js';
import { registerCheck } from './checkCommand.js';
import type { CliContext } from './context.js';
import type { CliDeps } from './deps.js';
import type { CliIo } from './io.js';
import { registerImport } from './importCommand.js';
import { registerList } from './listCommand.js';
import { registerMerge } from './mergeCommand.js';
import { registerReplay } from './replayCommand.js';
import { reportDiagnostics, reportError } from './reportError.js';
import { registerSimulate } from './simulateCommand.js';
import { registerSpof } from './spofCommand.js';

const COMMANDS = ['check', 'simulate', 'replay', 'list', 'spof', 'merge', 'import'];

/** Commander's own exits that are not errors. */
const CLEAN_EXITS = new Set(['commander.helpDisplayed', 'commander.version']);

function usageError(error: CommanderError, argv: readonly string[], io: CliIo): number {
  if (CLEAN_EXITS.has(error.code)) return ExitCode.ok;
  const command = argv.find((a) => COMMANDS.includes(a));
  const help = command ? `faultline ${command} --help` : 'faultline --help';
  const message = error.message.replace(/^error: /, '');
  if (error.code === 'commander.help') {
    return reportDiagnostics([{ code: 'FL103', message: 'no command given', hint: `run ${help} to see the commands` }], io);
  }
  if (error.code === 'commander.unknownCommand') {
    return reportDiagnostics([{ code: 'FL103', message, hint: `run ${help} to see the commands` }], io);
  }
  return reportDiagnostics([{ code: 'FL101', message, hint: `run ${help} to see the options` }], io);
}

/** Builds the command tree; commands leave their exit code in `ctx`. */
export function buildProgram(ctx: CliContext, version: string): Command {
  const program = new Command('faultline')
    .description('A model checker for high-availability network and storage designs.')
    .version(version)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: () => {} });
  registerCheck(program, ctx);
  registerSimulate(program, ctx);
  registerReplay(program, ctx);
  registerList(program, ctx);
  registerSpof(program, ctx);
  registerMerge(program, ctx);
  registerImport(program, ctx);
  return program;
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code: 0 holds,
 * 1 violation, 2 usage or input error, 3 model or internal error, 4 incomplete when required.
 */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps, version = '0.0.0'): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const ctx: CliContext = { io, deps, setExitCode: (code) => void (exitCode = code) };
  try {
    await buildProgram(ctx, version).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return usageError(error, argv, io);
    return reportError(error, io);
  }
}
