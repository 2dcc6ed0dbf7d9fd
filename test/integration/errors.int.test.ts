import { HealthDocument, OrganizationsDocument, WhoWhatWhereDocument } from "../__generated__/operations";
import { TestApi, dataOf, errorCodes } from "../helpers/test-graph";

/** Bad input and failures give clear codes, and the server keeps answering afterwards. */
describe("errors", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("an unknown id is NOT_FOUND, naming the kind and id", async () => {
    const result = await api.runText(`{ organization(id: "org:does-not-exist") { id } }`);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    expect(result.errors![0].message).toBe('Organization "org:does-not-exist" not found');
  });

  it("an id of another kind is NOT_FOUND for that kind", async () => {
    const result = await api.runText(`{ place(id: "org:dwc") { id } }`);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
  });

  it("a malformed id is BAD_USER_INPUT", async () => {
    const result = await api.runText(`{ organization(id: "DROP ME; MATCH (n) DETACH DELETE n") { id } }`);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions?.argumentName).toBe("id");
  });

  it("malformed filters are BAD_USER_INPUT", async () => {
    const badDate = await api.run(WhoWhatWhereDocument, { filter: { from: "2024-13-45" } });
    expect(errorCodes(badDate)).toEqual(["BAD_USER_INPUT"]);

    const reversed = await api.run(WhoWhatWhereDocument, { filter: { from: "2024-05-01", to: "2023-01-01" } });
    expect(errorCodes(reversed)).toEqual(["BAD_USER_INPUT"]);

    const badPlace = await api.run(WhoWhatWhereDocument, { filter: { place: "Lai Châu" } });
    expect(errorCodes(badPlace)).toEqual(["BAD_USER_INPUT"]);

    const badEnum = await api.runText(`{ organizations(filter: { orgType: SPACESHIP }) { totalCount } }`);
    expect(errorCodes(badEnum)).toEqual(["BAD_USER_INPUT"]);

    const blankText = await api.runText(`{ organizations(filter: { text: "" }) { totalCount } }`);
    expect(errorCodes(blankText)).toEqual(["BAD_USER_INPUT"]);

    const punctuation = await api.runText(`{ search(text: "***") { score } }`);
    expect(errorCodes(punctuation)).toEqual(["BAD_USER_INPUT"]);
  });

  it("page sizes out of range and foreign cursors are BAD_USER_INPUT", async () => {
    expect(errorCodes(await api.run(OrganizationsDocument, { first: 0 }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.run(OrganizationsDocument, { first: 10_000 }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.run(OrganizationsDocument, { after: "not-a-cursor" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("an over-deep query is refused before it runs", async () => {
    const nested = (levels: number): string => (levels === 0 ? "id" : `partners { partner { ${nested(levels - 1)} } }`);
    const deep = `{ organization(id: "org:dwc") { ${nested(8)} } }`;
    const result = await api.runText(deep);
    expect(errorCodes(result)).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("a syntax error is GRAPHQL_PARSE_FAILED and the next request still works", async () => {
    expect(errorCodes(await api.runText(`{ organization(id: `))).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(dataOf(await api.run(HealthDocument, {})).health).toEqual({ api: true, database: true });
  });

  it("nothing unexpected was logged", () => {
    expect(api.loggedErrors).toEqual([]);
  });
});

describe("errors when Neo4j is unreachable", () => {
  // Port 1 on loopback: nothing listens there, so every connection is refused at once.
  const api = new TestApi({ ...process.env, NEO4J_URI: "bolt://127.0.0.1:1" });
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("queries get SERVICE_UNAVAILABLE, not a driver message", async () => {
    const result = await api.runText(`{ organization(id: "org:dwc") { id name } }`);
    expect(errorCodes(result)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(result.errors![0].message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|bolt/i);
  });

  it("the server stays up and reports the database as down", async () => {
    const first = await api.run(HealthDocument, {});
    const second = await api.run(HealthDocument, {});
    expect(dataOf(first).health).toEqual({ api: true, database: false });
    expect(dataOf(second).health).toEqual({ api: true, database: false });
  });
});
