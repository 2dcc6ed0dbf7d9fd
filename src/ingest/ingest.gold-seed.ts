/**
 * The gold of an article as a seed file: what a perfect draft would hold. `npm run ingest:score
 * -- --ceiling` loads these instead of the drafts and asks the gold questions, which tells a
 * question the API cannot answer from the facts it asks about (a question to fix) from one the
 * drafts miss. Entities get the seed id the gold names (`existing:`) or `<kind>:g<NN>-<key>`;
 * each quote is the entity's own name (the gold keeps no text); a model with places or actors
 * becomes a MODEL_RUN intervention in those places, as curators record a model's runs; each
 * outcome an Outcome named by the gold's words, on what it is about;
 * relationships the model table does not allow between those kinds are left out and counted.
 */
import { slugify } from "../common/text";
import { ActivityKind, PlaceLevel, Qualifier, Role, SourceKind } from "../graph/graph.enums";
import { Label, OUTCOME_HOLDERS, RELATIONSHIPS, RelType } from "../graph/graph.model";
import type { EntityKind, SeedEntity, SeedFile, SeedMetric, SeedRelationship, SeedRelType } from "../seed/seed.schema";
import type { GoldFile } from "./ingest.gold";

export interface GoldSeed {
  seed: SeedFile;
  /** Gold relationships the model table does not allow as written, e.g. APPLIES from an event. */
  dropped: string[];
}

const isPlaceId = (v: string): boolean => /^vn(2025)?:/.test(v);

const entity = (kind: EntityKind, id: string, name: string, props: Record<string, unknown> = {}): SeedEntity => ({
  kind,
  id,
  name,
  quote: name,
  ...Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null)),
});

const rel = (from: string, type: SeedRelType, to: string, quote: string, props: Record<string, unknown> = {}): SeedRelationship => ({ from, type, to, quote, ...props });

/** The relationship type the model table allows from `from` to `to`, if `type` names one. */
function allowedType(type: string, from: Label, to: Label): SeedRelType | undefined {
  const spec = RELATIONSHIPS.find((r) => r.type === type && r.from.includes(from) && r.to.includes(to));
  return spec && spec.type !== RelType.MENTIONED_IN && spec.type !== RelType.HAS_METRIC && spec.type !== RelType.HAS_CLAIM ? spec.type : undefined;
}

