#!/usr/bin/env bash
# Installs node_modules from package-lock.json when they are missing or older than it.
# `npm install` rather than `npm ci`: npm 11 with omit-lockfile-registry-resolved (set on these
# machines) writes lock files that `npm ci` rejects for platform-only optional packages, while
# `npm install` installs the locked versions and leaves the lock file unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { echo "Node.js 20+ is required" >&2; exit 1; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] npm install (locked versions)" >&2
  npm install --no-audit --no-fund
fi
