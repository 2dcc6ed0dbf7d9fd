/**
 * Writes seeds/places.yaml, the gazetteer: every administrative unit of Vietnam before the July
 * 2025 reorganisation (63 provinces, their districts and communes) and after it (34 provinces,
 * 3,321 communes), with official codes, names, English names, coordinates, areas, regions, the
 * legacy hierarchy (province → district → commune), the 2025 one (province → commune) and the
 * succession between them, read from the vietnamadminunits dataset. Also writes
 * data/boundaries/provinces-2025.geojson: the 2025 province boundaries with each feature's place
 * id. Run with `npm run places`; the output is committed and reviewed.
 *
 * Ids are a public contract: the script refuses to write a gazetteer that drops an id (or a
 * relationship) of the committed one, or changes its kind or level.
 *
 * Usage: node dist/scripts/build-places.js [path/to/vietnamadminunits [path/to/vn-boundaries]]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { slugify } from "../src/common/text";
import type { SeedEntity, SeedFile, SeedRelationship } from "../src/seed/seed.schema";
import { RelType } from "../src/graph/graph.model";
import { PlaceLevel, SourceKind } from "../src/graph/graph.enums";

const ROOT = path.resolve(__dirname, "..", "..");
const DATA_DIR = process.argv[2] ?? path.resolve(ROOT, "..", "shared", "data", "vietnamadminunits");
const BOUNDARIES_DIR = process.argv[3] ?? path.resolve(ROOT, "..", "shared", "data", "vn-boundaries");
const OUT_FILE = path.join(ROOT, "seeds", "places.yaml");
const GEOJSON_OUT = path.join(ROOT, "data", "boundaries", "provinces-2025.geojson");
const LAST_LEGACY_DAY = "2025-06-30";
const REFORM_DAY = "2025-07-01";
const SOURCE_ID = "src:vietnamadminunits";
const DATASET_COMMIT = "780c27980afdae76d5c6e7b252955f6b571f34ca";

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

const TDMNPB = "Trung du và miền núi phía Bắc";
const DBSH = "Đồng bằng sông Hồng";
const BTB = "Bắc Trung Bộ và Duyên hải miền Trung";
const TN = "Tây Nguyên";
const DNB = "Đông Nam Bộ";
const DBSCL = "Đồng bằng sông Cửu Long";

/**
 * Vietnam's six socio-economic regions, by legacy province code (with the province's name, which
 * the script checks against the dataset so that a wrong code cannot slip through).
 */
