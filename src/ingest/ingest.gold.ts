/**
 * The gold of the development corpus (issue 18): what a curator read in each article of
 * ../shared/dev-articles, one YAML file per article in test/gold/dev-articles (NN.gold.yaml), in
 * the format of test/gold/dev-articles/README.md. This module gives its types, the split, and a
 * loader that reports every problem of a file instead of stopping at the first, so that a
 * curator fixes a file in one pass and the scorer never reads a file it would misread.
 *
 * Enums come from graph.enums.ts and relationship types from graph.model.ts; place ids must be
 * in the gazetteer (seeds/places.yaml) or be villages of the seed articles; `existing:` ids must
 * be entities of seeds/articles/*.yaml; queries must be valid against schema/schema.graphql.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type GraphQLSchema, Kind, parse, validate, visit } from "graphql";
import yaml from "js-yaml";
import { EventType, ModelCategory, OrgType, OutcomeType, PlaceLevel, Role } from "../graph/graph.enums";
import { Label, RelType } from "../graph/graph.model";
import { parseSeedFiles } from "../seed/seed.reader";
import { SEED_DIR } from "../seed/seed.paths";
import { REFORM_DAY } from "./ingest.gazetteer";
import { enumValues, errorMessage, field, isRecord, records } from "./ingest.unknown";

const ROOT = path.resolve(SEED_DIR, "..");
/** Where the gold files and their README live. */
export const GOLD_DIR = process.env.GOLD_DIR ?? path.join(ROOT, "test", "gold", "dev-articles");
/** The articles the gold is about (third-party texts, never in the repository). */
export const DEV_ARTICLE_DIR = process.env.DEV_ARTICLE_DIR ?? path.resolve(ROOT, "..", "shared", "dev-articles");

/**
 * The ten articles the rules are never tuned on, decided before any tuning (the README names
 * them too, and the validator checks the two agree). Never change this list.
 */
export const UNTUNED_ARTICLES: readonly string[] = ["05", "09", "12", "18", "22", "27", "31", "33", "36", "39"];

/**
 * "fresh": a folder of gold for articles nobody has run the ingest on, annotated before it runs (its README
 * has the line "- fresh: …"): the fair measure of the targets that the untuned ten no longer are.
 */
export type GoldSplit = "dev" | "untuned" | "fresh";
export const splitOf = (article: string): GoldSplit => (UNTUNED_ARTICLES.includes(article) ? "untuned" : "dev");

/** Outcome types: the model's (graph.enums.ts). */
export const GOLD_OUTCOME_TYPES: readonly string[] = Object.values(OutcomeType);

/** Relationship types a gold file may state: the model's, less the loader's own. */
export const GOLD_REL_TYPES: readonly string[] = [...Object.values(RelType).filter((t) => t !== RelType.MENTIONED_IN && t !== RelType.HAS_METRIC && t !== RelType.HAS_CLAIM)];

/** A quote is evidence, not text: at most this many words (third-party text stays out). */
export const MAX_QUOTE_WORDS = 12;

export type GoldDate = string; // "YYYY", "YYYY-MM" or "YYYY-MM-DD"

export interface GoldPlace {
  id: string | null;
  name: string;
  level: PlaceLevel;
  /** For a place not in the gazetteer (a village): the gazetteer unit it lies in. */
  parent?: string;
  note?: string;
}

export interface GoldOrganization {
  key: string;
  name: string;
  aliases?: string[];
  orgType: OrgType;
  place?: string;
  existing?: string;
  note?: string;
}

export interface GoldPerson {
  key: string;
  name: string;
  aliases?: string[];
  existing?: string;
  position?: string;
  organization?: string;
  note?: string;
}

export interface GoldProgram {
  key: string;
  name: string;
  aliases?: string[];
  existing?: string;
  note?: string;
}

export interface GoldProject {
  key: string;
  name: string;
  aliases?: string[];
  start?: GoldDate;
  end?: GoldDate;
  program?: string;
  existing?: string;
  note?: string;
}

export interface GoldEvent {
  key: string;
  name: string;
  aliases?: string[];
  existing?: string;
  eventType: EventType;
  start?: GoldDate | null;
  end?: GoldDate | null;
  places?: string[];
  note?: string;
}

