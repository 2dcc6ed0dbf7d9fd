import type { Driver } from "neo4j-driver";
import { CurateCreateDraftDocument, CurateLoginDocument, CurateMeDocument } from "../../client/generated/graphql";
import { UserRole } from "../../src/accounts/accounts.roles";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { addAccount, unique } from "../helpers/curation";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The workbench's documents are trusted documents (client/operations/curate.graphql, in
 * client/generated/persisted-documents.json): a server running PERSISTED_DOCUMENTS=only signs a
 * curator in and creates a draft sent by document id, as /curate sends them, and refuses the
 * same operation sent as text.
 */

let driver: Driver;
let graph: GraphExecutor;
let server: TestHttpServer;

/** The document id the client package gives a generated document. */
function idOf(document: object): string {
  const meta: unknown = "__meta__" in document ? document.__meta__ : undefined;
  if (!meta || typeof meta !== "object" || !("hash" in meta) || typeof meta.hash !== "string") throw new Error("a generated document without its id");
  return meta.hash;
}

async function post(body: Record<string, unknown>, token?: string): Promise<{ status: number; data: Record<string, unknown> | null; codes: string[] }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, data: json.data ?? null, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? "") };
}

beforeAll(async () => {
  driver = createDriver(loadConfig());
  graph = new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test");
  server = await startHttpServer({ persistedDocuments: "only", requestTimeoutMs: 120_000 });
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

describe("the workbench under PERSISTED_DOCUMENTS=only", () => {
  it("signs in and creates a draft by document id; the same operation as text is refused", async () => {
    const name = unique("cur");
    const password = await addAccount(graph, name, UserRole.CURATOR);

    const login = await post({ documentId: idOf(CurateLoginDocument), operationName: "CurateLogin", variables: { name, password } });
    expect(login.codes).toEqual([]);
    const session = login.data?.login as { user: { name: string; mustChangePassword: boolean } } | undefined;
    expect(session?.user).toEqual({ name, role: "CURATOR", mustChangePassword: false });
    // the bearer token is not in the workbench's document (it uses the cookie): sign in again for a script's token
    const signed = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: idOf(CurateLoginDocument), variables: { name, password } }),
    });
    const cookie = (signed.headers.get("set-cookie") ?? "").split(";")[0];
    const csrf = ((await signed.json()) as { data: { login: { csrfToken: string } } }).data.login.csrfToken;
    expect(cookie).toMatch(/^pg_session=/);

    const asCurator = async (body: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "x-csrf-token": csrf },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      return { status: res.status, data: json.data ?? null, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? "") };
    };
    expect((await asCurator({ documentId: idOf(CurateMeDocument) })).data).toEqual({ me: { name, role: "CURATOR", mustChangePassword: false } });

    const text = "Goats for a hill village\n\nA cooperative in Lai Chau province received forty breeding goats this week, paid for by a small foundation.";
    const created = await asCurator({ documentId: idOf(CurateCreateDraftDocument), variables: { input: { text, language: "en" } } });
    expect(created.codes).toEqual([]);
    const draft = created.data?.createDraft as { id: string; status: string; text: string } | undefined;
    expect(draft?.status).toBe("OPEN");
    expect(draft?.text).toBe(text);

    // the same document as text: refused by a server of trusted documents only
    const asText = await asCurator({ query: "query CurateMe { me { name } }" });
    expect(asText.status).toBe(400);
    expect(asText.codes).toEqual(["PERSISTED_DOCUMENTS_ONLY"]);
  });
});