const LEGACY_REGIONS: Record<string, [string, string]> = {
  "01": ["Hà Nội", DBSH],
  "02": ["Hà Giang", TDMNPB],
  "04": ["Cao Bằng", TDMNPB],
  "06": ["Bắc Kạn", TDMNPB],
  "08": ["Tuyên Quang", TDMNPB],
  "10": ["Lào Cai", TDMNPB],
  "11": ["Điện Biên", TDMNPB],
  "12": ["Lai Châu", TDMNPB],
  "14": ["Sơn La", TDMNPB],
  "15": ["Yên Bái", TDMNPB],
  "17": ["Hòa Bình", TDMNPB],
  "19": ["Thái Nguyên", TDMNPB],
  "20": ["Lạng Sơn", TDMNPB],
  "22": ["Quảng Ninh", DBSH],
  "24": ["Bắc Giang", TDMNPB],
  "25": ["Phú Thọ", TDMNPB],
  "26": ["Vĩnh Phúc", DBSH],
  "27": ["Bắc Ninh", DBSH],
  "30": ["Hải Dương", DBSH],
  "31": ["Hải Phòng", DBSH],
  "33": ["Hưng Yên", DBSH],
  "34": ["Thái Bình", DBSH],
  "35": ["Hà Nam", DBSH],
  "36": ["Nam Định", DBSH],
  "37": ["Ninh Bình", DBSH],
  "38": ["Thanh Hóa", BTB],
  "40": ["Nghệ An", BTB],
  "42": ["Hà Tĩnh", BTB],
  "44": ["Quảng Bình", BTB],
  "45": ["Quảng Trị", BTB],
  "46": ["Huế", BTB],
  "48": ["Đà Nẵng", BTB],
  "49": ["Quảng Nam", BTB],
  "51": ["Quảng Ngãi", BTB],
  "52": ["Bình Định", BTB],
  "54": ["Phú Yên", BTB],
  "56": ["Khánh Hòa", BTB],
  "58": ["Ninh Thuận", BTB],
  "60": ["Bình Thuận", BTB],
  "62": ["Kon Tum", TN],
  "64": ["Gia Lai", TN],
  "66": ["Đắk Lắk", TN],
  "67": ["Đắk Nông", TN],
  "68": ["Lâm Đồng", TN],
  "70": ["Bình Phước", DNB],
  "72": ["Tây Ninh", DNB],
  "74": ["Bình Dương", DNB],
  "75": ["Đồng Nai", DNB],
  "77": ["Bà Rịa - Vũng Tàu", DNB],
  "79": ["Hồ Chí Minh", DNB],
  "80": ["Long An", DBSCL],
  "82": ["Tiền Giang", DBSCL],
  "83": ["Bến Tre", DBSCL],
  "84": ["Trà Vinh", DBSCL],
  "86": ["Vĩnh Long", DBSCL],
  "87": ["Đồng Tháp", DBSCL],
  "89": ["An Giang", DBSCL],
  "91": ["Kiên Giang", DBSCL],
  "92": ["Cần Thơ", DBSCL],
  "93": ["Hậu Giang", DBSCL],
  "94": ["Sóc Trăng", DBSCL],
  "95": ["Bạc Liêu", DBSCL],
  "96": ["Cà Mau", DBSCL],
};

/**
 * The same six regions for the 34 provinces from July 2025 (9 + 6 + 8 + 3 + 3 + 5): a merged
 * province that joined provinces of two regions is placed as the government's grouping after the
 * merger places it (new Gia Lai, Đắk Lắk, Lâm Đồng in Tây Nguyên; Quảng Ngãi, Khánh Hòa in the
 * central coast; Tây Ninh in Đông Nam Bộ; Đồng Tháp in the Mekong delta).
 */
const REGIONS_2025: Record<string, [string, string]> = {
  "01": ["Hà Nội", DBSH],
  "04": ["Cao Bằng", TDMNPB],
  "08": ["Tuyên Quang", TDMNPB],
  "11": ["Điện Biên", TDMNPB],
  "12": ["Lai Châu", TDMNPB],
  "14": ["Sơn La", TDMNPB],
  "15": ["Lào Cai", TDMNPB],
  "19": ["Thái Nguyên", TDMNPB],
  "20": ["Lạng Sơn", TDMNPB],
  "22": ["Quảng Ninh", DBSH],
  "24": ["Bắc Ninh", DBSH],
  "25": ["Phú Thọ", TDMNPB],
  "31": ["Hải Phòng", DBSH],
  "33": ["Hưng Yên", DBSH],
  "37": ["Ninh Bình", DBSH],
  "38": ["Thanh Hóa", BTB],
  "40": ["Nghệ An", BTB],
  "42": ["Hà Tĩnh", BTB],
  "44": ["Quảng Trị", BTB],
  "46": ["Huế", BTB],
  "48": ["Đà Nẵng", BTB],
  "51": ["Quảng Ngãi", BTB],
  "52": ["Gia Lai", TN],
  "56": ["Khánh Hòa", BTB],
  "66": ["Đắk Lắk", TN],
  "68": ["Lâm Đồng", TN],
  "75": ["Đồng Nai", DNB],
  "79": ["Hồ Chí Minh", DNB],
  "80": ["Tây Ninh", DNB],
  "82": ["Đồng Tháp", DBSCL],
  "86": ["Vĩnh Long", DBSCL],
  "91": ["An Giang", DBSCL],
  "92": ["Cần Thơ", DBSCL],
  "96": ["Cà Mau", DBSCL],
};

