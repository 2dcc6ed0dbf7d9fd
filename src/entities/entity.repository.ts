import { inKeyOrder } from "../common/loaders";
import type { GraphExecutor } from "../graph/graph.executor";
import { type KindSpec, Label, RelType } from "../graph/graph.model";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection, type ProvenanceRow, provenanceRow, toNode, toNodeOf, toProvenance } from "../graph/graph.node";
import { relatedCypher, relatedNodesCypher, type RelationSpec } from "../graph/graph.relations";
import { compareStatements } from "../seed/seed.merge";
import type { Claim, Metric, MetricValue, Source } from "../types/entity.type";
import { listCypher, type ListFilter, type ListPage } from "./entity.cypher";

/** A related node with the relationship's properties and which way it points. */
export interface RelatedItem {
  node: NodeRow;
  rel: Record<string, unknown> & { __type: string };
  direction: "OUT" | "IN";
  /**
   * The node the relationship actually starts from: the entity itself, or for a rolled-up spec
   * one of its units, variants or interventions (e.g. Plan International Lai Châu for Plan International).
   */
  holder: NodeRow;
}

type RawItem = Omit<RelatedItem, "node" | "holder"> & { node: Record<string, unknown>; holder: string };

/** Metric and Claim rows with their provenance, as the GraphQL types read them. */
export type MetricRow = Omit<Metric, "provenance" | "values" | "conflict"> & { provenance: ProvenanceRow };
/** One source's value for a metric (GraphQL MetricValue). */
export type MetricValueRow = Omit<MetricValue, "provenance"> & { provenance: ProvenanceRow };
export type ClaimRow = Omit<Claim, "provenance"> & { provenance: ProvenanceRow };

/**
 * Lookups by id, filtered and paged lists, and the batched relationship reads behind the
 * DataLoaders, for every kind of the model table. Every value is a $parameter.
 */
