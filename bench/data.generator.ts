/**
 * `npm run bench:data -- --scale S1|S2|S3`: loads a benchmark graph into the benchmark's own
 * Neo4j (bench.database.ts), in the project's own model and shape.
 *
 * - S1 is the seed graph itself: seeds/ through the seed loader (seedGraph), nothing else.
 * - S2 and S3 are the seed graph plus a synthetic graph generated from a seeded PRNG, so every
 *   run of a scale writes the same graph (as long as seeds/ is the same): S2 about ten times the
 *   seed's interventions over a few provinces; S3 100k interventions over the whole gazetteer.
 *
 * Synthetic nodes look like the loader's: the Entity label plus the kind's, the properties of
 * the model table, `aliases` and `searchText` (names and aliases folded by foldDiacritics), and
 * one statement per node on its (node)-[:MENTIONED_IN {quote, …}]->(Source) link to one of a
 * few synthetic Source nodes. Relationships carry `sourceId`, `quote` and the loader's `uid`.
 * Places are the real gazetteer (seeds/places.yaml, loaded by the seed loader) plus synthetic
 * villages under real communes; interventions after the July 2025 reorganisation lie in the
 * 2025 successors of their communes. Not generated: Metric and Claim nodes, and the
 * `statedRelationships` list on synthetic Sources (only reloading a seed file reads them).
 *
 * Writes are batched UNWIND … CREATE statements through GraphExecutor.writeTransaction, one
 * transaction per batch, on a store emptied first (the benchmark home is deleted and the
 * database restarted), after applySchema, so the constraints and the full-text index exist.
 */
// The 3W summary's aggregates come through who-what-where's module, whose GraphQL types need the metadata polyfill.
import "reflect-metadata";
import neo4j from "neo4j-driver";
import { foldDiacritics, slugify } from "../src/common/text";
import { ActivityKind, DatePrecision, DocumentType, EventType, OrgType, PlaceLevel, Role, SourceKind } from "../src/graph/graph.enums";
import type { Driver } from "neo4j-driver";
import { toPlain } from "../src/graph/graph.convert";
import type { GraphExecutor, TxRunner } from "../src/graph/graph.executor";
import { columns, number, type Params, plainStatement, type Row, type Statement, statement } from "../src/graph/graph.statement";
import { Label, RelType } from "../src/graph/graph.model";
import { SEED_DIR } from "../src/seed/seed.paths";
import { listSeedFiles, readSeedPlan, type SeedPlan } from "../src/seed/seed.reader";
import { applySchema } from "../src/graph/graph.schema";
import { seedGraph } from "../src/seed/seed.service";
import { keepSummaries, refreshAllSummaries } from "../src/who-what-where/who-what-where.module";
import { keepPlaceFacts, refreshAllPlaceFacts } from "../src/replicable-models/replicable-models.module";
import { benchDatabase, connect, type DataManifest, launcherHeap, resetDatabase, startDatabase, writeManifest } from "./bench.database";
import {
  COUNTRIES,
  ETHNIC_GROUPS,
  FAMILY_NAMES,
  FOR_WHOM,
  GIVEN_NAMES,
  HEAVY_NGOS,
  HONORIFICS,
  LOCAL_ORG_KINDS,
  MASS_ORGANIZATIONS,
  MIDDLE_NAMES,
  MODELS,
  POSITIONS,
  PROJECT_THEMES,
  STATUSES,
  SYLLABLES,
  TRADES,
} from "./data.vocabulary";

export type Scale = "S1" | "S2" | "S3";
export const SCALES: readonly Scale[] = ["S1", "S2", "S3"];

/** How much of each kind a synthetic scale has (S1 has none: it is the seed graph). */
export interface ScaleSpec {
  /** Legacy provinces the synthetic work happens in; null: all of them, weighted by region. */
  provinces: string[] | null;
  villages: number;
  interventions: number;
  organizations: number;
  /** Of HEAVY_NGOS: the few that run most projects. */
  heavyNgos: number;
  /** Other national and international NGOs. */
  ngos: number;
  /** Heavy NGOs get a provincial unit in this many of the busiest provinces. */
  unitProvinces: number;
  projects: number;
  /** Synthetic programs, beside the seed's four (S3: ten in all). */
  programs: number;
  events: number;
  /** How many of MODELS (bases first). */
  models: number;
  persons: number;
  products: number;
  documents: number;
}

export const SCALE_SPECS: Record<Exclude<Scale, "S1">, ScaleSpec> = {
  S2: {
    provinces: ["vn:lai-chau", "vn:ha-noi", "vn:bac-ninh", "vn:kon-tum", "vn:ninh-thuan"],
    villages: 150,
    interventions: 230,
    organizations: 150,
    heavyNgos: 3,
    ngos: 5,
    unitProvinces: 3,
    projects: 20,
    programs: 0,
    events: 60,
    models: 15,
    persons: 60,
    products: 20,
    documents: 6,
  },
  S3: {
    provinces: null,
    villages: 6000,
    interventions: 100_000,
    organizations: 5000,
    heavyNgos: 6,
    ngos: 40,
    unitProvinces: 20,
    projects: 2000,
    programs: 6,
    events: 20_000,
    models: MODELS.length,
    persons: 3000,
    products: 600,
    documents: 60,
  },
};

/** The PRNG seed of every synthetic scale: change it and every synthetic graph changes. */
export const GENERATOR_SEED = 20251124;

/**
 * What Q1–Q7 ask about at each scale. Lai Châu is in every scale (seed articles 000 and 001) and
 * among the busiest provinces of S3; chicken raising rolls up native black chicken and, in S2/S3,
 * synthetic variants. Q3's organization: Plan International in S1; in S2/S3 the fourth of the
 * heavy NGOs (S3: thousands of interventions through its provincial units; the heaviest would
 * answer tens of thousands of partnerships in one response).
 */
export function questionParams(scale: Scale): Record<string, string> {
  const common = { place: "vn:lai-chau", model: "model:chicken-raising", from: "2023-01-01", to: "2024-12-31", search: "nuoi ga" };
  if (scale === "S1") return { ...common, organization: "org:plan-international" };
  return { ...common, organization: `org:${HEAVY_NGOS[scale === "S2" ? 0 : 3].slug}` };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  /** Picks from `list` with the cumulative weights `cum` (Weighted.cum). */
  weighted<T>(w: Weighted<T>): T {
    const x = this.next() * w.total;
    let lo = 0;
    let hi = w.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return w.items[lo];
  }
  /** `k` distinct items of `list` (fewer when the list is shorter). */
  sample<T>(list: readonly T[], k: number): T[] {
    if (k >= list.length) return [...list];
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(this.int(list.length));
    return [...chosen].map((i) => list[i]);
  }
}

export interface Weighted<T> {
  items: readonly T[];
  cum: Float64Array;
  total: number;
}

export function weighted<T>(items: readonly T[], weight: (item: T, index: number) => number): Weighted<T> {
  const cum = new Float64Array(items.length);
  let total = 0;
  items.forEach((item, i) => {
    total += Math.max(0, weight(item, i));
    cum[i] = total;
  });
  return { items, cum, total };
}

// ---------------------------------------------------------------------------------------------
// Rows as the writer takes them.

