import { communePoints } from "../../dashboard/src/communes.model";
import { cleanFilter, exportUrl, fromSearchParams, toApiFilter, toggleFilter, toSearchParams } from "../../dashboard/src/filters.model";
import {
  countsByCurrentCode,
  countsFromPlaces,
  currentCodesOf,
  highlightedCode,
  indexProvinces,
  type ProvinceNode,
  successorsToday,
  unplaced,
} from "../../dashboard/src/provinces.model";

/** The dashboard's pure parts (dashboard/src/*.model.ts): filters, legacy → 2025 provinces, commune points. */

describe("dashboard filters", () => {
  it("sends one value per dimension as the API's filter, lists for roles and activities", () => {
    expect(toApiFilter({})).toBeNull();
    expect(toApiFilter({ place: "vn:lai-chau", role: "PARTNER", activity: "MODEL_RUN", from: "2022-01-01" })).toEqual({
      place: "vn:lai-chau",
      roles: ["PARTNER"],
      activities: ["MODEL_RUN"],
      from: "2022-01-01",
    });
  });

  it("keeps includeUndated only with a date, and drops half-typed dates and blanks", () => {
    expect(cleanFilter({ includeUndated: true, organization: " ", from: "2022-01" })).toEqual({});
    expect(cleanFilter({ includeUndated: true, to: "2024-12-31" })).toEqual({ includeUndated: true, to: "2024-12-31" });
  });

  it("round-trips through the URL, in the export endpoints' parameter names", () => {
    const filter = { organization: "org:dwc", place: "vn:lai-chau", role: "PARTNER", activity: "TRAINING", from: "2021-01-01", to: "2024-12-31", includeUndated: true };
    const params = toSearchParams(filter);
    expect(params.toString()).toBe("organization=org%3Adwc&place=vn%3Alai-chau&roles=PARTNER&activities=TRAINING&from=2021-01-01&to=2024-12-31&includeUndated=true");
    expect(fromSearchParams(params)).toEqual(filter);
    expect(fromSearchParams(new URLSearchParams("lang=en&place=vn%3Aha-noi&unknown=1"))).toEqual({ place: "vn:ha-noi" });
  });

  it("links the CSV of the same filter", () => {
    expect(exportUrl({})).toBe("/export/3w.csv");
    expect(exportUrl({ place: "vn:lai-chau", model: "model:watermelon" })).toBe("/export/3w.csv?model=model%3Awatermelon&place=vn%3Alai-chau");
    expect(exportUrl({ place: "vn:lai-chau" }, "xlsx")).toBe("/export/3w.xlsx?place=vn%3Alai-chau");
    expect(exportUrl({ place: "vn:lai-chau", role: "PARTNER" }, "hxl.csv")).toBe("/export/3w.hxl.csv?place=vn%3Alai-chau&roles=PARTNER");
    expect(exportUrl({ organization: "org:dwc" }, "geojson")).toBe("/export/places.geojson?organization=org%3Adwc");
    expect(exportUrl({}, "geojson")).toBe("/export/places.geojson");
  });

  it("cross-filters: a click sets the dimension, a second click on the same value clears it", () => {
    const once = toggleFilter({ place: "vn:lai-chau" }, "organization", "org:dwc");
    expect(once).toEqual({ place: "vn:lai-chau", organization: "org:dwc" });
    expect(toggleFilter(once, "organization", "org:dwc")).toEqual({ place: "vn:lai-chau" });
    expect(toggleFilter(once, "organization", "org:inkota")).toEqual({ place: "vn:lai-chau", organization: "org:inkota" });
  });
});

