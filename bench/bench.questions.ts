/**
 * Q1–Q18, each asked three ways: (a) the API's GraphQL, (b) the best hand-written Cypher for the
 * same answer (one statement, returning only what the GraphQL asks for), (c) @neo4j/graphql 7.6
 * over the same labels, or null where it cannot say it (no group-by, no ranking). Each way reports
 * the size of its answer and its keys (`page`: ids, or ids with values), compared as `match` says.
 *
 * The hand-written Cypher keeps the API's semantics (graph.rollup.ts's roll-ups, the 3W row rule
 * of who-what-where.cypher.ts, its order) but works per intervention before it multiplies into
 * rows, sorts on keys only, and builds the returned maps only for the page. @neo4j/graphql has
 * no roll-ups: its queries spell the place, model and unit hierarchies out as nested filters and
 * selections to the depth the data has (province → district → commune → village; variants two
 * deep; units two deep), and its 3W answer is a page of interventions with their organizations,
 * models and places nested, not rows (its totalCount counts interventions).
 */
import neo4j from "neo4j-driver";
import { LIVELIHOOD_CATEGORIES, SEARCH } from "../src/replicable-models/replicable-models.scoring";

export type QuestionId = "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7" | "Q8" | "Q9" | "Q10" | "Q11" | "Q12" | "Q13" | "Q14" | "Q15" | "Q16" | "Q17" | "Q18" | "Q19";

export interface GraphQLAsk {
  query: string;
  variables: Record<string, unknown>;
  /** The answer's size from the response's `data`, e.g. total 3W rows. */
  size: (data: Record<string, unknown>) => number;
  /** The answer's keys (ids, or ids with values), compared with the other ways' as the question's `match` says. */
  page?: (data: Record<string, unknown>) => string[];
}

export interface CypherAsk {
  cypher: string;
  params: Record<string, unknown>;
  size: (rows: Record<string, unknown>[]) => number;
  page?: (rows: Record<string, unknown>[]) => string[];
}

export interface Question {
  id: QuestionId;
  title: string;
  /** What `size` counts, for the report. */
  unit: string;
  /** How the report compares the three ways, in words (the report derives it from `match` otherwise). */
  compare?: string;
  /**
   * How the keys (`page`) of the hand-written Cypher and of @neo4j/graphql are compared with the
   * API's: `ordered` (same keys, same order), `set` (same keys, any order), `subset` (the API's
   * keys are among the other's: the API ranks and cuts what the Cypher lists whole). Without
   * keys on both sides only sizes are compared; `why` says why a way is not compared by keys.
   */
  match?: { cypher?: Match; neo4jGraphql?: Match; why?: string };
  /**
   * Issue 21's targets beyond the common ones (within 1.5× of the hand-written Cypher, faster than
   * @neo4j/graphql, no errors at 16 clients): at most `maxDbHits` over all the API's statements;
   * at most `within.factor` × question `within.of`'s API median; `paging`: a list that should page
   * (`first`/`after`) and does not yet, in words.
   */
  targets?: { maxDbHits?: number; within?: { of: QuestionId; factor: number }; paging?: { met: boolean; note: string } };
  /** What a fixed-size answer still reads that grows with the graph (the growth section's "what stands in the way"). */
  growthNote?: string;
  api: GraphQLAsk;
  cypher: CypherAsk;
  neo4jGraphql: (GraphQLAsk & { unit: string }) | null;
}

export type Match = "ordered" | "set" | "subset";

