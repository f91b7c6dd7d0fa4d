// go_swimmer.mjs builds tools/mujocobench/goswim (our models/swimmer) twice,
// natively and for GOOS=js GOARCH=wasm, and runs it, the wasm build under
// this same Node through Go's own wasm_exec_node.js.

import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

// goEnv reads one `go env` value.
function goEnv(name) {
  return execFileSync("go", ["env", name], { encoding: "utf8" }).trim();
}

// buildGoswim compiles both binaries into <repo>/build/mujocobench/ (the
// repository already ignores /build/) and returns how to run each.
export function buildGoswim(repoRoot) {
  const out = path.join(repoRoot, "build", "mujocobench");
  mkdirSync(out, { recursive: true });
  const native = path.join(out, "goswim");
  const wasm = path.join(out, "goswim.wasm");
  const pkg = "./tools/mujocobench/goswim";
  const opts = { cwd: repoRoot, stdio: ["ignore", "inherit", "inherit"] };
  execFileSync("go", ["build", "-o", native, pkg], opts);
  execFileSync("go", ["build", "-o", wasm, pkg], {
    ...opts,
    env: { ...process.env, GOOS: "js", GOARCH: "wasm" },
  });
  const execNode = path.join(goEnv("GOROOT"), "lib", "wasm", "wasm_exec_node.js");
  return {
    native: { cmd: native, args: [] },
    wasm: { cmd: process.execPath, args: [execNode, wasm] },
  };
}

// runGoswim runs one build for a link count and returns its JSON report:
// {links, episodes, seconds: [per timed episode], return, qpos}.
export function runGoswim(target, links, episodes) {
  const args = [...target.args, "-links", String(links), "-episodes", String(episodes)];
  const text = execFileSync(target.cmd, args, { encoding: "utf8" });
  return JSON.parse(text);
}
