import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SourceKind } from "../../src/graph/graph.enums";
import { ARTICLE_DIR, SEED_DIR } from "../../src/seed/seed.paths";
import { buildSeedPlan, findMissingQuotes, listSeedFiles, readSeedPlan } from "../../src/seed/seed.reader";
import { SeedValidationError, validateSeedFile } from "../../src/seed/seed.schema";

describe("committed seed files", () => {
  const plan = readSeedPlan(listSeedFiles(SEED_DIR));

  // Sources a curator published from the workbench and committed (`curated:`) may follow.
  it("validate, one source per file: the dataset and the five articles", () => {
    expect(plan.sources.filter((s) => s.curated === undefined).map((s) => s.id)).toEqual(["src:vietnamadminunits", "src:000", "src:001", "src:002", "src:003", "src:004"]);
    expect(plan.sources.filter((s) => s.kind === SourceKind.ARTICLE && s.curated === undefined).map((s) => s.file)).toEqual([
      "000_a19ef016fb938249.txt",
      "001_5af6a08cb1c5b4fc.txt",
      "002_5a6c992ab943f7e9.txt",
      "003_82b3b18fd9a0a0ed.txt",
      "004_7f01c4f61242de2e.txt",
    ]);
  });

  // The article texts live in ../shared, which CI has beside the clone and a user's clone may not:
  // there the check is skipped, and says so. In CI (CI=true) their absence is a failure.
  const articlesHere = existsSync(ARTICLE_DIR);
  if (!articlesHere && process.env.CI !== "true") {
    console.warn(`skipped: quotes not checked against the articles, ${ARTICLE_DIR} is missing (it comes with ../shared)`);
  }
  (articlesHere || process.env.CI === "true" ? it : it.skip)("quote every fact word for word from its article", () => {
    expect(existsSync(ARTICLE_DIR)).toBe(true);
    expect(findMissingQuotes(plan, ARTICLE_DIR)).toEqual([]);
  });

  it("record every article's numbers", () => {
    const metricSources = new Set(plan.metrics.map((m) => m.sourceId));
    // Article 004 states dates and periods but no counts.
    for (const id of ["src:000", "src:001", "src:002", "src:003"]) expect(metricSources).toContain(id);
    const values = (sourceId: string): number[] => plan.metrics.filter((m) => m.sourceId === sourceId).map((m) => m.metric.value);
    expect(values("src:000")).toEqual(expect.arrayContaining([400, 20, 100, 5, 15]));
    expect(values("src:001")).toEqual(expect.arrayContaining([42, 67, 80, 19, 14, 5]));
    expect(values("src:002")).toEqual(expect.arrayContaining([90, 2]));
    expect(values("src:003")).toEqual(expect.arrayContaining([80, 14, 5]));
  });

  it("give every village a commune and every commune a district or 2025 province", () => {
    const partOf = new Map(plan.relationships.filter((r) => r.type === "PART_OF").map((r) => [r.from, r.to]));
    const places = plan.entities.filter((e) => e.kind === "Place");
    for (const place of places.filter((p) => p.level !== "PROVINCE")) {
      expect([place.id, partOf.get(place.id)]).toEqual([place.id, expect.any(String)]);
    }
  });
});

