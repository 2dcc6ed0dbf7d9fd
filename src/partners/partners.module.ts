import type { CapabilityModule } from "../module.type";
import { PARTNER_BOUNDS } from "./partner.bounds";
import { createPartnerLoaders, type PartnersSlice } from "./partner.loaders";
import { PartnerRepository } from "./partner.repository";
import { PARTNER_RESOLVERS } from "./partner.resolver";

export type { PartnersSlice } from "./partner.loaders";

export interface PartnersRepositories {
  partners: PartnerRepository;
}

/** Who worked with whom: the model table's relationship fields that return the relationship itself, and Organization.partners. */
export const partnersModule: CapabilityModule<PartnersRepositories, PartnersSlice> = {
  resolvers: PARTNER_RESOLVERS,
  repositories: (graph) => ({ partners: new PartnerRepository(graph) }),
  slice: (repos) => ({ partners: { loaders: createPartnerLoaders(repos.partners) } }),
  listBounds: PARTNER_BOUNDS,
};
