/**
 * Writes seed plans to Neo4j, one transaction per load, merging with what other sources said.
 *
 * Each source keeps its own statement about every node it declares: the properties it gives are
 * stored on its (node)-[:MENTIONED_IN {quote, …}]->(Source) link, and the node's properties are
 * derived from all the statements it has (seed.merge.ts), with `SET n += …`. Relationships are
 * per source (their uid ends with the source id), so two sources stating one fact give two
 * relationships. Loading a source replaces only that source's statements: what it no longer
 * states is removed, found from the source itself (its MENTIONED_IN links, and the uids of its
 * relationships kept on the Source node), never by scanning the graph; a node goes when no
 * source mentions it any more. Running a load twice leaves the graph exactly as it was; a
 * failure leaves it as it was before.
 */
import neo4j from "neo4j-driver";
import { parsePartialDate } from "../common/dates";
import { foldDiacritics } from "../common/text";
import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import { ENTITY_LABELS, Label, RelType } from "../graph/graph.model";
import { type Conflict, mergeStatements, type Statement } from "./seed.merge";
import { statedProps, type SeedPlan } from "./seed.reader";
import { type EntityKind, relationshipKey, SeedValidationError, STATED_ENTITY_PROPS } from "./seed.schema";

const START_DATES = new Set(["startDate", "validFrom", "issuedOn", "publishedOn", "effectiveOn"]);
const END_DATES = new Set(["endDate", "validTo"]);
const DATE_PROPS = new Set([...START_DATES, ...END_DATES]);

/** The Source property listing the uids of the relationships that source states. */
const STATED_RELATIONSHIPS = "statedRelationships";

/** Node properties the loader owns: only these are removed when no source states them any more. */
const MANAGED_ENTITY_PROPS = [
  ...STATED_ENTITY_PROPS,
  ...[...STATED_ENTITY_PROPS].filter((p) => DATE_PROPS.has(p)).map((p) => `${p}Precision`),
  "searchText",
];
const MANAGED_METRIC_PROPS = ["key", "value", "unit", "label", "qualifier"];
const MANAGED_CLAIM_PROPS = ["key", "property", "value", "note"];

/** Converts partial-date strings to Neo4j dates plus a `<prop>Precision` property. */
function withDates(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (DATE_PROPS.has(key) && typeof value === "string") {
      const parsed = parsePartialDate(value, END_DATES.has(key) ? "end" : "start");
      if (!parsed) throw new Error(`invalid date ${key}=${value}`);
      out[key] = graphDate(parsed.date);
      out[`${key}Precision`] = parsed.precision;
    } else {
      out[key] = value;
    }
  }
  return out;
}

const graphDate = (iso: string): InstanceType<typeof neo4j.types.Date> => {
  const [y, m, d] = iso.split("-").map(Number);
  return new neo4j.types.Date(y, m, d);
};

/** Statements come back from the graph as plain values (dates as "YYYY-MM-DD"): dates again. */
function graphDates(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = DATE_PROPS.has(key) && typeof value === "string" ? graphDate(value) : value;
  return out;
}

/** Id of a metric or claim node: unique per entity and key. */
const attachedId = (entityId: string, key: string): string => `${entityId}#${key}`;

/** Identity of a stated relationship across runs: what it states and which source states it. */
const relationshipUid = (r: SeedPlan["relationships"][number]): string => `${relationshipKey(r)}|${r.sourceId}`;

/** The ends of a relationship, read back from its uid (ids and roles never contain "|"). */
function uidEnds(uid: string): { uid: string; from: string; to: string } {
  const [from, , , to] = uid.split("|");
  return { uid, from, to };
}

/** Removes from `x` every property in `keys` that `row.props` does not give (after `SET x += row.props`). */
const unsetOthers = (x: string, keys: string): string =>
  `WITH ${x}, row FOREACH (k IN [k IN keys(${x}) WHERE ${keys} AND NOT k IN keys(row.props)] | SET ${x}[k] = null)`;

export interface SeedResult {
  sources: number;
  entities: number;
  relationships: number;
  /** Statements and nodes removed because the loaded sources no longer state them. */
  pruned: number;
  /** Properties of the nodes this load touched that sources state differently. */
  conflicts: Conflict[];
}

/**
 * The entities among `ids` that sources other than `excludingSources` mention, with their kind:
 * what a file loaded on its own may reference without declaring it.
 */
