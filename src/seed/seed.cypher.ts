import { Label, PLACE_FACTS_LABEL, RelType, SUMMARY_LABEL } from "../graph/graph.model";
import {
  columns,
  type Decoder,
  fields,
  list,
  map,
  nullable,
  number,
  type Params,
  plainStatement,
  type Row,
  type Statement,
  statement,
  string,
  stringList,
} from "../graph/graph.statement";
import type { Statement as SourceStatement } from "./seed.merge";

/**
 * The seed loader's statements (seed.repository.ts says what a load does with them). Labels and
 * relationship types come from the model table; every value is a $parameter. Snapshot-tested in
 * test/cypher/seed.cypher.test.ts.
 */

/**
 * Pins a lookup by id to the id index (every label here has a uniqueness constraint on id).
 * Without it the planner may choose a scan per row when it plans a query on an empty or
 * freshly emptied graph, and keeps that plan cached: a load of the whole gazetteer then takes
 * minutes instead of seconds.
 */
const byId = (variable: string, label: Label): string => `USING INDEX ${variable}:${label}(id)`;

/** Removes from `x` every property in `keys` that `row.props` does not give (after `SET x += row.props`). */
const unsetOthers = (x: string, keys: string): string => `WITH ${x}, row FOREACH (k IN [k IN keys(${x}) WHERE ${keys} AND NOT k IN keys(row.props)] | SET ${x}[k] = null)`;

/** A write over `$rows` (and `params`) that returns nothing the loader reads. */
const write = (cypher: string, params: Params = {}): Statement<Row> => plainStatement(cypher, params);

/** A batched write's statement for one batch of rows (runBatched). */
export type BatchedWrite = (rows: unknown[]) => Statement<Row>;

const batched =
  (cypher: string, params: Params = {}): BatchedWrite =>
  (rows) =>
    write(cypher, { ...params, rows });

/** Writes each source's properties (`$rows`: `{props}`), removing those it no longer has. */
export const writeSourcesStatement = (rows: { props: Record<string, unknown> }[]): Statement<Row> =>
  write(
    `UNWIND $rows AS row
     MERGE (s:${Label.Source} {id: row.props.id})
     SET s += row.props
     ${unsetOthers("s", "true")}`,
    { rows },
  );

