/** Times the real glibc resolver: `getent ahostsv4` run in a namespace, with its exit status. */
import { spawn } from 'node:child_process';

/** Seconds a run took and whether getent found every key (exit status 0). */
export interface Measurement {
  readonly seconds: number;
  readonly answered: boolean;
}

/** Runs `ip netns exec <ns> getent ahostsv4 <names...>` and times it from spawn to exit. */
export function measureLookup(ns: string, names: readonly string[]): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('ip', ['netns', 'exec', ns, 'getent', 'ahostsv4', ...names], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, answered: code === 0 }));
  });
}
