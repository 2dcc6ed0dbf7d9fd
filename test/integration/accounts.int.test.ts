import type { Driver } from "neo4j-driver";
import { UserRole } from "../../src/accounts/accounts.roles";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { ENTITY_LABELS, Label } from "../../src/graph/graph.model";
import { plainStatement } from "../../src/graph/graph.statement";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";
import { addAccount, codes, gql, signIn, unique } from "../helpers/curation";
import { readRows } from "../helpers/test-graph";

/**
 * Accounts and sessions (issue #20) against the real Neo4j: sign-in, the cookie and the bearer
 * token, CSRF on cookie-authenticated mutations, the sign-in rate limit, disabled accounts,
 * roles, READ_ACCESS=token. Every state lives in the database.
 */

const ME = `{ me { name role disabled } }`;
const LOGOUT = `mutation { logout }`;
const AUDIT = `{ auditLog(first: 5) { totalCount edges { node { action } } } }`;
const CREATE = `mutation Create($input: DraftInput!) { createDraft(input: $input) { id } }`;
const TINY = { input: { text: "A short note about goats in Sì Lở Lầu.", language: "en" } };

let driver: Driver;
let graph: GraphExecutor;
let server: TestHttpServer;
const curator = unique("cur");
const editor = unique("ed");
const passwords: Record<string, string> = {};

