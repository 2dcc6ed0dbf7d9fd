import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

/**
 * The built server as `npm start` runs it (dist/src/main.js, production mode): it starts, serves,
 * and on SIGTERM/SIGINT lets in-flight requests finish (refusing new ones with 503) and exits 0,
 * or 1 when the drain limit cut a request; a second signal exits at once.
 */

const MAIN = path.resolve(__dirname, "..", "..", "dist", "src", "main.js");
/** What `npm start` and the Docker image run: seeds unless SEED_ON_START=false, then MAIN. */
const START = path.resolve(__dirname, "..", "..", "dist", "scripts", "start.js");

interface Running {
  child: ChildProcess;
  url: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

async function startServer(env: Record<string, string> = {}, entry = MAIN): Promise<Running> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[^\s"]+)\/graphql/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exit.then(() => reject(new Error(`server exited before it was ready:\n${output}`)));
  });
  return { child, url, exit, output: () => output };
}

/** A request that keeps the server busy for a while: many full-text searches, a few at a time. */
function busyRequest(url: string, aliases: number): Promise<Response> {
  const query = `{ ${Array.from({ length: aliases }, (_, i) => `s${i}: search(text: "nuoi ong") { score }`).join(" ")} }`;
  return fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
}

/**
 * A POST whose body the client sends in two halves, the second only when `sendRest` is called:
 * a request the server is genuinely in the middle of (no test hook in the server). `started`
 * resolves on the server's 100 Continue, which Node sends as it hands the request to the app,
 * so the request is in flight from then on.
 */
function slowUpload(url: string, query: string): { started: Promise<void>; sendRest: () => void; response: Promise<{ status: number; body: string }> } {
  const body = Buffer.from(JSON.stringify({ query }));
  const half = Math.floor(body.length / 2);
  const { hostname, port } = new URL(url);
  const req = http.request({
    hostname,
    port,
    path: "/graphql",
    method: "POST",
    headers: { "content-type": "application/json", "content-length": body.length, expect: "100-continue" },
  });
  const started = new Promise<void>((resolve) => req.once("continue", () => req.write(body.subarray(0, half), () => resolve())));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on("error", reject);
    });
    req.once("error", reject);
  });
  req.flushHeaders();
  return { started, sendRest: () => req.end(body.subarray(half)), response };
}

async function waitForOutput(server: Running, pattern: RegExp): Promise<void> {
  while (!pattern.test(server.output())) await new Promise((resolve) => setTimeout(resolve, 20));
}

const RELAXED = { MAX_ALIASES: "2000", MAX_ROOT_FIELDS: "2000", MAX_TOKENS: "100000", MAX_QUERY_COST: "10000000", MAX_CONCURRENT_READS_PER_REQUEST: "1" };

describe("server lifecycle", () => {
  it("finishes an in-flight request on SIGTERM, then exits 0", async () => {
    const server = await startServer(RELAXED);
    const pending = busyRequest(server.url, 150);
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.child.kill("SIGTERM");
    const res = await pending;
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect({ status: res.status, errors: body.errors, answered: Object.keys(body.data ?? {}).length }).toEqual({ status: 200, errors: undefined, answered: 150 });
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/SIGTERM: finishing in-flight requests/);
  });

  it("drains on SIGTERM: the request in flight finishes with 200, a new one gets 503 SERVICE_UNAVAILABLE, then exit 0", async () => {
    const server = await startServer();
    const upload = slowUpload(server.url, `{ organization(id: "org:dwc") { id } }`);
    await upload.started;
    server.child.kill("SIGTERM");
    await waitForOutput(server, /SIGTERM: finishing in-flight requests/);
    const refused = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ health { api } }" }),
    });
    expect({ status: refused.status, connection: refused.headers.get("connection"), nosniff: refused.headers.get("x-content-type-options"), body: await refused.json() }).toEqual({
      status: 503,
      connection: "close",
      nosniff: "nosniff",
      body: { errors: [{ message: expect.stringMatching(/shutting down/), extensions: { code: "SERVICE_UNAVAILABLE" } }] },
    });
    upload.sendRest();
    const answer = await upload.response;
    expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({ status: 200, body: { data: { organization: { id: "org:dwc" } } } });
    expect(await server.exit).toEqual({ code: 0, signal: null });
  });

  it("exits 1 when a request outlasts the drain (REQUEST_TIMEOUT_MS and EXPORT_TIMEOUT_MS plus the margin)", async () => {
    const server = await startServer({ REQUEST_TIMEOUT_MS: "1000", EXPORT_TIMEOUT_MS: "1000" });
    const upload = slowUpload(server.url, `{ organization(id: "org:dwc") { id } }`);
    await upload.started;
    server.child.kill("SIGTERM");
    // The rest of the body never comes: the drain limit cuts the request.
    await expect(upload.response).rejects.toThrow();
    expect(await server.exit).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(/1 request\(s\) still running after 3000 ms; cutting them/);
  });

  it("exits 0 on SIGINT (Ctrl-C) when idle", async () => {
    const server = await startServer();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    server.child.kill("SIGINT");
    expect(await server.exit).toEqual({ code: 0, signal: null });
  });

  it("exits at once on a second signal", async () => {
    const server = await startServer(RELAXED);
    const pending = busyRequest(server.url, 1000).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.child.kill("SIGTERM");
    // Two signals sent back to back can arrive as one: send the second once the first is handled.
    while (!/SIGTERM: finishing in-flight requests/.test(server.output())) await new Promise((resolve) => setTimeout(resolve, 20));
    server.child.kill("SIGTERM");
    expect(await server.exit).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(/SIGTERM again: exiting now/);
    await pending;
  });
});

describe("npm start's entry (dist/scripts/start.js) and SEED_ON_START", () => {
  // A seed folder whose gazetteer is not YAML at all: seeding it fails before writing anything.
  let brokenSeeds: string;
  beforeAll(() => {
    brokenSeeds = mkdtempSync(path.join(os.tmpdir(), "poverty-graph-seeds-"));
    writeFileSync(path.join(brokenSeeds, "places.yaml"), "places: [unclosed\n");
  });
  afterAll(() => rmSync(brokenSeeds, { recursive: true, force: true }));

  it("SEED_ON_START=false serves the graph as it is, without reading the seed files", async () => {
    const server = await startServer({ SEED_ON_START: "false", SEED_DIR: brokenSeeds }, START);
    expect(server.output()).toContain("SEED_ON_START=false");
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ organization(id: "org:dwc") { id } }' }),
    });
    expect(await res.json()).toEqual({ data: { organization: { id: "org:dwc" } } });
    server.child.kill("SIGTERM");
    expect((await server.exit).code).toBe(0);
  });

  it("seeds before serving by default: a seed that fails stops the start before anything listens", async () => {
    const child = spawn(process.execPath, [START], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SEED_DIR: brokenSeeds, SEED_ON_START: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(code).toBe(1);
    expect(output).toContain("places.yaml");
    expect(output).not.toMatch(/ready at/);
  });

  it("refuses a SEED_ON_START that is neither true nor false, naming it", async () => {
    const child = spawn(process.execPath, [START], { env: { ...process.env, PORT: "0", SEED_ON_START: "yes" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(code).toBe(1);
    expect(output).toContain('SEED_ON_START must be true or false, got "yes"');
  });
});