export async function findKnownEntities(tx: TxRunner, ids: string[], excludingSources: string[]): Promise<Map<string, EntityKind>> {
  const rows = await tx.run<{ id: string; kinds: string[] }>(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id})
     WHERE EXISTS { MATCH (n)-[:${RelType.MENTIONED_IN}]->(s:${Label.Source}) WHERE NOT s.id IN $excludingSources }
     RETURN id, [l IN labels(n) WHERE l IN $kinds] AS kinds`,
    { ids, excludingSources, kinds: [...ENTITY_LABELS] },
  );
  return new Map(rows.filter((r) => r.kinds.length).map((r) => [r.id, r.kinds[0] as EntityKind]));
}

/** Loads a plan in one transaction (see writePlan). */
export async function writeSeedPlan(graph: GraphExecutor, plan: SeedPlan, removeSources: string[] = []): Promise<SeedResult> {
  return graph.writeTransaction((tx) => writePlan(tx, plan, removeSources));
}

/**
 * Writes the sources of `plan` inside `tx`: their statements replace what those sources said
 * before; every other source's statements stay as they are. `removeSources` are sources to take
 * out of the graph altogether (their file is gone): everything they stated, then the Source.
 */
export async function writePlan(tx: TxRunner, plan: SeedPlan, removeSources: string[] = []): Promise<SeedResult> {
  const loaded = plan.sources.map((s) => s.id);
  const scope = [...loaded, ...removeSources];
  const previousUids = await statedRelationshipUids(tx, scope);

  const relUidsBySource = new Map<string, string[]>(loaded.map((id) => [id, []]));
  for (const r of plan.relationships) relUidsBySource.get(r.sourceId)?.push(relationshipUid(r));
  await tx.run(
    `UNWIND $rows AS row
     MERGE (s:${Label.Source} {id: row.props.id})
     SET s += row.props
     ${unsetOthers("s", "true")}`,
    {
      rows: plan.sources.map((s) => ({
        props: { ...withDates({ ...s }), [STATED_RELATIONSHIPS]: [...(relUidsBySource.get(s.id) ?? [])].sort() },
      })),
    },
  );

  // Each source's statement about each entity it declares, on its MENTIONED_IN link.
  const byKind = new Map<EntityKind, Record<string, unknown>[]>();
  for (const m of plan.mentions) {
    const rows = byKind.get(m.entity.kind) ?? [];
    rows.push({ id: m.entityId, sourceId: m.sourceId, props: { quote: m.quote, ...withDates(statedProps(m.entity)) } });
    byKind.set(m.entity.kind, rows);
  }
  for (const [kind, rows] of byKind) {
    // Labels come from the Label enum (validated kinds), never from input text.
    const label = Label[kind as keyof typeof Label];
    const others = ENTITY_LABELS.filter((l) => l !== label);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:${Label.Source} {id: row.sourceId})
       MERGE (n:${Label.Entity} {id: row.id})
       REMOVE n:${others.join(":")}
       SET n:${label}
       MERGE (n)-[m:${RelType.MENTIONED_IN}]->(s)
       SET m += row.props
       ${unsetOthers("m", "true")}`,
      { rows },
    );
  }

  const metricRows = plan.metrics.map((m) => ({
    id: attachedId(m.entityId, m.metric.key),
    entityId: m.entityId,
    sourceId: m.sourceId,
    props: { quote: m.metric.quote, key: m.metric.key, value: m.metric.value, unit: m.metric.unit, label: m.metric.label, qualifier: m.metric.qualifier ?? "EXACT" },
  }));
  const claimRows = plan.claims.map((c) => ({
    id: attachedId(c.entityId, c.claim.key),
    entityId: c.entityId,
    sourceId: c.sourceId,
    props: { quote: c.claim.quote, key: c.claim.key, property: c.claim.property, value: c.claim.value, ...(c.claim.note ? { note: c.claim.note } : {}) },
  }));
  await writeAttached(tx, Label.Metric, RelType.HAS_METRIC, metricRows);
  await writeAttached(tx, Label.Claim, RelType.HAS_CLAIM, claimRows);

  const currentUids = new Set<string>();
  const relsByType = new Map<string, Record<string, unknown>[]>();
  for (const r of plan.relationships) {
    const { from, to, type, sourceId, ...rest } = r;
    const uid = relationshipUid(r);
    currentUids.add(uid);
    const rows = relsByType.get(type) ?? [];
    rows.push({ from, to, props: withDates({ ...rest, sourceId, uid }) });
    relsByType.set(type, rows);
  }
  for (const [type, rows] of relsByType) {
    const relType = RelType[type as keyof typeof RelType];
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${Label.Entity} {id: row.from}), (b:${Label.Entity} {id: row.to})
       MERGE (a)-[r:${relType} {uid: row.props.uid}]->(b)
       SET r += row.props
       ${unsetOthers("r", "true")}`,
      { rows },
    );
  }

  const staleUids = [...previousUids].filter((uid) => !currentUids.has(uid));
  const pruned = await prune(tx, plan, scope, staleUids);

  const touchedEntities = new Set([...plan.mentions.map((m) => m.entityId), ...pruned.entities]);
  const conflicts = await deriveEntities(tx, [...touchedEntities]);
  conflicts.push(
    ...(await deriveAttached(tx, Label.Metric, RelType.HAS_METRIC, MANAGED_METRIC_PROPS, [...new Set([...metricRows.map((r) => r.id), ...pruned.metrics])])),
    ...(await deriveAttached(tx, Label.Claim, RelType.HAS_CLAIM, MANAGED_CLAIM_PROPS, [...new Set([...claimRows.map((r) => r.id), ...pruned.claims])])),
  );

  if (removeSources.length) {
    await tx.run(`UNWIND $ids AS id MATCH (s:${Label.Source} {id: id}) DELETE s`, { ids: removeSources });
  }
  return {
    sources: plan.sources.length,
    entities: new Set(plan.mentions.map((m) => m.entityId)).size,
    relationships: plan.relationships.length,
    pruned: pruned.count,
    conflicts,
  };
}

/**
 * The uids of the relationships the given sources stated at their last load, kept on each
 * Source. A Source written by the loader before it kept that list is looked up once by sourceId
 * (a scan of the relationships, only until that source is loaded again).
 */
async function statedRelationshipUids(tx: TxRunner, sourceIds: string[]): Promise<Set<string>> {
  const rows = await tx.run<{ id: string; uids: string[] | null }>(
    `UNWIND $ids AS id MATCH (s:${Label.Source} {id: id}) RETURN id, s.${STATED_RELATIONSHIPS} AS uids`,
    { ids: sourceIds },
  );
  const uids = new Set<string>();
  for (const row of rows) {
    let list = row.uids;
    if (list === null) {
      const legacy = await tx.run<{ uid: string }>(
        "MATCH ()-[r]->() WHERE r.sourceId = $id AND r.uid IS NOT NULL RETURN r.uid AS uid",
        { id: row.id },
      );
      list = legacy.map((r) => r.uid);
    }
    for (const uid of list) uids.add(uid);
  }
  return uids;
}

/** Metric and Claim nodes hang off an entity; each source's statement is on its MENTIONED_IN. */
async function writeAttached(
  tx: TxRunner,
  label: Label.Metric | Label.Claim,
  relType: RelType.HAS_METRIC | RelType.HAS_CLAIM,
  rows: { id: string; entityId: string; sourceId: string; props: Record<string, unknown> }[],
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:${Label.Entity} {id: row.entityId}), (s:${Label.Source} {id: row.sourceId})
     MERGE (x:${label} {id: row.id})
     MERGE (n)-[:${relType}]->(x)
     MERGE (x)-[m:${RelType.MENTIONED_IN}]->(s)
     SET m += row.props
     ${unsetOthers("m", "true")}`,
    { rows },
  );
}