export function goldAsSeed(gold: GoldFile): GoldSeed {
  const nn = gold.article;
  const entities: SeedEntity[] = [];
  const relationships: SeedRelationship[] = [];
  const dropped: string[] = [];
  /** Gold key → [seed id, label]. */
  const ids = new Map<string, [string, Label]>();
  const placeLabel = new Map<string, string>();

  const add = (
    label: Label.Organization | Label.Person | Label.Program | Label.Project | Label.Event | Label.Model,
    key: string,
    id: string,
    name: string,
    props: Record<string, unknown>,
  ): void => {
    ids.set(key, [id, label]);
    entities.push(entity(label, id, name, props));
  };
  const local = (prefix: string, key: string): string => `${prefix}:g${nn}-${key}`;

  /** Where a unit the gazetteer lacks is referred to: a village gets its own place, other units their parent. */
  const placeAlias = new Map<string, string>();
  for (const p of gold.places ?? []) {
    if (!p.id && p.level !== PlaceLevel.VILLAGE) {
      if (p.parent) placeAlias.set(`${p.parent}:${slugify(p.name)}`, p.parent);
      continue;
    }
    const id = p.id ?? `${p.parent}:${slugify(p.name)}`;
    placeLabel.set(id, p.name);
    entities.push(entity(Label.Place, id, p.name, { level: p.level }));
    if (!p.id && p.parent) relationships.push(rel(id, RelType.PART_OF, p.parent, p.name));
  }
  for (const o of gold.organizations ?? []) add(Label.Organization, o.key, o.existing ?? local("org", o.key), o.name, { aliases: o.aliases, orgType: o.orgType });
  for (const p of gold.people ?? []) add(Label.Person, p.key, local("person", p.key), p.name, {});
  for (const p of gold.programs ?? []) add(Label.Program, p.key, p.existing ?? local("program", p.key), p.name, { aliases: p.aliases });
  for (const p of gold.projects ?? []) add(Label.Project, p.key, p.existing ?? local("project", p.key), p.name, { aliases: p.aliases, startDate: p.start, endDate: p.end });
  for (const e of gold.events ?? []) add(Label.Event, e.key, local("event", e.key), e.name, { eventType: e.eventType, startDate: e.start, endDate: e.end });
  for (const m of gold.models ?? []) add(Label.Model, m.key, m.existing ?? local("model", m.key), m.name, { category: m.category });

  const quote = (key: string): string => {
    const known = ids.get(key);
    return known ? (entities.find((e) => e.id === known[0])?.name ?? key) : (placeLabel.get(key) ?? key);
  };
  const endOf = (key: string): [string, Label] | undefined => (isPlaceId(key) ? [placeAlias.get(key) ?? key, Label.Place] : ids.get(key));

  const place = (id: string): string => placeAlias.get(id) ?? id;
  for (const o of gold.organizations ?? []) if (o.place) relationships.push(rel(ids.get(o.key)![0], RelType.LOCATED_IN, place(o.place), o.name));
  for (const e of gold.events ?? []) for (const p of e.places ?? []) relationships.push(rel(ids.get(e.key)![0], RelType.LOCATED_IN, place(p), e.name));
  for (const p of gold.people ?? [])
    if (p.organization && ids.has(p.organization))
      relationships.push(rel(ids.get(p.key)![0], RelType.MEMBER_OF, ids.get(p.organization)![0], p.name, p.position ? { position: p.position } : {}));
  for (const p of gold.projects ?? []) if (p.program && ids.has(p.program)) relationships.push(rel(ids.get(p.key)![0], RelType.PART_OF, ids.get(p.program)![0], p.name));

  // A model with places or actors: its run, an intervention in those places.
  for (const m of gold.models ?? []) {
    if (!m.where?.length && !m.who?.length) continue;
    const run = local("intervention", `${m.key}-model-run`);
    if (entities.some((e) => e.id === run)) continue;
    entities.push(entity(Label.Intervention, run, m.name, { activity: ActivityKind.MODEL_RUN }));
    relationships.push(rel(run, RelType.APPLIES, ids.get(m.key)![0], m.name));
    for (const p of m.where ?? []) relationships.push(rel(run, RelType.LOCATED_IN, place(p), m.name));
    for (const who of m.who ?? []) {
      const actor = ids.get(who);
      if (actor) relationships.push(rel(actor[0], RelType.INVOLVED_IN, run, quote(who), { role: Role.IMPLEMENTER }));
    }
  }

  // What an event or project ran or trained on, the way curators record it: an intervention of
  // that event or project (PART_OF it), in its places, with its actors, that APPLIES the model
  // (MODEL_RUN) or TRAINS_ON it (TRAINING).
  const placesOf = (key: string): string[] => [
    ...(gold.events ?? []).filter((e) => e.key === key).flatMap((e) => e.places ?? []),
    ...(gold.relationships ?? []).filter((r) => r.from === key && (r.type === RelType.COVERS || r.type === RelType.LOCATED_IN)).map((r) => r.to),
  ];
  const runs = new Map<string, string>();
  const runOf = (key: string, type: RelType.APPLIES | RelType.TRAINS_ON): string | undefined => {
    const owner = ids.get(key);
    if (!owner || !allowedType(RelType.PART_OF, Label.Intervention, owner[1])) return undefined;
    const activity = type === RelType.APPLIES ? ActivityKind.MODEL_RUN : ActivityKind.TRAINING;
    const id = local("intervention", `${key}-${activity.toLowerCase().replace("_", "-")}`);
    if (runs.has(id)) return id;
    runs.set(id, key);
    if (entities.some((e) => e.id === id)) return id;
    const name = entities.find((e) => e.id === owner[0])?.name ?? key;
    entities.push(entity(Label.Intervention, id, name, { activity }));
    relationships.push(rel(id, RelType.PART_OF, owner[0], name));
    for (const p of placesOf(key)) relationships.push(rel(id, RelType.LOCATED_IN, placeAlias.get(p) ?? p, name));
    for (const r of gold.relationships ?? [])
      if (r.type === RelType.INVOLVED_IN && r.to === key && ids.has(r.from) && r.role)
        relationships.push(rel(ids.get(r.from)![0], RelType.INVOLVED_IN, id, quote(r.from), { role: r.role }));
    return id;
  };

  const seen = new Set(relationships.map((r) => `${r.from}|${r.type}|${r.role ?? ""}|${r.to}`));
  for (const r of gold.relationships ?? []) {
    if (r.type === RelType.HAS_OUTCOME) continue;
    if ((r.type === RelType.APPLIES || r.type === RelType.TRAINS_ON) && ids.get(r.from)?.[1] !== Label.Intervention && ids.get(r.to)?.[1] === Label.Model) {
      const run = runOf(r.from, r.type);
      if (run) {
        relationships.push(rel(run, r.type, ids.get(r.to)![0], r.quote ?? quote(r.to)));
        continue;
      }
    }
    const from = endOf(r.from);
    const to = endOf(r.to);
    const type = from && to ? allowedType(r.type, from[1], to[1]) : undefined;
    if (!from || !to || !type) {
      dropped.push(`${r.from} -${r.type}-> ${r.to}`);
      continue;
    }
    const key = `${from[0]}|${r.type}|${r.role ?? ""}|${to[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const props: Record<string, unknown> = {};
    if (r.type === RelType.MEMBER_OF && r.position) props.position = r.position;
    if (r.type === RelType.GAVE_TO && r.what) props.what = r.what;
    if (r.role) props.role = r.role;
    relationships.push(rel(from[0], type, to[0], r.quote ?? quote(r.from), props));
  }

  // Outcomes: each an Outcome named by the gold's own words, HAS_OUTCOME from what it is about (a kind that may hold one).
  (gold.outcomes ?? []).forEach((o, i) => {
    const on = endOf(o.about);
    if (!on || !OUTCOME_HOLDERS.includes(on[1])) {
      dropped.push(`${o.about} -HAS_OUTCOME-> outcome ${i + 1}`);
      return;
    }
    const id = local("outcome", String(i + 1));
    entities.push(entity(Label.Outcome, id, o.text, { outcomeType: o.outcomeType }));
    relationships.push(rel(on[0], RelType.HAS_OUTCOME, id, o.text));
  });

  // Numbers: metrics of what they are about (a place's numbers are left out: places take none).
  for (const n of gold.numbers ?? []) {
    const on = ids.get(n.about);
    const e = on && entities.find((x) => x.id === on[0]);
    if (!e) continue;
    const metrics: SeedMetric[] = (e.metrics ??= []);
    let key = slugify(n.label).slice(0, 40) || "number";
    while (metrics.some((m) => m.key === key)) key += "-x";
    metrics.push({ key, value: n.value, unit: n.unit, label: n.label, quote: n.label, ...(n.qualifier ? { qualifier: Qualifier[n.qualifier] } : {}) });
  }

  const source: SeedFile["source"] = {
    id: `src:g${nn}`,
    kind: SourceKind.ARTICLE,
    title: gold.source.title ?? `Article ${nn}`,
    file: `${nn}.txt`,
    language: gold.language,
    ...(gold.source.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(gold.source.publishedOn) ? { publishedOn: gold.source.publishedOn } : {}),
  };
  // One line per relationship key, as the seed loader wants.
  const unique = [...new Map(relationships.map((r) => [`${r.from}|${r.type}|${r.role ?? ""}|${r.to}`, r])).values()];
  return { seed: { source, entities, relationships: unique }, dropped };
}
