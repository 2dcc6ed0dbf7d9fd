import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Driver } from "neo4j-driver";
import type { Logger as PinoLogger } from "pino";
import type { Config } from "../config";
import { createContext, createRepositories } from "../composition";
import { exportRouter } from "../export/export.router";
import { createDriver } from "../graph/graph.driver";
import { GraphExecutor } from "../graph/graph.executor";
import { getSchema } from "../composition";
import { createHttpApp, onClientError } from "./http.app";
import { ListBounds } from "./list-bounds";
import { loadPersistedDocuments, PERSISTED_DOCUMENTS_FILE } from "./persisted-documents";
import { createServer } from "./server";

export interface ApiServerOptions {
  config: Config;
  logger: PinoLogger;
  /** Folder of the built GraphiQL IDE (dist/ide). */
  ideAssetsDir: string;
  /** How long in-flight requests may take to finish once stop() is called. */
  drainMs: number;
  /** Tags the API's Neo4j transactions. */
  appName?: string;
  /** The manifest of trusted documents; default: the client package's (persisted-documents.ts). */
  persistedDocumentsFile?: string;
}

export interface ApiServer {
  /** The port actually listened on (config.port 0 picks a free one). */
  port: number;
  graph: GraphExecutor;
  driver: Driver;
  /** Stops accepting connections, lets in-flight requests finish (up to drainMs), closes the driver. */
  stop(): Promise<void>;
}

/**
 * The whole API wired and listening on config.host:config.port: driver → executor →
 * repositories → per-request context → Apollo → HTTP app. src/main.ts and the tests' HTTP
 * server both start it this way, so what the tests exercise is what runs.
 */
export async function startApiServer({ config, logger, ideAssetsDir, drainMs, appName, persistedDocumentsFile = PERSISTED_DOCUMENTS_FILE }: ApiServerOptions): Promise<ApiServer> {
  const persistedDocuments = loadPersistedDocuments(persistedDocumentsFile, config.persistedDocuments);
  const schema = await getSchema();
  const driver = createDriver(config);
  const graph = new GraphExecutor(driver, config.neo4jDatabase, appName);
  const repos = createRepositories(graph);
  // The cost model's list bounds, measured before the first request is served unless that takes
  // longer than a request may (fallback meanwhile: COST_LIST_SIZE).
  const listBounds = new ListBounds(graph, logger);
  await listBounds.start(config.listBoundsRefreshSeconds * 1_000, config.requestTimeoutMs);
  const httpServer = http.createServer();
  const apollo = createServer({
    schema,
    config,
    logger,
    listBounds,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMs })],
  });
  await apollo.start();
  const app = createHttpApp({
    config,
    apollo,
    context: (requestInfo) => createContext(config, repos, requestInfo),
    ping: () => graph.ping(),
    logger,
    ideAssetsDir,
    exports: exportRouter({ config, repository: repos.whoWhatWhere, schema, logger }),
    persistedDocuments,
  });
  httpServer.on("request", app);
  httpServer.on("clientError", onClientError);
  // Slow or idle clients cannot hold sockets for ever.
  httpServer.requestTimeout = config.requestTimeoutMs + 5_000;
  httpServer.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  return {
    port: (httpServer.address() as AddressInfo).port,
    graph,
    driver,
    async stop() {
      listBounds.stop();
      await apollo.stop();
      await driver.close();
    },
  };
}