export class EntityRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** Entities by id, in key order; null where no entity (of `label`, when given) has the id. */
  async findByIds(ids: readonly string[], label: Label = Label.Entity, projection: Projection = ALL_PROPERTIES): Promise<(NodeRow | null)[]> {
    const rows = await this.graph.read<{ id: string; node: Record<string, unknown> | null }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:${label} {id: id})
       RETURN id, CASE WHEN n IS NULL THEN null ELSE ${NODE("n", projection, [label])} END AS node`,
      { ids },
    );
    const shape = toNodeOf([label]);
    const byId = new Map(rows.map((r) => [r.id, r.node ? shape(r.node) : null]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Sources by id, in key order. */
  async findSourcesByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    const rows = await this.graph.read<{ id: string; source: Source | null }>(`UNWIND $ids AS id OPTIONAL MATCH (s:${Label.Source} {id: id}) RETURN id, properties(s) AS source`, {
      ids,
    });
    const byId = new Map(rows.map((r) => [r.id, r.source]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Every source, by id. Sources are few (one per article or dataset). */
  async allSources(): Promise<Source[]> {
    const rows = await this.graph.read<{ source: Source }>(`MATCH (s:${Label.Source}) RETURN properties(s) AS source ORDER BY s.id`);
    return rows.map((r) => r.source);
  }

  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void> {
    return this.graph.ping();
  }

  /** For each id (in key order), the distinct nodes related through `spec`, by name (graph.relations.ts relatedNodesCypher). */
  async relatedNodes(spec: RelationSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    const rows = await this.graph.read<{ id: string; nodes: Record<string, unknown>[] }>(relatedNodesCypher(spec, projection), { ids });
    return inKeyOrder(
      ids,
      rows.map((r) => ({ id: r.id, items: r.nodes })),
      toNodeOf(spec.targets),
    );
  }

  /**
   * For each id (in key order), the relationships of `spec` with their properties, by the related
   * node's name (graph.relations.ts relatedCypher). A chain (`hops`) may reach a node by several
   * paths: it is listed once.
   */
  async related(spec: RelationSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES, relProjection: Projection = ALL_PROPERTIES): Promise<RelatedItem[][]> {
    const rows = await this.graph.read<{ id: string; items: RawItem[]; holders: Record<string, unknown>[] }>(relatedCypher(spec, projection, relProjection), {
      ids,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const shape = toNodeOf(spec.targets);
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const holders = new Map(row.holders.map(toNode).map((h) => [h.id, h]));
      const items = row.items.map((item) => ({ ...item, node: shape(item.node), holder: holders.get(item.holder) ?? toNode({ id: item.holder }) }));
      if (!spec.hops) return items;
      const seen = new Set<string>();
      return items.filter((item) => !seen.has(item.node.id) && Boolean(seen.add(item.node.id)));
    });
  }

  /** For each entity id, the numbers sources state about it, with provenance. */
  async metrics(ids: readonly string[]): Promise<MetricRow[][]> {
    const rows = await this.graph.read<{ id: string; items: { metric: Omit<Metric, "provenance">; rel: Record<string, unknown> }[] }>(
      `UNWIND $ids AS id
       MATCH (:${Label.Entity} {id: id})-[r:${RelType.HAS_METRIC}]->(m:${Label.Metric})
       WITH id, r, m ORDER BY m.id
       RETURN id, collect({metric: properties(m), rel: properties(r)}) AS items`,
      { ids },
    );
    return inKeyOrder(ids, rows, (i) => ({ ...i.metric, provenance: provenanceOf(i.rel) }));
  }

  /**
   * For each metric id (in key order), every source's value: the statements on the metric's
   * MENTIONED_IN links, best-ranked source first (the rule of seed.merge.ts, by which the Metric
   * node's own value is the first's).
   */
  async metricValues(ids: readonly string[]): Promise<MetricValueRow[][]> {
    const rows = await this.graph.read<{ id: string; items: { sourceId: string; sourceKind: string; props: Record<string, unknown> }[] }>(
      `UNWIND $ids AS id
       MATCH (:${Label.Metric} {id: id})-[m:${RelType.MENTIONED_IN}]->(s:${Label.Source})
       RETURN id, collect({sourceId: s.id, sourceKind: s.kind, props: properties(m)}) AS items`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, [...r.items].sort(compareStatements)]));
    return ids.map((id) =>
      (byId.get(id) ?? []).map(({ sourceId, props }) => ({
        value: Number(props.value),
        unit: String(props.unit ?? ""),
        label: String(props.label ?? ""),
        qualifier: (props.qualifier ?? "EXACT") as MetricValue["qualifier"],
        provenance: provenanceRow(sourceId, props.quote, null, props.inferred),
      })),
    );
  }

  /** For each entity id, the conflicting statements recorded about it, with provenance. */
  async claims(ids: readonly string[]): Promise<ClaimRow[][]> {
    const rows = await this.graph.read<{ id: string; items: { claim: Omit<Claim, "provenance">; rel: Record<string, unknown> }[] }>(
      `UNWIND $ids AS id
       MATCH (:${Label.Entity} {id: id})-[r:${RelType.HAS_CLAIM}]->(c:${Label.Claim})
       WITH id, r, c ORDER BY c.id
       RETURN id, collect({claim: properties(c), rel: properties(r)}) AS items`,
      { ids },
    );
    return inKeyOrder(ids, rows, (i) => ({ ...i.claim, provenance: provenanceOf(i.rel) }));
  }

  /** One page of `kind` matching `filter` by name then id, and the total when `withCount`. */
  async list(kind: KindSpec, filter: ListFilter, page: ListPage, withCount: boolean, projection: Projection = ALL_PROPERTIES): Promise<{ nodes: NodeRow[]; total: number | null }> {
    const { cypher, params } = listCypher(kind, filter, page, withCount, projection);
    const [row] = await this.graph.read<{ nodes: Record<string, unknown>[]; total?: number }>(cypher, params);
    return { nodes: (row?.nodes ?? []).map(toNodeOf([kind.label])), total: withCount ? (row?.total ?? 0) : null };
  }
}

/** Metrics and claims always carry provenance (the loader writes it); an empty one if a row lacks it. */
function provenanceOf(rel: Record<string, unknown>): ProvenanceRow {
  return toProvenance(rel) ?? provenanceRow("", "", null, null);
}
