import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Response, type Router } from "express";
import type { ClassType } from "type-graphql";
import type { Config } from "../config";
import { type RequestBookmarks, runWithBookmarks } from "../graph/graph.bookmarks";
import type { GraphExecutor } from "../graph/graph.executor";
import type { CapabilityModule, HttpPair } from "../module.type";
import { type CurationConfig, loadCurationConfig } from "./curation.config";
import type { CurationContext, CurationRequestContext, CurationSlice } from "./curation.context";
import { CurationRepository } from "./curation.repository";
import { CurationResolver } from "./curation.resolver";
import { type CurationHooks, CurationService } from "./curation.service";

/** The request header a client sends the bookmarks of its writes in, and the response header writes answer with. */
export const BOOKMARK_HEADER = "Neo4j-Bookmark";
const MAX_BOOKMARKS = 16;

/** Bookmarks of a Neo4j-Bookmark header: comma-separated, at most MAX_BOOKMARKS of at most 1000 characters. */
export function parseBookmarks(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((b) => b.trim())
    .filter((b) => b && b.length <= 1_000)
    .slice(0, MAX_BOOKMARKS);
}

/** Answers with the request's write bookmarks. */
const bookmarkPlugin: ApolloServerPlugin<CurationRequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const written = contextValue.curation?.bookmarks?.written ?? [];
        if (written.length) response.http.headers.set(BOOKMARK_HEADER.toLowerCase(), written.join(","));
      },
    };
  },
};

/**
 * Drafts, publishing, sources' removal, the audit log (issue #20), and read-your-writes through
 * Neo4j bookmarks: its resolvers, each request's context slice, its HTTP middleware (the
 * bookmarks of /graphql requests) and Apollo plugin, as plain values for the composition root
 * and the server to wire.
 */
export function curationModule(
  graph: GraphExecutor,
  repository: CurationRepository,
  options: { maxBodyBytes: number; env?: NodeJS.ProcessEnv; hooks?: CurationHooks; config?: CurationConfig },
) {
  const config = options.config ?? loadCurationConfig(options.env);
  const service = new CurationService(graph, repository, config, options.hooks);
  const bookmarksOf = new WeakMap<Response, RequestBookmarks>();

  const router: Router = express.Router();
  // The body is read first (the app's own parser then finds it read): a context set before it would not reach the handlers, which run from its end event.
  router.use("/graphql", express.json({ limit: options.maxBodyBytes }));
  router.use("/graphql", (req, res, next) => {
    const bookmarks: RequestBookmarks = { given: parseBookmarks(req.get(BOOKMARK_HEADER)), written: [] };
    bookmarksOf.set(res, bookmarks);
    runWithBookmarks(bookmarks, next);
  });

  const resolvers = CURATION_RESOLVERS;
  return {
    config,
    service,
    resolvers,
    context: (http?: HttpPair): CurationContext => ({ service, bookmarks: http && bookmarksOf.get(http.res) }),
    router,
    plugins: [bookmarkPlugin],
  };
}

export type CurationModule = ReturnType<typeof curationModule>;
export type { CurationSlice } from "./curation.context";

/** The resolver classes, for the schema (built once per process, before any module is). */
export const CURATION_RESOLVERS: ClassType[] = [CurationResolver];

/**
 * The curation capability as the composition root lists it: its service is built once per process (its settings are read at start).
 * `keep`: other derived facts its publish and removal keep in their transaction (issue #21: the planners' place facts).
 */
export const curationCapabilityKeeping = (keep?: CurationHooks["keep"]): CapabilityModule<{ curation: CurationModule }, CurationSlice, CurationRequestContext> => ({
  resolvers: CURATION_RESOLVERS,
  repositories: (graph: GraphExecutor, config: Config) => ({
    curation: curationModule(graph, new CurationRepository(graph), { maxBodyBytes: config.maxBodyBytes, hooks: keep ? { keep } : {} }),
  }),
  slice: (repos, _config, http) => ({ curation: repos.curation.context(http) }),
  routes: (_deps, repos) => [{ path: "/", router: repos.curation.router, before: true }],
  plugins: (repos) => repos.curation.plugins,
});

/** The curation capability keeping only the 3W summary's aggregates. */
export const curationCapability = curationCapabilityKeeping();
