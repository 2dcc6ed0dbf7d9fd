import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { pino } from "pino";
import { loadConfig } from "./config";
import { createContext, createRepositories } from "./context";
import { createDriver } from "./graph/graph.driver";
import { GraphExecutor } from "./graph/graph.executor";
import { getSchema } from "./schema";
import { createHttpApp, onClientError } from "./server/http.app";
import { createServer } from "./server/server";

/** How long in-flight requests may take to finish after SIGTERM/SIGINT before they are cut. */
const DRAIN_MS = 5_000;

/**
 * Starts the API on HOST:PORT (127.0.0.1:4000). A database that is down at start-up is reported
 * but does not stop the server: requests get SERVICE_UNAVAILABLE until it answers.
 * SIGTERM/SIGINT stop accepting connections, let in-flight requests finish (up to DRAIN_MS),
 * close the driver and exit 0; a second signal exits at once.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: undefined });
  const driver = createDriver(config);
  const graph = new GraphExecutor(driver, config.neo4jDatabase);
  await graph.ping().then(
    () => logger.info(`graph database reachable at ${config.neo4jUri}`),
    (err: Error) => logger.warn(`graph database not reachable at ${config.neo4jUri} (${err.message}); serving anyway`),
  );
  const repos = createRepositories(graph);
  const httpServer = http.createServer();
  const apollo = createServer({
    schema: await getSchema(),
    config,
    logger,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_MS })],
  });
  await apollo.start();
  const app = createHttpApp({
    config,
    apollo,
    context: (requestInfo) => createContext(config, repos, requestInfo),
    ping: () => graph.ping(),
    logger,
    ideAssetsDir: path.resolve(__dirname, "..", "ide"),
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
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  logger.info(`GraphQL API and IDE ready at http://${shownHost}:${port}/graphql`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests, then exiting`);
    apollo
      .stop()
      .then(() => driver.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, "error while shutting down");
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
