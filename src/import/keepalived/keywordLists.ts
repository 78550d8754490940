/**
 * keepalived.conf(5) keywords faultline recognises but does not model, per block. They are
 * read, warned about (FL407) and otherwise ignored; any other unknown keyword is FL406 with a
 * did-you-mean hint.
 */

/** global_defs keywords (all read as not modelled, except the ones readKeepalived handles). */
export const GLOBAL_DEFS_KEYWORDS = [
  'router_id', 'vrrp_version', 'notification_email', 'notification_email_from', 'smtp_server', 'smtp_connect_timeout',
  'smtp_helo_name', 'vrrp_mcast_group4', 'vrrp_mcast_group6', 'vrrp_skip_check_adv_addr', 'vrrp_strict', 'vrrp_garp_interval',
  'vrrp_gna_interval', 'vrrp_garp_master_delay', 'vrrp_garp_master_repeat', 'vrrp_garp_master_refresh', 'vrrp_garp_lower_prio_delay',
  'vrrp_garp_lower_prio_repeat', 'vrrp_lower_prio_no_advert', 'vrrp_higher_prio_send_advert', 'vrrp_check_unicast_src', 'vrrp_iptables',
  'vrrp_ipsets', 'vrrp_no_swap', 'vrrp_priority', 'vrrp_rt_priority', 'checker_no_swap', 'checker_priority', 'checker_rt_priority',
  'enable_script_security', 'script_user', 'max_auto_priority', 'lvs_id', 'lvs_sync_daemon', 'lvs_timeouts', 'lvs_flush',
  'dynamic_interfaces', 'snmp_socket', 'enable_traps', 'enable_snmp_vrrp', 'enable_snmp_checker', 'enable_snmp_rfc', 'process_names',
  'vrrp_startup_delay', 'vrrp_min_garp', 'nftables', 'nftables_priority', 'default_interface', 'vrrp_notify_fifo', 'notify_fifo',
  'linkbeat_use_polling', 'instance', 'net_namespace', 'use_pid_dir', 'vrrp_dont_exit_on_config_error',
];

/** vrrp_instance keywords read by readVrrpInstance. */
export const INSTANCE_MODELLED = [
  'state', 'interface', 'virtual_router_id', 'priority', 'advert_int', 'version', 'nopreempt', 'preempt', 'preempt_delay',
  'authentication', 'virtual_ipaddress', 'unicast_peer', 'track_script', 'track_interface',
  'notify_master', 'notify_backup', 'notify_fault', 'notify_stop', 'notify',
  'garp_master_delay', 'garp_master_repeat', 'garp_master_refresh', 'garp_lower_prio_repeat', 'higher_prio_send_advert', 'use_vmac',
  'vmac_xmit_base', 'strict_mode',
];

/** vrrp_instance keywords recognised and not modelled. */
export const INSTANCE_UNMODELLED = [
  'virtual_ipaddress_excluded', 'virtual_routes', 'virtual_rules', 'unicast_src_ip', 'mcast_src_ip', 'track_file', 'track_process',
  'track_bfd', 'notify_master_rx_lower_pri', 'smtp_alert', 'garp_master_refresh_repeat', 'garp_lower_prio_delay', 'lower_prio_no_advert',
  'lvs_sync_daemon_interface', 'dont_track_primary', 'native_ipv6', 'accept', 'no_accept', 'debug', 'skip_check_adv_addr',
  'check_unicast_src', 'kernel_rx_buf_size', 'unicast_ttl', 'old_unicast_checksum', 'track_src_ip',
];

/** vrrp_script keywords read by readKeepalived. */
export const SCRIPT_MODELLED = ['script', 'interval', 'timeout', 'weight', 'rise', 'fall'];
/** vrrp_script keywords recognised and not modelled. */
export const SCRIPT_UNMODELLED = ['user', 'init_fail'];

/** virtual_server keywords read by readVirtualServer. */
export const VS_MODELLED = ['delay_loop', 'lb_algo', 'lvs_sched', 'lb_kind', 'lvs_method', 'protocol', 'alpha', 'real_server', 'retry', 'delay_before_retry'];
/** virtual_server keywords recognised and not modelled. */
export const VS_UNMODELLED = [
  'persistence_timeout', 'persistence_granularity', 'persistence_engine', 'ha_suspend', 'virtualhost', 'omega', 'quorum', 'hysteresis',
  'quorum_up', 'quorum_down', 'sorry_server', 'sorry_server_inhibit', 'warmup', 'ops', 'connect_timeout', 'inhibit_on_failure',
  'lb_flags', 'lvs_flags', 'one_packet_scheduler', 'smtp_alert', 'ip_family',
];

/** real_server keywords read by readVirtualServer. */
export const RS_MODELLED = ['weight', 'MISC_CHECK', 'TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'SMTP_CHECK', 'DNS_CHECK', 'UDP_CHECK', 'PING_CHECK', 'FILE_CHECK', 'BFD_CHECK'];
/** real_server keywords recognised and not modelled. */
export const RS_UNMODELLED = ['inhibit_on_failure', 'notify_up', 'notify_down', 'uthreshold', 'lthreshold', 'delay_loop', 'retry', 'delay_before_retry', 'alpha', 'smtp_alert', 'virtualhost'];

/** MISC_CHECK keywords read. */
export const MISC_MODELLED = ['misc_path', 'misc_timeout', 'retry', 'delay_before_retry', 'connect_timeout'];
/** MISC_CHECK keywords recognised and not modelled. */
export const MISC_UNMODELLED = ['misc_dynamic', 'user', 'warmup', 'delay_loop', 'nb_get_retry'];
