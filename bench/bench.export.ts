/**
 * The whole-country CSV export and the 16-client mix (issue 21).
 *
 * Export: `GET /export/3w.csv` with no filter, read as a client reads it (streamed, parsed as
 * CSV, each row's key kept), timed to its last byte, with the API process's RSS sampled every
 * 250 ms against the rows received so far; and the same rows through hand-written Cypher
 * streamed by the driver (EXPORT_CHUNK_CYPHER, one statement per chunk of organizations), so the
 * two can be compared row for row and in rows/s.
 *
 * Mix: `threeW` clients asking 3W pages (Q1 and Q13 in turn) alone for `seconds`, then again
 * while one client downloads the whole-country CSV and one asks the planners' questions (Q8,
 * Q9, Q10 in turn): the mix lasts until the download ends (at least `seconds`, at most `capSeconds`).
 */
import { performance } from "node:perf_hooks";
import neo4j, { type Driver } from "neo4j-driver";
import { organizationChunks } from "../src/export/export.chunks";
import { askGraphql, rssMb } from "./bench.client";
import type { ClientsResult, CypherStream, Download, MixResult, RssSample } from "./bench.run";
import type { GraphQLAsk } from "./bench.questions";
import { median, p95 } from "./bench.stats";

/**
 * The organizations that have 3W rows, in the export's order (name, id), each with its
 * INVOLVED_IN degree (the degree store's count): the hand-written export reads them in chunks.
 */
export const EXPORT_ORGANIZATIONS_CYPHER = `MATCH (o:Organization)
WITH o, COUNT { (o)-[:INVOLVED_IN]->() } AS n
WHERE n > 0
RETURN o.id AS id, n ORDER BY o.name, o.id`;

/** The rows of one organization and activity label, bound from `o` (threeWRows' rules, anchored on the organization). */
const chunkRows = (label: "Intervention" | "Event"): string => {
  const own = "[p IN places WHERE EXISTS { MATCH (o)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(p) }]";
  return label === "Intervention"
    ? `MATCH (o:Organization) WHERE o.id IN $organizations
  MATCH (o)-[r:INVOLVED_IN]->(i:Intervention)
  OPTIONAL MATCH (i)-[:LOCATED_IN]->(p0:Place)
  WITH o, r, i, collect(p0) AS places
  OPTIONAL MATCH (i)-[:APPLIES]->(m:Model)
  WITH o, r, i, m, places, coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run
  WITH o, r, i, m, places, run, CASE WHEN run THEN [] ELSE ${own} END AS own
  WITH o, r, i, m, run, CASE WHEN size(own) > 0 THEN [p IN own WHERE p IN places] ELSE places END AS places, own
  WHERE size(own) = 0 OR size(places) > 0
  UNWIND CASE WHEN run AND size(places) > 0 THEN places ELSE [null] END AS split
  RETURN o, r, i, m, split, places`
    : `MATCH (o:Organization) WHERE o.id IN $organizations
  MATCH (o)-[r:INVOLVED_IN]->(i:Event)
  OPTIONAL MATCH (i)-[:LOCATED_IN]->(p0:Place)
  WITH o, r, i, collect(DISTINCT p0) AS places
  WITH o, r, i, places, ${own} AS own
  WITH o, r, i, CASE WHEN size(own) > 0 THEN [p IN own WHERE p IN places] ELSE places END AS places, own
  WHERE size(own) = 0 OR size(places) > 0
  UNWIND CASE WHEN size(places) = 0 THEN [null] ELSE places END AS split
  RETURN o, r, i, null AS m, split, CASE WHEN split IS NULL THEN [] ELSE [split] END AS places`;
};

/**
 * The 3W rows (threeWRows' rules) of the organizations `$organizations`, in the export's order,
 * sorted on keys only; the row's place and chain, dates, projects, programs and provenance built
 * per row as the stream goes. `topics` and `outcomes` are not read. The hand-written export runs
 * it once per chunk of consecutive organizations (EXPORT_ORGANIZATIONS_CYPHER's order): the
 * chunks, one after the other, are the whole country's rows in order.
 *
 * Not one statement for the whole country: its single ORDER BY over ~200k rows is the shape that
 * ran the S3 benchmark's Neo4j (2 GB heap, which exits on OutOfMemoryError) out of heap when
 * the API tried it, taking the database down for every client; the best hand-written statement
 * that streams these rows in this order with memory bounded by a chunk is this one, chunked.
 */
