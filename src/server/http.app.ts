import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import cors from "cors";
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from "express";
import { rateLimit } from "express-rate-limit";
import type { Logger as PinoLogger } from "pino";
import { pinoHttp } from "pino-http";
import type { Config } from "../config";
import type { Context } from "../context.type";
import { ErrorCode } from "../common/errors";
import { RequestBudget, runWithBudget } from "../graph/graph.budget";
import { dashboardRouter } from "./dashboard.router";
import type { ReadinessProbe } from "./health.check";
import { sendError } from "./http.errors";
import { ideRouter } from "./ide.router";
import { type PersistedDocuments, persistedDocumentsMiddleware } from "./persisted-documents";
import { newRequestInfo, type RequestInfo } from "./request-info";

export interface HttpAppOptions {
  config: Config;
  /** Started Apollo server (createServer + start()). */
  apollo: ApolloServer<Context>;
  /** Builds a request's context (repositories, fresh loaders) with its access-log record. */
  context: (requestInfo: RequestInfo) => Context;
  /** Whether the database answers, on connections of its own (/health/ready, /health). */
  readiness: Pick<ReadinessProbe, "check">;
  logger: PinoLogger;
  /** Folder of the built GraphiQL IDE (dist/ide). */
  ideAssetsDir: string;
  /** Folder of the built 3W dashboard; default: dist/dashboard, beside ideAssetsDir. */
  dashboardAssetsDir?: string;
  /** The downloads under /export (src/export/export.router.ts). */
  exports: Router;
  /** Trusted documents clients may send by id (PERSISTED_DOCUMENTS). */
  persistedDocuments: PersistedDocuments;
}

function requestInfoOf(res: Response): RequestInfo {
  return (res.locals.requestInfo ??= newRequestInfo()) as RequestInfo;
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
  const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const body = JSON.stringify({ errors: [{ message: status === 431 ? "The request's URL or headers are too large" : "The request could not be read", extensions: { code: ErrorCode.BAD_REQUEST } }] });
  socket.end(`HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
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
 *   POST /graphql, GET /graphql?query=…   the GraphQL API (Apollo); `documentId=` instead of
 *                            `query` runs a trusted document (persisted-documents.ts)
 *   GET  /export/*           3W rows as CSV, HXL, XLSX and places as GeoJSON (export.router.ts)
 * Every request gets an access-log line (operation, cost, duration, outcome), a time budget
 * and a cap on its concurrent database statements (graph.budget.ts); clients are rate limited
 * per IP; bodies are capped; malformed bodies get a JSON error, never an HTML stack trace.
 * Responses are compressed (gzip, br) when the client accepts it, streamed ones too; bodies sent
 * whole carry a strong ETag and answer If-None-Match with 304 (Cache-Control: http-cache.ts).
 */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const { config, apollo, logger } = options;
  const app = express();
  app.disable("x-powered-by");
  // A strong ETag (hash of the uncompressed body) on every response sent whole; req.fresh then
  // turns a matching If-None-Match on a GET into 304.
  app.set("etag", "strong");
  // Behind a proxy (Docker, a load balancer) the client address is in X-Forwarded-For.
  app.set("trust proxy", "loopback, linklocal, uniquelocal");

  app.use(
    pinoHttp({
      logger,
      quietReqLogger: true,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
      customSuccessMessage: (req, res) => `${req.method} ${(req as Request).originalUrl ?? req.url} ${res.statusCode}`,
      customErrorMessage: (req, res) => `${req.method} ${(req as Request).originalUrl ?? req.url} ${res.statusCode}`,
      customProps: (_req, res) => {
        const info = (res as Response).locals?.requestInfo as RequestInfo | undefined;
        return info ? { operation: info.operationName, cost: info.cost, errors: info.errorCodes.length ? info.errorCodes : undefined } : {};
      },
      serializers: { req: (req: { method: string; url: string; remoteAddress?: string }) => ({ method: req.method, url: req.url.slice(0, 200), remoteAddress: req.remoteAddress }), res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
      autoLogging: { ignore: (req) => req.url?.startsWith("/ide/") ?? false },
    }),
  );

  // Before every handler, so that every body can be compressed; streamed ones are compressed as
  // they are written. XLSX (already a zip) is left alone by the default filter.
  app.use(compression());

  // Before the rate limit: probes are never limited. Never cached.
  app.get("/health/live", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ live: true });
  });
  app.get("/health/ready", (async (_req, res) => {
    const readiness = await options.readiness.check();
    res.set("Cache-Control", "no-store").status(readiness.ready ? 200 : 503).json(readiness);
  }) as RequestHandler);
  app.get("/health", (async (_req, res) => {
    const { ready } = await options.readiness.check();
    res.set("Cache-Control", "no-store").status(ready ? 200 : 503).json({ api: true, database: ready });
  }) as RequestHandler);

  if (config.rateLimitPerMinute > 0) {
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: config.rateLimitPerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        skip: (req) => req.path.startsWith("/ide/") || req.path.startsWith("/dashboard/assets/"),
        handler: (_req, res) => sendError(res, 429, ErrorCode.RATE_LIMITED, `More than ${config.rateLimitPerMinute} requests a minute from this address; slow down and retry after the time in RateLimit-Reset`),
      }),
    );
  }

  // No Access-Control-Allow-Origin unless CORS_ORIGINS names the origin: browsers then refuse
  // cross-origin reads, while same-origin pages (the IDE, the dashboard) and servers are unaffected.
  app.use(["/graphql", "/export"], cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, maxAge: 600 }));
  app.use(ideRouter({ assetsDir: options.ideAssetsDir }));
  app.use(dashboardRouter({ assetsDir: options.dashboardAssetsDir ?? path.join(path.dirname(path.resolve(options.ideAssetsDir)), "dashboard") }));
  app.use("/export", options.exports);

  app.use("/graphql", express.json({ limit: config.maxBodyBytes }));
  app.use("/graphql", (_req: Request, res: Response, next) => {
    requestInfoOf(res);
    runWithBudget(new RequestBudget(config.requestTimeoutMs, config.maxConcurrentReadsPerRequest), next);
  });
  app.use("/graphql", persistedDocumentsMiddleware({ mode: config.persistedDocuments, documents: options.persistedDocuments }));
  app.use(
    "/graphql",
    expressMiddleware(apollo, {
      context: async ({ res }) => options.context(requestInfoOf(res)),
    }),
  );

  app.use((_req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, "No such path; the API is at /graphql"));

  const onError: ErrorRequestHandler = (err: { type?: string; status?: number; message?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    if (err.type === "entity.parse.failed") return sendError(res, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON");
    if (err.type === "entity.too.large") return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${config.maxBodyBytes} bytes`);
    if (typeof err.status === "number" && err.status >= 400 && err.status < 500) {
      return sendError(res, err.status, ErrorCode.BAD_REQUEST, "The request could not be read");
    }
    logger.error({ err }, "unhandled HTTP error");
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
  };
  app.use(onError);
  return app;
}
