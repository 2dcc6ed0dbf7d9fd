/**
 * The drafts on articles the seed rules were not written for (issue 18): every article of
 * ../shared/dev-articles with gold is drafted and scored against it (ingest.gold-score.ts). The
 * development split must stay above its floors; the untuned split is printed, never asserted
 * (its targets are reported by `npm run ingest:score`, which also asks the gold questions).
 * First, the scorer itself on small hand-made cases, so that it can be trusted to fail.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { DEV_ARTICLE_DIR, type GoldFile } from "../../src/ingest/ingest.gold";
import { type DraftedArticle, draftCorpus, GOLD_CATEGORIES, type GoldCategory, goldTable, scoreAgainstGold, sumGoldCards, unitClass } from "../../src/ingest/ingest.gold-score";
import { precision, recall } from "../../src/ingest/ingest.score";
import type { SeedFile } from "../../src/seed/seed.schema";
import { EventType, ModelCategory, OrgType, PlaceLevel, Role } from "../../src/graph/graph.enums";

const GOLD: GoldFile = {
  article: "99",
  split: "dev",
  language: "vi",
  naming: "legacy",
  source: { title: null, outlet: "example.org", publishedOn: "2025-01-02" },
  places: [{ id: "vn:ha-noi", name: "Hà Nội", level: PlaceLevel.PROVINCE }],
  organizations: [
    { key: "union", name: "Hội Nông dân thành phố Hà Nội", orgType: OrgType.MASS_ORGANIZATION },
    { key: "plan", name: "Plan International", orgType: OrgType.INTERNATIONAL_NGO, existing: "org:plan-international" },
  ],
  events: [{ key: "handover", name: "Trao bò giống", eventType: EventType.HANDOVER, start: "2025-01-02", end: "2025-01-02", places: ["vn:ha-noi"] }],
  models: [{ key: "cows", name: "Nuôi bò sinh sản", category: ModelCategory.LIVESTOCK }],
  numbers: [{ value: 36, unit: "cows", about: "handover", label: "breeding cows handed over" }],
  relationships: [
    { type: "INVOLVED_IN", from: "union", to: "handover", role: Role.ORGANIZER },
    { type: "INVOLVED_IN", from: "plan", to: "handover", role: Role.FUNDER },
  ],
};

const entity = (kind: string, id: string, name: string, extra: Record<string, unknown> = {}): SeedFile["entities"][number] =>
  ({ kind, id, name, quote: name, ...extra }) as SeedFile["entities"][number];

function draft(overrides: { planId?: string; unionRole?: Role; eventStart?: string; unit?: string } = {}): SeedFile {
  return {
    source: { id: "src:199", kind: "ARTICLE", title: "t" } as SeedFile["source"],
    entities: [
      entity("Place", "vn:ha-noi", "Hà Nội"),
      entity("Organization", "org:hoi-nong-dan-ha-noi", "Hội Nông dân TP Hà Nội", { aliases: ["Hội Nông dân thành phố Hà Nội"] }),
      entity("Organization", overrides.planId ?? "org:plan-international", "Plan International"),
      entity("Event", "event:trao-bo", "Lễ trao bò giống", {
        eventType: "HANDOVER",
        startDate: overrides.eventStart ?? "2025-01-02",
        endDate: overrides.eventStart ?? "2025-01-02",
      }),
      entity("Model", "model:nuoi-bo-sinh-san", "Nuôi bò sinh sản", {
        metrics: [{ key: "animals", value: 36, unit: overrides.unit ?? "animals", label: "con bò", quote: "36 con bò" }],
      }),
    ],
    relationships: [
      { from: "org:hoi-nong-dan-ha-noi", type: "INVOLVED_IN", role: overrides.unionRole ?? Role.ORGANIZER, to: "event:trao-bo", quote: "q" },
      { from: overrides.planId ?? "org:plan-international", type: "INVOLVED_IN", role: Role.FUNDER, to: "event:trao-bo", quote: "q" },
      // the event's place, which the gold's event states in its `places`
      { from: "event:trao-bo", type: "LOCATED_IN", to: "vn:ha-noi", quote: "q" },
    ] as SeedFile["relationships"],
  };
}

const KNOWN = new Set(["org:plan-international", "org:plan-lai-chau", "vn:ha-noi"]);

describe("the gold scorer", () => {
  it("finds everything of a draft that says what the gold says", () => {
    const card = scoreAgainstGold(draft(), GOLD, KNOWN);
    for (const c of GOLD_CATEGORIES) expect([c, card.tallies[c].fn, card.tallies[c].fp]).toEqual([c, 0, 0]);
    expect(card.relationshipsEventsAsSame).toEqual(card.tallies.relationships);
    expect(goldTable(card)).not.toContain("lost with their event");
    expect(card.falseMatches).toEqual([]);
    expect(card.bound).toBe(1);
  });

  it("counts a wrong role, a wrong date and a unit of another kind as misses", () => {
    const card = scoreAgainstGold(draft({ unionRole: Role.FUNDER, eventStart: "2025-01-03", unit: "households" }), GOLD, KNOWN);
    expect(card.tallies.events).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(card.tallies.numbers).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // the event is not matched, so neither INVOLVED_IN nor its place has its end
    expect(card.tallies.relationships).toMatchObject({ tp: 0, fn: 3 });
    // the diagnostic binds it as the same occasion (same type, other date): the funder and the
    // place are right, the union's role is still wrong
    expect(card.relationshipsEventsAsSame).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(goldTable(card)).toContain("Relationships lost with their event's type or dates: 2.");
    // an event of another type on another day is no occasion of the gold's
    const other = draft({ eventStart: "2025-01-03" });
    other.entities = other.entities.map((e) => (e.kind === "Event" ? { ...e, eventType: "TRAINING" } : e));
    expect(scoreAgainstGold(other, GOLD, KNOWN).relationshipsEventsAsSame).toMatchObject({ tp: 0, fn: 3 });
  });

  it("reads an event's run (an intervention PART_OF it that APPLIES a model) as the gold writes it: the event APPLIES the model", () => {
    const gold: GoldFile = { ...GOLD, relationships: [...GOLD.relationships!, { type: "APPLIES", from: "handover", to: "cows" }] };
    const withRun = draft();
    withRun.entities.push(entity("Intervention", "intervention:run", "Trao bò: nuôi bò", { activity: "MODEL_RUN" }));
    withRun.relationships.push(
      { from: "intervention:run", type: "PART_OF", to: "event:trao-bo", quote: "q" } as SeedFile["relationships"][number],
      { from: "intervention:run", type: "APPLIES", to: "model:nuoi-bo-sinh-san", quote: "q" } as SeedFile["relationships"][number],
      { from: "org:hoi-nong-dan-ha-noi", type: "INVOLVED_IN", role: Role.ORGANIZER, to: "intervention:run", quote: "q" } as SeedFile["relationships"][number],
    );
    expect(scoreAgainstGold(withRun, gold, KNOWN).tallies.relationships).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    // without the run, the gold's APPLIES is missed
    expect(scoreAgainstGold(draft(), gold, KNOWN).tallies.relationships).toMatchObject({ tp: 3, fp: 0, fn: 1 });
  });

  it("counts what the gold's fields say (an organization's place, an event's places) as relationships it states", () => {
    const gold: GoldFile = { ...GOLD, organizations: [{ ...GOLD.organizations![0], place: "vn:ha-noi" }, GOLD.organizations![1]] };
    const placed = draft();
    placed.relationships.push({ from: "org:hoi-nong-dan-ha-noi", type: "LOCATED_IN", to: "vn:ha-noi", quote: "q" } as SeedFile["relationships"][number]);
    expect(scoreAgainstGold(placed, gold, KNOWN).tallies.relationships).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(scoreAgainstGold(draft(), gold, KNOWN).tallies.relationships).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    // the event's place, said only in the gold event's `places`, is a relationship the gold states
    const unplaced = draft();
    unplaced.relationships = unplaced.relationships.filter((r) => r.type !== "LOCATED_IN");
    expect(scoreAgainstGold(unplaced, GOLD, KNOWN).tallies.relationships).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it("classes units by the kind of thing counted: learners are people, a class is a course, a rate is neither of its parts", () => {
    expect(unitClass("learners")).toBe(unitClass("people"));
    expect(unitClass("học viên")).toBe("people");
    expect(unitClass("training courses")).toBe(unitClass("classes"));
    expect(unitClass("lớp tập huấn")).toBe("courses");
    expect(unitClass("goats per household")).toBe(unitClass("animals per household"));
    expect(unitClass("con/hộ")).toBe("animals per households");
    expect(unitClass("goats per household")).not.toBe(unitClass("households"));
    expect(unitClass("goats per household")).not.toBe(unitClass("goats"));
    expect(unitClass("cows")).not.toBe(unitClass("courses"));
  });

  it("finds a village the gazetteer lacks by its name, with or without its unit word", () => {
    for (const [goldName, draftName] of [
      ["thôn Khe Mơ", "Khe Mơ"],
      ["Khe Mơ", "thôn Khe Mơ"],
      ["Khe Mo village", "Khe Mơ"],
    ]) {
      const gold: GoldFile = { ...GOLD, places: [...(GOLD.places ?? []), { id: null, name: goldName, level: PlaceLevel.VILLAGE, parent: "vn:ha-noi" }] };
      const village = draft();
      village.entities.push(entity("Place", "vn:ha-noi:khe-mo", draftName));
      expect([goldName, scoreAgainstGold(village, gold, KNOWN).tallies.places]).toMatchObject([goldName, { tp: 2, fp: 0, fn: 0 }]);
    }
    // the village's parent is a relationship the gold states
    const gold: GoldFile = { ...GOLD, places: [...(GOLD.places ?? []), { id: null, name: "thôn Khe Mơ", level: PlaceLevel.VILLAGE, parent: "vn:ha-noi" }] };
    const partOf = draft();
    partOf.entities.push(entity("Place", "vn:ha-noi:khe-mo", "Khe Mơ"));
    partOf.relationships.push({ from: "vn:ha-noi:khe-mo", type: "PART_OF", to: "vn:ha-noi", quote: "q" } as SeedFile["relationships"][number]);
    expect(scoreAgainstGold(partOf, gold, KNOWN).tallies.relationships).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    const other = draft();
    other.entities.push(entity("Place", "vn:ha-noi:khe-ma", "Khe Mạ"));
    expect(scoreAgainstGold(other, gold, KNOWN).tallies.places).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it("calls a binding to the wrong seed entity a false match", () => {
    const card = scoreAgainstGold(draft({ planId: "org:plan-lai-chau" }), GOLD, KNOWN);
    expect(card.falseMatches).toEqual([expect.stringContaining('plan "Plan International" bound to org:plan-lai-chau')]);
  });
});

/**
 * A fresh set (test/gold/dev-articles/README.md, "Measuring on fresh articles"): a folder of gold whose
 * README declares it fresh, scored from its own articles folder. The article here is our own words.
 */
