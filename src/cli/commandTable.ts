/**
 * The commands, with what the top-level help shows of each, and how to load it. A command's
 * module (and the engine behind it) is imported only when that command runs or shows its own
 * help; `faultline --help` loads none. `test/cli/commandTable.test.ts` checks that each term
 * and summary here is what the loaded command declares.
 */
import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Adds one command to the program. */
export type Register = (program: Command, ctx: CliContext) => void;

/** One command as the top-level help lists it. */
export interface CommandEntry {
  readonly name: string;
  /** `check [options] <design>`. */
  readonly term: string;
  readonly summary: string;
  load(): Promise<Register>;
}

/** Every command, in the order help lists them. */
export const COMMAND_TABLE: readonly CommandEntry[] = [
  { name: 'check', term: 'check [options] <design>', summary: 'explore every state of a design (exhaustive)', load: async () => (await import('./checkCommand.js')).registerCheck },
  { name: 'simulate', term: 'simulate [options] <design>', summary: 'walk a design at random (fast, finds bugs, proves nothing)', load: async () => (await import('./simulateCommand.js')).registerSimulate },
  { name: 'replay', term: 'replay [options] <design>', summary: 'replay one trace from its path and show what fails along it', load: async () => (await import('./replayCommand.js')).registerReplay },
  { name: 'list', term: 'list', summary: 'list design kinds, their properties and faults, and the shipped designs', load: async () => (await import('./listCommand.js')).registerList },
  { name: 'spof', term: 'spof [options] <design>', summary: 'every fault set up to size k of a topology or site design, and what it breaks', load: async () => (await import('./spofCommand.js')).registerSpof },
  { name: 'merge', term: 'merge [options] <shards...>', summary: 'join shard results (spof, simulate or check --shard i/n) into one report', load: async () => (await import('./mergeCommand.js')).registerMerge },
  { name: 'import', term: 'import [options] <manifest>', summary: "write the design a site manifest's config files describe", load: async () => (await import('./importCommand.js')).registerImport },
];

/** The command `argv` runs, if it names one. */
export function commandIn(argv: readonly string[]): CommandEntry | undefined {
  const names = new Set(COMMAND_TABLE.map((c) => c.name));
  const name = argv.find((a) => names.has(a));
  return COMMAND_TABLE.find((c) => c.name === name);
}
