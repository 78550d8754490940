/**
 * The keepalived.conf and notify script of one router of a case. Every notify script appends
 * `<epoch seconds> <STATE>` to the router's marker file, so the sequence and the timing of
 * keepalived's notifications can be read back.
 */
import type { CaseRouter } from './keepalivedCases.js';

/** The virtual IP of every case (inside the case's own namespaces). */
export const VIP = '10.77.0.100';

/** The primary address of router `index` (0-based): later routers have higher addresses. */
export function routerAddress(index: number): string {
  return `10.77.0.${index + 1}`;
}

/** The notify script: `notify.sh <marker> <STATE>`. */
export const NOTIFY_SCRIPT = '#!/bin/sh\necho "$(date +%s.%N) $2" >> "$1"\n';

/** keepalived.conf for `router`, VRRPv2 multicast on eth0, advert_int 1, state BACKUP. */
export function keepalivedConf(router: CaseRouter, workDir: string): string {
  const notify = (state: string) => `"${workDir}/notify.sh ${workDir}/${router.name}.marker ${state}"`;
  return `global_defs {
  router_id ${router.name}
  script_user root
  enable_script_security
}
vrrp_instance VI_1 {
  state BACKUP
  interface eth0
  virtual_router_id 51
  priority ${router.priority}
  advert_int 1
${router.nopreempt ? '  nopreempt\n' : ''}  virtual_ipaddress {
    ${VIP}/24 dev eth0
  }
  notify_master ${notify('MASTER')}
  notify_backup ${notify('BACKUP')}
  notify_fault ${notify('FAULT')}
  notify_stop ${notify('STOP')}
}
`;
}
