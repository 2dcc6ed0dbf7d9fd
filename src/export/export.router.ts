import express, { type Request, type Response, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config";
import { AppError, ErrorCode } from "../common/errors";
import { RequestBudget, runWithBudget } from "../graph/graph.budget";
import { mapNeo4jError } from "../graph/graph.errors";
import { cacheableFor } from "../server/http-cache";
import { sendError } from "../server/http.errors";
import type { Logger } from "../server/server";
import type { WhoWhatWhereQuery } from "../who-what-where/who-what-where.cypher";
import type { WhoWhatWhereRepository } from "../who-what-where/who-what-where.repository";
import type { WhoWhatWhereRow } from "../who-what-where/who-what-where.type";
import { exportFilterParser } from "./export.filter";
import { type RowBatches, toFeatureCollection, writeCsv, writeXlsx } from "./export.formats";

export interface ExportRouterOptions {
  config: Config;
  repository: WhoWhatWhereRepository;
  /** The API's schema: its WhoWhatWhereFilter input type validates the URL filters. */
  schema: GraphQLSchema;
  logger: Logger;
}

/** Stream errors that mean the client closed the connection before the end of the file. */
const CLIENT_GONE = new Set(["ERR_STREAM_PREMATURE_CLOSE", "ERR_STREAM_DESTROYED", "ECONNRESET", "EPIPE"]);

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `3w-vn-lai-chau-model-watermelon.csv`: the kind of export and the ids it was filtered on. */
function filename(base: string, q: WhoWhatWhereQuery, extension: string): string {
  const ids = [q.place, q.organization, q.model, q.program, q.project].filter((id): id is string => !!id);
  return `${[base, ...ids.map((id) => id.replace(/[^a-z0-9-]+/g, "-"))].join("-").slice(0, 150)}.${extension}`;
}

/**
 * Every 3W row of `q`, in whoWhatWhere's order, read `batchSize` at a time (SKIP/LIMIT). Each
 * statement runs under its own RequestBudget of REQUEST_TIMEOUT_MS and one statement in flight:
 * however many rows an export has, it holds one pooled connection at a time, and each of its
 * statements ends by the deadline like any request's. Rows added or removed between statements
 * (a seed load during an export) can shift a batch boundary; the order itself is total.
 */
async function* batchesOf(config: Config, repository: WhoWhatWhereRepository, q: WhoWhatWhereQuery): AsyncGenerator<WhoWhatWhereRow[]> {
  const size = config.exportBatchSize;
  for (let skip = 0; ; skip += size) {
    const { rows } = await runWithBudget(new RequestBudget(config.requestTimeoutMs, 1), () => repository.rows(q, skip, size));
    if (rows.length) yield rows;
    if (rows.length < size) return;
  }
}

/**
 * The first batch is read before anything is sent, so a database that is down answers a JSON
 * error with a status; the rest is read as the response is written.
 */
async function prefetched(batches: AsyncGenerator<WhoWhatWhereRow[]>): Promise<RowBatches> {
  const first = await batches.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      yield* batches;
    },
  };
}

/**
 * The downloads, filtered like `whoWhatWhere(filter:)` by URL parameters (export.filter.ts):
 *   GET /export/3w.csv           CSV with a UTF-8 BOM (Excel opens it with the right characters)
 *   GET /export/3w.hxl.csv       the same columns with the HXL hashtag row under the header, no BOM
 *   GET /export/3w.xlsx          one sheet, streamed
 *   GET /export/places.geojson   places with coordinates and what the rows count there
 * Every row is streamed in batches, not a page. A bad filter is 400 BAD_USER_INPUT, a database
 * that does not answer 503 SERVICE_UNAVAILABLE, both as GraphQL-shaped JSON; a failure after
 * the first bytes cuts the response, so a client never mistakes a partial file for a whole one.
 * Successful downloads are cacheable like GET queries (CACHE_MAX_AGE_SECONDS).
 */
export function exportRouter({ config, repository, schema, logger }: ExportRouterOptions): Router {
  const parseFilter = exportFilterParser(schema);
  const router = express.Router();

  const fail = (res: Response, err: unknown): void => {
    const mapped = mapNeo4jError(err);
    if (res.headersSent) {
      logger.error({ err: mapped }, "export failed after its first bytes; response cut");
      res.destroy(mapped instanceof Error ? mapped : undefined);
      return;
    }
    if (mapped instanceof AppError && (mapped.extensions.code === ErrorCode.BAD_USER_INPUT || mapped.extensions.code === ErrorCode.SERVICE_UNAVAILABLE)) {
      return sendError(res, mapped.extensions.code === ErrorCode.BAD_USER_INPUT ? 400 : 503, mapped.extensions.code, mapped.message);
    }
    logger.error({ err }, "export failed");
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
  };

  /** Validates the filter, reads the first batch, then streams the rows with `write`. */
  const rowsExport =
    (name: string, type: string, write: (batches: RowBatches, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const q = parseFilter(new URL(req.originalUrl, "http://localhost").searchParams);
        const batches = await prefetched(batchesOf(config, repository, q));
        // attachment() sets a type from the extension: the exact type goes after it.
        res.status(200).attachment(filename("3w", q, name)).type(type).set("Cache-Control", cacheableFor(config.cacheMaxAgeSeconds));
        if (req.method === "HEAD") return void res.end();
        await write(batches, res);
      } catch (err) {
        if (CLIENT_GONE.has(String((err as NodeJS.ErrnoException).code))) return; // nothing to tell, nobody to tell it
        fail(res, err);
      }
    };

  router.get("/3w.csv", rowsExport("csv", "text/csv; charset=utf-8; header=present", (batches, res) => writeCsv(batches, res, { hxl: false, bom: true })));
  router.get("/3w.hxl.csv", rowsExport("hxl.csv", "text/csv; charset=utf-8; header=present", (batches, res) => writeCsv(batches, res, { hxl: true, bom: false })));
  router.get("/3w.xlsx", rowsExport("xlsx", XLSX_TYPE, writeXlsx));

  router.get("/places.geojson", async (req: Request, res: Response) => {
    try {
      const q = parseFilter(new URL(req.originalUrl, "http://localhost").searchParams);
      const counts = await runWithBudget(new RequestBudget(config.requestTimeoutMs, 1), () => repository.placeCounts(q));
      // res.send adds the strong ETag and answers If-None-Match with 304, as for GET queries.
      res
        .status(200)
        .attachment(filename("places", q, "geojson"))
        .type("application/geo+json")
        .set("Cache-Control", cacheableFor(config.cacheMaxAgeSeconds))
        .send(JSON.stringify(toFeatureCollection(counts)));
    } catch (err) {
      fail(res, err);
    }
  });

  return router;
}
