#!/bin/sh
# run.sh: the MuJoCo-WASM vs Go-wasm swimmer benchmark in one go (make bench-mujoco).
# Installs the pinned development-only npm dependency (mujoco-js) on first use,
# then runs bench.mjs; arguments are passed on, e.g. ./run.sh --links 6 --episodes 11
set -eu
cd "$(dirname "$0")"
if [ ! -d node_modules/mujoco-js ]; then
	npm ci --no-audit --no-fund
fi
exec node bench.mjs "$@"
