import express, { type Request, type Response, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config";
import { AppError, ErrorCode } from "../common/errors";
import { RequestBudget, runWithBudget } from "../graph/graph.budget";
import type { Logger } from "../module.type";
import { cacheableFor } from "../server/http-cache";
import { sendError } from "../common/http.errors";
import type { WhoWhatWhereQuery, WhoWhatWhereRow, WhoWhatWhereService } from "../who-what-where/who-what-where.module";
import { codeFingerprint, exportEtag } from "./export.etag";
import { exportFilterParser } from "./export.filter";
import { type RowBatches, toFeatureCollection, writeCsv, writeXlsx } from "./export.formats";
import type { ExportRepository, UnknownId } from "./export.repository";
import { organizationChunks } from "./export.chunks";

/** Where the downloads read the 3W rows: the who-what-where capability's service (it holds no request state). */
export type RowSource = Pick<WhoWhatWhereService, "rows" | "exportOrganizations" | "organizationRows" | "placeCounts">;

export interface ExportRouterOptions {
  config: Config;
  repository: RowSource;
  /** Whether the filters' ids exist, and the graph's version (for ETags). */
  exportRepository: ExportRepository;
  /** The API's schema: its WhoWhatWhereFilter input type validates the URL filters. */
  schema: GraphQLSchema;
  logger: Logger;
}

/** Stream errors that mean the client closed the connection before the end of the file. */
const CLIENT_GONE = new Set(["ERR_STREAM_PREMATURE_CLOSE", "ERR_STREAM_DESTROYED", "ECONNRESET", "EPIPE"]);

/** The `code` of a Node.js error ("" for anything else). */
const codeOf = (err: unknown): string => (typeof err === "object" && err !== null && "code" in err ? String(err.code) : "");

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV_TYPE = "text/csv; charset=utf-8; header=present";
const GEOJSON_TYPE = "application/geo+json";

/** A route of the export router: its path under /export, its media type, what it holds. */
export interface ExportRoute {
  path: "/3w.csv" | "/3w.hxl.csv" | "/3w.xlsx" | "/places.geojson";
  type: string;
  summary: string;
}

/** Every route exportRouter serves, in order: the router and the OpenAPI description both read it. */
export const EXPORT_ROUTES: readonly ExportRoute[] = [
  { path: "/3w.csv", type: CSV_TYPE, summary: "The 3W rows as CSV, with a UTF-8 byte-order mark so that Excel reads the Vietnamese names right" },
  { path: "/3w.hxl.csv", type: CSV_TYPE, summary: "The 3W rows as CSV with the HXL hashtag row under the header, no byte-order mark" },
  { path: "/3w.xlsx", type: XLSX_TYPE, summary: "The 3W rows as an XLSX workbook: one sheet, dates as date cells" },
  {
    path: "/places.geojson",
    type: GEOJSON_TYPE,
    summary: "The places with coordinates holding some of the rows, with the activities (interventions, events) and organizations counted inside each",
  },
];

/** Filters naming ids the graph lacks: 404 NOT_FOUND, naming the first. */
class UnknownIdsError extends Error {
  constructor(readonly unknown: UnknownId[]) {
    super(unknown.map((u) => `${u.filter} "${u.id}" does not exist`).join("; "));
    this.name = "UnknownIdsError";
  }
}

/** `3w-vn-lai-chau-model-watermelon.csv`: the kind of export and the ids it was filtered on. */
function filename(base: string, q: WhoWhatWhereQuery, extension: string): string {
  const ids = [q.place, q.organization, q.model, q.program, q.project].filter((id): id is string => !!id);
  return `${[base, ...ids.map((id) => id.replace(/[^a-z0-9-]+/g, "-"))].join("-").slice(0, 150)}.${extension}`;
}

/** The graph changed while an export was being read: its rows may mix two states. */
export class GraphChangedError extends Error {
  constructor() {
    super("the graph changed while the export was read; the response is cut so that no mixed file passes for a whole one");
    this.name = "GraphChangedError";
  }
}

/**
 * `work` under a RequestBudget of a download's own: EXPORT_STATEMENT_TIMEOUT_MS (never past
 * EXPORT_TIMEOUT_MS, when the whole download is cut anyway) and one statement in flight. Not the
 * interactive REQUEST_TIMEOUT_MS: under load a chunk of rows takes longer than a page, and a
 * download cut for it would have to start over.
 */
function budgeted<T>(config: Config, work: () => Promise<T>): Promise<T> {
  return runWithBudget(new RequestBudget(Math.min(config.exportStatementTimeoutMs, config.exportTimeoutMs), 1), work);
}

/**
 * Every 3W row of `q`, in whoWhatWhere's order, about `exportBatchSize` rows per statement.
 *
 * Filters without an anchor of their own (the whole country above all) are read by keyset on
 * the first sort key: one statement lists the organizations that can have rows, in the rows'
 * order (name, id), with an estimate of their rows; they are cut into consecutive chunks of
 * about a batch each (organizationChunks); each chunk is one statement anchored on its
 * organizations and sorted within. Concatenated, the chunks are exactly the rows and order of
 * whoWhatWhere (the order begins with the organization), each statement holds only its chunk,
 * and the whole export reads the graph about once. Filters anchored on a place, project,
 * organization, model or program, whose rows are few, are read in SKIP/LIMIT pages.
 *
 * Each statement runs under its own RequestBudget of EXPORT_STATEMENT_TIMEOUT_MS and one
 * statement in flight (a keyset chunk is read while the one before it is written): however many
 * rows an export has, it holds one pooled connection at a time, and each of its statements ends
 * by its deadline (the download's own, not the interactive requests'). `version` is the graph's version
 * read before the first batch: after the last batch it is read again, and if anything was
 * committed in between (a seed load during an export) the rows may mix two states, so this
 * throws GraphChangedError instead of ending, and the response is cut: a file that ends is
 * exactly the graph at `version`, which its ETag names.
 *
 * Not one streamed statement: at S3 (215k rows) the whole-country statement's single sort ran
 * the benchmark's Neo4j (2 GB heap) out of memory and took it down for every client.
 */
export async function* batchesOf(
  config: Config,
  repository: Pick<RowSource, "rows" | "exportOrganizations" | "organizationRows">,
  exportRepository: Pick<ExportRepository, "version">,
  q: WhoWhatWhereQuery,
  version: string,
): AsyncGenerator<WhoWhatWhereRow[]> {
  const size = config.exportBatchSize;
  const organizations = await budgeted(config, () => repository.exportOrganizations(q));
  if (organizations) {
    // The next chunk is read while this one is written: one statement in flight, at most two chunks held.
    const read = (chunk: string[]): Promise<WhoWhatWhereRow[]> => {
      const rows = budgeted(config, () => repository.organizationRows(q, chunk));
      rows.catch(() => undefined); // awaited below; a download left early must not leave it unhandled
      return rows;
    };
    const chunks = organizationChunks(organizations, size);
    let next = chunks.length ? read(chunks[0]) : null;
    for (let k = 0; next; k++) {
      const rows = await next;
      next = k + 1 < chunks.length ? read(chunks[k + 1]) : null;
      if (rows.length) yield rows;
    }
  } else {
    for (let skip = 0; ; skip += size) {
      const { rows } = await budgeted(config, () => repository.rows(q, skip, size));
      if (rows.length) yield rows;
      if (rows.length < size) break;
    }
  }
  if ((await budgeted(config, () => exportRepository.version())) !== version) throw new GraphChangedError();
}

/**
 * The first batch is read before anything is sent, so a database that is down answers a JSON
 * error with a status; the rest is read as the response is written.
 */
async function prefetched(batches: AsyncGenerator<WhoWhatWhereRow[]>): Promise<RowBatches & { close(): Promise<void> }> {
  const first = await batches.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      yield* batches;
    },
    // A response that will not read the rows (HEAD) ends the statement and frees its connection.
    async close() {
      await batches.return(undefined);
    },
  };
}

