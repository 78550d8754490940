/**
 * keepalived features layered on the VRRP model (models/vrrp): `vrrp_script` trackers (one or
 * more per instance), `track_interface` on the service NIC, notify scripts whose effects the
 * design declares, and an optional supervisor.
 *
 * Scripts that cannot execute (issue 12): keepalived 2.2.7 `lib/notify.c: system_call` — when
 * `execve` fails (file gone, a failed disk: ENOENT, EIO, EACCES) the child logs "Error exec-ing
 * command" and exits 0; a script run through `system()` whose shell exits 126/127 ("Couldn't
 * execute/find command") also exits 0 ("Script errors aren't server errors"), and
 * `vrrp_scheduler.c: vrrp_script_child_thread` counts exit 0 as a success. A script missing at
 * start is disabled instead (`vrrp.c: check_track_script_secure`).
 *
 * Sources: PROTOCOLS.md §1.2 — `vrrp_script` defaults (interval 1 s, fall 1, rise 1,
 * weight 0), hysteresis, weight 0 → FAULT, effective priority clamped to 1..254 and never
 * changed for an owner (`vrrp_track.c: vrrp_set_effective_priority`); notify scripts
 * (`vrrp_notify.c`, `vrrp_daemon.c: vrrp_terminate_phase1`).
 */

/** What a tracker script tests on its own node: the DNS daemon (`dig @127.0.0.1`) or the NFS server. */
export type TrackedService = 'dns' | 'nfs';

/** One `vrrp_script`, tracked by the instance on every node (`track_script`). */
export interface TrackerParams {
  /** Script name for traces, e.g. `chk_dns`. */
  readonly name: string;
  readonly check: TrackedService;
  /** Seconds between runs (keepalived default 1). */
  readonly interval: number;
  /** Consecutive failures that turn an OK script KO (default 1). */
  readonly fall: number;
  /**
   * keepalived `timeout`: seconds after which a run is killed and counts as a failure
   * (keepalived.conf(5): "seconds after which script is considered to have failed (default =
   * interval)"). Absent: the interval.
   */
  readonly timeout?: number;
  /**
   * Seconds one run takes while the checked service answers (a `dig` of a name that needs
   * recursion, an HTTP check through a proxy); default 0. A run longer than `timeout` fails
   * whatever the service does (decision 0040).
   */
  readonly runtime?: number;
  /** Consecutive successes that turn a KO script OK (default 1). */
  readonly rise: number;
  /** −253..253; 0 (default) puts the instance in FAULT while the script is KO. */
  readonly weight: number;
  /**
   * The script exits 0 on a node that does not hold the VIP (`ip addr show | grep -q VIP ||
   * exit 0`), so a BACKUP whose service is stopped by notify_backup is not held in FAULT.
   */
  readonly masterOnly?: boolean;
  /**
   * Nodes on which keepalived finds no script to run when it starts (file missing, not
   * executable, or insecure under `enable_script_security`): it logs "Disabling track script
   * %s since not found/accessible" and removes it from the instance (keepalived `vrrp.c:
   * check_track_script_secure`, 2.2.7), so there it neither fails nor adjusts anything.
   */
  readonly missingOn?: readonly string[];
  /**
   * A `vrrp_track_process` rather than a script: keepalived follows the process through the
   * kernel's process-events connector (keepalived.conf(5) "VRRP track processes"), runs
   * nothing, and so cannot be fooled by a script that fails to execute. Modelled as a check
   * every tick with fall = rise = 1.
   */
  readonly process?: boolean;
}

/**
 * `track_interface` on the service NIC (the one carrying the VIP; VRRP adverts go over a
 * separate heartbeat interface): weight 0 puts the instance in FAULT while the NIC is down;
 * a weight adjusts the priority (> 0: +weight while up; < 0: −|weight| while down).
 */
export interface InterfaceTrackerParams {
  /** Interface name for traces, e.g. `eth1`. */
  readonly name: string;
  /** −253..253, default 0. */
  readonly weight: number;
}

/**
 * Effects a notify script may declare, each one step that can fail:
 * - `drbd.promote` (`drbdadm primary`): DRBD's rules decide (models/drbd/promote.ts; under
 *   `resource-and-stonith` a disconnected peer that is still Primary is STONITHed by the
 *   fence-peer handler, exit 7, and the promotion proceeds); a no-op
 *   on a Primary;
 * - `drbd.demote` (`drbdadm secondary`): fails while the file system is mounted ("held open")
 *   or writes are in flight; a no-op on a Secondary;
 * - `mount`: fails unless this node is DRBD Primary (a Secondary device cannot be opened);
 * - `umount`: fails while the NFS server exports it ("target is busy");
 * - `nfs.start`, `nfs.stop`: start or stop the NFS server; never fail;
 * - `fence.peer`: reach the peer over a second path (BMC) and power it off if it is still DRBD
 *   Primary (STONITH); never fails, a no-op otherwise.
 */
export const NOTIFY_EFFECTS = ['drbd.promote', 'drbd.demote', 'mount', 'umount', 'nfs.start', 'nfs.stop', 'fence.peer'] as const;
export type NotifyEffect = (typeof NOTIFY_EFFECTS)[number];

/** Notify scripts by the transition that launches them. */
export const NOTIFY_SCRIPTS = ['master', 'backup', 'fault', 'stop'] as const;
export type NotifyScript = (typeof NOTIFY_SCRIPTS)[number];

/** `notify_master`, `notify_backup`, `notify_fault`, `notify_stop`: the effects in order. */
export type NotifyParams = Readonly<Partial<Record<NotifyScript, readonly NotifyEffect[]>>>;

/** A process supervisor (daemontools `supervise`, systemd `Restart=always`) around keepalived. */
export interface SupervisorParams {
  /** Seconds after keepalived dies until it runs again (daemontools: 1 s). */
  readonly restart: number;
}

/** keepalived settings shared by both nodes. */
export interface KeepalivedParams {
  /** One `vrrp_script` (kept for single-tracker callers; `trackers` follow it). */
  readonly tracker?: TrackerParams;
  /** Further `vrrp_script`s tracked by the instance: effective priority = base + Σ adjustments. */
  readonly trackers?: readonly TrackerParams[];
  readonly trackInterface?: InterfaceTrackerParams;
  readonly notify?: NotifyParams;
  readonly supervisor?: SupervisorParams;
}

/** Effective priority (PROTOCOLS.md §1.2): an owner keeps 255, others are clamped to 1..254. */
export function effectivePriority(base: number, adjustment: number): number {
  if (base === 255) return 255;
  return Math.min(254, Math.max(1, base + adjustment));
}
