import type { PackedModel } from '../core/model.js';
import type { WalkStepper } from './walkStepper.js';

/**
 * A {@link WalkStepper} over a packed model that allocates nothing per step: enabled
 * instances are counted by stepping each into a scratch buffer, and the chosen one is
 * stepped into the spare of two swapped state buffers.
 */
export function walkPackedStepper(model: PackedModel): WalkStepper<Uint8Array> {
  const initials = model.initialStates().map((s) => {
    const copy = Uint8Array.from(s);
    model.canonicalize?.(copy);
    return copy;
  });
  const n = model.instanceCount;
  const isFault = new Uint8Array(n);
  const duration = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    isFault[i] = model.isFault(i) ? 1 : 0;
    duration[i] = model.duration?.(i) ?? 1;
  }
  const enabled = new Int32Array(n);
  const nonFault = new Int32Array(n);
  let count = 0;
  let nonFaults = 0;
  let cur = new Uint8Array(model.width);
  let spare = new Uint8Array(model.width);
  const scratch = new Uint8Array(model.width);
  const canonicalize = model.canonicalize?.bind(model);

  return {
    initialCount: initials.length,
    reset(initialIndex) {
      const init = initials[initialIndex];
      if (!init) throw new RangeError(`initial state ${initialIndex} of ${initials.length}`);
      cur.set(init);
      count = 0;
      nonFaults = 0;
    },
    state: () => cur,
    expand() {
      count = 0;
      nonFaults = 0;
      for (let i = 0; i < n; i++) {
        if (!model.step(i, cur, scratch)) continue;
        if (isFault[i] === 0) nonFault[nonFaults++] = count;
        enabled[count++] = i;
      }
      return count;
    },
    nonFaultCount: () => nonFaults,
    nonFaultIndex: (j) => nonFault[j] ?? -1,
    faultAt: (k) => isFault[enabled[k] ?? 0] === 1,
    identityAt: (k) => enabled[k] ?? -1,
    advance(k) {
      const inst = enabled[k] ?? -1;
      model.step(inst, cur, spare);
      if (canonicalize) canonicalize(spare);
      const t = cur;
      cur = spare;
      spare = t;
      return duration[inst] ?? 1;
    },
    key: () => Buffer.from(cur.buffer, cur.byteOffset, cur.byteLength).toString('latin1'),
  };
}
