import "reflect-metadata";
import path from "node:path";
import { API } from "./composition";
import { loadConfig } from "./config";
import { serveApi } from "./server/api.server";

/** Serves the composed API until a signal (server/api.server.ts serveApi says how it starts and drains). */
serveApi({ api: API, config: loadConfig(), ideAssetsDir: path.resolve(__dirname, "..", "ide") }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
