import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import cors from "cors";
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { Logger as PinoLogger } from "pino";
import { pinoHttp } from "pino-http";
import type { Config } from "../config";
import type { BaseContext, RequestInfo } from "../context.type";
import { ErrorCode, httpStatusOf } from "../common/errors";
import { RequestBudget, runWithBudget } from "../graph/graph.budget";
import type { HttpPair, HttpRoute } from "../module.type";
import { curateRouter } from "./curate.router";
import { dashboardRouter } from "./dashboard.router";
import type { ReadinessProbe } from "./health.check";
import { sendError } from "../common/http.errors";
import { ideRouter } from "./ide.router";
import { type PersistedDocuments, persistedDocumentsMiddleware } from "./persisted-documents";
import { foundRequestInfo, requestInfoOf } from "./request-info";

export interface HttpAppOptions<C extends BaseContext> {
  config: Config;
  /** Started Apollo server (createServer + start()). */
  apollo: ApolloServer<C>;
  /** Builds a request's context (the capabilities' services, fresh loaders) with its access-log record and the request itself. */
  context: (requestInfo: RequestInfo, http: HttpPair) => C;
  /** Whether the database answers, on connections of its own (/health/ready, /health). */
  readiness: Pick<ReadinessProbe, "check">;
  logger: PinoLogger;
  /** Folder of the built GraphiQL IDE (dist/ide). */
  ideAssetsDir: string;
  /** Folder of the built 3W dashboard; default: dist/dashboard, beside ideAssetsDir. */
  dashboardAssetsDir?: string;
  /** The capabilities' own routes (the downloads under /export, /openapi.json…), in order. */
  routes?: readonly HttpRoute[];
  /** Trusted documents clients may send by id (PERSISTED_DOCUMENTS). */
  persistedDocuments: PersistedDocuments;
}

/**
 * Answers what Node's HTTP parser refuses before express sees it (a URL or headers over its
 * limits, malformed requests) with a JSON error instead of an empty body. Attach to the
 * http.Server: `server.on("clientError", onClientError)`.
 */