export interface NodeRow {
  label: Label;
  id: string;
  sourceId: string;
  /** The node's properties, as the loader derives them from its one statement. */
  props: Record<string, unknown>;
  /** The statement on its MENTIONED_IN link: the quote and the properties the source gives. */
  statement: Record<string, unknown>;
}

export interface RelRow {
  type: RelType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface Chunk {
  what: string;
  nodes: NodeRow[];
  rels: RelRow[];
}

type GraphDate = InstanceType<typeof neo4j.types.Date>;
const graphDate = (y: number, m: number, d: number): GraphDate => new neo4j.types.Date(y, m, d);
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Period {
  startDate?: GraphDate;
  startDatePrecision?: DatePrecision;
  endDate?: GraphDate;
  endDatePrecision?: DatePrecision;
}

/** A month index (months since year 0) as a period start or end at a precision, as the loader stores it. */
function periodOf(startMonth: number, endMonth: number | null, precision: DatePrecision, prng: Prng): Period {
  const ym = (m: number): [number, number] => [Math.floor(m / 12), (m % 12) + 1];
  const [sy, sm] = ym(startMonth);
  const out: Period = {};
  if (precision === DatePrecision.YEAR) {
    out.startDate = graphDate(sy, 1, 1);
  } else if (precision === DatePrecision.MONTH) {
    out.startDate = graphDate(sy, sm, 1);
  } else {
    out.startDate = graphDate(sy, sm, prng.between(1, daysIn(sy, sm)));
  }
  out.startDatePrecision = precision;
  if (endMonth !== null) {
    const [ey, em] = ym(Math.max(endMonth, startMonth));
    if (precision === DatePrecision.YEAR) out.endDate = graphDate(Math.max(ey, sy), 12, 31);
    else if (precision === DatePrecision.MONTH) out.endDate = graphDate(ey, em, daysIn(ey, em));
    else out.endDate = graphDate(ey, em, em === sm && ey === sy ? daysIn(ey, em) : prng.between(1, daysIn(ey, em)));
    out.endDatePrecision = precision;
  }
  return out;
}

const JULY_2025 = 2025 * 12 + 6;

/** How an intervention of an activity other than a model run or a training is named. */
const OTHER_ACTIVITY_NAMES: Record<string, string> = {
  INFRASTRUCTURE: "Xây dựng công trình",
  FUNDING: "Hỗ trợ vốn",
  AWARENESS: "Truyền thông giảm nghèo",
  SUPPORT_SERVICE: "Tư vấn việc làm",
  STUDY_VISIT: "Tham quan học tập",
};

// ---------------------------------------------------------------------------------------------
// The gazetteer, as the seed files give it.

interface PlaceInfo {
  id: string;
  name: string;
  level: PlaceLevel;
  parent?: string;
  province?: string;
  region?: string;
  successors: string[];
}

interface Gazetteer {
  places: Map<string, PlaceInfo>;
  /** Legacy provinces (vn:…), in id order. */
  provinces: PlaceInfo[];
  /** Per legacy province: its legacy communes, districts. */
  communes: Map<string, PlaceInfo[]>;
  districts: Map<string, PlaceInfo[]>;
  /** Villages per commune (seed villages first, then synthetic ones as they are made). */
  villages: Map<string, PlaceInfo[]>;
}

function readGazetteer(plan: SeedPlan): Gazetteer {
  const places = new Map<string, PlaceInfo>();
  for (const e of plan.entities) {
    if (e.kind !== "Place") continue;
    const p = e as unknown as { id: string; name: string; level: PlaceLevel; region?: string };
    places.set(p.id, { id: p.id, name: p.name, level: p.level, region: p.region, successors: [] });
  }
  for (const r of plan.relationships) {
    const from = places.get(r.from);
    if (!from || !places.has(r.to)) continue;
    if (r.type === RelType.PART_OF && !from.parent) from.parent = r.to;
    if (r.type === RelType.SUCCEEDED_BY) from.successors.push(r.to);
  }
  const provinceOf = (p: PlaceInfo): string | undefined => {
    let at: PlaceInfo | undefined = p;
    for (let hops = 0; at && hops < 6; hops++) {
      if (at.level === PlaceLevel.PROVINCE) return at.id;
      at = at.parent ? places.get(at.parent) : undefined;
    }
    return undefined;
  };
  const sorted = [...places.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const g: Gazetteer = { places, provinces: [], communes: new Map(), districts: new Map(), villages: new Map() };
  for (const p of sorted) {
    p.province = provinceOf(p);
    const legacy = p.id.startsWith("vn:");
    if (!legacy || !p.province) continue;
    const list = (m: Map<string, PlaceInfo[]>, key: string): PlaceInfo[] => {
      let l = m.get(key);
      if (!l) m.set(key, (l = []));
      return l;
    };
    if (p.level === PlaceLevel.PROVINCE) g.provinces.push(p);
    else if (p.level === PlaceLevel.DISTRICT) list(g.districts, p.province).push(p);
    else if (p.level === PlaceLevel.COMMUNE) list(g.communes, p.province).push(p);
    else if (p.level === PlaceLevel.VILLAGE && p.parent) list(g.villages, p.parent).push(p);
  }
  return g;
}

/** How much poverty-reduction work a region gets: the northern mountains and the highlands most. */
const REGION_WEIGHT: Record<string, number> = {
  "Trung du và miền núi phía Bắc": 5,
  "Tây Nguyên": 4,
  "Bắc Trung Bộ và Duyên hải miền Trung": 2,
  "Đồng bằng sông Cửu Long": 1.5,
};

// ---------------------------------------------------------------------------------------------
// The generator.

interface OrgInfo {
  id: string;
  name: string;
  type: OrgType;
  province?: string;
}

interface ProjectInfo {
  id: string;
  name: string;
  province: string;
  owner: OrgInfo;
  implementer: OrgInfo;
  startMonth: number;
  endMonth: number;
}

/** The synthetic sources: a few articles, and one dataset for the villages. */
const SOURCES = [1, 2, 3, 4, 5].map((n) => `src:bench-${String(n).padStart(3, "0")}`);
const VILLAGE_SOURCE = "src:bench-villages";

/** Generates the synthetic part of a scale as chunks, each referring only to itself and earlier chunks. */
export class BenchGraphGenerator {
  private readonly prng = new Prng(GENERATOR_SEED);
  private readonly usedIds = new Set<string>();
  private readonly g: Gazetteer;
  private readonly provinces: PlaceInfo[];
  private readonly provinceWeights: Weighted<PlaceInfo>;
  private readonly seedModels: { id: string; name: string }[];
  private readonly seedPrograms: string[];
  private readonly seedEthnic = new Map<string, string>();
  private readonly seedCountries = new Map<string, string>();

  private models: { id: string; name: string; weight: number }[] = [];
  private modelPick!: Weighted<{ id: string; name: string; weight: number }>;
  private countries = new Map<string, string>();
  private ethnic: { id: string; name: string; north?: boolean; highlands?: boolean }[] = [];
  private programs: { id: string; name: string }[] = [];
  private documents: string[] = [];
  private heavy: OrgInfo[] = [];
  private ngos: OrgInfo[] = [];
  /** Units of heavy NGOs by `${ngo id}|${province id}`. */
  private units = new Map<string, OrgInfo>();
  private localOrgs = new Map<string, OrgInfo[]>();
  private cooperatives = new Map<string, OrgInfo[]>();
  private persons: string[] = [];
  private products = new Map<string, string[]>();
  private projectsByProvince = new Map<string, ProjectInfo[]>();
  private interventionsByProvince = new Map<string, string[]>();
  private ownerPick!: Weighted<OrgInfo>;

  constructor(
    private readonly spec: ScaleSpec,
    plan: SeedPlan,
  ) {
    for (const e of plan.entities) this.usedIds.add(e.id);
    for (const s of plan.sources) this.usedIds.add(s.id);
    this.g = readGazetteer(plan);
    this.provinces = spec.provinces
      ? spec.provinces.map((id) => this.g.places.get(id)).filter((p): p is PlaceInfo => !!p && (this.g.communes.get(p.id)?.length ?? 0) > 0)
      : this.g.provinces.filter((p) => (this.g.communes.get(p.id)?.length ?? 0) > 0);
    if (!this.provinces.length) throw new Error("the gazetteer (seeds/places.yaml) has no legacy communes for the chosen provinces");
    this.provinceWeights = weighted(this.provinces, (p) => REGION_WEIGHT[p.region ?? ""] ?? 1);
    this.seedModels = plan.entities.filter((e) => e.kind === "Model").map((e) => ({ id: e.id, name: e.name }));
    this.seedPrograms = plan.entities.filter((e) => e.kind === "Program").map((e) => e.id);
    for (const e of plan.entities) {
      if (e.kind === "EthnicGroup") this.seedEthnic.set(slugify(e.name), e.id);
      if (e.kind === "Country") this.seedCountries.set(String((e as unknown as { isoCode?: string }).isoCode ?? ""), e.id);
    }
  }

  /** An id of the project's style (`org:…`, `vn:…:…`), unique across the seed and the generated graph. */
  private id(prefix: string, slug: string): string {
    const base = `${prefix}:${slug || "x"}`;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  private source(): string {
    return this.prng.pick(SOURCES);
  }

  /** A node as the loader would write it from one source's statement. */
  private node(label: Label, id: string, sourceId: string, quote: string, stated: Record<string, unknown>): NodeRow {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(stated)) if (v !== undefined && v !== null) clean[k] = v;
    const aliases = (clean.aliases as string[] | undefined) ?? [];
    const names = [clean.name, clean.nameEn, ...aliases].filter((n): n is string => typeof n === "string");
    return {
      label,
      id,
      sourceId,
      props: { ...clean, id, aliases, searchText: foldDiacritics(names.join(" | ")) },
      statement: { quote, ...clean },
    };
  }

  private rel(type: RelType, from: string, to: string, sourceId: string, quote: string, extra: Record<string, unknown> = {}): RelRow {
    const role = typeof extra.role === "string" ? extra.role : "";
    return { type, from, to, props: { ...extra, quote, sourceId, uid: `${from}|${type}|${role}|${to}|${sourceId}` } };
  }

  private words(n: number): string {
    return Array.from({ length: n }, () => this.prng.pick(SYLLABLES)).join(" ");
  }

  private personName(): string {
    return `${this.prng.pick(FAMILY_NAMES)} ${this.prng.pick(MIDDLE_NAMES)} ${this.prng.pick(GIVEN_NAMES)}`;
  }

  /** Every chunk of the synthetic graph, in write order. */
  *chunks(): Generator<Chunk> {
    yield this.sourcesChunk();
    yield this.villagesChunk();
    yield this.catalogueChunk();
    yield this.organizationsChunk();
    yield this.peopleProductsDocumentsChunk();
    yield this.projectsChunk();
    const size = 10_000;
    for (let start = 0; start < this.spec.interventions; start += size) {
      yield this.interventionsChunk(start, Math.min(this.spec.interventions, start + size));
    }
    for (let start = 0; start < this.spec.events; start += size) yield this.eventsChunk(start, Math.min(this.spec.events, start + size));
  }

  private sourcesChunk(): Chunk {
    const nodes: NodeRow[] = [];
    SOURCES.forEach((id, i) => {
      this.usedIds.add(id);
      nodes.push({
        label: Label.Source,
        id,
        sourceId: id,
        props: {
          id,
          kind: SourceKind.ARTICLE,
          title: `Tổng hợp tin bài giảm nghèo số ${i + 1} (dữ liệu giả lập cho benchmark)`,
          publisher: "benchmark",
          publishedOn: graphDate(2025, i + 1, 15),
          publishedOnPrecision: DatePrecision.DAY,
          language: "vi",
          note: "Synthetic source of bench/data.generator.ts: its quotes are generated, not copied from an article.",
        },
        statement: {},
      });
    });
    this.usedIds.add(VILLAGE_SOURCE);
    nodes.push({
      label: Label.Source,
      id: VILLAGE_SOURCE,
      sourceId: VILLAGE_SOURCE,
      props: {
        id: VILLAGE_SOURCE,
        kind: SourceKind.DATASET,
        title: "Danh sách thôn, bản (dữ liệu giả lập cho benchmark)",
        language: "vi",
        note: "Synthetic villages under real communes.",
      },
      statement: {},
    });
    return { what: "sources", nodes, rels: [] };
  }

  private villagesChunk(): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    let made = 0;
    while (made < this.spec.villages) {
      const province = this.prng.weighted(this.provinceWeights);
      const commune = this.prng.pick(this.g.communes.get(province.id)!);
      const mountain = (REGION_WEIGHT[province.region ?? ""] ?? 1) >= 4;
      const count = Math.min(this.spec.villages - made, this.prng.between(3, 7));
      for (let k = 0; k < count; k++) {
        const name = mountain ? `${this.prng.pick(SYLLABLES)} ${this.prng.pick(SYLLABLES)}` : `${this.prng.between(1, 12)}`;
        const unitType = mountain ? "Bản" : "Thôn";
        const id = this.id(commune.id, slugify(mountain ? name : `thon-${name}`));
        const full = mountain ? name : `Thôn ${name}`;
        const quote = `${unitType} ${mountain ? name : name}, xã ${commune.name}`;
        nodes.push(this.node(Label.Place, id, VILLAGE_SOURCE, quote, { name: full, officialName: `${unitType} ${name}`, unitType, level: PlaceLevel.VILLAGE }));
        rels.push(this.rel(RelType.PART_OF, id, commune.id, VILLAGE_SOURCE, quote));
        const village: PlaceInfo = { id, name: full, level: PlaceLevel.VILLAGE, parent: commune.id, province: province.id, successors: [] };
        this.g.places.set(id, village);
        const list = this.g.villages.get(commune.id) ?? [];
        list.push(village);
        this.g.villages.set(commune.id, list);
        made++;
      }
    }
    return { what: "villages", nodes, rels };
  }

  /** Countries, ethnic groups, models (variants PART_OF their base), programs. */
  private catalogueChunk(): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const src = SOURCES[0];
    for (const c of COUNTRIES) {
      const seeded = this.seedCountries.get(c.iso);
      if (seeded) {
        this.countries.set(c.iso, seeded);
        continue;
      }
      const id = this.id("country", c.iso.toLowerCase());
      this.countries.set(c.iso, id);
      nodes.push(this.node(Label.Country, id, src, c.name, { name: c.name, nameEn: c.nameEn, isoCode: c.iso }));
    }
    for (const e of ETHNIC_GROUPS) {
      const seeded = this.seedEthnic.get(e.slug);
      const id = seeded ?? this.id("ethnic", e.slug);
      if (!seeded) nodes.push(this.node(Label.EthnicGroup, id, src, `đồng bào dân tộc ${e.name}`, { name: e.name, aliases: [`dân tộc ${e.name}`] }));
      this.ethnic.push({ id, name: e.name, north: e.north, highlands: e.highlands });
    }

    const bySlug = new Map<string, string>([["chicken-raising", "model:chicken-raising"]]);
    for (const m of MODELS.slice(0, this.spec.models)) {
      if (m.base && !bySlug.has(m.base)) continue;
      const id = this.id("model", m.slug);
      bySlug.set(m.slug, id);
      const quote = `mô hình ${m.name.toLowerCase()}`;
      nodes.push(this.node(Label.Model, id, src, quote, { name: m.name, nameEn: m.nameEn, category: m.category }));
      if (m.base)
        rels.push(this.rel(RelType.PART_OF, id, bySlug.get(m.base)!, src, `${quote}, một hình thức ${MODELS.find((b) => b.slug === m.base)?.name.toLowerCase() ?? "nuôi gà"}`));
      if (m.sendsTo && this.countries.has(m.sendsTo)) rels.push(this.rel(RelType.SENDS_TO, id, this.countries.get(m.sendsTo)!, src, quote));
      this.models.push({ id, name: m.name, weight: 1 });
    }
    // Seed models join the pool; chicken raising and its variants are the most run (Q2's roll-up).
    for (const m of this.seedModels) this.models.push({ ...m, weight: 1 });
    this.models.forEach((m, i) => {
      m.weight = 1 / Math.pow(i + 1, 0.6);
      if (/chicken/.test(m.id)) m.weight *= 4;
    });
    this.modelPick = weighted(this.models, (m) => m.weight);

    const programNames = [
      { name: "Chương trình khuyến nông quốc gia", slug: "national-agricultural-extension" },
      { name: "Chương trình phát triển lâm nghiệp bền vững", slug: "sustainable-forestry-development" },
      { name: "Chương trình chuyển đổi số nông thôn", slug: "rural-digital-transformation" },
      { name: "Chương trình hỗ trợ phát triển hợp tác xã", slug: "cooperative-development-support" },
      { name: "Chương trình tín dụng chính sách cho hộ nghèo", slug: "policy-credit-poor-households" },
      { name: "Chương trình phát triển du lịch cộng đồng", slug: "community-tourism-development" },
    ];
    for (const p of programNames.slice(0, this.spec.programs)) {
      const id = this.id("program", p.slug);
      const quote = `${p.name} giai đoạn 2021-2025`;
      nodes.push(
        this.node(Label.Program, id, src, quote, {
          name: p.name,
          code: `CT-${this.prng.between(100, 999)}`,
          ...periodOf(2021 * 12, 2025 * 12 + 11, DatePrecision.YEAR, this.prng),
        }),
      );
      for (const prov of this.prng.sample(this.provinces, 8)) rels.push(this.rel(RelType.COVERS, id, prov.id, src, `${quote} triển khai tại tỉnh ${prov.name}`));
      this.programs.push({ id, name: p.name });
    }
    for (const id of this.seedPrograms) this.programs.push({ id, name: id });
    return { what: "countries, ethnic groups, models, programs", nodes, rels };
  }

