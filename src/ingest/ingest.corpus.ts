/**
 * What the ingest knows before it reads an article: the gazetteer (Place entities and their
 * PART_OF links) and every other entity of the seed files, by id, with its names. Read only from
 * the seed files (seeds/places.yaml, seeds/places/*.yaml, seeds/articles/*.yaml); an entity still
 * marked `draft` is not known yet. A source can be left out (`excludeSourceFile`), so that an
 * article is never matched against its own curated file.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type ParsedSeedFile, parseSeedFiles } from "../seed/seed.reader";
import { Label, RelType } from "../graph/graph.model";
import { Gazetteer, type PlaceRecord } from "./ingest.gazetteer";
import type { Level } from "./ingest.lexicon";
import { type EntityLabel, field, isEntityLabel, isOneOf, records } from "./ingest.unknown";

export interface CorpusEntity {
  id: string;
  kind: EntityLabel;
  name: string;
  nameEn?: string;
  aliases: string[];
  acronym?: string;
  /** Other stated properties (dates, types), from the first file that states each. */
  props: Record<string, unknown>;
  /** A person's organizations and positions (confirmed MEMBER_OF lines): what tells two people of one name apart. */
  affiliations?: { org: string; position?: string }[];
  /** An activity's places (LOCATED_IN, COVERS) and actors (INVOLVED_IN): what tells whether an article reports it again. */
  places?: string[];
  actors?: string[];
  /** Its numbers, as the seed files state them: what a new statement may disagree with. */
  metrics?: { key: string; value: number; unit: string }[];
}

export interface Knowledge {
  gazetteer: Gazetteer;
  /** Entities other than places, by id. */
  entities: ReadonlyMap<string, CorpusEntity>;
  /** The kind of every known id, places included. */
  kinds: ReadonlyMap<string, EntityLabel>;
}

const LEVELS: readonly Level[] = ["PROVINCE", "DISTRICT", "COMMUNE", "VILLAGE"];

function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return yamlFilesUnder(full);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });
}

/** The seed files the ingest reads: places.yaml, places/**, then articles/*.yaml. */
export function listIngestSeedFiles(seedDir: string): string[] {
  const files = [path.join(seedDir, "places.yaml")].filter((f) => existsSync(f));
  files.push(...yamlFilesUnder(path.join(seedDir, "places")));
  const articles = path.join(seedDir, "articles");
  if (existsSync(articles)) {
    files.push(
      ...readdirSync(articles)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => path.join(articles, f)),
    );
  }
  return files;
}

