/**
 * The gold of the development corpus (issue 18) is sound: every test/gold/dev-articles/NN.gold.yaml
 * present passes the validator of src/ingest/ingest.gold.ts (enums, declared keys, gazetteer
 * place ids, seed ids, the split, quote length, queries valid against the schema), and its quotes
 * are words of its article when ../shared is here. A broken file built here shows the validator
 * fails.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import {
  DEV_ARTICLE_DIR,
  GOLD_DIR,
  type GoldContext,
  goldContext,
  listGoldFiles,
  loadGoldCorpus,
  loadGoldFile,
  MAX_QUOTE_WORDS,
  UNTUNED_ARTICLES,
  untunedInReadme,
  validateGold,
} from "../../src/ingest/ingest.gold";

const fold = (s: string): string =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[“”"]/g, '"')
    .replace(/[‘’]/g, "'")
    .trim();

/** Fields a curator writes in own words. */
const OWN_WORDS = new Set(["q", "answer", "label", "text", "note", "what", "inferred"]);
const tokens = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

describe("gold of the development corpus", () => {
  let ctx: GoldContext;
  beforeAll(() => {
    ctx = goldContext();
  });

  it("the README names the untuned ten exactly as UNTUNED_ARTICLES", () => {
    const readme = readFileSync(path.join(GOLD_DIR, "README.md"), "utf8");
    expect(untunedInReadme(readme)).toEqual([...UNTUNED_ARTICLES]);
    expect(UNTUNED_ARTICLES).toHaveLength(10);
  });

  const files = listGoldFiles();
  it("has gold files", () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [path.basename(f), f] as const))("%s is valid", (_name, file) => {
    expect(loadGoldFile(file, ctx).problems).toEqual([]);
  });

  it("loads as a corpus, each file on its side of the split", () => {
    const { gold, problems } = loadGoldCorpus(GOLD_DIR, ctx);
    expect(problems).toEqual([]);
    expect(gold.map((g) => g.article)).toEqual(files.map((f) => path.basename(f).slice(0, 2)));
    for (const g of gold) expect([g.article, g.split]).toEqual([g.article, UNTUNED_ARTICLES.includes(g.article) ? "untuned" : "dev"]);
  });

  const articlesHere = existsSync(DEV_ARTICLE_DIR);
  if (!articlesHere) console.warn(`skipped: gold quotes not checked against their articles, ${DEV_ARTICLE_DIR} is missing (it comes with ../shared)`);
  (articlesHere ? it.each(files.map((f) => [path.basename(f), f] as const)) : it.skip.each([["-", "-"]]))("%s quotes only words of its article", (_name, file) => {
    const gold = yaml.load(readFileSync(file, "utf8")) as { article: string; relationships?: { quote?: string }[] };
    const text = fold(readFileSync(path.join(DEV_ARTICLE_DIR, `${gold.article}.txt`), "utf8"));
    const missing = (gold.relationships ?? []).map((r) => r.quote).filter((q): q is string => !!q && !text.includes(fold(q)));
    expect(missing).toEqual([]);
  });

  // The rule of the project: facts and short quotes, never the article's sentences. Own-words
  // fields (and the file's comments) may not share a run of more than MAX_QUOTE_WORDS words with
  // the article; names, titles and quotes are the article's on purpose and are not checked here.
  (articlesHere ? it.each(files.map((f) => [path.basename(f), f] as const)) : it.skip.each([["-", "-"]]))("%s copies no sentence of its article", (_name, file) => {
    const raw = readFileSync(file, "utf8");
    const gold = yaml.load(raw) as { article: string };
    const n = MAX_QUOTE_WORDS + 1;
    const grams = (words: string[]): string[] => words.slice(0, Math.max(0, words.length - n + 1)).map((_, i) => words.slice(i, i + n).join(" "));
    const article = new Set(grams(tokens(readFileSync(path.join(DEV_ARTICLE_DIR, `${gold.article}.txt`), "utf8"))));
    const own: string[] = raw.split("\n").filter((l) => l.trimStart().startsWith("#"));
    const collect = (v: unknown, key: string): void => {
      if (typeof v === "string") {
        if (OWN_WORDS.has(key)) own.push(v);
      } else if (Array.isArray(v)) v.forEach((x) => collect(x, key));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) collect(x, k);
    };
    collect(gold, "");
    expect(own.filter((text) => grams(tokens(text)).some((g) => article.has(g)))).toEqual([]);
  });

  it("reports every problem of a broken file", () => {
    const bad = {
      article: "05",
      split: "dev",
      language: "fr",
      naming: "legacy",
      source: { title: null, outlet: "snv.org", publishedOn: "2016-13-01" },
      places: [
        { id: "vn:nowhere:at-all", name: "Nowhere", level: "HAMLET" },
        { id: "vn2025:lao-cai:bao-nhai", name: "Bảo Nhai", level: "COMMUNE" },
      ],
      organizations: [
        { key: "oxfam", name: "Oxfam", orgType: "CHARITY" },
        { key: "oxfam", name: "Oxfam again", orgType: "NGO", existing: "org:not-in-the-seeds" },
      ],
      events: [{ key: "visit", name: "A visit", eventType: "PARTY", start: "2016-10-28", end: "2016-10-01", places: ["vn:lao-cai"] }],
      models: [{ key: "pigs", name: "Pig raising", category: "LIVESTOCK", who: ["snv"] }],
      relationships: [
        { type: "INVOLVED_IN", from: "oxfam", to: "visit", role: "SPONSOR" },
        { type: "RUNS", from: "oxfam", to: "pigs" },
        { type: "APPLIES", from: "visit", to: "pigs", quote: "one two three four five six seven eight nine ten eleven twelve thirteen" },
      ],
      questions: [
        { q: "Who?", answer: "Oxfam", expect: ["Oxfam"], query: '{ organization(id: "org:drafted-oxfam") { nam } }' },
        { q: "What?", answer: "All", expect: ["x"], query: "{ events(first: 5) { nodes { name } } }" },
      ],
      extra: true,
    };
    const problems = validateGold(bad, "05.gold.yaml", ctx).join("\n");
    for (const expected of [
      "extra: unknown field",
      'split: is "dev", the split decided for 05 is untuned',
      "language: vi or en",
      "source.publishedOn",
      "vn:nowhere:at-all is not a place",
      "places[0].level",
      "vn2025:lao-cai:bao-nhai is a 2025 unit but the article's naming is legacy",
      'organizations[0].orgType: unknown "CHARITY"',
      "oxfam is declared twice",
      "org:not-in-the-seeds is not an entity of seeds/articles",
      'events[0].eventType: unknown "PARTY"',
      "ends (2016-10-01) before it starts",
      "snv is referenced but not declared",
      "INVOLVED_IN needs a role",
      'relationships[1].type: unknown "RUNS"',
      "13 words; a quote is at most 12",
      'Cannot query field "nam"',
      "anchored on org:drafted-oxfam",
      "3 to 5 questions, got 2",
      "events[0].places[0]: vn:lao-cai is not in this file's places",
      "questions[1].query: has no anchor",
    ])
      expect(problems).toContain(expected);
  });
});

/**
 * The blind-written fresh sets of 2026-12-08 (the READMEs of test/gold/fresh-2026-12-08 and fresh-2026-12-08b): their gold stays valid as the
 * schema and the gazetteer move, every file is `split: fresh`, and its quotes are words of its own article (the
 * articles are our own words and live beside the gold).
 */
describe.each(["fresh-2026-12-08", "fresh-2026-12-08b"])("the fresh set written blind, %s", (folder) => {
  const dir = path.join(GOLD_DIR, "..", folder);
  const { gold, problems } = loadGoldCorpus(dir);

  it("passes the validator, twelve articles, each split fresh", () => {
    expect(problems).toEqual([]);
    expect(gold.map((g) => `${g.article} ${g.split}`)).toEqual(Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, "0")} fresh`));
  });

  it.each(gold.map((g) => [g.article, g] as const))("%s quotes only words of its article", (article, g) => {
    const text = fold(readFileSync(path.join(dir, "articles", `${article}.txt`), "utf8"));
    expect((g.relationships ?? []).map((r) => r.quote).filter((q): q is string => !!q && !text.includes(fold(q)))).toEqual([]);
  });
});
