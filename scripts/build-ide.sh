#!/usr/bin/env bash
# `npm run build:ide`: builds the GraphQL IDE (ide/, GraphiQL) with Vite into dist/ide/, which the
# API serves at /graphql and /ide/ (src/server/ide.router.ts). Skipped when dist/ide/index.html is
# newer than every file under ide/ and than package-lock.json, so that repeated `npm start` and
# `npm test` runs cost nothing; FORCE=1 rebuilds anyway. Run with the Node.js that
# scripts/node-env.sh puts on PATH (sourced here).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh

out=dist/ide/index.html
if [ "${FORCE:-}" != 1 ] && [ -f "$out" ] && [ -z "$(find ide package-lock.json -newer "$out" -print -quit)" ]; then
  exit 0
fi

echo "[ide] building the GraphQL IDE into dist/ide (vite)" >&2
start=$SECONDS
npx --no-install vite build --config ide/vite.config.mts
echo "[ide] built in $((SECONDS - start)) s" >&2
