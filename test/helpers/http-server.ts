import path from "node:path";
import { pino } from "pino";
import { API } from "../../src/composition";
import { loadConfig, type Config } from "../../src/config";
import { startApiServer } from "../../src/server/api.server";

export interface TestHttpServer {
  /** http://127.0.0.1:PORT — the app serves /graphql, /health, the IDE. */
  url: string;
  config: Config;
  /** Error-level log lines the server wrote (unexpected errors end up here). */
  errorLogs: unknown[];
  close(): Promise<void>;
}

/**
 * The whole HTTP app (the same wiring as src/main.ts) on an ephemeral loopback port, against
 * the real Neo4j of NEO4J_URI or the local launcher. The rate limit is off unless `overrides`
 * sets one, since tests send many requests from one address. Call close() in afterAll.
 */
export async function startHttpServer(overrides: Partial<Config> = {}): Promise<TestHttpServer> {
  const config: Config = { ...loadConfig(), rateLimitPerMinute: 0, port: 0, host: "127.0.0.1", ...overrides };
  const errorLogs: unknown[] = [];
  const logger = pino({ level: "warn", base: undefined }, { write: (line: string) => void (JSON.parse(line).level >= 50 && errorLogs.push(JSON.parse(line))) });
  const api = await startApiServer({
    api: API,
    config,
    logger,
    ideAssetsDir: path.resolve(__dirname, "..", "..", "dist", "ide"),
    drainMs: 1_000,
    appName: "poverty-graph-test",
  });
  return {
    url: `http://127.0.0.1:${api.port}`,
    config,
    errorLogs,
    close: async () => void (await api.stop()),
  };
}

/** POSTs one GraphQL request; resolves with the HTTP status and the parsed body. */
export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}: the body is not JSON: ${text.slice(0, 300)}`);
  }
  return { status: res.status, body: parsed };
}
