import { describe, expect, it } from 'vitest';
import { compareWithModel } from '../../bench/conformance/compareWithModel.js';
import { normaliseBridgeId, type KernelBridge, type KernelPort } from '../../bench/conformance/observeKernel.js';
import { randomStpCase } from '../../bench/conformance/randomStpCase.js';
import { bridgeIdOf, convergeStp, portKey } from '../../models/stp/index.js';

describe('conformance case generation', () => {
  it('generates the same topology from the same seed', () => {
    expect(randomStpCase(42)).toEqual(randomStpCase(42));
    expect(randomStpCase(42)).not.toEqual(randomStpCase(43));
  });

  it('never links two bridges without STP nor loops one back, so no storm is possible', () => {
    for (let seed = 0; seed < 500; seed++) {
      const { topology } = randomStpCase(seed);
      const mode = new Map(topology.bridges.map((b) => [b.id, b.mode]));
      for (const l of topology.links) expect(mode.get(l.a.bridge) === 'none' && mode.get(l.b.bridge) === 'none').toBe(false);
      expect(topology.bridges.length).toBeGreaterThanOrEqual(3);
      expect(topology.bridges.length).toBeLessThanOrEqual(8);
      // Ports are numbered 1..k per bridge, the order the kernel assigns.
      for (const b of topology.bridges) {
        const numbers = topology.ports.filter((p) => p.bridge === b.id).map((p) => p.number);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      }
    }
  });
});

describe('comparison with a kernel observation', () => {
  const c = randomStpCase(7);
  const model = convergeStp(c.topology, new Set());
  /** A kernel observation that says exactly what the model says. */
  const agreeing = (): Map<string, KernelBridge> =>
    new Map(
      c.topology.bridges.map((b) => {
        const m = model.bridges.get(b.id);
        const ports = new Map<string, KernelPort>(
          c.topology.ports
            .filter((p) => p.bridge === b.id)
            .map((p) => {
              const mp = model.ports.get(portKey(b.id, p.name));
              const state = mp?.state === 'forwarding' ? 'forwarding' : 'blocking';
              return [p.name, { name: p.name, state, number: p.number, portId: mp?.portId ?? 0, messageAgeTimer: 0, forwardDelayTimer: 0 }];
            }),
        );
        const rootPort = c.topology.ports.find((p) => p.bridge === b.id && p.name === m?.rootPort)?.number ?? 0;
        return [b.id, { bridgeId: m?.bridgeId ?? '', rootId: m?.rootId ?? '', rootPort, rootPathCost: m?.rootPathCost ?? 0, ports }];
      }),
    );

  it('finds nothing to report when the kernel agrees', () => {
    expect(compareWithModel(c.topology, model, agreeing())).toEqual([]);
  });

  it('reports a port the kernel blocks but the model forwards', () => {
    const kernel = agreeing();
    const [key, port] = [...model.ports].find(([, p]) => p.state === 'forwarding' && p.role !== 'none') ?? [];
    const bridge = kernel.get(port?.bridge ?? '');
    const kp = bridge?.ports.get(port?.name ?? '');
    if (bridge === undefined || kp === undefined) throw new Error('no forwarding port in case 7');
    (bridge.ports as Map<string, KernelPort>).set(kp.name, { ...kp, state: 'blocking' });
    expect(compareWithModel(c.topology, model, kernel)).toEqual([`${key}: state kernel=blocking model=forwarding (${port?.role})`]);
  });

  it('reads the kernel bridge id form as the model writes it', () => {
    expect(normaliseBridgeId('1000.2:0:0:0:a:1')).toBe('1000.020000000a01');
    expect(normaliseBridgeId('8000.2:0:0:0:D4:5')).toBe(bridgeIdOf(32768, '02:00:00:00:d4:05'));
  });
});
