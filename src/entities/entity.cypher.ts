import { cypherInt } from "../graph/graph.convert";
import { Qualifier, SourceKind } from "../graph/graph.enums";
import { type KindSpec, Label, RelType } from "../graph/graph.model";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection, type ProvenanceRow, provenanceRow } from "../graph/graph.node";
import {
  columns,
  type Decoder,
  fields,
  list,
  map,
  mapped,
  metricRow,
  type MetricRow,
  nullable,
  nullableString,
  nodeOf,
  number,
  oneOf,
  orElse,
  provenanceOrEmpty,
  type Statement,
  statement,
  statementParams,
  string,
  unknownValue,
} from "../graph/graph.statement";
import { periodOverlap } from "../graph/graph.period";
import { placeReach, placesUnder, placeWithin } from "../graph/graph.rollup";
import type { RelatedRead } from "../graph/graph.relations";
import { relatedWithNestedCypher, type RelatedWithNestedRow, relatedWithNestedStatement } from "./entity-nested.cypher";

/** Filters a list may apply; property names in `equals` come from the model table, never from clients. */
export interface ListFilter {
  /** Already folded with foldDiacritics: every word must occur in a name or alias. */
  words?: string[];
  equals?: Record<string, string>;
  /** Entities tied to this place or anything inside it (or its 2025 predecessors), by the kind's placeTie. */
  place?: string;
  /** Places inside this one (Place lists only). */
  within?: string;
  /** Overlap with [from, to], ISO dates (graph.period.ts); entities without dates only with includeUndated. */
  from?: string;
  to?: string;
  includeUndated?: boolean;
}

/** A keyset page: rows after the (name, id) key, `limit` of them. */
export interface ListPage {
  after: readonly [string, string] | null;
  limit: number;
}

/**
 * One page of entities of `kind` matching `filter`, by name then id, and with `withCount` the
 * number of all matching entities, in one statement: `RETURN nodes[, total]`. Only the filters
 * given add clauses and parameters. A place filter starts at the place (and the units merged
 * into it), walks down to the places inside, then to the entities tied to them. `projection`:
 * which properties of the page's nodes (all by default). `embedded`: the relationship reads the
 * selection asks of each node of the page, read in the same statement (issue #21: a list and its
 * nodes' involvements in one round trip), each as relatedWithNestedCypher reads it for one id.
 */
