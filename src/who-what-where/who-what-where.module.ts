import type { CapabilityModule } from "../module.type";
import { WhoWhatWhereRepository } from "./who-what-where.repository";
import { WhoWhatWhereResolver } from "./who-what-where.resolver";
import { WhoWhatWhereService, type WhoWhatWhereSlice } from "./who-what-where.service";

export type { WhoWhatWhereService, WhoWhatWhereSlice } from "./who-what-where.service";
export type { WhoWhatWhereQuery } from "./who-what-where.cypher";
export type { PlaceCount } from "./who-what-where.repository";
export type { WhoWhatWhereRow } from "./who-what-where.type";
/** The 3W filter's checks, shared with the downloads (src/export) so that a file holds exactly what the query answers. */
export { toWhoWhatWhereQuery } from "./who-what-where.filter";
export { WhoWhatWhereFilter } from "./who-what-where.type";
/** For curation's preview: the 3W rows a source would add, read inside its rolled-back publish. */
export { rowPlace, whoWhatWhereMatch } from "./who-what-where.cypher";

/** The write path's side of the summary aggregates (issue #21): the seed loader, curation and the benchmark's generator keep them. */
export { keepSummaries, refreshAllSummaries } from "./who-what-where.aggregates";

export interface WhoWhatWhereRepositories {
  whoWhatWhere: WhoWhatWhereRepository;
}

/** Who did what where: the 3W rows (`whoWhatWhere`) and their counts (`whoWhatWhereSummary`). */
export const whoWhatWhereModule: CapabilityModule<WhoWhatWhereRepositories, WhoWhatWhereSlice> = {
  resolvers: [WhoWhatWhereResolver],
  repositories: (graph) => ({ whoWhatWhere: new WhoWhatWhereRepository(graph) }),
  slice: (repos, config) => ({ whoWhatWhere: new WhoWhatWhereService(repos.whoWhatWhere, config) }),
};
