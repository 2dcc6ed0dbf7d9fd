import { TestApi, dataOf, errorCodes } from "../helpers/test-graph";

/**
 * One roll-up rule (src/graph/graph.rollup.ts), the same for every field and for 3W: an
 * organization includes its units, a model its variants and the interventions and events that
 * ran or showed them, a program its projects, a place everything inside it. Each case is a
 * fact of the articles that a field used to miss while 3W counted it.
 */
describe("roll-ups agree with 3W", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("Hà Nội's programs include the ethnic-minority NTP, whose Project 8 covers Hanoi communes", async () => {
    const data = dataOf(await api.runText<{ place: { programs: { id: string }[]; projects: { id: string }[] } }>(`{ place(id: "vn:ha-noi") { programs { id } projects { id } } }`));
    expect(data.place.programs.map((p) => p.id)).toContain("program:ntp-ethnic-minority-mountainous-2021-2030");
    expect(data.place.projects.map((p) => p.id)).toContain("project:hanoi-project-8-2024");
  });

  it("Hanoi's Project 8 belongs to the ethnic-minority NTP, through Project 8 of the program", async () => {
    const data = dataOf(await api.runText<{ project: { programs: { id: string }[] } }>(`{ project(id: "project:hanoi-project-8-2024") { programs { id } } }`));
    expect(data.project.programs.map((p) => p.id)).toEqual(["program:ntp-ethnic-minority-mountainous-2021-2030"]);
  });

  it("Plan International's involvements are those of Plan International Lai Châu, which 3W rolls up into it", async () => {
    const data = dataOf(
      await api.runText<{ organization: { involvements: { role: string; actor: { id: string }; activity: { id: string } }[] } }>(
        `{ organization(id: "org:plan-international") { involvements { role actor { ... on Entity { id } } activity { ... on Entity { id } } } } }`,
      ),
    );
    const threeW = dataOf(
      await api.runText<{ whoWhatWhere: { nodes: { intervention: { id: string } | null; event: { id: string } | null }[] } }>(
        `{ whoWhatWhere(filter: { organization: "org:plan-international" }, first: 100) { nodes { intervention { id } event { id } } } }`,
      ),
    );
    const involved = new Set(data.organization.involvements.map((i) => i.activity.id));
    expect(threeW.whoWhatWhere.nodes.length).toBeGreaterThan(0);
    // An intervention's row or an event's row: each activity is one of its involvements.
    for (const row of threeW.whoWhatWhere.nodes) expect(involved).toContain((row.intervention ?? row.event)?.id);
    expect(data.organization.involvements).toContainEqual({
      role: "IMPLEMENTER",
      actor: { id: "org:plan-international-lai-chau" },
      activity: { id: "intervention:plan-lai-chau-beekeeping" },
    });
  });

  it("beekeeping was showcased at the 31/01/2024 conference, which showed Plan's beekeeping", async () => {
    const data = dataOf(
      await api.runText<{ model: { showcasedAt: { id: string }[]; interventions: { id: string }[] } }>(
        `{ model(id: "model:beekeeping") { showcasedAt { id } interventions { id } } }`,
      ),
    );
    expect(data.model.showcasedAt.map((e) => e.id)).toContain("event:2024-01-31-plan-lai-chau-ppp-conference");
    expect(data.model.interventions.map((i) => i.id)).toContain("intervention:plan-lai-chau-beekeeping");
  });

  it("chicken raising's interventions include those of its variant, native black chicken", async () => {
    const data = dataOf(
      await api.runText<{ model: { interventions: { id: string }[]; variants: { id: string }[] } }>(
        `{ model(id: "model:chicken-raising") { interventions { id } variants { id } } }`,
      ),
    );
    const variantRuns = dataOf(await api.runText<{ model: { interventions: { id: string }[] } }>(`{ model(id: "${data.model.variants[0].id}") { interventions { id } } }`));
    expect(variantRuns.model.interventions.length).toBeGreaterThan(0);
    for (const run of variantRuns.model.interventions) expect(data.model.interventions.map((i) => i.id)).toContain(run.id);
  });

  it("an unknown id answers null with NOT_FOUND at its path, and the rest of the data stays", async () => {
    const result = await api.runText<{ organization: null; dwc: { name: string } }>(`{ organization(id: "org:nope") { id } dwc: organization(id: "org:dwc") { name } }`);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    expect(result.errors![0].path).toEqual(["organization"]);
    expect(result.data).toEqual({ organization: null, dwc: { name: "Trung tâm hỗ trợ phát triển vì phụ nữ và trẻ em (DWC) Hà Nội" } });
  });
});