export function listCypher(
  kind: KindSpec,
  filter: ListFilter,
  page: ListPage,
  withCount: boolean,
  projection: Projection = ALL_PROPERTIES,
  /**
   * Relationship reads of the page's nodes to read along (selection.prefetch.ts embeddedReads):
   * then a row per node (`nodes` its one node, `embedded` its one list of a RelatedWithNestedRow
   * per read), none for an empty page.
   */
  embedded: readonly RelatedRead[] = [],
): Statement<{ nodes: NodeRow[]; total: number | null; embedded: RelatedWithNestedRow[][] }> {
  const { params, param } = statementParams();
  const lines: string[] = [];
  const where: string[] = [];
  if (filter.place) {
    lines.push(
      `MATCH (anchor:${Label.Place} {id: ${param("place", filter.place)}})`,
      ...placesUnder("anchor", "p"),
      `MATCH ${placeReach(kind, "n", "p")}`,
      `WHERE n:${kind.label}`,
      "WITH DISTINCT n",
    );
  } else {
    lines.push(`MATCH (n:${kind.label})`);
  }
  if (filter.words?.length) where.push(`all(w IN ${param("words", filter.words)} WHERE n.searchText CONTAINS w)`);
  for (const [i, [prop, value]] of Object.entries(filter.equals ?? {}).entries()) {
    if (!(prop in kind.props)) throw new Error(`${prop} is not a property of ${kind.label}`);
    where.push(`n.${prop} = ${param(`eq${i}`, value)}`);
  }
  if (filter.within) where.push(placeWithin("n", param("within", filter.within)));
  const period = periodOverlap("n", filter.from ? param("from", filter.from) : null, filter.to ? param("to", filter.to) : null, !!filter.includeUndated);
  if (period) where.push(period);
  if (where.length) lines.push(`WHERE ${where.join("\n  AND ")}`);

  const after = page.after ? `WHERE n.name > ${param("afterName", page.after[0])} OR (n.name = $afterName AND n.id > ${param("afterId", page.after[1])})` : "";
  const limit = param("limit", cypherInt(page.limit));
  const pageLines = [
    ...(after ? [`WITH n ${after}`] : []),
    `WITH n ORDER BY n.name, n.id LIMIT ${limit}`,
    // Each read along, per node of the page (one row each: the relationship read groups by the node).
    ...embedded.flatMap((read, i) => [
      "CALL (n) {",
      "  CALL (n) {",
      ...relatedWithNestedCypher(read.spec, read.projection, read.relProjection, read.nested, "bound")
        .split("\n")
        .map((l) => `    ${l}`),
      "  }",
      `  RETURN {id: id, items: items, holders: holders} AS embedded${i}`,
      "}",
    ]),
    ...(embedded.length
      ? [
          `WITH n, [${embedded.map((_r, i) => `embedded${i}`).join(", ")}] AS embedded ORDER BY n.name, n.id`,
          // A row per node, not one collected row: a record larger than a Bolt chunk makes the driver
          // decode each of its strings through every chunk (hundreds of kB at S3 for Q6).
          `RETURN ${NODE("n", projection, [kind.label])} AS node, embedded`,
        ]
      : [`RETURN collect(${NODE("n", projection, [kind.label])}) AS nodes`]),
  ];
  if (withCount) {
    lines.push(
      "WITH collect(n) AS matching",
      "CALL (matching) {",
      "  UNWIND matching AS n",
      ...pageLines.map((l) => `  ${l}`),
      "}",
      embedded.length ? "RETURN node, embedded, size(matching) AS total ORDER BY node.name, node.id" : "RETURN nodes, size(matching) AS total",
    );
  } else {
    lines.push(...pageLines);
  }
  const total = withCount ? orElse(number, 0) : () => null;
  if (!embedded.length) return statement(lines.join("\n"), params, columns({ nodes: list(nodeOf([kind.label])), total, embedded: () => [] }));
  const decoders = embedded.map((read) => relatedWithNestedStatement(read.spec, [], read.projection, read.relProjection, read.nested).decode);
  const row = columns({ node: nodeOf([kind.label]), total, embedded: (v, path) => list(map)(v, path).map((r, i) => decoders[i](r)) });
  return statement(lines.join("\n"), params, (r) => {
    const { node, total: count, embedded: reads } = row(r);
    return { nodes: [node], total: count, embedded: [reads] };
  });
}

export interface SourceRow {
  id: string;
  kind: SourceKind;
  title: string;
  file: string | null;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  language: string;
  license: string | null;
  note: string | null;
}

const source: Decoder<SourceRow> = fields({
  id: string,
  kind: oneOf(Object.values(SourceKind), "a SourceKind"),
  title: string,
  file: nullableString,
  url: nullableString,
  publisher: nullableString,
  publishedOn: nullableString,
  language: string,
  license: nullableString,
  note: nullableString,
});

/** For each of `ids`, the entity of `label` with that id, or null (one row per id). */
export const findByIdsStatement = (ids: readonly string[], label: Label, projection: Projection): Statement<{ id: string; node: NodeRow | null }> =>
  statement(
    `UNWIND $ids AS id
       OPTIONAL MATCH (n:${label} {id: id})
       RETURN id, CASE WHEN n IS NULL THEN null ELSE ${NODE("n", projection, [label])} END AS node`,
    { ids },
    columns({ id: string, node: nullable(nodeOf([label])) }),
  );