beforeAll(async () => {
  driver = createDriver(loadConfig());
  graph = new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test");
  passwords[curator] = await addAccount(graph, curator, UserRole.CURATOR);
  passwords[editor] = await addAccount(graph, editor, UserRole.EDITOR);
  server = await startHttpServer();
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

describe("signing in", () => {
  it("refuses a wrong password and an unknown name alike (UNAUTHENTICATED)", async () => {
    const wrong = await gql(server.url, `mutation { login(name: "${curator}", password: "nope") { token } }`);
    const unknown = await gql(server.url, `mutation { login(name: "${unique("nobody")}", password: "nope") { token } }`);
    expect(codes(wrong)).toEqual(["UNAUTHENTICATED"]);
    expect(codes(unknown)).toEqual(["UNAUTHENTICATED"]);
    expect(wrong.errors[0].message).toBe(unknown.errors[0].message);
  });

  it("returns a session and sets an HttpOnly, SameSite=Strict cookie; `me` answers by cookie and by bearer token", async () => {
    const s = await signIn(server.url, curator, passwords[curator]);
    expect(s.setCookie).toMatch(/^pg_session=[^;]+;/);
    expect(s.setCookie).toMatch(/HttpOnly/i);
    expect(s.setCookie).toMatch(/SameSite=Strict/i);
    expect(s.setCookie).toMatch(/Path=\//);
    expect(s.cookie).toBe(`pg_session=${s.token}`);
    expect((await gql(server.url, ME, {}, { token: s.token })).data).toEqual({ me: { name: curator, role: "CURATOR", disabled: false } });
    expect((await gql(server.url, ME, {}, { cookie: s.cookie })).data).toEqual({ me: { name: curator, role: "CURATOR", disabled: false } });
    expect((await gql(server.url, ME)).data).toEqual({ me: null });
    expect((await gql(server.url, ME, {}, { token: "not-a-session" })).data).toEqual({ me: null });
  });

  it("stores only the token's hash", async () => {
    const s = await signIn(server.url, curator, passwords[curator]);
    const rows = await readRows<{ n: number }>(graph, "MATCH (s:AppSession) WHERE s.tokenHash = $token OR s.token = $token RETURN count(s) AS n", { token: s.token });
    expect(rows[0].n).toBe(0);
    const mine = await readRows<{ n: number }>(graph, "MATCH (s:AppSession {name: $name}) RETURN count(s) AS n", { name: curator });
    expect(mine[0].n).toBeGreaterThan(0);
  });

  it("rate-limits sign-in per account name in the database: after 5 failures even the right password is refused (RATE_LIMITED)", async () => {
    const name = unique("rl");
    const password = await addAccount(graph, name, UserRole.CURATOR);
    for (let i = 0; i < 5; i++) expect(codes(await gql(server.url, `mutation { login(name: "${name}", password: "bad${i}") { token } }`))).toEqual(["UNAUTHENTICATED"]);
    const refused = await gql(server.url, `mutation($p: String!) { login(name: "${name}", password: $p) { token } }`, { p: password });
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    // another account is not affected
    await expect(signIn(server.url, curator, passwords[curator])).resolves.toHaveProperty("token");
  });

  it("refuses a disabled account (FORBIDDEN) and ends its sessions", async () => {
    const name = unique("dis");
    const password = await addAccount(graph, name, UserRole.CURATOR);
    const s = await signIn(server.url, name, password);
    await graph.writeTransaction(async (tx) => {
      await tx.run(plainStatement("MATCH (a:AppAccount {name: $name}) SET a.disabled = true", { name }));
    });
    expect((await gql(server.url, ME, {}, { token: s.token })).data).toEqual({ me: null });
    expect(codes(await gql(server.url, CREATE, TINY, { token: s.token }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await gql(server.url, `mutation($p: String!) { login(name: "${name}", password: $p) { token } }`, { p: password }))).toEqual(["FORBIDDEN"]);
  });

  it("logout ends the session", async () => {
    const s = await signIn(server.url, curator, passwords[curator]);
    expect((await gql(server.url, LOGOUT, {}, { token: s.token })).data).toEqual({ logout: true });
    expect((await gql(server.url, ME, {}, { token: s.token })).data).toEqual({ me: null });
    expect((await gql(server.url, LOGOUT, {}, { token: s.token })).data).toEqual({ logout: false });
  });
});

describe("CSRF and roles", () => {
  it("a cookie-authenticated mutation needs X-CSRF-Token (FORBIDDEN without or wrong); a bearer one does not", async () => {
    const s = await signIn(server.url, curator, passwords[curator]);
    const without = await gql(server.url, CREATE, TINY, { cookie: s.cookie });
    expect(codes(without)).toEqual(["FORBIDDEN"]);
    expect(without.errors[0].message).toMatch(/X-CSRF-Token/);
    expect(codes(await gql(server.url, CREATE, TINY, { cookie: s.cookie, csrf: "x".repeat(43) }))).toEqual(["FORBIDDEN"]);
    const withCsrf = await gql(server.url, CREATE, TINY, { cookie: s.cookie, csrf: s.csrf });
    expect(withCsrf.errors).toEqual([]);
    const bearer = await gql(server.url, CREATE, TINY, { token: s.token });
    expect(bearer.errors).toEqual([]);
    // reads by cookie need no CSRF token
    expect((await gql(server.url, `{ drafts { id } }`, {}, { cookie: s.cookie })).errors).toEqual([]);
  });

  it("GET /auth/csrf gives a signed-in cookie its CSRF token again, and 401 otherwise", async () => {
    const s = await signIn(server.url, curator, passwords[curator]);
    const ok = await fetch(`${server.url}/auth/csrf`, { headers: { cookie: s.cookie } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ csrfToken: s.csrf });
    const anonymous = await fetch(`${server.url}/auth/csrf`);
    expect(anonymous.status).toBe(401);
    const body: { errors: { extensions: { code: string } }[] } = JSON.parse(await anonymous.text());
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("writes without a session are UNAUTHENTICATED; the audit log is FORBIDDEN to curators and open to editors", async () => {
    for (const op of [CREATE, `mutation { publishDraft(id: "draft:x") { id } }`, `mutation { removeSource(id: "src:x") }`, `mutation { reopenSource(id: "src:x") { id } }`]) {
      expect(codes(await gql(server.url, op, op === CREATE ? TINY : {}))).toEqual(["UNAUTHENTICATED"]);
    }
    expect(codes(await gql(server.url, AUDIT))).toEqual(["UNAUTHENTICATED"]);
    const c = await signIn(server.url, curator, passwords[curator]);
    expect(codes(await gql(server.url, AUDIT, {}, { token: c.token }))).toEqual(["FORBIDDEN"]);
    const e = await signIn(server.url, editor, passwords[editor]);
    const log = await gql(server.url, AUDIT, {}, { token: e.token });
    expect(log.errors).toEqual([]);
  });

  it("keeps accounts, sessions and counters under labels that are no kind of the model", async () => {
    for (const label of ["AppAccount", "AppSession", "AppSignInAttempts", "AppDraft", "AppAuditEntry"]) {
      expect(ENTITY_LABELS).not.toContain(label);
      const rows = await readRows<{ n: number }>(graph, `MATCH (n:${label}) WHERE n:${Label.Entity} OR n:${Label.Source} RETURN count(n) AS n`);
      expect(rows[0].n).toBe(0);
    }
    const hits = await gql(server.url, `{ search(text: "${curator}") { entity { id } } }`);
    expect(hits.data).toEqual({ search: [] });
  });
});

describe("account administration", () => {
  it("admins list, add, disable and enable accounts; others may not (FORBIDDEN); anyone signed in changes their own password", async () => {
    const admin = unique("adm");
    const adminSession = await signIn(server.url, admin, await addAccount(graph, admin, UserRole.ADMIN));
    const curatorSession = await signIn(server.url, curator, passwords[curator]);
    expect(codes(await gql(server.url, `{ users { name } }`, {}, { token: curatorSession.token }))).toEqual(["FORBIDDEN"]);
    expect(codes(await gql(server.url, `mutation { addUser(name: "${unique("x")}", role: CURATOR) }`, {}, { token: curatorSession.token }))).toEqual(["FORBIDDEN"]);
    const users = await gql(server.url, `{ users { name role disabled } }`, {}, { token: adminSession.token });
    expect(users.data?.users).toEqual(expect.arrayContaining([{ name: curator, role: "CURATOR", disabled: false }]));

    const name = unique("new");
    const added = await gql(server.url, `mutation { addUser(name: "${name}", role: EDITOR) }`, {}, { token: adminSession.token });
    const oneTime = added.data?.addUser;
    if (typeof oneTime !== "string") throw new Error(JSON.stringify(added.errors));
    expect(codes(await gql(server.url, `mutation { addUser(name: "${name}", role: EDITOR) }`, {}, { token: adminSession.token }))).toEqual(["BAD_USER_INPUT"]);
    const mine = await signIn(server.url, name, oneTime);
    const CHANGE = `mutation($old: String!, $new: String!) { changePassword(oldPassword: $old, newPassword: $new) }`;
    expect(codes(await gql(server.url, CHANGE, { old: "wrong", new: "a-long-new-password" }, { token: mine.token }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await gql(server.url, CHANGE, { old: oneTime, new: "short" }, { token: mine.token }))).toEqual(["BAD_USER_INPUT"]);
    expect((await gql(server.url, CHANGE, { old: oneTime, new: "a-long-new-password" }, { token: mine.token })).data).toEqual({ changePassword: true });
    expect(codes(await gql(server.url, `mutation($p: String!) { login(name: "${name}", password: $p) { token } }`, { p: oneTime }))).toEqual(["UNAUTHENTICATED"]);
    await expect(signIn(server.url, name, "a-long-new-password")).resolves.toHaveProperty("token");

    const DISABLE = `mutation($d: Boolean!) { setUserDisabled(name: "${name}", disabled: $d) { name role disabled } }`;
    expect((await gql(server.url, DISABLE, { d: true }, { token: adminSession.token })).data).toEqual({ setUserDisabled: { name, role: "EDITOR", disabled: true } });
    expect((await gql(server.url, ME, {}, { token: mine.token })).data).toEqual({ me: null });
    expect(codes(await gql(server.url, `mutation { login(name: "${name}", password: "a-long-new-password") { token } }`))).toEqual(["FORBIDDEN"]);
    await gql(server.url, DISABLE, { d: false }, { token: adminSession.token });
    await expect(signIn(server.url, name, "a-long-new-password")).resolves.toHaveProperty("token");
    expect(codes(await gql(server.url, `mutation { setUserDisabled(name: "${unique("none")}", disabled: true) { name } }`, {}, { token: adminSession.token }))).toEqual([
      "NOT_FOUND",
    ]);
  });
});

describe("one-time passwords", () => {
  const CHANGE = `mutation($old: String!, $new: String!) { changePassword(oldPassword: $old, newPassword: $new) }`;
  const CREATE = `mutation { createDraft(input: { text: "", language: "en" }) { id } }`;
  const LOGIN = `mutation($n: String!, $p: String!) { login(name: $n, password: $p) { token user { name mustChangePassword } } }`;
  const reasons = (r: Awaited<ReturnType<typeof gql>>): unknown[] => r.errors.map((e) => e.extensions?.reason);

  it("an account must replace its one-time password before any other write; the new one follows the policy; admins reset it", async () => {
    const admin = unique("adm");
    const adminSession = await signIn(server.url, admin, await addAccount(graph, admin, UserRole.ADMIN));
    const name = unique("once");
    const oneTime = await addAccount(graph, name, UserRole.CURATOR, true);

    // login says so, and so does me
    const login = await gql(server.url, LOGIN, { n: name, p: oneTime });
    expect(login.data?.login).toMatchObject({ user: { name, mustChangePassword: true } });
    const token = (login.data?.login as { token: string }).token;
    expect((await gql(server.url, `{ me { name mustChangePassword } }`, {}, { token })).data).toEqual({ me: { name, mustChangePassword: true } });
    // every other write is FORBIDDEN, with the reason; reads are not
    const refused = await gql(server.url, CREATE, {}, { token });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(reasons(refused)).toEqual(["MUST_CHANGE_PASSWORD"]);
    expect(refused.errors[0].message).toMatch(/changePassword/);
    expect((await gql(server.url, `{ drafts { id } }`, {}, { token })).errors).toEqual([]);

    // the policy: every problem listed at once
    const weak = await gql(server.url, CHANGE, { old: oneTime, new: `${name}aaaa` }, { token });
    expect(codes(weak)).toEqual(["BAD_USER_INPUT"]);
    expect(weak.errors[0].extensions?.problems).toEqual(expect.arrayContaining(["newPassword must not contain the account name"]));
    const same = await gql(server.url, CHANGE, { old: oneTime, new: oneTime }, { token });
    expect(same.errors[0].extensions?.problems).toEqual(["newPassword must differ from the current password"]);
    const dull = await gql(server.url, CHANGE, { old: oneTime, new: "abababababababab" }, { token });
    expect(dull.errors[0].extensions?.problems).toEqual(["newPassword must have at least 5 different characters"]);
    expect(codes(await gql(server.url, CHANGE, { old: oneTime, new: "x" }, { token }))).toEqual(["BAD_USER_INPUT"]);

    // replaced: writes pass the gate (this one is refused for its empty text, not for the password)
    expect((await gql(server.url, CHANGE, { old: oneTime, new: "my own long passphrase" }, { token })).data).toEqual({ changePassword: true });
    expect((await gql(server.url, `{ me { mustChangePassword } }`, {}, { token })).data).toEqual({ me: { mustChangePassword: false } });
    expect(codes(await gql(server.url, CREATE, {}, { token }))).toEqual(["BAD_USER_INPUT"]);
    expect((await gql(server.url, LOGIN, { n: name, p: "my own long passphrase" })).data?.login).toMatchObject({ user: { mustChangePassword: false } });

    // an admin resets it: a new one-time password, the sessions end, the change is due again
    const RESET = `mutation($n: String!) { resetPassword(name: $n) }`;
    expect(codes(await gql(server.url, RESET, { n: name }, { token }))).toEqual(["FORBIDDEN"]);
    expect(codes(await gql(server.url, RESET, { n: unique("none") }, { token: adminSession.token }))).toEqual(["NOT_FOUND"]);
    const reset = (await gql(server.url, RESET, { n: name }, { token: adminSession.token })).data?.resetPassword;
    if (typeof reset !== "string") throw new Error("resetPassword answered no password");
    expect((await gql(server.url, ME, {}, { token })).data).toEqual({ me: null });
    expect(codes(await gql(server.url, LOGIN, { n: name, p: "my own long passphrase" }))).toEqual(["UNAUTHENTICATED"]);
    expect((await gql(server.url, LOGIN, { n: name, p: reset })).data?.login).toMatchObject({ user: { mustChangePassword: true } });
  });
});

describe("READ_ACCESS=token", () => {
  let closed: TestHttpServer;
  beforeAll(async () => {
    process.env.READ_ACCESS = "token";
    try {
      closed = await startHttpServer();
    } finally {
      delete process.env.READ_ACCESS;
    }
  });
  afterAll(async () => {
    await closed?.close();
  });

  it("reads need a session (UNAUTHENTICATED, 401), sign-in does not; /export too", async () => {
    const q = `{ organization(id: "org:plan-international") { id } }`;
    const anonymous = await gql(closed.url, q);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const s = await signIn(closed.url, curator, passwords[curator]);
    const signed = await gql(closed.url, q, {}, { token: s.token });
    expect(signed.data).toEqual({ organization: { id: "org:plan-international" } });
    expect((await fetch(`${closed.url}/export/places.geojson`)).status).toBe(401);
    expect((await fetch(`${closed.url}/export/places.geojson`, { headers: { authorization: `Bearer ${s.token}` } })).status).toBe(200);
    // the public server still answers anonymous reads
    expect((await gql(server.url, q)).data).toEqual({ organization: { id: "org:plan-international" } });
  });
});
