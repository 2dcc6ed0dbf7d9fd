/**
 * Hoàng Sa and Trường Sa on the province map. The 2025 boundaries (provinces-2025.geojson) end at
 * 109.45°E; data/boundaries/archipelagos.json names both archipelagos, the province each belongs
 * to (Đà Nẵng, Khánh Hòa) and the published positions of some of their islands (SOURCE.txt).
 * withArchipelagos draws each island as a small disc (a map symbol: the real islands are far
 * below a pixel at this scale) and adds the discs to its province's feature, so an island takes
 * the province's colour, tooltip and click like the mainland. Pure: no DOM, unit-tested in
 * test/unit/dashboard.archipelagos.test.ts.
 */

export interface Island {
  name: string;
  nameEn: string;
  latitude: number;
  longitude: number;
}

export interface Archipelago {
  id: string;
  name: string;
  nameEn: string;
  /** The official 2-digit code of the 2025 province it belongs to. */
  provinceCode: string;
  /** Where its name is written on the map: [longitude, latitude]. */
  label: [number, number];
  islands: Island[];
}

type Position = number[];
type Ring = Position[];
type PolygonCoords = Ring[];

export interface ProvinceFeature {
  type: "Feature";
  properties: { code: string; [key: string]: unknown };
  geometry: { type: "Polygon"; coordinates: PolygonCoords } | { type: "MultiPolygon"; coordinates: PolygonCoords[] };
}

export interface ProvinceCollection {
  type: "FeatureCollection";
  features: ProvinceFeature[];
}

/** The discs' radius in degrees of latitude (about 13 km): visible at the scale of the whole country. */
export const ISLAND_RADIUS = 0.12;
const DISC_VERTICES = 16;

/**
 * A closed ring approximating a circle of `radius` degrees (of latitude) around the island,
 * widened in longitude by 1/cos(latitude) so that it is round on the map, counter-clockwise
 * as GeoJSON's right-hand rule wants for an outer ring.
 */
export function islandDisc(island: Pick<Island, "latitude" | "longitude">, radius = ISLAND_RADIUS): Ring {
  const stretch = 1 / Math.cos((island.latitude * Math.PI) / 180);
  const ring: Ring = [];
  for (let k = 0; k < DISC_VERTICES; k++) {
    const a = (2 * Math.PI * k) / DISC_VERTICES;
    ring.push([round(island.longitude + radius * stretch * Math.cos(a)), round(island.latitude + radius * Math.sin(a))]);
  }
  ring.push(ring[0]);
  return ring;
}

const round = (v: number): number => Math.round(v * 1e4) / 1e4;

/**
 * The provinces with each archipelago's islands added to its province's feature (a Polygon
 * becomes a MultiPolygon), and the feature's `archipelagos` property naming them. A new object:
 * the input is left as it is. Throws when an archipelago's province is not among the features,
 * so that a renamed code cannot silently drop the islands from the map.
 */
export function withArchipelagos(provinces: ProvinceCollection, archipelagos: readonly Archipelago[]): ProvinceCollection {
  const features = provinces.features.map((feature) => {
    const own = archipelagos.filter((a) => a.provinceCode === feature.properties.code);
    if (!own.length) return feature;
    const mainland = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const discs = own.flatMap((a) => a.islands.map((island) => [islandDisc(island)]));
    return {
      ...feature,
      properties: { ...feature.properties, archipelagos: own.map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn, islands: a.islands.length })) },
      geometry: { type: "MultiPolygon" as const, coordinates: [...mainland, ...discs] },
    };
  });
  for (const a of archipelagos) {
    if (!provinces.features.some((f) => f.properties.code === a.provinceCode)) throw new Error(`archipelago ${a.id}: no province with code ${a.provinceCode}`);
  }
  return { ...provinces, features };
}
