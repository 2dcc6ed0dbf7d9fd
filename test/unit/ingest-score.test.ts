/**
 * How good the drafts are (issue 8 part 4): `npm run ingest` on the raw text of the five seed
 * articles, each scored against its curated seed file. Each article is matched against the other
 * seed files only, never its own (the file with the same source `file:` is left out), so that a
 * curated entity is found by the rules, not looked up. Prints the table; fails below the floors.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { plainText } from "../../src/common/text";
import { buildKnowledge, parseCorpus } from "../../src/ingest/ingest.corpus";
import { confirmAll } from "../../src/ingest/ingest.drafts";
import { CATEGORIES, type Category, precision, recall, type ScoreCard, scoreDraft, scoreTable, sumCards } from "../../src/ingest/ingest.score";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { ARTICLE_DIR, SEED_DIR } from "../../src/seed/seed.paths";
import { type EntityKind, type SeedFile, validateSeedFile } from "../../src/seed/seed.schema";

/**
 * Floors, from the last measurement (src/ingest/README.md, 2026-12-07: organizations 0.98/0.82,
 * programs 1.00/1.00, models 0.86/0.61, events 1.00/1.00, numbers 0.93/0.93) rounded down to a
 * tenth; places at least 0.95 both ways. Raise them when the rules get better; never lower them to pass.
 */
const FLOORS: Record<Category, { precision: number; recall: number }> = {
  places: { precision: 0.95, recall: 0.95 },
  organizations: { precision: 0.9, recall: 0.8 },
  programs: { precision: 1.0, recall: 1.0 },
  models: { precision: 0.8, recall: 0.6 },
  events: { precision: 1.0, recall: 1.0 },
  numbers: { precision: 0.9, recall: 0.9 },
};

// The article texts live beside the repository in ../shared, which a user's clone may not have:
// then the measurement is skipped, and says so. In CI (CI=true) their absence is a failure.
const articlesHere = existsSync(ARTICLE_DIR);
if (!articlesHere && process.env.CI !== "true") {
  console.warn(`skipped: ingest not scored, the seed articles are not in ${ARTICLE_DIR} (they come with ../shared)`);
}

(articlesHere || process.env.CI === "true" ? describe : describe.skip)("ingest scored against the curated seed files", () => {
  const cards: { file: string; card: ScoreCard }[] = [];
  const problems: string[] = [];

  beforeAll(() => {
    expect(existsSync(ARTICLE_DIR)).toBe(true);
    const parsed = parseCorpus(SEED_DIR);
    const curated = new Map<string, SeedFile>();
    for (const { data } of parsed) {
      const seed = data as SeedFile;
      if (seed?.source?.kind === "ARTICLE" && seed.source.file) curated.set(seed.source.file, seed);
    }
    for (const file of readdirSync(ARTICLE_DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const gold = curated.get(file);
      if (!gold) continue;
      const knowledge = buildKnowledge(parsed, { excludeSourceFile: file });
      const raw = readFileSync(path.join(ARTICLE_DIR, file), "utf8");
      const result = ingestArticle(raw, { file, number: 999 }, knowledge);
      // The ingest quotes the article as it reads it (plainText: no-break spaces plain, as seed:check compares).
      const text = plainText(raw);
      cards.push({ file, card: scoreDraft(result, gold, text, knowledge.gazetteer) });
      // every draft quotes its article and is a valid seed file once confirmed
      const quotes = [...result.seed.entities.flatMap((e) => [e.quote, ...(e.metrics ?? []).map((m) => m.quote)]), ...result.seed.relationships.map((r) => r.quote)];
      for (const q of quotes) if (!text.includes(q)) problems.push(`${file}: quote not in the article: "${q}"`);
      try {
        validateSeedFile(file, confirmAll(result.seed), knowledge.kinds as ReadonlyMap<string, EntityKind>);
      } catch (err) {
        problems.push(`${file}: ${(err as Error).message}`);
      }
    }
    const rows = cards.map(({ file, card }) => `${file}: ${CATEGORIES.map((c) => `${c} ${card[c].tp}/${card[c].tp + card[c].fp}/${card[c].tp + card[c].fn}`).join("  ")}`);
    console.log(`ingest scored on ${cards.length} articles (found/drafted/curated)\n${rows.join("\n")}\n\n${scoreTable(sumCards(cards.map((c) => c.card)))}`);
  }, 120_000);

  it("scores the five seed articles", () => {
    expect(cards.map((c) => c.file)).toHaveLength(5);
  });

  it("quotes each article word for word and drafts valid seed files", () => {
    expect(problems).toEqual([]);
  });

  it.each(CATEGORIES)("%s: precision and recall at or above the floors", (category) => {
    const total = sumCards(cards.map((c) => c.card))[category];
    const got = { precision: Number(precision(total).toFixed(2)), recall: Number(recall(total).toFixed(2)) };
    expect({ category, ...got, missed: got.recall < FLOORS[category].recall ? total.missed : [], extra: got.precision < FLOORS[category].precision ? total.extra : [] }).toEqual({
      category,
      precision: expect.any(Number),
      recall: expect.any(Number),
      missed: [],
      extra: [],
    });
    expect(got.precision).toBeGreaterThanOrEqual(FLOORS[category].precision);
    expect(got.recall).toBeGreaterThanOrEqual(FLOORS[category].recall);
  });
});
