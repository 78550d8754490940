/** What a timeline produced, from the model or from the real daemons (same shape for both). */

/** States keepalived reports through its notify scripts (`notify_master`, ... `notify_stop`). */
export type NotifiedState = 'MASTER' | 'BACKUP' | 'FAULT' | 'STOP';

/** One notify script run: which router, which script, seconds after time 0. */
export interface Notification {
  readonly router: string;
  readonly state: NotifiedState;
  readonly at: number;
}

/** The notifications of a timeline and who holds the VIP when it ends. */
export interface Outcome {
  readonly notifications: readonly Notification[];
  /** Routers holding the virtual IP (MASTER) at the end, in router order. */
  readonly vipHolders: readonly string[];
}

/** Per router, the sequence of notified states (`r1: BACKUP MASTER`). */
export function sequences(outcome: Outcome, routers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of routers) {
    out[name] = outcome.notifications
      .filter((n) => n.router === name)
      .map((n) => n.state)
      .join(' ');
  }
  return out;
}
