import DataLoader from "dataloader";
import { loaderCache } from "../common/loaders";
import { ALL_PROPERTIES, type NodeRow, type Projection, projectionKey } from "../graph/graph.node";
import type { RelatedRead, RelationSpec } from "../graph/graph.relations";
import type { Source } from "../types/entity.type";
import type { ClaimRow, EntityRepository, MetricRow, MetricValueRow, RelatedItem } from "./entity.repository";
import type { PagedRead } from "./entity-pages.cypher";
import type { NestedRead } from "./entity-nested.cypher";

/**
 * Per-request loaders over EntityRepository: one batched Cypher per relationship field per level
 * of the query, however many parents ask. Built in the request context, never shared.
 */
export interface EntityLoaders {
  entityById: DataLoader<string, NodeRow | null>;
  sourceById: DataLoader<string, Source | null>;
  metrics: DataLoader<string, MetricRow[]>;
  /** Every source's value of a metric, by metric id. */
  metricValues: DataLoader<string, MetricValueRow[]>;
  claims: DataLoader<string, ClaimRow[]>;
  /**
   * The relationships of one spec with their properties, created on first use within the
   * request; one loader per projection (of the nodes, and of the relationships' properties), so
   * a lean read never answers a selection needing more.
   */
  related(spec: RelationSpec, projection?: Projection, relProjection?: Projection): DataLoader<string, RelatedItem[]>;
  /**
   * `related`, reading in the same statement the relationship fields `nested` selected on its
   * nodes, and priming their `relatedNodes` loaders with the answer: the level below does not
   * wait for a statement of its own (issue #21).
   */
  relatedWithNested(spec: RelationSpec, projection: Projection, relProjection: Projection, nested: readonly NestedRead[]): DataLoader<string, RelatedItem[]>;
  /** The loader a read asks (graph.relations.ts RelatedRead): relatedWithNested when it reads a level below, else related. */
  relatedRead(read: RelatedRead): DataLoader<string, RelatedItem[]>;
  /**
   * Primes relatedRead(read) for the entity `id` with its items, and the nested reads'
   * relatedNodes loaders with theirs (by related node id): a statement of the level above read
   * them along (entity.cypher.ts listCypher).
   */
  primeRelated(read: RelatedRead, id: string, items: RelatedItem[], nested: readonly ReadonlyMap<string, NodeRow[]>[]): void;
  /**
   * What relatedNodes(spec, projection) was primed with for `id` (a statement of the level above
   * read it along), at once; undefined when it was not. A field of thousands of parents answers
   * without a promise each (issue #21, bench Q6: 2,210 interventions' models).
   */
  primedNodes(spec: RelationSpec, projection: Projection, id: string): NodeRow[] | undefined;
  /** The nodes related through one spec (what relationship fields list), per projection, created on first use. */
  relatedNodes(spec: RelationSpec, projection?: Projection): DataLoader<string, NodeRow[]>;
  /** One page of a paged read per parent, per projection and page request (`limit` rows after the key `after`). */
  page(read: PagedRead, projection: Projection, limit: number, after: readonly unknown[] | null): DataLoader<string, NodeRow[]>;
  /** How many nodes a paged read lists per parent, over all pages. */
  pageTotal(read: PagedRead): DataLoader<string, number>;
}

export function createEntityLoaders(repo: EntityRepository): EntityLoaders {
  const relatedLoaders = loaderCache<RelatedItem[]>();
  const nodeLoaders = loaderCache<NodeRow[]>();
  const pageLoaders = loaderCache<NodeRow[]>();
  const totalLoaders = loaderCache<number>();
  const relatedNodes = (spec: RelationSpec, projection: Projection = ALL_PROPERTIES): DataLoader<string, NodeRow[]> =>
    nodeLoaders(`${spec.key}|${projectionKey(projection)}`, (ids) => repo.relatedNodes(spec, ids, projection));
  const related = (spec: RelationSpec, projection: Projection = ALL_PROPERTIES, relProjection: Projection = ALL_PROPERTIES): DataLoader<string, RelatedItem[]> =>
    relatedLoaders(`${spec.key}|${projectionKey(projection)}|${projectionKey(relProjection)}`, (ids) => repo.related(spec, ids, projection, relProjection));
  const primed = new Map<string, Map<string, NodeRow[]>>();
  const primeNested = (nested: readonly NestedRead[], answers: readonly ReadonlyMap<string, NodeRow[]>[]): void =>
    nested.forEach((n, i) => {
      const key = `${n.spec.key}|${projectionKey(n.projection)}`;
      const loader = relatedNodes(n.spec, n.projection);
      let known = primed.get(key);
      if (!known) primed.set(key, (known = new Map()));
      for (const [id, nodes] of answers[i] ?? []) {
        loader.prime(id, nodes);
        if (!known.has(id)) known.set(id, nodes);
      }
    });
  const relatedWithNested = (spec: RelationSpec, projection: Projection, relProjection: Projection, nested: readonly NestedRead[]): DataLoader<string, RelatedItem[]> =>
    relatedLoaders(
      `${spec.key}|${projectionKey(projection)}|${projectionKey(relProjection)}|${nested.map((n) => `${n.spec.key}:${projectionKey(n.projection)}`).join(";")}`,
      async (ids) => {
        const answer = await repo.relatedWithNested(spec, ids, projection, relProjection, nested);
        primeNested(nested, answer.nested);
        return answer.items;
      },
    );
  const relatedRead = (read: RelatedRead): DataLoader<string, RelatedItem[]> =>
    read.nested.length ? relatedWithNested(read.spec, read.projection, read.relProjection, read.nested) : related(read.spec, read.projection, read.relProjection);
  return {
    entityById: new DataLoader((ids) => repo.findByIds(ids)),
    sourceById: new DataLoader((ids) => repo.findSourcesByIds(ids)),
    metrics: new DataLoader((ids) => repo.metrics(ids)),
    metricValues: new DataLoader((ids) => repo.metricValues(ids)),
    claims: new DataLoader((ids) => repo.claims(ids)),
    related,
    relatedNodes,
    primedNodes: (spec, projection, id) => primed.get(`${spec.key}|${projectionKey(projection)}`)?.get(id),
    relatedWithNested,
    relatedRead,
    primeRelated: (read, id, items, nested) => {
      relatedRead(read).prime(id, items);
      primeNested(read.nested, nested);
    },
    page: (read, projection, limit, after) =>
      pageLoaders(`${read.key}|${projectionKey(projection)}|${limit}|${JSON.stringify(after)}`, (ids) => repo.page(read, ids, after, limit, projection)),
    pageTotal: (read) => totalLoaders(read.key, (ids) => repo.pageTotal(read, ids)),
  };
}
