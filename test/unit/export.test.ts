import { Writable } from "node:stream";
import { Workbook } from "exceljs";
import { getSchema } from "../../src/composition";
import { COLUMNS, dateCell, toRecord } from "../../src/export/export.columns";
import { exportEtag } from "../../src/export/export.etag";
import { exportFilterParser } from "../../src/export/export.filter";
import { stringify } from "csv-stringify/sync";
import { csvLine, type RowBatches, toFeatureCollection, writeCsv, writeXlsx } from "../../src/export/export.formats";
import { ActivityKind, DatePrecision, Role } from "../../src/graph/graph.enums";
import type { WhoWhatWhereRow } from "../../src/who-what-where/who-what-where.type";
import { parseCsv } from "../helpers/csv";

const node = (typename: string, id: string, name: string, props: Record<string, unknown> = {}) => ({ __typename: typename, id, name, aliases: [], ...props });

function row(i: number): WhoWhatWhereRow {
  return {
    id: `org:o${i}|PARTNER|intervention:i${i}||`,
    organization: node("Organization", `org:o${i}`, `Organization ${i}`, { orgType: "NGO" }),
    role: Role.PARTNER,
    activity: ActivityKind.TRAINING,
    model: null,
    topics: [node("LivelihoodModel", "model:beekeeping", "Nuôi ong"), node("LivelihoodModel", "model:watermelon", "Trồng dưa hấu")],
    intervention: node("Intervention", `intervention:i${i}`, `Tập huấn ${i}, "kỹ thuật"`),
    event: null,
    place: node("Place", "vn:lai-chau:than-uyen", "Than Uyên"),
    places: [],
    village: null,
    commune: null,
    district: node("Place", "vn:lai-chau:than-uyen", "Than Uyên", { code: "106" }),
    province: node("Place", "vn:lai-chau", "Lai Châu", { code: "12" }),
    projects: [node("Project", "project:a", "Dự án A"), node("Project", "project:b", "Dự án B")],
    programs: [],
    period: { start: "2023-01-01", end: null, startPrecision: null, endPrecision: null },
    forWhom: "hộ nghèo",
    inferred: false,
    inferredReasons: [],
    provenance: { sourceId: "source:x", quote: "q ".repeat(100), note: null, inferred: false, inferredReason: null },
    outcomes: [node("Outcome", "outcome:a", "Skills raised"), node("Outcome", "outcome:b", "Groups plan to replicate")],
  };
}

describe("the 3W export filter", () => {
  const parse = async (query: string) => exportFilterParser(await getSchema())(new URLSearchParams(query));
  const refusal = async (query: string) =>
    parse(query).then(
      () => null,
      (e: { extensions: { code: string }; message: string }) => [e.extensions.code, e.message],
    );

  it("reads every filter of whoWhatWhere, lists repeated or comma-separated", async () => {
    expect(await parse("place=vn:lai-chau&roles=FUNDER,PARTNER&roles=FUNDER&activities=MODEL_RUN&from=2023-01-01&to=2024-12-31&includeUndated=true")).toEqual({
      place: "vn:lai-chau",
      roles: ["FUNDER", "PARTNER"],
      activities: ["MODEL_RUN"],
      from: "2023-01-01",
      to: "2024-12-31",
      includeUndated: true,
    });
    expect(await parse("")).toEqual({});
    expect(await parse("includeUndated")).toEqual({ includeUndated: true });
    expect(await parse("includeUndated=false&organization=org:dwc")).toEqual({ organization: "org:dwc" });
  });

  it("refuses what GraphQL refuses, and what it would not know", async () => {
    expect(await refusal("roles=NOPE")).toEqual(["BAD_USER_INPUT", expect.stringContaining('"NOPE" does not exist in "Role" enum')]);
    expect(await refusal("place=Lai Chau")).toEqual(["BAD_USER_INPUT", expect.stringContaining("is not a valid id")]);
    expect(await refusal("from=2024-13-01")).toEqual(["BAD_USER_INPUT", expect.stringContaining("LocalDate")]);
    expect(await refusal("from=2024-02-01&to=2024-01-01")).toEqual(["BAD_USER_INPUT", expect.stringContaining("must not be after")]);
    expect(await refusal("includeUndated=yes")).toEqual(["BAD_USER_INPUT", expect.stringContaining("true or false")]);
    expect(await refusal("place=vn:a&place=vn:b")).toEqual(["BAD_USER_INPUT", expect.stringContaining("once")]);
    expect(await refusal("plac=vn:lai-chau")).toEqual(["BAD_USER_INPUT", expect.stringContaining("is not a 3W filter")]);
  });

  // A typo must never silently mean "no filter".
  it("refuses empty values and empty list items instead of reading them as no filter", async () => {
    for (const query of [
      "roles=,,,",
      "roles=",
      "roles=FUNDER,",
      "roles=FUNDER&roles=",
      "activities=%20",
      "organization=",
      "place=%20",
      "model=",
      "program=",
      "project=",
      "from=",
      "to=",
    ]) {
      expect({ query, refusal: await refusal(query) }).toEqual({ query, refusal: ["BAD_USER_INPUT", expect.stringMatching(/empty/)] });
    }
  });
});