/** Of `ids`, the entities a source outside `excludingSources` mentions, with their kind labels (of `kinds`). */
export const knownEntitiesStatement = (ids: string[], excludingSources: string[], kinds: readonly Label[]): Statement<{ id: string; kinds: string[] }> =>
  statement(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id}) ${byId("n", Label.Entity)}
     WHERE EXISTS { MATCH (n)-[:${RelType.MENTIONED_IN}]->(s:${Label.Source}) WHERE NOT s.id IN $excludingSources }
     RETURN id, [l IN labels(n) WHERE l IN $kinds] AS kinds`,
    { ids, excludingSources, kinds: [...kinds] },
    columns({ id: string, kinds: stringList }),
  );

/** Creates entities of `label` (`$rows`: `{id, props}`). */
export const createEntitiesStatement = (label: Label): BatchedWrite => batched(`UNWIND $rows AS row CREATE (n:${Label.Entity}:${label} {id: row.id}) SET n += row.props`);

/** Links new entities to their sources (`$rows`: `{id, sourceId, props}`). */
export const createMentionsStatement: BatchedWrite = batched(
  `UNWIND $rows AS row
     MATCH (n:${Label.Entity} {id: row.id}), (s:${Label.Source} {id: row.sourceId}) ${byId("n", Label.Entity)} ${byId("s", Label.Source)}
     CREATE (n)-[m:${RelType.MENTIONED_IN}]->(s)
     SET m = row.props`,
);

/** Writes statements about entities of `label` (`$rows`: `{id, sourceId, props}`), making them of `label` only among `others`. */
export const mergeMentionsStatement = (label: Label, others: readonly Label[]): BatchedWrite =>
  batched(
    `UNWIND $rows AS row
       MATCH (s:${Label.Source} {id: row.sourceId}) ${byId("s", Label.Source)}
       MERGE (n:${Label.Entity} {id: row.id})
       REMOVE n:${others.join(":")}
       SET n:${label}
       MERGE (n)-[m:${RelType.MENTIONED_IN}]->(s)
       SET m += row.props
       ${unsetOthers("m", "true")}`,
  );

/** Creates relationships of `type` whose ends were just created (`$rows`: `{from, to, props}`). */
export const createRelationshipsStatement = (type: RelType): BatchedWrite =>
  batched(
    `UNWIND $rows AS row
       MATCH (a:${Label.Entity} {id: row.from}), (b:${Label.Entity} {id: row.to}) ${byId("a", Label.Entity)} ${byId("b", Label.Entity)}
       CREATE (a)-[r:${type}]->(b)
       SET r = row.props`,
  );

/** Writes relationships of `type` by uid (`$rows`: `{from, to, props}`). */
export const mergeRelationshipsStatement = (type: RelType): BatchedWrite =>
  batched(
    `UNWIND $rows AS row
       MATCH (a:${Label.Entity} {id: row.from}), (b:${Label.Entity} {id: row.to}) ${byId("a", Label.Entity)} ${byId("b", Label.Entity)}
       MERGE (a)-[r:${type} {uid: row.props.uid}]->(b)
       SET r += row.props
       ${unsetOthers("r", "true")}`,
  );

/** Deletes the sources `ids`. */
export const deleteSourcesStatement = (ids: string[]): Statement<Row> => write(`UNWIND $ids AS id MATCH (s:${Label.Source} {id: id}) ${byId("s", Label.Source)} DELETE s`, { ids });

/** The uids each of the sources `ids` stated at its last load (null: a source written before the loader kept them). */
export const statedUidsStatement = (ids: string[], property: string): Statement<{ id: string; uids: string[] | null }> =>
  statement(
    `UNWIND $ids AS id MATCH (s:${Label.Source} {id: id}) ${byId("s", Label.Source)} RETURN id, s.${property} AS uids`,
    { ids },
    columns({ id: string, uids: nullable(stringList) }),
  );

/** The uids of the relationships source `id` states, by scanning them (legacy sources only). */
export const legacyUidsStatement = (id: string): Statement<string> =>
  statement("MATCH ()-[r]->() WHERE r.sourceId = $id AND r.uid IS NOT NULL RETURN r.uid AS uid", { id }, (row) => string(row.uid, "row.uid"));

/** A node's statements as the loader reads them: its properties now and every source's statement. */
export interface StatementRow {
  id: string;
  /** The node's properties now. */
  current: Record<string, unknown>;
  statements: SourceStatement[];
}

const sourceStatements: Decoder<SourceStatement[]> = list(fields({ sourceId: string, sourceKind: string, props: map }));

/** The entities `ids` as stored: labels, properties and every source's statement. */
export const storedEntitiesStatement = (ids: string[]): Statement<StatementRow & { labels: string[] }> =>
  statement(
    `UNWIND $ids AS id
     MATCH (x:${Label.Entity} {id: id}) ${byId("x", Label.Entity)}
     RETURN id, labels(x) AS labels, properties(x) AS current,
            [(x)-[m:${RelType.MENTIONED_IN}]->(s:${Label.Source}) | {sourceId: s.id, sourceKind: s.kind, props: properties(m)}] AS statements`,
    { ids },
    columns({ id: string, labels: stringList, current: map, statements: sourceStatements }),
  );

/** The ends of a relationship and its uid. */
export interface UidEnds {
  uid: string;
  from: string;
  to: string;
}

/** The stored properties of the relationships `rows` names (those that exist). */
export const relationshipsByUidStatement = (rows: UidEnds[]): Statement<{ uid: string; props: Record<string, unknown> }> =>
  statement(
    `UNWIND $rows AS row
     MATCH (a:${Label.Entity} {id: row.from})-[r]->(b:${Label.Entity} {id: row.to}) ${byId("a", Label.Entity)} ${byId("b", Label.Entity)}
     WHERE r.uid = row.uid
     RETURN r.uid AS uid, properties(r) AS props`,
    { rows },
    columns({ uid: string, props: map }),
  );

/** Writes metrics or claims of `label` on their entities and their sources' statements (`$rows`: `{id, entityId, sourceId, props}`). */
export const writeAttachedStatement = (
  label: Label.Metric | Label.Claim,
  relType: RelType.HAS_METRIC | RelType.HAS_CLAIM,
  rows: { id: string; entityId: string; sourceId: string; props: Record<string, unknown> }[],
): Statement<Row> =>
  write(
    `UNWIND $rows AS row
     MATCH (n:${Label.Entity} {id: row.entityId}), (s:${Label.Source} {id: row.sourceId}) ${byId("n", Label.Entity)} ${byId("s", Label.Source)}
     MERGE (x:${label} {id: row.id})
     MERGE (n)-[:${relType}]->(x)
     MERGE (x)-[m:${RelType.MENTIONED_IN}]->(s)
     SET m += row.props
     ${unsetOthers("m", "true")}`,
    { rows },
  );

/** Deletes the relationships `rows` names; one row: how many. */
export const deleteRelationshipsStatement = (rows: UidEnds[]): Statement<number> =>
  statement(
    `UNWIND $rows AS row
     MATCH (a:${Label.Entity} {id: row.from})-[r]->(b:${Label.Entity} {id: row.to}) ${byId("a", Label.Entity)} ${byId("b", Label.Entity)}
     WHERE r.uid = row.uid
     DELETE r RETURN count(r) AS rels`,
    { rows },
    (row) => number(row.rels, "row.rels"),
  );

/** Deletes the MENTIONED_IN links of the sources `scope` whose `id|source` is not in `keep`; the nodes they were of. */
export const dropMentionsStatement = (scope: string[], keep: string[]): Statement<{ id: string; what: string }> =>
  statement(
    `UNWIND $scope AS sid
     MATCH (s:${Label.Source} {id: sid})<-[m:${RelType.MENTIONED_IN}]-(x) ${byId("s", Label.Source)}
     WHERE NOT (x.id + '|' + sid) IN $keep
     WITH x, m, CASE WHEN x:${Label.Metric} THEN 'metric' WHEN x:${Label.Claim} THEN 'claim' ELSE 'entity' END AS what
     DELETE m
     RETURN DISTINCT x.id AS id, what`,
    { scope, keep },
    columns({ id: string, what: string }),
  );

/** Deletes the metrics or claims `ids` no source mentions any more; one row: how many. */
export const deleteUnmentionedStatement = (label: Label.Metric | Label.Claim, ids: string[]): Statement<number> =>
  statement(
    `UNWIND $ids AS id MATCH (x:${label} {id: id}) ${byId("x", label)} WHERE NOT (x)-[:${RelType.MENTIONED_IN}]->()
       DETACH DELETE x RETURN count(x) AS gone`,
    { ids },
    (row) => number(row.gone, "row.gone"),
  );

/** Of the entities `ids` no source mentions any more, those other relationships (not `attachedTypes`) still use, and how. */
export const stillUsedStatement = (ids: string[], attachedTypes: RelType[]): Statement<{ id: string; uses: string[] }> =>
  statement(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id}) ${byId("n", Label.Entity)} WHERE NOT (n)-[:${RelType.MENTIONED_IN}]->()
     MATCH (n)-[r]-(o) WHERE NOT type(r) IN $attachedTypes
     RETURN id, collect(coalesce(r.sourceId, '(no source)') + ' states ' + startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id) AS uses`,
    { ids, attachedTypes },
    columns({ id: string, uses: stringList }),
  );

