import { TestApi, dataOf } from "../helpers/test-graph";

/**
 * 3W answers that do not mislead: activity kinds, one row per training rather than one per
 * topic and village, and date filters that do not let undated interventions through.
 */
describe("3W rows say what happened", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  interface Row {
    activity: string;
    role: string;
    organization: { id: string };
    model: { id: string } | null;
    topics: { id: string }[];
    place: { id: string; name: string } | null;
    places: { id: string }[];
  }
  const ROW = `activity role organization { id } model { id } topics { id } place { id name } places { id }`;

  it("the Than Uyên capacity building is one TRAINING row per organization and role, at the district holding its four villages", async () => {
    const data = dataOf(
      await api.runText<{ whoWhatWhere: { totalCount: number; nodes: Row[] } }>(
        `{ whoWhatWhere(filter: { project: "project:inkota-dwc-community-subprojects-than-uyen", activities: [TRAINING] }, first: 100) { totalCount nodes { ${ROW} intervention { id } } } }`,
      ),
    );
    const rows = data.whoWhatWhere.nodes.filter((r) => (r as Row & { intervention: { id: string } }).intervention.id === "intervention:than-uyen-capacity-building");
    expect(rows.length).toBeGreaterThan(0);
    const keys = rows.map((r) => `${r.organization.id}|${r.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of rows) {
      expect(row.activity).toBe("TRAINING");
      expect(row.model).toBeNull();
      expect(row.topics.map((t) => t.id)).toEqual(expect.arrayContaining(["model:watermelon", "model:beekeeping", "model:native-black-chicken"]));
      expect(row.places).toHaveLength(4);
      expect(row.place).toEqual({ id: "vn:lai-chau:than-uyen", name: "Than Uyên" });
    }
  });

  it("a model run is one row per place, and the model filter counts only model runs", async () => {
    const data = dataOf(await api.runText<{ whoWhatWhere: { nodes: Row[] } }>(`{ whoWhatWhere(filter: { model: "model:watermelon" }, first: 100) { nodes { ${ROW} } } }`));
    expect(data.whoWhatWhere.nodes.length).toBeGreaterThan(0);
    for (const row of data.whoWhatWhere.nodes) {
      expect(row.activity).toBe("MODEL_RUN");
      expect(row.places).toEqual([{ id: row.place!.id }]);
    }
  });

  it("date filters leave out interventions without dates unless includeUndated", async () => {
    const summary = async (filter: string) =>
      dataOf(await api.runText<{ whoWhatWhereSummary: { interventions: number } }>(`{ whoWhatWhereSummary(filter: { ${filter} }) { interventions } }`)).whoWhatWhereSummary
        .interventions;
    expect(await summary(`place: "vn:lai-chau", from: "2030-01-01"`)).toBe(0);
    const undated = await summary(`place: "vn:lai-chau", from: "2030-01-01", includeUndated: true`);
    expect(undated).toBeGreaterThan(0);
    // Every one of them is undated: none has a start or end date.
    const rows = dataOf(
      await api.runText<{ whoWhatWhere: { nodes: { intervention: { period: { start: string | null; end: string | null } | null } }[] } }>(
        `{ whoWhatWhere(filter: { place: "vn:lai-chau", from: "2030-01-01", includeUndated: true }, first: 100) { nodes { intervention { period { start end } } } } }`,
      ),
    );
    for (const row of rows.whoWhatWhere.nodes) expect([row.intervention.period?.start ?? null, row.intervention.period?.end ?? null]).toEqual([null, null]);
  });
});