export function onClientError(err: NodeJS.ErrnoException, socket: import("node:stream").Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : httpStatusOf(ErrorCode.BAD_REQUEST);
  const body = JSON.stringify({
    errors: [{ message: status === 431 ? "The request's URL or headers are too large" : "The request could not be read", extensions: { code: ErrorCode.BAD_REQUEST } }],
  });
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\nContent-Type: application/json\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The HTTP face of the API:
 *   GET  /health/live       200 {live: true} while the process answers; never asks the database
 *   GET  /health/ready      200 {ready: true, …} or 503 {ready: false, database, message} when Neo4j
 *                           does not answer the probe within HEALTH_TIMEOUT_MS (health.check.ts)
 *   GET  /health            the readiness probe in the old shape: 200 {api, database} or 503
 *   GET  /, /graphql (html)  the GraphiQL IDE, served from this origin (works offline)
 *   GET  /ide/*              its static files
 *   GET  /dashboard, /dashboard/assets/*   the 3W dashboard and its static files (dashboard.router.ts)
 *   GET  /curate, /curate/assets/*   the curators' workbench and its static files (curate.router.ts)
 *   POST /graphql, GET /graphql?query=…   the GraphQL API (Apollo); `documentId=` instead of
 *                            `query` runs a trusted document (persisted-documents.ts)
 *   the capabilities' routes (`routes`): GET /export/* (3W rows as CSV, HXL, XLSX and places as
 *                            GeoJSON) and GET /openapi.json (their OpenAPI description), from src/export
 * All of these under BASE_PATH when set (config.basePath: "/g/graphql"…); anything outside it is 404.
 * Every request gets an access-log line (operation, cost, duration, outcome), a time budget
 * and a cap on its concurrent database statements (graph.budget.ts); clients are rate limited
 * per address (the socket's, or X-Forwarded-For from the proxies TRUST_PROXY names), static
 * files excepted; bodies are capped, a declared oversized one refused before it is read;
 * malformed bodies get a JSON error, never an HTML stack trace; every answer is nosniff.
 * Responses are compressed (gzip, br) when the client accepts it, streamed ones too; bodies sent
 * whole carry a strong ETag and answer If-None-Match with 304 (Cache-Control: http-cache.ts).
 */
export function createHttpApp<C extends BaseContext>(options: HttpAppOptions<C>): express.Express {
  const { config, apollo, logger } = options;
  const server = express();
  server.disable("x-powered-by");
  // A strong ETag (hash of the uncompressed body) on every response sent whole; req.fresh then
  // turns a matching If-None-Match on a GET into 304.
  server.set("etag", "strong");
  // The client's address (rate limit, access log): the socket's own unless TRUST_PROXY names the
  // proxies whose X-Forwarded-For is believed; trusting it by default would let any client pick
  // its own rate-limit bucket with a forged header.
  try {
    server.set("trust proxy", config.trustProxy);
  } catch (err) {
    throw new Error(`TRUST_PROXY is not a hop count or a list of addresses, CIDRs, loopback, linklocal, uniquelocal: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }

  // Every answer, errors and 404s included: browsers must not guess a type other than the one sent.
  server.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });

  server.use(
    pinoHttp({
      logger,
      quietReqLogger: true,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
      customSuccessMessage: (req, res) => `${req.method} ${originalUrlOf(req)} ${res.statusCode}`,
      customErrorMessage: (req, res) => `${req.method} ${originalUrlOf(req)} ${res.statusCode}`,
      customProps: (_req, res) => {
        const info = foundRequestInfo(res);
        return info ? { operation: info.operationName, cost: info.cost, errors: info.errorCodes.length ? info.errorCodes : undefined } : {};
      },
      serializers: {
        req: (req: { method: string; url: string; remoteAddress?: string }) => ({ method: req.method, url: req.url.slice(0, 200), remoteAddress: req.remoteAddress }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => isStaticAsset(stripBasePath(req.url ?? "", config.basePath)) },
    }),
  );

  // A declared body over the limit is refused before a byte of it is read (the body parser would
  // read, or wait for, the whole body before answering); the connection is closed after.
  server.use((req, res, next) => {
    const declared = Number(req.headers["content-length"]);
    if (!(declared > config.maxBodyBytes)) return next();
    res.setHeader("Connection", "close");
    sendError(res, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${config.maxBodyBytes} bytes`);
  });

  // Before every handler, so that every body can be compressed; streamed ones are compressed as
  // they are written. XLSX (already a zip) is left alone by the default filter.
  server.use(compression());

  // Everything below is served under BASE_PATH ("" = the root): paths seen by the handlers are
  // relative to it, and anything outside it is a 404 from the server's own handler.
  const app = express.Router();
  server.use(config.basePath || "/", app);
  server.use((_req, res) => sendError(res, ErrorCode.NOT_FOUND, `No such path; the API is at ${config.basePath}/graphql`));

  // Before the rate limit: probes are never limited. Never cached.
  app.get("/health/live", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ live: true });
  });
  app.get("/health/ready", (_req, res, next) => {
    options.readiness.check().then((readiness) => {
      res
        .set("Cache-Control", "no-store")
        .status(readiness.ready ? 200 : httpStatusOf(ErrorCode.SERVICE_UNAVAILABLE))
        .json(readiness);
    }, next);
  });
  app.get("/health", (_req, res, next) => {
    options.readiness.check().then(({ ready }) => {
      res
        .set("Cache-Control", "no-store")
        .status(ready ? 200 : httpStatusOf(ErrorCode.SERVICE_UNAVAILABLE))
        .json({ api: true, database: ready });
    }, next);
  });

  if (config.rateLimitPerMinute > 0) {
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: config.rateLimitPerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        // Static files never count: one page load fetches dozens of them.
        skip: (req) => isStaticAsset(req.path),
        // Without TRUST_PROXY a client's X-Forwarded-For is ignored on purpose (not a misconfiguration).
        validate: { xForwardedForHeader: false },
        handler: (_req, res) =>
          sendError(
            res,
            ErrorCode.RATE_LIMITED,
            `More than ${config.rateLimitPerMinute} requests a minute from this address; slow down and retry after the time in RateLimit-Reset`,
          ),
      }),
    );
  }

  const routes = options.routes ?? [];
  // Middleware every request passes through first (who is signed in, a request's bookmarks).
  for (const route of routes) if (route.before) app.use(route.path, route.router);

  // No Access-Control-Allow-Origin unless CORS_ORIGINS names the origin: browsers then refuse
  // cross-origin reads, while same-origin pages (the IDE, the dashboard) and servers are unaffected.
  const cross = cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, maxAge: 600 });
  app.use(["/graphql", ...routes.filter((r) => r.crossOrigin).map((r) => r.path)], cross);
  app.use(ideRouter({ assetsDir: options.ideAssetsDir, basePath: config.basePath }));
  app.use(dashboardRouter({ assetsDir: options.dashboardAssetsDir ?? path.join(path.dirname(path.resolve(options.ideAssetsDir)), "dashboard"), basePath: config.basePath }));
  // The curators' workbench (dist/curate, beside dist/ide), served like the dashboard.
  app.use(curateRouter({ assetsDir: path.join(path.dirname(path.resolve(options.ideAssetsDir)), "curate"), basePath: config.basePath }));
  for (const route of routes.filter((r) => !r.before)) {
    // A route with a time limit (a download: EXPORT_TIMEOUT_MS) is cut when it runs over, so that
    // a shutdown's drain (api.server.ts) has a known end.
    if (route.timeoutMs !== undefined) app.use(route.path, cutAfter(route.timeoutMs, logger));
    app.use(route.path, route.router);
  }

  app.use("/graphql", express.json({ limit: config.maxBodyBytes }));
  app.use("/graphql", (_req: Request, res: Response, next) => {
    requestInfoOf(res);
    runWithBudget(new RequestBudget(config.requestTimeoutMs, config.maxConcurrentReadsPerRequest), next);
  });
  app.use("/graphql", persistedDocumentsMiddleware({ mode: config.persistedDocuments, documents: options.persistedDocuments, apq: config.apq }));
  app.use(
    "/graphql",
    expressMiddleware(apollo, {
      context: async ({ req, res }) => options.context(requestInfoOf(res), { req, res }),
    }),
  );

  app.use((_req, res) => sendError(res, ErrorCode.NOT_FOUND, `No such path; the API is at ${config.basePath}/graphql`));

  const onError: ErrorRequestHandler = (thrown: unknown, _req, res, next) => {
    if (res.headersSent) return next(thrown);
    const err: { type?: unknown; status?: unknown } = typeof thrown === "object" && thrown !== null ? thrown : {};
    if (err.type === "entity.parse.failed") return sendError(res, ErrorCode.BAD_REQUEST, "The request body is not valid JSON");
    if (err.type === "entity.too.large") return sendError(res, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${config.maxBodyBytes} bytes`);
    if (typeof err.status === "number" && err.status >= 400 && err.status < 500) {
      return sendError(res, ErrorCode.BAD_REQUEST, "The request could not be read", {}, err.status);
    }
    logger.error({ err }, "unhandled HTTP error");
    sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
  };
  app.use(onError);
  server.use(onError);
  return server;
}

/** Cuts a response still running after `timeoutMs` (a slow download, a slow reader). */
function cutAfter(timeoutMs: number, logger: PinoLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      logger.warn(`${req.baseUrl} response cut after ${timeoutMs} ms`);
      res.destroy();
    }, timeoutMs);
    timer.unref();
    res.once("close", () => clearTimeout(timer));
    next();
  };
}

/** The URL as the client sent it (express's originalUrl; the raw url before express saw the request). */
function originalUrlOf(req: { url?: string; originalUrl?: string }): string {
  return req.originalUrl ?? req.url ?? "";
}

/**
 * The built IDE and dashboard files (scripts, styles, fonts, Monaco workers, boundaries; the IDE's
 * page at /ide/ too): not counted by the rate limit nor logged. `requestPath` is relative to BASE_PATH.
 */
export function isStaticAsset(requestPath: string): boolean {
  return requestPath.startsWith("/ide/") || requestPath.startsWith("/dashboard/assets/") || requestPath.startsWith("/curate/assets/"); // /curate: issue #20
}

/** `url` without the BASE_PATH prefix (for the access log, which runs before the router). */
function stripBasePath(url: string, basePath: string): string {
  return basePath && url.startsWith(`${basePath}/`) ? url.slice(basePath.length) : url;
}