describe("seed validation", () => {
  const valid = {
    source: { id: "src:t", kind: "ARTICLE", title: "T", language: "vi" },
    entities: [
      { kind: "Organization", id: "org:a", name: "A", quote: "a" },
      { kind: "Event", id: "event:e", name: "E", eventType: "WORKSHOP", startDate: "2024-05-14", quote: "e" },
    ],
    relationships: [{ from: "org:a", type: "INVOLVED_IN", role: "ORGANIZER", to: "event:e", quote: "a organised e" }],
  };
  const problemsOf = (data: unknown): string[] => {
    try {
      validateSeedFile("t.yaml", data, new Map());
      return [];
    } catch (err) {
      if (err instanceof SeedValidationError) return err.problems;
      throw err;
    }
  };

  it("accepts a well-formed file", () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it("accepts `inferred` with a reason on a relationship, an entity and a metric", () => {
    const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
    data.relationships[0].inferred = "The article names no organiser; a curator's reading.";
    data.entities[0].inferred = "Not named; implied by the list of delegates.";
    data.entities[1].metrics = [{ key: "delegates", value: 90, unit: "delegates", label: "đại biểu", quote: "e", inferred: "Counted from the photo caption." }];
    expect(problemsOf(data)).toEqual([]);
  });

  it("rejects an `inferred` that is empty or not a reason (a string)", () => {
    for (const bad of ["", "   ", true, null, 1, ["why"]]) {
      const rel = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
      rel.relationships[0].inferred = bad;
      expect([bad, problemsOf(rel)]).toEqual([bad, [expect.stringMatching(/relationships\[0\].*: inferred must be a non-empty string/)]]);
      const entity = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
      entity.entities[0].inferred = bad;
      expect([bad, problemsOf(entity)]).toEqual([bad, [expect.stringMatching(/entities\[0\] \(org:a\): inferred must be a non-empty string/)]]);
      const metric = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
      metric.entities[1].metrics = [{ key: "delegates", value: 90, unit: "delegates", label: "đại biểu", quote: "e", inferred: bad }];
      expect([bad, problemsOf(metric)]).toEqual([bad, [expect.stringMatching(/metrics\[0\]: inferred must be a non-empty string/)]]);
    }
  });

  it("accepts a curated source: `curated:` names its draft, no `file`", () => {
    const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    data.source.curated = "draft:0123abcd";
    expect(problemsOf(data)).toEqual([]);
  });

  it("rejects a `curated:` that is not a draft id, or beside a `file`, or on a DATASET", () => {
    for (const bad of ["", "org:x", "draft:", true, 1]) {
      const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
      data.source.curated = bad;
      expect([bad, problemsOf(data)]).toEqual([bad, [expect.stringMatching(/source.curated must be the id of the workbench draft/)]]);
    }
    const both = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    Object.assign(both.source, { curated: "draft:0123abcd", file: "x.txt" });
    expect(problemsOf(both)).toEqual([expect.stringMatching(/curated and source.file exclude each other/)]);
    const dataset = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    Object.assign(dataset.source, { curated: "draft:0123abcd", kind: "DATASET" });
    expect(problemsOf(dataset)).toEqual([expect.stringMatching(/curated is for ARTICLE sources/)]);
  });

  it("checks a curated source's quotes against its text when given, skips them otherwise; an article with neither file nor curated is refused", () => {
    const curated = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    curated.source.curated = "draft:0123abcd";
    const plan = buildSeedPlan([{ file: "c.yaml", data: curated }]);
    expect(findMissingQuotes(plan, "/nonexistent")).toEqual([]);
    expect(findMissingQuotes(plan, "/nonexistent", new Map([["src:t", "a organised e, then a"]]))).toEqual([]);
    expect(findMissingQuotes(plan, "/nonexistent", new Map([["src:t", "a organised x"]]))).toEqual([
      'src:t org:a -INVOLVED_IN-> event:e: quote not found in the article: "a organised e"',
    ]);
    expect(findMissingQuotes(buildSeedPlan([{ file: "t.yaml", data: valid }]), "/nonexistent")).toEqual(["src:t: an ARTICLE source needs its file name"]);
    const filed = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    filed.source.file = "missing.txt";
    expect(findMissingQuotes(buildSeedPlan([{ file: "f.yaml", data: filed }]), "/nonexistent")).toEqual([expect.stringMatching(/article .*missing.txt not found/)]);
  });

  it("finds a quote in an article copied from a web page: no-break and zero-width spaces, soft hyphens, decomposed accents", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "seed-quotes-"));
    try {
      // The ingest cuts quotes from the plain text (plainText); the check reads the file the same way.
      writeFileSync(path.join(dir, "noisy.txt"), "\ufeffTin\r\n\r\nHôm\u00a0qua, a\u00a0organ\u00adised\u200b e.".normalize("NFD"));
      const filed = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
      filed.source.file = "noisy.txt";
      expect(findMissingQuotes(buildSeedPlan([{ file: "n.yaml", data: filed }]), dir)).toEqual([]);
      writeFileSync(path.join(dir, "noisy.txt"), "Hôm\u00a0qua, a\u00a0organ\u00adised x.");
      expect(findMissingQuotes(buildSeedPlan([{ file: "n.yaml", data: filed }]), dir)).toEqual([
        'src:t org:a -INVOLVED_IN-> event:e: quote not found in the article: "a organised e"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects an unknown property on a metric", () => {
    const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
    data.entities[1].metrics = [{ key: "delegates", value: 90, unit: "delegates", label: "đại biểu", quote: "e", infered: "typo" }];
    expect(problemsOf(data)).toEqual([expect.stringMatching(/metrics\[0\]: unknown property infered/)]);
  });

  it("rejects facts without a quote", () => {
    const data = structuredClone(valid);
    delete (data.relationships[0] as Partial<(typeof data.relationships)[0]>).quote;
    expect(problemsOf(data)).toEqual([expect.stringContaining("quote is required")]);
  });

  it("rejects unknown kinds, properties, roles and dangling ids", () => {
    const data = structuredClone(valid) as unknown as Record<string, unknown[]>;
    data.entities.push({ kind: "Spaceship", id: "ship:x", name: "X", quote: "x" });
    data.entities.push({ kind: "Organization", id: "org:b", name: "B", quote: "b", colour: "red" });
    data.relationships.push({ from: "org:a", type: "INVOLVED_IN", role: "VILLAIN", to: "event:e", quote: "q" });
    data.relationships.push({ from: "org:a", type: "LOCATED_IN", to: "vn:nowhere", quote: "q" });
    const problems = problemsOf(data).join("\n");
    expect(problems).toMatch(/kind must be one of/);
    expect(problems).toMatch(/unknown property colour/);
    expect(problems).toMatch(/role must be one of/);
    expect(problems).toMatch(/unknown to id vn:nowhere/);
  });

  it("rejects EVENT as an intervention's activity: it is the activity of an event's 3W rows only", () => {
    const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
    data.entities.push({ kind: "Intervention", id: "intervention:x", name: "X", quote: "x", activity: "EVENT" });
    data.entities.push({ kind: "Intervention", id: "intervention:y", name: "Y", quote: "y", activity: "TRAINING" });
    expect(problemsOf(data)).toEqual([expect.stringMatching(/intervention:x.*activity must be one of MODEL_RUN, .*SUPPORT_SERVICE, got EVENT$/)]);
  });

  it("rejects relationships between the wrong kinds and impossible dates", () => {
    const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>[]>;
    data.entities[1].startDate = "2024-02-30";
    data.relationships.push({ from: "event:e", type: "APPLIES", to: "org:a", quote: "q" });
    const problems = problemsOf(data).join("\n");
    expect(problems).toMatch(/startDate must be a date/);
    expect(problems).toMatch(/APPLIES cannot start at a Event/);
  });

  it("refuses a file that still holds unconfirmed drafts from `npm run ingest`, naming each", () => {
    const draft = structuredClone(valid) as typeof valid & { relationships: Record<string, unknown>[] };
    (draft.entities[0] as Record<string, unknown>).draft = 'new: pattern "Hợp tác xã"';
    draft.relationships[0].draft = "organizer: same sentence";
    const problems = problemsOf(draft);
    expect(problems[0]).toMatch(/2 unconfirmed draft/);
    expect(problems.join("\n")).toMatch(/org:a/);
    expect(problems.join("\n")).toMatch(/same sentence/);
  });
});