  private organizationsChunk(): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const org = (name: string, slug: string, type: OrgType, province: string | undefined, extra: Record<string, unknown> = {}): OrgInfo => {
      const id = this.id("org", slug);
      const src = this.source();
      nodes.push(this.node(Label.Organization, id, src, name, { name, orgType: type, ...extra }));
      return { id, name, type, province };
    };
    const locate = (o: OrgInfo, place: string, placeName: string): void => {
      rels.push(this.rel(RelType.LOCATED_IN, o.id, place, this.source(), `${o.name} (${placeName})`));
    };
    const partOf = (unit: OrgInfo, parent: OrgInfo): void => {
      rels.push(this.rel(RelType.PART_OF, unit.id, parent.id, this.source(), `${unit.name} thuộc ${parent.name}`));
    };

    // The heavy NGOs, with provincial units in the busiest provinces (like Plan International Lai Châu).
    const busiest = [...this.provinces].sort((a, b) => (REGION_WEIGHT[b.region ?? ""] ?? 1) - (REGION_WEIGHT[a.region ?? ""] ?? 1) || (a.id < b.id ? -1 : 1));
    for (const h of HEAVY_NGOS.slice(0, this.spec.heavyNgos)) {
      const ngo = org(h.name, h.slug, OrgType.INTERNATIONAL_NGO, undefined, { acronym: h.acronym, aliases: [h.acronym], country: h.country });
      locate(ngo, "vn:ha-noi", "Hà Nội");
      if (this.countries.has(h.country)) rels.push(this.rel(RelType.BASED_IN, ngo.id, this.countries.get(h.country)!, this.source(), `${h.name} (${h.country})`));
      this.heavy.push(ngo);
      for (const prov of busiest.slice(0, this.spec.unitProvinces)) {
        const unit = org(`${h.name} ${prov.name}`, `${h.slug}-${slugify(prov.name)}`, OrgType.INTERNATIONAL_NGO, prov.id, { aliases: [`${h.acronym} ${prov.name}`] });
        partOf(unit, ngo);
        locate(unit, prov.id, prov.name);
        this.units.set(`${ngo.id}|${prov.id}`, unit);
      }
    }
    for (let i = 0; i < this.spec.ngos; i++) {
      const name = `Trung tâm Hỗ trợ Phát triển ${this.words(2)}`;
      const intl = this.prng.chance(0.4);
      const o = org(name, slugify(name), intl ? OrgType.INTERNATIONAL_NGO : OrgType.NGO, undefined);
      locate(o, "vn:ha-noi", "Hà Nội");
      this.ngos.push(o);
    }