export interface GoldModel {
  key: string;
  name: string;
  category: ModelCategory;
  where?: string[];
  who?: string[];
  existing?: string;
  note?: string;
}

export interface GoldNumber {
  value: number;
  unit: string;
  about: string;
  label: string;
  qualifier?: "EXACT" | "MORE_THAN" | "AT_LEAST" | "APPROXIMATE";
  note?: string;
}

export interface GoldOutcome {
  about: string;
  outcomeType: string;
  text: string;
}

export interface GoldRelationship {
  type: string;
  from: string;
  to: string;
  role?: Role;
  position?: string;
  what?: string;
  quote?: string;
  inferred?: string;
  note?: string;
}

export interface GoldQuestion {
  q: string;
  answer: string;
  expect: string[];
  query: string;
}

export interface GoldFile {
  article: string;
  split: GoldSplit;
  language: "vi" | "en";
  naming: "legacy" | "2025" | "transitional";
  source: { title: string | null; outlet: string; publishedOn: GoldDate | null; note?: string };
  places?: GoldPlace[];
  organizations?: GoldOrganization[];
  people?: GoldPerson[];
  programs?: GoldProgram[];
  projects?: GoldProject[];
  events?: GoldEvent[];
  models?: GoldModel[];
  numbers?: GoldNumber[];
  outcomes?: GoldOutcome[];
  relationships?: GoldRelationship[];
  questions?: GoldQuestion[];
}

/** What a file is checked against. */
export interface GoldContext {
  placeIds: ReadonlySet<string>;
  /** Places that ended with the July 2025 reorganisation (legacy only) and places it created (2025 only). */
  legacyOnly: ReadonlySet<string>;
  newOnly: ReadonlySet<string>;
  /** Ids of the entities of seeds/articles/*.yaml (what `existing:` may name). */
  seedIds: ReadonlySet<string>;
  /** The untuned articles the README names. */
  readmeUntuned: readonly string[];
  /** The README declares the folder a fresh set (a line "- fresh: …"): every file in it is `split: fresh`. */
  fresh: boolean;
  schema: GraphQLSchema;
}

/** Reads the gazetteer, the seed articles, the README's split and the schema, once per call. */
export function goldContext(goldDir: string = GOLD_DIR): GoldContext {
  const placeIds = new Set<string>();
  const legacyOnly = new Set<string>();
  const newOnly = new Set<string>();
  const seedIds = new Set<string>();
  const articles = path.join(SEED_DIR, "articles");
  const files = [
    path.join(SEED_DIR, "places.yaml"),
    ...readdirSync(articles)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(articles, f)),
  ];
  for (const { file, data } of parseSeedFiles(files)) {
    for (const e of records(field(data, "entities"))) {
      if (typeof e.id !== "string") continue;
      if (e.kind === Label.Place) {
        placeIds.add(e.id);
        const { validTo, validFrom } = e;
        if (typeof validTo === "string" && validTo < REFORM_DAY) legacyOnly.add(e.id);
        if ((typeof validFrom === "string" && validFrom >= REFORM_DAY) || e.id.startsWith("vn2025:")) newOnly.add(e.id);
      } else if (!file.endsWith("places.yaml")) seedIds.add(e.id);
    }
  }
  const readme = path.join(goldDir, "README.md");
  const readmeText = existsSync(readme) ? readFileSync(readme, "utf8") : "";
  const readmeUntuned = untunedInReadme(readmeText);
  const fresh = readmeText.split("\n").some((l) => /^\s*[-*]\s*\**fresh\b/i.test(l));
  const schema = buildSchema(readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8"));
  return { placeIds, legacyOnly, newOnly, readmeUntuned, fresh, seedIds, schema };
}

/** The untuned list of the README: the two-digit numbers on its line starting "- untuned". */
export function untunedInReadme(text: string): string[] {
  const line = text.split("\n").find((l) => /^\s*[-*]\s*\**untuned\b/i.test(l));
  return line ? [...line.replace(/^[^:]*:/, "").matchAll(/\b\d{2}\b/g)].map((m) => m[0]) : [];
}

