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
 *
 * Loads compare before they write: what a source states is read back first (its MENTIONED_IN
 * links, its relationships, the derived node properties), and only statements that are new or
 * differ are written, in batches. Reloading an unchanged gazetteer of ~14,000 places writes
 * next to nothing.
 */
import neo4j from "neo4j-driver";
import { parsePartialDate } from "../common/dates";
import { foldDiacritics } from "../common/text";
import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import { ENTITY_LABELS, Label, RelType } from "../graph/graph.model";
import {
  type BatchedWrite,
  createEntitiesStatement,
  createMentionsStatement,
  createRelationshipsStatement,
  deleteOrphansStatement,
  deleteRelationshipsStatement,
  deleteSourcesStatement,
  deleteUnmentionedStatement,
  deriveAttachedStatement,
  deriveEntitiesStatement,
  dropMentionsStatement,
  knownEntitiesStatement,
  legacyUidsStatement,
  mergeMentionsStatement,
  mergeRelationshipsStatement,
  readStatementsStatement,
  relationshipsByUidStatement,
  statedUidsStatement,
  type StatementRow,
  stillUsedStatement,
  storedEntitiesStatement,
  type UidEnds,
  writeAttachedStatement,
  writeSourcesStatement,
} from "./seed.cypher";
import { type Conflict, mergeStatements, type Statement } from "./seed.merge";
import { statedProps, type SeedPlan } from "./seed.reader";
import { type EntityKind, entityKindOf, kindLabel, relationshipKey, SeedValidationError, STATED_ENTITY_PROPS } from "./seed.schema";

const START_DATES = new Set(["startDate", "validFrom", "issuedOn", "publishedOn", "effectiveOn"]);
const END_DATES = new Set(["endDate", "validTo"]);
const DATE_PROPS = new Set([...START_DATES, ...END_DATES]);

/** The Source property listing the uids of the relationships that source states. */
const STATED_RELATIONSHIPS = "statedRelationships";

/** Node properties the loader owns: only these are removed when no source states them any more. */
const MANAGED_ENTITY_PROPS = [...STATED_ENTITY_PROPS, ...[...STATED_ENTITY_PROPS].filter((p) => DATE_PROPS.has(p)).map((p) => `${p}Precision`), "searchText"];
const MANAGED_METRIC_PROPS = ["key", "value", "unit", "label", "qualifier"];
const MANAGED_CLAIM_PROPS = ["key", "property", "value", "note"];

/**
 * Reads partial-date strings as the graph stores them, in plain values: "2024-04" as an end date
 * is "2024-04-30" plus `endDatePrecision: MONTH`. Plain values are what the graph returns (see
 * toPlain), so a statement can be compared with what is stored; graphDates makes them Neo4j dates.
 */
