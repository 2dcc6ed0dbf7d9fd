import http from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { AddressInfo } from "node:net";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { pino, type Logger as PinoLogger } from "pino";
import type { Config } from "../config";
import type { BaseContext, RequestInfo } from "../context.type";
import { createDriver, createProbeDriver } from "../graph/graph.driver";
import { GraphExecutor } from "../graph/graph.executor";
import type { BoundStatement, HttpPair, HttpRoute, Logger } from "../module.type";
import { ErrorCode, httpStatusOf } from "../common/errors";
import { ReadinessProbe } from "./health.check";
import { createHttpApp, onClientError } from "./http.app";
import { ListBounds } from "./list-bounds";
import { loadPersistedDocuments, PERSISTED_DOCUMENTS_FILE } from "./persisted-documents";
import { createServer } from "./server";
import { lateRejectionHandler } from "./late-rejections";

/**
 * The API as the composition root (src/composition.ts) hands it over: the schema, and, once the
 * executor exists, each request's context and the capabilities' routes. The server knows no
 * capability: these are plain values.
 */
export interface ComposedApi<C extends BaseContext> {
  schema(): Promise<GraphQLSchema>;
  /** The statements measuring the schema's unpaged lists, for the cost model (list-bounds.ts). */
  boundStatements(): readonly BoundStatement[];
  over(
    graph: GraphExecutor,
    deps: { config: Config; schema: GraphQLSchema; logger: Logger },
  ): { context(requestInfo?: RequestInfo, http?: HttpPair): C; routes: readonly HttpRoute[]; plugins: readonly ApolloServerPlugin<C>[] };
}

export interface ApiServerOptions<C extends BaseContext> {
  /** What to serve: src/composition.ts's API. */
  api: ComposedApi<C>;
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

/** The port of a listening TCP server's address. */
function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === "string") throw new Error("the API server is not listening on a TCP port");
  return address.port;
}

/** Time past the longest request's budget for its answer to be written out. */
export const DRAIN_MARGIN_MS = 2_000;

/** How long an idle keep-alive socket stays open: past a load balancer's usual 60 s idle timeout. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

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
 * The whole API wired and listening on config.host:config.port: driver → executor → the
 * composed capabilities (repositories, per-request context, routes) → Apollo → HTTP app.
 * src/main.ts and the tests' HTTP server both start it this way, so what the tests exercise is what runs.
 */
export async function startApiServer<C extends BaseContext>({
  api,
  config,
  logger,
  ideAssetsDir,
  drainMs = drainTimeMs(config),
  appName,
  persistedDocumentsFile = PERSISTED_DOCUMENTS_FILE,
}: ApiServerOptions<C>): Promise<ApiServer> {
  const persistedDocuments = loadPersistedDocuments(persistedDocumentsFile, config.persistedDocuments);
  const schema = await api.schema();
  const driver = createDriver(config);
  const graph = new GraphExecutor(driver, config.neo4jDatabase, appName);
  const { context, routes, plugins } = api.over(graph, { config, schema, logger });
  const readiness = new ReadinessProbe(createProbeDriver(config, config.healthTimeoutMs), config.neo4jDatabase, graph.breaker, config.healthTimeoutMs);
  // The cost model's list bounds, measured before the first request is served unless that takes
  // longer than a request may (fallback meanwhile: COST_LIST_SIZE).
  const listBounds = new ListBounds(graph, logger, api.boundStatements());
  await listBounds.start(config.listBoundsRefreshSeconds * 1_000, config.requestTimeoutMs);
  const httpServer = http.createServer();
  const apollo = createServer<C>({ schema, config, logger, listBounds, plugins });
  await apollo.start();
  const app = createHttpApp({
    config,
    apollo,
    context,
    readiness,
    logger,
    ideAssetsDir,
    routes,
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
  // Idle keep-alive sockets stay open longer than a load balancer's usual idle timeout (60 s), so the
  // balancer, not this server, closes them. Node's 5 s default races a client or balancer that reuses
  // a pooled socket just as the server closes it: the request dies as ECONNRESET (a 502 behind a
  // balancer), most often right after a long event-loop pause. The server's Keep-Alive header
  // advertises the window, and clients pooling by it (undici, fetch) stop reusing a socket first.
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  return {
    port: portOf(httpServer.address()),
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

/**
 * Starts the API on HOST:PORT (127.0.0.1:4000) and runs it until a signal: what src/main.ts and
 * `npm start` (scripts/start.ts) do. A database that is down at start-up is reported but does
 * not stop the server: requests get SERVICE_UNAVAILABLE until it answers. SIGTERM/SIGINT drain:
 * new requests get 503 SERVICE_UNAVAILABLE while in-flight ones finish, for as long as the
 * longest allowed request (max(REQUEST_TIMEOUT_MS, EXPORT_TIMEOUT_MS) plus a margin); then the
 * driver closes and the process exits 0, or 1 when it had to cut a request. A second signal exits 1 at once.
 */
export async function serveApi<C extends BaseContext>({ api, config, ideAssetsDir }: Pick<ApiServerOptions<C>, "api" | "config" | "ideAssetsDir">): Promise<void> {
  const logger = pino({ level: config.logLevel, base: undefined });
  // A request's error that graphql-js left without a handler must not end the server for everyone.
  process.on(
    "unhandledRejection",
    lateRejectionHandler(logger, (code) => process.exit(code)),
  );
  const drainMs = drainTimeMs(config);
  const server = await startApiServer({ api, config, logger, ideAssetsDir, drainMs });
  await server.graph.ping().then(
    () => logger.info(`graph database reachable at ${config.neo4jUri}`),
    (err: Error) => logger.warn(`graph database not reachable at ${config.neo4jUri} (${err.message}); serving anyway`),
  );
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  logger.info(`GraphQL API and IDE ready at http://${shownHost}:${server.port}${config.basePath}/graphql`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests (up to ${drainMs} ms), refusing new ones, then exiting`);
    server.stop().then(
      ({ cut }) => process.exit(cut === 0 ? 0 : 1),
      (err: unknown) => {
        logger.error({ err }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
