/**
 * Whether the conformance labs can run here: they need root, the daemon under test (if any)
 * and a working `ip netns`.
 */
import { execFileSync } from 'node:child_process';

/** A daemon a lab needs: the command probed with `--version`, and the Debian package that installs it. */
export interface LabTool {
  command: string;
  aptPackage: string;
}

/**
 * Why a lab cannot run here (not root, `tool` not installed, `ip netns` failing), or null when
 * it can. `probe` is the throw-away namespace added and deleted to test `ip netns`; name it as
 * the lab names its own so that a sweep would recognise it.
 */
export function labUnavailable(probe: string, tool?: LabTool): string | null {
  if (process.getuid?.() !== 0) return 'not root';
  if (tool !== undefined) {
    try {
      execFileSync(tool.command, ['--version'], { stdio: 'pipe' });
    } catch {
      return `${tool.command} is not installed (apt-get install ${tool.aptPackage})`;
    }
  }
  try {
    execFileSync('ip', ['netns', 'add', probe], { stdio: 'pipe' });
    execFileSync('ip', ['netns', 'del', probe], { stdio: 'pipe' });
    return null;
  } catch (e) {
    return `ip netns does not work here: ${(e as Error).message.split('\n')[0]}`;
  }
}
