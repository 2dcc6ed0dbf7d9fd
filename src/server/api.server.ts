import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import type { Logger as PinoLogger } from "pino";
import type { Config } from "../config";
import { createContext, createCurationModules, createRepositories } from "../composition";
import { openApiRouter } from "../export/export.openapi";
import { exportRouter } from "../export/export.router";
import { createDriver, createProbeDriver } from "../graph/graph.driver";
import { GraphExecutor } from "../graph/graph.executor";
import { getSchema } from "../composition";
import { ErrorCode, httpStatusOf } from "../common/errors";
import { ReadinessProbe } from "./health.check";
import { createHttpApp, onClientError } from "./http.app";
import { ListBounds } from "./list-bounds";
import { loadPersistedDocuments, PERSISTED_DOCUMENTS_FILE } from "./persisted-documents";
import { createServer } from "./server";

export interface ApiServerOptions {
  config: Config;
  logger: PinoLogger;
  /** Folder of the built GraphiQL IDE (dist/ide). */
  ideAssetsDir: string;
  /**
   * How long in-flight requests may take to finish once stop() is called; default: the longest a
   * request may take, max(REQUEST_TIMEOUT_MS, EXPORT_TIMEOUT_MS), plus DRAIN_MARGIN_MS.
   */
  drainMs?: number;
  /** Tags the API's Neo4j transactions. */
  appName?: string;
  /** The manifest of trusted documents; default: the client package's (persisted-documents.ts). */
  persistedDocumentsFile?: string;
}

export interface ApiServer {
  /** The port actually listened on (config.port 0 picks a free one). */
  port: number;
  graph: GraphExecutor;
  driver: Driver;
  /**
   * Drains: new requests get 503 SERVICE_UNAVAILABLE (`Connection: close`) while the requests in
   * flight finish, for up to drainMs; then the connections that are left are cut, the server
   * stops listening and the driver closes. Resolves with how many requests were cut (0: none).
   */
  stop(): Promise<{ cut: number }>;
}

/** Time past the longest request's budget for its answer to be written out. */
export const DRAIN_MARGIN_MS = 2_000;

/** How long a shutdown waits for in-flight requests: the longest a request may take, plus a margin. */
export function drainTimeMs(config: Config): number {
  return Math.max(config.requestTimeoutMs, config.exportTimeoutMs) + DRAIN_MARGIN_MS;
}

const DRAINING_BODY = JSON.stringify({
  errors: [{ message: "The server is shutting down; retry on another instance or shortly", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }],
});

/** Answers a request that arrives while the server drains, without running any of the app. */
function refuseWhileDraining(res: http.ServerResponse): void {
  res.shouldKeepAlive = false;
  res.writeHead(httpStatusOf(ErrorCode.SERVICE_UNAVAILABLE), {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(DRAINING_BODY),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Retry-After": "5",
    Connection: "close",
  });
  res.end(DRAINING_BODY);
}

/**
 * The whole API wired and listening on config.host:config.port: driver → executor →
 * repositories → per-request context → Apollo → HTTP app. src/main.ts and the tests' HTTP
 * server both start it this way, so what the tests exercise is what runs.
 */
export async function startApiServer({
  config,
  logger,
  ideAssetsDir,
  drainMs = drainTimeMs(config),
  appName,
  persistedDocumentsFile = PERSISTED_DOCUMENTS_FILE,
}: ApiServerOptions): Promise<ApiServer> {
  const persistedDocuments = loadPersistedDocuments(persistedDocumentsFile, config.persistedDocuments);
  const schema = await getSchema();
  const driver = createDriver(config);
  const graph = new GraphExecutor(driver, config.neo4jDatabase, appName);
  const repos = createRepositories(graph);
  const readiness = new ReadinessProbe(createProbeDriver(config, config.healthTimeoutMs), config.neo4jDatabase, graph.breaker, config.healthTimeoutMs);
  // The cost model's list bounds, measured before the first request is served unless that takes
  // longer than a request may (fallback meanwhile: COST_LIST_SIZE).
  const listBounds = new ListBounds(graph, logger);
  await listBounds.start(config.listBoundsRefreshSeconds * 1_000, config.requestTimeoutMs);
  const httpServer = http.createServer();
  // issue #20 (curation wiring): accounts and curation, each a module of resolvers' services, context slice, routes and plugins.
  const { accounts, curation } = createCurationModules(graph, config);
  const apollo = createServer({ schema, config, logger, listBounds, plugins: [...accounts.plugins, ...curation.plugins] });
  await apollo.start();
  const app = createHttpApp({
    config,
    apollo,
    // issue #20 (curation wiring): the two slices and routes.
    context: (requestInfo, pair) => ({ ...createContext(config, repos, requestInfo), accounts: accounts.context(pair), curation: curation.context(pair) }),
    routes: [accounts.router, curation.router],
    readiness,
    logger,
    ideAssetsDir,
    exports: exportRouter({ config, repository: repos.whoWhatWhere, exportRepository: repos.exports, schema, logger }),
    openApi: openApiRouter({ config, schema }),
    persistedDocuments,
  });
  // Requests in flight, for the drain; once draining, new ones are refused before the app runs.
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | undefined;
  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining) return refuseWhileDraining(res);
    inFlight.add(res);
    // A streamed download's pipeline, compression, the access log and this drain each watch "close".
    res.setMaxListeners(20);
    res.once("close", () => {
      inFlight.delete(res);
      if (inFlight.size === 0) onIdle?.();
    });
    app(req, res);
  });
  httpServer.on("clientError", onClientError);
  // Slow or idle clients cannot hold sockets for ever.
  httpServer.requestTimeout = config.requestTimeoutMs + 5_000;
  httpServer.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  return {
    port: (httpServer.address() as AddressInfo).port,
    graph,
    driver,
    async stop() {
      draining = true;
      // Idle keep-alive connections would otherwise bring new requests to refuse one by one.
      httpServer.closeIdleConnections();
      let cut = 0;
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        const finished = await Promise.race([
          new Promise<boolean>((resolve) => (onIdle = () => resolve(true))),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), drainMs))),
        ]);
        clearTimeout(timer);
        if (!finished) {
          cut = inFlight.size;
          logger.error(`drain: ${cut} request(s) still running after ${drainMs} ms; cutting them`);
        }
      }
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      listBounds.stop();
      await apollo.stop();
      await Promise.all([driver.close(), readiness.close()]);
      return { cut };
    },
  };
}
