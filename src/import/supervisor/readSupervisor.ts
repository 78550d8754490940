/**
 * Reads how keepalived is kept running on a host: a systemd unit (`[Service]` `Restart=` and
 * `RestartSec=`, systemd.service(5)) or a daemontools `run` script (supervise restarts a dead
 * service after 1 s). The result is the restart delay in whole seconds, or undefined when
 * nothing restarts keepalived after it dies (`Restart=no`, the systemd default).
 */
import { basename } from 'node:path';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { readConfigFile } from '../readConfigFile.js';

const RESTARTS_ON_KILL = new Set(['always', 'on-failure', 'on-abnormal', 'on-abort']);

/** The restart delay the file at `file.value` sets up, in seconds. */
export function readSupervisor(file: Located<string>, log: ImportLog): Located<number> | undefined {
  const text = readConfigFile(file.value, log, file.at);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  if (basename(file.value) === 'run' || lines[0]?.startsWith('#!')) {
    const exec = lines.findIndex((l) => /\bkeepalived\b/.test(l));
    if (exec < 0) log.warn({ file: file.value, line: 1, column: 1 }, 'FL407', 'this supervise run script does not start keepalived', 'the run script should exec keepalived in the foreground (-n)');
    return { value: 1, at: { file: file.value, line: exec < 0 ? 1 : exec + 1, column: 1 } };
  }
  let section = '';
  let restart: Located<string> | undefined;
  let seconds: Located<number> | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const at = { file: file.value, line: index + 1, column: 1 };
    if (line.startsWith('[')) section = line;
    else if (section === '[Service]' && line.startsWith('Restart=')) restart = { value: line.slice(8).trim(), at };
    else if (section === '[Service]' && line.startsWith('RestartSec=')) {
      const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec)?$/.exec(line.slice(11).trim());
      if (!m) log.error(at, 'FL405', `RestartSec=${line.slice(11)}: faultline reads seconds or ms`, 'write: RestartSec=1s');
      else seconds = { value: Math.max(0, Math.ceil(Number(m[1]) / (m[2] === 'ms' ? 1000 : 1))), at };
    }
  });
  if (!restart || !RESTARTS_ON_KILL.has(restart.value)) return undefined;
  // systemd's default RestartSec is 100 ms: the next whole second.
  return seconds ?? { value: 1, at: restart.at };
}