describe("legacy provinces on the 2025 map", () => {
  const province = (id: string, code: string, validTo: string | null, successors: string[] = []): ProvinceNode => ({
    id,
    name: id,
    code,
    validTo,
    successors: successors.map((s) => ({ id: s })),
  });
  // As in the gazetteer: Lai Châu kept (12); Bắc Ninh (27) and Bắc Giang (24) merged into the
  // 2025 Bắc Ninh, whose code is 24; Kon Tum merged into Quảng Ngãi (51).
  const index = indexProvinces([
    province("vn:lai-chau", "12", null),
    province("vn:bac-ninh", "27", "2025-06-30", ["vn2025:bac-ninh"]),
    province("vn:bac-giang", "24", "2025-06-30", ["vn2025:bac-ninh"]),
    province("vn2025:bac-ninh", "24", null),
    province("vn:kon-tum", "62", "2025-06-30", ["vn2025:quang-ngai"]),
    province("vn2025:quang-ngai", "51", null),
  ]);

  it("maps a kept province to its own code and a legacy one to its successor's, never by its old code", () => {
    expect(currentCodesOf(index, "vn:lai-chau")).toEqual(["12"]);
    expect(currentCodesOf(index, "vn:bac-ninh")).toEqual(["24"]);
    expect(currentCodesOf(index, "vn:kon-tum")).toEqual(["51"]);
    expect(currentCodesOf(index, "vn:unknown")).toEqual([]);
  });

  it("sums the facet counts per 2025 province and reports what it cannot place", () => {
    const facets = [
      { key: "vn:lai-chau", count: 18 },
      { key: "vn:bac-ninh", count: 2 },
      { key: "vn:bac-giang", count: 1 },
      { key: "vn:kon-tum", count: 1 },
      { key: null, count: 3 },
      { key: "vn:unknown", count: 4 },
    ];
    expect(Object.fromEntries(countsByCurrentCode(index, facets))).toEqual({ "12": 18, "24": 3, "51": 1 });
    expect(unplaced(index, facets)).toBe(7);
  });

  it("takes the map's counts from the places export: the 2025 provinces' own features only", () => {
    const feature = (id: string, interventions: number, organizations: number, events = 0) => ({
      properties: { id, activities: interventions + events, interventions, events, organizations },
    });
    const counts = countsFromPlaces(index, [
      feature("vn:lai-chau", 18, 5),
      // The 2025 Bắc Ninh already counts legacy Bắc Ninh and Bắc Giang, each intervention once.
      feature("vn2025:bac-ninh", 2, 2, 1),
      feature("vn:bac-ninh", 1, 1),
      feature("vn:bac-giang", 1, 1),
      feature("vn:lai-chau:than-uyen", 7, 3),
      feature("vn:unknown", 4, 4),
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      "12": { activities: 18, interventions: 18, events: 0, organizations: 5 },
      "24": { activities: 3, interventions: 2, events: 1, organizations: 2 },
    });
  });

  it("says which 2025 province a legacy province's row is in now, and nothing for a current one", () => {
    expect(successorsToday(index, "vn:kon-tum").map((p) => p.id)).toEqual(["vn2025:quang-ngai"]);
    expect(successorsToday(index, "vn:bac-giang").map((p) => p.id)).toEqual(["vn2025:bac-ninh"]);
    expect(successorsToday(index, "vn2025:bac-ninh")).toEqual([]);
    expect(successorsToday(index, "vn:unknown")).toEqual([]);
  });

  it("outlines the 2025 province a place filter points at", () => {
    expect(highlightedCode(index, "vn:kon-tum")).toBe("51");
    expect(highlightedCode(index, "vn2025:quang-ngai")).toBe("51");
    expect(highlightedCode(index, "vn:lai-chau:than-uyen")).toBeNull();
    expect(highlightedCode(index, undefined)).toBeNull();
  });
});

describe("commune points", () => {
  const successor = { id: "vn2025:lai-chau:muong-kim", name: "Mường Kim", latitude: 21.88, longitude: 103.9 };
  it("draws legacy communes with borrowed coordinates as their 2025 commune, counting distinct activities (interventions and events)", () => {
    const rows = [
      {
        intervention: { id: "i1" },
        commune: { id: "vn:lai-chau:than-uyen:muong-kim", name: "Mường Kim", latitude: 21.88, longitude: 103.9, coordinatesApproximate: true, successors: [successor] },
      },
      {
        intervention: { id: "i1" },
        commune: { id: "vn:lai-chau:than-uyen:pha-mu", name: "Pha Mu", latitude: 21.88, longitude: 103.9, coordinatesApproximate: true, successors: [successor] },
      },
      {
        intervention: { id: "i2" },
        commune: { id: "vn:lai-chau:than-uyen:pha-mu", name: "Pha Mu", latitude: 21.88, longitude: 103.9, coordinatesApproximate: true, successors: [successor] },
      },
      { intervention: { id: "i3" }, commune: { id: "vn:ha-noi:x", name: "X", latitude: 21, longitude: 105.5, coordinatesApproximate: false, successors: [] } },
      // An event's row (no intervention) counts its event.
      { intervention: null, event: { id: "e1" }, commune: { id: "vn:ha-noi:x", name: "X", latitude: 21, longitude: 105.5, coordinatesApproximate: false, successors: [] } },
      { intervention: { id: "i4" }, commune: { id: "vn:nowhere", name: "No coordinates", latitude: null, longitude: null } },
      { intervention: { id: "i5" }, commune: null },
    ];
    expect(communePoints(rows)).toEqual([
      { id: "vn2025:lai-chau:muong-kim", name: "Mường Kim", merged: ["Mường Kim", "Pha Mu"], latitude: 21.88, longitude: 103.9, count: 2 },
      { id: "vn:ha-noi:x", name: "X", merged: [], latitude: 21, longitude: 105.5, count: 2 },
    ]);
  });
});
