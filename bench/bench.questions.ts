/**
 * Q1–Q7, each asked three ways: (a) the API's GraphQL, (b) the best hand-written Cypher for the
 * same answer (one statement, returning only what the GraphQL asks for), (c) @neo4j/graphql 7.6
 * over the same labels, or null where it cannot say it (Q7: no group-by). Each way reports the
 * size of its answer (rows, partners, hits…) so the report can show they answer alike.
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

export type QuestionId = "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7";

export interface GraphQLAsk {
  query: string;
  variables: Record<string, unknown>;
  /** The answer's size from the response's `data`, e.g. total 3W rows. */
  size: (data: Record<string, unknown>) => number;
  /** Keys of the page's rows in order, where the API and the Cypher must agree row for row (3W). */
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
  api: GraphQLAsk;
  cypher: CypherAsk;
  neo4jGraphql: (GraphQLAsk & { unit: string }) | null;
}

export interface QuestionParams {
  place: string;
  model: string;
  from: string;
  to: string;
  organization: string;
  search: string;
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
 * From per-intervention `i, places, run` to the 3W page: rows (o, r, i, m, split) are made and
 * sorted on keys only, counted, sliced; the page's rows then get their place (the smallest
 * unit holding a non-run's places) and that place's chain. Same order as the API's ORDER.
 */
const THREE_W_PAGE = `OPTIONAL MATCH (i)-[:APPLIES]->(m:Model)
WITH i, places, run, m
UNWIND CASE WHEN run AND size(places) > 0 THEN places ELSE [null] END AS split
MATCH (o:Organization)-[r:INVOLVED_IN]->(i)
WITH o, r, i, m, split, places
ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, split.name, split.id, r.role
WITH collect([o, r, i, m, split, places]) AS rows
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

const totalOf = (rows: Record<string, unknown>[]): number => Number(rows[0]?.total ?? 0);

/** The API's 3W row id (organization|role|intervention|model|place) of each row of the page. */
const pageKeys = (rows: Record<string, unknown>[]): string[] =>
  rows
    .map((r) => r.row as Data | null)
    .filter((r): r is Data => !!r)
    .map((r) => [r.organization.id, r.role, r.intervention.id, r.model?.id ?? "", r.placePath[0]?.id ?? ""].join("|"));

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
const PARTICIPANTS = `participantsConnection { edges { properties { role } node { id name } } }`;

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
      api: api3w("Q1", "$place: ID!", "place: $place", { place: p.place }),
      cypher: {
        cypher: `${PLACES_UNDER}
MATCH (i:Intervention)-[:LOCATED_IN]->(p)
WITH i, collect(p) AS places, coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run
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
      api: api3w("Q2", "$model: ID!, $from: LocalDate!, $to: LocalDate!", "model: $model, from: $from, to: $to", { model: p.model, from: p.from, to: p.to }),
      cypher: {
        cypher: `MATCH (root:Model {id: $model})
MATCH (v:Model)-[:PART_OF*0..]->(root)
WITH DISTINCT v
MATCH (i:Intervention)-[:APPLIES]->(v)
WHERE coalesce(i.endDate, i.startDate) >= date($from) AND coalesce(i.startDate, i.endDate) <= date($to)
WITH DISTINCT i
OPTIONAL MATCH (i)-[:LOCATED_IN]->(p:Place)
WITH i, collect(p) AS places, coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run
${THREE_W_PAGE.replace("OPTIONAL MATCH (i)-[:APPLIES]->(m:Model)", "MATCH (i)-[:APPLIES]->(m:Model)-[:PART_OF*0..]->(:Model {id: $model})\nWITH DISTINCT i, places, run, m")}`,
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
      },
      cypher: {
        cypher: `MATCH (o:Organization {id: $id})
MATCH (u:Organization)-[:PART_OF*0..]->(o)
WITH o, collect(DISTINCT u) AS units
CALL (units) {
  UNWIND units AS u
  MATCH (u)-[r1:INVOLVED_IN]->(a)<-[r2:INVOLVED_IN]-(p:Organization)
  WHERE NOT p IN units
  RETURN p, a AS via, r1.role AS role, r2.role AS partnerRole, 'SAME_ACTIVITY' AS link
  UNION
  UNWIND units AS u
  MATCH (u)-[r1:INVOLVED_IN]->(e:Event)-[:SHOWCASED]->(x)<-[r2:INVOLVED_IN]-(p:Organization)
  WHERE NOT p IN units
  RETURN p, e AS via, r1.role AS role, r2.role AS partnerRole, 'SHOWCASED' AS link
  UNION
  UNWIND units AS u
  MATCH (u)-[r1:INVOLVED_IN]->(x)<-[:SHOWCASED]-(e:Event)<-[r2:INVOLVED_IN]-(p:Organization)
  WHERE NOT p IN units
  RETURN p, e AS via, r1.role AS role, r2.role AS partnerRole, 'SHOWCASED' AS link
}
WITH o, p, via, role, partnerRole, link ORDER BY via.name, role, partnerRole
WITH o, p, collect({activity: via {.id, .name, kind: head(labels(via))}, role: role, partnerRole: partnerRole, link: link}) AS via
ORDER BY p.name
RETURN o.id AS id, o.name AS name, collect({partner: p {.id, .name}, via: via}) AS partners`,
        params: { id: p.organization },
        size: (rows) => (rows[0]?.partners as unknown[] | undefined)?.length ?? 0,
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
        size: (d: Data) => ngPartners(d.organizations?.[0]),
        unit: "partners (counted by the client)",
      },
    },
    {
      id: "Q4",
      title: `Diacritic-free search ("${p.search}", 20 hits)`,
      unit: "hits",
      api: {
        query: `query Q4($text: NonEmptyString!) { search(text: $text, first: 20) { score entity { __typename id name } } }`,
        variables: { text: p.search },
        size: (d: Data) => d.search.length,
      },
      cypher: {
        cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, head([l IN labels(node) WHERE l <> 'Entity']) AS kind, score
ORDER BY score DESC, name LIMIT $limit`,
        params: { query: luceneQuery(p.search), limit: int(20) },
        size: (rows) => rows.length,
      },
      neo4jGraphql: {
        query: `query Q4($phrase: String!) {
  organizationsSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
  interventionsSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
  modelsSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
  placesSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
  eventsSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
  projectsSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
  programsSearch(phrase: $phrase, first: 20) { edges { score node { id name } } }
}`,
        variables: { phrase: luceneQuery(p.search) },
        size: (d: Data) =>
          Math.min(
            20,
            Object.values(d).reduce((n: number, c: Data) => n + c.edges.length, 0),
          ),
        unit: "hits (top 20 of 7 per-kind searches, merged by the client)",
      },
    },
    {
      id: "Q5",
      title: `Everything inside a province (${p.place}): descendants + interventions roll-up`,
      unit: "places + interventions",
      api: {
        query: `query Q5($place: ID!) { place(id: $place) { id name descendants { id name level } interventions { id name } } }`,
        variables: { place: p.place },
        size: (d: Data) => d.place.descendants.length + d.place.interventions.length,
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
        size: (d: Data) => ngDescendants(d.places?.[0]) + d.interventions.length,
        unit: "places + interventions",
      },
    },
    {
      id: "Q6",
      title: "100 organizations with their interventions' models",
      unit: "involvements",
      api: {
        query: `query Q6 {
  organizations(first: 100) {
    nodes { id involvements { role activity { __typename ... on Intervention { id models { id } } } } }
  }
}`,
        variables: {},
        size: (d: Data) => d.organizations.nodes.reduce((n: number, o: Data) => n + o.involvements.length, 0),
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
        size: (d: Data) => d.organizations.reduce((n: number, o: Data) => n + ngInvolvements(o), 0),
        unit: "involvements (units two deep, counted by the client)",
      },
    },
    {
      id: "Q7",
      title: `3W facets for one province (${p.place}): whoWhatWhereSummary`,
      unit: "3W rows",
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
      },
      cypher: {
        cypher: `${PLACES_UNDER}
WITH p, head([(p)-[:PART_OF*0..]->(pv:Place {level: 'PROVINCE'}) | pv]) AS province
MATCH (i:Intervention)-[:LOCATED_IN]->(p)
WITH i, collect(p) AS places, collect(DISTINCT province) AS provinces
WITH i, places, provinces, coalesce(i.activity, 'MODEL_RUN') = 'MODEL_RUN' AS run,
     [(o:Organization)-[r:INVOLVED_IN]->(i) | [o, r.role]] AS actors,
     [(i)-[:APPLIES]->(m:Model) | m] AS models,
     CASE WHEN $withPrograms THEN [(i)-[:PART_OF*1..4]->(pg:Program) | pg] ELSE [] END AS programs
WHERE size(actors) > 0
WITH collect({
  i: i, actors: actors,
  n: size(actors) * CASE size(models) WHEN 0 THEN 1 ELSE size(models) END * CASE WHEN run THEN size(places) ELSE 1 END,
  models: CASE size(models) WHEN 0 THEN [null] ELSE models END,
  provinces: CASE WHEN run OR size(provinces) = 1 THEN provinces ELSE [null] END,
  programs: CASE WHEN NOT $withPrograms THEN [] WHEN size(programs) = 0 THEN [null] ELSE programs END
}) AS xs
CALL (xs) { UNWIND xs AS x RETURN sum(x.n) AS rows, count(x) AS interventions }
CALL (xs) { UNWIND xs AS x UNWIND x.actors AS a WITH a[0] AS k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS organizations }
CALL (xs) { UNWIND xs AS x UNWIND x.actors AS a WITH a[1] AS k, count(DISTINCT x.i) AS n RETURN collect({key: k, name: k, count: n}) AS roles }
CALL (xs) { UNWIND xs AS x UNWIND x.models AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS models }
CALL (xs) { UNWIND xs AS x UNWIND x.provinces AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS provinces }
CALL (xs) { UNWIND xs AS x UNWIND x.programs AS k WITH k, count(DISTINCT x.i) AS n RETURN collect({key: k.id, name: k.name, count: n}) AS programs }
RETURN rows, interventions, organizations, models, provinces, roles, programs`,
        params: { place: p.place, withPrograms: options.summaryHasPrograms },
        size: (rows) => Number(rows[0]?.rows ?? 0),
      },
      neo4jGraphql: null,
    },
  ];
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

/** Distinct partners in an @neo4j/graphql Q3 answer: organizations sharing an activity, not the organization or its units. */
function ngPartners(org: Data | undefined): number {
  if (!org) return 0;
  const own = new Set<string>();
  const orgs: Data[] = [];
  const walk = (o: Data): void => {
    own.add(o.id);
    orgs.push(o);
    for (const u of o.units ?? []) walk(u);
  };
  walk(org);
  const partners = new Set<string>();
  const add = (conn: Data | undefined): void => {
    for (const e of conn?.edges ?? []) if (!own.has(e.node.id)) partners.add(e.node.id);
  };
  for (const o of orgs) {
    for (const edge of o.involvedInConnection?.edges ?? []) {
      const a = edge.node;
      add(a.participantsConnection);
      for (const e of a.showcasedAt ?? []) add(e.participantsConnection);
      for (const x of a.showcased ?? []) add(x.participantsConnection);
    }
  }
  return partners.size;
}

function ngDescendants(place: Data | undefined): number {
  if (!place) return 0;
  return (place.children ?? []).reduce((n: number, c: Data) => n + 1 + ngDescendants(c), 0);
}

function ngInvolvements(org: Data): number {
  return (org.involvedInConnection?.edges.length ?? 0) + (org.units ?? []).reduce((n: number, u: Data) => n + ngInvolvements(u), 0);
}
