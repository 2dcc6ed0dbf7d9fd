import "reflect-metadata";
import path from "node:path";
import { pino } from "pino";
import { loadConfig } from "./config";
import { startApiServer } from "./server/api.server";

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
  const api = await startApiServer({ config, logger, ideAssetsDir: path.resolve(__dirname, "..", "ide"), drainMs: DRAIN_MS });
  await api.graph.ping().then(
    () => logger.info(`graph database reachable at ${config.neo4jUri}`),
    (err: Error) => logger.warn(`graph database not reachable at ${config.neo4jUri} (${err.message}); serving anyway`),
  );
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  logger.info(`GraphQL API and IDE ready at http://${shownHost}:${api.port}/graphql`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests, then exiting`);
    api
      .stop()
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
