import { byKey, inKeyOrder } from "../common/loaders";
import type { GraphExecutor } from "../graph/graph.executor";
import { type KindSpec, Label } from "../graph/graph.model";
import { ALL_PROPERTIES, type NodeRow, type Projection, type ProvenanceRow, toNode } from "../graph/graph.node";
import { relatedNodesStatement, type RelatedItemRow, type RelatedRead, relatedStatement, type RelationSpec } from "../graph/graph.relations";
import type { MetricRow } from "../graph/graph.statement";
import { compareStatements } from "../seed/seed.merge";
import type { MetricValue } from "../types/entity.type";
import {
  allSourcesStatement,
  type ClaimRow,
  claimsStatement,
  findByIdsStatement,
  listCypher,
  type ListFilter,
  type ListPage,
  metricsStatement,
  metricValuesStatement,
  type SourceRow,
  sourcesByIdsStatement,
} from "./entity.cypher";

import { type PagedRead, pageStatement, pageTotalStatement } from "./entity-pages.cypher";
import { type NestedRead, relatedWithNestedStatement } from "./entity-nested.cypher";

export type { ClaimRow } from "./entity.cypher";
export type { MetricRow } from "../graph/graph.statement";

/** A related node with the relationship's properties, which way it points, and the node it starts from. */
export interface RelatedItem extends Omit<RelatedItemRow, "holder"> {
  /**
   * The node the relationship actually starts from: the entity itself, or for a rolled-up spec
   * one of its units, variants or interventions (e.g. Plan International Lai Châu for Plan International).
   */
  holder: NodeRow;
}

/** One source's value for a metric (GraphQL MetricValue). */
export type MetricValueRow = Omit<MetricValue, "provenance"> & { provenance: ProvenanceRow };

/**
 * Lookups by id, filtered and paged lists, and the batched relationship reads behind the
 * DataLoaders, for every kind of the model table. Every value is a $parameter.
 */
