import { COLUMNS } from "../../src/export/export.columns";
import { parseCsv } from "../helpers/csv";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";
import { dataOf, TestApi } from "../helpers/test-graph";

/**
 * What came of the work, as the five articles state it (Outcome, HAS_OUTCOME): each case is an
 * outcome of the seeds, read through GraphQL by id and through what it is about, found by search,
 * exported in the 3W files, and shown to planners as evidence.
 */
describe("outcomes the articles state", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  interface Mention {
    quote: string;
    source: { id: string };
  }

  it("article 001's first income for households of the two communes: a result of the project, with the source's words", async () => {
    const data = dataOf(
      await api.runText<{ outcome: { __typename: string; name: string; outcomeType: string; about: { id: string }[]; mentions: Mention[] } }>(
        `{ outcome(id: "outcome:than-uyen-first-household-income") { __typename name outcomeType about { id } mentions { quote source { id } } } }`,
      ),
    );
    expect(data.outcome).toEqual({
      __typename: "Outcome",
      name: "First income for households in Mường Kim and Pha Mu",
      outcomeType: "RESULT",
      about: [{ id: "project:inkota-dwc-community-subprojects-than-uyen" }],
      mentions: [{ quote: "bước đầu đã mang lại nguồn thu nhập cho các hộ dân trên địa bàn 2 xã", source: { id: "src:001" } }],
    });
  });

  it("the Than Uyên project states skills, know-how, income, a change of awareness, better-kept villages and a plan to replicate", async () => {
    const data = dataOf(
      await api.runText<{ project: { outcomes: { id: string; outcomeType: string }[] } }>(
        `{ project(id: "project:inkota-dwc-community-subprojects-than-uyen") { outcomes { id outcomeType } } }`,
      ),
    );
    expect(Object.fromEntries(data.project.outcomes.map((o) => [o.id, o.outcomeType]))).toEqual({
      "outcome:than-uyen-core-members-skills-raised": "RESULT",
      "outcome:than-uyen-farmers-organic-safe-livestock-know-how": "RESULT",
      "outcome:than-uyen-first-household-income": "RESULT",
      "outcome:than-uyen-farmers-changed-awareness": "CHANGE",
      "outcome:than-uyen-villages-better-kept": "RESULT",
      "outcome:than-uyen-replicate-subprojects": "NEXT_STEP",
    });
  });

  it("the Pá Khôm cattle sub-project carries the groups' plan to replicate the sub-projects across whole villages and communes", async () => {
    const data = dataOf(
      await api.runText<{
        intervention: { outcomes: { id: string; outcomeType: string; mentions: Mention[]; about: { id: string }[] }[] };
      }>(`{ intervention(id: "intervention:than-uyen-cattle-fattening-pa-khom") { outcomes { id outcomeType mentions { quote source { id } } about { id } } } }`),
    );
    const [plan, ...others] = data.intervention.outcomes;
    expect(others).toEqual([]);
    expect(plan.id).toBe("outcome:than-uyen-replicate-subprojects");
    expect(plan.outcomeType).toBe("NEXT_STEP");
    expect(plan.mentions).toEqual([{ quote: expect.stringContaining("ra toàn bản, toàn xã"), source: { id: "src:001" } }]);
    // the project and its six sub-projects (the capacity building is not a sub-project)
    expect(plan.about.map((a) => a.id)).toHaveLength(7);
    expect(plan.about.map((a) => a.id)).toContain("project:inkota-dwc-community-subprojects-than-uyen");
    expect(plan.about.map((a) => a.id)).not.toContain("intervention:than-uyen-capacity-building");
  });

  it("the Ninh Thuận study tour: what the delegation learned and the plan to apply it, which the event's prose alone held before", async () => {
    const data = dataOf(
      await api.runText<{ event: { outcomes: { id: string; outcomeType: string; mentions: Mention[] }[] } }>(
        `{ event(id: "event:2024-03-11-ninh-thuan-central-highlands-study-tour") { outcomes { id outcomeType mentions { quote source { id } } } } }`,
      ),
    );
    const byId = Object.fromEntries(data.event.outcomes.map((o) => [o.id, o]));
    expect(Object.keys(byId).sort()).toEqual([
      "outcome:ninh-thuan-apply-lessons",
      "outcome:ninh-thuan-lesson-access-to-basic-services",
      "outcome:ninh-thuan-lesson-communication-for-consensus",
      "outcome:ninh-thuan-lesson-korea-labour-export",
      "outcome:ninh-thuan-lessons-from-tea-and-silkworm-models",
    ]);
    expect(byId["outcome:ninh-thuan-apply-lessons"].outcomeType).toBe("NEXT_STEP");
    expect(byId["outcome:ninh-thuan-lessons-from-tea-and-silkworm-models"]).toMatchObject({
      outcomeType: "LESSON",
      mentions: [{ quote: "Qua đó rút ra những kinh nghiệm để áp dụng cho địa phương tỉnh Ninh Thuận", source: { id: "src:004" } }],
    });
  });

  it("a model's outcomes roll up its variants' runs: chicken raising has Huổi Bắc's plan and the Lai Châu youths' income", async () => {
    const data = dataOf(
      await api.runText<{ model: { outcomes: { id: string }[] }; variant: { outcomes: { id: string }[] } }>(
        `{ model(id: "model:chicken-raising") { outcomes { id } } variant: model(id: "model:native-black-chicken") { outcomes { id } } }`,
      ),
    );
    expect(data.model.outcomes.map((o) => o.id).sort()).toEqual(["outcome:plan-lai-chau-youth-livelihoods-add-income", "outcome:than-uyen-replicate-subprojects"]);
    expect(data.variant.outcomes.map((o) => o.id)).toEqual(["outcome:than-uyen-replicate-subprojects"]);
  });

  it("lists outcomes of the five articles, filtered by type", async () => {
    const data = dataOf(
      await api.runText<{ all: { totalCount: number }; next: { nodes: { id: string }[] }; changes: { nodes: { id: string }[] } }>(
        `{ all: outcomes { totalCount }
           next: outcomes(filter: { outcomeType: NEXT_STEP }) { nodes { id } }
           changes: outcomes(filter: { outcomeType: CHANGE }) { nodes { id } } }`,
      ),
    );
    expect(data.all.totalCount).toBe(15);
    expect(data.next.nodes.map((n) => n.id).sort()).toEqual(["outcome:ninh-thuan-apply-lessons", "outcome:than-uyen-replicate-subprojects"]);
    expect(data.changes.nodes.map((n) => n.id)).toEqual(["outcome:than-uyen-farmers-changed-awareness"]);
  });

  it("search finds an outcome by a word of its name", async () => {
    const data = dataOf(
      await api.runText<{ search: { entity: { __typename: string; id: string } }[]; any: { entity: { id: string } }[] }>(
        `{ search(text: "awareness", kinds: [Outcome]) { entity { __typename id } }
           any: search(text: "replicate") { entity { id } } }`,
      ),
    );
    expect(data.search.map((h) => h.entity)).toEqual([{ __typename: "Outcome", id: "outcome:than-uyen-farmers-changed-awareness" }]);
    expect(data.any.map((h) => h.entity.id)).toContain("outcome:than-uyen-replicate-subprojects");
  });

  it("3W rows carry the outcomes stated about their intervention", async () => {
    const data = dataOf(
      await api.runText<{ whoWhatWhere: { nodes: { intervention: { id: string }; outcomes: { id: string }[] }[] } }>(
        `{ whoWhatWhere(filter: { model: "model:clean-tea" }) { nodes { intervention { id } outcomes { id } } } }`,
      ),
    );
    expect(data.whoWhatWhere.nodes.length).toBeGreaterThan(0);
    for (const row of data.whoWhatWhere.nodes) {
      expect(row).toEqual({ intervention: { id: "intervention:dong-truong-son-clean-tea" }, outcomes: [{ id: "outcome:ninh-thuan-lessons-from-tea-and-silkworm-models" }] });
    }
  });

  it("planners see an outcome stated about a model's run as evidence, with the source's words and no points", async () => {
    const data = dataOf(
      await api.runText<{
        replicableModels: {
          nodes: { model: { id: string }; score: number; reasons: { code: string; text: string; points: number; about: { id: string }[]; provenance: Mention[] }[] }[];
        };
      }>(
        `{ replicableModels(place: "vn:ninh-thuan", filter: { category: AGRO_PROCESSING }, first: 10) {
             nodes { model { id } score reasons { code text points about { id } provenance { quote source { id } } } } } }`,
      ),
    );
    const tea = data.replicableModels.nodes.find((n) => n.model.id === "model:clean-tea");
    expect(tea).toBeDefined();
    const stated = tea!.reasons.filter((r) => r.code === "STATED_OUTCOME");
    expect(stated).toEqual([
      {
        code: "STATED_OUTCOME",
        text: "Outcome stated: Lessons drawn from the Kon Plông clean-tea and Chư Sê mulberry-silkworm models, to apply in Ninh Thuận (src:004).",
        points: 0,
        about: expect.arrayContaining([{ id: "outcome:ninh-thuan-lessons-from-tea-and-silkworm-models" }, { id: "intervention:dong-truong-son-clean-tea" }]),
        provenance: [{ quote: "Qua đó rút ra những kinh nghiệm để áp dụng cho địa phương tỉnh Ninh Thuận", source: { id: "src:004" } }],
      },
    ]);
    // evidence in words adds nothing to the score: it stays the sum of the reasons' points
    expect(tea!.reasons.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(tea!.score);
  });
});

describe("the 3W export's outcomes column", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer();
  });
  afterAll(() => server.close());

  it("names the outcomes stated about each row's intervention, and is empty where none is stated", async () => {
    const res = await fetch(`${server.url}/export/3w.hxl.csv?place=vn:lai-chau:than-uyen`);
    expect(res.status).toBe(200);
    const [header, hxl, ...rows] = parseCsv(await res.text());
    const column = header.indexOf("outcomes");
    expect(COLUMNS[column]?.header).toBe("outcomes");
    expect(hxl[column]).toBe("#impact");
    const cell = (intervention: string): string[] => [...new Set(rows.filter((r) => r[header.indexOf("intervention_id")] === intervention).map((r) => r[column]))];
    expect(cell("intervention:than-uyen-cattle-fattening-pa-khom")).toEqual(["Groups plan to keep up the sub-projects and replicate them across whole villages and communes"]);
    expect(cell("intervention:than-uyen-capacity-building")).toEqual([""]);
  });
});
