/**
 * Reads seed files, validates them and gathers them into one plan of writes: each source's own
 * statements, and a merged view of the entities. Pure file work: no database.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { SourceKind } from "../graph/graph.enums";
import { type Conflict, mergeStatements, type Statement } from "./seed.merge";
import {
  type EntityKind,
  type SeedEntity,
  type SeedFile,
  type SeedRelationship,
  type SeedSource,
  SeedValidationError,
  validateSeedFile,
} from "./seed.schema";

/** What one source says about one entity it declares: the entity as that file writes it. */
export interface SeedMention {
  sourceId: string;
  entityId: string;
  quote: string;
  entity: SeedEntity;
}

export interface SeedPlan {
  sources: SeedSource[];
  /**
   * One entry per entity id, merged across the files of the plan by the rule of seed.merge.ts
   * (the graph applies the same rule, over every source it holds). For reading and checks only:
   * the writer stores each source's own statement (`mentions`) and derives nodes from those.
   */
  entities: SeedEntity[];
  /** Per source: each entity it declares, with its quote and its statement of the properties. */
  mentions: SeedMention[];
  relationships: (SeedRelationship & { sourceId: string })[];
  /** Metrics and claims keep the source that stated them. */
  metrics: { sourceId: string; entityId: string; metric: NonNullable<SeedEntity["metrics"]>[number] }[];
  claims: { sourceId: string; entityId: string; claim: NonNullable<SeedEntity["claims"]>[number] }[];
  /** Properties that files of this plan state differently (not an error: see seed.merge.ts). */
  conflicts: Conflict[];
}

/** A seed file read and parsed, not yet validated. */
export interface ParsedSeedFile {
  /** The path as shown in messages (relative to the working directory). */
  file: string;
  data: unknown;
}

/** The seed files in load order: places.yaml first, then articles by file name. */
export function listSeedFiles(seedDir: string): string[] {
  const files = [path.join(seedDir, "places.yaml")];
  const articles = path.join(seedDir, "articles");
  if (existsSync(articles)) {
    files.push(
      ...readdirSync(articles)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
        .map((f) => path.join(articles, f)),
    );
  }
  return files;
}

/** Reads and parses YAML files; throws SeedValidationError naming a file that is not YAML. */
export function parseSeedFiles(files: string[]): ParsedSeedFile[] {
  return files.map((file) => {
    const rel = path.relative(process.cwd(), file) || file;
    if (!existsSync(file)) throw new SeedValidationError(rel, ["file not found"]);
    try {
      return { file: rel, data: yaml.load(readFileSync(file, "utf8"), { filename: rel }) };
    } catch (err) {
      throw new SeedValidationError(rel, [(err as Error).message]);
    }
  });
}

/**
 * The source ids and every entity id (declared or referenced) of parsed files, read leniently
 * before validation: what the loader must look up in the graph to validate one file on its own.
 */
export function idsOf(parsed: ParsedSeedFile[]): { sourceIds: string[]; entityIds: string[] } {
  const sourceIds = new Set<string>();
  const entityIds = new Set<string>();
  const str = (v: unknown): v is string => typeof v === "string";
  for (const { data } of parsed) {
    const doc = (data ?? {}) as { source?: { id?: unknown }; entities?: unknown; relationships?: unknown };
    if (str(doc.source?.id)) sourceIds.add(doc.source.id);
    for (const e of Array.isArray(doc.entities) ? doc.entities : []) if (str(e?.id)) entityIds.add(e.id);
    for (const r of Array.isArray(doc.relationships) ? doc.relationships : []) {
      if (str(r?.from)) entityIds.add(r.from);
      if (str(r?.to)) entityIds.add(r.to);
    }
  }
  return { sourceIds: [...sourceIds], entityIds: [...entityIds] };
}

/** The properties of an entity that a source states about it (not its identity or evidence). */
export function statedProps(e: SeedEntity): Record<string, unknown> {
  const { kind: _kind, id: _id, quote: _quote, metrics: _metrics, claims: _claims, ...props } = e;
  return props;
}

