/**
 * Reads a notify or check script as shell for the commands that matter to the HA stack, in
 * order: `drbdadm primary|secondary`, `mount`/`umount`, NFS and DNS daemons started or stopped
 * through `service`, `systemctl`, `invoke-rc.d` or `/etc/init.d`, fencing, and `dig` or NFS
 * probes (which say what a check script tests). Commands that touch the stack in ways faultline
 * does not model are FL414 warnings at their line; control flow (if, while, case) is read
 * straight through, with one FL414 warning. `case` branches whose patterns name keepalived
 * states (MASTER, BACKUP, FAULT, STOP; `*` for the rest) also give the effects per state, as a
 * generic `notify` script runs them for the state keepalived passes it. The script is never
 * executed.
 */
import type { NotifyEffect } from '../../../models/keepalived/config.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { classifyCommand } from './classifyCommand.js';
import { splitShell } from './splitShell.js';

/** What a script does, as far as the models care. */
export interface ShellReading {
  /** Notify effects in order. */
  readonly effects: readonly Located<NotifyEffect>[];
  /** What the script probes: `dns` (dig) or `nfs` (rpcinfo, showmount, pidof nfsd). */
  readonly probes: readonly Located<'dns' | 'nfs'>[];
  /** `mount -t nfsd`: the NFS server keeps no client table of its own (S4). */
  readonly nfsdFs?: Located<true>;
  /** dig's own wait for a silent server, seconds (+time × +tries), when the script runs dig. */
  readonly digSeconds?: Located<number>;
  /** The effects run for each keepalived state: those outside `case` branches, and those of the branches naming the state. */
  readonly byState: Readonly<Record<NotifyState, readonly Located<NotifyEffect>[]>>;
}

/** The states keepalived passes a generic notify script, as the hooks are named. */
export type NotifyState = 'master' | 'backup' | 'fault' | 'stop';
const STATES: readonly NotifyState[] = ['master', 'backup', 'fault', 'stop'];

/** Where `case` branches start and end in the text: a pattern line gives its states, `;;` ends a branch, `esac` leaves the case. */
interface BranchMark {
  readonly line: number;
  readonly column: number;
  /** undefined: outside any case (every state runs what follows); []: between branches. */
  readonly states: readonly NotifyState[] | undefined;
}

const WORD = `(?:"[^"]*"|'[^']*'|[^\\s()|;"']+)`;
const PATTERN = new RegExp(`^(\\s*\\(?\\s*)(${WORD}(?:\\s*\\|\\s*${WORD})*)\\s*\\)`);

/** The branch marks of `text`, in order (read from the raw lines: the word splitter drops parentheses). */
function branchMarks(text: string): BranchMark[] {
  const marks: BranchMark[] = [];
  let depth = 0;
  let taken = new Set<NotifyState>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '');
    const at = (column: number, states: readonly NotifyState[] | undefined) => marks.push({ line: index + 1, column, states });
    if (/^\s*case\b.*\bin\b/.test(line)) {
      depth++;
      taken = new Set();
      at(1, []);
      return;
    }
    if (depth === 0) return;
    if (/^\s*esac\b/.test(line)) {
      depth--;
      at(1, undefined);
      return;
    }
    const m = PATTERN.exec(line);
    if (m) {
      const alternatives = m[2]!.split('|').map((a) => a.trim().replace(/^["']|["']$/g, '').toLowerCase());
      const states = alternatives.includes('*') ? STATES.filter((st) => !taken.has(st)) : STATES.filter((st) => alternatives.includes(st));
      for (const st of states) taken.add(st);
      at(m[0].length + 1, states);
    }
    const end = line.indexOf(';;');
    if (end >= 0) at(end + 1, []);
  });
  return marks;
}

/** The states that run the command at `at`: those of the last mark before it. */
function statesAt(marks: readonly BranchMark[], at: { line: number; column: number }): readonly NotifyState[] {
  let states: readonly NotifyState[] | undefined;
  for (const m of marks) {
    if (m.line > at.line || (m.line === at.line && m.column > at.column)) break;
    states = m.states;
  }
  return states ?? STATES;
}

const CONTROL = new Set(['if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'for', 'do', 'done', 'case', 'esac', '!', '{', '}', '[', '[[', 'test', 'exit', 'return', 'true', 'false', ':']);

/** Reads `text` (the script at `file`). */
export function readShellScript(text: string, file: string, log: ImportLog): ShellReading {
  const effects: Located<NotifyEffect>[] = [];
  const probes: Located<'dns' | 'nfs'>[] = [];
  let nfsdFs: Located<true> | undefined;
  let digSeconds: Located<number> | undefined;
  let flowWarned = false;
  const byState: Record<NotifyState, Located<NotifyEffect>[]> = { master: [], backup: [], fault: [], stop: [] };
  const marks = branchMarks(text);
  for (const command of splitShell(text, file)) {
    const words = command.words.filter((w, k) => !(k === 0 && w.value.startsWith('#!')));
    const first = words[0];
    if (!first) continue;
    if (CONTROL.has(first.value) && ['if', 'while', 'until', 'for', 'case'].includes(first.value) && !flowWarned) {
      flowWarned = true;
      log.warn(first.at, 'FL414', `${first.value}: control flow in ${file} is read straight through`, 'every matching command below is taken as run, in order, whatever the conditions');
    }
    let skip = 0;
    while (skip < words.length && CONTROL.has(words[skip]!.value)) skip++;
    const rest = words.slice(skip);
    const found = classifyCommand(rest, log);
    if (!found) continue;
    if (found.kind === 'effect') {
      const effect = { value: found.effect, at: found.at };
      effects.push(effect);
      for (const st of statesAt(marks, found.at)) byState[st].push(effect);
    }
    else if (found.kind === 'probe') {
      probes.push({ value: found.probe, at: found.at });
      if (found.digSeconds !== undefined && digSeconds === undefined) digSeconds = { value: found.digSeconds, at: found.at };
    } else if (found.kind === 'nfsd-fs') nfsdFs = { value: true, at: found.at };
  }
  return { effects, probes, byState, ...(nfsdFs ? { nfsdFs } : {}), ...(digSeconds ? { digSeconds } : {}) };
}
