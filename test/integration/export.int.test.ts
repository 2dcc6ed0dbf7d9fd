import { Workbook } from "exceljs";
import { loadConfig } from "../../src/config";
import { createRepositories, getSchema } from "../../src/composition";
import { COLUMNS, toRecord } from "../../src/export/export.columns";
import { openApiDocument } from "../../src/export/export.openapi";
import { organizationChunks } from "../../src/export/export.chunks";
import { batchesOf, GraphChangedError } from "../../src/export/export.router";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { plainStatement } from "../../src/graph/graph.statement";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";
import { parseCsv } from "../helpers/csv";

/**
 * The downloads under /export, over HTTP against the seeded graph: every 3W row of a filter, in
 * CSV, HXL and XLSX, the same rows whoWhatWhere answers; places as GeoJSON with their counts;
 * bad filters refused like GraphQL refuses them. The server reads 7 rows per statement, so every
 * export here takes several batches.
 */

const HEADERS = COLUMNS.map((c) => c.header);
const LAI_CHAU = "vn:lai-chau";

/** A CSV's data rows as objects keyed by the header. */
const records = (rows: string[][]): Record<string, string>[] => rows.map((r) => Object.fromEntries(HEADERS.map((h, i) => [h, r[i]])));

interface GqlRow {
  organization: { id: string };
  role: string;
  intervention: { id: string } | null;
  event: { id: string } | null;
  model: { id: string } | null;
  place: { id: string } | null;
  provenance: { quote: string; source: { id: string } } | null;
}

/** What identifies a row and what it quotes, from GraphQL or from an export; the activity is the intervention or the event. */
const keyOf = (r: GqlRow): string =>
  [r.organization.id, r.role, (r.intervention ?? r.event)?.id ?? "", r.model?.id ?? "", r.place?.id ?? "", r.provenance?.source.id ?? "", r.provenance?.quote ?? ""].join("|");
const keyOfRecord = (r: Record<string, string>): string => [r.organization_id, r.role, r.intervention_id || r.event_id, r.model_id, r.place_id, r.source_id, r.quote].join("|");

