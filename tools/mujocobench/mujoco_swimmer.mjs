// mujoco_swimmer.mjs runs swim-task episodes of the generated swimmer in
// MuJoCo's own WebAssembly build (npm mujoco-js), driven by the JS NCAP.

import loadMujoco from "mujoco-js";
import { swimmerMJCF } from "./mjcf.mjs";
import { NCAP } from "./ncap.mjs";

// Spec §1.2: 0.002 s physics steps, 15 per 0.03 s control step, 1000 control
// steps per episode.
export const SUBSTEPS = 15;
export const EPISODE_STEPS = 1000;

let modulePromise;

// mujoco loads the WebAssembly module once per process.
export function mujoco() {
  modulePromise ??= loadMujoco().then((m) => {
    m.FS.mkdir("/bench");
    return m;
  });
  return modulePromise;
}

// MujocoSwimmer owns one compiled model and its data for a link count.
export class MujocoSwimmer {
  static async create(links, opts = {}) {
    const m = await mujoco();
    const path = `/bench/swimmer${links}${opts.visual ? "v" : ""}.xml`;
    m.FS.writeFile(path, swimmerMJCF(links, opts));
    const model = m.MjModel.loadFromXML(path);
    if (!model) throw new Error(`mujoco-js could not load ${path}`);
    return new MujocoSwimmer(m, model, links);
  }

  constructor(m, model, links) {
    this.m = m;
    this.model = model;
    this.data = new m.MjData(model);
    this.links = links;
    this.joints = links - 1;
  }

  // version is the MuJoCo version string the WebAssembly build reports.
  version() {
    return this.m.mj_versionString();
  }

  // invWeight0 is MuJoCo's dof_invweight0 for the compiled model, which the
  // spec lists for N = 6 (§2.3): a check that the XML matches §1.1.
  invWeight0() {
    return Array.from(this.model.dof_invweight0);
  }

  // episode runs one episode from the straight start (all qpos, qvel 0) with
  // NCAP at the given weights, holding each action for SUBSTEPS physics
  // steps, and returns the swim return (§1.5) and the final qpos.
  episode({ steps = EPISODE_STEPS, weights } = {}) {
    const { m, model, data } = this;
    const ncap = new NCAP(this.joints, weights ? { weights } : {});
    m.mj_resetData(model, data);
    // Views into wasm memory; the model does not grow memory while stepping.
    const qpos = data.qpos;
    const qvel = data.qvel;
    const ctrl = data.ctrl;
    const joints = qpos.subarray(3);
    let ret = 0;
    for (let k = 0; k < steps; k++) {
      ncap.act(joints, ctrl);
      for (let s = 0; s < SUBSTEPS; s++) m.mj_step(model, data);
      ret += swimReward(qpos, qvel);
    }
    return { ret, qpos: Array.from(qpos) };
  }

  delete() {
    this.data.delete();
    this.model.delete();
  }
}

// swimReward is r = clamp(v / 0.1, 0, 1) with v the head's forward speed
// (§1.5, §2.4) after the last substep. The root slides move the hinge anchor
// along world x and y and the head's local +y axis is (−sin θ, cos θ), so
// v = −(u · (ẋ, ẏ)) = sin θ·ẋ − cos θ·ẏ; the rotation about the anchor adds
// no velocity along the head's own axis.
function swimReward(qpos, qvel) {
  const th = qpos[2];
  const v = Math.sin(th) * qvel[0] - Math.cos(th) * qvel[1];
  return Math.min(Math.max(v / 0.1, 0), 1);
}
