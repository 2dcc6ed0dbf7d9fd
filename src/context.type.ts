import type { AccountsContext } from "./accounts/accounts.context"; // issue #20 (curation wiring)
import type { Config } from "./config";
import type { CurationContext } from "./curation/curation.context"; // issue #20 (curation wiring)
import type { EntityLoaders } from "./entities/entity.loaders";
import type { EntityRepository } from "./entities/entity.repository";
import type { ExportRepository } from "./export/export.repository";
import type { PartnerLoaders } from "./partners/partner.loaders";
import type { PartnerRepository } from "./partners/partner.repository";
import type { PlaceLoaders } from "./places/place.loaders";
import type { PlaceRepository } from "./places/place.repository";
import type { ReplicableModelLoaders } from "./replicable-models/replicable-models.loaders";
import type { ReplicableModelsRepository } from "./replicable-models/replicable-models.repository";
import type { SearchRepository } from "./search/search.repository";
import type { RequestInfo } from "./server/request-info";
import type { WhoWhatWhereRepository } from "./who-what-where/who-what-where.repository";

/** Repositories hold no request state and are shared by all requests (composition.ts builds them). */
export interface Repositories {
  entities: EntityRepository;
  partners: PartnerRepository;
  places: PlaceRepository;
  search: SearchRepository;
  whoWhatWhere: WhoWhatWhereRepository;
  replicableModels: ReplicableModelsRepository;
  /** For the /export downloads: ids of their filters, the graph's version. */
  exports: ExportRepository;
}

/** A request's DataLoaders, each capability's own; their caches live exactly as long as the request. */
export interface Loaders extends EntityLoaders, PlaceLoaders, PartnerLoaders, ReplicableModelLoaders {}

/** What every resolver receives: plain data, built once per request by composition.ts createContext. */
export interface Context {
  config: Config;
  repos: Repositories;
  loaders: Loaders;
  /** What the access log will say of this request; absent outside HTTP (tests, scripts). */
  requestInfo?: RequestInfo;
  // issue #20 (curation wiring): the accounts and curation capabilities' slices; absent outside HTTP.
  accounts?: AccountsContext;
  curation?: CurationContext;
}
