/**
 * Reads every seed file, validates it and merges entities declared in several files into one
 * plan of writes. Pure file work: no database, so unit tests and `npm run seed:check` use it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { SourceKind } from "../graph/graph.model";
import {
  type EntityKind,
  type SeedEntity,
  type SeedFile,
  type SeedRelationship,
  type SeedSource,
  SeedValidationError,
  validateSeedFile,
} from "./seed.schema";

export interface SeedPlan {
  sources: SeedSource[];
  /** One entry per entity id; properties merged across files, first file's name canonical. */
  entities: SeedEntity[];
  /** Per source: the entities it mentions with the quote it gives. */
  mentions: { sourceId: string; entityId: string; quote: string }[];
  relationships: (SeedRelationship & { sourceId: string })[];
  /** Metrics and claims keep the source that stated them. */
  metrics: { sourceId: string; entityId: string; metric: NonNullable<SeedEntity["metrics"]>[number] }[];
  claims: { sourceId: string; entityId: string; claim: NonNullable<SeedEntity["claims"]>[number] }[];
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

const MERGED_LIST_PROPS = new Set(["aliases"]);
const PER_SOURCE_PROPS = new Set(["quote", "metrics", "claims", "kind", "id", "name", "note"]);

/**
 * Reads, validates and merges the given seed files. Throws SeedValidationError naming the file
 * and every problem; nothing is returned half-checked.
 */
export function readSeedPlan(files: string[]): SeedPlan {
  const known = new Map<string, EntityKind>();
  const entities = new Map<string, SeedEntity>();
  const plan: SeedPlan = { sources: [], entities: [], mentions: [], relationships: [], metrics: [], claims: [] };
  const sourceIds = new Set<string>();

  for (const file of files) {
    const rel = path.relative(process.cwd(), file);
    let data: unknown;
    try {
      data = yaml.load(readFileSync(file, "utf8"), { filename: rel });
    } catch (err) {
      throw new SeedValidationError(rel, [(err as Error).message]);
    }
    const seed: SeedFile = validateSeedFile(rel, data, known);
    const problems: string[] = [];
    if (sourceIds.has(seed.source.id)) problems.push(`source id ${seed.source.id} is used by another file`);
    sourceIds.add(seed.source.id);
    plan.sources.push(seed.source);

    for (const e of seed.entities) {
      known.set(e.id, e.kind);
      plan.mentions.push({ sourceId: seed.source.id, entityId: e.id, quote: e.quote });
      for (const metric of e.metrics ?? []) plan.metrics.push({ sourceId: seed.source.id, entityId: e.id, metric });
      for (const claim of e.claims ?? []) plan.claims.push({ sourceId: seed.source.id, entityId: e.id, claim });
      const earlier = entities.get(e.id);
      if (!earlier) {
        entities.set(e.id, { ...e, aliases: [...(e.aliases ?? [])] });
        continue;
      }
      // The first declaration names the entity; other wordings become aliases.
      const aliases = new Set([...(earlier.aliases ?? []), ...(e.aliases ?? [])]);
      if (e.name !== earlier.name) aliases.add(e.name);
      aliases.delete(earlier.name);
      earlier.aliases = [...aliases];
      for (const [prop, value] of Object.entries(e)) {
        if (PER_SOURCE_PROPS.has(prop) || MERGED_LIST_PROPS.has(prop)) continue;
        if (earlier[prop] === undefined) earlier[prop] = value;
        else if (JSON.stringify(earlier[prop]) !== JSON.stringify(value)) {
          problems.push(`${e.id}.${prop} is ${JSON.stringify(value)} here but ${JSON.stringify(earlier[prop])} in an earlier file`);
        }
      }
    }
    for (const r of seed.relationships) plan.relationships.push({ ...r, sourceId: seed.source.id });
    if (problems.length) throw new SeedValidationError(rel, problems);
  }
  plan.entities = [...entities.values()];
  return plan;
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