export const EXPORT_CHUNK_CYPHER = `CALL () {
  ${chunkRows("Intervention")}
  UNION ALL
  ${chunkRows("Event")}
}
WITH o, r, i, m, split, places ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, split.name, split.id, r.role
WITH o, r, i, m, head(places) AS first, split, places
WITH o, r, i, m,
     CASE WHEN split IS NOT NULL THEN split
          WHEN size(places) <= 1 THEN first
          ELSE reduce(best = null, a IN [(first)-[:PART_OF*0..]->(c:Place) WHERE all(q IN places WHERE EXISTS { MATCH (q)-[:PART_OF*0..]->(c) }) | c] |
                 CASE WHEN best IS NULL OR CASE a.level WHEN 'VILLAGE' THEN 4 WHEN 'COMMUNE' THEN 3 WHEN 'DISTRICT' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END >
                                           CASE best.level WHEN 'VILLAGE' THEN 4 WHEN 'COMMUNE' THEN 3 WHEN 'DISTRICT' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END
                      THEN a ELSE best END) END AS pl
RETURN o.id AS organization, o.name AS organizationName, o.orgType AS orgType, r.role AS role,
       CASE WHEN i:Event THEN 'EVENT' ELSE coalesce(i.activity, 'MODEL_RUN') END AS activity, m.id AS model, m.name AS modelName,
       CASE WHEN i:Event THEN null ELSE i.id END AS intervention, CASE WHEN i:Event THEN i.id END AS event, i.name AS activityName,
       pl.id AS place, CASE WHEN pl IS NULL THEN [] ELSE [(pl)-[:PART_OF*0..]->(a:Place) | a {.name, .code, .level}] END AS chain,
       toString(i.startDate) AS start, toString(i.endDate) AS end, i.forWhom AS forWhom,
       [(i)-[:PART_OF*1..3]->(x:Project) | x {.id, .name}] AS projects, [(i)-[:PART_OF*1..4]->(x:Program) | x {.id, .name}] AS programs,
       r.sourceId AS sourceId, r.quote AS quote, r.inferred AS inferred`;

/** A 3W row's key, as the API's row id: organization|role|activity (intervention or event)|model|place. */
const rowKey = (org: unknown, role: unknown, activity: unknown, model: unknown, place: unknown): string =>
  [org, role, activity, model, place].map((v) => (v === null || v === undefined ? "" : String(v))).join("|");

/** Parses CSV text fed in chunks (RFC 4180: quoted fields, "" escapes, CRLF or LF); calls `onRow` per record. */
export function csvParser(onRow: (fields: string[]) => void): { push(chunk: string): void; end(): void } {
  let field = "";
  let fields: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let started = false;
  const endRow = (): void => {
    fields.push(field);
    onRow(fields);
    fields = [];
    field = "";
    started = false;
  };
  return {
    push(chunk: string): void {
      for (let k = 0; k < chunk.length; k++) {
        const ch = chunk[k];
        if (quoted) {
          if (ch === '"') {
            quoted = false;
            afterQuote = true;
          } else field += ch;
          continue;
        }
        if (ch === '"') {
          if (afterQuote) field += '"'; // "" inside a quoted field
          quoted = true;
          afterQuote = false;
          started = true;
          continue;
        }
        afterQuote = false;
        if (ch === ",") {
          fields.push(field);
          field = "";
          started = true;
        } else if (ch === "\n") {
          endRow();
        } else if (ch !== "\r") {
          field += ch;
          started = true;
        }
      }
    },
    end(): void {
      if (started || field || fields.length) endRow();
    },
  };
}

/**
 * The highest RSS sampled in each quarter of the rows received (null for a quarter without a
 * sample): memory that grows with the rows rises from quarter to quarter, flat memory does not.
 */
export function rssByQuarter(samples: RssSample[], rows: number): (number | null)[] {
  const quarters: (number | null)[] = [null, null, null, null];
  for (const s of samples) {
    const q = Math.min(3, Math.floor((s.rows / Math.max(1, rows)) * 4));
    quarters[q] = Math.max(quarters[q] ?? 0, s.rssMb);
  }
  return quarters;
}

