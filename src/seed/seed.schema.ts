/**
 * The shape of a seed file (seeds/*.yaml, seeds/articles/*.yaml) and its validation.
 *
 * A seed file holds one Source and the facts taken from it: entities (nodes) and relationships,
 * each with the quote that supports it. Validation is pure (no database) so that a unit test can
 * check every committed seed file, and the loader refuses a file before writing anything.
 */
import { ENTITY_LABELS, KIND_LIST, KINDS, type KindName, type Label, type PropType, RELATIONSHIPS, RelType } from "../graph/graph.model";
import { Qualifier, Role, SourceKind } from "../graph/graph.enums";
import { unconfirmedDrafts } from "./seed.drafts";

export interface SeedSource {
  id: string;
  kind: SourceKind;
  title: string;
  file?: string;
  /**
   * A source curated in the workbench (/curate): the id of the Draft that holds its text in the
   * graph (`draft:…`). Its text is never in the repository (third-party writing), so it has no
   * `file`; its quotes were checked against that text when it was published. ARTICLE only.
   */
  curated?: string;
  url?: string;
  publisher?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD) the source was published, when it says so. */
  publishedOn?: string;
  language: string;
  license?: string;
  note?: string;
}

export interface SeedMetric {
  /** Unique within the entity; the metric id is `<entity id>#<key>`. */
  key: string;
  value: number;
  unit: string;
  label: string;
  qualifier?: Qualifier;
  quote: string;
  /** Set when the source does not state the number itself: why the curator inferred it (contract 1). */
  inferred?: string;
}

/** A statement that disagrees with another one (or with the entity's chosen value). */
export interface SeedClaim {
  key: string;
  property: string;
  value: string;
  quote: string;
  note?: string;
}

/** A seed entity's kind: the label of a kind of the model table (graph.model.ts). */
export type EntityKind = `${(typeof KINDS)[KindName]["label"]}`;

/** Every seed kind, in the model table's order. */
export const ENTITY_KINDS: readonly EntityKind[] = Object.values(KINDS).map((k) => `${k.label}` as const);

/** The seed kind named `name` (a label of the model table's kinds), or undefined. */
export const entityKindOf = (name: string): EntityKind | undefined => ENTITY_KINDS.find((k) => k === name);

/** The model table's label of a seed kind. */
export function kindLabel(kind: EntityKind): Label {
  const label = ENTITY_LABELS.find((l) => l === kind);
  if (!label) throw new Error(`not a kind of the model table: ${kind}`);
  return label;
}

export interface SeedEntity {
  kind: EntityKind;
  id: string;
  name: string;
  nameEn?: string;
  aliases?: string[];
  description?: string;
  note?: string;
  /** Set when the source does not state that the entity exists: why the curator inferred it. Stored on this source's MENTIONED_IN. */
  inferred?: string;
  quote: string;
  metrics?: SeedMetric[];
  claims?: SeedClaim[];
  [prop: string]: unknown;
}

/** Relationship types a seed file may state; provenance edges are written by the loader. */
export type SeedRelType = Exclude<RelType, RelType.MENTIONED_IN | RelType.HAS_METRIC | RelType.HAS_CLAIM>;

export interface SeedRelationship {
  from: string;
  type: SeedRelType;
  to: string;
  role?: Role;
  quote: string;
  note?: string;
  /**
   * Set when the source does not state the relationship itself but a curator inferred it from
   * the source (the quote is what the inference rests on): the reason, a non-empty string. Stored
   * as the relationship's `inferred` property; absent means the source states it.
   */
  inferred?: string;
  [prop: string]: unknown;
}

