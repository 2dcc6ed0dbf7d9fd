import { Transform, type TransformCallback, type Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { stream as excelStream } from "exceljs";
import type { PlaceCount, WhoWhatWhereRow } from "../who-what-where/who-what-where.module";
import { COLUMNS, toRecord } from "./export.columns";

/** Batches of rows, read lazily: the next batch is read only once the previous one is written. */
export type RowBatches = AsyncIterable<WhoWhatWhereRow[]>;

export interface CsvOptions {
  /** The HXL hashtag row right after the header (3w.hxl.csv). */
  hxl: boolean;
  /** A UTF-8 byte-order mark first, so that Excel reads the Vietnamese names as UTF-8. */
  bom: boolean;
}

/**
 * Writes the rows as CSV (RFC 4180 quoting, "\n" line ends) to `out` and ends it, honouring
 * back-pressure: each batch is formatted into one piece of text, written, and the next batch is
 * formatted only once `out` (through compression) has taken it. So memory holds about one batch
 * of rows and one batch of text however slow the client, each batch's rows die young (they are
 * garbage once formatted, before the next batch is read), and compression gets one large write
 * per batch rather than one per record. Rejects when `out` fails or closes early
 * (ERR_STREAM_PREMATURE_CLOSE), so a cut file never ends as a whole one.
 *
 * CSV injection (OWASP): a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (or their full-width forms) would be run as a formula by a spreadsheet, so it is written with
 * a single quote first (csv-stringify's `escape_formulas`); only values typed as numbers are
 * exempt, and every cell here is text. In the XLSX every value is a string or date cell, never
 * a formula, so it needs no such prefix.
 */
export async function writeCsv(batches: RowBatches, out: Writable, { hxl, bom }: CsvOptions): Promise<void> {
  const done = finished(out);
  // Awaited below; a client leaving early must not go unhandled meanwhile. `over` settles once
  // the response has ended or closed, even if it closed before a wait for drain began.
  const over = done.then(
    () => undefined,
    () => undefined,
  );
  let first = true;
  const write = async (records: string[][]): Promise<void> => {
    let text = first ? `${bom ? "\uFEFF" : ""}${csvLine(COLUMNS.map((c) => c.header))}` : "";
    for (const record of records) text += csvLine(record);
    first = false;
    if (!out.write(text)) await Promise.race([drained(out), over]);
  };
  for await (const batch of batches) {
    if (out.destroyed) break;
    const records = batch.map(toRecord);
    if (first && hxl) records.unshift(COLUMNS.map((c) => c.hxl));
    await write(records);
  }
  if (!out.destroyed) {
    if (first) await write(hxl ? [COLUMNS.map((c) => c.hxl)] : []); // no rows: the header (and hashtags) alone
    out.end();
  }
  await done;
}

/** A cell a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, a tab or a carriage return first, or their full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A cell that must be quoted: it holds the delimiter, a quote or a line break. */
const NEEDS_QUOTES = /[",\n\r]/;
const QUOTES = /"/g;

/**
 * One CSV record and its "\n": csv-stringify's output with `escape_formulas` for text cells (a
 * test holds them equal), written here because csv-stringify's per-cell work (a context object
 * and casts per cell) was the export's largest CPU cost and most of its garbage at S3.
 */
export function csvLine(cells: readonly string[]): string {
  let line = "";
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    let value = FORMULA_START.test(cell) ? `'${cell}` : cell;
    if (NEEDS_QUOTES.test(cell)) value = `"${value.replace(QUOTES, '""')}"`;
    line += k === 0 ? value : `,${value}`;
  }
  return `${line}\n`;
}

/**
 * Resolves once `out` can take more, or has closed (the client left). `once`: through the
 * compression middleware a response's drain listener is put on its zlib stream, and removes
 * itself there.
 */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off("close", done);
      resolve();
    };
    out.once("drain", done);
    out.on("close", done);
  });
}

/** Passes bytes through and counts them: how far the zip writer has got. */
class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

/** How long the zip output must stay still to count as caught up. */
const QUIET_MS = 5;

/**
 * Resolves once `out` can take more and, if the client could not keep up, once the zip writer
 * has sent on what it held. exceljs's sheet buffer ignores back-pressure (its writes into the
 * deflate stream never wait), so while the client is slower than the database the rows pile up
 * there; after a stall this waits until the deflated bytes stop coming, which keeps that pile
 * to about one batch. A client that keeps up waits one event-loop turn per batch.
 */