/**
 * Removes what the sources in `scope` stated before and no longer state: their stale
 * relationships, their MENTIONED_IN links (with the statements on them), then the metrics,
 * claims and entities that no source mentions any more. Everything is found from those sources
 * (their links and relationship uids), never by scanning the graph. An entity that no source
 * mentions but that another source's relationship still points at is not removed: the load is
 * refused, naming the relationship. Returns what it removed and the ids whose statements changed.
 */
async function prune(
  tx: TxRunner,
  plan: SeedPlan,
  scope: string[],
  staleUids: string[],
): Promise<{ count: number; entities: string[]; metrics: string[]; claims: string[] }> {
  const [{ rels }] = await tx.run<{ rels: number }>(
    `UNWIND $rows AS row
     MATCH (a:${Label.Entity} {id: row.from})-[r]->(b:${Label.Entity} {id: row.to})
     WHERE r.uid = row.uid
     DELETE r RETURN count(r) AS rels`,
    { rows: staleUids.map(uidEnds) },
  );

  const keep = [
    ...plan.mentions.map((m) => `${m.entityId}|${m.sourceId}`),
    ...plan.metrics.map((m) => `${attachedId(m.entityId, m.metric.key)}|${m.sourceId}`),
    ...plan.claims.map((c) => `${attachedId(c.entityId, c.claim.key)}|${c.sourceId}`),
  ];
  const dropped = await tx.run<{ id: string; what: string }>(
    `UNWIND $scope AS sid
     MATCH (s:${Label.Source} {id: sid})<-[m:${RelType.MENTIONED_IN}]-(x)
     WHERE NOT (x.id + '|' + sid) IN $keep
     WITH x, m, CASE WHEN x:${Label.Metric} THEN 'metric' WHEN x:${Label.Claim} THEN 'claim' ELSE 'entity' END AS what
     DELETE m
     RETURN DISTINCT x.id AS id, what`,
    { scope, keep },
  );
  const idsOf = (what: string): string[] => dropped.filter((d) => d.what === what).map((d) => d.id);
  const entities = idsOf("entity");
  const metrics = idsOf("metric");
  const claims = idsOf("claim");

  let attached = 0;
  for (const [label, ids] of [[Label.Metric, metrics], [Label.Claim, claims]] as const) {
    const [{ gone }] = await tx.run<{ gone: number }>(
      `UNWIND $ids AS id MATCH (x:${label} {id: id}) WHERE NOT (x)-[:${RelType.MENTIONED_IN}]->()
       DETACH DELETE x RETURN count(x) AS gone`,
      { ids },
    );
    attached += gone;
  }

  const stillUsed = await tx.run<{ id: string; uses: string[] }>(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id}) WHERE NOT (n)-[:${RelType.MENTIONED_IN}]->()
     MATCH (n)-[r]-(o) WHERE NOT type(r) IN $attachedTypes
     RETURN id, collect(coalesce(r.sourceId, '(no source)') + ' states ' + startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id) AS uses`,
    { ids: entities, attachedTypes: [RelType.HAS_METRIC, RelType.HAS_CLAIM] },
  );
  if (stillUsed.length) {
    throw new SeedValidationError(
      `loading ${scope.join(", ")}`,
      stillUsed.map(
        (u) => `${u.id} would no longer be stated by any source, but other sources still point at it: ${u.uses.join("; ")}. ` +
          "Remove those statements first, or load those files together with this one.",
      ),
    );
  }
  const [{ orphans }] = await tx.run<{ orphans: number }>(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id}) WHERE NOT (n)-[:${RelType.MENTIONED_IN}]->()
     DETACH DELETE n RETURN count(n) AS orphans`,
    { ids: entities },
  );
  return { count: rels + dropped.length + attached + orphans, entities, metrics, claims };
}

