import DataLoader from "dataloader";
import { loaderCache } from "../common/loaders";
import { ALL_PROPERTIES, type Projection, projectionKey } from "../graph/graph.node";
import type { Partnership } from "../types/edge.type";
import type { PartnerRepository } from "./partner.repository";

/** Per-request loaders of the partners capability: one per projection, created on first use. */
export interface PartnerLoaders {
  partners(projection?: Projection, provenance?: boolean): DataLoader<string, Partnership[]>;
  /** One page of partners per organization: `limit` after the (name, id) key `after`. */
  partnersPage(projection: Projection, provenance: boolean, limit: number, after: readonly unknown[] | null): DataLoader<string, Partnership[]>;
  /** How many partners each organization has over all pages. */
  partnersTotal: DataLoader<string, number>;
}

/** The partners capability's slice of a request's context: its loaders, fresh per request. */
export interface PartnersSlice {
  partners: { loaders: PartnerLoaders };
}

export function createPartnerLoaders(repo: PartnerRepository): PartnerLoaders {
  const loaders = loaderCache<Partnership[]>();
  return {
    partners: (projection = ALL_PROPERTIES, provenance = true) => loaders(`${projectionKey(projection)}|${provenance}`, (ids) => repo.partners(ids, projection, provenance)),
    partnersPage: (projection, provenance, limit, after) =>
      loaders(`${projectionKey(projection)}|${provenance}|${limit}|${JSON.stringify(after)}`, (ids) => repo.partners(ids, projection, provenance, { after, limit })),
    partnersTotal: new DataLoader((ids) => repo.partnersTotal(ids)),
  };
}
