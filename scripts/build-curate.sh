#!/usr/bin/env bash
# `npm run build` (after the dashboard): builds the curators' workbench (curate/, React) with Vite
# into dist/curate/, which the API serves at /curate (src/server/curate.router.ts). Type-checks
# curate/ first. Skipped when dist/curate/index.html is newer than every file it is built from
# (curate/, the graph vocabulary it imports from src/graph, package-lock.json), so that repeated
# `npm start` and `npm test` runs cost nothing; FORCE=1 rebuilds anyway. Needs no install of its
# own: React and the fonts are the root package's (the dashboard's and the IDE's).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh

out=dist/curate/index.html
inputs=(curate src/graph/graph.model.ts src/graph/graph.enums.ts package-lock.json)
if [ "${FORCE:-}" != 1 ] && [ -f "$out" ] && [ -z "$(find "${inputs[@]}" -newer "$out" -print -quit)" ]; then
  exit 0
fi

echo "[curate] building the curators' workbench into dist/curate (tsc, vite)" >&2
start=$SECONDS
npx --no-install tsc -p curate/tsconfig.json
npx --no-install vite build --config curate/vite.config.mts
echo "[curate] built in $((SECONDS - start)) s" >&2
