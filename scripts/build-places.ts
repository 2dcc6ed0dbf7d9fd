/**
 * Writes seeds/places.yaml: the administrative units listed in seeds/places.wanted.yaml with
 * their official codes, their legacy hierarchy (province → district → commune) and their
 * successors after the July 2025 reorganisation (province → commune), read from the
 * vietnamadminunits dataset. Run with `npm run places`; the output is committed and reviewed.
 *
 * Usage: node dist/scripts/build-places.js [path/to/vietnamadminunits]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { slugify } from "../src/common/text";
import type { SeedEntity, SeedFile, SeedRelationship } from "../src/seed/seed.schema";
import { RelType } from "../src/graph/graph.model";
import { PlaceLevel, SourceKind } from "../src/graph/graph.enums";

const ROOT = path.resolve(__dirname, "..", "..");
const DATA_DIR = process.argv[2] ?? path.resolve(ROOT, "..", "shared", "data", "vietnamadminunits");
const LAST_LEGACY_DAY = "2025-06-30";
const REFORM_DAY = "2025-07-01";
const SOURCE_ID = "src:vietnamadminunits";

interface Row {
  line: string;
  provinceCode: string;
  isMergedProvince: boolean;
  districtCode: string;
  wardCode: string;
  province: string;
  district: string;
  ward: string;
  newProvince: string;
  newWard: string;
  newProvinceCode: string;
  newWardCode: string;
}

const UNIT_PREFIX = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)\s+/;
const bareName = (official: string): string => official.replace(UNIT_PREFIX, "");
const unitType = (official: string): string => UNIT_PREFIX.exec(official)?.[1] ?? "";
const slug = (official: string): string => slugify(bareName(official));
const pad = (code: string, width: number): string => String(Math.trunc(Number(code))).padStart(width, "0");

function readRows(): Row[] {
  const text = readFileSync(path.join(DATA_DIR, "convert_legacy_2025_simple.csv"), "utf8");
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header.split(",");
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing from the dataset`);
    return i;
  };
  const idx = {
    provinceCode: at("provinceCode"),
    isMergedProvince: at("isMergedProvince"),
    districtCode: at("districtCode"),
    wardCode: at("wardCode"),
    province: at("province"),
    district: at("district"),
    ward: at("ward"),
    newProvince: at("newProvince"),
    newWard: at("newWard"),
    newProvinceCode: at("newProvinceCode"),
    newWardCode: at("newWardCode"),
  };
  return lines.map((line) => {
    const f = line.split(",");
    return {
      line,
      provinceCode: f[idx.provinceCode],
      isMergedProvince: f[idx.isMergedProvince] === "True",
      districtCode: f[idx.districtCode],
      wardCode: f[idx.wardCode],
      province: f[idx.province],
      district: f[idx.district],
      ward: f[idx.ward],
      newProvince: f[idx.newProvince],
      newWard: f[idx.newWard],
      newProvinceCode: f[idx.newProvinceCode],
      newWardCode: f[idx.newWardCode],
    };
  });
}

interface Wanted {
  provinces: string[];
  districts: [string, string][];
  communes: [string, string, string][];
}

function main(): void {
  const wanted = yaml.load(readFileSync(path.join(ROOT, "seeds", "places.wanted.yaml"), "utf8")) as Wanted;
  const rows = readRows();
  const entities = new Map<string, SeedEntity>();
  const rels = new Map<string, SeedRelationship>();
  const addEntity = (e: SeedEntity): void => {
    if (!entities.has(e.id)) entities.set(e.id, e);
  };
  const addRel = (r: SeedRelationship): void => {
    const key = `${r.from}|${r.type}|${r.to}`;
    if (!rels.has(key)) rels.set(key, r);
  };
  const first = <T>(items: T[], what: string): T => {
    if (items.length === 0) throw new Error(`${what} not found in the dataset`);
    return items[0];
  };

  const legacyProvinceId = (r: Row): string => `vn:${slug(r.province)}`;
  // A province that merged, or whose unit took another's name (Bắc Giang became Bắc Ninh), is
  // succeeded by a new node; an unchanged province stays one node across the reform.
  const provinceChanged = (r: Row): boolean => r.isMergedProvince || r.newProvince !== r.province;
  const newProvinceId = (r: Row): string => (provinceChanged(r) ? `vn2025:${slug(r.newProvince)}` : legacyProvinceId(r));

  const addProvince = (r: Row): void => {
    addEntity({
      kind: "Place",
      id: legacyProvinceId(r),
      name: bareName(r.province),
      officialName: r.province,
      unitType: unitType(r.province),
      level: PlaceLevel.PROVINCE,
      code: pad(r.provinceCode, 2),
      ...(provinceChanged(r) ? { validTo: LAST_LEGACY_DAY } : {}),
      quote: r.line,
    });
    if (provinceChanged(r)) {
      addEntity({
        kind: "Place",
        id: newProvinceId(r),
        name: bareName(r.newProvince),
        officialName: r.newProvince,
        unitType: unitType(r.newProvince),
        level: PlaceLevel.PROVINCE,
        code: pad(r.newProvinceCode, 2),
        validFrom: REFORM_DAY,
        quote: r.line,
      });
      addRel({ from: legacyProvinceId(r), type: RelType.SUCCEEDED_BY, to: newProvinceId(r), effectiveOn: REFORM_DAY, quote: r.line });
    }
  };

  for (const province of wanted.provinces) {
    addProvince(first(rows.filter((r) => r.province === province), province));
  }
  const districtId = (r: Row): string => `${legacyProvinceId(r)}:${slug(r.district)}`;
  const addDistrict = (r: Row): void => {
    addProvince(r);
    addEntity({
      kind: "Place",
      id: districtId(r),
      name: bareName(r.district),
      officialName: r.district,
      unitType: unitType(r.district),
      level: PlaceLevel.DISTRICT,
      code: pad(r.districtCode, 3),
      validTo: LAST_LEGACY_DAY,
      quote: r.line,
    });
    addRel({ from: districtId(r), type: RelType.PART_OF, to: legacyProvinceId(r), quote: r.line });
  };
  for (const [province, district] of wanted.districts) {
    addDistrict(first(rows.filter((r) => r.province === province && r.district === district), `${district}, ${province}`));
  }
  for (const [province, district, commune] of wanted.communes) {
    const matches = rows.filter((r) => r.province === province && r.district === district && r.ward === commune);
    const r = first(matches, `${commune}, ${district}, ${province}`);
    addDistrict(r);
    const communeId = `${districtId(r)}:${slug(r.ward)}`;
    addEntity({
      kind: "Place",
      id: communeId,
      name: bareName(r.ward),
      officialName: r.ward,
      unitType: unitType(r.ward),
      level: PlaceLevel.COMMUNE,
      code: pad(r.wardCode, 5),
      validTo: LAST_LEGACY_DAY,
      quote: r.line,
    });
    addRel({ from: communeId, type: RelType.PART_OF, to: districtId(r), quote: r.line });
    // A commune divided in 2025 has one row per successor.
    for (const m of matches) {
      const successorId = `vn2025:${slug(m.newProvince)}:${slug(m.newWard)}`;
      addEntity({
        kind: "Place",
        id: successorId,
        name: bareName(m.newWard),
        officialName: m.newWard,
        unitType: unitType(m.newWard),
        level: PlaceLevel.COMMUNE,
        code: pad(m.newWardCode, 5),
        validFrom: REFORM_DAY,
        quote: m.line,
      });
      addRel({ from: successorId, type: RelType.PART_OF, to: newProvinceId(m), quote: m.line });
      addRel({ from: communeId, type: RelType.SUCCEEDED_BY, to: successorId, effectiveOn: REFORM_DAY, quote: m.line });
    }
  }

  const seed: SeedFile = {
    source: {
      id: SOURCE_ID,
      kind: SourceKind.DATASET,
      title: "vietnamadminunits: Vietnam's administrative units before and after the July 2025 reorganisation",
      url: "https://github.com/tranngocminhhieu/vietnamadminunits",
      publisher: "Tran Ngoc Minh Hieu",
      language: "vi",
      license: "MIT",
      note: "convert_legacy_2025_simple.csv at commit 780c27980afdae76d5c6e7b252955f6b571f34ca; each quote is the dataset row the fact was read from.",
    },
    entities: [...entities.values()],
    relationships: [...rels.values()],
  };
  const header =
    "# GENERATED by scripts/build-places.ts from seeds/places.wanted.yaml and the vietnamadminunits\n" +
    "# dataset (MIT). Do not edit by hand: change places.wanted.yaml and run `npm run places`.\n";
  writeFileSync(path.join(ROOT, "seeds", "places.yaml"), header + yaml.dump(seed, { lineWidth: 200, noRefs: true }));
  console.log(`seeds/places.yaml: ${entities.size} places, ${rels.size} relationships`);
}

main();
