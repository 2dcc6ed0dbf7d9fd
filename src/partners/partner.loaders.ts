import DataLoader from "dataloader";
import { loaderCache } from "../common/loaders";
import { ALL_PROPERTIES, type Projection, projectionKey } from "../graph/graph.node";
import type { Partnership } from "../types/edge.type";
import type { PartnerRepository } from "./partner.repository";
import type { RelationSpec } from "../graph/graph.relations";
import type { RelatedItem } from "../entities/entities.module";

/** Per-request loaders of the partners capability: one per projection, created on first use. */
export interface PartnerLoaders {
  partners(projection?: Projection, provenance?: boolean): DataLoader<string, Partnership[]>;
  /** One page of partners per organization: `limit` after the (name, id) key `after`. */
  partnersPage(projection: Projection, provenance: boolean, limit: number, after: readonly unknown[] | null): DataLoader<string, Partnership[]>;
  /** One page of an edge field's relationships per entity (partner.cypher.ts edgePageCypher). */
  edgePage(
    spec: RelationSpec,
    projection: Projection,
    relProjection: Projection,
    page: { after: readonly unknown[] | null; limit: number; role: string | null },
  ): DataLoader<string, RelatedItem[]>;
  /** How many relationship keys an edge field pages per entity. */
  edgePageTotal(spec: RelationSpec, role: string | null): DataLoader<string, number>;
  /** How many partners each organization has over all pages. */
  partnersTotal: DataLoader<string, number>;
}

/** The partners capability's slice of a request's context: its loaders, fresh per request. */
export interface PartnersSlice {
  partners: { loaders: PartnerLoaders };
}

export function createPartnerLoaders(repo: PartnerRepository): PartnerLoaders {
  const loaders = loaderCache<Partnership[]>();
  const edgeLoaders = loaderCache<RelatedItem[]>();
  const totals = loaderCache<number>();
  return {
    partners: (projection = ALL_PROPERTIES, provenance = true) => loaders(`${projectionKey(projection)}|${provenance}`, (ids) => repo.partners(ids, projection, provenance)),
    partnersPage: (projection, provenance, limit, after) =>
      loaders(`${projectionKey(projection)}|${provenance}|${limit}|${JSON.stringify(after)}`, (ids) => repo.partners(ids, projection, provenance, { after, limit })),
    partnersTotal: new DataLoader((ids) => repo.partnersTotal(ids)),
    edgePage: (spec, projection, relProjection, page) =>
      edgeLoaders(`${spec.key}|${projectionKey(projection)}|${projectionKey(relProjection)}|${JSON.stringify(page)}`, (ids) =>
        repo.edgePage(spec, ids, page, projection, relProjection),
      ),
    edgePageTotal: (spec, role) => totals(`${spec.key}|${role ?? ""}`, (ids) => repo.edgePageTotal(spec, ids, role)),
  };
}
