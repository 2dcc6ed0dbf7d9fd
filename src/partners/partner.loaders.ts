import DataLoader from "dataloader";
import type { Partnership } from "../types/edge.type";
import type { PartnerRepository } from "./partner.repository";

/** Per-request loaders of the partners capability. */
export interface PartnerLoaders {
  partners: DataLoader<string, Partnership[]>;
}

export function createPartnerLoaders(repo: PartnerRepository): PartnerLoaders {
  return { partners: new DataLoader((ids) => repo.partners(ids)) };
}
