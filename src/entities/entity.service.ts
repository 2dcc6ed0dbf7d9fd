import type { Config } from "../config";
import { NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { type Connection, type CursorPart, type PageArgs, toConnection, toPageRequest } from "../common/pagination";
import type { KindSpec } from "../graph/graph.model";
import type { NodeRow, Projection } from "../graph/graph.node";
import type { RelatedRead } from "../graph/graph.relations";
import type { Source } from "../types/entity.type";
import { toKindListFilter } from "./entity.filter";
import type { PagedRead } from "./entity-pages.cypher";
import { createEntityLoaders, type EntityLoaders } from "./entity.loaders";
import type { EntityRepository } from "./entity.repository";

/** A client's filter of one kind (the `<Type>Filter` input), as the resolver receives it. */
export type KindFilter = Parameters<typeof toKindListFilter>[1];

/** The entities capability's slice of a request's context. */
export interface EntitiesSlice {
  entities: EntityService;
}

/**
 * Lookups and lists of every kind of the model table, built per request: `loaders` are the
 * request's own (their caches live as long as it does), the repository is shared.
 */
export class EntityService {
  constructor(
    private readonly repo: EntityRepository,
    private readonly config: Pick<Config, "maxPageSize">,
    readonly loaders: EntityLoaders = createEntityLoaders(repo),
  ) {}

  /** One entity of `kind` by id (BAD_USER_INPUT for a malformed id, NOT_FOUND for an unknown one). */
  async lookup(kind: KindSpec, id: string, projection: Projection): Promise<NodeRow> {
    const [node] = await this.repo.findByIds([assertId(id)], kind.label, projection);
    if (!node) throw new NotFoundError(kind.typeName, id);
    return node;
  }

  /**
   * A page of `kind` ordered by name: rows and (when `withTotal`) totalCount from one statement,
   * else totalCount counted only if asked for. `embedded`: relationship reads of the page's nodes
   * the selection asks (selection.prefetch.ts embeddedReads), read in the same statement and
   * primed into the request's loaders.
   */
  async list(
    kind: KindSpec,
    filter: KindFilter | null,
    pageArgs: PageArgs,
    withTotal: boolean,
    projection: Projection,
    embedded: readonly RelatedRead[] = [],
  ): Promise<Connection<NodeRow>> {
    const listFilter = toKindListFilter(kind, filter);
    const page = toPageRequest(pageArgs, this.config.maxPageSize, ["string", "string"]);
    const after = page.after ? ([String(page.after[0]), String(page.after[1])] as const) : null;
    const { nodes, total, embedded: along } = await this.repo.list(kind, listFilter, { after, limit: page.first + 1 }, withTotal, projection, embedded);
    // The reads the selection asks of each node, read along: their loaders answer without a statement.
    along.forEach((reads, i) => reads.forEach((answer, j) => this.loaders.primeRelated(embedded[j], nodes[i].id, answer.items, answer.nested)));
    return toConnection(nodes, page, (n) => [n.name, n.id], total ?? (() => this.repo.list(kind, listFilter, { after: null, limit: 0 }, true).then((r) => r.total ?? 0)));
  }

  /**
   * One page of a list field of the node `id` (entity-pages.cypher.ts): `first` nodes after the cursor,
   * paged in the statement; totalCount counted by a statement of its own, only when selected.
   * Parents asked in one level share one statement per page request (DataLoader).
   */
  async pagedNodes(read: PagedRead, id: string, pageArgs: PageArgs, projection: Projection): Promise<Connection<NodeRow>> {
    const shape: CursorPart[] = read.order.map(() => "string");
    const page = toPageRequest(pageArgs, this.config.maxPageSize, shape);
    // The cursor is made of the sort key: it is read whatever the selection asks.
    const withKey = projection ? [...new Set([...projection, ...read.order])].sort() : projection;
    const nodes = await this.loaders.page(read, withKey, page.first + 1, page.after).load(id);
    return toConnection(
      nodes,
      page,
      (n) => read.order.map((p) => n[p]),
      () => this.loaders.pageTotal(read).load(id),
    );
  }

  /** Every source, by id. */
  allSources(): Promise<Source[]> {
    return this.repo.allSources();
  }
}
