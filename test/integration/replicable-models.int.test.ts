import { ModelSpreadDocument, ReplicableModelsDocument, SimilarPlacesDocument } from "../__generated__/operations";
import { EXAMPLE_TABS } from "../../ide/src/examples";
import { TestApi, dataOf, errorCodes } from "../helpers/test-graph";

/**
 * Planners' questions through the API, on the seeded graph: which models would work in a place,
 * why and whom to call; which places are like it; how a model spread. Facts come from the seed
 * articles (000: Plan International in Lai Châu; 001: DWC and INKOTA in Mường Kim and Pha Mu;
 * 004: the Ninh Thuận delegation's study tour of 11–16/3/2024); place counts are not relied on.
 */
const PHA_MU = "vn:lai-chau:than-uyen:pha-mu";
const MUONG_KIM_2025 = "vn2025:lai-chau:muong-kim";
const NINH_THUAN = "vn:ninh-thuan";
const KHANH_HOA_2025 = "vn2025:khanh-hoa";
/** A commune of Cà Mau, far from every article's facts. */
const FAR_AWAY = "vn2025:ca-mau:an-xuyen";

describe("replicableModels", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  const rank = async (place: string, variables: Record<string, unknown> = {}) =>
    dataOf(await api.run(ReplicableModelsDocument, { place, first: 20, ...variables })).replicableModels;
  type Result = Awaited<ReturnType<typeof rank>>;
  const node = (r: Result, model: string) => {
    const n = r.nodes.find((x) => x.model.id === model);
    if (!n) throw new Error(`${model} not among ${r.nodes.map((x) => x.model.id).join(", ")}`);
    return n;
  };
  const contactIds = (n: Result["nodes"][number]) => n.contacts.map((c) => ("id" in c.actor ? c.actor.id : ""));

  describe("for xã Pha Mu (Than Uyên, Lai Châu)", () => {
    let result: Result;
    beforeAll(async () => {
      result = await rank(PHA_MU);
    });

    it("recognises the native black chicken run in Huổi Bắc as already here", () => {
      const chicken = node(result, "model:native-black-chicken");
      expect(chicken.alreadyHere).toBe(true);
      expect(chicken.proximity).toBe("HERE");
      const here = chicken.reasons.find((r) => r.code === "RAN_HERE");
      expect(here?.text).toMatch(/Huổi Bắc/);
      expect(here?.about.map((a) => a.id)).toContain("intervention:than-uyen-black-chicken-huoi-bac");
      expect(chicken.places[0]).toMatchObject({ place: { id: "vn:lai-chau:than-uyen:pha-mu:huoi-bac" }, proximity: "HERE" });
      // The roll-up rule: chicken raising includes its native black chicken variant.
      expect(node(result, "model:chicken-raising").alreadyHere).toBe(true);
    });

    it("ranks the models DWC and INKOTA ran here and nearby high, with whom to call", () => {
      for (const model of ["model:native-black-chicken", "model:cattle-buffalo-fattening", "model:vegetable-growing", "model:watermelon"]) {
        const n = node(result, model);
        expect(contactIds(n)).toEqual(expect.arrayContaining(["org:dwc", "org:inkota"]));
        expect(n.nearby).toBe(true);
        expect(n.projects.map((p) => p.id)).toContain("project:inkota-dwc-community-subprojects-than-uyen");
      }
      const watermelon = node(result, "model:watermelon");
      expect(watermelon.proximity).toBe("SAME_COMMUNE");
      expect(watermelon.reasons.find((r) => r.code === "RAN_SAME_COMMUNE")?.text).toMatch(/Mường Kim.*2025/);
    });

    it("ranks Plan International's Lai Châu models with their reasons: same province, for ethnic-minority youth, 400 young people", () => {
      for (const model of ["model:beekeeping", "model:peanut-growing", "model:soybean-growing"]) {
        const n = node(result, model);
        expect(n.proximity).toBe("SAME_PROVINCE");
        const province = n.reasons.find((r) => r.code === "RAN_SAME_PROVINCE");
        expect(province?.text).toMatch(/Lai Châu, the province Pha Mu is in/);
        expect(province?.text).toMatch(/[Tt]hanh niên dân tộc thiểu số/);
        expect(n.reasons.find((r) => r.code === "PROJECT_FIGURES")?.text).toMatch(/400 young people/);
        expect(n.outcomes.some((o) => o.scope === "PROJECT" && o.metric.value === 400 && o.metric.unit === "young people")).toBe(true);
        expect(n.contacts[0]).toMatchObject({ actor: { id: "org:plan-international-lai-chau" }, roles: ["IMPLEMENTER"] });
        expect(n.caveats.join(" ")).toMatch(/no commune/);
        expect(n.caveats.join(" ")).toMatch(/Only one source/);
      }
      // Everything that ran in Lai Châu ranks above what was only showcased.
      const lastInProvince = Math.max(...result.nodes.filter((n) => ["HERE", "SAME_COMMUNE", "SAME_PROVINCE"].includes(n.proximity)).map((n) => n.rank));
      const firstElsewhere = Math.min(...result.nodes.filter((n) => n.proximity === "ELSEWHERE").map((n) => n.rank));
      expect(lastInProvince).toBeLessThan(firstElsewhere);
    });

    it("explains every point: the reasons add up to the score, ranks follow scores with ties by id", () => {
      expect(result.fallback).toBe(false);
      expect(result.totalCount).toBe(result.nodes.length);
      result.nodes.forEach((n, i) => {
        expect(n.rank).toBe(i + 1);
        expect(n.reasons.reduce((s, r) => s + r.points, 0)).toBeCloseTo(n.score, 6);
        for (const r of n.reasons) expect(r.text).toMatch(/\.$/);
        if (i > 0) {
          const prev = result.nodes[i - 1];
          expect(prev.score > n.score || (prev.score === n.score && prev.model.id < n.model.id)).toBe(true);
        }
      });
      expect(result.searched.map((p) => p.id)).toContain("vn:lai-chau");
    });

    it("answers the same on every call, and pages without gaps or repeats", async () => {
      const again = await rank(PHA_MU);
      expect(again).toEqual(result);
      const first = await rank(PHA_MU, { first: 4 });
      const second = await rank(PHA_MU, { first: 4, after: first.pageInfo.endCursor });
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect([...first.nodes, ...second.nodes].map((n) => n.model.id)).toEqual(result.nodes.slice(0, 8).map((n) => n.model.id));
      expect(second.nodes[0].rank).toBe(5);
    });

    it("filters by category, program and evidence", async () => {
      const livestock = await rank(PHA_MU, { filter: { category: "LIVESTOCK" } });
      expect(livestock.nodes.length).toBeGreaterThan(0);
      expect(livestock.nodes.every((n) => n.model.category === "LIVESTOCK")).toBe(true);
      const twice = await rank(PHA_MU, { filter: { minEvidence: 2 } });
      expect(twice.nodes.map((n) => n.model.id)).toEqual(expect.arrayContaining(["model:chicken-raising", "model:watermelon"]));
      expect(twice.nodes.every((n) => n.evidence.interventions >= 2)).toBe(true);
      // No run of the seeds is tied to a program (their projects are not PART_OF one): an empty answer that says so.
      const none = await rank(PHA_MU, { filter: { program: "program:ntp-sustainable-poverty-reduction-2021-2025" } });
      expect(none).toMatchObject({ totalCount: 0, nodes: [], fallback: true });
      expect(none.caveats.join(" ")).toMatch(/No documented run matches the filters/);
    });
  });

  it("for the 2025 commune Pha Mu became (Mường Kim), the runs in Pha Mu and Mường Kim are all here", async () => {
    const result = await rank(MUONG_KIM_2025);
    for (const model of ["model:native-black-chicken", "model:watermelon", "model:vegetable-growing"]) expect(node(result, model).alreadyHere).toBe(true);
    expect(node(result, "model:native-black-chicken").reasons.find((r) => r.code === "RAN_HERE")?.text).toMatch(/became part of Mường Kim in July 2025/);
  });

  for (const place of [NINH_THUAN, KHANH_HOA_2025]) {
    it(`for ${place}: clean tea, mulberry–silkworm and labour export, learned by the province's delegation on 11–16/3/2024, and whom to contact`, async () => {
      const result = await rank(place);
      const expected: Record<string, string[]> = {
        "model:clean-tea": ["org:dong-truong-son-clean-tea-cooperative"],
        "model:mulberry-silkworm": ["org:chu-se-mulberry-silkworm-cooperative"],
        "model:labour-export": ["org:dolisa-dak-lak", "org:dolisa-dak-nong"],
      };
      for (const [model, contacts] of Object.entries(expected)) {
        const n = node(result, model);
        const learned = n.reasons.find((r) => r.code === "LEARNED_HERE");
        expect(learned?.text).toMatch(/Đoàn Công tác tỉnh Ninh Thuận/);
        expect(learned?.text).toMatch(/11–16\/3\/2024/);
        expect(learned?.about.map((a) => a.id)).toContain("event:2024-03-11-ninh-thuan-central-highlands-study-tour");
        expect(contactIds(n)).toEqual(expect.arrayContaining(contacts));
        expect(
          n.learnedBy.some((l) => l.local && l.learner.id === "org:ninh-thuan-delegation-2024" && l.event?.id === "event:2024-03-11-ninh-thuan-central-highlands-study-tour"),
        ).toBe(true);
        expect(n.events.map((e) => e.event.id)).toContain("event:2024-03-11-ninh-thuan-central-highlands-study-tour");
        expect(n.rank).toBeLessThanOrEqual(3);
      }
    });
  }

  it("for a commune with nothing documented nearby: a short list of the best-documented models elsewhere, each with its caveats", async () => {
    const result = await rank(FAR_AWAY);
    expect(result.fallback).toBe(true);
    expect(result.nodes.length).toBeGreaterThan(0);
    expect(result.nodes.length).toBeLessThanOrEqual(5);
    expect(result.caveats.join(" ")).toMatch(/best-documented models elsewhere/);
    for (const n of result.nodes) {
      expect(n.proximity).toBe("ELSEWHERE");
      expect(n.caveats.join(" ")).toMatch(/has not run in/);
      expect(n.reasons.map((r) => r.code)).not.toContain("RAN_HERE");
    }
  });

  it("refuses bad input: malformed ids, unknown places, bad filters and pages", async () => {
    const codes = async (variables: Record<string, unknown>) => errorCodes(await api.run(ReplicableModelsDocument, { place: PHA_MU, ...variables }));
    expect(await codes({ place: "vn:no-such-place-anywhere" })).toEqual(["NOT_FOUND"]);
    expect(await codes({ place: "org:dwc" })).toEqual(["NOT_FOUND"]);
    expect(await codes({ place: "Pha Mu" })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ filter: { minEvidence: -1 } })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ filter: { program: "OCOP program" } })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ first: 0 })).toEqual(["BAD_USER_INPUT"]);
    const tooMany = await api.runText(`{ replicableModels(place: "${PHA_MU}", first: 100000) { totalCount } }`);
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ after: "not-a-cursor" })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ after: Buffer.from(JSON.stringify(["x", "model:a"])).toString("base64url") })).toEqual(["BAD_USER_INPUT"]);
    // An unknown program is no error (as in whoWhatWhere): nothing runs under it.
    const none = dataOf(await api.run(ReplicableModelsDocument, { place: PHA_MU, filter: { program: "program:no-such-program" } }));
    expect(none.replicableModels.totalCount).toBe(0);
  });
});

