import type { Attempt, ProfiledStatement, QuestionResult } from "../../bench/bench.run";
import type { Question } from "../../bench/bench.questions";
import { verdict } from "../../bench/bench.report";
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
});
