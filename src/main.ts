import "reflect-metadata";
import path from "node:path";
import { pino } from "pino";
import { loadConfig } from "./config";
import { drainTimeMs, startApiServer } from "./server/api.server";

/**
 * Starts the API on HOST:PORT (127.0.0.1:4000). A database that is down at start-up is reported
 * but does not stop the server: requests get SERVICE_UNAVAILABLE until it answers.
 * SIGTERM/SIGINT drain: new requests get 503 SERVICE_UNAVAILABLE while in-flight ones finish, for
 * as long as the longest allowed request (max(REQUEST_TIMEOUT_MS, EXPORT_TIMEOUT_MS) plus a
 * margin); then the driver closes and the process exits 0, or 1 when it had to cut a request.
 * A second signal exits 1 at once.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: undefined });
  const drainMs = drainTimeMs(config);
  const api = await startApiServer({ config, logger, ideAssetsDir: path.resolve(__dirname, "..", "ide"), drainMs });
  await api.graph.ping().then(
    () => logger.info(`graph database reachable at ${config.neo4jUri}`),
    (err: Error) => logger.warn(`graph database not reachable at ${config.neo4jUri} (${err.message}); serving anyway`),
  );
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  logger.info(`GraphQL API and IDE ready at http://${shownHost}:${api.port}${config.basePath}/graphql`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests (up to ${drainMs} ms), refusing new ones, then exiting`);
    api.stop().then(
      ({ cut }) => process.exit(cut === 0 ? 0 : 1),
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
