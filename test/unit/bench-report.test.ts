import type { Attempt, ProfiledStatement, QuestionResult } from "../../bench/bench.run";
import { compareKeys } from "../../bench/bench.compare";
import { csvParser } from "../../bench/bench.export";
import { buildQuestions, type Question, type QuestionParams } from "../../bench/bench.questions";
import { growthFrom, verdict } from "../../bench/bench.report";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { median, pairedRatio, quantile } from "../../bench/bench.stats";

/** The benchmark's arithmetic and verdicts on made-up measurements (no timing is asserted of the code itself). */
describe("bench statistics", () => {
  it("nearest-rank quantiles and paired ratios over the repetitions both answered", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(median([])).toBeNull();
    expect(pairedRatio([10, 20, null, 30], [5, 10, 7, 10])).toBe(2);
  });
});

describe("bench answers compared by keys", () => {
  it("in order, as a set, and the API's among the other's", () => {
    expect(compareKeys(["a", "b"], ["a", "b"], "ordered")).toMatchObject({ same: true, note: "same 2, same order" });
    expect(compareKeys(["a", "b"], ["b", "a"], "ordered")).toMatchObject({ same: false, missing: 0, extra: 0 });
    expect(compareKeys(["a", "b"], ["b", "a"], "set").same).toBe(true);
    expect(compareKeys(["a", "b", "b"], ["a", "b", "c"], "set")).toMatchObject({ same: false, missing: 1, extra: 1 });
    expect(compareKeys(["a"], ["b", "a", "c"], "subset").same).toBe(true);
    expect(compareKeys(["a", "d"], ["b", "a", "c"], "subset")).toMatchObject({ same: false, missing: 1 });
  });

  it("reads CSV rows fed in pieces: quoted commas, doubled quotes, line breaks inside quotes, CRLF", () => {
    const rows: string[][] = [];
    const parser = csvParser((r) => rows.push(r));
    for (const piece of ['id,quote\r\n1,"a, ""b""', '\nc"\r\n2,', "x\n"]) parser.push(piece);
    parser.end();
    expect(rows).toEqual([
      ["id", "quote"],
      ["1", 'a, "b"\nc'],
      ["2", "x"],
    ]);
  });
});

describe("bench verdicts", () => {
  const ok = (ms: number, bytes?: number): Attempt => ({ ms, ok: true, bytes });
  const statement = (name: string, medianMs: number): ProfiledStatement => ({ name, cypher: "", medianMs, dbHits: 1000, rows: 1, memoryBytes: null, top: [] });
  const result = (api: number[], cypher: number[], ng: number[] | null, statements: ProfiledStatement[], loadErrors = 0): QuestionResult => ({
    question: { id: "Q1", title: "t", unit: "rows", api: {}, cypher: {}, neo4jGraphql: ng ? {} : null } as unknown as Question,
    attempts: { api: api.map((ms) => ok(ms, 2048)), cypher: cypher.map((ms) => ok(ms)), neo4jGraphql: (ng ?? []).map((ms) => ok(ms)) },
    statements,
    throughput: { api: { rps: 1, ok: 1, errors: loadErrors, errorSamples: loadErrors ? ["504 TIMEOUT"] : [], p50Ms: 1, p95Ms: 1, rssBeforeMb: 1, rssMaxMb: 1, neo4jRssMaxMb: 1 } },
  });

  it("meets the targets when within 1.5× of the Cypher, faster than @neo4j/graphql and error-free", () => {
    const v = verdict(result([12, 14, 13], [10, 10, 10], [50, 60, 55], [statement("rows", 9)]));
    expect(v).toMatchObject({ withinRatio: true, fasterThanNg: true, noLoadErrors: true, obstacle: null, answerBytes: 2048 });
  });

  it("says what stands in the way when a target is missed", () => {
    const v = verdict(result([100, 110, 120], [10, 10, 10], [50, 50, 50], [statement("list", 10), statement("involvements", 40)], 3));
    expect(v.withinRatio).toBe(false);
    expect(v.fasterThanNg).toBe(false);
    expect(v.noLoadErrors).toBe(false);
    expect(v.databaseMs).toBe(50);
    expect(v.outsideMs).toBe(60);
    expect(v.obstacle).toContain("2 statements");
    expect(v.obstacle).toContain("the slowest, involvements, taking 40.0 ms");
    expect(v.obstacle).toContain("≥ 60 ms outside the database");
    expect(v.obstacle).toContain("3 errors under load (504 TIMEOUT)");
  });

  it("has no @neo4j/graphql verdict where it cannot answer", () => {
    expect(verdict(result([10], [10], null, [statement("facets", 9)])).fasterThanNg).toBeNull();
  });

  it("checks a question's own targets: dbHits over all its statements, and lists that do not page", () => {
    const r = result([10], [10], null, [statement("rank", 9), statement("details", 1)]);
    r.question.targets = { maxDbHits: 1500, paging: { met: false, note: "`partners` has no first/after" } };
    const v = verdict(r);
    expect(v.own).toEqual([
      { target: "≤ 1,500 dbHits in all statements", met: false, value: "2,000" },
      { target: "pages (first/after)", met: false, value: "no" },
    ]);
    expect(v.obstacle).toContain("2,000 dbHits (target 1,500)");
    expect(v.obstacle).toContain("`partners` has no first/after");
    r.question.targets = { paging: { met: true, note: "deprecated: use partnersConnection" } };
    expect(verdict(r).own).toEqual([{ target: "pages (first/after)", met: true, value: "yes" }]);
    expect(verdict(r).obstacle ?? "").not.toContain("partnersConnection");
  });
});

