import { EventsDocument, InterventionsDocument, OrganizationsDocument, ProgramsDocument } from "../__generated__/operations";
import { TestApi, dataOf } from "../helpers/test-graph";

/** Entity lists: filters by text, type, place (rolled up) and period, against the seeded graph. */
describe("entity lists", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("events in 2024 are the Lai Châu conference, the Than Uyên workshop, the Tiến Xuân training and the study tour", async () => {
    const data = dataOf(await api.run(EventsDocument, { filter: { from: "2024-01-01", to: "2024-12-31" } }));
    expect(data.events.nodes.map((e) => e.id).sort()).toEqual([
      "event:2024-01-31-plan-lai-chau-ppp-conference",
      "event:2024-03-11-ninh-thuan-central-highlands-study-tour",
      "event:2024-05-14-than-uyen-community-subprojects-workshop",
      "event:2024-tien-xuan-ocop-trade-promotion-training",
    ]);
    expect(data.events.totalCount).toBe(4);
  });

  it("study tours are filtered by type, conferences by place", async () => {
    const tours = dataOf(await api.run(EventsDocument, { filter: { eventType: "STUDY_TOUR" } }));
    expect(tours.events.nodes.map((e) => e.id)).toEqual(["event:2024-03-11-ninh-thuan-central-highlands-study-tour"]);
    const inBacNinh = dataOf(await api.run(EventsDocument, { filter: { place: "vn:bac-ninh" } }));
    expect(inBacNinh.events.nodes.map((e) => e.id)).toContain("event:2023-10-04-bac-ninh-poverty-model-replication-conference");
  });

  it("interventions in Hà Nội's Thạch Thất district include the OCOP training in Tiến Xuân, and none from Lai Châu", async () => {
    const data = dataOf(await api.run(InterventionsDocument, { filter: { place: "vn:ha-noi:thach-that" } }));
    const ids = data.interventions.nodes.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(0);
    // A training has topics (TRAINS_ON), not models run there (APPLIES).
    const training = data.interventions.nodes.find((i) => i.id === "intervention:tien-xuan-ocop-training-2024");
    expect(training).toMatchObject({ activity: "TRAINING", models: [] });
    expect(training?.topics.map((m) => m.id)).toEqual(["model:ocop-product-development", "model:key-local-product-development"]); // by name
    expect(ids.some((id) => id.includes("than-uyen") || id.includes("plan-lai-chau"))).toBe(false);
  });

  it("organization text search ignores accents and case", async () => {
    const data = dataOf(await api.run(OrganizationsDocument, { filter: { text: "hop tac xa che sach" } }));
    expect(data.organizations.edges.map((e) => e.node.id)).toEqual(["org:dong-truong-son-clean-tea-cooperative"]);
    const unions = dataOf(await api.run(OrganizationsDocument, { filter: { text: "LHPN", orgType: "MASS_ORGANIZATION" } }));
    expect(unions.organizations.edges.map((e) => e.node.id)).toContain("org:hanoi-womens-union");
  });

  it("the national target programs carry their periods and MOLISA owns the poverty-reduction one", async () => {
    const data = dataOf(await api.run(ProgramsDocument, {}));
    const byId = new Map(data.programs.nodes.map((p) => [p.id, p]));
    expect(byId.get("program:ntp-sustainable-poverty-reduction-2021-2025")?.period).toEqual({
      start: "2021-01-01",
      end: "2025-12-31",
      startPrecision: "YEAR",
      endPrecision: "YEAR",
    });
    expect(byId.get("program:ntp-ethnic-minority-mountainous-2021-2030")?.period?.end).toBe("2030-12-31");
    const owners = byId.get("program:ntp-sustainable-poverty-reduction-2021-2025")?.participants.map((p) => (p.actor.__typename === "Organization" ? p.actor.id : null));
    expect(owners).toContain("org:molisa");
    expect(byId.get("program:ntp-ethnic-minority-mountainous-2021-2030")?.projects.map((p) => p.id)).toContain("project:ntp-em-project-8");
  });

  it("date filters keep undated entities out unless asked, as 3W does (Plan's undated Lai Châu interventions)", async () => {
    const count = async (filter: string): Promise<number> =>
      dataOf(await api.runText<{ interventions: { totalCount: number } }>(`{ interventions(filter: ${filter}) { totalCount } }`)).interventions.totalCount;
    expect(await count(`{ place: "vn:lai-chau", from: "2030-01-01" }`)).toBe(0);
    const undated = await count(`{ place: "vn:lai-chau", from: "2030-01-01", includeUndated: true }`);
    expect(undated).toBeGreaterThan(0);
    expect(undated).toBeLessThan(await count(`{ place: "vn:lai-chau" }`));
  });
});
