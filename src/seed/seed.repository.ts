/**
 * Writes a SeedPlan to Neo4j in one transaction: MERGE on ids, properties replaced as a whole,
 * then facts of the seeded sources that the plan no longer states are pruned. Running it twice
 * leaves the graph exactly as it was; a failure leaves it as it was before.
 */
import neo4j from "neo4j-driver";
import { parsePartialDate } from "../common/dates";
import { foldDiacritics } from "../common/text";
import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { relationshipKey, type SeedEntity } from "./seed.schema";
import type { SeedPlan } from "./seed.reader";

const START_DATES = new Set(["startDate", "validFrom", "issuedOn", "publishedOn", "effectiveOn"]);
const END_DATES = new Set(["endDate", "validTo"]);

/** Converts partial-date strings to Neo4j dates plus a `<prop>Precision` property. */
function withDates(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if ((START_DATES.has(key) || END_DATES.has(key)) && typeof value === "string") {
      const parsed = parsePartialDate(value, END_DATES.has(key) ? "end" : "start");
      if (!parsed) throw new Error(`invalid date ${key}=${value}`);
      const [y, m, d] = parsed.date.split("-").map(Number);
      out[key] = new neo4j.types.Date(y, m, d);
      out[`${key}Precision`] = parsed.precision;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function entityProps(e: SeedEntity): Record<string, unknown> {
  const { kind: _kind, quote: _quote, metrics: _metrics, claims: _claims, ...rest } = e;
  const names = [e.name, e.nameEn, ...(e.aliases ?? [])].filter((n): n is string => typeof n === "string");
  return withDates({ ...rest, aliases: e.aliases ?? [], searchText: foldDiacritics(names.join(" | ")) });
}

/** Id of a metric or claim node: unique per entity and key. */
const attachedId = (entityId: string, key: string): string => `${entityId}#${key}`;

/** Identity of a stated relationship across runs: what it states and which source states it. */
const relationshipUid = (r: SeedPlan["relationships"][number]): string => `${relationshipKey(r)}|${r.sourceId}`;

export interface SeedResult {
  sources: number;
  entities: number;
  relationships: number;
  pruned: number;
}

export async function writeSeedPlan(graph: GraphExecutor, plan: SeedPlan): Promise<SeedResult> {
  return graph.writeTransaction(async (tx) => {
    await tx.run("UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row", {
      rows: plan.sources.map((s) => withDates({ ...s })),
    });

    const byKind = new Map<string, Record<string, unknown>[]>();
    for (const e of plan.entities) {
      const rows = byKind.get(e.kind) ?? [];
      rows.push(entityProps(e));
      byKind.set(e.kind, rows);
    }
    for (const [kind, rows] of byKind) {
      const label = Label[kind as keyof typeof Label];
      // The label comes from the Label enum (validated kinds), never from input text.
      await tx.run(`UNWIND $rows AS row MERGE (n:${Label.Entity} {id: row.id}) SET n:${label} SET n = row`, { rows });
    }

    await tx.run(
      `UNWIND $rows AS row
       MATCH (n:${Label.Entity} {id: row.entityId}), (s:${Label.Source} {id: row.sourceId})
       MERGE (n)-[m:${RelType.MENTIONED_IN}]->(s) SET m.quote = row.quote`,
      { rows: plan.mentions },
    );

    await writeAttached(tx, Label.Metric, RelType.HAS_METRIC, plan.metrics.map((m) => ({
      entityId: m.entityId,
      sourceId: m.sourceId,
      quote: m.metric.quote,
      props: { id: attachedId(m.entityId, m.metric.key), key: m.metric.key, value: m.metric.value, unit: m.metric.unit, label: m.metric.label, qualifier: m.metric.qualifier ?? "EXACT" },
    })));
    await writeAttached(tx, Label.Claim, RelType.HAS_CLAIM, plan.claims.map((c) => ({
      entityId: c.entityId,
      sourceId: c.sourceId,
      quote: c.claim.quote,
      props: { id: attachedId(c.entityId, c.claim.key), key: c.claim.key, property: c.claim.property, value: c.claim.value, ...(c.claim.note ? { note: c.claim.note } : {}) },
    })));

    const relsByType = new Map<string, Record<string, unknown>[]>();
    for (const r of plan.relationships) {
      const { from, to, type, sourceId, ...rest } = r;
      const rows = relsByType.get(type) ?? [];
      rows.push({ from, to, props: withDates({ ...rest, sourceId, uid: relationshipUid(r) }) });
      relsByType.set(type, rows);
    }
    for (const [type, rows] of relsByType) {
      const relType = RelType[type as keyof typeof RelType];
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:${Label.Entity} {id: row.from}), (b:${Label.Entity} {id: row.to})
         MERGE (a)-[r:${relType} {uid: row.props.uid}]->(b) SET r = row.props`,
        { rows },
      );
    }

    const pruned = await prune(tx, plan);
    return {
      sources: plan.sources.length,
      entities: plan.entities.length,
      relationships: plan.relationships.length,
      pruned,
    };
  });
}

/** Metric and Claim nodes hang off an entity and carry their own provenance. */
async function writeAttached(
  tx: TxRunner,
  label: Label.Metric | Label.Claim,
  relType: RelType.HAS_METRIC | RelType.HAS_CLAIM,
  rows: { entityId: string; sourceId: string; quote: string; props: Record<string, unknown> }[],
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:${Label.Entity} {id: row.entityId}), (s:${Label.Source} {id: row.sourceId})
     MERGE (x:${label} {id: row.props.id}) SET x = row.props
     MERGE (n)-[h:${relType}]->(x) SET h.sourceId = row.sourceId, h.quote = row.quote
     MERGE (x)-[m:${RelType.MENTIONED_IN}]->(s) SET m.quote = row.quote`,
    { rows },
  );
}

/**
 * Removes what the seeded sources used to state and no longer do: relationships, mentions,
 * metrics and claims, then entities left without any mention. Returns how many were removed.
 */
async function prune(tx: TxRunner, plan: SeedPlan): Promise<number> {
  const sourceIds = plan.sources.map((s) => s.id);
  const relUids = plan.relationships.map(relationshipUid);
  const mentionKeys = plan.mentions.map((m) => `${m.entityId}|${m.sourceId}`);
  const attachedIds = [...plan.metrics.map((m) => attachedId(m.entityId, m.metric.key)), ...plan.claims.map((c) => attachedId(c.entityId, c.claim.key))];
  const [{ rels }] = await tx.run<{ rels: number }>(
    `MATCH ()-[r]->() WHERE r.sourceId IN $sourceIds AND r.uid IS NOT NULL AND NOT r.uid IN $relUids
     DELETE r RETURN count(r) AS rels`,
    { sourceIds, relUids },
  );
  const [{ attached }] = await tx.run<{ attached: number }>(
    `MATCH (x)-[:${RelType.MENTIONED_IN}]->(s:${Label.Source}) WHERE (x:${Label.Metric} OR x:${Label.Claim})
       AND s.id IN $sourceIds AND NOT x.id IN $attachedIds
     DETACH DELETE x RETURN count(x) AS attached`,
    { sourceIds, attachedIds },
  );
  const [{ mentions }] = await tx.run<{ mentions: number }>(
    `MATCH (n:${Label.Entity})-[m:${RelType.MENTIONED_IN}]->(s:${Label.Source}) WHERE s.id IN $sourceIds
       AND NOT (n.id + '|' + s.id) IN $mentionKeys
     DELETE m RETURN count(m) AS mentions`,
    { sourceIds, mentionKeys },
  );
  const [{ orphans }] = await tx.run<{ orphans: number }>(
    `MATCH (n:${Label.Entity}) WHERE NOT (n)-[:${RelType.MENTIONED_IN}]->(:${Label.Source})
     DETACH DELETE n RETURN count(n) AS orphans`,
  );
  return rels + attached + mentions + orphans;
}