describe("exports of the 3W rows", () => {
  let server: TestHttpServer;
  let expected: string[];
  beforeAll(async () => {
    server = await startHttpServer({ exportBatchSize: 7 });
    const res = await postGraphql(server.url, {
      query: `query ($f: WhoWhatWhereFilter) { whoWhatWhere(filter: $f, first: 100) { totalCount nodes { organization { id } role intervention { id } event { id } model { id } place { id } provenance { quote source { id } } } } }`,
      variables: { f: { place: LAI_CHAU } },
    });
    const data = res.body.data as { whoWhatWhere: { totalCount: number; nodes: GqlRow[] } };
    expect(data.whoWhatWhere.totalCount).toBe(data.whoWhatWhere.nodes.length);
    expected = data.whoWhatWhere.nodes.map(keyOf).sort();
    expect(expected.length).toBeGreaterThan(14); // more than two batches
  });
  afterAll(async () => {
    await server.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  it("3w.csv has every row whoWhatWhere has for the filter, with a UTF-8 BOM for Excel", async () => {
    const res = await get(`/export/3w.csv?place=${LAI_CHAU}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=3w-vn-lai-chau.csv");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString("utf8").slice(1));
    expect(header).toEqual(HEADERS);
    expect(records(rows).map(keyOfRecord).sort()).toEqual(expected);
  });

  it("3w.csv has the DWC watermelon rows of Mường Kim with their place, date and quote", async () => {
    const rows = records(parseCsv((await (await get(`/export/3w.csv?place=${LAI_CHAU}&model=model:watermelon`)).text()).slice(1)).slice(1));
    const dwc = rows.filter((r) => r.organization_id === "org:dwc");
    expect(dwc.length).toBeGreaterThan(0);
    expect(dwc[0]).toMatchObject({
      organization_name: "Trung tâm hỗ trợ phát triển vì phụ nữ và trẻ em (DWC) Hà Nội",
      role: "PARTNER",
      activity: "MODEL_RUN",
      model_id: "model:watermelon",
      model_name: "Trồng dưa hấu",
      province_name: "Lai Châu",
      district_name: "Than Uyên",
      commune_name: "Mường Kim",
      start: "2021-11-01",
      quote: expect.stringContaining("5 tiểu dự án mô hình sản xuất"),
    });
    expect(dwc[0].place_id).toMatch(/^vn:lai-chau:than-uyen:muong-kim/);
  });

  it("3w.hxl.csv has the HXL hashtag row under the header, then the same rows, without a BOM", async () => {
    const res = await get(`/export/3w.hxl.csv?place=${LAI_CHAU}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=3w-vn-lai-chau.hxl.csv");
    const text = await res.text();
    expect(text.startsWith("organization_id,")).toBe(true);
    const [header, hashtags, ...rows] = parseCsv(text);
    expect(header).toEqual(HEADERS);
    expect(hashtags).toEqual(COLUMNS.map((c) => c.hxl));
    expect(hashtags).toEqual(
      expect.arrayContaining([
        "#org+name",
        "#org+code",
        "#org+type",
        "#org+role",
        "#adm1+name",
        "#adm1+code",
        "#adm2+name",
        "#adm3+code",
        "#date+start",
        "#date+end",
        "#beneficiary",
        "#meta+source",
        "#meta+quote",
      ]),
    );
    expect(records(rows).map(keyOfRecord).sort()).toEqual(expected);
  });

  it("3w.xlsx has the same rows in one sheet, read back with exceljs", async () => {
    const res = await get(`/export/3w.xlsx?place=${LAI_CHAU}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=3w-vn-lai-chau.xlsx");
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet("3W")!;
    const values: string[][] = [];
    const dates: unknown[] = [];
    // Dates are date cells: read back as the ISO day they hold.
    const text = (v: unknown): string => (v instanceof Date ? (dates.push(v), v.toISOString().slice(0, 10)) : String(v ?? ""));
    sheet.eachRow({ includeEmpty: false }, (row) => values.push(HEADERS.map((_, i) => text(row.getCell(i + 1).value))));
    expect(dates.length).toBeGreaterThan(0);
    expect(values[0]).toEqual(HEADERS);
    const rows = records(values.slice(1));
    expect(rows.map(keyOfRecord).sort()).toEqual(expected);
    expect(rows.find((r) => r.organization_id === "org:dwc" && r.model_id === "model:watermelon")).toMatchObject({
      start: "2021-11-01",
      quote: expect.stringContaining("tiểu dự án"),
    });
    // The DWC watermelon run's start is an Excel date cell, not text.
    const line = values.findIndex((v) => v[HEADERS.indexOf("organization_id")] === "org:dwc" && v[HEADERS.indexOf("model_id")] === "model:watermelon");
    const start = sheet.getRow(line + 1).getCell(HEADERS.indexOf("start") + 1);
    expect(start.value).toEqual(new Date(Date.UTC(2021, 10, 1)));
    expect(start.type).toBe(4); // ValueType.Date
    expect(start.numFmt).toMatch(/^yyyy/);
  });

  it("takes lists as repeated or comma-separated parameters, like the GraphQL lists", async () => {
    const count = async (query: string) => parseCsv(await (await get(`/export/3w.hxl.csv?${query}`)).text()).length - 2;
    const total = await postGraphql(server.url, { query: `{ whoWhatWhere(filter: { place: "${LAI_CHAU}", activities: [MODEL_RUN, TRAINING] }) { totalCount } }` });
    const expectedCount = (total.body.data as { whoWhatWhere: { totalCount: number } }).whoWhatWhere.totalCount;
    expect(expectedCount).toBeGreaterThan(0);
    expect(await count(`place=${LAI_CHAU}&activities=MODEL_RUN,TRAINING`)).toBe(expectedCount);
    expect(await count(`place=${LAI_CHAU}&activities=MODEL_RUN&activities=TRAINING`)).toBe(expectedCount);
    expect(await count(`place=${LAI_CHAU}&from=2030-01-01`)).toBe(0);
  });

  it("is compressed when the client accepts gzip, and streamed all the same", async () => {
    const plain = await (await get(`/export/3w.csv?place=${LAI_CHAU}`, { "accept-encoding": "identity" })).text();
    const res = await get(`/export/3w.csv?place=${LAI_CHAU}`, { "accept-encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toMatch(/Accept-Encoding/i);
    expect(await res.text()).toBe(plain); // fetch inflates it
  });

  it("refuses a bad filter with 400 BAD_USER_INPUT, as JSON", async () => {
    for (const query of ["roles=NOPE", "place=Lai%20Chau", "from=2024-13-01", "from=2024-02-01&to=2024-01-01", "plac=vn:lai-chau", "includeUndated=maybe"]) {
      for (const file of ["3w.csv", "3w.xlsx", "3w.hxl.csv", "places.geojson"]) {
        const res = await get(`/export/${file}?${query}`);
        expect({ query, file, status: res.status, type: res.headers.get("content-type") }).toEqual({ query, file, status: 400, type: "application/json; charset=utf-8" });
        expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "BAD_USER_INPUT" } }] });
      }
    }
  });

  it("refuses empty parameters with 400 BAD_USER_INPUT: an empty value never means no filter", async () => {
    for (const query of ["roles=,,,", "roles=", "roles=FUNDER,", "organization=", "place=", "model=", "activities=,"]) {
      for (const file of ["3w.csv", "3w.xlsx", "3w.hxl.csv", "places.geojson"]) {
        const res = await get(`/export/${file}?${query}`);
        expect({ query, file, status: res.status, disposition: res.headers.get("content-disposition") }).toEqual({ query, file, status: 400, disposition: null });
        expect(await res.json()).toEqual({ errors: [{ message: expect.stringContaining("empty"), extensions: { code: "BAD_USER_INPUT" } }] });
      }
    }
  });

  it("answers 404 NOT_FOUND naming the id when a filter names an id the graph lacks", async () => {
    const unknown = {
      organization: "org:does-not-exist",
      place: "vn:does-not-exist",
      model: "model:does-not-exist",
      program: "program:does-not-exist",
      project: "project:does-not-exist",
    };
    for (const [filter, id] of Object.entries(unknown)) {
      for (const file of ["3w.csv", "3w.xlsx", "3w.hxl.csv", "places.geojson"]) {
        // Alone, and next to a filter that exists.
        for (const query of [`${filter}=${id}`, `${filter}=${id}&${filter === "place" ? "organization=org:dwc" : `place=${LAI_CHAU}`}`]) {
          const res = await get(`/export/${file}?${query}`);
          expect({
            query,
            file,
            status: res.status,
            type: res.headers.get("content-type"),
            disposition: res.headers.get("content-disposition"),
            cache: res.headers.get("cache-control"),
          }).toEqual({
            query,
            file,
            status: 404,
            type: "application/json; charset=utf-8",
            disposition: null,
            cache: "no-store",
          });
          expect(await res.json()).toEqual({ errors: [{ message: expect.stringContaining(`"${id}"`), extensions: { code: "NOT_FOUND", filter, id } }] });
        }
      }
    }
    // The ids of these tests exist, so the same filters with them answer 200.
    const known = await get(`/export/3w.csv?organization=org:dwc&place=${LAI_CHAU}`);
    expect(known.status).toBe(200);
    await known.arrayBuffer();
  });

  it("places.geojson counts the activities (interventions, events) and organizations inside each place with coordinates", async () => {
    const res = await get(`/export/places.geojson?place=${LAI_CHAU}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=places-vn-lai-chau.geojson");
    const geojson = (await res.json()) as {
      type: string;
      features: {
        type: string;
        id: string;
        geometry: { type: string; coordinates: number[] };
        properties: { id: string; activities: number; interventions: number; events: number; organizations: number };
      }[];
    };
    expect(geojson.type).toBe("FeatureCollection");
    for (const f of geojson.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates.every(Number.isFinite)).toBe(true);
      expect(f.properties.activities).toBeGreaterThan(0);
      expect(f.properties.activities).toBe(f.properties.interventions + f.properties.events);
      expect(f.properties.organizations).toBeGreaterThan(0);
    }
    // The province holds every row of its filter: its counts are the summary's, when it has coordinates.
    const gql = await postGraphql(server.url, {
      query: `{ place(id: "${LAI_CHAU}") { latitude longitude } whoWhatWhereSummary(filter: { place: "${LAI_CHAU}" }) { activities interventions events organizations { key } } }`,
    });
    const data = gql.body.data as {
      place: { latitude: number | null; longitude: number | null };
      whoWhatWhereSummary: { activities: number; interventions: number; events: number; organizations: unknown[] };
    };
    const province = geojson.features.find((f) => f.id === LAI_CHAU);
    if (data.place.latitude == null || data.place.longitude == null) {
      expect(province).toBeUndefined();
    } else {
      expect(province?.geometry.coordinates).toEqual([data.place.longitude, data.place.latitude]);
      const { activities, interventions, events, organizations } = data.whoWhatWhereSummary;
      expect(events).toBeGreaterThan(0); // the Lai Châu conference of article 000
      expect(province?.properties).toMatchObject({ activities, interventions, events, organizations: organizations.length });
    }
  });

  it("answers places.geojson with a strong ETag, and 304 when it has not changed", async () => {
    const res = await get(`/export/places.geojson?place=${LAI_CHAU}`);
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    // fetch adds `Cache-Control: no-cache` to a conditional request unless it has one, and
    // express then sends the whole body again; a browser revalidating its cache sends none.
    const again = await get(`/export/places.geojson?place=${LAI_CHAU}`, { "if-none-match": etag!, "cache-control": "max-age=0" });
    expect(again.status).toBe(304);
  });

  describe("ETags of the 3W files", () => {
    let graph: GraphExecutor;
    let driver: ReturnType<typeof createDriver>;
    beforeAll(() => {
      const config = loadConfig();
      driver = createDriver(config);
      graph = new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-test");
    });
    afterAll(async () => {
      await driver.close();
    });
    /**
     * Two commits that change the graph and leave it as it was (a transaction that creates and
     * deletes the same node changes nothing, and Neo4j commits nothing for it).
     */
    const commitSomething = async () => {
      await graph.writeTransaction((tx) => tx.run(plainStatement("CREATE (:ExportEtagProbe)")));
      await graph.writeTransaction((tx) => tx.run(plainStatement("MATCH (x:ExportEtagProbe) DELETE x")));
    };

    it.each(["3w.csv", "3w.hxl.csv", "3w.xlsx"])("%s carries a strong ETag of its exact bytes, and answers If-None-Match with 304", async (file) => {
      const url = `/export/${file}?place=${LAI_CHAU}&roles=PARTNER,FUNDER`;
      const first = await get(url, { "accept-encoding": "identity" });
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const bytes = Buffer.from(await first.arrayBuffer());
      // The same request again: the same ETag and byte for byte the same body.
      const second = await get(`/export/${file}?roles=FUNDER&roles=PARTNER&place=${LAI_CHAU}`, { "accept-encoding": "identity" });
      expect(second.headers.get("etag")).toBe(etag);
      expect(Buffer.from(await second.arrayBuffer()).equals(bytes)).toBe(true);
      // A browser revalidating its copy (fetch would add no-cache without a Cache-Control of its own).
      const revalidated = await get(url, { "if-none-match": etag!, "cache-control": "max-age=0" });
      expect({ status: revalidated.status, etag: revalidated.headers.get("etag"), body: await revalidated.text() }).toEqual({ status: 304, etag, body: "" });
      // Another filter is another file.
      const other = await get(`/export/${file}?place=${LAI_CHAU}`);
      expect(other.headers.get("etag")).not.toBe(etag);
      await other.arrayBuffer();
      // Anything committed to the graph changes the ETag: the old one is answered in full.
      await commitSomething();
      const after = await get(url, { "if-none-match": etag!, "cache-control": "max-age=0" });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(after.headers.get("etag")).not.toBe(etag);
      await after.arrayBuffer();
    });

    it("cuts an export when the graph changes while it is read, rather than end a file that mixes two states", async () => {
      const config = { ...loadConfig(), exportBatchSize: 7 };
      const { whoWhatWhere, exports } = createRepositories(graph, config);
      const q = { place: LAI_CHAU };
      // Read whole while nothing changes: every batch, and the end.
      const whole: number[] = [];
      for await (const batch of batchesOf(config, whoWhatWhere, exports, q, await exports.version())) whole.push(batch.length);
      expect(whole.length).toBeGreaterThan(2);
      // A write after the first batch: the export must not end.
      const batches = batchesOf(config, whoWhatWhere, exports, q, await exports.version());
      expect((await batches.next()).value).toHaveLength(7);
      await commitSomething();
      await expect(
        (async () => {
          for await (const _ of batches) void _;
        })(),
      ).rejects.toBeInstanceOf(GraphChangedError);
    });
  });

  it("serves its OpenAPI description at /openapi.json, cacheable", async () => {
    const res = await get("/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(await res.json()).toEqual(openApiDocument(await getSchema()));
    expect((await get("/openapi.json", { "if-none-match": etag!, "cache-control": "max-age=0" })).status).toBe(304);
  });

  it("logged no unexpected error", () => {
    expect(server.errorLogs).toEqual([]);
  });
});

describe("the export's keyset chunks", () => {
  const config = { ...loadConfig(), exportBatchSize: 3 };
  let driver: ReturnType<typeof createDriver>;
  let repos: ReturnType<typeof createRepositories>;
  beforeAll(() => {
    driver = createDriver(config);
    repos = createRepositories(new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-test"), config);
  });
  afterAll(async () => {
    await driver.close();
  });

  it.each([
    ["the whole country", {}],
    ["a roles filter", { roles: ["FUNDER", "IMPLEMENTER", "PARTNER"] }],
    ["events only", { activities: ["EVENT"] }],
    ["trainings and model runs from 2022, undated kept", { activities: ["TRAINING", "MODEL_RUN"], from: "2022-01-01", includeUndated: true }],
  ])("gives exactly whoWhatWhere's rows in its order for %s, in many chunks", async (_name, q) => {
    const { whoWhatWhere, exports } = repos;
    // whoWhatWhere's rows: one page holding them all (the SKIP/LIMIT path).
    const { rows: expected } = await whoWhatWhere.rows(q, 0, 100_000);
    expect(expected.length).toBeGreaterThan(10);
    const organizations = await whoWhatWhere.exportOrganizations(q);
    expect(organizations).not.toBeNull();
    const chunks = organizationChunks(organizations!, config.exportBatchSize);
    const batches: number[] = [];
    const got: typeof expected = [];
    for await (const batch of batchesOf(config, whoWhatWhere, exports, q, await exports.version())) {
      batches.push(batch.length);
      got.push(...batch);
    }
    // Many statements, and one organization whose rows exceed a chunk (read whole in its own).
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...batches)).toBeGreaterThan(config.exportBatchSize);
    expect(chunks.some((c) => c.length === 1)).toBe(true);
    // The same rows in the same order: rows sharing an id (two sources of one part) tie in the
    // order, so their records, every column of the file, compare as sets.
    expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(got.map((r) => JSON.stringify(toRecord(r))).sort()).toEqual(expected.map((r) => JSON.stringify(toRecord(r))).sort());
  });

  it("leaves filters anchored on a place, project, organization, model or program to pages", async () => {
    for (const q of [{ place: LAI_CHAU }, { organization: "org:dwc" }, { model: "model:watermelon" }, { program: "program:x" }, { project: "project:x" }]) {
      expect(await repos.whoWhatWhere.exportOrganizations(q)).toBeNull();
    }
  });

  it("cuts the organizations into consecutive chunks of about a batch, at least one organization each", () => {
    const os = [5, 1, 1, 1, 2, 7, 1].map((involvements, k) => ({ id: `o${k}`, involvements }));
    expect(organizationChunks(os, 3)).toEqual([["o0"], ["o1", "o2", "o3"], ["o4", "o5"], ["o6"]]);
    expect(organizationChunks([], 3)).toEqual([]);
  });
});

describe("an export past its time budget", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    // Every statement of a download has EXPORT_STATEMENT_TIMEOUT_MS; none is left here, so the first one runs out.
    server = await startHttpServer({ exportStatementTimeoutMs: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers 503 SERVICE_UNAVAILABLE saying it is the time budget, not an unavailable database", async () => {
    for (const path of ["/export/3w.csv", `/export/3w.xlsx?place=${LAI_CHAU}`, "/export/places.geojson"]) {
      const res = await fetch(`${server.url}${path}`);
      expect({ path, status: res.status, disposition: res.headers.get("content-disposition") }).toEqual({ path, status: 503, disposition: null });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors).toEqual([{ message: expect.stringMatching(/time budget of 0 ms/), extensions: { code: "SERVICE_UNAVAILABLE" } }]);
      expect(body.errors[0].message).not.toMatch(/unreachable|unavailable/i);
    }
  });
});

describe("a download's time budget of its own", () => {
  let server: TestHttpServer;
  let driver: ReturnType<typeof createDriver>;
  beforeAll(async () => {
    // No interactive budget left at all, the downloads' own untouched.
    server = await startHttpServer({ requestTimeoutMs: 0 });
    driver = createDriver(loadConfig());
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it("is not REQUEST_TIMEOUT_MS: with none of it left, a GraphQL page runs out while the whole-country CSV downloads whole", async () => {
    const page = await postGraphql(server.url, { query: "{ whoWhatWhere(first: 5) { nodes { role } } }" });
    expect(JSON.stringify(page.body.errors)).toMatch(/time budget of 0 ms/);
    const res = await fetch(`${server.url}/export/3w.csv`);
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual(HEADERS);
    // Every row of the whole country, read here without any budget.
    const { whoWhatWhere } = createRepositories(new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test"), loadConfig());
    const { rows: expected } = await whoWhatWhere.rows({}, 0, 100_000);
    expect(expected.length).toBeGreaterThan(10);
    expect(records(rows.slice(1)).map((r) => [r.organization_id, r.role, r.intervention_id || r.event_id, r.model_id, r.place_id].join("|"))).toEqual(expected.map((r) => r.id));
  });
});

describe("exports without a database", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing answers Bolt there.
    server = await startHttpServer({ neo4jUri: "bolt://127.0.0.1:9" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answer 503 SERVICE_UNAVAILABLE as JSON before sending any of the file", async () => {
    for (const file of ["3w.csv", "3w.xlsx", "places.geojson"]) {
      const res = await fetch(`${server.url}/export/${file}?place=${LAI_CHAU}`);
      expect({ file, status: res.status, disposition: res.headers.get("content-disposition") }).toEqual({ file, status: 503, disposition: null });
      expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "SERVICE_UNAVAILABLE" } }] });
    }
  });
});