/** The gold files present, sorted (NN.gold.yaml). */
export function listGoldFiles(goldDir: string = GOLD_DIR): string[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => /^\d{2}\.gold\.yaml$/.test(f))
    .sort()
    .map((f) => path.join(goldDir, f));
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OUTLET = /^[a-z0-9.-]+\.[a-z]{2,}$/;

const TOP_FIELDS = [
  "article",
  "split",
  "language",
  "naming",
  "source",
  "places",
  "organizations",
  "people",
  "programs",
  "projects",
  "events",
  "models",
  "numbers",
  "outcomes",
  "relationships",
  "questions",
];
const FIELDS: Record<string, readonly string[]> = {
  source: ["title", "outlet", "publishedOn", "note"],
  places: ["id", "name", "level", "parent", "note"],
  organizations: ["key", "name", "aliases", "orgType", "place", "existing", "note"],
  people: ["key", "name", "aliases", "position", "organization", "existing", "note"],
  programs: ["key", "name", "aliases", "existing", "note"],
  projects: ["key", "name", "aliases", "start", "end", "program", "existing", "note"],
  events: ["key", "name", "aliases", "eventType", "start", "end", "places", "existing", "note"],
  models: ["key", "name", "category", "where", "who", "existing", "note"],
  numbers: ["value", "unit", "about", "label", "qualifier", "note"],
  outcomes: ["about", "outcomeType", "text"],
  relationships: ["type", "from", "to", "role", "position", "what", "quote", "inferred", "note"],
  questions: ["q", "answer", "expect", "query"],
};
/** Where `existing:` must point, per list. */
const EXISTING_PREFIX: Record<string, string> = { organizations: "org:", people: "person:", programs: "program:", projects: "project:", events: "event:", models: "model:" };
const KEYED = ["organizations", "people", "programs", "projects", "events", "models"] as const;

const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;
const isStr = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * Every problem of one parsed gold file (empty when it is sound). `file` names it in messages and
 * gives the article number its name must match.
 */