describe("the 3W export columns", () => {
  it("carry the HXL hashtags of the 3W standard", () => {
    const tags = COLUMNS.map((c) => c.hxl);
    for (const tag of [
      "#org+name",
      "#org+code",
      "#org+type",
      "#org+role",
      "#adm1+name",
      "#adm1+code",
      "#adm2+name",
      "#adm2+code",
      "#adm3+name",
      "#adm3+code",
      "#date+start",
      "#date+end",
      "#beneficiary",
      "#meta+source",
      "#meta+quote",
      "#impact",
    ]) {
      expect(tags).toContain(tag);
    }
    for (const base of ["#subsector", "#activity", "#loc"]) expect(tags.some((t) => t.startsWith(`${base}+`))).toBe(true);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.every((t) => /^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/.test(t))).toBe(true);
  });

  // The hashtags of the HXL 1.1 dictionary (hxlstandard.org/standard/1-1final/dictionary), and
  // those libhxl's default schema (hxl-default-schema.json) types as numbers.
  const HXL_HASHTAGS = new Set(
    "access activity adm1 adm2 adm3 adm4 adm5 affected beneficiary capacity cause channel contact country crisis currency date description event frequency geo group impact indicator inneed item loc meta modality need operations org output population reached region respondee sector service severity status subsector targeted value".split(
      " ",
    ),
  );
  const NUMERIC = (tag: string): boolean => /^#(population|affected|inneed|targeted|reached|value)\b/.test(tag) || /^#(indicator|output)\b.*\+num\b/.test(tag);

  it("use only hashtags of the HXL dictionary, and no numeric one on text", () => {
    for (const c of COLUMNS) expect({ header: c.header, hashtag: HXL_HASHTAGS.has(c.hxl.split("+")[0].slice(1)) }).toEqual({ header: c.header, hashtag: true });
    // Every column is text (or a date): none may carry a hashtag HXL validates as a number.
    expect(COLUMNS.filter((c) => NUMERIC(c.hxl)).map((c) => c.header)).toEqual([]);
    expect(COLUMNS.find((c) => c.header === "for_whom")?.hxl).toBe("#beneficiary");
    // libhxl validates #date as a date: ISO days.
    for (const c of COLUMNS.filter((c) => c.hxl.startsWith("#date"))) expect(c.value(row(1))).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
  });

  it("turn a row into its cells, lists joined by '; '", () => {
    const cells = Object.fromEntries(COLUMNS.map((c, i) => [c.header, toRecord(row(1))[i]]));
    expect(cells).toMatchObject({
      organization_id: "org:o1",
      organization_type: "NGO",
      model_id: "",
      topics: "Nuôi ong; Trồng dưa hấu",
      district_code: "106",
      village_name: "",
      project_ids: "project:a; project:b",
      start: "2023-01-01",
      end: "",
      event_id: "",
      inferred: "false",
      inferred_reasons: "",
      outcomes: "Skills raised; Groups plan to replicate",
    });
  });

  it("give an event's row its event and no intervention, and an inferred row its reasons", () => {
    const event = node("Event", "event:e1", "Hội nghị", { eventType: "CONFERENCE" });
    const r: WhoWhatWhereRow = {
      ...row(1),
      id: "org:o1|PARTICIPANT|event:e1||vn:bac-ninh",
      activity: ActivityKind.EVENT,
      topics: [],
      intervention: null,
      event,
      inferred: true,
      inferredReasons: ["The article names no commune.", "Placed by the organizer's office."],
    };
    const cells = Object.fromEntries(COLUMNS.map((c, i) => [c.header, toRecord(r)[i]]));
    expect(cells).toMatchObject({
      activity: "EVENT",
      intervention_id: "",
      intervention_name: "",
      event_id: "event:e1",
      event_name: "Hội nghị",
      event_type: "CONFERENCE",
      inferred: "true",
      inferred_reasons: "The article names no commune.; Placed by the organizer's office.",
    });
    // New columns come after the old ones, whose order dashboards read.
    expect(COLUMNS.map((c) => c.header).slice(-6)).toEqual(["event_id", "event_name", "event_type", "inferred", "inferred_reasons", "outcomes"]);
    expect(COLUMNS.find((c) => c.header === "inferred")?.hxl).toBe("#status+inferred");
  });
});

