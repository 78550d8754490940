/** What a design loses when an imported config puts hosts in VLANs (netlab, ifupdown, netplan; decision 0026). */
export const VLAN_HINT = 'the topology kind has one broadcast domain: hosts in different VLANs are taken to reach each other at layer 2, and spanning tree runs one instance for all VLANs';
