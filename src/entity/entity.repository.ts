/**
 * Cypher shared by every entity kind: lookups by id, filtered and paged lists, and the batched
 * relationship reads behind the DataLoaders. Labels and relationship types come from constants
 * (Label, RelType, RelationSpec); every value is a $parameter.
 */
import type { PageRequest } from "../common/pagination";
import { cypherInt } from "../graph/graph.convert";
import type { GraphExecutor } from "../graph/graph.executor";
import { Label } from "../graph/graph.model";
import { placeReach, placeWithin } from "../graph/graph.rollup";
import type { RelationSpec } from "./entity.relations";
import { type NodeValue, toNode } from "./entity.mapper";

/** A related node with the relationship's properties and which way it points. */
export interface RelatedItem {
  node: NodeValue;
  rel: Record<string, unknown> & { __type: string };
  direction: "OUT" | "IN";
  /**
   * The node the relationship actually starts from: the entity itself, or for a rolled-up spec
   * one of its units, variants or interventions (e.g. Plan International Lai Châu for Plan International).
   */
  holder: NodeValue;
}

/** Filters a list may apply; property names in `equals` come from code, never from clients. */
export interface ListFilter {
  /** Already folded with foldDiacritics: every word must occur in a name or alias. */
  words?: string[];
  equals?: Record<string, string>;
  /** Entities located in / covering this place or anything inside it (or its 2025 predecessors). */
  place?: string;
  /** Places inside this one (Place lists only). */
  within?: string;
  /** Overlap with [from, to], ISO dates; entities without dates are kept. */
  from?: string;
  to?: string;
}

/** Node projection used everywhere so that toNode can name the type. */
export const NODE = (v: string): string => `${v} {.*, __labels: labels(${v})}`;

export class EntityRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** Entities by id, in key order; null where no entity (of `label`, when given) has the id. */
  async findByIds(ids: readonly string[], label: Label = Label.Entity): Promise<(NodeValue | null)[]> {
    const rows = await this.graph.read<{ id: string; node: Record<string, unknown> | null }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:${label} {id: id})
       RETURN id, CASE WHEN n IS NULL THEN null ELSE ${NODE("n")} END AS node`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.node ? toNode(r.node) : null]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Sources by id, in key order. */
  async findSourcesByIds(ids: readonly string[]): Promise<(Record<string, unknown> | null)[]> {
    const rows = await this.graph.read<{ id: string; source: Record<string, unknown> | null }>(
      `UNWIND $ids AS id OPTIONAL MATCH (s:${Label.Source} {id: id}) RETURN id, properties(s) AS source`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.source]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void> {
    return this.graph.ping();
  }

  /** Every source, by id. Sources are few (one per article or dataset). */
  async allSources(): Promise<Record<string, unknown>[]> {
    const rows = await this.graph.read<{ source: Record<string, unknown> }>(
      `MATCH (s:${Label.Source}) RETURN properties(s) AS source ORDER BY s.id`,
    );
    return rows.map((r) => r.source);
  }

  /**
   * For each id (in key order), the nodes related through `spec`, sorted by name. A spec with
   * `start` relates the nodes that pattern reaches from the entity (its units, variants…): the
   * roll-up rule of graph.rollup.ts. A spec with `hops` follows a chain of its types and
   * reports the last relationship of the chain, one item per related node.
   */
  async related(spec: RelationSpec, ids: readonly string[]): Promise<RelatedItem[][]> {
    const types = spec.types.join("|");
    const length = spec.hops ? `*${spec.hops}` : "";
    const pattern =
      spec.direction === "OUT" ? `(s)-[rs:${types}${length}]->(m)` : spec.direction === "IN" ? `(s)<-[rs:${types}${length}]-(m)` : `(s)-[rs:${types}${length}]-(m)`;
    const rel = spec.hops ? "last(rs)" : "rs";
    const targetTest = spec.targets.map((l) => `m:${l}`).join(" OR ");
    const rows = await this.graph.read<{ id: string; items: (Omit<RelatedItem, "node" | "holder"> & { node: Record<string, unknown>; holder: Record<string, unknown> })[] }>(
      `UNWIND $ids AS id
       MATCH (n:${spec.from} {id: id})
       ${spec.start ? `OPTIONAL MATCH ${spec.start}` : "WITH id, n, n AS s"}
       OPTIONAL MATCH ${pattern} WHERE ${targetTest}
       WITH id, s, ${rel} AS r, m ORDER BY m.name, m.id, s.name, s.id
       RETURN id, collect(CASE WHEN m IS NULL THEN null ELSE {
         node: ${NODE("m")},
         holder: ${NODE("s")},
         rel: r {.*, __type: type(r)},
         direction: ${spec.hops ? `'${spec.direction === "IN" ? "IN" : "OUT"}'` : "CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END"}
       } END) AS items`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) => {
      const items = (byId.get(id) ?? []).map((item) => ({ ...item, node: toNode(item.node), holder: toNode(item.holder) }));
      if (!spec.hops) return items;
      const seen = new Set<string>();
      return items.filter((item) => !seen.has(item.node.id) && Boolean(seen.add(item.node.id)));
    });
  }

  /** One page of entities of `label` matching `filter`, ordered by name then id. */
  async list(label: Label, filter: ListFilter, page: PageRequest): Promise<NodeValue[]> {
    const { where, params } = buildWhere(label, filter);
    const afterClause = page.after ? "AND (n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))" : "";
    const rows = await this.graph.read<{ node: Record<string, unknown> }>(
      `MATCH (n:${label}) WHERE ${where} ${afterClause}
       RETURN ${NODE("n")} AS node ORDER BY n.name, n.id LIMIT $limit`,
      {
        ...params,
        afterName: page.after?.[0] ?? null,
        afterId: page.after?.[1] ?? null,
        limit: cypherInt(page.first + 1),
      },
    );
    return rows.map((r) => toNode(r.node));
  }

  async count(label: Label, filter: ListFilter): Promise<number> {
    const { where, params } = buildWhere(label, filter);
    const [row] = await this.graph.read<{ total: number }>(`MATCH (n:${label}) WHERE ${where} RETURN count(n) AS total`, params);
    return row?.total ?? 0;
  }
}

function buildWhere(label: Label, filter: ListFilter): { where: string; params: Record<string, unknown> } {
  const clauses = ["true"];
  const params: Record<string, unknown> = {};
  if (filter.words?.length) {
    clauses.push("all(w IN $words WHERE n.searchText CONTAINS w)");
    params.words = filter.words;
  }
  for (const [i, [prop, value]] of Object.entries(filter.equals ?? {}).entries()) {
    if (!/^[a-zA-Z]+$/.test(prop)) throw new Error(`invalid filter property ${prop}`);
    clauses.push(`n.${prop} = $eq${i}`);
    params[`eq${i}`] = value;
  }
  if (filter.place) {
    clauses.push(`EXISTS { MATCH ${placeReach(label, "n", "p")} WHERE ${placeWithin("p", "$place")} }`);
    params.place = filter.place;
  }
  if (filter.within) {
    clauses.push(placeWithin("n", "$within"));
    params.within = filter.within;
  }
  if (filter.from) {
    clauses.push("(n.endDate IS NULL OR n.endDate >= date($from))");
    params.from = filter.from;
  }
  if (filter.to) {
    clauses.push("(n.startDate IS NULL OR n.startDate <= date($to))");
    params.to = filter.to;
  }
  return { where: clauses.join(" AND "), params };
}