/** Deletes the entities `ids` no source mentions any more; one row: how many. */
export const deleteOrphansStatement = (ids: string[]): Statement<number> =>
  statement(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id}) ${byId("n", Label.Entity)} WHERE NOT (n)-[:${RelType.MENTIONED_IN}]->()
     DETACH DELETE n RETURN count(n) AS orphans`,
    { ids },
    (row) => number(row.orphans, "row.orphans"),
  );

/** Every source's statement about each node of `label` with one of `ids`, and the node's properties. */
export const readStatementsStatement = (label: Label, ids: string[]): Statement<StatementRow> =>
  statement(
    `UNWIND $ids AS id
     MATCH (x:${label} {id: id})-[m:${RelType.MENTIONED_IN}]->(s:${Label.Source}) ${byId("x", label)}
     RETURN id, properties(x) AS current, collect({sourceId: s.id, sourceKind: s.kind, props: properties(m)}) AS statements`,
    { ids },
    columns({ id: string, current: map, statements: sourceStatements }),
  );

/** Sets entities' derived properties (`$rows`: `{id, props}`), removing the `managed` ones they no longer have. */
export const deriveEntitiesStatement = (managed: readonly string[]): BatchedWrite =>
  batched(
    `UNWIND $rows AS row
     MATCH (n:${Label.Entity} {id: row.id}) ${byId("n", Label.Entity)}
     SET n += row.props
     ${unsetOthers("n", "k IN $managed")}`,
    { managed },
  );

/** Sets metrics' or claims' derived properties and their HAS_ link's provenance (`$rows`: `{id, props, sourceId, quote, inferred}`). */
export const deriveAttachedStatement = (label: Label.Metric | Label.Claim, relType: RelType.HAS_METRIC | RelType.HAS_CLAIM, rows: unknown[], managed: string[]): Statement<Row> =>
  write(
    `UNWIND $rows AS row
     MATCH (x:${label} {id: row.id}) ${byId("x", label)}
     SET x += row.props
     ${unsetOthers("x", "k IN $managed")}
     WITH x, row MATCH (:${Label.Entity})-[h:${relType}]->(x)
     SET h.sourceId = row.sourceId, h.quote = row.quote, h.inferred = row.inferred`,
    { rows, managed },
  );

/** Drops the 3W summary's aggregates and the planners' kept place facts (a load that does not keep them; seed.service.ts SummaryKeeper). */
export const dropSummariesStatement = (): Statement<Row> => plainStatement(`MATCH (s) WHERE s:${SUMMARY_LABEL} OR s:${PLACE_FACTS_LABEL} DELETE s`);