export class EntityRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** Entities by id, in key order; null where no entity (of `label`, when given) has the id. */
  async findByIds(ids: readonly string[], label: Label = Label.Entity, projection: Projection = ALL_PROPERTIES): Promise<(NodeRow | null)[]> {
    const rows = await this.graph.run(findByIdsStatement(ids, label, projection));
    return byKey(
      ids,
      rows,
      (r) => r.node,
      () => null,
    );
  }

  /** Sources by id, in key order. */
  async findSourcesByIds(ids: readonly string[]): Promise<(SourceRow | null)[]> {
    return byKey(
      ids,
      await this.graph.run(sourcesByIdsStatement(ids)),
      (r) => r.source,
      () => null,
    );
  }

  /** Every source, by id. Sources are few (one per article or dataset). */
  async allSources(): Promise<SourceRow[]> {
    return (await this.graph.run(allSourcesStatement())).map((r) => r.source);
  }

  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void> {
    return this.graph.ping();
  }

  /** For each id (in key order), the distinct nodes related through `spec`, by name (graph.relations.ts relatedNodesCypher). */
  async relatedNodes(spec: RelationSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    const rows = await this.graph.run(relatedNodesStatement(spec, ids, projection));
    return inKeyOrder(
      ids,
      rows.map((r) => ({ id: r.id, items: r.nodes })),
      (n) => n,
    );
  }

  /**
   * For each id (in key order), the relationships of `spec` with their properties, by the related
   * node's name (graph.relations.ts relatedCypher). A chain (`hops`) may reach a node by several
   * paths: it is listed once.
   */
  async related(spec: RelationSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES, relProjection: Projection = ALL_PROPERTIES): Promise<RelatedItem[][]> {
    return relatedItems(spec, ids, await this.graph.run(relatedStatement(spec, ids, projection, relProjection)));
  }

  /**
   * `related` and, in the same statement, the relationship fields `nested` of the nodes it
   * returns (entity-nested.cypher.ts): for each nested read, the related nodes by node id, as
   * `relatedNodes` would answer them.
   */
  async relatedWithNested(
    spec: RelationSpec,
    ids: readonly string[],
    projection: Projection,
    relProjection: Projection,
    nested: readonly NestedRead[],
  ): Promise<{ items: RelatedItem[][]; nested: Map<string, NodeRow[]>[] }> {
    const rows = await this.graph.run(relatedWithNestedStatement(spec, ids, projection, relProjection, nested));
    return {
      items: relatedItems(
        spec,
        ids,
        rows.map((r) => r.outer),
      ),
      nested: nested.map((_n, i) => new Map(rows.flatMap((r) => r.nested[i]).map((r) => [r.id, r.nodes]))),
    };
  }

  /** For each parent id (in key order), one page of `read`: the nodes after the key `after`, `limit` of them (entity-pages.cypher.ts). */
  async page(read: PagedRead, ids: readonly string[], after: readonly unknown[] | null, limit: number, projection: Projection): Promise<NodeRow[][]> {
    const rows = await this.graph.run(pageStatement(read, ids, after, limit, projection));
    return inKeyOrder(
      ids,
      rows.map((r) => ({ id: r.id, items: r.nodes })),
      (n) => n,
    );
  }

  /** For each parent id (in key order), how many nodes `read` lists over all pages. */
  async pageTotal(read: PagedRead, ids: readonly string[]): Promise<number[]> {
    return byKey(
      ids,
      await this.graph.run(pageTotalStatement(read, ids)),
      (r) => r.total,
      () => 0,
    );
  }

  /** For each entity id, the numbers sources state about it, with provenance. */
  async metrics(ids: readonly string[]): Promise<MetricRow[][]> {
    return inKeyOrder(ids, await this.graph.run(metricsStatement(ids)), (m) => m);
  }

  /**
   * For each metric id (in key order), every source's value: the statements on the metric's
   * MENTIONED_IN links, best-ranked source first (the rule of seed.merge.ts, by which the Metric
   * node's own value is the first's).
   */
  async metricValues(ids: readonly string[]): Promise<MetricValueRow[][]> {
    const rows = await this.graph.run(metricValuesStatement(ids));
    return inKeyOrder(
      ids,
      rows.map((r) => ({ id: r.id, items: [...r.items].sort(compareStatements) })),
      ({ value, unit, label, qualifier, provenance }) => ({ value, unit, label, qualifier, provenance }),
    );
  }

  /** For each entity id, the conflicting statements recorded about it, with provenance. */
  async claims(ids: readonly string[]): Promise<ClaimRow[][]> {
    return inKeyOrder(ids, await this.graph.run(claimsStatement(ids)), (c) => c);
  }

  /**
   * One page of `kind` matching `filter` by name then id, and the total when `withCount`; with
   * `embedded`, per node (in the nodes' order) and per read, what `relatedWithNested` would answer
   * for it, read in the same statement.
   */
  async list(
    kind: KindSpec,
    filter: ListFilter,
    page: ListPage,
    withCount: boolean,
    projection: Projection = ALL_PROPERTIES,
    embedded: readonly RelatedRead[] = [],
  ): Promise<{ nodes: NodeRow[]; total: number | null; embedded: { items: RelatedItem[]; nested: Map<string, NodeRow[]>[] }[][] }> {
    const rows = await this.graph.run(listCypher(kind, filter, page, withCount, projection, embedded));
    // With reads along, a row per node: an empty page has none, and its total is left to count (null).
    return {
      nodes: rows.flatMap((r) => r.nodes),
      total: withCount ? (rows[0]?.total ?? (embedded.length ? null : 0)) : null,
      embedded: rows
        .flatMap((r) => r.embedded)
        .map((reads) =>
          reads.map((r, i) => ({
            items: relatedItems(embedded[i].spec, [r.outer.id], [r.outer])[0],
            nested: r.nested.map((byNode) => new Map(byNode.map((n) => [n.id, n.nodes]))),
          })),
        ),
    };
  }
}

/** relatedStatement's rows as each id's items (in key order), holders resolved; a `hops` spec lists each node once. */
function relatedItems(spec: RelationSpec, ids: readonly string[], rows: readonly { id: string; items: RelatedItemRow[]; holders: NodeRow[] }[]): RelatedItem[][] {
  return byKey(
    ids,
    rows,
    (row) => {
      const holders = new Map(row.holders.map((h) => [h.id, h]));
      const items = row.items.map((item) => ({ ...item, holder: holders.get(item.holder) ?? toNode({ id: item.holder }) }));
      if (!spec.hops) return items;
      const seen = new Set<string>();
      return items.filter((item) => !seen.has(item.node.id) && Boolean(seen.add(item.node.id)));
    },
    () => [],
  );
}