async function caughtUp(counter: ByteCounter, out: Writable): Promise<void> {
  // One turn of the event loop first: deflating runs on libuv's thread pool, and its output (and
  // with it a stalled client's back-pressure) only shows once its callbacks have run.
  await new Promise((resolve) => setImmediate(resolve));
  let stalled = false;
  let seen = -1;
  while (!out.destroyed) {
    if (out.writableNeedDrain || counter.writableNeedDrain) {
      stalled = true;
      await drained(out.writableNeedDrain ? out : counter);
    } else if (!stalled || counter.bytes === seen) {
      return;
    } else {
      seen = counter.bytes;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
  }
}

/**
 * The one timestamp of every workbook (its created/modified properties and the dates of its zip
 * entries), so that the same rows always give the same bytes (the download's ETag relies on it).
 */
export const XLSX_TIMESTAMP = new Date(Date.UTC(2000, 0, 1));

/** The parts of exceljs's writer used here: `zip` is its archiver, `_module` archiver's zip writer. */
interface ArchiverInternals {
  _module?: { append(source: unknown, data: Record<string, unknown>, callback: unknown): void };
}

/**
 * Every zip entry dated XLSX_TIMESTAMP instead of the time it is written. archiver dates each
 * entry when it is queued (exceljs queues the theme in its constructor) and writes the header
 * when the queue reaches it, through its zip module: that is where the date is replaced.
 */
const isArchiver = (value: unknown): value is ArchiverInternals => typeof value === "object" && value !== null;

function fixZipDates(workbook: object): void {
  const zip = "zip" in workbook && isArchiver(workbook.zip) ? workbook.zip : undefined;
  const module = zip?._module;
  if (!module) throw new Error("exceljs's archiver has no zip module: XLSX_TIMESTAMP cannot be applied");
  const append = module.append.bind(module);
  module.append = (source, data, callback) => append(source, { ...data, date: XLSX_TIMESTAMP }, callback);
}

/**
 * Writes the rows as an XLSX workbook (one sheet "3W", header row frozen) with exceljs's
 * streaming writer: each row is committed as it comes, no shared-strings table, and the next
 * batch is read only once the previous one has gone out (caughtUp), so memory stays bounded
 * however slow the client. Dates are date cells (columns with `date`), shown to their
 * precision. The same rows give the same bytes, however they are batched and whenever they are
 * written (XLSX_TIMESTAMP). Rejects when `out` fails or closes early.
 */
export async function writeXlsx(batches: RowBatches, out: Writable): Promise<void> {
  const counter = new ByteCounter();
  const sent = pipeline(counter, out);
  sent.catch(() => undefined); // awaited below; a client leaving early must not go unhandled meanwhile
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: counter, useStyles: true, useSharedStrings: false });
  fixZipDates(workbook);
  workbook.created = XLSX_TIMESTAMP;
  workbook.modified = XLSX_TIMESTAMP;
  const sheet = workbook.addWorksheet("3W", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const dated = COLUMNS.flatMap((c, i) => (c.date ? [{ column: i + 1, date: c.date }] : []));
  for await (const batch of batches) {
    for (const row of batch) {
      const cells: (string | Date)[] = toRecord(row);
      const formats: [number, string][] = [];
      for (const { column, date } of dated) {
        const cell = date(row);
        cells[column - 1] = cell ? cell.value : "";
        if (cell) formats.push([column, cell.numFmt]);
      }
      const added = sheet.addRow(cells);
      for (const [column, numFmt] of formats) added.getCell(column).numFmt = numFmt;
      added.commit();
    }
    await caughtUp(counter, out);
    if (out.destroyed) break;
  }
  if (!out.destroyed) {
    sheet.commit();
    await workbook.commit();
  }
  await sent;
}

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point per place with coordinates, at
 * [longitude, latitude], with what its rows count: distinct activities (interventions and
 * events, and each apart) and organizations.
 */
export function toFeatureCollection(counts: PlaceCount[]): Record<string, unknown> {
  return {
    type: "FeatureCollection",
    features: counts.map(({ place, activities, interventions, events, organizations }) => ({
      type: "Feature",
      id: place.id,
      geometry: { type: "Point", coordinates: [Number(place.longitude), Number(place.latitude)] },
      properties: {
        id: place.id,
        name: place.name,
        level: place.level ?? null,
        code: place.code ?? null,
        coordinatesApproximate: place.coordinatesApproximate === true,
        activities,
        interventions,
        events,
        organizations,
      },
    })),
  };
}
