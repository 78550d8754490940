import { describe, expect, it } from 'vitest';
import { portIdOf } from '../../../models/stp/identifiers.js';
import { PLATFORM_RULES } from '../../../models/stp/platformRules.js';

describe('spanning-tree platform rules', () => {
  it('encode an 802.1D-2004 port id as a 4-bit priority over a 12-bit number', () => {
    expect(portIdOf(128, 5)).toBe(0x8005);
    expect(portIdOf(16, 4095)).toBe(0x1fff);
  });

  it('encode a Linux port id as a 6-bit priority over a 10-bit number, as br_make_port_id does', () => {
    expect(portIdOf(32, 5, 'linux')).toBe(0x8005);
    expect(portIdOf(33, 5, 'linux')).toBe((33 << 10) | 5);
    expect(portIdOf(1, 1023, 'linux')).toBe(0x07ff);
  });

  it('give the same port id on both platforms where a Linux priority is an 802.1D one divided by 4', () => {
    for (const linux of [0, 4, 8, 32, 60]) expect(portIdOf(linux, 7, 'linux')).toBe(portIdOf(linux * 4, 7));
  });

  it('accept any 16-bit bridge priority on Linux and only multiples of 4096 up to 61440 on 802.1D-2004', () => {
    expect([0, 100, 32767, 65535].map(PLATFORM_RULES.linux.bridgePriority)).toEqual([true, true, true, true]);
    expect([0, 100, 61440, 65535].map(PLATFORM_RULES.ieee.bridgePriority)).toEqual([true, false, true, false]);
    expect(PLATFORM_RULES.linux.bridgePriority(65536)).toBe(false);
  });

  it('accept port priorities 0..63 on Linux and multiples of 16 up to 240 on 802.1D-2004', () => {
    expect([0, 33, 63, 64].map(PLATFORM_RULES.linux.portPriority)).toEqual([true, true, true, false]);
    expect([0, 33, 240, 256].map(PLATFORM_RULES.ieee.portPriority)).toEqual([true, false, true, false]);
  });
});
