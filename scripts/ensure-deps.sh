#!/usr/bin/env bash
# Installs node_modules exactly as package-lock.json says (`npm ci`) when they are missing or
# older than the lock file. Run with the Node.js that scripts/node-env.sh puts on PATH.
# The lock file is written so that `npm ci` accepts it with npm 10 and npm 11: keep it that way
# (`npm install` then `npm ci --dry-run` with both) when dependencies change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] npm ci (locked versions, Node.js $(node --version))" >&2
  npm ci --no-audit --no-fund
fi