export function validateGold(data: unknown, file: string, ctx: GoldContext): string[] {
  const problems: string[] = [];
  const at = (where: string, msg: string): void => void problems.push(`${path.basename(file)}: ${where}: ${msg}`);
  if (!isRecord(data)) return [`${path.basename(file)}: not a YAML mapping`];
  const g: Record<string, unknown> = data;
  for (const k of Object.keys(g)) if (!TOP_FIELDS.includes(k)) at(k, "unknown field");

  const nn = /^(\d{2})\.gold\.yaml$/.exec(path.basename(file))?.[1];
  if (!isStr(g.article) || !/^\d{2}$/.test(g.article)) at("article", `must be a two-digit string, got ${JSON.stringify(g.article)}`);
  else if (nn && g.article !== nn) at("article", `is ${g.article} but the file is ${nn}`);
  if (isStr(g.article) && ctx.fresh) {
    if (g.split !== "fresh") at("split", `is ${JSON.stringify(g.split)}, but the README declares this folder a fresh set`);
  } else if (isStr(g.article)) {
    const want = splitOf(g.article);
    if (g.split !== want) at("split", `is ${JSON.stringify(g.split)}, the split decided for ${g.article} is ${want}`);
    const inReadme = ctx.readmeUntuned.includes(g.article) ? "untuned" : "dev";
    if (inReadme !== want) at("split", `the README's untuned list (${ctx.readmeUntuned.join(", ")}) does not agree with UNTUNED_ARTICLES for ${g.article}`);
  }
  if (g.language !== "vi" && g.language !== "en") at("language", `vi or en, got ${JSON.stringify(g.language)}`);
  if (!["legacy", "2025", "transitional"].includes(String(g.naming))) at("naming", `legacy, "2025" or transitional, got ${JSON.stringify(g.naming)}`);

  const src = g.source;
  if (!isRecord(src)) at("source", "missing");
  else {
    for (const k of Object.keys(src)) if (!FIELDS.source.includes(k)) at(`source.${k}`, "unknown field");
    if (!(src.title === null || isStr(src.title))) at("source.title", "a string or null");
    if (!isStr(src.outlet) || !OUTLET.test(src.outlet)) at("source.outlet", `a host name, got ${JSON.stringify(src.outlet)}`);
    if (!(src.publishedOn === null || (isStr(src.publishedOn) && DATE.test(src.publishedOn))))
      at("source.publishedOn", `YYYY[-MM[-DD]] or null, got ${JSON.stringify(src.publishedOn)}`);
  }

  // Lists: each a list of mappings with known fields.
  const list = (name: string): Record<string, unknown>[] => {
    const v = g[name];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      at(name, "must be a list");
      return [];
    }
    return v.filter((e: unknown, i): e is Record<string, unknown> => {
      if (!isRecord(e)) {
        at(`${name}[${i}]`, "must be a mapping");
        return false;
      }
      for (const k of Object.keys(e)) if (!FIELDS[name].includes(k)) at(`${name}[${i}].${k}`, "unknown field");
      return true;
    });
  };

  const knownPlace = (where: string, id: unknown): void => {
    if (!isStr(id)) at(where, `a place id, got ${JSON.stringify(id)}`);
    else if (!ctx.placeIds.has(id)) at(where, `${id} is not a place of seeds/places.yaml or the seed articles`);
  };

  // Keys: declared once across the file.
  const keys = new Map<string, string>();
  for (const name of KEYED) {
    list(name).forEach((e, i) => {
      const where = `${name}[${i}]`;
      if (!isStr(e.key) || !KEY.test(e.key)) at(`${where}.key`, `kebab-case key required, got ${JSON.stringify(e.key)}`);
      else if (keys.has(e.key)) at(`${where}.key`, `${e.key} is declared twice (also in ${keys.get(e.key)})`);
      else keys.set(e.key, name);
      if (!isStr(e.name)) at(`${where}.name`, "required");
      if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every(isStr))) at(`${where}.aliases`, "a list of strings");
      if (e.existing !== undefined) {
        const prefix = EXISTING_PREFIX[name];
        if (!prefix) at(`${where}.existing`, `${name} take no existing id`);
        else if (!isStr(e.existing) || !e.existing.startsWith(prefix)) at(`${where}.existing`, `an id starting ${prefix}, got ${JSON.stringify(e.existing)}`);
        else if (!ctx.seedIds.has(e.existing)) at(`${where}.existing`, `${e.existing} is not an entity of seeds/articles/*.yaml`);
      }
      for (const d of ["start", "end"] as const)
        if (e[d] !== undefined && e[d] !== null && !(typeof e[d] === "string" && DATE.test(e[d]))) at(`${where}.${d}`, `YYYY[-MM[-DD]], got ${JSON.stringify(e[d])}`);
      if (isStr(e.start) && isStr(e.end) && e.end < e.start) at(where, `ends (${e.end}) before it starts (${e.start})`);
    });
  }
  const ref = (where: string, key: unknown, kinds: readonly string[]): void => {
    if (!isStr(key)) at(where, `a key, got ${JSON.stringify(key)}`);
    else if (!keys.has(key)) at(where, `${key} is referenced but not declared`);
    else if (!kinds.includes(String(keys.get(key)))) at(where, `${key} is one of the ${keys.get(key)}, expected one of ${kinds.join("/")}`);
  };
  /** A key of the file or a place id. */
  const refOrPlace = (where: string, v: unknown, kinds: readonly string[]): void => {
    if (isStr(v) && /^vn(2025)?:/.test(v)) knownPlace(where, v);
    else ref(where, v, kinds);
  };

  const placeLevels = enumValues(PlaceLevel);
  list("places").forEach((p, i) => {
    const where = `places[${i}]`;
    if (!isStr(p.name)) at(`${where}.name`, "required");
    if (!placeLevels.includes(String(p.level))) at(`${where}.level`, `one of ${placeLevels.join(" ")}, got ${JSON.stringify(p.level)}`);
    if (p.id === null || p.id === undefined) {
      if (p.id === undefined) at(`${where}.id`, "required (null when the unit is not in the gazetteer)");
      if (p.parent === undefined) at(`${where}.parent`, "required when id is null");
      else knownPlace(`${where}.parent`, p.parent);
    } else {
      knownPlace(`${where}.id`, p.id);
      // The naming decides the ids: a legacy article names units of before July 2025, a 2025 one the new units.
      if (isStr(p.id) && g.naming === "legacy" && ctx.newOnly.has(p.id)) at(`${where}.id`, `${p.id} is a 2025 unit but the article's naming is legacy`);
      if (isStr(p.id) && g.naming === "2025" && ctx.legacyOnly.has(p.id)) at(`${where}.id`, `${p.id} ended in July 2025 but the article's naming is 2025`);
    }
  });
  const declaredPlaces = new Set(
    list("places")
      .map((p) => p.id)
      .filter(isStr),
  );
  /** A place of the work: a gazetteer id the file also lists under `places`. */
  const declaredPlace = (where: string, id: unknown): void => {
    knownPlace(where, id);
    if (isStr(id) && ctx.placeIds.has(id) && !declaredPlaces.has(id)) at(where, `${id} is not in this file's places`);
  };

  const orgTypes = enumValues(OrgType);
  list("organizations").forEach((o, i) => {
    if (!orgTypes.includes(String(o.orgType))) at(`organizations[${i}].orgType`, `unknown ${JSON.stringify(o.orgType)}`);
    if (o.place !== undefined) knownPlace(`organizations[${i}].place`, o.place);
  });
  list("people").forEach((p, i) => {
    if (p.organization !== undefined) ref(`people[${i}].organization`, p.organization, ["organizations"]);
  });
  list("projects").forEach((p, i) => {
    if (p.program !== undefined) ref(`projects[${i}].program`, p.program, ["programs", "projects"]);
  });
  const eventTypes = enumValues(EventType);
  list("events").forEach((e, i) => {
    if (!eventTypes.includes(String(e.eventType))) at(`events[${i}].eventType`, `unknown ${JSON.stringify(e.eventType)}`);
    if (e.places !== undefined) (Array.isArray(e.places) ? e.places : [e.places]).forEach((p, j) => declaredPlace(`events[${i}].places[${j}]`, p));
  });
  const categories = enumValues(ModelCategory);
  list("models").forEach((m, i) => {
    if (!categories.includes(String(m.category))) at(`models[${i}].category`, `unknown ${JSON.stringify(m.category)}`);
    if (m.where !== undefined) (Array.isArray(m.where) ? m.where : [m.where]).forEach((p, j) => declaredPlace(`models[${i}].where[${j}]`, p));
    if (m.who !== undefined) (Array.isArray(m.who) ? m.who : [m.who]).forEach((k, j) => ref(`models[${i}].who[${j}]`, k, ["organizations", "people"]));
  });
  const allKinds = [...KEYED];
  list("numbers").forEach((n, i) => {
    if (typeof n.value !== "number" || !Number.isFinite(n.value)) at(`numbers[${i}].value`, `a number, got ${JSON.stringify(n.value)}`);
    if (!isStr(n.unit)) at(`numbers[${i}].unit`, "required");
    if (!isStr(n.label)) at(`numbers[${i}].label`, "required");
    refOrPlace(`numbers[${i}].about`, n.about, allKinds);
    if (n.qualifier !== undefined && !["EXACT", "MORE_THAN", "AT_LEAST", "APPROXIMATE"].includes(String(n.qualifier)))
      at(`numbers[${i}].qualifier`, `unknown ${JSON.stringify(n.qualifier)}`);
  });
  list("outcomes").forEach((o, i) => {
    if (!GOLD_OUTCOME_TYPES.includes(String(o.outcomeType))) at(`outcomes[${i}].outcomeType`, `one of ${GOLD_OUTCOME_TYPES.join(" ")}, got ${JSON.stringify(o.outcomeType)}`);
    if (!isStr(o.text)) at(`outcomes[${i}].text`, "required");
    ref(`outcomes[${i}].about`, o.about, ["events", "projects", "programs", "models"]);
  });

  const roles = enumValues(Role);
  list("relationships").forEach((r, i) => {
    const where = `relationships[${i}]`;
    if (!GOLD_REL_TYPES.includes(String(r.type))) at(`${where}.type`, `unknown ${JSON.stringify(r.type)}`);
    if (r.type === RelType.LOCATED_IN || r.type === RelType.COVERS) {
      refOrPlace(`${where}.from`, r.from, allKinds);
      declaredPlace(`${where}.to`, r.to);
    } else {
      refOrPlace(`${where}.from`, r.from, allKinds);
      refOrPlace(`${where}.to`, r.to, allKinds);
    }
    if (r.type === RelType.INVOLVED_IN) {
      if (!roles.includes(String(r.role))) at(`${where}.role`, `INVOLVED_IN needs a role of ${roles.join(" ")}, got ${JSON.stringify(r.role)}`);
    } else if (r.role !== undefined) at(`${where}.role`, `only INVOLVED_IN takes a role`);
    if (r.inferred !== undefined && !isStr(r.inferred)) at(`${where}.inferred`, "a non-empty reason");
  });

  // Quotes: evidence only, never text.
  const scanQuotes = (v: unknown, where: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => scanQuotes(x, `${where}[${i}]`));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (k === "quote" && isStr(x) && words(x) > MAX_QUOTE_WORDS) at(`${where}.quote`, `${words(x)} words; a quote is at most ${MAX_QUOTE_WORDS}`);
        else scanQuotes(x, `${where}.${k}`);
      }
  };
  scanQuotes(g, "");

  list("questions").forEach((q, i) => {
    const where = `questions[${i}]`;
    if (!isStr(q.q)) at(`${where}.q`, "required");
    if (!isStr(q.answer)) at(`${where}.answer`, "required");
    if (!Array.isArray(q.expect) || q.expect.length === 0 || !q.expect.every(isStr)) at(`${where}.expect`, "a non-empty list of strings");
    if (!isStr(q.query)) {
      at(`${where}.query`, "required");
      return;
    }
    let doc;
    try {
      doc = parse(q.query);
    } catch (e) {
      at(`${where}.query`, `does not parse: ${errorMessage(e)}`);
      return;
    }
    for (const err of validate(ctx.schema, doc)) at(`${where}.query`, err.message);
    // Anchors: place ids must exist; other ids only when the seeds hold them (never a draft's id);
    // a query with no anchor at all (no place, seed id or text) would answer from the whole graph.
    let anchored = false;
    visit(doc, {
      StringValue(node) {
        const v = node.value;
        if (/^vn(2025)?:/.test(v)) {
          knownPlace(`${where}.query`, v);
          anchored = true;
        } else if (/^[a-z]+:[a-z0-9-]+/.test(v)) {
          if (ctx.seedIds.has(v)) anchored = true;
          else at(`${where}.query`, `anchored on ${v}, which is neither a place nor a seed id (draft ids are unknown in advance)`);
        }
      },
      Argument(node) {
        if (node.name.value === "text") anchored = true;
      },
      ObjectField(node) {
        if (node.name.value === "text") anchored = true;
      },
    });
    if (!anchored) at(`${where}.query`, "has no anchor: give a place id, a seed id or search text");
    if (!doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) at(`${where}.query`, "no operation");
  });
  const nq = list("questions").length;
  if (nq < 3 || nq > 5) at("questions", `3 to 5 questions, got ${nq}`);
  return problems;
}

