import { ACTIVITIES, Label, RelType } from "../graph/graph.model";
import { ALL_PROPERTIES, NODE, type Projection } from "../graph/graph.node";

/**
 * For each `$ids` organization: `partners`, the organizations it worked with and through what.
 * Two organizations are partners when both take part in the same program, project,
 * intervention or event, or when one's intervention or product was showcased at an event the
 * other took part in (a study tour visiting a cooperative's tea model). Rolled up
 * (graph.rollup.ts): the organization's units' activities count as its own, and its own
 * units are never its partners: the units are collected once and partners are checked against
 * that list. `projection`: which properties of partners and activities (all by default);
 * `provenance`: whether the partner's source and quote travel (rows are the same either way).
 * Snapshot-tested in test/cypher.
 */
export const partnersCypher = (projection: Projection = ALL_PROPERTIES, provenance = true): string =>
  `UNWIND $ids AS id
MATCH (o:${Label.Organization} {id: id})
CALL (o) {
  MATCH (u:${Label.Organization})-[:${RelType.PART_OF}*0..]->(o)
  RETURN collect(DISTINCT u) AS units
}
CALL (units) {
  UNWIND units AS u
  MATCH (u)-[r1:${RelType.INVOLVED_IN}]->(a)<-[r2:${RelType.INVOLVED_IN}]-(p:${Label.Organization})
  WHERE NOT p IN units
  RETURN p, a AS via, r1.role AS role, r2.role AS partnerRole, 'SAME_ACTIVITY' AS link, r2.sourceId AS sourceId, r2.quote AS quote, r2.inferred AS inferred
  UNION
  UNWIND units AS u
  MATCH (u)-[r1:${RelType.INVOLVED_IN}]->(e:${Label.Event})-[:${RelType.SHOWCASED}]->(x)<-[r2:${RelType.INVOLVED_IN}]-(p:${Label.Organization})
  WHERE NOT p IN units
  RETURN p, e AS via, r1.role AS role, r2.role AS partnerRole, 'SHOWCASED' AS link, r2.sourceId AS sourceId, r2.quote AS quote, r2.inferred AS inferred
  UNION
  UNWIND units AS u
  MATCH (u)-[r1:${RelType.INVOLVED_IN}]->(x)<-[:${RelType.SHOWCASED}]-(e:${Label.Event})<-[r2:${RelType.INVOLVED_IN}]-(p:${Label.Organization})
  WHERE NOT p IN units
  RETURN p, e AS via, r1.role AS role, r2.role AS partnerRole, 'SHOWCASED' AS link, r2.sourceId AS sourceId, r2.quote AS quote, r2.inferred AS inferred
}
WITH id, p, via, role, partnerRole, link, sourceId, quote, inferred ORDER BY via.name, role, partnerRole
WITH id, p, collect({activity: ${NODE("via", projection, ACTIVITIES)}, role: role, partnerRole: partnerRole, link: link${provenance ? ", sourceId: sourceId, quote: quote, inferred: inferred" : ""}}) AS shared
ORDER BY p.name
RETURN id, collect({partner: ${NODE("p", projection, [Label.Organization])}, shared: shared}) AS partners`;
