/**
 * `npm run conformance -- stp --count N [--seed S] [--concurrency C]`: compares faultline's
 * converged spanning tree with Linux bridges in network namespaces (needs root and
 * `ip netns`). Ends with `N topologies, D disagreements`; exit code 1 when D > 0.
 */
import { Argument, Command, InvalidArgumentError } from 'commander';
import { activeNamespaces, conformStp } from './conformStp.js';
import { deleteNamespace } from './namespaces.js';
import { runResolverSuite } from './resolverSuite.js';
import { runKeepalivedSuite } from './keepalived/keepalivedSuite.js';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

async function cleanUpAndExit(code: number): Promise<never> {
  for (const ns of [...activeNamespaces]) await deleteNamespace(ns);
  process.exit(code);
}

const program = new Command('conformance')
  .addArgument(new Argument('<suite>', 'the suite to run').choices(['stp', 'resolver', 'keepalived']))
  .option('--count <n>', 'number of generated topologies', integer, 30)
  .option('--seed <s>', 'seed of the first topology (topology i uses seed + i)', integer)
  .option('--concurrency <c>', 'topologies built at once', integer, 10)
  .option('--timeout <ms>', 'longest wait for the kernel to converge', integer, 60_000)
  .action(async (suite: string, o: { count: number; seed?: number; concurrency: number; timeout: number }) => {
    if (suite === 'resolver') return runResolverSuite();
    if (suite === 'keepalived') return runKeepalivedSuite();
    const seed = o.seed ?? Math.floor(Math.random() * 0x7fffffff);
    process.on('SIGINT', () => void cleanUpAndExit(130));
    process.on('SIGTERM', () => void cleanUpAndExit(143));
    console.log(`stp conformance: ${o.count} topologies from seed ${seed}, ${o.concurrency} at once`);
    const summary = await conformStp({ count: o.count, seed, concurrency: o.concurrency, timeoutMs: o.timeout, log: (l) => console.log(l) });
    console.log(`use --seed ${seed} --count ${o.count} to reproduce`);
    console.log(`${summary.topologies} topologies, ${summary.disagreements} disagreements`);
    process.exitCode = summary.disagreements > 0 ? 1 : 0;
  });

await program.parseAsync(process.argv);