describe("the export writers", () => {
  /**
   * A source of 200 batches of 100 rows, counting how many were read. Finite, so that a writer
   * that ignores back-pressure (and starves the event loop) ends and fails instead of hanging.
   */
  function endless() {
    const state = { pulled: 0 };
    async function* batches() {
      while (state.pulled < 200) {
        state.pulled += 1;
        yield Array.from({ length: 100 }, (_, i) => row(state.pulled * 100 + i));
      }
    }
    return { state, batches: batches() };
  }

  // A client that stops reading: the writers must stop reading the database too, so that memory
  // holds a batch or two however many rows the export has.
  it.each(["csv", "xlsx"] as const)("%s reads no further ahead than a stalled client takes", async (kind) => {
    const { state, batches } = endless();
    const stalled = new Writable({ highWaterMark: 16 * 1024, write: () => undefined });
    const writing = kind === "csv" ? writeCsv(batches, stalled, { hxl: false, bom: true }) : writeXlsx(batches, stalled);
    writing.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(state.pulled).toBeGreaterThan(0);
    // The stream buffers on the way hold a few hundred rows: deflated, 16 KB is ~400 rows of XML.
    expect(state.pulled).toBeLessThanOrEqual(kind === "csv" ? 4 : 20);
    stalled.destroy();
  });

  it("csv rejects, and never ends the file, when the client leaves in the middle", async () => {
    const { state, batches } = endless();
    const stalled = new Writable({ highWaterMark: 16 * 1024, write: () => undefined });
    const writing = writeCsv(batches, stalled, { hxl: false, bom: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stalled.destroy();
    await expect(writing).rejects.toMatchObject({ code: "ERR_STREAM_PREMATURE_CLOSE" });
    expect(stalled.writableEnded).toBe(false);
    expect(state.pulled).toBeLessThan(200);
  });

  it("writes the HXL hashtag row right after the header, and a BOM only when asked", async () => {
    const write = async (hxl: boolean, bom: boolean) => {
      const chunks: Buffer[] = [];
      const sink = new Writable({ write: (c: Buffer, _e, cb) => void (chunks.push(c), cb()) });
      async function* one() {
        yield [row(1)];
      }
      await writeCsv(one(), sink, { hxl, bom });
      return Buffer.concat(chunks).toString("utf8");
    };
    const hxl = (await write(true, false)).split("\n");
    expect(hxl[0]).toBe(COLUMNS.map((c) => c.header).join(","));
    expect(hxl[1]).toBe(COLUMNS.map((c) => c.hxl).join(","));
    expect(hxl[2]).toContain('"Tập huấn 1, ""kỹ thuật"""');
    expect((await write(false, true)).startsWith("\ufefforganization_id,")).toBe(true);
  });
});

/** Everything a writer wrote, as one buffer. */
async function written(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await write(new Writable({ write: (c: Buffer, _e, cb) => void (chunks.push(c), cb()) }));
  return Buffer.concat(chunks);
}

/** The rows as batches of `size`. */
function batchesOf(rows: WhoWhatWhereRow[], size: number): RowBatches {
  return (async function* () {
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
  })();
}

describe("CSV injection (OWASP)", () => {
  // Cells a spreadsheet would run as formulas, in the columns a source's text reaches.
  const HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1", "\uff1d1+1", "=1;=2"];

  function hostileRow(value: string): WhoWhatWhereRow {
    const r = row(1);
    return {
      ...r,
      organization: { ...r.organization, name: value },
      intervention: node("Intervention", "intervention:i1", value),
      forWhom: value,
      provenance: { sourceId: "source:x", quote: value, note: null, inferred: false, inferredReason: null },
    };
  }

  it.each([false, true])("prefixes formula-looking cells with a single quote (hxl: %s)", async (hxl) => {
    for (const value of HOSTILE) {
      const text = (await written((out) => writeCsv(batchesOf([hostileRow(value)], 1), out, { hxl, bom: false }))).toString("utf8");
      const [header, ...rest] = parseCsv(text);
      const cells = Object.fromEntries(header.map((h, i) => [h, rest[hxl ? 1 : 0][i]]));
      for (const column of ["organization_name", "intervention_name", "for_whom", "quote"]) {
        expect({ value, column, cell: cells[column] }).toEqual({ value, column, cell: `'${value}` });
      }
      // Ids and codes are never touched, and the hashtag row stays as it is.
      expect(cells.organization_id).toBe("org:o1");
      if (hxl) expect(rest[0]).toEqual(COLUMNS.map((c) => c.hxl));
    }
  });

  it("writes each record as csv-stringify does with escape_formulas (quotes, delimiters, line breaks, formulas, empty cells)", () => {
    const cells = [...HOSTILE, "", "plain", 'say "hi"', "a,b", "two\nlines", "cr\rhere", "'quoted", "Hộ nghèo = 30%", "-", " =1", "\uff0b1", "\uff201", "\uff0d1", '="x"'];
    for (let k = 0; k < cells.length; k++) {
      const record = [cells[k], cells[(k + 1) % cells.length], "id:x"];
      expect(csvLine(record)).toBe(stringify([record], { escape_formulas: true }));
    }
  });

  it("leaves text that merely contains those characters as it is", async () => {
    const text = (await written((out) => writeCsv(batchesOf([hostileRow("Hộ nghèo = 30%, cận nghèo + 5 - 2 @xã")], 1), out, { hxl: false, bom: false }))).toString("utf8");
    const [header, values] = parseCsv(text);
    expect(values[header.indexOf("for_whom")]).toBe("Hộ nghèo = 30%, cận nghèo + 5 - 2 @xã");
  });
});

describe("the XLSX", () => {
  const load = async (bytes: Buffer) => {
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.getWorksheet("3W")!;
  };
  const column = (header: string): number => COLUMNS.findIndex((c) => c.header === header) + 1;

  it("writes dates as date cells, formatted to their precision", async () => {
    const byYear = row(2);
    byYear.period = { start: "2019-01-01", end: "2020-06-01", startPrecision: DatePrecision.YEAR, endPrecision: DatePrecision.MONTH };
    const sheet = await load(await written((out) => writeXlsx(batchesOf([row(1), byYear], 1), out)));
    const start = sheet.getRow(2).getCell(column("start"));
    expect(start.type).toBe(4); // ValueType.Date
    expect(start.value).toEqual(new Date(Date.UTC(2023, 0, 1)));
    expect(start.numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getRow(2).getCell(column("end")).value ?? "").toBe(""); // no end date: an empty cell
    expect(sheet.getRow(3).getCell(column("start")).value).toEqual(new Date(Date.UTC(2019, 0, 1)));
    expect(sheet.getRow(3).getCell(column("start")).numFmt).toBe("yyyy");
    expect(sheet.getRow(3).getCell(column("end")).value).toEqual(new Date(Date.UTC(2020, 5, 1)));
    expect(sheet.getRow(3).getCell(column("end")).numFmt).toBe("yyyy-mm");
    // Text stays text, even when it looks like a formula.
    expect(sheet.getRow(2).getCell(column("organization_name")).value).toBe("Organization 1");
  });

  it("reads only calendar days as dates", () => {
    expect(dateCell("2024-02-29", DatePrecision.DAY)?.value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(dateCell("2023-02-29", DatePrecision.DAY)).toBeNull();
    expect(dateCell("2023", null)).toBeNull();
    expect(dateCell(null, null)).toBeNull();
  });

  // The ETag of a download names its bytes: the same rows must give the same bytes, whenever
  // they are written and however they are batched.
  it("is the same bytes for the same rows, at any time and in any batches", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(i));
    const DATE_ONLY = [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ] as const;
    try {
      jest.useFakeTimers({ doNotFake: [...DATE_ONLY], now: new Date("2031-03-04T05:06:07Z") });
      const first = await written((out) => writeXlsx(batchesOf(rows, 7), out));
      jest.setSystemTime(new Date("2042-11-12T13:14:15Z"));
      const second = await written((out) => writeXlsx(batchesOf(rows, 50), out));
      expect(second.equals(first)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
    const csv = async (size: number) => written((out) => writeCsv(batchesOf(rows, size), out, { hxl: true, bom: false }));
    expect((await csv(7)).equals(await csv(120))).toBe(true);
  });
});

describe("the ETag of a download", () => {
  it("names the format, the filter (in any spelling) and the graph's version", () => {
    const etag = exportEtag("csv", { place: "vn:lai-chau", roles: ["FUNDER", "PARTNER"] }, "FB:1");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/); // strong: no W/
    expect(exportEtag("csv", { roles: ["PARTNER", "FUNDER"], place: "vn:lai-chau" }, "FB:1")).toBe(etag);
    expect(exportEtag("xlsx", { place: "vn:lai-chau", roles: ["FUNDER", "PARTNER"] }, "FB:1")).not.toBe(etag);
    expect(exportEtag("csv", { place: "vn:lai-chau", roles: ["FUNDER"] }, "FB:1")).not.toBe(etag);
    expect(exportEtag("csv", { place: "vn:lai-chau", roles: ["FUNDER", "PARTNER"] }, "FB:2")).not.toBe(etag);
  });
});

describe("the GeoJSON of places", () => {
  it("puts each place at [longitude, latitude] with its counts", () => {
    const place = node("Place", "vn:lai-chau", "Lai Châu", { level: "PROVINCE", code: "12", latitude: 22.3, longitude: 103.2 });
    expect(toFeatureCollection([{ place, activities: 20, interventions: 18, events: 2, organizations: 6 }])).toEqual({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "vn:lai-chau",
          geometry: { type: "Point", coordinates: [103.2, 22.3] },
          properties: {
            id: "vn:lai-chau",
            name: "Lai Châu",
            level: "PROVINCE",
            code: "12",
            coordinatesApproximate: false,
            activities: 20,
            interventions: 18,
            events: 2,
            organizations: 6,
          },
        },
      ],
    });
  });
});
