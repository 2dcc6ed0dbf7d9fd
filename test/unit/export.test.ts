import { Writable } from "node:stream";
import { getSchema } from "../../src/composition";
import { COLUMNS, toRecord } from "../../src/export/export.columns";
import { exportFilterParser } from "../../src/export/export.filter";
import { toFeatureCollection, writeCsv, writeXlsx } from "../../src/export/export.formats";
import { ActivityKind, Role } from "../../src/graph/graph.enums";
import type { WhoWhatWhereRow } from "../../src/who-what-where/who-what-where.type";

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
    provenance: { sourceId: "source:x", quote: "q ".repeat(100), note: null },
  };
}

describe("the 3W export filter", () => {
  const parse = async (query: string) => exportFilterParser(await getSchema())(new URLSearchParams(query));
  const refusal = async (query: string) => parse(query).then(() => null, (e: { extensions: { code: string }; message: string }) => [e.extensions.code, e.message]);

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
});

describe("the 3W export columns", () => {
  it("carry the HXL hashtags of the 3W standard", () => {
    const tags = COLUMNS.map((c) => c.hxl);
    for (const tag of ["#org+name", "#org+code", "#org+type", "#org+role", "#adm1+name", "#adm1+code", "#adm2+name", "#adm2+code", "#adm3+name", "#adm3+code", "#date+start", "#date+end", "#targeted", "#meta+source", "#meta+quote"]) {
      expect(tags).toContain(tag);
    }
    for (const base of ["#sector", "#activity", "#loc"]) expect(tags.some((t) => t.startsWith(`${base}+`))).toBe(true);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.every((t) => /^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/.test(t))).toBe(true);
  });

  it("turn a row into its cells, lists joined by '; '", () => {
    const cells = Object.fromEntries(COLUMNS.map((c, i) => [c.header, toRecord(row(1))[i]]));
    expect(cells).toMatchObject({ organization_id: "org:o1", organization_type: "NGO", model_id: "", topics: "Nuôi ong; Trồng dưa hấu", district_code: "106", village_name: "", project_ids: "project:a; project:b", start: "2023-01-01", end: "" });
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

describe("the GeoJSON of places", () => {
  it("puts each place at [longitude, latitude] with its counts", () => {
    const place = node("Place", "vn:lai-chau", "Lai Châu", { level: "PROVINCE", code: "12", latitude: 22.3, longitude: 103.2 });
    expect(toFeatureCollection([{ place, interventions: 18, organizations: 6 }])).toEqual({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "vn:lai-chau",
          geometry: { type: "Point", coordinates: [103.2, 22.3] },
          properties: { id: "vn:lai-chau", name: "Lai Châu", level: "PROVINCE", code: "12", coordinatesApproximate: false, interventions: 18, organizations: 6 },
        },
      ],
    });
  });
});