export interface QuestionParams {
  place: string;
  model: string;
  from: string;
  to: string;
  organization: string;
  search: string;
  /** A commune inside `place` (the one with the most interventions): Q9, Q10. */
  commune: string;
  /** The model with the most runs (its variants' rolled up): Q11. */
  mostRunModel: string;
  /** The organization involved in the most activities (its units' rolled up): Q13. */
  largestOrganization: string;
  /** The NGO (international or not) involved in the most activities, units rolled up: Q15. */
  largestNgo: string;
  /** A word most names hold, asked with first: 100: Q14. */
  commonWord: string;
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// ---------------------------------------------------------------------------------------------
// Shared Cypher pieces (labels and types are the model's; every value is a parameter).

/** Binds `p` to every place the anchor `$place` answers for (placesUnder of graph.rollup.ts), once each. */
const PLACES_UNDER = `MATCH (anchor:Place {id: $place})
OPTIONAL MATCH (merged:Place)-[:SUCCEEDED_BY]->(anchor)
WITH anchor, collect(merged) AS merged
UNWIND [anchor] + merged AS root
MATCH (p:Place)-[:PART_OF*0..]->(root)
WITH DISTINCT p`;

/** How specific a place level is (who-what-where.cypher.ts levelRank). */
const LEVEL_RANK = (v: string): string => `CASE ${v}.level WHEN 'VILLAGE' THEN 4 WHEN 'COMMUNE' THEN 3 WHEN 'DISTRICT' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END`;

/**
 * From sorted rows `o, r, i, m, split, places` (sorted on keys only, in the API's ORDER) to the 3W
 * page: counted, sliced; the page's rows then get their place (the smallest unit holding a
 * non-run's places) and that place's chain.
 */
const THREE_W_PAGE = `WITH collect([o, r, i, m, split, places]) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
WITH total, x[0] AS o, x[1] AS r, x[2] AS i, x[3] AS m, x[4] AS split, x[5] AS places, head(x[5]) AS first
WITH total, o, r, i, m,
     CASE WHEN split IS NOT NULL THEN split
          WHEN size(places) <= 1 THEN first
          ELSE reduce(best = null, a IN [(first)-[:PART_OF*0..]->(c:Place)
                                         WHERE all(q IN places WHERE EXISTS { MATCH (q)-[:PART_OF*0..]->(c) }) | c] |
                 CASE WHEN best IS NULL OR ${LEVEL_RANK("a")} > ${LEVEL_RANK("best")} THEN a ELSE best END) END AS pl
RETURN total,
       CASE WHEN o IS NULL THEN null ELSE {
         organization: o {.id, .name}, role: r.role, activity: coalesce(i.activity, 'MODEL_RUN'),
         intervention: i {.id, .name}, model: m {.id, .name},
         period: {start: toString(i.startDate), end: toString(i.endDate)},
         placePath: CASE WHEN pl IS NULL THEN [] ELSE [(pl)-[:PART_OF*0..]->(a:Place) | a {.id, .name, .level, .code}] END
       } END AS row`;

/**
 * Every 3W row (who-what-where.cypher.ts's rule), whole country or `$place`'s (rolled up): a
 * `CALL () { … UNION ALL … }` binding o, r, i (intervention or event), m, split, places.
 * Interventions: a model run one row per place, any other activity one row for its places,
 * narrowed to those holding the organization's own place; events: a row per such place.
 */
export function threeWRows(place: boolean): string {
  const anchor = (label: string, distinct: string): string =>
    place
      ? `${PLACES_UNDER.replace(/\bp\b/g, "p0")}
  MATCH (i:${label})-[:LOCATED_IN]->(p0)
  WITH i, collect(${distinct}p0) AS places`
      : `MATCH (i:${label})
  OPTIONAL MATCH (i)-[:LOCATED_IN]->(p0:Place)
  WITH i, collect(${distinct}p0) AS places`;
  // ownPlaces: among all of the activity's places (not only those within the place filter).
  const all = place ? "reduce(seen = [], x IN [(i)-[:LOCATED_IN]->(x:Place) | x] | CASE WHEN x IN seen THEN seen ELSE seen + x END)" : "places";
  const own = `[p IN ${all} WHERE EXISTS { MATCH (o)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(p) }]`;
  return `CALL () {
  ${anchor("Intervention", "")}
  OPTIONAL MATCH (i)-[:APPLIES]->(m:Model)
  MATCH (o:Organization)-[r:INVOLVED_IN]->(i)
  WITH o, r, i, m, places, coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run
  WITH o, r, i, m, places, run, CASE WHEN run THEN [] ELSE ${own} END AS own
  WITH o, r, i, m, run, CASE WHEN size(own) > 0 THEN [p IN own WHERE p IN places] ELSE places END AS places, own
  WHERE size(own) = 0 OR size(places) > 0
  UNWIND CASE WHEN run AND size(places) > 0 THEN places ELSE [null] END AS split
  RETURN o, r, i, m, split, places
  UNION ALL
  ${anchor("Event", "DISTINCT ")}
  MATCH (o:Organization)-[r:INVOLVED_IN]->(i)
  WITH o, r, i, places, ${own} AS own
  WITH o, r, i, CASE WHEN size(own) > 0 THEN [p IN own WHERE p IN places] ELSE places END AS places, own
  WHERE size(own) = 0 OR size(places) > 0
  UNWIND CASE WHEN size(places) = 0 THEN [null] ELSE places END AS split
  RETURN o, r, i, null AS m, split, CASE WHEN split IS NULL THEN [] ELSE [split] END AS places
}`;
}

/**
 * whoWhatWhereSummary by hand over threeWRows: the rows folded per activity (its organizations,
 * roles, models, row places and programs once), then each facet counts distinct activities.
 */
const summaryCypher = (place: boolean): string => `${threeWRows(place)}
WITH i, places, count(*) AS n, collect(DISTINCT o) AS orgs, collect(DISTINCT r.role) AS roles, collect(DISTINCT m) AS models, collect(DISTINCT split) AS splits
WITH i, n, orgs, roles, CASE WHEN size(models) = 0 THEN [null] ELSE models END AS models,
     CASE WHEN size(splits) > 0 THEN splits WHEN size(places) > 0 THEN places ELSE [null] END AS places,
     CASE WHEN NOT $withPrograms THEN [] WHEN i:Event THEN [(i)-[:PART_OF|BASED_ON*1..4]->(pg:Program) | pg] ELSE [(i)-[:PART_OF*1..4]->(pg:Program) | pg] END AS programs
WITH i, n, orgs, roles, models, programs,
     reduce(acc = [], pv IN [pl IN places | CASE WHEN pl IS NULL THEN null ELSE head([(pl)-[:PART_OF*0..]->(x:Place {level: 'PROVINCE'}) | x]) END] |
            CASE WHEN pv IN acc THEN acc ELSE acc + [pv] END) AS provinces
WITH collect({i: i, n: n, orgs: orgs, roles: roles, models: models, provinces: provinces,
              programs: CASE WHEN NOT $withPrograms THEN [] WHEN size(programs) = 0 THEN [null] ELSE programs END}) AS xs
CALL (xs) { UNWIND xs AS x RETURN sum(x.n) AS rows, count(DISTINCT CASE WHEN x.i:Intervention THEN x.i END) AS interventions }
CALL (xs) { UNWIND xs AS x UNWIND x.orgs AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS organizations }
CALL (xs) { UNWIND xs AS x UNWIND x.roles AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k, name: k, count: n}) AS roles }
CALL (xs) { UNWIND xs AS x UNWIND x.models AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS models }
CALL (xs) { UNWIND xs AS x UNWIND x.provinces AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS provinces }
CALL (xs) { UNWIND xs AS x UNWIND x.programs AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS programs }
RETURN rows, interventions, organizations, models, provinces, roles, programs`;

const totalOf = (rows: Record<string, unknown>[]): number => Number(rows[0]?.total ?? 0);

/** The API's 3W row id (organization|role|intervention|model|place) of each row of the page. */
const pageKeys = (rows: Record<string, unknown>[]): string[] =>
  rows
    .map((r) => r.row as Data | null)
    .filter((r): r is Data => !!r)
    .map((r) => [r.organization.id, r.role, r.intervention.id, r.model?.id ?? "", r.placePath[0]?.id ?? ""].join("|"));

/**
 * An organization's partners as src/partners defines them: organizations taking part in an
 * activity its units (itself included) take part in, not its own units; each with the distinct
 * (activity, role, partner's role) it shares, by the activity's name; partners by name.
 */
const PARTNERS = `MATCH (o:Organization {id: $id})
MATCH (u:Organization)-[:PART_OF*0..]->(o)
WITH o, collect(DISTINCT u) AS units
UNWIND units AS u
MATCH (u)-[r1:INVOLVED_IN]->(a)<-[r2:INVOLVED_IN]-(p:Organization)
WHERE NOT p IN units
WITH DISTINCT o, p, a, r1.role AS role, r2.role AS partnerRole
WITH o, p, a, role, partnerRole ORDER BY a.name, role, partnerRole
WITH o, p, collect({activity: a {.id, .name}, role: role, partnerRole: partnerRole, link: 'SAME_ACTIVITY'}) AS via
ORDER BY p.name, p.id
RETURN o.id AS id, o.name AS name, collect({partner: p {.id, .name}, via: via}) AS partners`;

/** A partner's key: its id and how many activities (with roles) it shares. */
const partnerKey = (id: string, via: number): string => `${id}×${via}`;
const cypherPartnerKeys = (rows: Record<string, unknown>[]): string[] => ((rows[0]?.partners as Data[]) ?? []).map((x) => partnerKey(x.partner.id, x.via.length));
const apiPartnerKeys = (d: Data): string[] => (d.organization?.partners ?? []).map((x: Data) => partnerKey(x.partner.id, x.via.length));

/** The facets of a whoWhatWhereSummary (the API's or the hand-written Cypher's) as keys: `rows=…`, `interventions=…`, `<facet>:<key>=<count>`. */
function summaryKeys(summary: Data | undefined): string[] {
  if (!summary) return [];
  const keys = [`rows=${Number(summary.rows)}`, `interventions=${Number(summary.interventions)}`];
  for (const facet of ["organizations", "models", "provinces", "roles", "programs"]) {
    for (const b of (summary[facet] as Data[] | undefined) ?? []) keys.push(`${facet}:${b.key ?? "(none)"}=${Number(b.count)}`);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// @neo4j/graphql pieces.

/** A place at `id` or inside it (three levels down), or in a unit merged into it. */
function placeWithin(id: string): Record<string, unknown> {
  const is = { id: { eq: id } };
  const up = (w: Record<string, unknown>): Record<string, unknown> => ({ partOf: { some: w } });
  const merged = { successors: { some: is } };
  return { OR: [is, up(is), up(up(is)), up(up(up(is))), merged, up(merged), up(up(merged)), up(up(up(merged)))] };
}

const PLACE_CHAIN = `places { id name level code partOf { id name level code partOf { id name level code partOf { id name level code } } } }`;
const NG_3W_NODE = `id name activity startDate endDate
  participantsConnection { edges { properties { role } node { id name } } }
  models { id name }
  ${PLACE_CHAIN}`;
/** Why @neo4j/graphql's 3W answer is compared by size only. */
const NG_3W_WHY = "@neo4j/graphql answers a page of interventions, not 3W rows: only its size (interventions) is shown";
const PARTICIPANTS = `participantsConnection { edges { properties { role } node { id name } } }`;

/**
 * @neo4j/graphql's search: one full-text query per kind (it has no cross-kind search), merged by
 * the client into the top `limit` hits.
 */
function ngSearch(name: string, phrase: string, limit: number): GraphQLAsk & { unit: string } {
  const kinds = ["organizations", "interventions", "models", "places", "events", "projects", "programs"];
  return {
    query: `query ${name}($phrase: String!) {
${kinds.map((k) => `  ${k}Search(phrase: $phrase, first: ${limit}) { edges { score node { id name } } }`).join("\n")}
}`,
    variables: { phrase },
    size: (d: Data) =>
      Math.min(
        limit,
        Object.values(d).reduce((n: number, c: Data) => n + c.edges.length, 0),
      ),
    page: (d: Data) =>
      Object.values(d)
        .flatMap((c: Data) => c.edges as Data[])
        .sort((a, b) => b.score - a.score || String(a.node.name).localeCompare(String(b.node.name)))
        .slice(0, limit)
        .map((e) => e.node.id),
    unit: `hits (top ${limit} of ${kinds.length} per-kind searches, merged by the client)`,
  };
}

/** The API's 3W question: 50 rows and the total for `filter` (GraphQL text with its variables declared by `params`). */
function api3w(name: string, params: string, filter: string, variables: Record<string, unknown>): GraphQLAsk {
  return {
    query: `query ${name}(${params}) {
  whoWhatWhere(filter: { ${filter} }, first: 50) {
    totalCount
    nodes {
      id role activity
      organization { id name } intervention { id name } model { id name }
      village { id name } commune { id name code } district { id name } province { id name }
      period { start end }
    }
  }
}`,
    variables,
    size: (d: Data) => d.whoWhatWhere.totalCount,
    page: (d: Data) => d.whoWhatWhere.nodes.map((n: Data) => n.id),
  };
}

/** @neo4j/graphql's nearest to a 3W page: 50 interventions matching `where`, nested, and their total. */
function ng3w(name: string, where: Record<string, unknown>): GraphQLAsk & { unit: string } {
  return {
    query: `query ${name}($where: InterventionWhere!) {
  interventionsConnection(where: $where, first: 50, sort: [{ name: ASC }, { id: ASC }]) {
    totalCount
    edges { node { ${NG_3W_NODE} } }
  }
}`,
    variables: { where },
    size: (d: Data) => d.interventionsConnection.totalCount,
    unit: "interventions",
  };
}

// ---------------------------------------------------------------------------------------------

export function buildQuestions(p: QuestionParams, options: { summaryHasPrograms: boolean }): Question[] {
  const int = (n: number): unknown => neo4j.int(n);
  return [
    {
      id: "Q1",
      title: `3W for one province (${p.place}): 50 rows + totalCount, place chain`,
      unit: "3W rows",
      match: { cypher: "ordered", why: NG_3W_WHY },
      api: api3w("Q1", "$place: ID!", "place: $place", { place: p.place }),
      cypher: {
        cypher: `${threeWRows(true)}
WITH o, r, i, m, split, places
ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, split.name, split.id, r.role
${THREE_W_PAGE}`,
        params: { place: p.place, skip: int(0), limit: int(50) },
        size: totalOf,
        page: pageKeys,
      },
      neo4jGraphql: ng3w("Q1", { places: { some: placeWithin(p.place) } }),
    },
    {
      id: "Q2",
      title: `3W by model roll-up (${p.model}) and dates ${p.from}..${p.to}`,
      unit: "3W rows",
      match: { cypher: "ordered", why: NG_3W_WHY },
      api: api3w("Q2", "$model: ID!, $from: LocalDate!, $to: LocalDate!", "model: $model, from: $from, to: $to", { model: p.model, from: p.from, to: p.to }),
      cypher: {
        cypher: `MATCH (v:Model)-[:PART_OF*0..]->(:Model {id: $model})
WITH DISTINCT v
MATCH (i:Intervention)-[:APPLIES]->(v)
WHERE coalesce(i.endDate, i.startDate) >= date($from) AND coalesce(i.startDate, i.endDate) <= date($to)
WITH i, collect(DISTINCT v) AS models
OPTIONAL MATCH (i)-[:LOCATED_IN]->(p0:Place)
WITH i, models, collect(p0) AS places, coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run
UNWIND models AS m
MATCH (o:Organization)-[r:INVOLVED_IN]->(i)
WITH o, r, i, m, places, run, CASE WHEN run THEN [] ELSE [p IN places WHERE EXISTS { MATCH (o)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(p) }] END AS own
WITH o, r, i, m, run, CASE WHEN size(own) > 0 THEN own ELSE places END AS places
UNWIND CASE WHEN run AND size(places) > 0 THEN places ELSE [null] END AS split
WITH o, r, i, m, split, places
ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, split.name, split.id, r.role
${THREE_W_PAGE}`,
        params: { model: p.model, from: p.from, to: p.to, skip: int(0), limit: int(50) },
        size: totalOf,
        page: pageKeys,
      },
      neo4jGraphql: ng3w("Q2", {
        models: {
          some: {
            OR: [{ id: { eq: p.model } }, { broader: { some: { id: { eq: p.model } } } }, { broader: { some: { broader: { some: { id: { eq: p.model } } } } } }],
          },
        },
        AND: [
          { OR: [{ endDate: { gte: p.from } }, { AND: [{ endDate: { eq: null } }, { startDate: { gte: p.from } }] }] },
          { OR: [{ startDate: { lte: p.to } }, { AND: [{ startDate: { eq: null } }, { endDate: { lte: p.to } }] }] },
        ],
      }),
    },
    {
      id: "Q3",
      title: `An organization's partners (${p.organization}, units rolled up)`,
      unit: "partners",
      match: { cypher: "ordered", neo4jGraphql: "set" },
      api: {
        query: `query Q3($id: ID!) {
  organization(id: $id) {
    id name
    partners {
      partner { id name }
      via { role partnerRole link activity { __typename ... on Entity { id name } } }
    }
  }
}`,
        variables: { id: p.organization },
        size: (d: Data) => d.organization?.partners.length ?? 0,
        page: apiPartnerKeys,
      },
      cypher: {
        cypher: PARTNERS,
        params: { id: p.organization },
        size: (rows) => (rows[0]?.partners as unknown[] | undefined)?.length ?? 0,
        page: cypherPartnerKeys,
      },
      neo4jGraphql: {
        query: `query Q3($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    id name ...Acts
    units { id name ...Acts units { id name ...Acts } }
  }
}
fragment Acts on Organization {
  involvedInConnection {
    edges {
      properties { role }
      node {
        ... on Intervention { id name ${PARTICIPANTS} showcasedAt { id name ${PARTICIPANTS} } }
        ... on Project { id name ${PARTICIPANTS} }
        ... on Program { id name ${PARTICIPANTS} }
        ... on Event {
          id name ${PARTICIPANTS}
          showcased { ... on Intervention { id ${PARTICIPANTS} } ... on Program { id ${PARTICIPANTS} } }
        }
      }
    }
  }
}`,
        variables: { id: p.organization },
        size: (d: Data) => ngPartners(d.organizations?.[0]).length,
        page: (d: Data) => ngPartners(d.organizations?.[0]),
        unit: "partners (counted by the client)",
      },
    },
    {
      id: "Q4",
      title: `Diacritic-free search ("${p.search}", 20 hits)`,
      growthNote: "the full-text index scores every hit of the words before the first 20 are cut: more interventions named with them, more hits",
      unit: "hits",
      match: { cypher: "ordered", neo4jGraphql: "set" },
      api: {
        query: `query Q4($text: NonEmptyString!) { search(text: $text, first: 20) { score entity { __typename id name } } }`,
        variables: { text: p.search },
        size: (d: Data) => d.search.length,
        page: (d: Data) => d.search.map((h: Data) => h.entity.id),
      },
      cypher: {
        cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, head([l IN labels(node) WHERE l <> 'Entity']) AS kind, score
ORDER BY score DESC, name LIMIT $limit`,
        params: { query: luceneQuery(p.search), limit: int(20) },
        size: (rows) => rows.length,
        page: (rows) => rows.map((r) => String(r.id)),
      },
      neo4jGraphql: ngSearch("Q4", luceneQuery(p.search), 20),
    },
    {
      id: "Q5",
      title: `Everything inside a province (${p.place}): descendants + interventions roll-up`,
      unit: "places + interventions",
      match: { cypher: "set", neo4jGraphql: "set" },
      api: {
        query: `query Q5($place: ID!) { place(id: $place) { id name descendants { id name level } interventions { id name } } }`,
        variables: { place: p.place },
        size: (d: Data) => d.place.descendants.length + d.place.interventions.length,
        page: (d: Data) => [...d.place.descendants.map((x: Data) => `place:${x.id}`), ...d.place.interventions.map((x: Data) => `intervention:${x.id}`)],
      },
      cypher: {
        cypher: `MATCH (anchor:Place {id: $place})
CALL (anchor) {
  MATCH (d:Place)-[:PART_OF*1..]->(anchor)
  WITH DISTINCT d ORDER BY d.level, d.name
  RETURN collect(d {.id, .name, .level}) AS descendants
}
CALL (anchor) {
  OPTIONAL MATCH (merged:Place)-[:SUCCEEDED_BY]->(anchor)
  WITH anchor, collect(merged) AS merged
  UNWIND [anchor] + merged AS root
  MATCH (p:Place)-[:PART_OF*0..]->(root)
  WITH DISTINCT p
  MATCH (n:Intervention)-[:LOCATED_IN]->(p)
  WITH DISTINCT n ORDER BY n.name, n.id
  RETURN collect(n {.id, .name}) AS interventions
}
RETURN anchor.id AS id, anchor.name AS name, descendants, interventions`,
        params: { place: p.place },
        size: (rows) => ((rows[0]?.descendants as unknown[]) ?? []).length + ((rows[0]?.interventions as unknown[]) ?? []).length,
        page: (rows) => [...((rows[0]?.descendants as Data[]) ?? []).map((x) => `place:${x.id}`), ...((rows[0]?.interventions as Data[]) ?? []).map((x) => `intervention:${x.id}`)],
      },
      neo4jGraphql: {
        query: `query Q5($place: ID!, $within: InterventionWhere!) {
  places(where: { id: { eq: $place } }) {
    id name
    children { id name level children { id name level children { id name level } } }
  }
  interventions(where: $within, sort: [{ name: ASC }, { id: ASC }]) { id name }
}`,
        variables: { place: p.place, within: { places: { some: placeWithin(p.place) } } },
        size: (d: Data) => ngDescendants(d.places?.[0]).length + d.interventions.length,
        page: (d: Data) => [...ngDescendants(d.places?.[0]).map((id) => `place:${id}`), ...d.interventions.map((x: Data) => `intervention:${x.id}`)],
        unit: "places + interventions",
      },
    },
    {
      id: "Q6",
      title: "100 organizations with their interventions' models",
      unit: "involvements",
      match: { cypher: "set", neo4jGraphql: "set" },
      api: {
        query: `query Q6 {
  organizations(first: 100) {
    nodes { id involvements { role activity { __typename ... on Entity { id } ... on Intervention { models { id } } } } }
  }
}`,
        variables: {},
        size: (d: Data) => d.organizations.nodes.reduce((n: number, o: Data) => n + o.involvements.length, 0),
        page: (d: Data) => d.organizations.nodes.flatMap((o: Data) => o.involvements.map((v: Data) => involvementKey(o.id, v.activity.id, v.role, v.activity.models))),
      },
      cypher: {
        cypher: `MATCH (o:Organization)
WITH o ORDER BY o.name, o.id LIMIT 100
CALL (o) {
  MATCH (u:Organization)-[:PART_OF*0..]->(o)
  WITH DISTINCT u
  MATCH (u)-[r:INVOLVED_IN]->(a)
  RETURN collect({role: r.role, activity: a.id, models: CASE WHEN a:Intervention THEN [(a)-[:APPLIES]->(m:Model) | m.id] END}) AS involvements
}
RETURN o.id AS id, involvements`,
        params: {},
        size: (rows) => rows.reduce((n, r) => n + (r.involvements as unknown[]).length, 0),
        page: (rows) =>
          rows.flatMap((r) =>
            (r.involvements as Data[]).map((v) =>
              involvementKey(
                String(r.id),
                v.activity,
                v.role,
                v.models?.map((id: string) => ({ id })),
              ),
            ),
          ),
      },
      neo4jGraphql: {
        query: `query Q6 {
  organizations(sort: [{ name: ASC }, { id: ASC }], limit: 100) {
    id ...Acts
    units { id ...Acts units { id ...Acts } }
  }
}
fragment Acts on Organization {
  involvedInConnection {
    edges { properties { role } node { ... on Intervention { id models { id } } ... on Project { id } ... on Program { id } ... on Event { id } } }
  }
}`,
        variables: {},
        size: (d: Data) => d.organizations.reduce((n: number, o: Data) => n + ngInvolvements(o, o.id).length, 0),
        page: (d: Data) => d.organizations.flatMap((o: Data) => ngInvolvements(o, o.id)),
        unit: "involvements (units two deep, counted by the client)",
      },
    },
    {
      id: "Q7",
      title: `3W facets for one province (${p.place}): whoWhatWhereSummary`,
      unit: "3W rows",
      match: { cypher: "set", why: "@neo4j/graphql has no group-by" },
      api: {
        query: `query Q7($place: ID!) {
  whoWhatWhereSummary(filter: { place: $place }) {
    rows interventions
    organizations { key name count } models { key name count } provinces { key name count } roles { key name count }
    ${options.summaryHasPrograms ? "programs { key name count }" : ""}
  }
}`,
        variables: { place: p.place },
        size: (d: Data) => d.whoWhatWhereSummary.rows,
        page: (d: Data) => summaryKeys(d.whoWhatWhereSummary),
      },
      cypher: {
        cypher: summaryCypher(true),
        params: { place: p.place, withPrograms: options.summaryHasPrograms },
        size: (rows) => Number(rows[0]?.rows ?? 0),
        page: (rows) => summaryKeys(rows[0] as Data | undefined),
      },
      neo4jGraphql: null,
    },
    ...usersQuestions(p, options),
  ];
}

/** The planners' question as the IDE's ReplicableModels tab asks it, with first: 20 (issue 21). */
const REPLICABLE_MODELS = `query Q($place: ID!) {
  replicableModels(place: $place, first: 20) {
    totalCount fallback caveats rankedFor { id name }
    alreadyHereCount
    alreadyHere {
      rank model { id name }
      reasons { text points inferred }
      contacts { actor { ... on Organization { name } } roles inferred }
    }
    nodes {
      rank score proximity
      model { id name }
      reasons { text points inferred }
      caveats
      evidence { interventions sourceCount provinces }
      contacts { actor { ... on Organization { name } } roles }
      places { place { name } proximity why }
    }
  }
}`;

/**
 * The planners' area searched, as anchorCypher reads it: `here` (the asked place, or with
 * $toSuccessor its one 2025 successor), `roots` (here, the units merged into it, its successor when
 * that is only it renamed), `provinces` (theirs and their communes', before and after 2025) and `nearby`
 * (the provinces within $nearbyKm of its nearest positioned unit, at most $nearbyProvinces).
 */
const SEARCH_AREA = `MATCH (asked:Place {id: $place})
OPTIONAL MATCH (asked)-[:SUCCEEDED_BY]->(s:Place)
WITH asked, collect(s) AS next
WITH asked, CASE WHEN $toSuccessor AND size(next) = 1 THEN next[0] ELSE asked END AS here
OPTIONAL MATCH (pre:Place)-[:SUCCEEDED_BY]->(here)
WITH asked, here, collect(DISTINCT pre) AS pres
OPTIONAL MATCH (here)-[:SUCCEEDED_BY]->(same:Place)
WHERE COUNT { (here)-[:SUCCEEDED_BY]->(:Place) } = 1 AND COUNT { (:Place)-[:SUCCEEDED_BY]->(same) } = 1
WITH asked, here, pres, collect(same) AS renamed
WITH asked, here, [here] + pres + renamed AS roots
CALL (roots) {
  UNWIND roots AS r
  MATCH (r)-[:PART_OF*0..]->(c:Place {level: 'COMMUNE'})
  CALL (c) {
    RETURN c AS x
    UNION
    MATCH (c)-[:SUCCEEDED_BY]->(x:Place) RETURN x
    UNION
    MATCH (c)-[:SUCCEEDED_BY]->(:Place)<-[:SUCCEEDED_BY]-(x:Place) RETURN x
    UNION
    MATCH (x:Place)-[:SUCCEEDED_BY]->(c) RETURN x
  }
  WITH DISTINCT x WHERE NOT x IN roots
  RETURN collect(x) AS communes
}
CALL (roots, communes) {
  UNWIND roots + communes AS r
  MATCH (r)-[:PART_OF*0..]->(p0:Place {level: 'PROVINCE'})
  CALL (p0) {
    RETURN p0 AS x
    UNION
    MATCH (p0)-[:SUCCEEDED_BY]->(x:Place) RETURN x
    UNION
    MATCH (p0)-[:SUCCEEDED_BY]->(:Place)<-[:SUCCEEDED_BY]-(x:Place) RETURN x
    UNION
    MATCH (x:Place)-[:SUCCEEDED_BY]->(p0) RETURN x
  }
  WITH DISTINCT x WHERE NOT x IN roots
  RETURN collect(x) AS provinces
}
CALL (here, roots, provinces) {
  MATCH path = (here)-[:PART_OF*0..]->(x:Place) WHERE x.latitude IS NOT NULL AND x.longitude IS NOT NULL
  WITH x ORDER BY length(path) LIMIT 1
  MATCH (q:Place {level: 'PROVINCE'})
  WHERE q.latitude IS NOT NULL AND NOT q IN roots AND NOT q IN provinces
  WITH q, point.distance(point({latitude: x.latitude, longitude: x.longitude}), point({latitude: q.latitude, longitude: q.longitude})) AS metres
  WHERE metres <= $nearbyKm * 1000
  WITH q ORDER BY metres, q.id LIMIT toInteger($nearbyProvinces)
  RETURN collect(q) AS nearby
}
RETURN asked, here, roots, provinces, nearby`;

/**
 * replicableModels' candidates by hand: livelihood models (and uncategorised ones; a variant's
 * runs count for its broader models) with runs in the area searched (SEARCH_AREA), runs the
 * place's actors learned from or saw showcased at events they took part in, or (without a run)
 * shown at those events; not those already run in the place (or a unit merged into it); each with
 * its runs, ranked by them. The API's ranking (scoring.ts: tiers, similarity, evidence, learning
 * links) is not reproduced: the report compares the number of candidates (the API's totalCount),
 * not the order.
 */
const REPLICABLE_CANDIDATES = `${SEARCH_AREA.replace(/RETURN asked, here, roots, provinces, nearby$/, "")}CALL (roots) {
  UNWIND roots AS r
  MATCH (p:Place)-[:PART_OF*0..]->(r)
  WITH DISTINCT p
  MATCH (p)<-[:LOCATED_IN]-(:Intervention)-[:APPLIES]->(:Model)-[:PART_OF*0..]->(m:Model)
  RETURN collect(DISTINCT m) AS already
}
CALL (roots) {
  UNWIND roots AS r
  CALL (r) {
    MATCH (x:Place)-[:PART_OF*0..]->(r) RETURN x
    UNION
    MATCH (r)-[:PART_OF*1..]->(x:Place) RETURN x
  }
  WITH DISTINCT x
  MATCH (actor)-[:LOCATED_IN]->(x) WHERE actor:Organization OR actor:Person
  CALL (actor) {
    RETURN actor AS y
    UNION
    MATCH (y:Organization)-[:PART_OF*1..]->(actor) RETURN y
  }
  RETURN collect(DISTINCT y) AS actors
}
CALL (roots, provinces, nearby, actors) {
  UNWIND roots + provinces + nearby AS zone
  MATCH (p:Place)-[:PART_OF*0..]->(zone)
  MATCH (i:Intervention)-[:LOCATED_IN]->(p)
  RETURN i
  UNION
  UNWIND actors AS x
  MATCH (x)-[:LEARNED_FROM]->(t)
  CALL (t) {
    MATCH (t:Intervention) RETURN t AS i
    UNION
    MATCH (t:Organization)<-[:PART_OF*0..]-(:Organization)-[:INVOLVED_IN]->(i:Intervention) RETURN i
    UNION
    MATCH (t:Place)<-[:PART_OF*0..]-(:Place)<-[:LOCATED_IN]-(i:Intervention) RETURN i
  }
  RETURN i
  UNION
  UNWIND actors AS x
  MATCH (x)-[:INVOLVED_IN]->(:Event)-[:SHOWCASED]->(i:Intervention)
  RETURN i
}
WITH DISTINCT i, already, actors
WHERE i.activity IS NULL OR i.activity <> 'INFRASTRUCTURE'
OPTIONAL MATCH (i)-[:APPLIES]->(:Model)-[:PART_OF*0..]->(m:Model)
WHERE NOT m IN already AND (m.category IN $categories OR m.category IS NULL)
WITH already, actors, m, count(DISTINCT i) AS runs
WITH already, actors, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, runs: runs} END) AS ran
CALL (already, actors, ran) {
  UNWIND actors AS x
  MATCH (x)-[:INVOLVED_IN]->(:Event)-[:SHOWCASED]->(:Model)-[:PART_OF*0..]->(m:Model)
  WHERE NOT m IN already AND NOT m IN [r IN ran | r.m] AND (m.category IN $categories OR m.category IS NULL)
  RETURN collect(DISTINCT {m: m, runs: 0}) AS shown
}
UNWIND ran + shown AS c
WITH c ORDER BY c.runs DESC, c.m.id
RETURN collect({id: c.m.id, name: c.m.name, interventions: c.runs}) AS candidates`;

/**
 * The 3W question's hand-written Cypher for an organization (its units rolled up) over the whole
 * country: its interventions' rows and its events' rows (contract 2: an event row per place of
 * the event, no model), each non-run activity's places narrowed to those holding the
 * organization's own place when any does (who-what-where.cypher.ts ownPlaces); sorted on keys; then THREE_W_PAGE's
 * count, slice and place chain.
 */
const THREE_W_BY_ORGANIZATION = `MATCH (o:Organization)-[:PART_OF*0..]->(:Organization {id: $organization})
WITH DISTINCT o
MATCH (o)-[r:INVOLVED_IN]->(i)
WHERE i:Intervention OR i:Event
WITH o, r, i, i:Event AS event, i:Intervention AND coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run,
     reduce(acc = [], x IN [(i)-[:LOCATED_IN]->(x:Place) | x] | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS places
WITH o, r, i, event, run, places,
     CASE WHEN run THEN [] ELSE [p IN places WHERE EXISTS { MATCH (o)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(p) }] END AS own
WITH o, r, i, event, run, CASE WHEN size(own) > 0 THEN own ELSE places END AS places,
     CASE WHEN event THEN [] ELSE [(i)-[:APPLIES]->(x:Model) | x] END AS models
UNWIND CASE WHEN size(models) = 0 THEN [null] ELSE models END AS m
UNWIND CASE WHEN (run OR event) AND size(places) > 0 THEN places ELSE [null] END AS split
WITH o, r, i, m, split, places
ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, split.name, split.id, r.role
${THREE_W_PAGE}`;

function usersQuestions(p: QuestionParams, options: { summaryHasPrograms: boolean }): Question[] {
  const int = (n: number): unknown => neo4j.int(n);
  const replicable = (id: QuestionId, place: string, what: string): Question => ({
    id,
    title: `replicableModels for ${what} (${place}), the IDE tab's shape with first: 20`,
    growthNote: `the ranking reads every run of a candidate model in the area the planners search (the place's province and the nearby ones) before the first 20 are cut`,
    unit: "models to bring",
    compare:
      "the number of candidate models (the API's totalCount) and whether the API's first 20 are among the hand-written candidates; the hand-written ranking is simpler, so the order is not compared",
    match: { cypher: "subset", why: "@neo4j/graphql cannot rank" },
    targets: { maxDbHits: 300_000 },
    api: {
      query: REPLICABLE_MODELS.replace("query Q(", `query ${id}(`),
      variables: { place },
      size: (d: Data) => d.replicableModels.totalCount,
      page: (d: Data) => d.replicableModels.nodes.map((n: Data) => n.model.id),
    },
    cypher: {
      cypher: REPLICABLE_CANDIDATES,
      params: { place, toSuccessor: true, nearbyKm: SEARCH.nearbyKm, nearbyProvinces: SEARCH.nearbyProvinces, categories: [...LIVELIHOOD_CATEGORIES] },
      size: (rows) => ((rows[0]?.candidates as unknown[]) ?? []).length,
      page: (rows) => ((rows[0]?.candidates as Data[]) ?? []).map((c) => c.id),
    },
    neo4jGraphql: null,
  });
  return [
    replicable("Q8", p.place, "a province"),
    replicable("Q9", p.commune, "a commune"),
    {
      id: "Q10",
      title: `similarPlaces for a commune (${p.commune}), first: 20`,
      growthNote: "every place of the commune's level in the area is scored by the models it shares before the first 20 are cut",
      unit: "similar places",
      compare:
        "the number of places of the commune's level and side of 2025 in the area the planners search (its province(s) and the nearby ones; the API adds places its actors learned at), and whether the API's first 20 are among them; the ranking is not reproduced",
      match: { cypher: "subset", why: "@neo4j/graphql cannot rank" },
      targets: { maxDbHits: 300_000 },
      api: {
        query: `query Q10($place: ID!) {
  similarPlaces(place: $place, first: 20) {
    totalCount
    classifications { label }
    nodes { rank score place { id name level } reasons { text points } sharedModels { id name } }
  }
}`,
        variables: { place: p.commune },
        size: (d: Data) => d.similarPlaces.totalCount,
        page: (d: Data) => d.similarPlaces.nodes.map((n: Data) => n.place.id),
      },
      cypher: {
        // The place's own models once (not one EXISTS per candidate × model: minutes at S3).
        cypher: `${SEARCH_AREA.replace(/RETURN asked, here, roots, provinces, nearby$/, "")}CALL (roots) {
  UNWIND roots AS r
  OPTIONAL MATCH (r)<-[:PART_OF*0..]-(:Place)<-[:LOCATED_IN]-(:Intervention)-[:APPLIES]->(own:Model)
  RETURN collect(DISTINCT own) AS ownModels
}
UNWIND roots + provinces + nearby AS zone
MATCH (c:Place)-[:PART_OF*0..]->(zone)
WHERE c.level = asked.level AND NOT c IN roots AND CASE WHEN asked.validFrom IS NOT NULL THEN c.validTo IS NULL ELSE c.validFrom IS NULL END
WITH DISTINCT ownModels, c
OPTIONAL MATCH (c)<-[:PART_OF*0..]-(:Place)<-[:LOCATED_IN]-(:Intervention)-[:APPLIES]->(m:Model)
WHERE m IN ownModels
WITH c, count(DISTINCT m) AS shared ORDER BY shared DESC, c.name, c.id
RETURN collect({id: c.id, name: c.name, shared: shared}) AS places`,
        params: { place: p.commune, toSuccessor: false, nearbyKm: SEARCH.nearbyKm, nearbyProvinces: SEARCH.nearbyProvinces },
        size: (rows) => ((rows[0]?.places as unknown[]) ?? []).length,
        page: (rows) => ((rows[0]?.places as Data[]) ?? []).map((c) => c.id),
      },
      neo4jGraphql: null,
    },
    {
      id: "Q11",
      title: `LivelihoodModel.spread of the most-run model (${p.mostRunModel})`,
      unit: "runs",
      compare: "runCount, and the first 200 runs' ids in order",
      match: { cypher: "ordered", why: "@neo4j/graphql sorts undated runs first and has no showcases or learning links" },
      targets: { paging: { met: true, note: "`spread.runs` is bounded at 200; `runsConnection(first, after)` pages every run (Q19)" } },
      api: {
        query: `query Q11($id: ID!) {
  model(id: $id) {
    id name
    spread {
      runCount
      runs { intervention { id name } period { start end } places { id name } provinces { id name } participants { role } }
      showcased { event { id name } }
      learning { learner { id } from { id } }
    }
  }
}`,
        variables: { id: p.mostRunModel },
        size: (d: Data) => d.model?.spread.runCount ?? 0,
        page: (d: Data) => (d.model?.spread.runs ?? []).slice(0, 200).map((r: Data) => r.intervention.id),
      },
      cypher: {
        cypher: `MATCH (root:Model {id: $id})
MATCH (v:Model)-[:PART_OF*0..]->(root)
WITH DISTINCT v
MATCH (i:Intervention)-[:APPLIES]->(v)
WITH DISTINCT i ORDER BY coalesce(i.startDate, i.endDate), i.id
WITH collect(i) AS ordered
RETURN size(ordered) AS runCount, [i IN ordered[..$runs] | {
  id: i.id, name: i.name, start: toString(i.startDate), end: toString(i.endDate),
  places: [(i)-[:LOCATED_IN]->(p:Place) | p {.id, .name}],
  provinces: [(i)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(q:Place {level: 'PROVINCE'}) | q {.id, .name}],
  participants: [(x)-[r:INVOLVED_IN]->(i) | r.role]
}] AS runs`,
        params: { id: p.mostRunModel, runs: int(200) },
        size: (rows) => Number(rows[0]?.runCount ?? 0),
        page: (rows) => ((rows[0]?.runs as Data[]) ?? []).map((r) => r.id),
      },
      neo4jGraphql: {
        query: `query Q11($where: InterventionWhere!) {
  interventionsConnection(where: $where, first: 200, sort: [{ startDate: ASC }, { id: ASC }]) {
    totalCount
    edges { node { id name startDate endDate ${PARTICIPANTS} ${PLACE_CHAIN} } }
  }
}`,
        variables: { where: { models: { some: modelWithin(p.mostRunModel) } } },
        size: (d: Data) => d.interventionsConnection.totalCount,
        unit: "runs (no showcases or learning links; undated first)",
      },
    },
    {
      id: "Q12",
      title: "Whole-country whoWhatWhereSummary (no filter)",
      unit: "3W rows",
      match: { cypher: "set", why: "@neo4j/graphql has no group-by" },
      targets: { maxDbHits: 100_000, within: { of: "Q7", factor: 2 } },
      api: {
        query: `query Q12 {
  whoWhatWhereSummary {
    rows interventions
    organizations { key name count } models { key name count } provinces { key name count } roles { key name count }
    ${options.summaryHasPrograms ? "programs { key name count }" : ""}
  }
}`,
        variables: {},
        size: (d: Data) => d.whoWhatWhereSummary.rows,
        page: (d: Data) => summaryKeys(d.whoWhatWhereSummary),
      },
      cypher: {
        cypher: summaryCypher(false),
        params: { withPrograms: options.summaryHasPrograms },
        size: (rows) => Number(rows[0]?.rows ?? 0),
        page: (rows) => summaryKeys(rows[0] as Data | undefined),
      },
      neo4jGraphql: null,
    },
    {
      id: "Q13",
      title: `3W for the largest organization (${p.largestOrganization}, units rolled up) over the whole country: 50 rows + totalCount`,
      unit: "3W rows",
      match: { cypher: "ordered", why: NG_3W_WHY },
      api: api3w("Q13", "$organization: ID!", "organization: $organization", { organization: p.largestOrganization }),
      cypher: {
        cypher: THREE_W_BY_ORGANIZATION,
        params: { organization: p.largestOrganization, skip: int(0), limit: int(50) },
        size: totalOf,
        page: pageKeys,
      },
      neo4jGraphql: ng3w("Q13", {
        participants: {
          some: {
            OR: [
              { id: { eq: p.largestOrganization } },
              { parentOrganizations: { some: { id: { eq: p.largestOrganization } } } },
              { parentOrganizations: { some: { parentOrganizations: { some: { id: { eq: p.largestOrganization } } } } } },
            ],
          },
        },
      }),
    },
    {
      id: "Q14",
      title: `Search for a common word ("${p.commonWord}", first: 100)`,
      growthNote: "the full-text index scores every hit of the word before the first 100 are cut: more interventions named with it, more hits",
      unit: "hits",
      match: { cypher: "ordered", neo4jGraphql: "set" },
      api: {
        query: `query Q14($text: NonEmptyString!) { search(text: $text, first: 100) { score entity { __typename id name } } }`,
        variables: { text: p.commonWord },
        size: (d: Data) => d.search.length,
        page: (d: Data) => d.search.map((h: Data) => h.entity.id),
      },
      cypher: {
        cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, head([l IN labels(node) WHERE l <> 'Entity']) AS kind, score
ORDER BY score DESC, name LIMIT $limit`,
        params: { query: luceneQuery(p.commonWord), limit: int(100) },
        size: (rows) => rows.length,
        page: (rows) => rows.map((r) => String(r.id)),
      },
      neo4jGraphql: ngSearch("Q14", luceneQuery(p.commonWord), 100),
    },
    {
      id: "Q15",
      title: `organization.partners of the largest NGO (${p.largestNgo}, units rolled up)`,
      unit: "partners",
      match: { cypher: "ordered", neo4jGraphql: "set" },
      targets: { paging: { met: true, note: "deprecated unpaged form: `partnersConnection(first, after)` pages it (Q17)" } },
      api: {
        query: `query Q15($id: ID!) {
  organization(id: $id) {
    id name
    partners {
      partner { id name }
      via { role partnerRole link activity { __typename ... on Entity { id name } } }
    }
  }
}`,
        variables: { id: p.largestNgo },
        size: (d: Data) => d.organization?.partners.length ?? 0,
        page: apiPartnerKeys,
      },
      cypher: {
        cypher: PARTNERS,
        params: { id: p.largestNgo },
        size: (rows) => (rows[0]?.partners as unknown[] | undefined)?.length ?? 0,
        page: cypherPartnerKeys,
      },
      neo4jGraphql: {
        query: `query Q15($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    id name ...Acts
    units { id name ...Acts units { id name ...Acts } }
  }
}
fragment Acts on Organization {
  involvedInConnection {
    edges {
      properties { role }
      node {
        ... on Intervention { id name ${PARTICIPANTS} }
        ... on Project { id name ${PARTICIPANTS} }
        ... on Program { id name ${PARTICIPANTS} }
        ... on Event { id name ${PARTICIPANTS} }
      }
    }
  }
}`,
        variables: { id: p.largestNgo },
        size: (d: Data) => ngPartners(d.organizations?.[0]).length,
        page: (d: Data) => ngPartners(d.organizations?.[0]),
        unit: "partners (counted by the client)",
      },
    },
    {
      id: "Q16",
      title: `place.interventions of a province (${p.place}), rolled up`,
      unit: "interventions",
      match: { cypher: "ordered", neo4jGraphql: "ordered" },
      targets: { paging: { met: true, note: "deprecated unpaged form: `interventionsConnection(first, after)` pages it (Q18)" } },
      api: {
        query: `query Q16($place: ID!) { place(id: $place) { id name interventions { id name } } }`,
        variables: { place: p.place },
        size: (d: Data) => d.place?.interventions.length ?? 0,
        page: (d: Data) => (d.place?.interventions ?? []).map((n: Data) => n.id),
      },
      cypher: {
        cypher: `${PLACES_UNDER}
MATCH (n:Intervention)-[:LOCATED_IN]->(p)
WITH DISTINCT n ORDER BY n.name, n.id
RETURN n.id AS id, n.name AS name`,
        params: { place: p.place },
        size: (rows) => rows.length,
        page: (rows) => rows.map((r) => String(r.id)),
      },
      neo4jGraphql: {
        query: `query Q16($within: InterventionWhere!) { interventions(where: $within, sort: [{ name: ASC }, { id: ASC }]) { id name } }`,
        variables: { within: { places: { some: placeWithin(p.place) } } },
        size: (d: Data) => d.interventions.length,
        page: (d: Data) => d.interventions.map((n: Data) => n.id),
        unit: "interventions",
      },
    },
    {
      id: "Q17",
      title: `A page of partners (the first 20) of the largest NGO (${p.largestNgo}): partnersConnection`,
      growthNote: "partners are ranked by the activities they share before the first 20 are cut: every activity of the NGO and its units is read",
      unit: "partners on the page",
      compare: "the first 20 partners' ids (with how many activities each shares) in order",
      match: { cypher: "ordered", why: "@neo4j/graphql has no partners list to page (Q15 shows it building them all)" },
      api: {
        query: `query Q17($id: ID!) {
  organization(id: $id) {
    id name
    partnersConnection(first: 20) {
      nodes {
        partner { id name }
        via { role partnerRole link activity { __typename ... on Entity { id name } } }
      }
    }
  }
}`,
        variables: { id: p.largestNgo },
        size: (d: Data) => d.organization?.partnersConnection.nodes.length ?? 0,
        page: (d: Data) => apiPartnerKeys({ organization: d.organization ? { partners: d.organization.partnersConnection.nodes } : null }),
      },
      cypher: {
        cypher: PARTNERS.replace("ORDER BY p.name, p.id\n", "ORDER BY p.name, p.id LIMIT $first\n"),
        params: { id: p.largestNgo, first: int(20) },
        size: (rows) => (rows[0]?.partners as unknown[] | undefined)?.length ?? 0,
        page: cypherPartnerKeys,
      },
      neo4jGraphql: null,
    },
    {
      id: "Q18",
      title: `A page of place.interventions (the first 50) of a province (${p.place}), rolled up: interventionsConnection`,
      growthNote: "the province's interventions are sorted by name before the first 50 are cut: every intervention under the province is read",
      unit: "interventions on the page",
      compare: "the first 50 ids in order",
      match: { cypher: "ordered", neo4jGraphql: "ordered" },
      api: {
        query: `query Q18($place: ID!) { place(id: $place) { id name interventionsConnection(first: 50) { nodes { id name } } } }`,
        variables: { place: p.place },
        size: (d: Data) => d.place?.interventionsConnection.nodes.length ?? 0,
        page: (d: Data) => (d.place?.interventionsConnection.nodes ?? []).map((n: Data) => n.id),
      },
      cypher: {
        cypher: `${PLACES_UNDER}
MATCH (n:Intervention)-[:LOCATED_IN]->(p)
WITH DISTINCT n ORDER BY n.name, n.id LIMIT $first
RETURN n.id AS id, n.name AS name`,
        params: { place: p.place, first: int(50) },
        size: (rows) => rows.length,
        page: (rows) => rows.map((r) => String(r.id)),
      },
      neo4jGraphql: {
        query: `query Q18($within: InterventionWhere!) { interventions(where: $within, sort: [{ name: ASC }, { id: ASC }], limit: 50) { id name } }`,
        variables: { within: { places: { some: placeWithin(p.place) } } },
        size: (d: Data) => d.interventions.length,
        page: (d: Data) => d.interventions.map((n: Data) => n.id),
        unit: "interventions",
      },
    },
    {
      id: "Q19",
      title: `A page of LivelihoodModel.spread's runs (the first 50) of the most-run model (${p.mostRunModel}): runsConnection`,
      growthNote: "the model's runs are sorted by date before the first 50 are cut: every run of the model and its variants is read",
      unit: "runs on the page",
      compare: "the total and the first 50 runs' ids in order",
      match: { cypher: "ordered", why: "@neo4j/graphql sorts undated runs first" },
      api: {
        query: `query Q19($id: ID!) {
  model(id: $id) {
    id name
    spread {
      runsConnection(first: 50) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { intervention { id name } period { start end } places { id name } provinces { id name } participants { role } }
      }
    }
  }
}`,
        variables: { id: p.mostRunModel },
        size: (d: Data) => d.model?.spread.runsConnection.nodes.length ?? 0,
        page: (d: Data) => (d.model?.spread.runsConnection.nodes ?? []).map((r: Data) => r.intervention.id),
      },
      cypher: {
        // The same order as the API's keyset (date, else end date, undated last, then id); the total from the same match.
        cypher: `MATCH (root:Model {id: $id})
MATCH (v:Model)-[:PART_OF*0..]->(root)
WITH DISTINCT v
MATCH (i:Intervention)-[:APPLIES]->(v)
WITH DISTINCT i
WITH collect(i) AS runs
UNWIND runs AS i
WITH size(runs) AS total, i ORDER BY coalesce(i.startDate, i.endDate), i.id LIMIT $first
RETURN total, i.id AS id, i.name AS name, toString(i.startDate) AS start, toString(i.endDate) AS end,
  [(i)-[:LOCATED_IN]->(p:Place) | p {.id, .name}] AS places,
  [(i)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..]->(q:Place {level: 'PROVINCE'}) | q {.id, .name}] AS provinces,
  [(x)-[r:INVOLVED_IN]->(i) | r.role] AS participants`,
        params: { id: p.mostRunModel, first: int(50) },
        size: (rows) => rows.length,
        page: (rows) => rows.map((r) => String(r.id)),
      },
      neo4jGraphql: {
        query: `query Q19($where: InterventionWhere!) {
  interventionsConnection(where: $where, first: 50, sort: [{ startDate: ASC }, { id: ASC }]) {
    totalCount
    edges { node { id name startDate endDate ${PARTICIPANTS} ${PLACE_CHAIN} } }
  }
}`,
        variables: { where: { models: { some: modelWithin(p.mostRunModel) } } },
        size: (d: Data) => d.interventionsConnection.edges.length,
        unit: "runs on the page (undated first)",
      },
    },
  ];
}

/** A model at `id` or one of its variants, two deep (as Q2's filter). */
function modelWithin(id: string): Record<string, unknown> {
  return { OR: [{ id: { eq: id } }, { broader: { some: { id: { eq: id } } } }, { broader: { some: { broader: { some: { id: { eq: id } } } } } }] };
}

/** The search API's Lucene query for free text (searchCypher): every folded word, exact or as a prefix. */
function luceneQuery(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.map((w) => `+(${w} ${w}*)`).join(" ");
}

/**
 * The partners in an @neo4j/graphql Q3/Q15 answer, as partnerKey()s: organizations sharing an
 * activity, not the organization or its units, each with the distinct (activity, role, partner's role) shared.
 */
function ngPartners(org: Data | undefined): string[] {
  if (!org) return [];
  const own = new Set<string>();
  const orgs: Data[] = [];
  const walk = (o: Data): void => {
    own.add(o.id);
    orgs.push(o);
    for (const u of o.units ?? []) walk(u);
  };
  walk(org);
  const partners = new Map<string, Set<string>>();
  for (const o of orgs) {
    for (const edge of o.involvedInConnection?.edges ?? []) {
      const a = edge.node;
      for (const e of a.participantsConnection?.edges ?? []) {
        if (own.has(e.node.id)) continue;
        if (!partners.has(e.node.id)) partners.set(e.node.id, new Set());
        partners.get(e.node.id)!.add(`${a.id}|${edge.properties?.role}|${e.properties?.role}`);
      }
    }
  }
  return [...partners].map(([id, via]) => partnerKey(id, via.size));
}

/** The ids of the places below `place` in an @neo4j/graphql `children` tree. */
function ngDescendants(place: Data | undefined): string[] {
  if (!place) return [];
  return (place.children ?? []).flatMap((c: Data) => [c.id, ...ngDescendants(c)]);
}

/** An involvement's key: organization, activity, role and (interventions) its models. */
function involvementKey(org: string, activity: string, role: string, models: Data[] | null | undefined): string {
  return `${org}|${activity}|${role}|${(models ?? [])
    .map((m) => m.id)
    .sort()
    .join(",")}`;
}

/** The involvements of an @neo4j/graphql Q6 organization and its units (two deep), as involvementKey()s under `top`. */
function ngInvolvements(org: Data, top: string): string[] {
  return [
    ...(org.involvedInConnection?.edges ?? []).map((e: Data) => involvementKey(top, e.node.id, e.properties?.role, e.node.models)),
    ...(org.units ?? []).flatMap((u: Data) => ngInvolvements(u, top)),
  ];
}