/** Other names people search for, by official name (legacy and 2025 units alike). */
const ALIASES: Record<string, string[]> = {
  "Thành phố Hà Nội": ["Hanoi"],
  "Thành phố Hồ Chí Minh": ["TP.HCM", "TP. Hồ Chí Minh", "Ho Chi Minh City", "HCMC", "Sài Gòn", "Saigon"],
  "Thành phố Huế": ["Thừa Thiên Huế"],
  "Tỉnh Đắk Lắk": ["Đắc Lắk", "Daklak"],
  "Tỉnh Đắk Nông": ["Đắc Nông", "Daknong"],
};

const UNIT_TYPES = ["Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu"] as const;
// Case-insensitive: the dataset writes a few as "Thành Phố Bắc Kạn", "Thị Trấn Ái Tử".
const UNIT_PREFIX = new RegExp(`^(${UNIT_TYPES.join("|")})\\s+`, "iu");
/** English for each unit type: "Xã Mường Kim" is "Muong Kim commune", "Phường 1" is "Ward 1". */
const UNIT_EN: Record<(typeof UNIT_TYPES)[number], string> = {
  Tỉnh: "province",
  "Thành phố": "city",
  Huyện: "district",
  Quận: "district",
  "Thị xã": "town",
  Xã: "commune",
  Phường: "ward",
  "Thị trấn": "township",
  "Đặc khu": "special zone",
};

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

const unitType = (official: string): (typeof UNIT_TYPES)[number] => {
  const t = UNIT_PREFIX.exec(official)?.[1];
  const type = UNIT_TYPES.find((u) => u.toLowerCase() === t?.toLowerCase());
  if (!type) throw new Error(`no unit type in "${official}"`);
  return type;
};
/** The official name with its unit type written as usual: "Thành Phố Bắc Kạn" is "Thành phố Bắc Kạn". */
const officialName = (official: string): string => official.replace(UNIT_PREFIX, `${unitType(official)} `);
/** "Phường 1" stays "Phường 1": a number is no name on its own. */
const isNumbered = (official: string): boolean => /^\d+$/.test(official.replace(UNIT_PREFIX, ""));
const bareName = (official: string): string => (isNumbered(official) ? official : official.replace(UNIT_PREFIX, ""));
const slug = (official: string): string => slugify(bareName(official));
/** ASCII, case kept: diacritics folded, đ → d. */
const ascii = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
const englishName = (official: string): string => {
  const en = UNIT_EN[unitType(official)];
  const bare = official.replace(UNIT_PREFIX, "");
  return isNumbered(official) ? `${en[0].toUpperCase()}${en.slice(1)} ${bare}` : `${ascii(bare)} ${en}`;
};
const pad = (code: string, width: number): string => {
  const n = Number(code);
  if (code.trim() === "" || !Number.isFinite(n)) throw new Error(`bad code "${code}"`);
  return String(Math.trunc(n)).padStart(width, "0");
};
const num = (text: string): number | undefined => (text.trim() === "" ? undefined : Number(text));
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

// ---------------------------------------------------------------------------------------------
// The dataset
// ---------------------------------------------------------------------------------------------

type Csv<K extends string> = Record<K, string> & { line: string };

