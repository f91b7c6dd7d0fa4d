// bench.mjs times whole 1000-step swim episodes of the same swimmer, driven by
// NCAP at its initial weights from the straight start, in MuJoCo's WebAssembly
// build (npm mujoco-js) and in bioplay's Go models/swimmer compiled to wasm
// (and natively), all in one invocation, and prints a Markdown table with the
// ratio (issue 4, Done-when: performance).
//
//   node bench.mjs [--links 6,15] [--rounds 3] [--episodes 5] [--stat median|best]
//                  [--visual] [--mujoco-only]
//
// A round runs, for every link count, MuJoCo, then Go-wasm, then Go native,
// one after the other (never concurrently); each engine runs one untimed
// warm-up episode, then --episodes timed ones. Rounds interleave the engines
// so a burst of load on a shared machine does not hit one engine only. The
// table shows the median (default) or best seconds per episode over all
// rounds' timed episodes.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildGoswim, runGoswim } from "./go_swimmer.mjs";
import { EPISODE_STEPS, MujocoSwimmer, SUBSTEPS } from "./mujoco_swimmer.mjs";
import { maxAbsDiff, median } from "./stats.mjs";

// Spec §2.5 G4: NCAP at initial weights, straight start, 6 links, MuJoCo 3.3.8.
const G4_RETURN = 794.9528;
// Returns of the two engines must agree this closely (spec §2.5 expects
// ~1e-10 on the goldens); otherwise the comparison is not like for like.
const RETURN_TOLERANCE = 1e-6;
const PHYSICS_STEPS = EPISODE_STEPS * SUBSTEPS;

const { values: opts } = parseArgs({
  options: {
    links: { type: "string", default: "6,15" },
    rounds: { type: "string", default: "3" },
    episodes: { type: "string", default: "5" },
    stat: { type: "string", default: "median" },
    visual: { type: "boolean", default: false },
    "mujoco-only": { type: "boolean", default: false },
  },
});
const linkCounts = opts.links.split(",").map(Number);
const episodes = positive("episodes");
const rounds = positive("rounds");
const stats = { median, best: (xs) => Math.min(...xs) };
const stat = stats[opts.stat];
if (!stat) throw new Error(`--stat ${opts.stat}: want median or best`);

function positive(name) {
  const v = Number(opts[name]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} ${opts[name]}: want an integer ≥ 1`);
  return v;
}

// timeMujoco runs the warm-up and the timed episodes for one link count.
async function timeMujoco(links) {
  const sim = await MujocoSwimmer.create(links, { visual: opts.visual });
  const first = sim.episode();
  const seconds = [];
  for (let e = 0; e < episodes; e++) {
    const t0 = process.hrtime.bigint();
    const r = sim.episode();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.ret !== first.ret) throw new Error(`MuJoCo run is not repeatable: ${r.ret} vs ${first.ret}`);
  }
  const version = sim.version();
  sim.delete();
  return { version, seconds, return: first.ret, qpos: first.qpos };
}

// merge adds one round's report to the running one, pooling the timings.
function merge(acc, r) {
  if (!acc) return r;
  return { ...acc, seconds: [...acc.seconds, ...r.seconds] };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const go = opts["mujoco-only"] ? null : buildGoswim(repoRoot);

const rows = linkCounts.map((links) => ({ links }));
let version = "";
for (let round = 0; round < rounds; round++) {
  for (const row of rows) {
    const mj = await timeMujoco(row.links);
    version = mj.version;
    row.mj = merge(row.mj, mj);
    if (go) {
      row.wasm = merge(row.wasm, runGoswim(go.wasm, row.links, episodes));
      row.native = merge(row.native, runGoswim(go.native, row.links, episodes));
    }
  }
}

const fmtS = (s) => (s === undefined ? "–" : s.toFixed(4));
const fmtRate = (s) => (s === undefined ? "–" : Math.round(PHYSICS_STEPS / s).toLocaleString("en-US"));
const fmtRet = (r) => (r === undefined ? "–" : r.toFixed(4));

console.log(
  `MuJoCo ${version} (mujoco-js, WebAssembly) vs bioplay models/swimmer (Go, GOOS=js GOARCH=wasm and native), ` +
    `Node ${process.version}; NCAP at initial weights, straight start, ${EPISODE_STEPS} control steps × ${SUBSTEPS} ` +
    `substeps = ${PHYSICS_STEPS} physics steps per episode; ${opts.stat} of ${rounds} rounds × ${episodes} timed ` +
    `episodes per engine (each round after 1 warm-up)${opts.visual ? "; MuJoCo model with visual geoms and sensors" : ""}.\n`,
);
console.log(
  "| links | MuJoCo-wasm s/episode | Go-wasm s/episode | Go native s/episode | MuJoCo-wasm steps/s | " +
    "Go-wasm steps/s | Go native steps/s | MuJoCo / Go-wasm | MuJoCo return | Go return |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
let failed = false;
for (const { links, mj, wasm, native } of rows) {
  const m = stat(mj.seconds);
  const w = wasm && stat(wasm.seconds);
  const n = native && stat(native.seconds);
  const ratio = w ? `${(m / w).toFixed(1)}×` : "–";
  console.log(
    `| ${links} | ${fmtS(m)} | ${fmtS(w)} | ${fmtS(n)} | ${fmtRate(m)} | ${fmtRate(w)} | ${fmtRate(n)} | ` +
      `${ratio} | ${fmtRet(mj.return)} | ${fmtRet(wasm?.return)} |`,
  );
}
console.log("");
for (const { links, mj, wasm, native } of rows) {
  const notes = [];
  if (links === 6) {
    const ok = Math.abs(mj.return - G4_RETURN) < 5e-5;
    notes.push(`MuJoCo return ${mj.return.toFixed(6)} vs spec G4 ${G4_RETURN}: ${ok ? "ok" : "MISMATCH"}`);
    failed ||= !ok;
  }
  for (const [name, go] of [["Go-wasm", wasm], ["Go native", native]]) {
    if (!go) continue;
    const d = Math.abs(go.return - mj.return);
    const ok = d <= RETURN_TOLERANCE;
    notes.push(`${name} |Δreturn| ${d.toExponential(1)}, max |Δqpos| ${maxAbsDiff(go.qpos, mj.qpos).toExponential(1)}${ok ? "" : " MISMATCH"}`);
    failed ||= !ok;
  }
  if (notes.length) console.log(`${links} links: ${notes.join("; ")}`);
}
if (failed) {
  console.error("engines disagree: the timings above do not compare the same swimmer");
  process.exit(1);
}
