import { readFileSync } from "node:fs";
import path from "node:path";
import { type Archipelago, ISLAND_RADIUS, islandDisc, type ProvinceCollection, withArchipelagos } from "../../dashboard/src/archipelagos.model";

/**
 * Hoàng Sa and Trường Sa on the dashboard's map (dashboard/src/archipelagos.model.ts), from the
 * committed data (data/boundaries/): each archipelago is named, belongs to its 2025 province
 * (Đà Nẵng 48, Khánh Hòa 56), its islands lie where the archipelago is, every island's source is
 * in SOURCE.txt, and the map's features carry the islands inside their province's feature.
 */
const DIR = path.resolve(__dirname, "..", "..", "data", "boundaries");
const provinces = JSON.parse(readFileSync(path.join(DIR, "provinces-2025.geojson"), "utf8")) as ProvinceCollection;
const { archipelagos } = JSON.parse(readFileSync(path.join(DIR, "archipelagos.json"), "utf8")) as { archipelagos: Archipelago[] };
const source = readFileSync(path.join(DIR, "SOURCE.txt"), "utf8");

type Ring = number[][];
const polygonsOf = (f: ProvinceCollection["features"][number]): Ring[][] => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);
const featureOf = (collection: ProvinceCollection, code: string) => {
  const feature = collection.features.find((f) => f.properties.code === code);
  if (!feature) throw new Error(`no feature ${code}`);
  return feature;
};
/** Ray casting: is [lon, lat] inside the ring. */
function inside(ring: Ring, [x, y]: number[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}
const maxLongitude = (f: ProvinceCollection["features"][number]): number =>
  Math.max(
    ...polygonsOf(f)
      .flat(2)
      .map(([lon]) => lon),
  );

describe("Hoàng Sa and Trường Sa on the dashboard's map", () => {
  it("names both archipelagos in Vietnamese and English, each in its 2025 province", () => {
    expect(archipelagos.map((a) => [a.name, a.nameEn, a.provinceCode])).toEqual([
      ["Quần đảo Hoàng Sa", "Paracel Islands", "48"],
      ["Quần đảo Trường Sa", "Spratly Islands", "56"],
    ]);
    expect(featureOf(provinces, "48").properties.nameShort).toBe("Đà Nẵng");
    expect(featureOf(provinces, "56").properties.nameShort).toBe("Khánh Hòa");
  });

  it("places the islands inside the archipelagos' extent, and says where each position comes from", () => {
    const box = { "hoang-sa": [111, 15.5, 113, 17.2], "truong-sa": [111.5, 7.5, 115, 11.7] } as Record<string, number[]>;
    for (const a of archipelagos) {
      const [w, s, e, n] = box[a.id];
      expect(a.islands.length).toBeGreaterThanOrEqual(3);
      for (const island of a.islands) {
        expect(island.longitude).toBeGreaterThan(w);
        expect(island.longitude).toBeLessThan(e);
        expect(island.latitude).toBeGreaterThan(s);
        expect(island.latitude).toBeLessThan(n);
        expect(source).toContain(island.name);
        expect(source).toContain(island.nameEn);
      }
    }
  });

  it("adds each island to its province's feature, so it takes the province's colour and tooltip", () => {
    // The committed boundaries stop short of both archipelagos.
    expect(maxLongitude(featureOf(provinces, "48"))).toBeLessThan(110);
    expect(maxLongitude(featureOf(provinces, "56"))).toBeLessThan(110);

    const map = withArchipelagos(provinces, archipelagos);
    expect(map.features.map((f) => f.properties.code)).toEqual(provinces.features.map((f) => f.properties.code));
    for (const a of archipelagos) {
      const feature = featureOf(map, a.provinceCode);
      expect(feature.geometry.type).toBe("MultiPolygon");
      expect(feature.properties.archipelagos).toEqual([{ id: a.id, name: a.name, nameEn: a.nameEn, islands: a.islands.length }]);
      // Every island is inside one of the province's polygons; the mainland is still there.
      for (const island of a.islands) {
        expect(polygonsOf(feature).some(([outer]) => inside(outer, [island.longitude, island.latitude]))).toBe(true);
      }
      expect(polygonsOf(feature).length).toBe(polygonsOf(featureOf(provinces, a.provinceCode)).length + a.islands.length);
    }
    expect(maxLongitude(featureOf(map, "56"))).toBeGreaterThan(114);
    // Other provinces are untouched, and so is the input.
    expect(featureOf(map, "01")).toBe(featureOf(provinces, "01"));
    expect(featureOf(provinces, "48").geometry.type).toBe("Polygon");
  });

  it("draws an island as a closed, counter-clockwise disc of ISLAND_RADIUS around its position", () => {
    const ring = islandDisc({ latitude: 16.5347, longitude: 111.6083 });
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const area = ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0) / 2;
    expect(area).toBeGreaterThan(0);
    for (const [, lat] of ring) expect(Math.abs(lat - 16.5347)).toBeLessThanOrEqual(ISLAND_RADIUS + 1e-4);
    expect(inside(ring, [111.6083, 16.5347])).toBe(true);
    expect(inside(ring, [111.6083, 16.5347 + 2 * ISLAND_RADIUS])).toBe(false);
  });

  it("refuses an archipelago whose province is not on the map, rather than dropping it", () => {
    expect(() => withArchipelagos(provinces, [{ ...archipelagos[0], provinceCode: "99" }])).toThrow(/no province with code 99/);
  });
});
