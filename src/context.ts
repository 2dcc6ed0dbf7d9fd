import DataLoader from "dataloader";
import type { Config } from "./config";
import { createEntityLoaders, type EntityLoaders } from "./entity/entity.loaders";
import type { NodeValue } from "./entity/entity.mapper";
import { EntityRepository } from "./entity/entity.repository";
import type { GraphExecutor } from "./graph/graph.executor";
import type { RequestInfo } from "./server/request-info";
import { OrganizationRepository, type PartnerRow } from "./organization/organization.repository";
import { PlaceRepository, type WithinSpec } from "./place/place.repository";
import { SearchRepository } from "./search/search.repository";
import { WhoWhatWhereRepository } from "./who-what-where/who-what-where.repository";

/** Repositories hold no request state and are shared by all requests. */
export interface Repositories {
  entities: EntityRepository;
  organizations: OrganizationRepository;
  places: PlaceRepository;
  search: SearchRepository;
  whoWhatWhere: WhoWhatWhereRepository;
}

export function createRepositories(graph: GraphExecutor): Repositories {
  return {
    entities: new EntityRepository(graph),
    organizations: new OrganizationRepository(graph),
    places: new PlaceRepository(graph),
    search: new SearchRepository(graph),
    whoWhatWhere: new WhoWhatWhereRepository(graph),
  };
}

export interface Loaders extends EntityLoaders {
  partners: DataLoader<string, PartnerRow[]>;
  placeDescendants: DataLoader<string, NodeValue[]>;
  placeAncestors: DataLoader<string, NodeValue[]>;
  /** Roll-up loader for one kind of entity tied to places. */
  within(spec: WithinSpec): DataLoader<string, NodeValue[]>;
}

/** Builds a request's loaders: their caches live exactly as long as the request. */
export function createLoaders(repos: Repositories): Loaders {
  const withinLoaders = new Map<string, DataLoader<string, NodeValue[]>>();
  return {
    ...createEntityLoaders(repos.entities),
    partners: new DataLoader((ids) => repos.organizations.partners(ids)),
    placeDescendants: new DataLoader((ids) => repos.places.descendants(ids)),
    placeAncestors: new DataLoader((ids) => repos.places.ancestors(ids)),
    within(spec) {
      let loader = withinLoaders.get(spec.key);
      if (!loader) {
        loader = new DataLoader((ids) => repos.places.within(spec, ids));
        withinLoaders.set(spec.key, loader);
      }
      return loader;
    },
  };
}

export interface Context {
  config: Config;
  repos: Repositories;
  loaders: Loaders;
  /** What the access log will say of this request; absent outside HTTP (tests, scripts). */
  requestInfo?: RequestInfo;
}

/** Called once per request by the server. */
export function createContext(config: Config, repos: Repositories, requestInfo?: RequestInfo): Context {
  return { config, repos, loaders: createLoaders(repos), requestInfo };
}
