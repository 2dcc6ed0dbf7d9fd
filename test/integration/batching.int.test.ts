import { OrganizationsDocument } from "../__generated__/operations";
import { TestApi, dataOf } from "../helpers/test-graph";

/**
 * Relationship fields are batched per request: the number of database reads depends on the
 * shape of the query, not on how many rows it returns. (A count of reads, never a timing.)
 */
describe("batched relationship loading", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("a page of organizations with places and provenance takes one read per field level", async () => {
    api.graph.reads = 0;
    const data = dataOf(await api.run(OrganizationsDocument, { first: 50 }));
    const orgs = data.organizations.edges.map((e) => e.node);
    expect(orgs.length).toBe(50);
    expect(orgs.filter((o) => o.locatedIn.length > 0).length).toBeGreaterThan(5);
    // list with its totalCount (one statement) + locatedIn + mentions + mention sources.
    expect(api.graph.reads).toBe(4);
  });

  it("pages follow each other without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let total = 0;
    do {
      const data = dataOf(await api.run(OrganizationsDocument, { first: 25, after }));
      total = data.organizations.totalCount;
      seen.push(...data.organizations.edges.map((e) => e.node.id));
      after = data.organizations.pageInfo.hasNextPage ? data.organizations.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });
});