function plainDates(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (DATE_PROPS.has(key) && typeof value === "string") {
      const parsed = parsePartialDate(value, END_DATES.has(key) ? "end" : "start");
      if (!parsed) throw new Error(`invalid date ${key}=${value}`);
      out[key] = parsed.date;
      out[`${key}Precision`] = parsed.precision;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Converts partial-date strings to Neo4j dates plus a `<prop>Precision` property. */
const withDates = (props: Record<string, unknown>): Record<string, unknown> => graphDates(plainDates(props));

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

/** Properties as Neo4j keeps them: a null or missing value is no property. */
function stored(props: Record<string, unknown>): [string, unknown][] {
  return Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether two property maps (plain values) are what Neo4j would store the same way. */
function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(stored(a)) === JSON.stringify(stored(b));
}

/** Rows per statement of a batched write: bounds the memory one statement needs. */
const BATCH = 5000;

/** Runs a write `UNWIND $rows AS row …` over `rows` in batches, inside the caller's transaction. */
async function runBatched(tx: TxRunner, write: BatchedWrite, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(write(rows.slice(i, i + BATCH)));
}

/** Id of a metric or claim node: unique per entity and key. */
const attachedId = (entityId: string, key: string): string => `${entityId}#${key}`;

/** Identity of a stated relationship across runs: what it states and which source states it. */
const relationshipUid = (r: SeedPlan["relationships"][number]): string => `${relationshipKey(r)}|${r.sourceId}`;

/** The ends of a relationship, read back from its uid (ids and roles never contain "|"). */
function uidEnds(uid: string): UidEnds {
  const [from, , , to] = uid.split("|");
  return { uid, from, to };
}

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
  const rows = await tx.run(knownEntitiesStatement(ids, excludingSources, ENTITY_LABELS));
  return new Map(
    rows.flatMap((r) => {
      const kind = entityKindOf(r.kinds[0] ?? "");
      return kind ? [[r.id, kind]] : [];
    }),
  );
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
    writeSourcesStatement(
      plan.sources.map((s) => ({
        props: { ...withDates({ ...s }), [STATED_RELATIONSHIPS]: [...(relUidsBySource.get(s.id) ?? [])].sort() },
      })),
    ),
  );

  // What the graph holds now about the plan's entities, and what the plan states about them.
  const planIds = [...new Set(plan.mentions.map((m) => m.entityId))];
  const stored = await storedEntities(tx, planIds);
  const sourceKind = new Map<string, string>(plan.sources.map((s) => [s.id, s.kind]));
  const planStatements = new Map<string, Statement[]>();
  for (const m of plan.mentions) {
    const props = plainDates({ quote: m.quote, ...statedProps(m.entity) });
    const statements = planStatements.get(m.entityId) ?? [];
    statements.push({ sourceId: m.sourceId, sourceKind: sourceKind.get(m.sourceId)!, props });
    planStatements.set(m.entityId, statements);
  }

  // Entities not in the graph yet are created with their derived properties (only this plan's
  // statements exist for them), then linked to their sources: no MERGE needed, nothing to derive
  // again. This is most of a first load.
  const created = new Map<string, Record<string, unknown>>();
  const newByKind = new Map<EntityKind, Record<string, unknown>[]>();
  for (const m of plan.mentions) {
    if (stored.has(m.entityId) || created.has(m.entityId)) continue;
    const props = deriveNode({ id: m.entityId, statements: planStatements.get(m.entityId)! }).props;
    created.set(m.entityId, props);
    const rows = newByKind.get(m.entity.kind) ?? [];
    rows.push({ id: m.entityId, props: graphDates(props) });
    newByKind.set(m.entity.kind, rows);
  }
  for (const [kind, rows] of newByKind) {
    // Labels come from the Label enum (validated kinds), never from input text.
    await runBatched(tx, createEntitiesStatement(kindLabel(kind)), rows);
  }

  // Each source's statement about each entity it declares, on its MENTIONED_IN link: written
  // when it is new or differs from the stored one (or the node has another kind's label).
  const newMentions: Record<string, unknown>[] = [];
  const byKind = new Map<EntityKind, Record<string, unknown>[]>();
  for (const m of plan.mentions) {
    const props = planStatements.get(m.entityId)!.find((st) => st.sourceId === m.sourceId)!.props;
    if (created.has(m.entityId)) {
      newMentions.push({ id: m.entityId, sourceId: m.sourceId, props: graphDates(props) });
      continue;
    }
    const node = stored.get(m.entityId);
    const before = node?.statements.find((st) => st.sourceId === m.sourceId);
    const kinds = node?.labels.filter((l) => entityKindOf(l) !== undefined) ?? [];
    if (before && kinds.length === 1 && kinds[0] === m.entity.kind && sameProps(before.props, props)) continue;
    const rows = byKind.get(m.entity.kind) ?? [];
    rows.push({ id: m.entityId, sourceId: m.sourceId, props: graphDates(props) });
    byKind.set(m.entity.kind, rows);
  }
  await runBatched(tx, createMentionsStatement, newMentions);
  for (const [kind, rows] of byKind) {
    // Labels come from the Label enum (validated kinds), never from input text.
    const label = kindLabel(kind);
    const others = ENTITY_LABELS.filter((l) => l !== label);
    await runBatched(tx, mergeMentionsStatement(label, others), rows);
  }

  const metricRows = plan.metrics.map((m) => ({
    id: attachedId(m.entityId, m.metric.key),
    entityId: m.entityId,
    sourceId: m.sourceId,
    props: {
      quote: m.metric.quote,
      key: m.metric.key,
      value: m.metric.value,
      unit: m.metric.unit,
      label: m.metric.label,
      qualifier: m.metric.qualifier ?? "EXACT",
      ...(m.metric.inferred ? { inferred: m.metric.inferred } : {}),
    },
  }));
  const claimRows = plan.claims.map((c) => ({
    id: attachedId(c.entityId, c.claim.key),
    entityId: c.entityId,
    sourceId: c.sourceId,
    props: { quote: c.claim.quote, key: c.claim.key, property: c.claim.property, value: c.claim.value, ...(c.claim.note ? { note: c.claim.note } : {}) },
  }));
  await writeAttached(tx, Label.Metric, RelType.HAS_METRIC, metricRows);
  await writeAttached(tx, Label.Claim, RelType.HAS_CLAIM, claimRows);

  // Relationships: written when new or different from the stored one; one with an end this load
  // created cannot exist yet, so it is created without a MERGE.
  const currentUids = new Set(plan.relationships.map(relationshipUid));
  const storedRels = await relationshipsOf(
    tx,
    [...previousUids].filter((uid) => currentUids.has(uid)),
  );
  const relsByType = new Map<RelType, Record<string, unknown>[]>();
  const newRelsByType = new Map<RelType, Record<string, unknown>[]>();
  for (const r of plan.relationships) {
    const { from, to, type, sourceId, ...rest } = r;
    const uid = relationshipUid(r);
    const props = plainDates({ ...rest, sourceId, uid });
    const before = storedRels.get(uid);
    if (before && sameProps(before, props)) continue;
    const target = created.has(from) || created.has(to) ? newRelsByType : relsByType;
    const rows = target.get(type) ?? [];
    rows.push({ from, to, props: graphDates(props) });
    target.set(type, rows);
  }
  for (const [type, rows] of newRelsByType) {
    await runBatched(tx, createRelationshipsStatement(type), rows);
  }
  for (const [type, rows] of relsByType) {
    await runBatched(tx, mergeRelationshipsStatement(type), rows);
  }

  const staleUids = [...previousUids].filter((uid) => !currentUids.has(uid));
  const pruned = await prune(tx, plan, scope, staleUids);

  // Each touched node's properties, derived from its statements now: for the plan's entities the
  // stored statements of sources outside this load plus the plan's own (no need to read them
  // again); for entities whose statements were pruned, read back.
  const inScope = new Set(scope);
  const planned = new Set(planIds);
  const touched: StatementRow[] = planIds.map((id) => ({
    id,
    current: stored.get(id)?.current ?? created.get(id) ?? {},
    statements: [...(stored.get(id)?.statements ?? []).filter((st) => !inScope.has(st.sourceId)), ...planStatements.get(id)!],
  }));
  touched.push(
    ...(await readStatements(
      tx,
      Label.Entity,
      pruned.entities.filter((id) => !planned.has(id)),
    )),
  );
  const conflicts = await deriveEntities(tx, touched);
  conflicts.push(
    ...(await deriveAttached(tx, Label.Metric, RelType.HAS_METRIC, MANAGED_METRIC_PROPS, [...new Set([...metricRows.map((r) => r.id), ...pruned.metrics])])),
    ...(await deriveAttached(tx, Label.Claim, RelType.HAS_CLAIM, MANAGED_CLAIM_PROPS, [...new Set([...claimRows.map((r) => r.id), ...pruned.claims])])),
  );

  if (removeSources.length) {
    await tx.run(deleteSourcesStatement(removeSources));
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
  const rows = await tx.run(statedUidsStatement(sourceIds, STATED_RELATIONSHIPS));
  const uids = new Set<string>();
  for (const row of rows) {
    let list = row.uids;
    if (list === null) {
      list = await tx.run(legacyUidsStatement(row.id));
    }
    for (const uid of list) uids.add(uid);
  }
  return uids;
}

/** The entities among `ids` as stored: labels, properties and every source's statement (MENTIONED_IN properties). */
async function storedEntities(tx: TxRunner, ids: string[]): Promise<Map<string, StatementRow & { labels: string[] }>> {
  const rows = await tx.run(storedEntitiesStatement(ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The stored properties of the relationships with the given uids (those that exist), by uid. */
async function relationshipsOf(tx: TxRunner, uids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const rows = await tx.run(relationshipsByUidStatement(uids.map(uidEnds)));
  return new Map(rows.map((r) => [r.uid, r.props]));
}

/** Metric and Claim nodes hang off an entity; each source's statement is on its MENTIONED_IN. */
async function writeAttached(
  tx: TxRunner,
  label: Label.Metric | Label.Claim,
  relType: RelType.HAS_METRIC | RelType.HAS_CLAIM,
  rows: { id: string; entityId: string; sourceId: string; props: Record<string, unknown> }[],
): Promise<void> {
  await tx.run(writeAttachedStatement(label, relType, rows));
}

/**
 * Removes what the sources in `scope` stated before and no longer state: their stale
 * relationships, their MENTIONED_IN links (with the statements on them), then the metrics,
 * claims and entities that no source mentions any more. Everything is found from those sources
 * (their links and relationship uids), never by scanning the graph. An entity that no source
 * mentions but that another source's relationship still points at is not removed: the load is
 * refused, naming the relationship. Returns what it removed and the ids whose statements changed.
 */
async function prune(tx: TxRunner, plan: SeedPlan, scope: string[], staleUids: string[]): Promise<{ count: number; entities: string[]; metrics: string[]; claims: string[] }> {
  const [rels] = await tx.run(deleteRelationshipsStatement(staleUids.map(uidEnds)));

  const keep = [
    ...plan.mentions.map((m) => `${m.entityId}|${m.sourceId}`),
    ...plan.metrics.map((m) => `${attachedId(m.entityId, m.metric.key)}|${m.sourceId}`),
    ...plan.claims.map((c) => `${attachedId(c.entityId, c.claim.key)}|${c.sourceId}`),
  ];
  const dropped = await tx.run(dropMentionsStatement(scope, keep));
  const idsOf = (what: string): string[] => dropped.filter((d) => d.what === what).map((d) => d.id);
  const entities = idsOf("entity");
  const metrics = idsOf("metric");
  const claims = idsOf("claim");

  let attached = 0;
  for (const [label, ids] of [
    [Label.Metric, metrics],
    [Label.Claim, claims],
  ] as const) {
    const [gone] = await tx.run(deleteUnmentionedStatement(label, ids));
    attached += gone;
  }

  const stillUsed = await tx.run(stillUsedStatement(entities, [RelType.HAS_METRIC, RelType.HAS_CLAIM]));
  if (stillUsed.length) {
    throw new SeedValidationError(
      `loading ${scope.join(", ")}`,
      stillUsed.map(
        (u) =>
          `${u.id} would no longer be stated by any source, but other sources still point at it: ${u.uses.join("; ")}. ` +
          "Remove those statements first, or load those files together with this one.",
      ),
    );
  }
  const [orphans] = await tx.run(deleteOrphansStatement(entities));
  return { count: rels + dropped.length + attached + orphans, entities, metrics, claims };
}

function legacyError(id: string): Error {
  return new Error(
    `${id} has a MENTIONED_IN link without the source's statement: the graph was seeded by an older loader. ` + "Run `npm run seed` (all files) once, then load single files.",
  );
}

/** Every source's statement (MENTIONED_IN properties) about each node of `label` with one of `ids`, and the node's properties. */
function readStatements(tx: TxRunner, label: Label, ids: string[]): Promise<StatementRow[]> {
  return tx.run(readStatementsStatement(label, ids));
}

/** Whether the managed properties of `current` are exactly `wanted` (plain values). */
function sameManaged(current: Record<string, unknown>, wanted: Record<string, unknown>, managed: readonly string[]): boolean {
  const now: Record<string, unknown> = {};
  for (const k of managed) if (k in current) now[k] = current[k];
  return sameProps(now, wanted);
}

/** An entity's properties from all the statements about it (seed.merge.ts), in plain values, with `searchText`. */
function deriveNode(row: Pick<StatementRow, "id" | "statements">): { props: Record<string, unknown>; conflicts: Conflict[] } {
  if (row.statements.some((st) => typeof st.props.name !== "string")) throw legacyError(row.id);
  const merged = mergeStatements(row.id, row.statements);
  const aliases = merged.props.aliases;
  const props: Record<string, unknown> & { aliases: unknown[] } = { ...merged.props, aliases: Array.isArray(aliases) ? aliases : [] };
  const names = [props.name, props.nameEn, ...props.aliases].filter((n): n is string => typeof n === "string");
  return { props: { ...props, searchText: foldDiacritics(names.join(" | ")) }, conflicts: merged.conflicts };
}

/** Sets each entity's properties from all the statements about it (deriveNode); writes only nodes whose properties change. */
async function deriveEntities(tx: TxRunner, rows: StatementRow[]): Promise<Conflict[]> {
  const conflicts: Conflict[] = [];
  const updates: { id: string; props: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const { props, conflicts: found } = deriveNode(row);
    conflicts.push(...found);
    if (!sameManaged(row.current, props, MANAGED_ENTITY_PROPS)) updates.push({ id: row.id, props: graphDates(props) });
  }
  await runBatched(tx, deriveEntitiesStatement(MANAGED_ENTITY_PROPS), updates);
  return conflicts;
}

/**
 * Sets each metric's or claim's properties, and its HAS_ link's provenance (source, quote and
 * `inferred` of the best-ranked statement), from its statements.
 */
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
    const merged = mergeStatements(row.id, row.statements);
    conflicts.push(...merged.conflicts);
    const winner = merged.winner!;
    return { id: row.id, props: merged.props, sourceId: winner.sourceId, quote: winner.props.quote, inferred: winner.props.inferred ?? null };
  });
  await tx.run(deriveAttachedStatement(label, relType, updates, managed));
  return conflicts;
}
