import "reflect-metadata";
import { startStandaloneServer } from "@apollo/server/standalone";
import { loadConfig } from "./config";
import { createContext, createRepositories } from "./context";
import { createDriver } from "./graph/graph.driver";
import { GraphExecutor } from "./graph/graph.executor";
import { getSchema } from "./schema";
import { createServer } from "./server/server";

/**
 * Starts the API on PORT (4000). A database that is down at start-up is reported but does not
 * stop the server: requests get SERVICE_UNAVAILABLE until it answers. SIGTERM/SIGINT drain the
 * server and close the driver.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config);
  const graph = new GraphExecutor(driver, config.neo4jDatabase);
  await graph.ping().then(
    () => console.info(`graph database reachable at ${config.neo4jUri}`),
    (err: Error) => console.warn(`graph database not reachable at ${config.neo4jUri} (${err.message}); serving anyway`),
  );
  const repos = createRepositories(graph);
  const server = createServer({ schema: await getSchema(), config });
  const { url } = await startStandaloneServer(server, {
    listen: { port: config.port, host: config.host },
    context: async () => createContext(config, repos),
  });
  console.info(`GraphQL API ready at ${url}`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: shutting down`);
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