/** The guard of a validated file: a mapping in which validateGold found no problem has GoldFile's shape. */
const isSoundGold = (data: unknown, problems: readonly string[]): data is GoldFile => isRecord(data) && problems.length === 0;

/** Reads and checks one gold file; the file is returned only when it has no problem. */
export function loadGoldFile(file: string, ctx: GoldContext): { gold?: GoldFile; problems: string[] } {
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, "utf8"), { filename: path.basename(file) });
  } catch (e) {
    return { problems: [`${path.basename(file)}: does not parse: ${errorMessage(e)}`] };
  }
  const problems = validateGold(data, file, ctx);
  return isSoundGold(data, problems) ? { gold: data, problems } : { problems };
}

/**
 * Every gold file of a folder, checked (for the scorer): the sound files, and the problems of the
 * others, which a caller must report rather than score around.
 */
export function loadGoldCorpus(goldDir: string = GOLD_DIR, ctx: GoldContext = goldContext(goldDir)): { gold: GoldFile[]; problems: string[] } {
  const gold: GoldFile[] = [];
  const problems: string[] = [];
  for (const file of listGoldFiles(goldDir)) {
    const one = loadGoldFile(file, ctx);
    if (one.gold) gold.push(one.gold);
    problems.push(...one.problems);
  }
  return { gold, problems };
}