function readCsv<K extends string>(file: string, columns: readonly K[]): Csv<K>[] {
  const text = readFileSync(path.join(DATA_DIR, file), "utf8");
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header.split(",");
  const index = columns.map((name) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing from ${file}`);
    return i;
  });
  return lines.map((line, n) => {
    // No field of the dataset holds a comma or a quote: the check keeps it that way.
    const f = line.split(",");
    if (f.length !== cols.length || line.includes('"')) throw new Error(`${file}:${n + 2}: unexpected CSV row: ${line}`);
    const row = { line } as Csv<K>;
    columns.forEach((name, i) => ((row as Record<string, string>)[name] = f[index[i]]));
    return row;
  });
}

const LEGACY_COLUMNS = [
  "provinceCode",
  "isMergedProvince",
  "districtCode",
  "wardCode",
  "isMergedWard",
  "isDividedWard",
  "province",
  "district",
  "ward",
  "newProvince",
  "newWard",
  "newProvinceCode",
  "newWardCode",
] as const;
const NEW_COLUMNS = ["province", "ward", "provinceCode", "provinceLat", "provinceLon", "wardCode", "wardLat", "wardLon", "wardAreaKm2"] as const;
type LegacyRow = Csv<(typeof LEGACY_COLUMNS)[number]>;
type NewRow = Csv<(typeof NEW_COLUMNS)[number]>;

/** Groups rows by a key, keeping the dataset's order within and between groups. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The single value `what` takes over `rows`; throws when the dataset disagrees with itself. */
function one<T>(rows: T[], what: (row: T) => string, label: string): string {
  const values = new Set(rows.map(what));
  if (values.size !== 1) throw new Error(`${label}: the dataset gives ${[...values].join(" / ")}`);
  return [...values][0];
}

/**
 * Ids from slugs, unique among siblings: when two units under one parent have the same slug
 * ("Huyện Kỳ Anh" and "Thị xã Kỳ Anh", "Xã Minh Quán" and "Xã Minh Quân"), every one of them gets
 * its official code appended (vn:ha-tinh:ky-anh-447, vn:ha-tinh:ky-anh-449). The rule depends
 * only on the dataset, so it gives the same ids on every run.
 */
function childIds(units: { parentId: string; official: string; code: string }[]): string[] {
  const base = units.map((u) => `${u.parentId}:${slug(u.official)}`);
  const count = new Map<string, Set<string>>();
  base.forEach((b, i) => count.set(b, (count.get(b) ?? new Set()).add(units[i].code)));
  return base.map((b, i) => ((count.get(b)?.size ?? 0) > 1 ? `${b}-${units[i].code}` : b));
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Point {
  latitude: number;
  longitude: number;
}
const centroid = (points: Point[]): Point => ({
  latitude: round(mean(points.map((p) => p.latitude)), 4),
  longitude: round(mean(points.map((p) => p.longitude)), 4),
});

// ---------------------------------------------------------------------------------------------
// The gazetteer
// ---------------------------------------------------------------------------------------------

interface Gazetteer {
  entities: SeedEntity[];
  relationships: SeedRelationship[];
  /** 2025 province code → place id, for the boundaries. */
  province2025Ids: Map<string, string>;
}

function buildGazetteer(legacy: LegacyRow[], current: NewRow[]): Gazetteer {
  const entities: SeedEntity[] = [];
  const relationships: SeedRelationship[] = [];
  const place = (e: Omit<SeedEntity, "kind">): SeedEntity => {
    const entity = { kind: "Place", ...e } as SeedEntity;
    entities.push(entity);
    return entity;
  };
  const rel = (r: SeedRelationship): void => void relationships.push(r);
  const aliases = (official: string): { aliases?: string[] } => (ALIASES[official] ? { aliases: ALIASES[official] } : {});
  const names = (official: string): Pick<SeedEntity, "name" | "nameEn"> & { officialName: string; unitType: string; aliases?: string[] } => ({
    name: bareName(official),
    nameEn: englishName(official),
    ...aliases(official),
    officialName: officialName(official),
    unitType: unitType(official),
  });
  const region = (table: Record<string, [string, string]>, code: string, official: string): string => {
    const entry = table[code];
    if (!entry || entry[0] !== official.replace(UNIT_PREFIX, "")) throw new Error(`region table: code ${code} is not ${official}`);
    return entry[1];
  };

  // --- 2025 units, from 2025_34-province-3321-ward_with_location.csv --------------------------
  const newProvinces = groupBy(current, (r) => pad(r.provinceCode, 2));
  const legacyByProvince = groupBy(legacy, (r) => pad(r.provinceCode, 2));

  // A province that merged, or whose unit took another's name (Bắc Giang became Bắc Ninh), is
  // succeeded by a new node; an unchanged province stays one node across the reform.
  const changed = (rows: LegacyRow[]): boolean => rows.some((r) => r.isMergedProvince === "True" || r.newProvince !== r.province);
  const unchanged2025 = new Map<string, string>(); // 2025 code → legacy code of the same node
  for (const [code, rows] of legacyByProvince) {
    if (!changed(rows)) {
      const newCode = one(rows, (r) => pad(r.newProvinceCode, 2), `${rows[0].province} 2025 code`);
      if (newCode !== code) throw new Error(`${rows[0].province} kept its name but changed its code ${code} → ${newCode}`);
      unchanged2025.set(newCode, code);
    }
  }
  const legacyProvinceId = (official: string): string => `vn:${slug(official)}`;
  const province2025Ids = new Map<string, string>();
  for (const [code, rows] of newProvinces) {
    const official = one(rows, (r) => r.province, `2025 province ${code}`);
    province2025Ids.set(code, unchanged2025.has(code) ? legacyProvinceId(official) : `vn2025:${slug(official)}`);
  }

  const newWardIds = new Map<string, string>(); // 2025 commune code → id
  const newWardPoints = new Map<string, Point>();
  const newProvinceEntities = new Map<string, SeedEntity>();
  for (const [code, rows] of [...newProvinces].sort(([a], [b]) => a.localeCompare(b))) {
    const official = rows[0].province;
    const id = province2025Ids.get(code)!;
    // A province's area is the sum of its communes' areas, when the dataset gives every one.
    const areas = rows.map((r) => num(r.wardAreaKm2));
    const area = areas.every((a) => a !== undefined)
      ? {
          areaKm2: round(
            (areas as number[]).reduce((sum, a) => sum + a, 0),
            2,
          ),
        }
      : {};
    const point = {
      latitude: Number(one(rows, (r) => r.provinceLat, `${official} latitude`)),
      longitude: Number(one(rows, (r) => r.provinceLon, `${official} longitude`)),
    };
    const unchangedFrom = unchanged2025.get(code);
    const e: SeedEntity = {
      kind: "Place",
      id,
      ...names(official),
      level: PlaceLevel.PROVINCE,
      code,
      region: region(REGIONS_2025, code, official),
      ...point,
      ...area,
      ...(unchangedFrom ? {} : { validFrom: REFORM_DAY }),
      quote: rows[0].line,
    };
    if (unchangedFrom) {
      // Declared with the legacy units (one node); its 2025 facts are added there.
      newProvinceEntities.set(code, e);
    } else {
      entities.push(e);
      newProvinceEntities.set(code, e);
    }

    const wards = [...rows].sort((a, b) => Number(a.wardCode) - Number(b.wardCode));
    const ids = childIds(wards.map((w) => ({ parentId: `vn2025:${slug(official)}`, official: w.ward, code: pad(w.wardCode, 5) })));
    wards.forEach((w, i) => {
      const wardCode = pad(w.wardCode, 5);
      if (newWardIds.has(wardCode)) throw new Error(`2025 commune code ${wardCode} twice`);
      newWardIds.set(wardCode, ids[i]);
      const p = { latitude: Number(w.wardLat), longitude: Number(w.wardLon) };
      newWardPoints.set(wardCode, p);
      const wardArea = num(w.wardAreaKm2);
      place({
        id: ids[i],
        ...names(w.ward),
        level: PlaceLevel.COMMUNE,
        code: wardCode,
        ...p,
        ...(wardArea !== undefined ? { areaKm2: wardArea } : {}),
        validFrom: REFORM_DAY,
        quote: w.line,
      });
      rel({ from: ids[i], type: RelType.PART_OF, to: id, quote: w.line });
    });
  }
  if (newProvinces.size !== 34 || newWardIds.size !== 3321) throw new Error(`expected 34 provinces and 3321 communes from 2025, got ${newProvinces.size} and ${newWardIds.size}`);

  // --- legacy units, from convert_legacy_2025_simple.csv -------------------------------------
  const successorCode = (r: LegacyRow): string => {
    const code = pad(r.newWardCode, 5);
    const id = newWardIds.get(code);
    if (!id) throw new Error(`successor ${r.newWard} (${code}) of ${r.ward || r.district} is not a 2025 commune`);
    return code;
  };
  const flags = (r: LegacyRow): { merged: boolean; divided: boolean } => ({ merged: r.isMergedWard === "True", divided: r.isDividedWard === "True" });

  for (const [code, rows] of [...legacyByProvince].sort(([a], [b]) => a.localeCompare(b))) {
    const official = one(rows, (r) => r.province, `legacy province ${code}`);
    const provinceId = legacyProvinceId(official);
    const provinceChanged = changed(rows);
    const newCode = one(rows, (r) => pad(r.newProvinceCode, 2), `${official}: 2025 province`);
    const successorId = province2025Ids.get(newCode)!;

    // Districts and communes first: the province's approximate position is their centroid.
    const districts = [...groupBy(rows, (r) => pad(r.districtCode, 3))].sort(([a], [b]) => a.localeCompare(b));
    const districtIds = childIds(districts.map(([dCode, dRows]) => ({ parentId: provinceId, official: one(dRows, (r) => r.district, `district ${dCode}`), code: dCode })));
    const districtEntities: SeedEntity[] = [];
    const communeEntities: SeedEntity[] = [];
    const provincePoints: Point[] = [];
    districts.forEach(([dCode, dRows], di) => {
      const dOfficial = dRows[0].district;
      const districtId = districtIds[di];
      const districtPoints: Point[] = [];
      rel({ from: districtId, type: RelType.PART_OF, to: provinceId, quote: dRows[0].line });
      const islands = dRows.filter((r) => r.wardCode === "");
      // Island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) became special zones.
      for (const r of islands) {
        const sCode = successorCode(r);
        districtPoints.push(newWardPoints.get(sCode)!);
        rel({ from: districtId, type: RelType.SUCCEEDED_BY, to: newWardIds.get(sCode)!, effectiveOn: REFORM_DAY, ...flags(r), quote: r.line });
      }
      const wards = [
        ...groupBy(
          dRows.filter((r) => r.wardCode !== ""),
          (r) => pad(r.wardCode, 5),
        ),
      ].sort(([a], [b]) => a.localeCompare(b));
      const wardIds = childIds(wards.map(([wCode, wRows]) => ({ parentId: districtId, official: one(wRows, (r) => r.ward, `commune ${wCode}`), code: wCode })));
      wards.forEach(([wCode, wRows], wi) => {
        const wOfficial = wRows[0].ward;
        // A commune divided in 2025 has one row per successor; it sits at their centroid.
        const successors = [...new Set(wRows.map(successorCode))];
        const point = centroid(successors.map((s) => newWardPoints.get(s)!));
        districtPoints.push(point);
        communeEntities.push({
          kind: "Place",
          id: wardIds[wi],
          ...names(wOfficial),
          level: PlaceLevel.COMMUNE,
          code: wCode,
          ...point,
          coordinatesApproximate: true,
          validTo: LAST_LEGACY_DAY,
          quote: wRows[0].line,
        });
        rel({ from: wardIds[wi], type: RelType.PART_OF, to: districtId, quote: wRows[0].line });
        for (const r of wRows) {
          rel({ from: wardIds[wi], type: RelType.SUCCEEDED_BY, to: newWardIds.get(successorCode(r))!, effectiveOn: REFORM_DAY, ...flags(r), quote: r.line });
        }
      });
      provincePoints.push(...districtPoints.slice(islands.length));
      districtEntities.push({
        kind: "Place",
        id: districtId,
        ...names(dOfficial),
        level: PlaceLevel.DISTRICT,
        code: dCode,
        ...centroid(districtPoints),
        coordinatesApproximate: true,
        validTo: LAST_LEGACY_DAY,
        quote: dRows[0].line,
      });
    });

    const legacyRegion = region(LEGACY_REGIONS, code, official);
    if (provinceChanged) {
      place({
        id: provinceId,
        ...names(official),
        level: PlaceLevel.PROVINCE,
        code,
        region: legacyRegion,
        ...centroid(provincePoints),
        coordinatesApproximate: true,
        validTo: LAST_LEGACY_DAY,
        quote: rows[0].line,
      });
      rel({
        from: provinceId,
        type: RelType.SUCCEEDED_BY,
        to: successorId,
        effectiveOn: REFORM_DAY,
        merged: one(rows, (r) => r.isMergedProvince, `${official} isMergedProvince`) === "True",
        divided: false,
        quote: rows[0].line,
      });
    } else {
      // One node before and after: the legacy facts, and the 2025 position, area and region.
      const now = newProvinceEntities.get(newCode)!;
      if (now.region !== legacyRegion) throw new Error(`${official}: region ${legacyRegion} before 2025, ${now.region} after`);
      place({
        id: provinceId,
        ...names(official),
        level: PlaceLevel.PROVINCE,
        code,
        region: legacyRegion,
        latitude: now.latitude,
        longitude: now.longitude,
        ...(now.areaKm2 !== undefined ? { areaKm2: now.areaKm2 } : {}),
        quote: rows[0].line,
      });
    }
    entities.push(...districtEntities, ...communeEntities);
  }
  // Legacy units first, in code order, then the 2025 ones (stable: each keeps its order).
  const legacyFirst = (id: string): number => (id.startsWith("vn2025:") ? 1 : 0);
  entities.sort((a, b) => legacyFirst(a.id) - legacyFirst(b.id));
  relationships.sort((a, b) => legacyFirst(a.from) - legacyFirst(b.from));
  return { entities, relationships, province2025Ids };
}

// ---------------------------------------------------------------------------------------------
// Checks and output
// ---------------------------------------------------------------------------------------------

/** Every id and relationship of the committed gazetteer must still be there, with its kind and level. */
function checkContract(previous: SeedFile | undefined, next: Gazetteer): string[] {
  if (!previous) return [];
  const problems: string[] = [];
  const now = new Map(next.entities.map((e) => [e.id, e]));
  for (const e of previous.entities) {
    const n = now.get(e.id);
    if (!n) problems.push(`id ${e.id} (${e.officialName as string}) would disappear`);
    else if (n.kind !== e.kind || n.level !== e.level) problems.push(`id ${e.id} would change from ${e.kind} ${e.level as string} to ${n.kind} ${n.level as string}`);
  }
  const rels = new Set(next.relationships.map((r) => `${r.from}|${r.type}|${r.to}`));
  for (const r of previous.relationships) {
    if (!rels.has(`${r.from}|${r.type}|${r.to}`)) problems.push(`relationship ${r.from} -${r.type}-> ${r.to} would disappear`);
  }
  return problems;
}

function checkUnique(g: Gazetteer): void {
  const seen = new Set<string>();
  for (const e of g.entities) {
    if (seen.has(e.id)) throw new Error(`id ${e.id} twice`);
    seen.add(e.id);
  }
  const rels = new Set<string>();
  for (const r of g.relationships) {
    const key = `${r.from}|${r.type}|${r.to}`;
    if (rels.has(key)) throw new Error(`relationship ${key} twice`);
    if (!seen.has(r.from) || !seen.has(r.to)) throw new Error(`relationship ${key} points outside the gazetteer`);
    rels.add(key);
  }
}

/** The 2025 province boundaries, each feature given the id of its place (`placeId`). */
function writeBoundaries(province2025Ids: Map<string, string>, names2025: Map<string, string>): void {
  const input = path.join(BOUNDARIES_DIR, "provinces-2025.geojson");
  if (!existsSync(input)) {
    console.warn(`skipped ${path.relative(ROOT, GEOJSON_OUT)}: ${input} not found`);
    return;
  }
  const geo = JSON.parse(readFileSync(input, "utf8")) as { type: string; features: { type: string; id?: unknown; properties: Record<string, unknown>; geometry: unknown }[] };
  const codes = new Set<string>();
  const features = geo.features.map((f) => {
    const code = String(f.properties.code);
    const placeId = province2025Ids.get(code);
    if (!placeId) throw new Error(`boundary feature ${JSON.stringify(f.properties)} matches no 2025 province`);
    if (names2025.get(code) !== f.properties.name) throw new Error(`boundary ${code} is ${String(f.properties.name)}, the dataset says ${names2025.get(code)}`);
    codes.add(code);
    return { type: f.type, properties: { code, placeId, name: f.properties.name, nameShort: f.properties.nameShort }, geometry: f.geometry };
  });
  if (codes.size !== province2025Ids.size) throw new Error(`${codes.size} boundaries for ${province2025Ids.size} provinces`);
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  // One feature a line, as in the input: reviewable and small.
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
  writeFileSync(GEOJSON_OUT, text);
  console.log(`${path.relative(ROOT, GEOJSON_OUT)}: ${features.length} provinces (${Math.round(text.length / 1024)} KB)`);
}

function main(): void {
  const legacy = readCsv("convert_legacy_2025_simple.csv", LEGACY_COLUMNS);
  const current = readCsv("2025_34-province-3321-ward_with_location.csv", NEW_COLUMNS);
  const gazetteer = buildGazetteer(legacy, current);
  checkUnique(gazetteer);

  const previous = existsSync(OUT_FILE) ? (yaml.load(readFileSync(OUT_FILE, "utf8")) as SeedFile) : undefined;
  const broken = checkContract(previous, gazetteer);
  if (broken.length && !process.argv.includes("--allow-id-changes")) {
    throw new Error(`ids are a public contract; refusing to write ${path.relative(ROOT, OUT_FILE)}:\n  ${broken.join("\n  ")}`);
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
      note:
        `convert_legacy_2025_simple.csv (legacy units and their successors) and 2025_34-province-3321-ward_with_location.csv ` +
        `(2025 units, coordinates, areas) at commit ${DATASET_COMMIT}; each quote is the dataset row the fact was read from. ` +
        "Derived by scripts/build-places.ts: nameEn, region, the position of legacy units (the centroid of their successors' " +
        "positions, coordinatesApproximate) and the area of 2025 provinces (the sum of their communes' areas).",
    },
    entities: gazetteer.entities,
    relationships: gazetteer.relationships,
  };
  const header =
    "# GENERATED by scripts/build-places.ts from the vietnamadminunits dataset (MIT, see LICENSE.vietnamadminunits\n" +
    "# and SOURCE.vietnamadminunits.txt). Do not edit by hand: change the script and run `npm run places`.\n" +
    "# Every administrative unit before (vn:…) and after (vn2025:…) the July 2025 reorganisation, one a line.\n";
  // flowLevel 2: each entity and relationship on one line, so that a diff shows one unit per line.
  writeFileSync(OUT_FILE, header + yaml.dump(seed, { lineWidth: -1, noRefs: true, flowLevel: 2 }));

  const count = (level: string, validity: (e: SeedEntity) => boolean): number => gazetteer.entities.filter((e) => e.level === level && validity(e)).length;
  const legacyUnit = (e: SeedEntity): boolean => e.id.startsWith("vn:");
  const unit2025 = (e: SeedEntity): boolean => e.validFrom === REFORM_DAY || (e.level === PlaceLevel.PROVINCE && e.validTo === undefined);
  const byType = groupBy(gazetteer.relationships, (r) => r.type);
  console.log(
    `${path.relative(ROOT, OUT_FILE)}: ${gazetteer.entities.length} places ` +
      `(before July 2025: ${count(PlaceLevel.PROVINCE, legacyUnit)} provinces, ${count(PlaceLevel.DISTRICT, legacyUnit)} districts, ${count(PlaceLevel.COMMUNE, legacyUnit)} communes; ` +
      `from July 2025: ${count(PlaceLevel.PROVINCE, unit2025)} provinces, ${count(PlaceLevel.COMMUNE, unit2025)} communes), ` +
      `${gazetteer.relationships.length} relationships (${[...byType].map(([t, rs]) => `${rs.length} ${t}`).join(", ")})`,
  );

  const names2025 = new Map(current.map((r) => [pad(r.provinceCode, 2), r.province]));
  writeBoundaries(gazetteer.province2025Ids, names2025);
}

main();
