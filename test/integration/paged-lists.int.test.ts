import { ErrorCode } from "../../src/common/errors";
import { TestApi, dataOf } from "../helpers/test-graph";

/**
 * The paged forms of the lists that can reach thousands (issue #21), against the seeded graph:
 * paging through every page gives what the unpaged (deprecated) form lists, each node once;
 * totalCount counts all pages; a cursor that is not one is BAD_USER_INPUT.
 */
describe("paged lists", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  interface Page {
    nodes: { id: string; name: string }[];
    edges: { cursor: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  }
  const PAGE = "totalCount pageInfo { hasNextPage endCursor } edges { cursor } nodes";

  /** Every page of a connection, `first` at a time; `ask` builds the query for a cursor and `pick` finds the connection in its data. */
  async function pageAll(ask: (after: string | null) => string, pick: (data: Record<string, unknown>) => Page): Promise<{ pages: Page[]; ids: string[] }> {
    const pages: Page[] = [];
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const page = pick(dataOf(await api.runText(ask(after))));
      pages.push(page);
      expect(page.edges).toHaveLength(page.nodes.length);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { pages, ids: pages.flatMap((p) => p.nodes.map((n) => n.id)) };
  }

  const afterArg = (after: string | null): string => (after ? `, after: ${JSON.stringify(after)}` : "");

  it("Place.interventionsConnection pages Lai Châu's roll-up in the order the unpaged list gives it", async () => {
    const all = dataOf(await api.runText<{ place: { interventions: { id: string }[] } }>(`{ place(id: "vn:lai-chau") { interventions { id } } }`)).place.interventions.map(
      (i) => i.id,
    );
    expect(all.length).toBeGreaterThan(3);
    const { pages, ids } = await pageAll(
      (after) => `{ place(id: "vn:lai-chau") { interventionsConnection(first: 2${afterArg(after)}) { ${PAGE} { id name } } } }`,
      (d) => (d.place as { interventionsConnection: Page }).interventionsConnection,
    );
    expect(ids).toEqual(all);
    expect(pages[0].nodes).toHaveLength(2);
    expect(pages[0].pageInfo.hasNextPage).toBe(true);
    expect(pages.every((p) => p.totalCount === all.length)).toBe(true);
  });

  it("includeSubPlaces: false pages only what is tied to the place itself", async () => {
    const here = dataOf(
      await api.runText<{ place: { interventions: { id: string }[]; interventionsConnection: Page } }>(
        `{ place(id: "vn:lai-chau:than-uyen") { interventions(includeSubPlaces: false) { id } interventionsConnection(includeSubPlaces: false, first: 100) { ${PAGE} { id name } } } }`,
      ),
    ).place;
    expect(here.interventionsConnection.nodes.map((n) => n.id)).toEqual(here.interventions.map((n) => n.id));
    expect(here.interventionsConnection.totalCount).toBe(here.interventions.length);
  });

  it("Place.descendantsConnection pages the units below, of one level when asked", async () => {
    const unpaged = dataOf(
      await api.runText<{ place: { descendants: { id: string }[]; communes: { id: string }[] } }>(
        `{ place(id: "vn:lai-chau") { descendants { id } communes: descendants(level: COMMUNE) { id } } }`,
      ),
    ).place;
    const { ids } = await pageAll(
      (after) => `{ place(id: "vn:lai-chau") { descendantsConnection(first: 3${afterArg(after)}) { ${PAGE} { id name } } } }`,
      (d) => (d.place as { descendantsConnection: Page }).descendantsConnection,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(unpaged.descendants.map((p) => p.id).sort());
    const communes = await pageAll(
      (after) => `{ place(id: "vn:lai-chau") { descendantsConnection(level: COMMUNE, first: 2${afterArg(after)}) { ${PAGE} { id name } } } }`,
      (d) => (d.place as { descendantsConnection: Page }).descendantsConnection,
    );
    expect([...communes.ids].sort()).toEqual(unpaged.communes.map((p) => p.id).sort());
    expect(communes.pages[0].totalCount).toBe(unpaged.communes.length);
  });

  it("Organization.partnersConnection pages the partners with their shared activities, as the unpaged list gives them", async () => {
    type Partner = { partner: { id: string; name: string }; via: { role: string; activity: { id: string } }[] };
    const all = dataOf(
      await api.runText<{ organization: { partners: Partner[] } }>(
        `{ organization(id: "org:dwc") { partners { partner { id name } via { role activity { ... on Entity { id } } } } } }`,
      ),
    ).organization.partners;
    expect(all.length).toBeGreaterThan(2);
    type PartnerPage = { nodes: Partner[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const pages: PartnerPage[] = [];
    for (let after: string | null = null, i = 0; i < 100; i++) {
      const data: { organization: { partnersConnection: PartnerPage } } = dataOf(
        await api.runText<{ organization: { partnersConnection: PartnerPage } }>(
          `{ organization(id: "org:dwc") { partnersConnection(first: 2${afterArg(after)}) { totalCount pageInfo { hasNextPage endCursor } nodes { partner { id name } via { role activity { ... on Entity { id } } } } } } }`,
        ),
      );
      pages.push(data.organization.partnersConnection);
      if (!data.organization.partnersConnection.pageInfo.hasNextPage) break;
      after = data.organization.partnersConnection.pageInfo.endCursor;
    }
    const paged = pages.flatMap((p) => p.nodes);
    const byId = (list: Partner[]) => new Map(list.map((p) => [p.partner.id, p]));
    expect([...byId(paged).keys()].sort()).toEqual([...byId(all).keys()].sort());
    expect(paged).toHaveLength(all.length);
    for (const p of all) expect(byId(paged).get(p.partner.id)).toEqual(p);
    expect(pages[0].nodes).toHaveLength(2);
    expect(pages.every((p) => p.totalCount === all.length)).toBe(true);
  });

  // The seeded graph trains on a model once at most: trainings page a list of one.
  it.each([
    ["interventions", 2],
    ["trainings", 1],
  ])("LivelihoodModel.%sConnection pages the model's and its variants' list as the unpaged field gives it", async (field, least) => {
    const models = dataOf(await api.runText<{ models: { nodes: { id: string; list: { id: string }[] }[] } }>(`{ models(first: 100) { nodes { id list: ${field} { id } } } }`))
      .models.nodes;
    const model = [...models].sort((a, b) => b.list.length - a.list.length)[0];
    expect(model.list.length).toBeGreaterThanOrEqual(Number(least));
    const { pages, ids } = await pageAll(
      (after) => `{ model(id: ${JSON.stringify(model.id)}) { ${field}Connection(first: 1${afterArg(after)}) { ${PAGE} { id name } } } }`,
      (d) => (d.model as Record<string, Page>)[`${field}Connection`],
    );
    expect(ids).toEqual(model.list.map((i) => i.id));
    expect(pages[0].totalCount).toBe(model.list.length);
  });

  it("Organization.involvementsConnection pages the involvements (units rolled up), each once, of one role when asked", async () => {
    type Inv = { role: string; actor: { id: string }; activity: { id: string }; sources: { source: { id: string }; quote: string | null }[] };
    const INV = "role actor { ... on Entity { id } } activity { ... on Entity { id } } sources { source { id } quote }";
    const key = (i: Inv) => `${i.actor.id}|${i.activity.id}|${i.role}`;
    for (const role of [null, "IMPLEMENTER"]) {
      const roleArg = role ? `role: ${role}` : "";
      const all = dataOf(
        await api.runText<{ organization: { involvements: Inv[] } }>(`{ organization(id: "org:plan-international") { involvements${role ? `(${roleArg})` : ""} { ${INV} } } }`),
      ).organization.involvements;
      expect(all.length).toBeGreaterThan(2);
      const pages: { nodes: Inv[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }[] = [];
      for (let after: string | null = null, i = 0; i < 100; i++) {
        const data: { organization: { involvementsConnection: (typeof pages)[number] } } = dataOf(
          await api.runText(
            `{ organization(id: "org:plan-international") { involvementsConnection(first: 2${role ? `, ${roleArg}` : ""}${afterArg(after)}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${INV} } } } }`,
          ),
        );
        pages.push(data.organization.involvementsConnection);
        if (!data.organization.involvementsConnection.pageInfo.hasNextPage) break;
        after = data.organization.involvementsConnection.pageInfo.endCursor;
      }
      const paged = pages.flatMap((p) => p.nodes);
      expect(paged.map(key).sort()).toEqual(all.map(key).sort());
      const byKey = new Map(all.map((i) => [key(i), i]));
      for (const i of paged) expect(i.sources).toEqual(byKey.get(key(i))!.sources);
      expect(pages.every((p) => p.totalCount === all.length)).toBe(true);
    }
  }, 120_000);

  it("Source.mentionsConnection pages what a source mentions", async () => {
    const sources = dataOf(await api.runText<{ sources: { id: string; mentions: { id: string }[] }[] }>(`{ sources { id mentions { id } } }`)).sources;
    // An article's source (a few dozen mentions), not the gazetteer's thousands of places: a few pages of 4.
    const source = [...sources].filter((s) => s.mentions.length > 4 && s.mentions.length <= 60).sort((a, b) => b.mentions.length - a.mentions.length)[0];
    expect(source).toBeDefined();
    const { pages, ids } = await pageAll(
      (after) => `{ source(id: ${JSON.stringify(source.id)}) { mentionsConnection(first: 4${afterArg(after)}) { ${PAGE} { id name } } } }`,
      (d) => (d.source as { mentionsConnection: Page }).mentionsConnection,
    );
    expect(ids).toEqual(source.mentions.map((m) => m.id));
    expect(pages[0].totalCount).toBe(source.mentions.length);
  }, 120_000);

  it("ModelSpread.runsConnection pages each model's runs as `runs` lists them (by date, undated last), totalCount = runCount", async () => {
    const RUN = "intervention { id name } models { id } period { start end } places { id } provinces { id } participants { role actor { ... on Entity { id } } } inferredReasons";
    type Run = { intervention: { id: string }; period: { start: string | null; end: string | null } | null };
    type RunPage = { nodes: Run[]; edges: { cursor: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const ask = (id: string, first: number, after: string | null): string =>
      `{ model(id: ${JSON.stringify(id)}) { spread { runsConnection(first: ${first}${afterArg(after)}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } nodes { ${RUN} } } } } }`;
    const pageOf = async (id: string, first: number, after: string | null): Promise<RunPage> =>
      dataOf(await api.runText<{ model: { spread: { runsConnection: RunPage } } }>(ask(id, first, after))).model.spread.runsConnection;
    const models = dataOf(await api.runText<{ models: { nodes: { id: string }[] } }>(`{ models(first: 100) { nodes { id } } }`)).models.nodes;
    const undated = (r: Run): boolean => !r.period?.start && !r.period?.end;
    let walked = 0;
    let crossed = 0;
    for (const { id } of models) {
      const ALSO = "showcased { event { id } showcased { id } } learning { learner { id } from { id } }";
      type Spread = { runCount: number; runs: Run[]; showcased: unknown[]; learning: unknown[] };
      const spread = dataOf(await api.runText<{ model: { spread: Spread } }>(`{ model(id: ${JSON.stringify(id)}) { spread { runCount runs { ${RUN} } ${ALSO} } } }`)).model.spread;
      // Without `runs` the runs are not detailed, but counted, and the rest is the same.
      const without = dataOf(await api.runText<{ model: { spread: Omit<Spread, "runs"> } }>(`{ model(id: ${JSON.stringify(id)}) { spread { runCount ${ALSO} } } }`)).model.spread;
      expect(without).toEqual({ runCount: spread.runCount, showcased: spread.showcased, learning: spread.learning });
      if (spread.runCount < 2) continue;
      // The seeded graph's models run far fewer than `runs`' 200: `runs` lists them all.
      expect(spread.runs).toHaveLength(spread.runCount);
      walked++;
      if (spread.runs.some(undated) && spread.runs.some((r) => !undated(r))) crossed++;
      // One run a page: every cursor is used, the dated ones and (when the model has any) the undated ones.
      const pages: RunPage[] = [];
      for (let after: string | null = null, i = 0; i <= spread.runCount; i++) {
        const page = await pageOf(id, 1, after);
        pages.push(page);
        expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const paged = pages.flatMap((p) => p.nodes);
      expect(paged).toEqual(spread.runs);
      expect(new Set(paged.map((r) => r.intervention.id)).size).toBe(spread.runCount);
      expect(pages).toHaveLength(spread.runCount);
      expect(pages.every((p) => p.totalCount === spread.runCount)).toBe(true);
      // After the last run (undated when the model has any): nothing more.
      const past = await pageOf(id, 1, pages[pages.length - 1].pageInfo.endCursor);
      expect(past.nodes).toEqual([]);
      expect(past.pageInfo.hasNextPage).toBe(false);
      // A page of two from the start, and one as large as the maximum, agree with the walk.
      expect((await pageOf(id, 2, null)).nodes).toEqual(spread.runs.slice(0, 2));
      expect((await pageOf(id, 100, null)).nodes).toEqual(spread.runs);
    }
    expect(walked).toBeGreaterThan(0);
    // At least one model's walk goes from its dated runs into its undated tail (chicken raising).
    expect(crossed).toBeGreaterThan(0);
  }, 120_000);

  it("ModelSpread.runsConnection refuses a cursor whose date part is not a calendar date (YYYY-MM-DD) or null", async () => {
    for (const date of [5, "2021-13-45", "soon", "2021-11-01T00:00"]) {
      const after = Buffer.from(JSON.stringify([date, "intervention:plan-lai-chau-chicken"])).toString("base64url");
      const result = await api.runText(
        `{ model(id: "model:chicken-raising") { spread { runsConnection(first: 2, after: ${JSON.stringify(after)}) { nodes { intervention { id } } } } } }`,
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.BAD_USER_INPUT]);
    }
  });

  it.each([
    ["ModelSpread.runsConnection", `{ model(id: "model:chicken-raising") { spread { runsConnection(first: 2, after: "AFTER") { nodes { intervention { id } } } } } }`],
    ["Place.interventionsConnection", `{ place(id: "vn:lai-chau") { interventionsConnection(first: 2, after: "AFTER") { nodes { id } } } }`],
    ["Place.descendantsConnection", `{ place(id: "vn:lai-chau") { descendantsConnection(first: 2, after: "AFTER") { nodes { id } } } }`],
    ["Organization.partnersConnection", `{ organization(id: "org:dwc") { partnersConnection(first: 2, after: "AFTER") { nodes { partner { id } } } } }`],
    ["Source.mentionsConnection", `{ sources { mentionsConnection(first: 2, after: "AFTER") { nodes { id } } } }`],
    ["Organization.involvementsConnection", `{ organization(id: "org:dwc") { involvementsConnection(first: 2, after: "AFTER") { nodes { role } } } }`],
    ["LivelihoodModel.interventionsConnection", `{ models(first: 1) { nodes { interventionsConnection(first: 2, after: "AFTER") { nodes { id } } } } }`],
  ])("%s refuses a cursor it did not return, and a page over the maximum, as BAD_USER_INPUT", async (_field, query) => {
    // A cursor of the wrong shape (one part instead of the key's), and one that is not base64url JSON at all.
    for (const after of [Buffer.from(JSON.stringify(["x"])).toString("base64url"), "not a cursor!"]) {
      const result = await api.runText(query.replace("AFTER", after));
      expect(result.errors?.map((e) => e.extensions?.code)).toContain(ErrorCode.BAD_USER_INPUT);
    }
    const tooMany = await api.runText(query.replace('first: 2, after: "AFTER"', "first: 100000"));
    expect(tooMany.errors?.map((e) => e.extensions?.code)).toContain(ErrorCode.BAD_USER_INPUT);
  });
});
