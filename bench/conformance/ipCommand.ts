/** Runs `ip` (iproute2) with arguments, or a batch of commands on stdin; rejects on failure. */
import { spawn } from 'node:child_process';

/** Runs `ip ...args`, feeding `input` on stdin when given; resolves with stdout. */
export function ip(args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ip', args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`ip ${args.join(' ')} failed (${code}): ${err.trim()}`));
    });
    if (input !== undefined && child.stdin !== null) {
      child.stdin.on('error', () => undefined); // an early exit is reported by 'close'
      child.stdin.end(input);
    }
  });
}

/** Runs `lines` as one `ip -batch` inside namespace `ns`. */
export function ipBatch(ns: string, lines: readonly string[]): Promise<string> {
  return ip(['-n', ns, '-batch', '-'], lines.join('\n') + '\n');
}