describe("similarPlaces", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  const similar = async (place: string, variables: Record<string, unknown> = {}) => dataOf(await api.run(SimilarPlacesDocument, { place, first: 20, ...variables })).similarPlaces;

  it("for Pha Mu: Mường Kim first (merged into one commune in 2025, same district, models run in both), then its district", async () => {
    const result = await similar(PHA_MU);
    const [first] = result.nodes;
    expect(first.place.id).toBe("vn:lai-chau:than-uyen:muong-kim");
    expect(first.proximity).toBe("SAME_COMMUNE");
    expect(first.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["SAME_COMMUNE", "SHARED_MODELS"]));
    expect(first.sharedModels.map((m) => m.id)).toContain("model:vegetable-growing");
    expect(result.nodes.every((n) => n.place.level === "COMMUNE" && n.place.id !== PHA_MU)).toBe(true);
    expect(result.nodes.some((n) => n.proximity === "SAME_DISTRICT")).toBe(true);
    result.nodes.forEach((n) => expect(n.reasons.reduce((s, r) => s + r.points, 0)).toBeCloseTo(n.score, 6));
    expect(await similar(PHA_MU)).toEqual(result);
  });

  it("for Ninh Thuận: Khánh Hòa (one province since 2025) and the provinces its delegation learned in", async () => {
    const result = await similar(NINH_THUAN);
    const byId = new Map(result.nodes.map((n) => [n.place.id, n]));
    expect(byId.get("vn:khanh-hoa")?.reasons.find((r) => r.code === "SAME_PROVINCE")?.text).toMatch(/since the July 2025 mergers \(Khánh Hòa\)/);
    for (const province of ["vn:kon-tum", "vn:gia-lai", "vn:dak-lak", "vn:dak-nong"]) {
      expect(byId.get(province)?.reasons.find((r) => r.code === "LEARNED_FROM")?.text).toMatch(/Đoàn Công tác tỉnh Ninh Thuận/);
    }
  });

  it("states a classification only where a source does, with its quote", async () => {
    const tienXuan = await similar("vn:ha-noi:thach-that:tien-xuan");
    expect(tienXuan.classifications.map((c) => c.code)).toEqual(expect.arrayContaining(["MOUNTAINOUS", "ETHNIC_MINORITY_AREA"]));
    expect(tienXuan.classifications[0].provenance.quote).toMatch(/Tiến Xuân.*miền núi/);
    const phaMu = await similar(PHA_MU);
    expect(phaMu.classifications).toEqual([]);
    expect(phaMu.caveats.join(" ")).toMatch(/No source states what kind of area/);
  });

  it("refuses bad input", async () => {
    expect(errorCodes(await api.run(SimilarPlacesDocument, { place: "vn:nowhere-at-all" }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await api.run(SimilarPlacesDocument, { place: "not an id" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await api.run(SimilarPlacesDocument, { place: PHA_MU, first: 101 }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("LivelihoodModel.spread", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it("clean tea: run in Vi Choong, learned by the Ninh Thuận delegation at the study tour", async () => {
    const { model } = dataOf(await api.run(ModelSpreadDocument, { id: "model:clean-tea" }));
    expect(model?.spread.runs.map((r) => r.intervention.id)).toEqual(["intervention:dong-truong-son-clean-tea"]);
    const link = model?.spread.learning.find((l) => l.learner.id === "org:ninh-thuan-delegation-2024" && l.from.id === "intervention:dong-truong-son-clean-tea");
    expect(link?.learnerPlaces.map((p) => p.id)).toEqual(["vn:ninh-thuan"]);
    expect(link?.fromPlaces.map((p) => p.id)).toEqual(["vn:kon-tum:kon-plong:hieu:vi-choong"]);
    expect(link?.event?.id).toBe("event:2024-03-11-ninh-thuan-central-highlands-study-tour");
    expect(model?.spread.showcased.map((s) => s.event.id)).toContain("event:2024-03-11-ninh-thuan-central-highlands-study-tour");
  });

  it("chicken raising with its variant, in time order (undated last)", async () => {
    const { model } = dataOf(await api.run(ModelSpreadDocument, { id: "model:chicken-raising" }));
    const runs = model?.spread.runs ?? [];
    expect(runs.map((r) => r.intervention.id)).toEqual(["intervention:than-uyen-black-chicken-huoi-bac", "intervention:plan-lai-chau-chicken"]);
    expect(runs[0].period?.start).toBe("2021-11-01");
    expect(runs[1].period?.start ?? null).toBeNull();
    expect(runs[0].models.map((m) => m.id)).toEqual(["model:native-black-chicken"]);
    expect(runs[1].provinces.map((p) => p.id)).toEqual(["vn:lai-chau"]);
    expect(model?.spread.runCount).toBe(2);
  });
});

describe("the IDE's planner examples", () => {
  const api = new TestApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  it.each(EXAMPLE_TABS.filter((t) => ["ReplicableModels", "SimilarPlaces", "ModelSpread"].includes(t.name)).map((t) => [t.name, t.query]))(
    "%s answers without errors",
    async (_name, query) => {
      const data = dataOf(await api.runText<Record<string, unknown>>(query));
      expect(Object.values(data)[0]).toBeTruthy();
    },
  );
});