/** Downloads `url` (a 3W CSV export), parsing it as it arrives; RSS of `pid` sampled throughout. */
export async function downloadExport(url: string, pid: number | undefined, options: { timeoutMs: number; keepKeys: boolean }): Promise<Download> {
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  let firstByteMs: number | null = null;
  const rssBeforeMb = rssMb(pid);
  let rssMaxMb = rssBeforeMb;
  const samples: RssSample[] = [];
  const sampler = setInterval(() => {
    const r = rssMb(pid);
    if (r === null) return;
    if (rssMaxMb === null || r > rssMaxMb) rssMaxMb = r;
    samples.push({ atMs: Math.round(performance.now() - started), rows, rssMb: Math.round(r) });
  }, 250);
  const keys: string[] = [];
  let header: string[] | null = null;
  let at: Record<string, number> = {};
  const parser = csvParser((fields) => {
    if (!header) {
      header = fields.map((f, k) => (k === 0 ? f.replace(/^\uFEFF/, "") : f));
      at = Object.fromEntries(header.map((h, k) => [h, k]));
      return;
    }
    rows++;
    if (options.keepKeys) {
      keys.push(rowKey(fields[at.organization_id], fields[at.role], fields[at.intervention_id] || fields[at.event_id], fields[at.model_id], fields[at.place_id]));
    }
  });
  let status: number | null = null;
  let responseEncoding: string | null = null;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
    status = res.status;
    responseEncoding = res.headers.get("content-encoding");
    if (!res.ok || !res.body) {
      const text = await res.text();
      return finish(false, text.slice(0, 200));
    }
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (firstByteMs === null) firstByteMs = performance.now() - started;
      bytes += chunk.byteLength;
      parser.push(decoder.decode(chunk, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
    return finish(true);
  } catch (err) {
    return finish(false, `${(err as Error).message} (${(err as { cause?: Error }).cause?.message ?? "no cause"})`.slice(0, 200));
  }

  function finish(ok: boolean, error?: string): Download {
    clearInterval(sampler);
    const ms = performance.now() - started;
    const encoding = responseEncoding ? `, ${responseEncoding}` : "";
    console.log(
      `[bench]   download ${rows} rows${encoding}: API RSS by quarter of the rows (max MB) ${rssByQuarter(samples, rows)
        .map((q) => q?.toFixed(0) ?? "-")
        .join(" → ")}`,
    );
    return {
      ok,
      status,
      ms,
      rows,
      bytes,
      rowsPerSecond: ok && ms > 0 ? rows / (ms / 1000) : null,
      firstByteMs,
      error,
      rssBeforeMb,
      rssMaxMb,
      samples,
      keys: options.keepKeys ? keys : undefined,
    };
  }
}

/**
 * The hand-written export: EXPORT_ORGANIZATIONS_CYPHER, then EXPORT_CHUNK_CYPHER per chunk of
 * about `batchSize` rows (the API's EXPORT_BATCH_SIZE), each in one read transaction, its
 * records streamed by the driver (not buffered).
 */
export async function streamExportCypher(driver: Driver, keepKeys: boolean, batchSize = 1000): Promise<CypherStream & { statements?: number }> {
  const started = performance.now();
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  const keys: string[] = [];
  let rows = 0;
  let firstRowMs: number | null = null;
  try {
    const organizations = await session.executeRead(async (tx) =>
      (await tx.run(EXPORT_ORGANIZATIONS_CYPHER)).records.map((r) => ({ id: String(r.get("id")), involvements: Number(r.get("n")) })),
    );
    // The API's chunking (the same consecutive runs of about batchSize rows): only the Cypher differs.
    const chunks = organizationChunks(organizations, batchSize);
    for (const chunk of chunks) {
      await session.executeRead(async (tx) => {
        for await (const record of tx.run(EXPORT_CHUNK_CYPHER, { organizations: chunk })) {
          if (firstRowMs === null) firstRowMs = performance.now() - started;
          rows++;
          if (keepKeys) {
            const r = record.toObject();
            keys.push(rowKey(r.organization, r.role, r.intervention ?? r.event, r.model, r.place));
          }
        }
      });
    }
    const ms = performance.now() - started;
    return { ok: true, ms, rows, rowsPerSecond: rows / (ms / 1000), firstRowMs, keys: keepKeys ? keys : undefined, statements: chunks.length + 1 };
  } catch (err) {
    return { ok: false, ms: performance.now() - started, rows, rowsPerSecond: null, firstRowMs, error: (err as Error).message.slice(0, 200) };
  } finally {
    await session.close();
  }
}

/** `n` clients asking `asks` in turn until `until()` says stop. */
export async function clients(url: string, asks: GraphQLAsk[], n: number, until: () => boolean): Promise<ClientsResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let turn = 0;
  const client = async (): Promise<void> => {
    while (!until()) {
      const a = await askGraphql(url, asks[turn++ % asks.length]);
      if (a.ok) latencies.push(a.ms);
      else errors.push(a.error ?? "error");
    }
  };
  await Promise.all(Array.from({ length: n }, client));
  return { ok: latencies.length, errors: errors.length, errorSamples: [...new Set(errors)].slice(0, 3), p50Ms: median(latencies), p95Ms: p95(latencies) };
}

export async function runMix(options: {
  graphqlUrl: string;
  exportUrl: string;
  apiPid: number | undefined;
  threeW: GraphQLAsk[];
  planners: GraphQLAsk[];
  threeWClients: number;
  seconds: number;
  capSeconds: number;
}): Promise<MixResult> {
  const soloStarted = performance.now();
  const soloUntil = soloStarted + options.seconds * 1000;
  const solo = await clients(options.graphqlUrl, options.threeW, options.threeWClients, () => performance.now() >= soloUntil);
  const soloSeconds = (performance.now() - soloStarted) / 1000;

  const mixStarted = performance.now();
  const minUntil = mixStarted + options.seconds * 1000;
  let downloading = true;
  const download = downloadExport(options.exportUrl, options.apiPid, { timeoutMs: options.capSeconds * 1000, keepKeys: false }).finally(() => {
    downloading = false;
  });
  const stop = (): boolean => !downloading && performance.now() >= minUntil;
  const [mix, planners, got] = await Promise.all([
    clients(options.graphqlUrl, options.threeW, options.threeWClients, stop),
    clients(options.graphqlUrl, options.planners, 1, stop),
    download,
  ]);
  const { keys: _keys, ...downloaded } = got;
  return {
    threeWClients: options.threeWClients,
    solo: { ...solo, seconds: soloSeconds },
    mix: { ...mix, seconds: (performance.now() - mixStarted) / 1000 },
    planners,
    download: downloaded,
    p95Ratio: solo.p95Ms && mix.p95Ms ? mix.p95Ms / solo.p95Ms : null,
  };
}
