/**
 * The `keepalived` suite of `npm run conformance`: runs conformKeepalived, prints each case
 * and ends with `N cases, D disagreements`; exit code 1 when D > 0. Removes its namespaces
 * and daemons on SIGINT/SIGTERM.
 */
import { conformKeepalived } from './conformKeepalived.js';
import { closeOpenCases } from './keepalivedLab.js';

async function cleanUpAndExit(code: number): Promise<never> {
  await closeOpenCases();
  process.exit(code);
}

/** Runs the suite from the CLI entry (bench/conformance/main.ts). */
export async function runKeepalivedSuite(): Promise<void> {
  process.on('SIGINT', () => void cleanUpAndExit(130));
  process.on('SIGTERM', () => void cleanUpAndExit(143));
  console.log('keepalived conformance: real keepalived (VRRPv2, advert_int 1) in namespaces against the VRRP model');
  const summary = await conformKeepalived({ log: (l) => console.log(l) });
  console.log(`${summary.cases} cases, ${summary.disagreements} disagreements`);
  process.exitCode = summary.disagreements > 0 ? 1 : 0;
}
