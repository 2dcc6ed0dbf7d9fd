import { ACTIVITIES, Label, RelType } from "../graph/graph.model";
import { Role } from "../graph/graph.enums";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection, REL } from "../graph/graph.node";
import { type RelatedItemRow, relatedStatement, type RelationSpec } from "../graph/graph.relations";
import { rollupStart } from "../graph/graph.rollup";
import { cypherInt } from "../graph/graph.convert";
import { columns, fields, list, nodeOf, nullableString, number, oneOf, orElse, reason, type Statement, statement, string } from "../graph/graph.statement";

/**
 * For each `$ids` organization: `partners`, the organizations it worked with and through what.
 * Two organizations are partners only through an activity both are stated (or, marked, inferred)
 * to take part in: both INVOLVED_IN the same program, project, intervention or event. Nothing
 * else makes partners: an event that showcased a program one of them owns does not make the
 * event's participants the owner's partners (issue #17: the Lai Châu conference showcased the
 * national program, which does not make its actors the Ministry's partners). Rolled up
 * (graph.rollup.ts): the organization's units' activities count as its own, and its own units
 * are never its partners: the units are collected once and partners are checked against that
 * list. Inferred parts (the relationship property `inferred`, a reason; absent = stated): each
 * shared activity carries `ownInferred` (when every statement of this organization's part in
 * that role marks it inferred, the first reason) and `partnerInferred` (the partner's statement
 * on that row). `projection`: which properties of partners and activities (all by default);
 * `provenance`: whether the partner's source and quote travel (rows are the same either way).
 * Snapshot-tested in test/cypher.
 */
export const partnersCypher = (projection: Projection = ALL_PROPERTIES, provenance = true, paged = false): string =>
  `UNWIND $ids AS id
MATCH (o:${Label.Organization} {id: id})
CALL (o) {
  MATCH (u:${Label.Organization})-[:${RelType.PART_OF}*0..]->(o)
  RETURN collect(DISTINCT u) AS units
}${paged ? PARTNER_PAGE : ""}
CALL (units${paged ? ", page" : ""}) {
  UNWIND units AS u
  MATCH (u)-[r1:${RelType.INVOLVED_IN}]->(a)
  WITH units, ${paged ? "page, " : ""}a, r1.role AS role, collect(r1.inferred) AS ownMarks, count(r1) AS ownCount
  MATCH (a)<-[r2:${RelType.INVOLVED_IN}]-(p:${Label.Organization})
  WHERE NOT p IN units${paged ? " AND p IN page" : ""}
  RETURN DISTINCT p, a AS via, role, r2.role AS partnerRole, 'SAME_ACTIVITY' AS link, r2.sourceId AS sourceId, r2.quote AS quote,
         CASE WHEN size(ownMarks) = ownCount THEN ownMarks[0] END AS ownInferred, r2.inferred AS partnerInferred
}
WITH id, p, via, role, partnerRole, link, sourceId, quote, ownInferred, partnerInferred ORDER BY via.name, role, partnerRole
WITH id, p, collect({activity: ${NODE("via", projection, ACTIVITIES)}, role: role, partnerRole: partnerRole, link: link, ownInferred: ownInferred, partnerInferred: partnerInferred${provenance ? ", sourceId: sourceId, quote: quote" : ""}}) AS shared
RETURN id, ${NODE("p", projection, [Label.Organization])} AS partner, shared
ORDER BY id, p.name${paged ? ", p.id" : ""}`;

/**
 * Paged (Organization.partnersConnection): the page's partners are chosen first, by name and id
 * after the key `$after`, `$limit` of them, and only their shared activities are read. Binds
 * `page` after `units`.
 */
const PARTNER_PAGE = `
CALL (units) {
  UNWIND units AS u
  MATCH (u)-[:${RelType.INVOLVED_IN}]->()<-[:${RelType.INVOLVED_IN}]-(m:${Label.Organization})
  WHERE NOT m IN units
  WITH DISTINCT m
  WHERE $after IS NULL OR m.name > $after[0] OR (m.name = $after[0] AND m.id > $after[1])
  WITH m ORDER BY m.name, m.id LIMIT $limit
  RETURN collect(m) AS page
}`;

/** How many organizations each `$ids` organization worked with (partnersCypher's partners over all pages): `id, total`. */
export const partnersTotalCypher = (): string =>
  `UNWIND $ids AS id
MATCH (o:${Label.Organization} {id: id})
CALL (o) {
  MATCH (u:${Label.Organization})-[:${RelType.PART_OF}*0..]->(o)
  RETURN collect(DISTINCT u) AS units
}
CALL (units) {
  UNWIND units AS u
  MATCH (u)-[:${RelType.INVOLVED_IN}]->()<-[:${RelType.INVOLVED_IN}]-(m:${Label.Organization})
  WHERE NOT m IN units
  RETURN count(DISTINCT m) AS total
}
RETURN id, total`;

/** An activity two organizations share, as partnersCypher returns it. */
export interface SharedRow {
  activity: NodeRow;
  role: Role;
  partnerRole: Role;
  link: string;
  sourceId: string | null;
  quote: string | null;
  /** The curator's reason when this organization's part is inferred, else null. */
  ownInferred: string | null;
  /** The curator's reason when the partner's part (this row's statement) is inferred, else null. */
  partnerInferred: string | null;
}

