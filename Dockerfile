# The API image. Seeds the graph at NEO4J_URI (idempotent; SEED_ON_START=false skips it, so the API
# can use a read-only account), then serves on port 4000 on every interface (under BASE_PATH if
# set), with the GraphiQL IDE built in (no internet needed by the browser).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY ide ./ide
COPY dashboard ./dashboard
COPY curate ./curate
COPY data ./data
COPY client ./client
RUN npx tsc -p tsconfig.build.json && bash scripts/build-ide.sh && bash scripts/build-dashboard.sh && bash scripts/build-curate.sh && npm prune --omit=dev

FROM node:24-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 SEED_ON_START=true
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seeds ./seeds
# The trusted documents of the client package (PERSISTED_DOCUMENTS=allow|only).
COPY client/generated/persisted-documents.json ./client/generated/persisted-documents.json
EXPOSE 4000
USER node
# Liveness: the process answers. Readiness (/health/ready: Neo4j answers) is for load balancers;
# a busy or briefly unreachable database must not get a healthy API container restarted.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000'+(process.env.BASE_PATH||'').replace(/\\/+$/,'')+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Seeds unless SEED_ON_START=false, then serves (scripts/start.ts).
CMD ["node", "dist/scripts/start.js"]