describe("bench verdicts against another question", () => {
  it("says how much larger the answer is when a question misses its time against another", () => {
    const q = (id: string, ms: number, bytes: number): QuestionResult => ({
      question: { id, title: "t", unit: "rows", api: {}, cypher: {}, neo4jGraphql: null } as unknown as Question,
      attempts: { api: [{ ms, ok: true, bytes }], cypher: [{ ms, ok: true }], neo4jGraphql: [] },
      statements: [{ name: "aggregates", cypher: "", medianMs: 2, dbHits: 3, rows: 1, memoryBytes: null, top: [] }],
      throughput: {},
    });
    const q7 = q("Q7", 20, 32 * 1024);
    const q12 = q("Q12", 90, 576 * 1024);
    q12.question.targets = { within: { of: "Q7", factor: 2 } };
    const v = verdict(q12, [q7, q12]);
    expect(v.own).toEqual([{ target: "≤ 2× Q7's time", met: false, value: "4.50×" }]);
    expect(v.obstacle).toContain("4.5× Q7's time for 18.0× its answer (576 kB against 32 kB), read in 3 dbHits (the database part ≤ 2 ms)");
  });
});

describe("bench growth", () => {
  it("compares each question's time with its rows from the scale below, and says what the work grew with where time outgrew rows", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-growth-"));
    const was = (id: string, answer: number, ms: number, hits: number) => ({ id, api: { median_ms: ms, answer, db_hits: hits } });
    writeFileSync(path.join(dir, "S2-2026-01-01.json"), JSON.stringify({ date: "2026-01-01", questions: [was("Q1", 100, 10, 1000), was("Q4", 20, 10, 100)], export: null }));
    const now = (id: string, ms: number[], rows: number, hits: number, growthNote?: string): QuestionResult => ({
      question: { id, title: "t", unit: "rows", growthNote, api: {}, cypher: {}, neo4jGraphql: null } as unknown as Question,
      attempts: { api: ms.map((x) => ({ ms: x, ok: true, size: rows })), cypher: [], neo4jGraphql: [] },
      statements: [{ name: "s", cypher: "", medianMs: 1, dbHits: hits, rows: 1, memoryBytes: null, top: [] }],
      throughput: {},
    });
    const run = { scale: "S3", results: [now("Q1", [50], 1000, 9000), now("Q4", [40], 20, 9900, "the index scores every hit")], exportRun: null } as unknown as Parameters<
      typeof growthFrom
    >[0];
    const g = growthFrom(run, dir)!;
    expect(g.from).toBe("S2");
    const [q1, q4] = g.questions;
    expect(q1).toMatchObject({ id: "Q1", rowsGrowth: 10, timeGrowth: 5, met: true, why: null });
    expect(q4).toMatchObject({ id: "Q4", rowsGrowth: 1, timeGrowth: 4, dbHitsGrowth: 99, met: false });
    expect(q4.why).toBe("its statements read 99.0× more (100 → 9,900 dbHits) for 1.0× the rows: the index scores every hit");
  });
});