describe("a fresh set of articles, scored from folders of its own", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "fresh-gold-"));
  const goldDir = path.join(root, "gold");
  const articleDir = path.join(root, "articles");
  const question = (q: string, expect: string[]): Record<string, unknown> => ({
    q,
    answer: expect.join(", "),
    expect,
    query: '{ events(filter: { place: "vn:ha-noi" }, first: 20) { nodes { name eventType period { start end } } } }',
  });
  const gold = (split: string): Record<string, unknown> => ({
    article: "01",
    split,
    language: "vi",
    naming: "legacy",
    source: { title: "Trao bò giống ở Hà Nội", outlet: "example.org", publishedOn: "2025-01-03" },
    places: [{ id: "vn:ha-noi", name: "Hà Nội", level: PlaceLevel.PROVINCE }],
    organizations: [{ key: "union", name: "Hội Nông dân thành phố Hà Nội", orgType: OrgType.MASS_ORGANIZATION, place: "vn:ha-noi" }],
    events: [{ key: "handover", name: "Trao bò giống", eventType: EventType.HANDOVER, start: "2025-01-02", end: "2025-01-02", places: ["vn:ha-noi"] }],
    numbers: [{ value: 36, unit: "cows", about: "handover", label: "breeding cows handed over" }],
    relationships: [{ type: "INVOLVED_IN", from: "union", to: "handover", role: Role.ORGANIZER }],
    questions: [question("What was handed over?", ["HANDOVER"]), question("When?", ["2025-01-02"]), question("Where?", ["Hà Nội"])],
  });
  beforeAll(() => {
    mkdirSync(goldDir, { recursive: true });
    mkdirSync(articleDir, { recursive: true });
    writeFileSync(path.join(goldDir, "README.md"), "# A fresh set\n\n- fresh: 01, annotated before the ingest ran on it\n");
    writeFileSync(path.join(goldDir, "01.gold.yaml"), yaml.dump(gold("fresh")));
    writeFileSync(
      path.join(articleDir, "01.txt"),
      "Trao bò giống ở Hà Nội\n\nNgày 2/1/2025, Hội Nông dân thành phố Hà Nội tổ chức lễ trao 36 con bò giống cho các hộ nghèo của thành phố.\n",
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("drafts and scores its articles as the fresh split, and nothing as another split", () => {
    const drafted = draftCorpus("fresh", articleDir, goldDir);
    expect(drafted.map((d) => [d.gold.article, d.gold.split])).toEqual([["01", "fresh"]]);
    expect(drafted[0].card.tallies.places).toMatchObject({ tp: 1, fn: 0 });
    expect(drafted[0].card.tallies.events).toMatchObject({ tp: 1, fn: 0 });
    expect(draftCorpus("dev", articleDir, goldDir)).toEqual([]);
  });

  it("refuses a file of the folder that says it is on another split", () => {
    writeFileSync(path.join(goldDir, "01.gold.yaml"), yaml.dump(gold("dev")));
    try {
      expect(() => draftCorpus("fresh", articleDir, goldDir)).toThrow('split: is "dev", but the README declares this folder a fresh set');
    } finally {
      writeFileSync(path.join(goldDir, "01.gold.yaml"), yaml.dump(gold("fresh")));
    }
  });
});

/**
 * Floors on the development split: the measurement at the commit that last raised them (the table in
 * src/ingest/README.md), rounded down to 0.05. Raise them when the rules get better; never lower
 * them to pass. Relationships are scored, since 2026-12-07, against every relationship the gold
 * states (its fields' too: an organization's place, an event's places) and read a run as its owner's.
 */
const FLOORS: Record<GoldCategory, { precision: number; recall: number }> = {
  places: { precision: 0.95, recall: 0.95 },
  organizations: { precision: 0.9, recall: 0.85 },
  people: { precision: 1.0, recall: 1.0 },
  programs: { precision: 0.85, recall: 1.0 },
  projects: { precision: 1.0, recall: 0.85 },
  models: { precision: 0.95, recall: 0.85 },
  events: { precision: 0.95, recall: 0.9 },
  numbers: { precision: 0.85, recall: 0.9 },
  relationships: { precision: 0.85, recall: 0.7 },
  outcomes: { precision: 0.9, recall: 0.65 },
};
/** At most this many drafted mentions bound to the wrong seed entity, over the development split (5 before matching stopped guessing, 1 since). */
const MAX_FALSE_MATCHES = 1;
/** At least this many drafted mentions bound to the right seed entity: refusing to guess must not cost the right bindings (10 of 11 bound right since round 6). */
const MIN_RIGHT_BINDINGS = 10;

// The articles are third-party texts beside the repository in ../shared, which a user's clone
// may not have: then the corpus is not scored, and says so. In CI (CI=true) their absence fails.
const articlesHere = existsSync(DEV_ARTICLE_DIR);
if (!articlesHere && process.env.CI !== "true") {
  console.warn(`skipped: drafts not scored against the gold, the development articles are not in ${DEV_ARTICLE_DIR} (they come with ../shared)`);
}

(articlesHere || process.env.CI === "true" ? describe : describe.skip)("drafts of the development articles scored against their gold", () => {
  let dev: DraftedArticle[] = [];
  let untuned: DraftedArticle[] = [];

  beforeAll(() => {
    expect(existsSync(DEV_ARTICLE_DIR)).toBe(true);
    const all = draftCorpus("all");
    dev = all.filter((d) => d.gold.split === "dev");
    untuned = all.filter((d) => d.gold.split === "untuned");
    console.log(
      `development split (${dev.length} articles):\n${goldTable(sumGoldCards(dev.map((d) => d.card)))}\n\n` +
        `untuned split (${untuned.length} articles, reported, not asserted):\n${goldTable(sumGoldCards(untuned.map((d) => d.card)))}`,
    );
  }, 120_000);

  it("drafts all 40 articles, 30 to develop on and the 10 untuned", () => {
    expect([dev.length, untuned.length]).toEqual([30, 10]);
  });

  it.each(GOLD_CATEGORIES.map((c) => [c]))("%s: the development split keeps its floors", (category) => {
    const t = sumGoldCards(dev.map((d) => d.card)).tallies[category];
    expect(precision(t)).toBeGreaterThanOrEqual(FLOORS[category].precision);
    expect(recall(t)).toBeGreaterThanOrEqual(FLOORS[category].recall);
  });

  it("binds few mentions to the wrong seed entity", () => {
    const card = sumGoldCards(dev.map((d) => d.card));
    expect(card.falseMatches.length).toBeLessThanOrEqual(MAX_FALSE_MATCHES);
  });

  it("keeps the right bindings", () => {
    const card = sumGoldCards(dev.map((d) => d.card));
    expect(card.bound - card.falseMatches.length).toBeGreaterThanOrEqual(MIN_RIGHT_BINDINGS);
  });
});
