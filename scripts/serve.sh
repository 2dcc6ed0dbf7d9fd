#!/usr/bin/env bash
# `npm start`: from a fresh clone to the seeded graph served at http://localhost:${PORT:-4000}/graphql.
# Installs dependencies, builds and starts the local Neo4j (unless NEO4J_URI points elsewhere),
# compiles the API and the IDE, seeds (idempotent; SEED_ON_START=false skips it, for a graph seeded
# separately or a read-only Neo4j account), then runs the API in the foreground.
# Ctrl-C lets in-flight requests finish and stops the API;
# Neo4j keeps running for the next start (`npm run db:stop` stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
bash scripts/ensure-deps.sh
bash scripts/neo4j.sh start
npm run --silent build
# Seeds unless SEED_ON_START=false, then serves (NODE_ENV=production unless set): scripts/start.ts.
exec node dist/scripts/start.js
