import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { TestApi, dataOf, errorCodes, readRows } from "../helpers/test-graph";

/**
 * The gazetteer (seeds/places.yaml, `npm run places`): every administrative unit of Vietnam
 * before the July 2025 reorganisation and after it, as the API serves it.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const DATASET = path.resolve(ROOT, "..", "shared", "data", "vietnamadminunits", "convert_legacy_2025_simple.csv");

/** Counts of the vietnamadminunits dataset (checked against the CSV when ../shared is beside the clone). */
const LEGACY = { provinces: 63, districts: 696, communes: 10035 };
const CURRENT = { provinces: 34, communes: 3321 };

interface PlaceRow {
  id: string;
  code: string | null;
  level: string;
  validFrom: string | null;
  validTo: string | null;
  region?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** Runs `place(id)` for each id in as few requests as the alias limit allows, returning place (or null) by id. */
async function placesById<T>(api: TestApi, ids: string[], selection: string): Promise<Map<string, T | null>> {
  const out = new Map<string, T | null>();
  for (let i = 0; i < ids.length; i += 15) {
    const batch = ids.slice(i, i + 15);
    const query = `{ ${batch.map((id, j) => `p${j}: place(id: ${JSON.stringify(id)}) { ${selection} }`).join(" ")} }`;
    const result = await api.runText<Record<string, T | null>>(query);
    batch.forEach((id, j) => out.set(id, result.data?.[`p${j}`] ?? null));
  }
  return out;
}

describe("the gazetteer: the whole country before and after July 2025", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  const provinces = async (): Promise<PlaceRow[]> => {
    const data = dataOf(
      await api.runText<{ places: { totalCount: number; nodes: PlaceRow[] } }>(
        `{ places(filter: { level: PROVINCE }, first: 100) { totalCount nodes { id code level validFrom validTo region latitude longitude } } }`,
      ),
    );
    expect(data.places.nodes).toHaveLength(data.places.totalCount);
    return data.places.nodes;
  };

  it("the counts are the dataset's", () => {
    if (!existsSync(DATASET)) return; // a clone without ../shared: the constants stand
    const rows = readFileSync(DATASET, "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(","));
    const distinct = (col: number): number => new Set(rows.map((r) => r[col]).filter((v) => v !== "")).size;
    // provinceCode, districtCode, wardCode, newProvinceCode, newWardCode
    expect([distinct(0), distinct(2), distinct(4), distinct(14), distinct(17)]).toEqual([LEGACY.provinces, LEGACY.districts, LEGACY.communes, CURRENT.provinces, CURRENT.communes]);
  });

  it("has 63 provinces before July 2025 and 34 after, each with its code, position and one of the six regions", async () => {
    const all = await provinces();
    const legacy = all.filter((p) => p.validFrom === null);
    const current = all.filter((p) => p.validTo === null);
    expect(legacy).toHaveLength(LEGACY.provinces);
    expect(current).toHaveLength(CURRENT.provinces);
    // The 11 provinces the reorganisation left alone are one node in both lists.
    expect(
      legacy
        .filter((p) => p.validTo === null)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["vn:cao-bang", "vn:dien-bien", "vn:ha-noi", "vn:ha-tinh", "vn:hue", "vn:lai-chau", "vn:lang-son", "vn:nghe-an", "vn:quang-ninh", "vn:son-la", "vn:thanh-hoa"]);
    expect(legacy.every((p) => p.id.startsWith("vn:"))).toBe(true);
    expect(current.filter((p) => p.validFrom === "2025-07-01").every((p) => p.id.startsWith("vn2025:"))).toBe(true);
    for (const list of [legacy, current]) {
      expect(new Set(list.map((p) => p.code)).size).toBe(list.length);
      for (const p of list) {
        expect([p.id, p.code]).toEqual([p.id, expect.stringMatching(/^\d{2}$/)]);
        expect([p.id, p.latitude! > 8 && p.latitude! < 24, p.longitude! > 102 && p.longitude! < 118]).toEqual([p.id, true, true]);
      }
    }
    const perRegion = (list: PlaceRow[]): Record<string, number> => list.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.region!]: (acc[p.region!] ?? 0) + 1 }), {});
    expect(perRegion(legacy)).toEqual({
      "Trung du và miền núi phía Bắc": 14,
      "Đồng bằng sông Hồng": 11,
      "Bắc Trung Bộ và Duyên hải miền Trung": 14,
      "Tây Nguyên": 5,
      "Đông Nam Bộ": 6,
      "Đồng bằng sông Cửu Long": 13,
    });
    expect(perRegion(current)).toEqual({
      "Trung du và miền núi phía Bắc": 9,
      "Đồng bằng sông Hồng": 6,
      "Bắc Trung Bộ và Duyên hải miền Trung": 8,
      "Tây Nguyên": 3,
      "Đông Nam Bộ": 3,
      "Đồng bằng sông Cửu Long": 5,
    });
  });

  it("has every district and commune before July 2025 and the 3,321 communes after it, each under its province", async () => {
    const count = async (level: string): Promise<number> =>
      dataOf(await api.runText<{ places: { totalCount: number } }>(`{ places(filter: { level: ${level} }, first: 1) { totalCount } }`)).places.totalCount;
    expect(await count("DISTRICT")).toBe(LEGACY.districts);
    expect(await count("COMMUNE")).toBe(LEGACY.communes + CURRENT.communes);

    const current = (await provinces()).filter((p) => p.validTo === null);
    const children = await placesById<{ children: PlaceRow[] }>(
      api,
      current.map((p) => p.id),
      "children { id code level validFrom validTo }",
    );
    let communes2025 = 0;
    for (const p of current) {
      const below = children.get(p.id)!.children.filter((c) => c.level === "COMMUNE");
      expect([p.id, below.length > 0, below.every((c) => c.validFrom === "2025-07-01" && c.id.startsWith("vn2025:") && /^\d{5}$/.test(c.code!))]).toEqual([p.id, true, true]);
      communes2025 += below.length;
    }
    expect(communes2025).toBe(CURRENT.communes);
  });

  it("knows xã Mường Kim (huyện Than Uyên, Lai Châu): its code, its borrowed position and its 2025 successor", async () => {
    type Unit = PlaceRow & {
      name: string;
      nameEn: string;
      officialName: string;
      unitType: string;
      areaKm2: number | null;
      coordinatesApproximate: boolean | null;
      parent: { id: string } | null;
    };
    const fields = "id code level name nameEn officialName unitType validFrom validTo latitude longitude areaKm2 coordinatesApproximate parent { id }";
    const data = dataOf(
      await api.runText<{ place: Unit & { successors: Unit[] }; now: Unit & { predecessors: { id: string }[] } }>(
        `{ place(id: "vn:lai-chau:than-uyen:muong-kim") { ${fields} successors { ${fields} } }
           now: place(id: "vn2025:lai-chau:muong-kim") { id predecessors { id } } }`,
      ),
    );
    expect(data.place).toMatchObject({
      code: "03637",
      level: "COMMUNE",
      name: "Mường Kim",
      nameEn: "Muong Kim commune",
      officialName: "Xã Mường Kim",
      unitType: "Xã",
      validTo: "2025-06-30",
      coordinatesApproximate: true,
      parent: { id: "vn:lai-chau:than-uyen" },
    });
    const [successor] = data.place.successors;
    expect(data.place.successors).toHaveLength(1);
    expect(successor).toMatchObject({
      id: "vn2025:lai-chau:muong-kim",
      code: "03637",
      validFrom: "2025-07-01",
      validTo: null,
      latitude: 21.8809,
      longitude: 103.798,
      areaKm2: 316.32,
      parent: { id: "vn:lai-chau" },
    });
    expect(successor.coordinatesApproximate).not.toBe(true);
    expect([data.place.latitude, data.place.longitude]).toEqual([successor.latitude, successor.longitude]);
    expect(data.now.predecessors.map((p) => p.id).sort()).toEqual([
      "vn:lai-chau:than-uyen:muong-kim",
      "vn:lai-chau:than-uyen:pha-mu",
      "vn:lai-chau:than-uyen:ta-hua",
      "vn:lai-chau:than-uyen:ta-mung",
    ]);

    // The API does not show the succession's flags (yet): read them from the graph.
    const flags = await readRows<{ to: string; effectiveOn: string; merged: boolean; divided: boolean; sourceId: string }>(
      api.graph,
      `MATCH (:Place {id: $id})-[r:SUCCEEDED_BY]->(b:Place)
       RETURN b.id AS to, toString(r.effectiveOn) AS effectiveOn, r.merged AS merged, r.divided AS divided, r.sourceId AS sourceId ORDER BY to`,
      { id: "vn:lai-chau:than-uyen:muong-kim" },
    );
    expect(flags).toEqual([{ to: "vn2025:lai-chau:muong-kim", effectiveOn: "2025-07-01", merged: true, divided: false, sourceId: "src:vietnamadminunits" }]);
  });

  it("a commune divided in 2025 has each part as a successor, flagged divided", async () => {
    const flags = await readRows<{ to: string; merged: boolean; divided: boolean }>(
      api.graph,
      `MATCH (:Place {id: $id})-[r:SUCCEEDED_BY]->(b:Place) RETURN b.id AS to, r.merged AS merged, r.divided AS divided ORDER BY to`,
      { id: "vn:ha-noi:ba-dinh:cong-vi" },
    );
    expect(flags.map((f) => f.to)).toEqual(expect.arrayContaining(["vn2025:ha-noi:giang-vo", "vn2025:ha-noi:ngoc-ha"]));
    expect(flags.every((f) => f.divided && f.merged)).toBe(true);
  });

  it("keeps the id, level and code of every place the articles named before the whole country was loaded", async () => {
    const kept: [string, string, string][] = [
      ["vn:lai-chau", "PROVINCE", "12"],
      ["vn:bac-ninh", "PROVINCE", "27"],
      ["vn2025:bac-ninh", "PROVINCE", "24"],
      ["vn2025:lam-dong", "PROVINCE", "68"],
      ["vn:lai-chau:than-uyen", "DISTRICT", "110"],
      ["vn:ha-noi:thach-that", "DISTRICT", "276"],
      ["vn:ha-noi:ba-vi:minh-quang", "COMMUNE", "09700"],
      ["vn:lai-chau:phong-tho:ban-lang", "COMMUNE", "03577"],
      ["vn2025:ha-noi:bat-bat", "COMMUNE", "09676"],
      ["vn2025:quang-ngai:kon-plong", "COMMUNE", "23476"],
      ["vn:gia-lai:chu-se:chu-se", "COMMUNE", "23941"],
    ];
    const found = await placesById<PlaceRow>(
      api,
      kept.map(([id]) => id),
      "id level code",
    );
    expect(kept.map(([id]) => [id, found.get(id)?.level, found.get(id)?.code])).toEqual(kept);
  });

  it("gives units with one slug under one parent their code, and numbered wards their unit type", async () => {
    const found = await placesById<PlaceRow & { officialName: string }>(
      api,
      ["vn:ha-tinh:ky-anh-447", "vn:ha-tinh:ky-anh-449", "vn:ho-chi-minh:quan-3:phuong-1"],
      "id code officialName",
    );
    expect([...found.values()].map((p) => p?.officialName)).toEqual(["Huyện Kỳ Anh", "Thị xã Kỳ Anh", "Phường 1"]);
    expect(errorCodes(await api.runText(`{ place(id: "vn:ha-tinh:ky-anh") { id } }`))).toEqual(["NOT_FOUND"]);
  });

  it("finds a commune by its name without accents, before and after 2025", async () => {
    const data = dataOf(await api.runText<{ search: { entity: { id: string } }[] }>(`{ search(text: "muong kim", kinds: [Place]) { entity { id } } }`));
    expect(data.search.map((h) => h.entity.id)).toEqual(expect.arrayContaining(["vn:lai-chau:than-uyen:muong-kim", "vn2025:lai-chau:muong-kim"]));
  });

  it("maps every 2025 province boundary (data/boundaries) to its province by placeId and code", async () => {
    const geo = JSON.parse(readFileSync(path.join(ROOT, "data", "boundaries", "provinces-2025.geojson"), "utf8")) as {
      features: { properties: { code: string; placeId: string }; geometry: { type: string } }[];
    };
    expect(geo.features).toHaveLength(CURRENT.provinces);
    const found = await placesById<PlaceRow>(
      api,
      geo.features.map((f) => f.properties.placeId),
      "id code level validTo",
    );
    for (const f of geo.features) {
      expect([f.properties.placeId, found.get(f.properties.placeId)]).toEqual([
        f.properties.placeId,
        expect.objectContaining({ code: f.properties.code, level: "PROVINCE", validTo: null }),
      ]);
    }
  });
});
