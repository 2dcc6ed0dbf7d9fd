#!/usr/bin/env bash
# `npm run build` (after the IDE): builds the 3W dashboard (dashboard/, React + ECharts) with Vite
# into dist/dashboard/, which the API serves at /dashboard (src/server/dashboard.router.ts). It
# bundles the province boundaries of data/boundaries/ and the typed documents of
# client/generated/. Type-checks dashboard/ first. Skipped when dist/dashboard/index.html is newer
# than every file it is built from, so that repeated `npm start` and `npm test` runs cost nothing;
# FORCE=1 rebuilds anyway. Run with the Node.js that scripts/node-env.sh puts on PATH (sourced here).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh

boundaries=data/boundaries/provinces-2025.geojson
if [ ! -f "$boundaries" ]; then
  echo "[dashboard] $boundaries is missing: the map needs the 2025 province boundaries" >&2
  exit 1
fi

out=dist/dashboard/index.html
inputs=(dashboard client/generated data/boundaries package-lock.json)
if [ "${FORCE:-}" != 1 ] && [ -f "$out" ] && [ -z "$(find "${inputs[@]}" -newer "$out" -print -quit)" ]; then
  exit 0
fi

echo "[dashboard] building the 3W dashboard into dist/dashboard (tsc, vite)" >&2
start=$SECONDS
npx --no-install tsc -p dashboard/tsconfig.json
npx --no-install vite build --config dashboard/vite.config.mts
echo "[dashboard] built in $((SECONDS - start)) s" >&2