    // Mass organizations: national body, provincial chapters, some district chapters.
    const remaining = (): number => this.spec.organizations - nodes.length;
    const national = MASS_ORGANIZATIONS.map((m) => org(m.name, m.slug, OrgType.MASS_ORGANIZATION, undefined));
    for (const prov of this.provinces) {
      MASS_ORGANIZATIONS.forEach((m, i) => {
        if (remaining() <= 0 || !this.prng.chance(0.7)) return;
        const chapter = org(`${m.short} tỉnh ${prov.name}`, `${m.slug}-${slugify(prov.name)}`, OrgType.MASS_ORGANIZATION, prov.id);
        partOf(chapter, national[i]);
        locate(chapter, prov.id, prov.name);
        this.local(prov.id).push(chapter);
        for (const d of this.prng.sample(this.g.districts.get(prov.id) ?? [], 2)) {
          if (remaining() <= 0 || !this.prng.chance(0.5)) continue;
          const district = org(`${m.short} huyện ${d.name}`, `${m.slug}-${slugify(prov.name)}-${slugify(d.name)}`, OrgType.MASS_ORGANIZATION, prov.id);
          partOf(district, chapter);
          locate(district, d.id, d.name);
          this.local(prov.id).push(district);
        }
      });
    }

    // Local organizations until the scale's count: communes' committees, cooperatives, groups, agencies.
    const kinds = weighted(LOCAL_ORG_KINDS, (k) => k.weight);
    while (remaining() > 0) {
      const prov = this.prng.weighted(this.provinceWeights);
      const kind = this.prng.weighted(kinds);
      const place =
        kind.level === "COMMUNE" ? this.prng.pick(this.g.communes.get(prov.id)!) : kind.level === "DISTRICT" ? this.prng.pick(this.g.districts.get(prov.id) ?? [prov]) : prov;
      const name = kind.name(place.name, this.prng.pick(TRADES));
      const o = org(name, slugify(`${name} ${kind.level === "PROVINCE" ? "" : prov.name}`), kind.type, prov.id);
      locate(o, place.id, place.name);
      this.local(prov.id).push(o);
      if (kind.type === OrgType.COOPERATIVE) {
        const list = this.cooperatives.get(prov.id) ?? [];
        list.push(o);
        this.cooperatives.set(prov.id, list);
      }
    }
    // Project owners: the heavy NGOs most (Zipf), then other NGOs; local bodies own the rest.
    const owners = [...this.heavy, ...this.ngos];
    this.ownerPick = weighted(owners, (_o, i) => (i < this.heavy.length ? 3 / Math.pow(i + 1, 0.9) : 0.6 / Math.pow(i - this.heavy.length + 1, 1)));
    return { what: "organizations", nodes, rels };
  }

  private local(province: string): OrgInfo[] {
    let list = this.localOrgs.get(province);
    if (!list) this.localOrgs.set(province, (list = []));
    return list;
  }

  private localOrg(province: string): OrgInfo {
    const list = this.localOrgs.get(province);
    return list?.length ? this.prng.pick(list) : this.prng.pick(this.ngos.length ? this.ngos : this.heavy);
  }

  private peopleProductsDocumentsChunk(): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const allOrgs = [...this.heavy, ...this.units.values(), ...this.ngos, ...[...this.localOrgs.values()].flat()];
    for (let i = 0; i < this.spec.persons; i++) {
      const name = this.personName();
      const id = this.id("person", slugify(name));
      const src = this.source();
      const where = this.prng.pick(allOrgs);
      const honorific = this.prng.pick(HONORIFICS);
      nodes.push(this.node(Label.Person, id, src, `${honorific} ${name}`, { name, honorific, gender: /Thị/.test(name) ? "female" : undefined }));
      const position = this.prng.pick(POSITIONS);
      rels.push(this.rel(RelType.MEMBER_OF, id, where.id, src, `${honorific} ${name}, ${position.toLowerCase()} ${where.name}`, { position }));
      this.persons.push(id);
    }
    for (let i = 0; i < this.spec.products; i++) {
      const prov = this.prng.weighted(this.provinceWeights);
      const commune = this.prng.pick(this.g.communes.get(prov.id)!);
      const what = this.prng.pick(["Chè shan tuyết", "Mật ong bạc hà", "Gạo nếp", "Miến dong", "Thảo quả sấy", "Cam sành", "Thổ cẩm", "Măng khô", "Rượu ngô", "Lạp xưởng gác bếp"]);
      const name = `${what} ${commune.name}`;
      const id = this.id("product", slugify(`${name} ${prov.name}`));
      const src = this.source();
      nodes.push(this.node(Label.Product, id, src, `sản phẩm ${name}`, { name, category: this.prng.pick(["OCOP 3 sao", "OCOP 4 sao", "Đặc sản địa phương"]) }));
      rels.push(this.rel(RelType.LOCATED_IN, id, commune.id, src, `sản phẩm ${name} của xã ${commune.name}`));
      const coop = this.cooperatives.get(prov.id);
      if (coop?.length) rels.push(this.rel(RelType.PRODUCED_BY, id, this.prng.pick(coop).id, src, `${name} do hợp tác xã sản xuất`));
      const list = this.products.get(prov.id) ?? [];
      list.push(id);
      this.products.set(prov.id, list);
    }
    const issuers = allOrgs.filter((o) => o.type === OrgType.GOVERNMENT_AGENCY || o.type === OrgType.PEOPLES_COMMITTEE);
    for (let i = 0; i < this.spec.documents; i++) {
      const year = this.prng.between(2019, 2024);
      const number = `${this.prng.between(10, 2999)}/QĐ-UBND`;
      const name = `Quyết định số ${number} phê duyệt kế hoạch giảm nghèo năm ${year}`;
      const id = this.id("doc", slugify(`${number} ${year}`));
      const src = this.source();
      const issued = periodOf(year * 12 + this.prng.int(12), null, DatePrecision.DAY, this.prng);
      nodes.push(
        this.node(Label.Document, id, src, name, {
          name,
          number,
          docType: this.prng.pick(Object.values(DocumentType)),
          issuedOn: issued.startDate,
          issuedOnPrecision: DatePrecision.DAY,
        }),
      );
      if (issuers.length) rels.push(this.rel(RelType.ISSUED_BY, id, this.prng.pick(issuers).id, src, name));
      this.documents.push(id);
    }
    return { what: "people, products, documents", nodes, rels };
  }

  private projectsChunk(): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    for (let i = 0; i < this.spec.projects; i++) {
      const prov = this.prng.weighted(this.provinceWeights);
      const theme = this.prng.pick(PROJECT_THEMES);
      const ownedByNgo = this.prng.chance(0.8);
      const owner = ownedByNgo ? this.prng.weighted(this.ownerPick) : this.localOrg(prov.id);
      const implementer = this.units.get(`${owner.id}|${prov.id}`) ?? (ownedByNgo && this.prng.chance(0.5) ? this.localOrg(prov.id) : owner);
      const name = `${theme.name} tại ${prov.name}`;
      const id = this.id("project", `${theme.slug}-${slugify(prov.name)}-${String(i + 1).padStart(4, "0")}`);
      const src = this.source();
      const startMonth = this.prng.between(2018 * 12, 2024 * 12 + 6);
      const endMonth = startMonth + this.prng.between(24, 60);
      const quote = `dự án “${name}” do ${owner.name} tài trợ`;
      nodes.push(
        this.node(Label.Project, id, src, quote, {
          name,
          aliases: [`dự án ${name}`],
          goal: theme.goal,
          code: `DA-${String(i + 1).padStart(4, "0")}`,
          ...periodOf(startMonth, endMonth, this.prng.chance(0.7) ? DatePrecision.MONTH : DatePrecision.YEAR, this.prng),
        }),
      );
      const program = this.prng.pick(this.programs);
      rels.push(this.rel(RelType.PART_OF, id, program.id, src, `${quote}, thuộc chương trình`));
      rels.push(this.rel(RelType.INVOLVED_IN, owner.id, id, src, quote, { role: ownedByNgo ? Role.FUNDER : Role.OWNER }));
      if (implementer.id !== owner.id) rels.push(this.rel(RelType.INVOLVED_IN, implementer.id, id, src, `${implementer.name} thực hiện ${name}`, { role: Role.IMPLEMENTER }));
      if (this.prng.chance(0.4)) {
        const partner = this.localOrg(prov.id);
        if (partner.id !== owner.id && partner.id !== implementer.id)
          rels.push(this.rel(RelType.INVOLVED_IN, partner.id, id, src, `${partner.name} phối hợp thực hiện`, { role: Role.PARTNER }));
      }
      const districts = this.g.districts.get(prov.id) ?? [];
      const covered = this.prng.chance(0.5) ? this.prng.sample(districts, this.prng.between(1, 3)) : this.prng.sample(this.g.communes.get(prov.id)!, this.prng.between(2, 6));
      for (const place of covered) rels.push(this.rel(RelType.COVERS, id, place.id, src, `${name}: địa bàn ${place.name}`));
      if (this.documents.length && this.prng.chance(0.3)) rels.push(this.rel(RelType.BASED_ON, id, this.prng.pick(this.documents), src, `${name} căn cứ quyết định`));
      const list = this.projectsByProvince.get(prov.id) ?? [];
      list.push({ id, name, province: prov.id, owner, implementer, startMonth, endMonth });
      this.projectsByProvince.set(prov.id, list);
    }
    return { what: "projects", nodes, rels };
  }

  /** A place of the province for work at `month`: a village or a commune; after July 2025 the commune's 2025 successor. */
  private workPlace(province: string, month: number | null): PlaceInfo {
    const commune = this.prng.pick(this.g.communes.get(province)!);
    if (month !== null && month >= JULY_2025 && commune.successors.length) return this.g.places.get(this.prng.pick(commune.successors))!;
    const villages = this.g.villages.get(commune.id);
    return villages?.length && this.prng.chance(0.5) ? this.prng.pick(villages) : commune;
  }

  private interventionsChunk(from: number, to: number): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const activities = weighted(
      [
        ActivityKind.MODEL_RUN,
        ActivityKind.TRAINING,
        ActivityKind.INFRASTRUCTURE,
        ActivityKind.FUNDING,
        ActivityKind.AWARENESS,
        ActivityKind.SUPPORT_SERVICE,
        ActivityKind.STUDY_VISIT,
      ],
      (_a, i) => [78, 12, 3, 2, 2, 2, 1][i],
    );
    const partnerRoles = weighted([Role.PARTNER, Role.CO_IMPLEMENTER, Role.BENEFICIARY, Role.FUNDER, Role.COORDINATOR], (_r, i) => [40, 30, 15, 10, 5][i]);
    for (let n = from; n < to; n++) {
      const prov = this.prng.weighted(this.provinceWeights);
      const projects = this.projectsByProvince.get(prov.id);
      const project = projects?.length && this.prng.chance(0.95) ? this.prng.pick(projects) : undefined;
      const activity = this.prng.weighted(activities);
      const model = this.prng.weighted(this.modelPick);
      const src = this.source();

      // Dates: inside the project's period when there is one; one in ten has none.
      let period: Period = {};
      let month: number | null = null;
      if (this.prng.chance(0.9)) {
        const lo = project?.startMonth ?? 2018 * 12;
        const hi = Math.min(project?.endMonth ?? 2025 * 12 + 11, 2025 * 12 + 11);
        month = this.prng.between(lo, Math.max(lo, hi));
        const precision = this.prng.weighted(weighted([DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR], (_p, i) => [40, 35, 25][i]));
        period = periodOf(month, this.prng.chance(0.85) ? month + this.prng.between(1, 24) : null, precision, this.prng);
      }
      const placeCount = this.prng.chance(0.85) ? 1 : this.prng.chance(0.6) ? 2 : this.prng.between(3, 4);
      const places = new Map<string, PlaceInfo>();
      while (places.size < placeCount) {
        const p = this.workPlace(prov.id, month);
        places.set(p.id, p);
      }
      const first = [...places.values()][0];
      const what =
        activity === ActivityKind.MODEL_RUN ? model.name : activity === ActivityKind.TRAINING ? `Tập huấn kỹ thuật ${model.name.toLowerCase()}` : OTHER_ACTIVITY_NAMES[activity];
      const name = `${what} tại ${first.level === PlaceLevel.VILLAGE ? "" : "xã "}${first.name}`;
      const id = this.id("intervention", `${slugify(`${what} ${first.name}`).slice(0, 60)}-${String(n + 1).padStart(6, "0")}`);
      const forWhom = `${this.prng.pick(FOR_WHOM)} xã ${first.name}`;
      const quote = `triển khai ${name.toLowerCase()} cho ${forWhom.toLowerCase()}`;
      nodes.push(
        this.node(Label.Intervention, id, src, quote, {
          name,
          activity,
          forWhom,
          status: this.prng.chance(0.6) ? this.prng.pick(STATUSES) : undefined,
          description: this.prng.chance(0.3) ? `${what} cho ${forWhom.toLowerCase()}, ${this.prng.between(10, 200)} hộ tham gia.` : undefined,
          ...period,
        }),
      );
      for (const p of places.values()) rels.push(this.rel(RelType.LOCATED_IN, id, p.id, src, `${name}: ${p.name}`));
      if (project) rels.push(this.rel(RelType.PART_OF, id, project.id, src, `${name} thuộc ${project.name}`));

      if (activity === ActivityKind.MODEL_RUN) {
        rels.push(this.rel(RelType.APPLIES, id, model.id, src, `nhân rộng mô hình ${model.name.toLowerCase()}`));
        if (this.prng.chance(0.1)) {
          const second = this.prng.weighted(this.modelPick);
          if (second.id !== model.id) rels.push(this.rel(RelType.APPLIES, id, second.id, src, `kết hợp mô hình ${second.name.toLowerCase()}`));
        }
      } else if (activity === ActivityKind.TRAINING) {
        const topics = new Set([model.id]);
        const k = this.prng.between(2, 3);
        while (topics.size < k) topics.add(this.prng.weighted(this.modelPick).id);
        for (const t of topics) rels.push(this.rel(RelType.TRAINS_ON, id, t, src, `tập huấn về ${(this.models.find((m) => m.id === t)?.name ?? t).toLowerCase()}`));
        if (this.persons.length && this.prng.chance(0.3))
          rels.push(this.rel(RelType.INVOLVED_IN, this.prng.pick(this.persons), id, src, "giảng viên lớp tập huấn", { role: Role.TRAINER }));
      }

      // Who: the project's implementer (or owner), then local partners.
      const actors = new Map<string, Role>();
      if (project) actors.set(this.prng.chance(0.75) ? project.implementer.id : project.owner.id, this.prng.chance(0.75) ? Role.IMPLEMENTER : Role.OWNER);
      else actors.set(this.localOrg(prov.id).id, Role.IMPLEMENTER);
      const partners = this.prng.chance(0.7) ? 0 : this.prng.chance(0.75) ? 1 : 2;
      for (let k = 0; k < partners; k++) {
        const o = this.localOrg(prov.id);
        if (!actors.has(o.id)) actors.set(o.id, this.prng.weighted(partnerRoles));
      }
      for (const [org, role] of actors)
        rels.push(this.rel(RelType.INVOLVED_IN, org, id, src, `${role === Role.IMPLEMENTER ? "thực hiện" : "phối hợp"} ${name.toLowerCase()}`, { role }));

      if (this.prng.chance(0.15)) {
        const mountain = (REGION_WEIGHT[prov.region ?? ""] ?? 1) >= 4;
        const pool = this.ethnic.filter((e) => (mountain ? e.north || e.highlands : !e.north && !e.highlands));
        const group = this.prng.pick(pool.length ? pool : this.ethnic);
        rels.push(this.rel(RelType.SERVES, id, group.id, src, `đồng bào dân tộc ${group.name}`));
      }
      const list = this.interventionsByProvince.get(prov.id) ?? [];
      list.push(id);
      this.interventionsByProvince.set(prov.id, list);
    }
    return { what: `interventions ${from + 1}–${to}`, nodes, rels };
  }

  private eventsChunk(from: number, to: number): Chunk {
    const nodes: NodeRow[] = [];
    const rels: RelRow[] = [];
    const types = weighted(Object.values(EventType), (_t, i) => [15, 30, 25, 15, 5, 10][i]);
    const titles: Record<string, string> = {
      CONFERENCE: "Hội nghị tổng kết mô hình giảm nghèo",
      WORKSHOP: "Hội thảo chia sẻ kinh nghiệm",
      TRAINING: "Lớp tập huấn",
      STUDY_TOUR: "Chuyến tham quan học tập",
      FESTIVAL: "Hội chợ sản phẩm OCOP",
      MEETING: "Cuộc họp triển khai",
    };
    const participantRoles = weighted([Role.PARTICIPANT, Role.SPEAKER, Role.HOST, Role.CO_ORGANIZER, Role.EXHIBITOR], (_r, i) => [50, 20, 10, 10, 10][i]);
    for (let n = from; n < to; n++) {
      const prov = this.prng.weighted(this.provinceWeights);
      const type = this.prng.weighted(types);
      const month = this.prng.between(2019 * 12, 2025 * 12 + 11);
      const r = this.prng.next();
      const place = r < 0.1 ? this.g.places.get(prov.id)! : r < 0.6 ? this.prng.pick(this.g.districts.get(prov.id) ?? [prov]) : this.workPlace(prov.id, month);
      const name = `${titles[type]} ${place.level === PlaceLevel.PROVINCE ? "tỉnh" : place.level === PlaceLevel.DISTRICT ? "huyện" : "tại"} ${place.name}`;
      const [y, m] = [Math.floor(month / 12), (month % 12) + 1];
      const id = this.id("event", `${y}-${String(m).padStart(2, "0")}-${slugify(`${type} ${place.name}`)}-${String(n + 1).padStart(5, "0")}`);
      const src = this.source();
      const days = type === EventType.STUDY_TOUR || type === EventType.TRAINING ? this.prng.between(0, 3) : 0;
      const day = this.prng.between(1, 28 - days);
      const dated = this.prng.chance(0.95);
      const quote = `${name}${dated ? ` ngày ${day}/${m}/${y}` : ""}`;
      nodes.push(
        this.node(Label.Event, id, src, quote, {
          name,
          eventType: type,
          ...(dated ? { startDate: graphDate(y, m, day), startDatePrecision: DatePrecision.DAY, endDate: graphDate(y, m, day + days), endDatePrecision: DatePrecision.DAY } : {}),
        }),
      );
      rels.push(this.rel(RelType.LOCATED_IN, id, place.id, src, quote));
      const projects = this.projectsByProvince.get(prov.id);
      const project = projects?.length && this.prng.chance(0.3) ? this.prng.pick(projects) : undefined;
      if (project) rels.push(this.rel(RelType.PART_OF, id, project.id, src, `${name} trong khuôn khổ ${project.name}`));
      const organizer = project && this.prng.chance(0.6) ? project.implementer : this.localOrg(prov.id);
      rels.push(this.rel(RelType.INVOLVED_IN, organizer.id, id, src, `${organizer.name} tổ chức ${name.toLowerCase()}`, { role: Role.ORGANIZER }));
      const seen = new Set([organizer.id]);
      for (let k = this.prng.between(0, 2); k > 0; k--) {
        const o = this.localOrg(prov.id);
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        rels.push(this.rel(RelType.INVOLVED_IN, o.id, id, src, `đại diện ${o.name}`, { role: this.prng.weighted(participantRoles) }));
      }
      if (this.persons.length && this.prng.chance(0.2))
        rels.push(
          this.rel(RelType.INVOLVED_IN, this.prng.pick(this.persons), id, src, "phát biểu tại sự kiện", { role: this.prng.chance(0.7) ? Role.SPEAKER : Role.DELEGATION_HEAD }),
        );

      const s = this.prng.next();
      const shown = this.interventionsByProvince.get(prov.id);
      if (s < 0.6 && shown?.length) {
        for (const i of new Set([this.prng.pick(shown), ...(this.prng.chance(0.3) ? [this.prng.pick(shown)] : [])]))
          rels.push(this.rel(RelType.SHOWCASED, id, i, src, `tham quan mô hình tại ${place.name}`));
      } else if (s < 0.85) {
        rels.push(this.rel(RelType.SHOWCASED, id, this.prng.weighted(this.modelPick).id, src, "giới thiệu mô hình"));
      } else if (s < 0.95 && this.products.get(prov.id)?.length) {
        rels.push(this.rel(RelType.SHOWCASED, id, this.prng.pick(this.products.get(prov.id)!), src, "trưng bày sản phẩm"));
      } else if (this.programs.length) {
        rels.push(this.rel(RelType.SHOWCASED, id, this.prng.pick(this.programs).id, src, "giới thiệu chương trình"));
      }
      if (this.documents.length && this.prng.chance(0.05)) rels.push(this.rel(RelType.BASED_ON, id, this.prng.pick(this.documents), src, "căn cứ kế hoạch"));
    }
    return { what: `events ${from + 1}–${to}`, nodes, rels };
  }
}

