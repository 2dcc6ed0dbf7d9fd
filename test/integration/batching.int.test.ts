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

  it("a page of organizations with their involvements and the interventions' models takes one read: the involvements and their models come with the page", async () => {
    type Org = { id: string; involvements: { role: string; activity: { __typename: string; id: string; models?: { id: string }[] } }[] };
    api.graph.reads = 0;
    const data = dataOf(
      await api.runText<{ organizations: { nodes: Org[] } }>(
        `{ organizations(first: 20) { nodes { id involvements { role activity { __typename ... on Entity { id } ... on Intervention { models { id name } } } } } } }`,
      ),
    );
    // The page with, in the same statement, each organization's involvements and each intervention's models (issue #21, bench Q6).
    expect(api.graph.reads).toBe(1);
    const interventions = new Map(
      data.organizations.nodes
        .flatMap((o) => o.involvements.map((i) => i.activity))
        .filter((a) => a.__typename === "Intervention")
        .map((a) => [a.id, a.models]),
    );
    expect(interventions.size).toBeGreaterThan(3);
    expect([...interventions.values()].some((m) => (m?.length ?? 0) > 0)).toBe(true);
    // Each as its own lookup reads it.
    for (const [id, models] of [...interventions].slice(0, 8)) {
      const own = dataOf(await api.runText<{ intervention: { models: { id: string }[] } }>(`{ intervention(id: ${JSON.stringify(id)}) { models { id name } } }`));
      expect(models).toEqual(own.intervention.models);
    }
    // And each organization's involvements (units rolled up, in order) as its own lookup reads them, through the field's own loader.
    const involved = data.organizations.nodes.filter((o) => o.involvements.length > 0);
    expect(involved.length).toBeGreaterThan(3);
    for (const org of involved.slice(0, 6)) {
      const own = dataOf(
        await api.runText<{ organization: Org }>(
          `{ organization(id: ${JSON.stringify(org.id)}) { id involvements { role activity { __typename ... on Entity { id } ... on Intervention { models { id name } } } } } }`,
        ),
      );
      expect(org).toEqual(own.organization);
    }
  });

  it("a page whose nodes ask their involvements with a role filter, with totalCount and through edges, reads them along and filters as the field does", async () => {
    type Org = { id: string; involvements: { role: string; actor: { id: string }; activity: { id: string } }[] };
    api.graph.reads = 0;
    const data = dataOf(
      await api.runText<{ organizations: { totalCount: number; edges: { node: Org }[] } }>(
        `{ organizations(first: 15) { totalCount edges { node { id involvements(role: IMPLEMENTER) { role actor { ... on Entity { id } } activity { ... on Entity { id } } } } } } }`,
      ),
    );
    expect(api.graph.reads).toBe(1);
    expect(data.organizations.totalCount).toBeGreaterThan(15);
    const nodes = data.organizations.edges.map((e) => e.node);
    expect(nodes.flatMap((o) => o.involvements).length).toBeGreaterThan(0);
    expect(nodes.flatMap((o) => o.involvements).every((i) => i.role === "IMPLEMENTER")).toBe(true);
    for (const org of nodes.slice(0, 5)) {
      const own = dataOf(
        await api.runText<{ organization: Org }>(
          `{ organization(id: ${JSON.stringify(org.id)}) { id involvements(role: IMPLEMENTER) { role actor { ... on Entity { id } } activity { ... on Entity { id } } } } }`,
        ),
      );
      expect(org).toEqual(own.organization);
    }
  });

  it("a lookup's lists read as before, alongside the lookup: the same answers, one read per field", async () => {
    api.graph.reads = 0;
    const data = dataOf(
      await api.runText<{ place: { name: string; descendants: { id: string }[]; interventions: { id: string }[] } }>(
        `{ place(id: "vn:lai-chau") { name descendants { id } interventions { id } } }`,
      ),
    );
    expect(api.graph.reads).toBe(3);
    expect(data.place.name).toBe("Lai Châu");
    expect(data.place.descendants.length).toBeGreaterThan(5);
    expect(data.place.interventions.length).toBeGreaterThan(3);
    // A malformed id is still BAD_USER_INPUT, and starts nothing.
    api.graph.reads = 0;
    const bad = await api.runText(`{ place(id: "Not An Id") { descendants { id } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(api.graph.reads).toBe(0);
  });

  it("pages follow each other without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let total: number | undefined;
    do {
      const data = dataOf(await api.run(OrganizationsDocument, { first: 25, after }));
      total = data.organizations.totalCount;
      seen.push(...data.organizations.edges.map((e) => e.node.id));
      after = data.organizations.pageInfo.hasNextPage ? data.organizations.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it("reads only the properties asked for, without serving a lean read to a selection needing more", async () => {
    const { data, errors } = await api.runText<{
      organization: {
        lean: { activity: { id: string; name?: string } }[];
        full: { activity: { id: string; name: string; description: string | null; period: { start: string | null } | null }; provenance: { quote: string } | null }[];
      };
      intervention: { participants: { actor: { id: string }; activity: { id: string; nameEn: string | null; forWhom: string | null } }[] };
    }>(`{
      organization(id: "org:plan-international-lai-chau") {
        lean: involvements { activity { ... on Entity { id } } }
        full: involvements { activity { ... on Entity { id name description } ... on Intervention { period { start } } ... on Event { period { start } } } provenance { quote } }
      }
      intervention(id: "intervention:than-uyen-black-chicken-huoi-bac") { participants { actor { ... on Entity { id } } activity { ... on Intervention { id nameEn forWhom } } } }
    }`);
    expect(errors).toBeUndefined();
    const { lean, full } = data!.organization;
    expect(lean.map((i) => i.activity.id)).toEqual(full.map((i) => i.activity.id));
    expect(lean[0].activity.name).toBeUndefined();
    expect(full.every((i) => i.activity.name.length > 0 && i.provenance && i.provenance.quote.length > 0)).toBe(true);
    // Dated activities have a period, undated ones none, as when every property is read.
    expect(full.find((i) => i.activity.id === "event:2024-01-31-plan-lai-chau-ppp-conference")?.activity.period).toEqual({ start: "2024-01-31" });
    expect(full.find((i) => i.activity.id === "intervention:plan-lai-chau-chicken")?.activity.period).toBeNull();
    // The activity of a participation is the intervention itself: it carries what the deeper selection asks.
    const participants = data!.intervention.participants;
    expect(participants.length).toBeGreaterThan(0);
    expect(participants.map((p) => p.actor.id)).toContain("org:inkota");
    for (const p of participants) {
      expect(p.activity).toEqual({
        id: "intervention:than-uyen-black-chicken-huoi-bac",
        nameEn: "Native black chicken model, Huổi Bắc village, Pha Mu commune",
        forWhom: "Nông dân dân tộc thiểu số trong nhóm nông dân sở thích bản Huổi Bắc",
      });
    }
  });
});
