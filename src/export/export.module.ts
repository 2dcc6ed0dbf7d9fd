import type { BaseContext } from "../context.type";
import type { CapabilityModule } from "../module.type";
import type { WhoWhatWhereSlice } from "../who-what-where/who-what-where.module";
import { openApiRouter } from "./export.openapi";
import { ExportRepository } from "./export.repository";
import { exportRouter } from "./export.router";

export interface ExportRepositories {
  /** Whether the filters' ids exist, and the graph's version (for ETags). */
  exports: ExportRepository;
}

/**
 * The downloads: the 3W rows as CSV, HXL and XLSX and the places as GeoJSON under /export
 * (read through the who-what-where capability), and their OpenAPI description at /openapi.json.
 * No resolvers, no slice of the request context.
 */
export const exportModule: CapabilityModule<ExportRepositories, object, BaseContext & WhoWhatWhereSlice> = {
  resolvers: [],
  repositories: (graph) => ({ exports: new ExportRepository(graph) }),
  slice: () => ({}),
  routes: ({ config, schema, logger, context }, repos) => [
    {
      path: "/export",
      router: exportRouter({ config, repository: context().whoWhatWhere, exportRepository: repos.exports, schema, logger }),
      crossOrigin: true,
      timeoutMs: config.exportTimeoutMs,
    },
    { path: "/", router: openApiRouter({ config, schema }) },
  ],
};