// ---------------------------------------------------------------------------------------------
// Writing.

const NODE_BATCH = 5000;
const REL_BATCH = 10_000;

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Writes one chunk: its nodes (with their MENTIONED_IN statements), then its relationships, by label and type. */
export async function writeChunk(graph: GraphExecutor, chunk: Chunk): Promise<void> {
  const byLabel = new Map<Label, NodeRow[]>();
  for (const n of chunk.nodes) {
    let list = byLabel.get(n.label);
    if (!list) byLabel.set(n.label, (list = []));
    list.push(n);
  }
  for (const [label, rows] of byLabel) {
    for (const batch of batches(rows, NODE_BATCH)) {
      // Labels and types come from the model's enums, never from data.
      const cypher =
        label === Label.Source
          ? `UNWIND $rows AS row CREATE (s:${Label.Source}) SET s = row.props`
          : `UNWIND $rows AS row
             MATCH (s:${Label.Source} {id: row.sourceId})
             CREATE (n:${Label.Entity}:${label})
             SET n = row.props
             CREATE (n)-[m:${RelType.MENTIONED_IN}]->(s)
             SET m = row.statement`;
      await graph.writeTransaction((tx) => tx.run(plainStatement(cypher, { rows: batch.map((r) => ({ props: r.props, sourceId: r.sourceId, statement: r.statement })) })));
    }
  }
  const byType = new Map<RelType, RelRow[]>();
  for (const r of chunk.rels) {
    let list = byType.get(r.type);
    if (!list) byType.set(r.type, (list = []));
    list.push(r);
  }
  for (const [type, rows] of byType) {
    for (const batch of batches(rows, REL_BATCH)) {
      await graph.writeTransaction((tx) =>
        tx.run(
          plainStatement(
            `UNWIND $rows AS row
           MATCH (a:${Label.Entity} {id: row.from})
           MATCH (b:${Label.Entity} {id: row.to})
           CREATE (a)-[r:${type}]->(b)
           SET r = row.props`,
            { rows: batch },
          ),
        ),
      );
    }
  }
}