/**
 * Validates parsed seed files and gathers them into one plan. `known` holds entities the files
 * may reference without declaring them (kind by id): those of the graph when loading single
 * files; files may also reference entities of files before them. Throws SeedValidationError
 * naming the file and every problem; nothing is returned half-checked.
 */
export function buildSeedPlan(parsed: ParsedSeedFile[], known: ReadonlyMap<string, EntityKind> = new Map()): SeedPlan {
  const knownIds = new Map(known);
  const plan: SeedPlan = { sources: [], entities: [], mentions: [], relationships: [], metrics: [], claims: [], conflicts: [] };
  const sourceIds = new Set<string>();

  for (const { file, data } of parsed) {
    const seed: SeedFile = validateSeedFile(file, data, knownIds);
    if (sourceIds.has(seed.source.id)) throw new SeedValidationError(file, [`source id ${seed.source.id} is used by another file`]);
    sourceIds.add(seed.source.id);
    plan.sources.push(seed.source);

    for (const e of seed.entities) {
      knownIds.set(e.id, e.kind);
      plan.mentions.push({ sourceId: seed.source.id, entityId: e.id, quote: e.quote, entity: e });
      for (const metric of e.metrics ?? []) plan.metrics.push({ sourceId: seed.source.id, entityId: e.id, metric });
      for (const claim of e.claims ?? []) plan.claims.push({ sourceId: seed.source.id, entityId: e.id, claim });
    }
    for (const r of seed.relationships) plan.relationships.push({ ...r, sourceId: seed.source.id });
  }

  const kindOf = new Map(plan.sources.map((s) => [s.id, s.kind as string]));
  const byId = new Map<string, SeedMention[]>();
  for (const m of plan.mentions) byId.set(m.entityId, [...(byId.get(m.entityId) ?? []), m]);
  for (const [id, mentions] of byId) {
    const statements: Statement[] = mentions.map((m) => ({ sourceId: m.sourceId, sourceKind: kindOf.get(m.sourceId)!, props: statedProps(m.entity) }));
    const { props, conflicts, winner } = mergeStatements(id, statements);
    const first = mentions.find((m) => m.sourceId === winner!.sourceId)!;
    plan.entities.push({ ...props, kind: first.entity.kind, id, quote: first.quote } as SeedEntity);
    plan.conflicts.push(...conflicts);
  }
  return plan;
}

/**
 * Reads, validates and gathers the given seed files (see buildSeedPlan). Pure file work when
 * `known` is empty: the unit tests and `npm run seed:check` use it.
 */
export function readSeedPlan(files: string[], known?: ReadonlyMap<string, EntityKind>): SeedPlan {
  return buildSeedPlan(parseSeedFiles(files), known);
}

/** Collapses runs of white space so that quotes match across line wrapping. */
const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Checks that every quote of every ARTICLE source appears verbatim (white space aside) in the
 * article file under `articleDir`. Returns the problems found; an empty list means all quotes hold.
 */
export function findMissingQuotes(plan: SeedPlan, articleDir: string): string[] {
  const texts = new Map<string, string>();
  const problems: string[] = [];
  for (const source of plan.sources) {
    if (source.kind !== SourceKind.ARTICLE) continue;
    if (!source.file) {
      problems.push(`${source.id}: an ARTICLE source needs its file name`);
      continue;
    }
    const file = path.join(articleDir, source.file);
    if (!existsSync(file)) {
      problems.push(`${source.id}: article ${file} not found`);
      continue;
    }
    texts.set(source.id, squash(readFileSync(file, "utf8")));
  }
  const check = (sourceId: string, what: string, quote: string): void => {
    const text = texts.get(sourceId);
    if (text !== undefined && !text.includes(squash(quote))) problems.push(`${sourceId} ${what}: quote not found in the article: "${quote}"`);
  };
  for (const m of plan.mentions) check(m.sourceId, m.entityId, m.quote);
  for (const m of plan.metrics) check(m.sourceId, `${m.entityId}#${m.metric.key}`, m.metric.quote);
  for (const c of plan.claims) check(c.sourceId, `${c.entityId}#${c.claim.key}`, c.claim.quote);
  for (const r of plan.relationships) check(r.sourceId, `${r.from} -${r.type}-> ${r.to}`, r.quote);
  return problems;
}