export interface SeedFile {
  source: SeedSource;
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

const COMMON_PROPS: Record<string, PropType> = {
  kind: "string",
  id: "string",
  name: "string",
  nameEn: "string",
  aliases: "stringList",
  description: "string",
  note: "string",
  inferred: "string",
  quote: "string",
};

/** Kind-specific properties a seed entity may carry, and their types: the model table's, plus dates for dated kinds. */
export const ENTITY_PROPS: Readonly<Record<string, Record<string, PropType>>> = Object.fromEntries(
  KIND_LIST.map((kind) => [
    kind.label,
    {
      ...Object.fromEntries(Object.entries(kind.props).map(([name, prop]) => [name, prop.type])),
      ...(kind.dated ? { startDate: "date", endDate: "date" } : {}),
    },
  ]),
);

/** Properties a kind requires in seed files (the model table's `required`). */
const REQUIRED_PROPS: Readonly<Record<string, string[]>> = Object.fromEntries(
  KIND_LIST.map((kind) => [
    kind.label,
    Object.entries(kind.props)
      .filter(([, p]) => p.required)
      .map(([name]) => name),
  ]),
);

/** Every property a seed file may state about an entity (its kind, id and quote aside). */
export const STATED_ENTITY_PROPS: ReadonlySet<string> = new Set(
  [...Object.keys(COMMON_PROPS), ...Object.values(ENTITY_PROPS).flatMap((props) => Object.keys(props))].filter((name) => !["kind", "id", "quote"].includes(name)),
);

interface RelRule {
  from: readonly string[];
  to: readonly string[];
  role: "required" | "forbidden";
  props?: Record<string, PropType>;
}

/** Relationship types, the kinds allowed at each end, whether a role is required, extra props: the model table's. */
export const REL_RULES: Readonly<Partial<Record<string, RelRule>>> = Object.fromEntries(
  RELATIONSHIPS.map((rel) => [rel.type, { from: rel.from, to: rel.to, role: rel.role, props: Object.fromEntries(Object.entries(rel.props ?? {}).map(([n, p]) => [n, p.type])) }]),
);

/** What a seed metric may carry. */
const METRIC_PROPS: ReadonlySet<string> = new Set(["key", "value", "unit", "label", "qualifier", "quote", "inferred"]);

const ID_PATTERN = /^[a-z][a-z0-9]*(?::[a-z0-9][a-z0-9-]*)+$/;
const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Thrown when a seed file does not match the seed schema; lists every problem found. */
export class SeedValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n  - ${problems.join("\n  - ")}`);
    this.name = "SeedValidationError";
  }
}

function checkProp(where: string, name: string, value: unknown, type: PropType, problems: string[]): void {
  if (value === undefined || value === null) return;
  if (type === "string") {
    if (typeof value !== "string" || value.trim() === "") problems.push(`${where}: ${name} must be a non-empty string`);
  } else if (type === "date") {
    if (typeof value !== "string" || !DATE_PATTERN.test(value) || !isRealDate(value)) {
      problems.push(`${where}: ${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML), got ${String(value)}`);
    }
  } else if (type === "int") {
    if (!Number.isInteger(value)) problems.push(`${where}: ${name} must be an integer`);
  } else if (type === "float") {
    if (typeof value !== "number" || !Number.isFinite(value)) problems.push(`${where}: ${name} must be a number`);
  } else if (type === "boolean") {
    if (typeof value !== "boolean") problems.push(`${where}: ${name} must be true or false`);
  } else if (type === "stringList") {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) {
      problems.push(`${where}: ${name} must be a list of non-empty strings`);
    }
  } else {
    const values = Object.values(type.enum).filter((v) => !type.except?.includes(v));
    if (!values.some((v) => v === value)) problems.push(`${where}: ${name} must be one of ${values.join(", ")}, got ${String(value)}`);
  }
}

/**
 * `inferred` (contract 1): when present, the curator's reason, a non-empty string. An empty line
 * (`inferred:` is null in YAML) or `inferred: true` is refused: a fact marked inferred says why.
 */
function checkInferred(where: string, x: object, problems: string[]): void {
  if (!("inferred" in x)) return;
  const value = x.inferred;
  if (typeof value !== "string" || value.trim() === "") {
    problems.push(`${where}: inferred must be a non-empty string, the reason the fact is inferred (e.g. "The article names no village."), got ${JSON.stringify(value)}`);
  }
}

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks one parsed seed file. `knownIds` holds entity ids declared elsewhere (other seed files,
 * or the graph when one file is loaded on its own), so that relationships may point at them (a
 * village's commune, a shared program); `knownIdsFrom` says where, for the error message.
 * Throws SeedValidationError with every problem, or returns the file typed.
 */
export function validateSeedFile(file: string, data: unknown, knownIds: ReadonlyMap<string, EntityKind>, knownIdsFrom = "a file loaded before it or the graph"): SeedFile {
  // A draft written by `npm run ingest` is loaded only once a curator has confirmed every proposal.
  const drafts = unconfirmedDrafts(data);
  if (drafts.length) {
    throw new SeedValidationError(file, [`${drafts.length} unconfirmed draft(s): review each and delete its \`draft\` line`, ...drafts]);
  }
  const problems: string[] = [];
  const doc = (data ?? {}) as Partial<SeedFile>;
  const src = doc.source as SeedSource | undefined;
  if (!src || typeof src !== "object") {
    problems.push("source is missing");
  } else {
    for (const key of ["id", "title", "language"] as const) {
      if (typeof src[key] !== "string" || src[key].trim() === "") problems.push(`source.${key} is required`);
    }
    if (typeof src.id === "string" && !ID_PATTERN.test(src.id)) problems.push(`source.id ${src.id} is not a valid id`);
    if (!Object.values(SourceKind).includes(src.kind)) problems.push(`source.kind must be one of ${Object.values(SourceKind).join(", ")}`);
    if (src.publishedOn !== undefined) checkProp("source", "publishedOn", src.publishedOn, "date", problems);
    if (src.curated !== undefined) {
      if (typeof src.curated !== "string" || !ID_PATTERN.test(src.curated) || !src.curated.startsWith("draft:")) {
        problems.push(`source.curated must be the id of the workbench draft holding the text ("draft:…"), got ${JSON.stringify(src.curated)}`);
      }
      if (src.file !== undefined) problems.push("source.curated and source.file exclude each other: a curated source's text is in its draft, never a file");
      if (src.kind !== SourceKind.ARTICLE) problems.push("source.curated is for ARTICLE sources");
    }
  }
  if (!Array.isArray(doc.entities)) problems.push("entities must be a list");
  if (!Array.isArray(doc.relationships)) problems.push("relationships must be a list");
  if (problems.length) throw new SeedValidationError(file, problems);

  const local = new Map<string, EntityKind>();
  for (const [i, e] of (doc.entities as SeedEntity[]).entries()) {
    const where = `entities[${i}]${e?.id ? ` (${e.id})` : ""}`;
    if (!e || typeof e !== "object") {
      problems.push(`${where}: not an object`);
      continue;
    }
    if (!(e.kind in ENTITY_PROPS)) {
      problems.push(`${where}: kind must be one of ${Object.keys(ENTITY_PROPS).join(", ")}`);
      continue;
    }
    if (typeof e.id !== "string" || !ID_PATTERN.test(e.id)) problems.push(`${where}: id must look like "org:plan-international"`);
    if (local.has(e.id)) problems.push(`${where}: duplicate id in this file`);
    const earlier = knownIds.get(e.id);
    if (earlier && earlier !== e.kind) problems.push(`${where}: id already declared as ${earlier}`);
    local.set(e.id, e.kind);
    if (typeof e.name !== "string" || e.name.trim() === "") problems.push(`${where}: name is required`);
    if (typeof e.quote !== "string" || e.quote.trim() === "") problems.push(`${where}: quote is required`);
    const allowed = { ...COMMON_PROPS, ...ENTITY_PROPS[e.kind] };
    for (const [name, value] of Object.entries(e)) {
      if (name === "metrics" || name === "claims" || name === "inferred") continue;
      const type = allowed[name];
      if (!type) problems.push(`${where}: unknown property ${name} for ${e.kind}`);
      else checkProp(where, name, value, type, problems);
    }
    checkInferred(where, e, problems);
    for (const name of REQUIRED_PROPS[e.kind] ?? []) {
      if (e[name] === undefined || e[name] === null) problems.push(`${where}: a ${e.kind} needs ${name}`);
    }
    const keys = new Set<string>();
    for (const [j, m] of (e.metrics ?? []).entries()) {
      const mw = `${where}.metrics[${j}]`;
      if (typeof m.key !== "string" || !/^[a-z0-9-]+$/.test(m.key)) problems.push(`${mw}: key must be kebab-case`);
      if (keys.has(m.key)) problems.push(`${mw}: duplicate key ${m.key}`);
      keys.add(m.key);
      if (typeof m.value !== "number" || !Number.isFinite(m.value)) problems.push(`${mw}: value must be a number`);
      checkProp(mw, "unit", m.unit, "string", problems);
      checkProp(mw, "label", m.label, "string", problems);
      checkProp(mw, "quote", m.quote, "string", problems);
      if (m.unit === undefined || m.label === undefined || m.quote === undefined) problems.push(`${mw}: unit, label and quote are required`);
      checkProp(mw, "qualifier", m.qualifier, { enum: Qualifier, name: "Qualifier" }, problems);
      checkInferred(mw, m, problems);
      for (const name of Object.keys(m)) if (!METRIC_PROPS.has(name)) problems.push(`${mw}: unknown property ${name}`);
    }
    for (const [j, c] of (e.claims ?? []).entries()) {
      const cw = `${where}.claims[${j}]`;
      if (typeof c.key !== "string" || !/^[a-z0-9-]+$/.test(c.key)) problems.push(`${cw}: key must be kebab-case`);
      if (keys.has(c.key)) problems.push(`${cw}: duplicate key ${c.key}`);
      keys.add(c.key);
      for (const name of ["property", "value", "quote"] as const) {
        if (typeof c[name] !== "string" || c[name].trim() === "") problems.push(`${cw}: ${name} is required`);
      }
    }
  }

  const kindOf = (id: string): EntityKind | undefined => local.get(id) ?? knownIds.get(id);
  const relKeys = new Set<string>();
  const missing = new Set<string>();
  for (const [i, r] of (doc.relationships as SeedRelationship[]).entries()) {
    const where = `relationships[${i}] (${r?.from} -${r?.type}-> ${r?.to})`;
    const rule = REL_RULES[String(r?.type)];
    if (!rule) {
      problems.push(`${where}: type must be one of ${Object.keys(REL_RULES).join(", ")}`);
      continue;
    }
    const fromKind = kindOf(r.from);
    const toKind = kindOf(r.to);
    if (!fromKind) {
      problems.push(`${where}: unknown from id ${r.from}`);
      missing.add(String(r.from));
    } else if (!rule.from.includes(fromKind)) problems.push(`${where}: ${r.type} cannot start at a ${fromKind}`);
    if (!toKind) {
      problems.push(`${where}: unknown to id ${r.to}`);
      missing.add(String(r.to));
    } else if (!rule.to.includes(toKind)) problems.push(`${where}: ${r.type} cannot end at a ${toKind}`);
    if (rule.role === "required" && !Object.values(Role).some((role) => role === r.role)) {
      problems.push(`${where}: role must be one of ${Object.values(Role).join(", ")}`);
    }
    if (rule.role === "forbidden" && r.role !== undefined) problems.push(`${where}: ${r.type} takes no role`);
    if (typeof r.quote !== "string" || r.quote.trim() === "") problems.push(`${where}: quote is required`);
    const allowed: Record<string, PropType> = {
      from: "string",
      type: "string",
      to: "string",
      role: "string",
      quote: "string",
      note: "string",
      inferred: "string",
      ...(rule.props ?? {}),
    };
    checkInferred(where, r, problems);
    for (const [name, value] of Object.entries(r)) {
      if (name === "inferred") continue;
      const type = allowed[name];
      if (!type) problems.push(`${where}: unknown property ${name} for ${r.type}`);
      else checkProp(where, name, value, type, problems);
    }
    const key = relationshipKey(r);
    if (relKeys.has(key)) problems.push(`${where}: the same relationship is stated twice in this file`);
    relKeys.add(key);
  }
  if (missing.size) {
    problems.push(`unknown ids, declared neither in this file nor in ${knownIdsFrom}: ${[...missing].join(", ")}`);
  }
  if (problems.length) throw new SeedValidationError(file, problems);
  return doc as SeedFile;
}

/** Identity of a relationship within one source: endpoints, type and role. */
export function relationshipKey(r: Pick<SeedRelationship, "from" | "type" | "to" | "role">): string {
  return `${r.from}|${r.type}|${r.role ?? ""}|${r.to}`;
}