/** Counts by label and relationship type (count store: cheap at any size). */
export async function countGraph(graph: GraphExecutor): Promise<DataManifest["counts"]> {
  const [{ nodes }] = await graph.run(statement("MATCH (n) RETURN count(n) AS nodes", {}, columns({ nodes: number })));
  const [{ relationships }] = await graph.run(statement("MATCH ()-[r]->() RETURN count(r) AS relationships", {}, columns({ relationships: number })));
  const byLabel: Record<string, number> = {};
  for (const label of Object.values(Label)) {
    const [{ n }] = await graph.run(statement(`MATCH (x:${label}) RETURN count(x) AS n`, {}, columns({ n: number })));
    if (n) byLabel[label] = n;
  }
  const byType: Record<string, number> = {};
  for (const type of Object.values(RelType)) {
    const [{ n }] = await graph.run(statement(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`, {}, columns({ n: number })));
    if (n) byType[type] = n;
  }
  return { nodes, relationships, byLabel, byType };
}

/**
 * The executor the seed loader is given: the benchmark's own for reads and schema, but write
 * transactions without a time limit. The launcher's db.transaction.timeout (120 s) is shorter
 * than the seed loader's one transaction over the whole-country gazetteer takes on a busy
 * 2-core machine; a driver-side timeout overrides the server's (Neo4j 5.3+).
 */
function withUnlimitedWrites(graph: GraphExecutor, driver: Driver): GraphExecutor {
  const run = async <R>(
    tx: { run: (c: string, p: Params) => Promise<{ records: { keys: PropertyKey[]; get(k: PropertyKey): unknown }[] }> },
    statement: Statement<R>,
  ): Promise<R[]> =>
    (await tx.run(statement.cypher, statement.params)).records.map((record) => {
      const row: Row = {};
      for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
      return statement.decode(row);
    });
  const writeTransaction = async <T>(work: (tx: TxRunner) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work({ run: (statement) => run(tx, statement) }), { timeout: 0, metadata: { app: "poverty-graph-bench-data" } });
    } finally {
      await session.close();
    }
  };
  return Object.assign(Object.create(graph) as GraphExecutor, { writeTransaction });
}

/** Empties the benchmark database, loads the seed graph and, for S2/S3, the synthetic graph; writes the manifest. */
export async function loadScale(scale: Scale, log: (line: string) => void = console.log): Promise<DataManifest> {
  const db = benchDatabase();
  log(`[bench:data] ${scale}: emptying ${db.home} and starting Neo4j on ${db.uri} (page cache ${db.pageCacheMb} MB)`);
  resetDatabase(db);
  startDatabase(db);
  log(`[bench:data] Neo4j heap: ${launcherHeap(db) ?? "unknown"}`);
  const { driver, graph } = connect(db, "poverty-graph-bench-data");
  try {
    const started = Date.now();
    // issue #21 (planner facts): the planners' place facts are kept by the load too.
    const seedResult = await seedGraph(withUnlimitedWrites(graph, driver), SEED_DIR, (tx, scope, write) => keepPlaceFacts(tx, scope, () => keepSummaries(tx, scope, write)));
    const seedsDone = Date.now();
    log(
      `[bench:data] seed loader: ${seedResult.sources} sources, ${seedResult.entities} entities, ${seedResult.relationships} relationships in ${((seedsDone - started) / 1000).toFixed(1)} s`,
    );
    if (scale !== "S1") {
      const plan = readSeedPlan(listSeedFiles(SEED_DIR));
      const generator = new BenchGraphGenerator(SCALE_SPECS[scale], plan);
      let nodes = 0;
      let rels = 0;
      for (const chunk of generator.chunks()) {
        const t = Date.now();
        await writeChunk(graph, chunk);
        nodes += chunk.nodes.length;
        rels += chunk.rels.length + chunk.nodes.filter((n) => n.label !== Label.Source).length;
        log(
          `[bench:data]   ${chunk.what}: ${chunk.nodes.length} nodes, ${chunk.rels.length} relationships in ${((Date.now() - t) / 1000).toFixed(1)} s (total ${nodes} nodes, ${rels} relationships, ${((Date.now() - seedsDone) / 1000).toFixed(0)} s)`,
        );
      }
      // issue #21 (aggregates): the 3W summary's aggregates count the synthetic batches too.
      const t = Date.now();
      await refreshSummaries(graph, driver);
      log(`[bench:data]   3W summary aggregates refreshed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    const done = Date.now();
    const counts = await countGraph(graph);
    const manifest: DataManifest = {
      scale,
      seed: GENERATOR_SEED,
      generatedAt: new Date().toISOString(),
      loadSeconds: { seeds: (seedsDone - started) / 1000, synthetic: (done - seedsDone) / 1000, total: (done - started) / 1000 },
      counts,
      params: questionParams(scale),
    };
    writeManifest(db, manifest);
    log(`[bench:data] ${scale} loaded: ${counts.nodes} nodes, ${counts.relationships} relationships in ${manifest.loadSeconds.total.toFixed(1)} s`);
    return manifest;
  } finally {
    await driver.close();
  }
}

/**
 * Counts the 3W summary's aggregates again over the whole graph (src/who-what-where's
 * refreshAllSummaries): after the synthetic batches, which are written without the seed
 * loader; alone (`--refresh-summaries`) on a loaded benchmark database, which it leaves running.
 */
export async function refreshSummaries(graph: GraphExecutor, driver: Driver): Promise<void> {
  await applySchema(graph);
  await withUnlimitedWrites(graph, driver).writeTransaction((tx) => refreshAllSummaries(tx));
  // issue #21 (planner facts): the planners' place facts count the synthetic batches too.
  await withUnlimitedWrites(graph, driver).writeTransaction((tx) => refreshAllPlaceFacts(tx));
}

/** `--scale S2` (or `--scale=S2`) from the command line; S1 when absent. */
/** The value of `--name value` or `--name=value` among the command-line `args`: undefined when absent, "" when it has none. */
export function argValue(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes("=") ? args[at].split("=")[1] : (args[at + 1] ?? "");
}

export function scaleArg(args: string[]): Scale {
  const value = argValue(args, "scale") ?? "S1";
  if (!SCALES.includes(value as Scale)) throw new Error(`--scale must be one of ${SCALES.join(", ")}, got "${value}"`);
  return value as Scale;
}

/** Refreshes the aggregates of the running benchmark database (BENCH_NEO4J_HOME / BENCH_NEO4J_PORT): no regeneration. */
async function refreshOnly(log: (line: string) => void = console.log): Promise<void> {
  const { driver, graph } = connect(benchDatabase(), "poverty-graph-bench-data");
  try {
    const t = Date.now();
    await refreshSummaries(graph, driver);
    log(`[bench:data] 3W summary aggregates refreshed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  (args.includes("--refresh-summaries") ? refreshOnly() : loadScale(scaleArg(args)).then(() => undefined)).catch((err: unknown) => {
    console.error(`bench:data failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  });
}