/** The number the next article file takes: one more than the highest NNN of articles/NNN-*.yaml and src:NNN. */
export function nextArticleNumber(seedDir: string, parsed: readonly ParsedSeedFile[] = []): number {
  let max = -1;
  const articles = path.join(seedDir, "articles");
  if (existsSync(articles)) {
    for (const f of readdirSync(articles)) {
      const m = /^(\d{3,})-/.exec(f);
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  for (const { data } of parsed) {
    const id = field(field(data, "source"), "id");
    const m = typeof id === "string" ? /^src:(\d+)$/.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** Parses the seed files under a seeds directory (see listIngestSeedFiles). */
export function parseCorpus(seedDir: string): ParsedSeedFile[] {
  return parseSeedFiles(listIngestSeedFiles(seedDir));
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * Builds what the ingest knows from parsed seed files. Files whose source has `file:
 * <excludeSourceFile>` are left out. Lenient: entries it cannot read are skipped, since seed
 * validation is not its business.
 */
export function buildKnowledge(parsed: readonly ParsedSeedFile[], options: { excludeSourceFile?: string } = {}): Knowledge {
  const places = new Map<string, PlaceRecord>();
  const entities = new Map<string, CorpusEntity>();
  const kinds = new Map<string, EntityLabel>();
  const partOf: [string, string][] = [];
  /** Legacy unit → the 2025 unit it became (SUCCEEDED_BY). */
  const succeededBy: [string, string][] = [];
  const memberOf: [string, string, string | undefined][] = [];
  const placesOf: [string, string][] = [];
  const actorsOf: [string, string][] = [];
  for (const { data } of parsed) {
    if (options.excludeSourceFile && field(field(data, "source"), "file") === options.excludeSourceFile) continue;
    for (const e of records(field(data, "entities"))) {
      const id = str(e.id);
      const kind = e.kind;
      const name = str(e.name);
      if (!id || !isEntityLabel(kind) || !name || e.draft !== undefined) continue;
      kinds.set(id, kind);
      if (kind === Label.Place) {
        const level = e.level;
        if (!isOneOf(LEVELS, level)) continue;
        const known = places.get(id);
        if (known) {
          for (const a of [name, ...strings(e.aliases)]) if (a !== known.name && !known.aliases.includes(a)) known.aliases.push(a);
          known.nameEn ??= str(e.nameEn);
          known.unitType ??= str(e.unitType);
          known.officialName ??= str(e.officialName);
          known.validFrom ??= str(e.validFrom);
          known.validTo ??= str(e.validTo);
        } else {
          places.set(id, {
            id,
            name,
            level,
            unitType: str(e.unitType),
            officialName: str(e.officialName),
            nameEn: str(e.nameEn),
            aliases: strings(e.aliases),
            validFrom: str(e.validFrom),
            validTo: str(e.validTo),
            parents: [],
            predecessors: [],
          });
        }
        continue;
      }
      const { kind: _k, id: _i, name: _n, quote: _q, metrics, claims: _c, aliases, nameEn, acronym, ...props } = e;
      const stated = records(metrics).flatMap((m) =>
        typeof m.key === "string" && typeof m.value === "number" && typeof m.unit === "string" ? [{ key: m.key, value: m.value, unit: m.unit }] : [],
      );
      const known = entities.get(id);
      if (known) {
        for (const a of [name, ...strings(aliases)]) if (a !== known.name && !known.aliases.includes(a)) known.aliases.push(a);
        known.nameEn ??= str(nameEn);
        known.acronym ??= str(acronym);
        for (const [k, v] of Object.entries(props)) if (!(k in known.props)) known.props[k] = v;
        if (stated.length) known.metrics = [...(known.metrics ?? []), ...stated];
      } else {
        entities.set(id, {
          id,
          kind,
          name,
          nameEn: str(nameEn),
          aliases: strings(aliases),
          acronym: str(acronym),
          props: { ...props },
          ...(stated.length ? { metrics: stated } : {}),
        });
      }
    }
    for (const r of records(field(data, "relationships"))) {
      if (r.type === RelType.PART_OF && typeof r.from === "string" && typeof r.to === "string" && r.draft === undefined) partOf.push([r.from, r.to]);
      if (r.type === RelType.SUCCEEDED_BY && typeof r.from === "string" && typeof r.to === "string" && r.draft === undefined) succeededBy.push([r.from, r.to]);
      if (typeof r.from === "string" && typeof r.to === "string" && r.draft === undefined) {
        if (r.type === RelType.LOCATED_IN || r.type === RelType.COVERS) placesOf.push([r.from, r.to]);
        if (r.type === RelType.INVOLVED_IN) actorsOf.push([r.to, r.from]);
      }
      if (r.type === RelType.MEMBER_OF && typeof r.from === "string" && typeof r.to === "string" && r.draft === undefined) memberOf.push([r.from, r.to, str(r.position)]);
    }
  }
  for (const [from, org, position] of memberOf) {
    const person = entities.get(from);
    if (person) (person.affiliations ??= []).push({ org, ...(position ? { position } : {}) });
  }
  for (const [activity, place] of placesOf) {
    const e = entities.get(activity);
    if (e && !(e.places ??= []).includes(place)) e.places.push(place);
  }
  for (const [activity, actor] of actorsOf) {
    const e = entities.get(activity);
    if (e && !(e.actors ??= []).includes(actor)) e.actors.push(actor);
  }
  for (const [from, to] of partOf) {
    const place = places.get(from);
    if (place && places.has(to) && !place.parents.includes(to)) place.parents.push(to);
  }
  for (const [from, to] of succeededBy) {
    const place = places.get(to);
    if (place && places.has(from) && !place.predecessors.includes(from)) place.predecessors.push(from);
  }
  return { gazetteer: new Gazetteer(places.values()), entities, kinds };
}

/** Reads and builds in one step (see parseCorpus, buildKnowledge). */
export function loadKnowledge(seedDir: string, options: { excludeSourceFile?: string } = {}): Knowledge {
  return buildKnowledge(parseCorpus(seedDir), options);
}