const role = oneOf(Object.values(Role), "a Role");

/** A page of partners for partnersCypher paged: those after the (name, id) key `after`, `limit` of them. */
export interface PartnerPage {
  after: readonly unknown[] | null;
  limit: number;
}

/**
 * partnersCypher for `ids`: a row per partner of each organization found, by the partner's name
 * (one page of them with `page`); an organization without partners has none. A row per partner,
 * not one collected row per organization: a record larger than a Bolt chunk makes the driver
 * decode each of its strings through every chunk (issue #21, bench Q3: 1,777 partners, 778 kB).
 */
export const partnersStatement = (
  ids: readonly string[],
  projection: Projection = ALL_PROPERTIES,
  provenance = true,
  page: PartnerPage | null = null,
): Statement<{ id: string; partner: NodeRow; shared: SharedRow[] }> =>
  statement(
    partnersCypher(projection, provenance, !!page),
    page ? { ids, after: page.after, limit: cypherInt(page.limit) } : { ids },
    columns({
      id: string,
      partner: nodeOf([Label.Organization]),
      shared: list(
        fields({
          activity: nodeOf(ACTIVITIES),
          role,
          partnerRole: role,
          link: string,
          sourceId: nullableString,
          quote: nullableString,
          ownInferred: reason,
          partnerInferred: reason,
        }),
      ),
    }),
  );

/** partnersTotalCypher for `ids`. */
export const partnersTotalStatement = (ids: readonly string[]): Statement<{ id: string; total: number }> =>
  statement(partnersTotalCypher(), { ids }, columns({ id: string, total: orElse(number, 0) }));

/**
 * One page of an edge field's relationships (Organization.involvementsConnection) per `$ids`
 * entry, as relatedCypher returns them (`id, items, holders`): the relationship keys (holder,
 * related node, role; every source's relationship of a key is returned, and folded into one item
 * by the resolver) after the key `$after` = [node name, node id, holder id, role], `$limit` of
 * them, ordered so; `$role` (or null) keeps one role. For specs of one direction, without `hops`.
 */
export function edgePageCypher(spec: RelationSpec, projection: Projection, relProjection: Projection): string {
  if (spec.hops || spec.direction === "BOTH") throw new Error(`an edge page reads one direction without hops, not ${spec.key}`);
  return [
    "UNWIND $ids AS id",
    "CALL (id) {",
    ...edgeKeys(spec),
    "  WHERE $after IS NULL OR m.name > $after[0] OR (m.name = $after[0] AND (m.id > $after[1] OR (m.id = $after[1] AND (s.id > $after[2] OR (s.id = $after[2] AND role > $after[3])))))",
    "  WITH s, m, role, rels ORDER BY m.name, m.id, s.id, role LIMIT $limit",
    "  UNWIND rels AS r",
    `  RETURN collect({node: ${NODE("m", projection, spec.targets)}, holder: s.id, rel: ${REL("r", relProjection)}, direction: '${spec.direction}'}) AS items,`,
    `         collect(DISTINCT ${NODE("s", projection)}) AS holders`,
    "}",
    "RETURN id, items, holders",
  ].join("\n");
}

/** How many relationship keys edgePageCypher pages per `$ids` entry (of `$role`, or all): `id, total`. */
export const edgePageTotalCypher = (spec: RelationSpec): string =>
  ["UNWIND $ids AS id", "CALL (id) {", ...edgeKeys(spec), "  RETURN count(*) AS total", "}", "RETURN id, total"].join("\n");

/** The relationship keys (s, m, role) of `spec` from the entity `id`, with their relationships `rels`. */
function edgeKeys(spec: RelationSpec): string[] {
  const rel = `[r:${spec.types.join("|")}]`;
  return [
    `  MATCH (n:${spec.from} {id: id})`,
    ...(spec.rollup?.length ? [`  CALL (n) {`, ...spec.rollup.map((r, i) => `${i ? "    UNION\n" : ""}    MATCH ${rollupStart(r, "n", "s")} RETURN s`), `  }`] : ["  WITH n AS s"]),
    `  MATCH ${spec.direction === "OUT" ? `(s)-${rel}->(m)` : `(s)<-${rel}-(m)`}`,
    `  WHERE (${spec.targets.map((l) => `m:${l}`).join(" OR ")}) AND ($role IS NULL OR r.role = $role)`,
    "  WITH s, m, coalesce(r.role, '') AS role, collect(r) AS rels",
  ];
}

/** edgePageCypher for `ids`: decoded as relatedStatement's rows. */
export const edgePageStatement = (
  spec: RelationSpec,
  ids: readonly string[],
  page: { after: readonly unknown[] | null; limit: number; role: string | null },
  projection: Projection,
  relProjection: Projection,
): Statement<{ id: string; items: RelatedItemRow[]; holders: NodeRow[] }> =>
  statement(
    edgePageCypher(spec, projection, relProjection),
    { ids, after: page.after, limit: cypherInt(page.limit), role: page.role },
    relatedStatement(spec, ids, projection, relProjection).decode,
  );

/** edgePageTotalCypher for `ids`. */
export const edgePageTotalStatement = (spec: RelationSpec, ids: readonly string[], role: string | null): Statement<{ id: string; total: number }> =>
  statement(edgePageTotalCypher(spec), { ids, role }, columns({ id: string, total: orElse(number, 0) }));