describe("bench questions", () => {
  const params: QuestionParams = {
    place: "vn:lai-chau",
    model: "model:chicken-raising",
    from: "2023-01-01",
    to: "2024-12-31",
    organization: "org:plan-international",
    search: "nuoi ga",
    commune: "vn:lai-chau:than-uyen:pha-mu",
    mostRunModel: "model:chicken-raising",
    largestOrganization: "org:plan-international",
    largestNgo: "org:plan-international",
    commonWord: "nuoi",
  };

  it("asks Q1–Q19, each with the API's GraphQL, a hand-written Cypher, a title, and keys to compare with the Cypher's", () => {
    const questions = buildQuestions(params, { summaryHasPrograms: true });
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: 19 }, (_, i) => `Q${i + 1}`));
    for (const q of questions) {
      expect(q.title.length).toBeGreaterThan(10);
      expect(q.api.query).toMatch(/^query Q\d+\b/);
      expect(q.cypher.cypher).toMatch(/\bRETURN\b/);
      expect([q.id, !!q.api.page, !!q.cypher.page, q.match?.cypher ?? null]).toEqual([q.id, true, true, expect.stringMatching(/^(ordered|set|subset)$/)]);
      // @neo4j/graphql is compared by keys where it answers, or the question says why not.
      if (q.neo4jGraphql) expect([q.id, !!q.neo4jGraphql.page || !!q.match?.why]).toEqual([q.id, true]);
    }
  });

  it("counts partners as src/partners does: shared activities only", () => {
    const q3 = buildQuestions(params, { summaryHasPrograms: false }).find((q) => q.id === "Q3")!;
    expect(q3.cypher.cypher).not.toContain("SHOWCASED");
    expect(q3.cypher.cypher).toContain("(u)-[r1:INVOLVED_IN]->(a)<-[r2:INVOLVED_IN]-(p:Organization)");
  });

  it("asks each new question about the picked parameters, and compares ids where the answer has an order", () => {
    const byId = new Map(buildQuestions(params, { summaryHasPrograms: false }).map((q) => [q.id, q]));
    expect(byId.get("Q9")!.api.variables).toEqual({ place: params.commune });
    expect(byId.get("Q11")!.cypher.params.id).toBe(params.mostRunModel);
    expect(byId.get("Q13")!.api.variables).toEqual({ organization: params.largestOrganization });
    expect(byId.get("Q15")!.api.variables).toEqual({ id: params.largestNgo });
    expect(byId.get("Q8")!.api.query).toContain("first: 20");
    for (const id of ["Q11", "Q13", "Q14", "Q15", "Q16"] as const) expect([id, !!byId.get(id)!.api.page && !!byId.get(id)!.cypher.page]).toEqual([id, true]);
    for (const id of ["Q8", "Q9", "Q10"] as const) expect([id, byId.get(id)!.match?.cypher]).toEqual([id, "subset"]);
    for (const id of ["Q5", "Q6", "Q7", "Q12"] as const) expect([id, byId.get(id)!.match?.cypher]).toEqual([id, "set"]);
    expect(byId.get("Q12")!.neo4jGraphql).toBeNull();
    expect(byId.get("Q17")!.cypher.params.first).toEqual(expect.objectContaining({ low: 20 }));
    expect(byId.get("Q18")!.neo4jGraphql!.query).toContain("limit: 50");
  });
});
