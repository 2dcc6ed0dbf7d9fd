/**
 * A small gazetteer seed file for the ingest's unit tests: Nghệ An, its district Kỳ Sơn (a unit
 * of before July 2025) and the communes asked for under it. Every rule test drafts its own
 * sentences against the same places, so that a place's words mean the same thing in every file.
 */
import type { ParsedSeedFile } from "../../src/seed/seed.reader";

/** Kỳ Sơn's communes the tests use: id slug, name, English name. */
export const KY_SON_COMMUNES = {
  huuKiem: ["huu-kiem", "Hữu Kiệm", "Huu Kiem commune"],
  baoNam: ["bao-nam", "Bảo Nam", "Bao Nam commune"],
  muongTip: ["muong-tip", "Mường Típ", "Muong Tip commune"],
} as const;

type Commune = (typeof KY_SON_COMMUNES)[keyof typeof KY_SON_COMMUNES];

/** A gazetteer place entity of a seed file. */
export const testPlace = (id: string, name: string, level: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: "Place",
  id,
  name,
  level,
  quote: "q",
  ...extra,
});
const legacy = { validTo: "2025-06-30" };
const KY_SON = "vn:nghe-an:ky-son";

/** places.yaml with Nghệ An, Kỳ Sơn and `communes` under it, each PART_OF the unit above. */
export function testGazetteer(communes: readonly Commune[]): ParsedSeedFile {
  return {
    file: "places.yaml",
    data: {
      source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
      entities: [
        testPlace("vn:nghe-an", "Nghệ An", "PROVINCE", { unitType: "Tỉnh", nameEn: "Nghe An province" }),
        testPlace(KY_SON, "Kỳ Sơn", "DISTRICT", { unitType: "Huyện", nameEn: "Ky Son district", ...legacy }),
        ...communes.map(([slug, name, nameEn]) => testPlace(`${KY_SON}:${slug}`, name, "COMMUNE", { unitType: "Xã", nameEn, ...legacy })),
      ],
      relationships: [[KY_SON, "vn:nghe-an"], ...communes.map(([slug]) => [`${KY_SON}:${slug}`, KY_SON])].map(([from, to]) => ({ from, type: "PART_OF", to, quote: "q" })),
    },
  };
}

/** A unit of a test gazetteer: id, name, level and its other properties. */
export type TestUnit = readonly [id: string, name: string, level: string, extra?: Record<string, unknown>];

/** The unit above an id: a 2025 commune of an unchanged province is PART_OF the province's one id, as in seeds/places.yaml. */
export const testParentOf = (id: string): string | undefined => (id.split(":").length > 2 ? id.slice(0, id.lastIndexOf(":")).replace(/^vn2025:/, "vn:") : undefined);

/** A gazetteer seed file of `units`, each PART_OF the unit its id extends (which may be in another file of the test's). */
export function gazetteerOf(units: readonly TestUnit[], file = "places.yaml", sourceId = "src:gazetteer"): ParsedSeedFile {
  return {
    file,
    data: {
      source: { id: sourceId, kind: "DATASET", title: "test gazetteer", language: "vi" },
      entities: units.map(([id, name, level, extra]) => testPlace(id, name, level, extra)),
      relationships: units
        .map(([id]) => [id, testParentOf(id)])
        .filter((x): x is [string, string] => !!x[1])
        .map(([from, to]) => ({ from, type: "PART_OF", to, quote: "q" })),
    },
  };
}