/**
 * The downloads, filtered like `whoWhatWhere(filter:)` by URL parameters (export.filter.ts):
 *   GET /export/3w.csv           CSV with a UTF-8 BOM (Excel opens it with the right characters)
 *   GET /export/3w.hxl.csv       the same columns with the HXL hashtag row under the header, no BOM
 *   GET /export/3w.xlsx          one sheet, streamed
 *   GET /export/places.geojson   places with coordinates and what the rows count there
 * Every row is streamed in batches, not a page. A bad or empty filter is 400 BAD_USER_INPUT, a
 * filter naming an id the graph lacks 404 NOT_FOUND (with `filter` and `id`), a database that
 * does not answer 503 SERVICE_UNAVAILABLE, all as GraphQL-shaped JSON; a failure after the
 * first bytes cuts the response, so a client never mistakes a partial file for a whole one.
 * Successful downloads are cacheable like GET queries (CACHE_MAX_AGE_SECONDS) and carry a
 * strong ETag: the rows' one derived from the graph's version (export.etag.ts), checked before
 * any row is read, the GeoJSON's express's hash of its body; If-None-Match answers 304.
 * EXPORT_ROUTES lists these routes (the OpenAPI description is checked against it).
 */
export function exportRouter({ config, repository, exportRepository, schema, logger }: ExportRouterOptions): Router {
  const parseFilter = exportFilterParser(schema);
  codeFingerprint(); // reads the source files once, now, rather than in the first download's request
  const router = express.Router();

  // Driver errors arrive mapped already (the executor maps them, once).
  const fail = (res: Response, mapped: unknown): void => {
    if (res.headersSent) {
      // A write during an export is expected now and then (a seed load): a warning, not an error.
      if (mapped instanceof GraphChangedError) logger.warn({ err: mapped }, "graph changed during an export; response cut");
      else logger.error({ err: mapped }, "export failed after its first bytes; response cut");
      res.destroy(mapped instanceof Error ? mapped : undefined);
      return;
    }
    // The ETag was set before the rows were read: it belongs to the file, not to an error.
    res.removeHeader("ETag");
    if (mapped instanceof GraphChangedError) return sendError(res, ErrorCode.SERVICE_UNAVAILABLE, "The graph changed while the export was read; try again");
    if (mapped instanceof UnknownIdsError) {
      const [first] = mapped.unknown;
      return sendError(res, ErrorCode.NOT_FOUND, mapped.message, { filter: first.filter, id: first.id });
    }
    if (mapped instanceof AppError && (mapped.extensions.code === ErrorCode.BAD_USER_INPUT || mapped.extensions.code === ErrorCode.SERVICE_UNAVAILABLE)) {
      return sendError(res, mapped.extensions.code, mapped.message);
    }
    logger.error({ err: mapped }, "export failed");
    sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
  };

  /** The filter of a request, with every id it names known to the graph (404 otherwise). */
  const filterOf = async (req: Request): Promise<WhoWhatWhereQuery> => {
    const q = parseFilter(new URL(req.originalUrl, "http://localhost").searchParams);
    const unknown = await budgeted(config, () => exportRepository.unknownIds(q));
    if (unknown.length) throw new UnknownIdsError(unknown);
    return q;
  };

  /**
   * Validates the filter and its ids, answers 304 when If-None-Match names the current ETag,
   * else reads the first batch and streams the rows with `write`.
   */
  const rowsExport =
    (name: string, type: string, write: (batches: RowBatches, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const q = await filterOf(req);
        const version = await budgeted(config, () => exportRepository.version());
        res.set("ETag", exportEtag(name, q, version)).set("Cache-Control", cacheableFor(config.cacheMaxAgeSeconds));
        if (req.fresh) return void res.status(304).end();
        const batches = await prefetched(batchesOf(config, repository, exportRepository, q, version));
        // attachment() sets a type from the extension: the exact type goes after it.
        res
          .status(200)
          .attachment(filename("3w", q, name))
          .type(type);
        if (req.method === "HEAD") {
          await batches.close();
          return void res.end();
        }
        await write(batches, res);
      } catch (err) {
        if (CLIENT_GONE.has(codeOf(err))) return; // nothing to tell, nobody to tell it
        fail(res, err);
      }
    };

  const handlers: Record<ExportRoute["path"], (req: Request, res: Response) => Promise<void>> = {
    "/3w.csv": rowsExport("csv", CSV_TYPE, (batches, res) => writeCsv(batches, res, { hxl: false, bom: true })),
    "/3w.hxl.csv": rowsExport("hxl.csv", CSV_TYPE, (batches, res) => writeCsv(batches, res, { hxl: true, bom: false })),
    "/3w.xlsx": rowsExport("xlsx", XLSX_TYPE, writeXlsx),
    "/places.geojson": placesExport,
  };
  for (const route of EXPORT_ROUTES) router.get(route.path, handlers[route.path]);
  return router;

  async function placesExport(req: Request, res: Response): Promise<void> {
    try {
      const q = await filterOf(req);
      const counts = await budgeted(config, () => repository.placeCounts(q));
      // res.send adds the strong ETag and answers If-None-Match with 304, as for GET queries.
      res
        .status(200)
        .attachment(filename("places", q, "geojson"))
        .type(GEOJSON_TYPE)
        .set("Cache-Control", cacheableFor(config.cacheMaxAgeSeconds))
        .send(JSON.stringify(toFeatureCollection(counts)));
    } catch (err) {
      fail(res, err);
    }
  }
}
