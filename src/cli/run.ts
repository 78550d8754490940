import { Command, CommanderError } from 'commander';
import { ExitCode } from '../core/result.js';
import { COMMAND_TABLE, commandIn } from './commandTable.js';
import type { CliContext } from './context.js';
import type { CliDeps } from './deps.js';
import type { CliIo } from './io.js';
import { reportDiagnostics, reportError } from './reportError.js';

/** Commander's own exits that are not errors. */
const CLEAN_EXITS = new Set(['commander.helpDisplayed', 'commander.version']);

function usageError(error: CommanderError, argv: readonly string[], io: CliIo): number {
  // `faultline help check` prints the help and ends with exit code 0 (commander.help, exitCode 0);
  // no command at all prints it as an error (exitCode 1).
  if (CLEAN_EXITS.has(error.code) || (error.code === 'commander.help' && error.exitCode === 0)) return ExitCode.ok;
  const command = commandIn(argv)?.name;
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

/**
 * Builds the command tree; commands leave their exit code in `ctx`. Only the command `argv`
 * names is loaded (every one when `argv` is undefined); the others are listed for help.
 */
export async function buildProgram(ctx: CliContext, version: string, argv?: readonly string[]): Promise<Command> {
  const program = new Command('faultline')
    .description('A model checker for high-availability network and storage designs.')
    .version(version)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: () => {} })
    .configureHelp({ subcommandTerm: (cmd) => COMMAND_TABLE.find((c) => c.name === cmd.name())?.term ?? cmd.name() });
  const invoked = argv === undefined ? undefined : commandIn(argv);
  for (const entry of COMMAND_TABLE) {
    if (argv === undefined || entry === invoked) (await entry.load())(program, ctx);
    else program.command(entry.name).summary(entry.summary);
  }
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
    await (await buildProgram(ctx, version, argv)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return usageError(error, argv, io);
    return reportError(error, io);
  }
}