/** For each of `ids`, the source with that id, or null (one row per id). */
export const sourcesByIdsStatement = (ids: readonly string[]): Statement<{ id: string; source: SourceRow | null }> =>
  statement(`UNWIND $ids AS id OPTIONAL MATCH (s:${Label.Source} {id: id}) RETURN id, properties(s) AS source`, { ids }, columns({ id: string, source: nullable(source) }));

/** Every source, by id. */
export const allSourcesStatement = (): Statement<{ source: SourceRow }> =>
  statement(`MATCH (s:${Label.Source}) RETURN properties(s) AS source ORDER BY s.id`, {}, columns({ source }));

/** For each of `ids` with metrics, the metrics stated about it (HAS_METRIC), by id, with provenance. */
export const metricsStatement = (ids: readonly string[]): Statement<{ id: string; items: MetricRow[] }> =>
  statement(
    `UNWIND $ids AS id
       MATCH (:${Label.Entity} {id: id})-[r:${RelType.HAS_METRIC}]->(m:${Label.Metric})
       WITH id, r, m ORDER BY m.id
       RETURN id, collect({metric: properties(m), rel: properties(r)}) AS items`,
    { ids },
    columns({ id: string, items: list(metricRow) }),
  );

/** One source's statement of a metric: the source and its kind, and the value it gives. */
export interface MetricStatementRow {
  sourceId: string;
  sourceKind: string;
  value: number;
  unit: string;
  label: string;
  qualifier: Qualifier;
  provenance: ProvenanceRow;
}

/** For each metric of `ids` with statements, every source's (the MENTIONED_IN links), unordered. */
export const metricValuesStatement = (ids: readonly string[]): Statement<{ id: string; items: MetricStatementRow[] }> =>
  statement(
    `UNWIND $ids AS id
       MATCH (:${Label.Metric} {id: id})-[m:${RelType.MENTIONED_IN}]->(s:${Label.Source})
       RETURN id, collect({sourceId: s.id, sourceKind: s.kind, props: properties(m)}) AS items`,
    { ids },
    columns({
      id: string,
      items: list(
        mapped(
          fields({
            sourceId: string,
            sourceKind: string,
            props: fields({
              value: number,
              unit: orElse(string, ""),
              label: orElse(string, ""),
              qualifier: orElse(oneOf(Object.values(Qualifier), "a Qualifier"), Qualifier.EXACT),
              quote: unknownValue,
              inferred: unknownValue,
            }),
          }),
          ({ sourceId, sourceKind, props: { quote, inferred, ...value } }) => ({ sourceId, sourceKind, ...value, provenance: provenanceRow(sourceId, quote, null, inferred) }),
        ),
      ),
    }),
  );

/** A conflicting statement recorded about an entity (GraphQL Claim), with provenance. */
export interface ClaimRow {
  id: string;
  property: string;
  value: string;
  note: string | null;
  provenance: ProvenanceRow;
}

/** A value stored as text, or a number or boolean read as text. */
const text: Decoder<string> = (v, path) => (typeof v === "number" || typeof v === "boolean" ? String(v) : string(v, path));

/** For each of `ids` with claims, the claims recorded about it (HAS_CLAIM), by id, with provenance. */
export const claimsStatement = (ids: readonly string[]): Statement<{ id: string; items: ClaimRow[] }> =>
  statement(
    `UNWIND $ids AS id
       MATCH (:${Label.Entity} {id: id})-[r:${RelType.HAS_CLAIM}]->(c:${Label.Claim})
       WITH id, r, c ORDER BY c.id
       RETURN id, collect({claim: properties(c), rel: properties(r)}) AS items`,
    { ids },
    columns({
      id: string,
      items: list(
        mapped(fields({ claim: fields({ id: string, property: string, value: text, note: nullableString }), rel: provenanceOrEmpty }), ({ claim, rel }) => ({
          ...claim,
          provenance: rel,
        })),
      ),
    }),
  );
