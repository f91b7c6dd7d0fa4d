// ncap.mjs is a small NCAP controller (Bhattasali, Zador & Engel 2022) for the
// swim task, written from /work/shared/specs/swimmer.md §3.1–§3.3: shared
// weights, sign constraints applied by projection in the forward pass, a
// square-wave head oscillator, graded (clamp to [0, 1]) neurons.

// INIT_WEIGHTS are the constant initial weights of §3.5 in the order
// (prop, osc, ipsi, contra): excitatory +1, inhibitory −1.
export const INIT_WEIGHTS = Object.freeze([1, 1, 1, -1]);

const exc = (w) => Math.max(w, 0); // E(w), §3.2
const inh = (w) => Math.min(w, 0); // I(w), §3.2
const graded = (x) => Math.min(Math.max(x, 0), 1);

// NCAP maps the n joint angles to n actions in [−1, 1]. It keeps the control
// step counter t that drives the oscillator; reset() puts it back to 0.
export class NCAP {
  constructor(joints, { weights = INIT_WEIGHTS, period = 60 } = {}) {
    this.n = joints;
    this.period = period;
    [this.prop, this.osc, this.ipsi, this.contra] = weights.map(Number);
    this.limit = (2 * Math.PI) / (joints + 1); // normaliser, §3.1
    this.t = 0;
  }

  reset() {
    this.t = 0;
  }

  // act writes the n actions for joint angles q (any indexable of length n)
  // into out and advances the oscillator by one control step.
  act(q, out) {
    const wProp = exc(this.prop);
    const wOsc = exc(this.osc);
    const wIpsi = exc(this.ipsi);
    const wContra = inh(this.contra);
    const phase = this.t % this.period;
    const od = phase < Math.floor(this.period / 2) ? 1 : 0;
    const ov = 1 - od;
    let prevD = 0;
    let prevV = 0;
    for (let i = 0; i < this.n; i++) {
      let bd = 0;
      let bv = 0;
      if (i > 0) {
        bd += prevD * wProp;
        bv += prevV * wProp;
      } else {
        bd += od * wOsc;
        bv += ov * wOsc;
      }
      const Bd = graded(bd);
      const Bv = graded(bv);
      const md = graded(Bd * wIpsi + Bv * wContra);
      const mv = graded(Bv * wIpsi + Bd * wContra);
      out[i] = md - mv;
      // Proprioception of this joint feeds the next one (§3.1 split channels).
      const qh = Math.min(Math.max(q[i] / this.limit, -1), 1);
      prevD = Math.max(qh, 0);
      prevV = Math.max(-qh, 0);
    }
    this.t++;
    return out;
  }
}
