#!/usr/bin/env bash
# `npm test`: every check, from a fresh clone. Installs dependencies (and Debian's chromium when
# missing), type-checks src, scripts and tests, lints, builds, starts the local Neo4j (unless NEO4J_URI
# points elsewhere), then runs the unit tests (no database), the integration tests (real Neo4j,
# seeded by their global setup) and the browser tests (headless Chromium, outside hosts blocked).
# In CI (CI=true) a Neo4j started here is stopped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
bash scripts/ensure-deps.sh
npx tsc -p tsconfig.json --noEmit
# ESLint (typescript-eslint) and Prettier's check: the same rules for every contributor.
npm run --silent lint

started_here=0
if [ -z "${NEO4J_URI:-}" ] && ! bash scripts/neo4j.sh status; then
  started_here=1
  # Another program (another checkout's Neo4j, say) on the default port: use a free one instead.
  port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  if [ -z "${NEO4J_BOLT_PORT:-}" ] && port_busy 7687; then
    for port in $(seq 7688 7699); do
      if ! port_busy "$port"; then export NEO4J_BOLT_PORT="$port"; break; fi
    done
    echo "[test] port 7687 is taken: local Neo4j on ${NEO4J_BOLT_PORT:-7687}" >&2
  fi
fi
bash scripts/neo4j.sh start
cleanup() { if [ "$started_here" = 1 ] && [ "${CI:-}" = "true" ]; then bash scripts/neo4j.sh stop || true; fi; }
trap cleanup EXIT

bash scripts/ensure-chromium.sh
# The built server (lifecycle tests spawn it) and the IDE (browser tests open it).
npm run --silent build
# In band: integration suites share one database, and one of them writes (then removes) test data.
npx jest --ci --runInBand "$@"
