import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AccountsRepository } from "../../src/accounts/accounts.repository";
import { loadAccountsConfig } from "../../src/accounts/accounts.config";
import { AccountsService } from "../../src/accounts/accounts.service";
import { UserRole } from "../../src/accounts/accounts.roles";
import type { Config } from "../../src/config";
import type { GraphExecutor } from "../../src/graph/graph.executor";
import { plainStatement } from "../../src/graph/graph.statement";
import { startHttpServer, type TestHttpServer } from "./http-server";

/** What a test request may carry: a bearer token, a session cookie, a CSRF token, bookmarks. */
export interface Credentials {
  token?: string;
  cookie?: string;
  csrf?: string;
  bookmark?: string;
}

export interface GqlResult {
  status: number;
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; extensions?: { code?: string; problems?: string[]; reason?: string } }[];
  headers: Headers;
}

/** POSTs one operation with `credentials`; never throws on GraphQL errors. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, credentials: Credentials = {}): Promise<GqlResult> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.csrf) headers["x-csrf-token"] = credentials.csrf;
  if (credentials.bookmark) headers["neo4j-bookmark"] = credentials.bookmark;
  const res = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body: { data?: Record<string, unknown> | null; errors?: GqlResult["errors"] } = JSON.parse(await res.text());
  return { status: res.status, data: body.data, errors: body.errors ?? [], headers: res.headers };
}

export const codes = (r: GqlResult): (string | undefined)[] => r.errors.map((e) => e.extensions?.code);

/**
 * Creates (or resets) an account straight in the database; returns its password. The account is
 * one that has set its own password already (no one-time password to replace), unless `oneTime`.
 */
export async function addAccount(graph: GraphExecutor, name: string, role: UserRole, oneTime = false): Promise<string> {
  const service = new AccountsService(new AccountsRepository(graph), loadAccountsConfig({}));
  const password = await service.addUser(name, role, true);
  if (!password) throw new Error(`could not create ${name}`);
  await graph.writeTransaction((tx) => tx.run(plainStatement("MATCH (a:AppSignInAttempts {name: $name}) DELETE a", { name })));
  if (!oneTime) await graph.writeTransaction((tx) => tx.run(plainStatement("MATCH (a:AppAccount {name: $name}) SET a.mustChangePassword = false", { name })));
  return password;
}

const LOGIN = `mutation Login($name: String!, $password: String!) { login(name: $name, password: $password) { token csrfToken expiresAt user { name role disabled mustChangePassword } } }`;

/** Signs in; returns the bearer token, the CSRF token and the cookie (as a Cookie header) the server set. */
export async function signIn(url: string, name: string, password: string): Promise<{ token: string; csrf: string; cookie: string; setCookie: string }> {
  const r = await gql(url, LOGIN, { name, password });
  if (r.errors.length) throw new Error(`login ${name}: ${JSON.stringify(r.errors)}`);
  const setCookie = r.headers.get("set-cookie") ?? "";
  const login = r.data?.login;
  if (!isLogin(login)) throw new Error("login answered no session");
  return { token: login.token, csrf: login.csrfToken, cookie: setCookie.split(";")[0], setCookie };
}

function isLogin(v: unknown): v is { token: string; csrfToken: string } {
  return typeof v === "object" && v !== null && "token" in v && "csrfToken" in v;
}

/** A name no other test run uses. */
export const unique = (prefix: string): string => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/**
 * A test server for curation tests: what it publishes goes to a new temporary directory (never
 * seeds/articles; the caller removes `articlesDir`), and a curator signed in on it (bearer token).
 */
export async function startCurationServer(
  graph: GraphExecutor,
  prefix: string,
  overrides: Partial<Config> = {},
): Promise<{ server: TestHttpServer; articlesDir: string; curator: Credentials }> {
  const articlesDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.SEED_ARTICLES_DIR = articlesDir;
  let server: TestHttpServer;
  try {
    server = await startHttpServer(overrides);
  } finally {
    delete process.env.SEED_ARTICLES_DIR;
  }
  const name = unique("cur");
  return { server, articlesDir, curator: { token: (await signIn(server.url, name, await addAccount(graph, name, UserRole.CURATOR))).token } };
}
