import { ActivityKind } from "../graph/graph.enums";
import type { CypherStatement } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { periodOverlap } from "../graph/graph.period";
import { inProgram, inProject, modelWithin, orgWithin, placesUnder } from "../graph/graph.rollup";

/** The 3W filters, validated: ids are well-formed, dates are ISO days, lists are de-duplicated. */
export interface WhoWhatWhereQuery {
  organization?: string;
  model?: string;
  program?: string;
  project?: string;
  place?: string;
  roles?: string[];
  activities?: string[];
  from?: string;
  to?: string;
  /** With from/to: keep interventions that have no date at all (excluded otherwise). */
  includeUndated?: boolean;
}

/** How specific a place level is, to pick the smallest unit holding several places. */
const levelRank = (v: string): string =>
  `CASE ${v}.level WHEN 'VILLAGE' THEN 4 WHEN 'COMMUNE' THEN 3 WHEN 'DISTRICT' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END`;

/**
 * The MATCH part of every 3W statement, built for the filters actually given: it binds
 * `o` (organization), `r` (its INVOLVED_IN), `i` (intervention), `m` (model run, or null),
 * `pl` (the row's place) and `places` for every row that passes them.
 *
 * It starts from the most selective anchor given and walks from there: a place filter starts
 * at the place (and the units merged into it) and walks down to the places inside, then to
 * the interventions there; otherwise a project, an organization (and its units), a model (and
 * its variants) or a program. Filters not given add no clause and no parameter. Every value
 * is a $parameter; the roll-up rule is graph.rollup.ts's.
 *
 * Rows: a model run is one row per place; any other activity one row for all of its places,
 * placed at the smallest unit that holds them all. Dates: an intervention counts for
 * [from, to] when its known dates overlap it; one with no date at all only with includeUndated.
 */
export function whoWhatWhereMatch(q: WhoWhatWhereQuery): CypherStatement {
  const params: Record<string, unknown> = {};
  const lines: string[] = [];
  const where: string[] = [];
  const param = (name: string, value: unknown): string => {
    params[name] = value;
    return `$${name}`;
  };

  // 1. The anchor, and the organization → intervention pairs reached from it.
  if (q.place) {
    lines.push(
      `MATCH (anchor:${Label.Place} {id: ${param("place", q.place)}})`,
      ...placesUnder("anchor", "p0"),
      `MATCH (i:${Label.Intervention})-[:${RelType.LOCATED_IN}]->(p0)`,
      `MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i)`,
    );
  } else if (q.project) {
    lines.push(
      `MATCH (i:${Label.Intervention})-[:${RelType.PART_OF}*1..3]->(:${Label.Project} {id: ${param("project", q.project)}})`,
      `MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i)`,
    );
  } else if (q.organization) {
    lines.push(
      `MATCH (o:${Label.Organization})-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: ${param("organization", q.organization)}})`,
      `MATCH (o)-[r:${RelType.INVOLVED_IN}]->(i:${Label.Intervention})`,
    );
  } else if (q.model) {
    lines.push(
      `MATCH (m:${Label.Model})-[:${RelType.PART_OF}*0..]->(:${Label.Model} {id: ${param("model", q.model)}})`,
      `MATCH (i:${Label.Intervention})-[:${RelType.APPLIES}]->(m)`,
      `MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i)`,
    );
  } else if (q.program) {
    lines.push(
      `MATCH (i:${Label.Intervention})-[:${RelType.PART_OF}*1..4]->(:${Label.Program} {id: ${param("program", q.program)}})`,
      `MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i)`,
    );
  } else {
    lines.push(`MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i:${Label.Intervention})`);
  }

  // 2. The other filters, each only when given.
  if (q.project && q.place) where.push(inProject("i", param("project", q.project)));
  if (q.organization && (q.place || q.project)) where.push(orgWithin("o", param("organization", q.organization)));
  if (q.program && (q.place || q.project || q.organization || q.model)) where.push(inProgram("i", param("program", q.program)));
  if (q.roles?.length) where.push(`r.role IN ${param("roles", q.roles)}`);
  if (q.activities?.length) where.push(`coalesce(i.activity, '${ActivityKind.MODEL_RUN}') IN ${param("activities", q.activities)}`);
  const period = periodOverlap("i", q.from ? param("from", q.from) : null, q.to ? param("to", q.to) : null, !!q.includeUndated);
  if (period) where.push(period);
  if (where.length) lines.push(`WHERE ${where.join("\n  AND ")}`);

  // 3. The model run: required and rolled up when filtered on (unless it was the anchor).
  if (q.model && (q.place || q.project || q.organization)) {
    lines.push(`MATCH (i)-[:${RelType.APPLIES}]->(m:${Label.Model})`, `WHERE ${modelWithin("m", param("model", q.model))}`);
  } else if (!q.model) {
    lines.push(`OPTIONAL MATCH (i)-[:${RelType.APPLIES}]->(m:${Label.Model})`);
  }

  // 4. The places, when the anchor did not bind them.
  if (!q.place) lines.push(`OPTIONAL MATCH (i)-[:${RelType.LOCATED_IN}]->(p0:${Label.Place})`);

  // 5. Rows: one per place for a model run, one for all places otherwise.
  lines.push(
    `WITH o, r, i, m, CASE WHEN coalesce(i.activity, '${ActivityKind.MODEL_RUN}') = '${ActivityKind.MODEL_RUN}' THEN p0 END AS split, collect(p0) AS places`,
    `WITH o, r, i, m, places, head(places) AS first`,
    `WITH o, r, i, m, places,`,
    `     CASE WHEN size(places) <= 1 THEN first`,
    `          ELSE reduce(best = null, a IN [(first)-[:${RelType.PART_OF}*0..]->(x:${Label.Place})`,
    `                                         WHERE all(p IN places WHERE EXISTS { MATCH (p)-[:${RelType.PART_OF}*0..]->(x) }) | x] |`,
    `                 CASE WHEN best IS NULL OR ${levelRank("a")} > ${levelRank("best")} THEN a ELSE best END)`,
    `     END AS pl`,
  );
  return { cypher: lines.join("\n"), params };
}
