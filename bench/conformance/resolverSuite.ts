/**
 * The `resolver` suite of `npm run conformance`: runs conformResolver, prints one line per
 * case and ends with `N cases, D disagreements`; exit code 1 when D > 0. Removes its
 * namespaces on SIGINT/SIGTERM.
 */
import { conformResolver } from './conformResolver.js';
import { activeResolverNamespaces } from './resolverLab.js';
import { removeResolverNamespace } from './resolverNamespaces.js';

async function cleanUpAndExit(code: number): Promise<never> {
  for (const ns of [...activeResolverNamespaces]) await removeResolverNamespace(ns);
  process.exit(code);
}

/** Runs the suite from the CLI entry (bench/conformance/main.ts). */
export async function runResolverSuite(repeats = 2): Promise<void> {
  process.on('SIGINT', () => void cleanUpAndExit(130));
  process.on('SIGTERM', () => void cleanUpAndExit(143));
  console.log(`resolver conformance: glibc (getent ahostsv4) against dnsmasq in namespaces, ${repeats} runs per case`);
  const summary = await conformResolver({ repeats, log: (l) => console.log(l) });
  console.log(`${summary.cases} cases, ${summary.disagreements} disagreements`);
  process.exitCode = summary.disagreements > 0 ? 1 : 0;
}