type StatementRow = { id: string; statements: { sourceId: string; sourceKind: string; props: Record<string, unknown> }[] };

function legacyError(id: string): Error {
  return new Error(
    `${id} has a MENTIONED_IN link without the source's statement: the graph was seeded by an older loader. ` +
      "Run `npm run seed` (all files) once, then load single files.",
  );
}

/** Every source's statement (MENTIONED_IN properties) about each node of `label` with one of `ids`. */
function readStatements(tx: TxRunner, label: Label, ids: string[]): Promise<StatementRow[]> {
  return tx.run<StatementRow>(
    `UNWIND $ids AS id
     MATCH (x:${label} {id: id})-[m:${RelType.MENTIONED_IN}]->(s:${Label.Source})
     RETURN id, collect({sourceId: s.id, sourceKind: s.kind, props: properties(m)}) AS statements`,
    { ids },
  );
}

/** Sets each entity's properties from all the statements about it (seed.merge.ts). */
async function deriveEntities(tx: TxRunner, ids: string[]): Promise<Conflict[]> {
  const rows = await readStatements(tx, Label.Entity, ids);
  const conflicts: Conflict[] = [];
  const updates = rows.map((row) => {
    if (row.statements.some((st) => typeof st.props.name !== "string")) throw legacyError(row.id);
    const merged = mergeStatements(row.id, row.statements as Statement[]);
    conflicts.push(...merged.conflicts);
    const props: Record<string, unknown> & { aliases: string[] } = { ...merged.props, aliases: (merged.props.aliases as string[] | undefined) ?? [] };
    const names = [props.name, props.nameEn, ...props.aliases].filter((n): n is string => typeof n === "string");
    return { id: row.id, props: graphDates({ ...props, searchText: foldDiacritics(names.join(" | ")) }) };
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:${Label.Entity} {id: row.id})
     SET n += row.props
     ${unsetOthers("n", "k IN $managed")}`,
    { rows: updates, managed: MANAGED_ENTITY_PROPS },
  );
  return conflicts;
}

/** Sets each metric's or claim's properties, and its HAS_ link's provenance, from its statements. */
async function deriveAttached(
  tx: TxRunner,
  label: Label.Metric | Label.Claim,
  relType: RelType.HAS_METRIC | RelType.HAS_CLAIM,
  managed: string[],
  ids: string[],
): Promise<Conflict[]> {
  const rows = await readStatements(tx, label, ids);
  const conflicts: Conflict[] = [];
  const updates = rows.map((row) => {
    if (row.statements.some((st) => typeof st.props.key !== "string")) throw legacyError(row.id);
    const merged = mergeStatements(row.id, row.statements as Statement[]);
    conflicts.push(...merged.conflicts);
    const winner = merged.winner!;
    return { id: row.id, props: merged.props, sourceId: winner.sourceId, quote: winner.props.quote };
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (x:${label} {id: row.id})
     SET x += row.props
     ${unsetOthers("x", "k IN $managed")}
     WITH x, row MATCH (:${Label.Entity})-[h:${relType}]->(x)
     SET h.sourceId = row.sourceId, h.quote = row.quote`,
    { rows: updates, managed },
  );
  return conflicts;
}
