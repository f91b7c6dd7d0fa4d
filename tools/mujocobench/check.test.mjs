// check.test.mjs checks that the generated MJCF and the JS NCAP reproduce the
// spec's MuJoCo goldens (/work/shared/specs/swimmer.md §2.3, §2.5), so the
// benchmark times the swimmer the spec describes. Run: npm test.

import assert from "node:assert/strict";
import { test } from "node:test";
import { swimmerMJCF } from "./mjcf.mjs";
import { MujocoSwimmer, SUBSTEPS } from "./mujoco_swimmer.mjs";
import { INIT_WEIGHTS, NCAP } from "./ncap.mjs";

// close asserts |got_i − want_i| ≤ rel·|want_i| for every component.
function close(got, want, rel, what) {
  assert.equal(got.length, want.length, `${what}: length`);
  want.forEach((w, i) => {
    assert.ok(Math.abs(got[i] - w) <= rel * Math.abs(w), `${what}[${i}] = ${got[i]}, want ${w}`);
  });
}

test("dof_invweight0 for 6 links (spec §2.3)", async () => {
  const s = await MujocoSwimmer.create(6);
  close(s.invWeight0(), [319.48, 16.667, 61066, 148700, 110662, 108888, 110662, 148700], 1e-4, "invweight0");
  s.delete();
});

test("G1: ctrl (1,0,0,0,0) for one control step (spec §2.5)", async () => {
  const s = await MujocoSwimmer.create(6);
  s.data.ctrl.set([1, 0, 0, 0, 0]);
  for (let k = 0; k < SUBSTEPS; k++) s.m.mj_step(s.model, s.data);
  const want = [-1.054439e-3, 2.457249e-5, -1.997665e-2, 3.425128e-2, -1.985527e-2, 6.380466e-3, -8.625568e-4, 6.147529e-5];
  close(Array.from(s.data.qpos), want, 1e-6, "qpos");
  s.delete();
});

test("G4: NCAP at initial weights, straight start (spec §2.5)", async () => {
  const s = await MujocoSwimmer.create(6);
  const { ret, qpos } = s.episode();
  assert.ok(Math.abs(ret - 794.9528) < 5e-5, `return = ${ret}, want 794.9528`);
  close(qpos, [-1.37341, -1.67301, -1.0134, -0.078493, 1.12852, -0.464017, -1.08946, 0.996114], 1e-5, "final qpos");
  s.delete();
});

test("NCAP actions: t0 from the straight pose (spec §2.5 G4) and the collapse rule at t30 (§3.3)", () => {
  const c = new NCAP(5, { weights: INIT_WEIGHTS });
  const out = new Array(5);
  assert.deepEqual(c.act([0, 0, 0, 0, 0], out), [1, 0, 0, 0, 0]);
  // At init joint i>0 copies the previous joint's normalised angle (§3.3).
  c.t = 30;
  const lim = (2 * Math.PI) / 6;
  close(c.act([lim, 0.5 * lim, -0.25 * lim, 2 * lim, 0], out), [-1, 1, 0.5, -0.25, 1], 1e-12, "t30 actions");
});

test("MJCF rejects link counts outside 3..15", () => {
  for (const n of [2, 16, 6.5]) assert.throws(() => swimmerMJCF(n), /links/);
});
