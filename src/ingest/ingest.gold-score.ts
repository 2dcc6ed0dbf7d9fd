/**
 * Scores a draft against the gold of its article (ingest.gold.ts), per category, precision and
 * recall: places by id (villages outside the gazetteer by name), organizations, people,
 * programs, projects and models by name (or by the seed id the gold says they are), events by
 * type and dates, numbers by value and unit, relationships by type, both ends and role; and the
 * false matches: drafted mentions bound to an entity of the seeds that the gold says is another
 * thing (or is not in the article). Pure: the report (scripts/ingest-score.ts) adds the
 * questions, which need a database.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Label, RelType } from "../graph/graph.model";
import { SEED_DIR } from "../seed/seed.paths";
import type { SeedEntity, SeedFile } from "../seed/seed.schema";
import { buildKnowledge, parseCorpus } from "./ingest.corpus";
import { DEV_ARTICLE_DIR, GOLD_DIR, type GoldFile, type GoldRelationship, type GoldSplit, loadGoldCorpus } from "./ingest.gold";
import { indexCorpus } from "./ingest.match";
import { ingestArticle, type IngestResult } from "./ingest.service";
import { addTallies, assignPairs, namesSimilarity, precision, recall, type Tally, tallyOf } from "./ingest.score";
import { foldKey } from "./ingest.text";

export const GOLD_CATEGORIES = ["places", "organizations", "people", "programs", "projects", "models", "events", "numbers", "relationships", "outcomes"] as const;
export type GoldCategory = (typeof GOLD_CATEGORIES)[number];

export interface GoldCard {
  tallies: Record<GoldCategory, Tally>;
  /** Drafted mentions bound to a seed entity that is not the thing the article means. */
  falseMatches: string[];
  /** Drafted mentions bound to a seed entity, right or wrong. */
  bound: number;
  /** Gold items the seeds hold that the draft proposed as new instead of binding them. */
  missedBindings: string[];
  /**
   * Diagnostic, never a target: relationships scored as above but with each event the events
   * category did not pair bound to the drafted event that is the same occasion under another type or
   * dates (the same start date, or the same type). The gap to `tallies.relationships` is what the
   * events' typing and dating cost the relationships hanging on them.
   */
  relationshipsEventsAsSame: Tally;
}

/** A gold item of a named kind, as the scorer compares it. */
interface GoldNamed {
  key: string;
  names: string[];
  existing?: string;
}

/** How a gold category maps to the draft's entity kind. */
const NAMED: readonly { category: GoldCategory; kind: string; of: (g: GoldFile) => GoldNamed[] }[] = [
  {
    category: "organizations",
    kind: Label.Organization,
    of: (g) => (g.organizations ?? []).map((o) => ({ key: o.key, names: [o.name, ...(o.aliases ?? [])], existing: o.existing })),
  },
  { category: "people", kind: Label.Person, of: (g) => (g.people ?? []).map((p) => ({ key: p.key, names: [p.name] })) },
  { category: "programs", kind: Label.Program, of: (g) => (g.programs ?? []).map((p) => ({ key: p.key, names: [p.name, ...(p.aliases ?? [])], existing: p.existing })) },
  { category: "projects", kind: Label.Project, of: (g) => (g.projects ?? []).map((p) => ({ key: p.key, names: [p.name, ...(p.aliases ?? [])], existing: p.existing })) },
  { category: "models", kind: Label.Model, of: (g) => (g.models ?? []).map((m) => ({ key: m.key, names: [m.name], existing: m.existing })) },
];

const draftNames = (e: SeedEntity): string[] => [e.name, ...(e.aliases ?? []), ...(typeof e.nameEn === "string" ? [e.nameEn] : [])];
const label = (e: SeedEntity): string => `${e.id} "${e.name}"`;

/** The same date as far as both state it ("2025-12" and "2025-12-31" do not agree: the precision is part of the fact). */
const sameDate = (gold: string | null | undefined, draft: unknown): boolean => (gold ?? null) === (typeof draft === "string" ? draft : null);

/** Units as the gold and the drafts write them, reduced to one word per kind of thing counted. */
const UNIT_CLASSES: readonly [string, readonly string[]][] = [
  ["households", ["household", "households", "ho", "ho dan", "ho gia dinh", "families", "family", "gia dinh"]],
  [
    "people",
    [
      "people",
      "persons",
      "person",
      "nguoi",
      "members",
      "member",
      "thanh vien",
      "women",
      "farmers",
      "trainees",
      "officials",
      "students",
      "youth",
      "participants",
      "workers",
      "delegates",
      "hoc vien",
      "dai bieu",
      "learners",
      "learner",
    ],
  ],
  // A "lớp tập huấn" is what English writes a training course: one class, one course.
  ["courses", ["course", "courses", "training course", "training courses", "class", "classes", "lop", "lop hoc", "lop tap huan"]],
  ["animals", ["animals", "animal", "cows", "cow", "cattle", "heads", "con", "goats", "pigs", "chickens", "ducks", "ducklings", "chicks", "buffaloes", "bo", "de", "ga", "vit"]],
  ["money", ["vnd", "dong", "trieu dong", "ty dong", "usd", "eur", "nzd", "aud", "money"]],
  ["area", ["ha", "hectares", "hectare", "m2", "km2"]],
];

/** A unit's kind of thing counted; "X per Y" is a rate, of X's kind per Y's kind, never X or Y alone. */
export function unitClass(unit: string): string {
  const rate = /^(.+?)(?:\s+(?:per|mỗi|moi)\s+|\s*\/\s*)(.+)$/iu.exec(unit.normalize("NFC").trim());
  if (rate) return `${unitClass(rate[1])} per ${unitClass(rate[2])}`;
  const u = foldKey(unit);
  for (const [name, words] of UNIT_CLASSES) if (words.some((w) => u === w || u.startsWith(`${w} `) || u.endsWith(` ${w}`))) return name;
  return u;
}

/** A tally per category, each made by `make`. */
const goldTallies = (make: (c: GoldCategory) => Tally): Record<GoldCategory, Tally> => ({
  places: make("places"),
  organizations: make("organizations"),
  people: make("people"),
  programs: make("programs"),
  projects: make("projects"),
  models: make("models"),
  events: make("events"),
  numbers: make("numbers"),
  relationships: make("relationships"),
  outcomes: make("outcomes"),
});

/**
 * Every relationship the gold states: its `relationships` and those its fields say, as
 * ingest.gold-seed.ts loads them: an organization's `place` (LOCATED_IN), an event's `places`
 * (LOCATED_IN), a person's `organization` (MEMBER_OF), a project's `program` (PART_OF), a village's
 * `parent` (PART_OF). Each once.
 */
export function goldRelationships(gold: GoldFile): GoldRelationship[] {
  const out: GoldRelationship[] = [...(gold.relationships ?? [])];
  for (const o of gold.organizations ?? []) if (o.place) out.push({ type: RelType.LOCATED_IN, from: o.key, to: o.place });
  for (const e of gold.events ?? []) for (const p of e.places ?? []) out.push({ type: RelType.LOCATED_IN, from: e.key, to: p });
  for (const p of gold.people ?? []) if (p.organization) out.push({ type: RelType.MEMBER_OF, from: p.key, to: p.organization });
  for (const p of gold.projects ?? []) if (p.program) out.push({ type: RelType.PART_OF, from: p.key, to: p.program });
  // a village the gazetteer lacks is PART_OF its `parent` (the scorer names it "village:<name>" once matched)
  for (const p of gold.places ?? []) if (!p.id && p.parent) out.push({ type: RelType.PART_OF, from: `village:${p.name}`, to: p.parent });
  return out.filter((r, i, all) => all.findIndex((x) => x.type === r.type && x.from === r.from && x.to === r.to && (x.role ?? "") === (r.role ?? "")) === i);
}

/**
 * The draft's relationships as the gold writes them. The model lets only an intervention APPLY a
 * model or TRAIN_ON it, so an event's or project's run is an intervention PART_OF it (the way
 * ingest.gold-seed.ts loads the gold's "event APPLIES model"); the gold says it of the owner. A
 * run's lines are read as its owner's (its LOCATED_IN as a project's COVERS), its PART_OF dropped,
 * and lines said twice counted once.
 */
export function asOwnersSay(draft: SeedFile): SeedFile["relationships"] {
  const kindOf = new Map(draft.entities.map((e) => [e.id, e.kind]));
  const runs = new Set(
    draft.relationships.filter((r) => (r.type === RelType.APPLIES || r.type === RelType.TRAINS_ON) && kindOf.get(r.from) === Label.Intervention).map((r) => r.from),
  );
  const owner = new Map<string, string>();
  for (const r of draft.relationships)
    if (r.type === RelType.PART_OF && runs.has(r.from) && !owner.has(r.from) && (kindOf.get(r.to) === Label.Event || kindOf.get(r.to) === Label.Project)) owner.set(r.from, r.to);
  const seen = new Set<string>();
  const out: SeedFile["relationships"] = [];
  for (const r of draft.relationships) {
    if (r.type === RelType.PART_OF && owner.get(r.from) === r.to) continue;
    const from = owner.get(r.from) ?? r.from;
    const to = owner.get(r.to) ?? r.to;
    const type = owner.has(r.from) && r.type === RelType.LOCATED_IN && kindOf.get(from) === Label.Project ? RelType.COVERS : r.type;
    const key = `${from}|${type}|${r.role ?? ""}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...r, from, to, type });
  }
  return out;
}

/** A village's name without its unit word, either way it is written: "thôn Tò Đú", "Tò Đú", "Dak Lang village". */
const villageKey = (name: string): string =>
  foldKey(name.replace(/^(?:thôn|bản|xóm|ấp|buôn|làng|plei|tổ dân phố|village|hamlet)\s+/iu, "").replace(/\s+(?:village|hamlet)$/iu, ""));

/** Scores one draft (the seed file `npm run ingest` proposes, every draft line taken as it stands) against its gold. */
export function scoreAgainstGold(draft: SeedFile, gold: GoldFile, knownIds: ReadonlySet<string>): GoldCard {
  const tallies = goldTallies(() => addTallies([]));
  /** Gold key (or place id) → the draft id it was matched with. */
  const matched = new Map<string, string>();
  const falseMatches: string[] = [];
  const missedBindings: string[] = [];
  const byKind = (kind: string): SeedEntity[] => draft.entities.filter((e) => e.kind === kind);

  // Places: by id; villages the gazetteer lacks, by name.
  const goldPlaces = gold.places ?? [];
  const draftPlaces = byKind(Label.Place);
  const placePairs = assignPairs(goldPlaces, draftPlaces, (g, d) => (g.id ? (g.id === d.id ? 2 : 0) : villageKey(g.name) === villageKey(d.name) ? 1 : 0));
  tallies.places = tallyOf(goldPlaces, draftPlaces, placePairs, { g: (g) => g.id ?? `${g.name} (in ${g.parent})`, d: (d) => d.id });
  for (const [gi, di] of placePairs) if (!goldPlaces[gi].id) matched.set(`village:${goldPlaces[gi].name}`, draftPlaces[di].id);

  let bound = 0;
  for (const { category, kind, of } of NAMED) {
    const golds = of(gold);
    const drafts = byKind(kind);
    const pairs = assignPairs(golds, drafts, (g, d) => {
      if (g.existing && g.existing === d.id) return 3;
      const s = namesSimilarity(g.names, draftNames(d));
      return s >= 0.5 ? s : 0;
    });
    tallies[category] = tallyOf(golds, drafts, pairs, { g: (g) => `${g.key} "${g.names[0]}"${g.existing ? ` (${g.existing})` : ""}`, d: label });
    const pairOfDraft = new Map(pairs.map(([gi, di]) => [di, gi]));
    for (const [gi, di] of pairs) {
      matched.set(golds[gi].key, drafts[di].id);
      if (golds[gi].existing && drafts[di].id !== golds[gi].existing && !knownIds.has(drafts[di].id))
        missedBindings.push(`${golds[gi].key} is ${golds[gi].existing}, drafted as new ${drafts[di].id}`);
    }
    drafts.forEach((d, di) => {
      if (!knownIds.has(d.id)) return;
      bound += 1;
      const gi = pairOfDraft.get(di);
      if (gi === undefined) falseMatches.push(`${label(d)} bound to a seed entity the article does not mention (as far as the gold says)`);
      else if (golds[gi].existing !== d.id)
        falseMatches.push(`${golds[gi].key} "${golds[gi].names[0]}" bound to ${d.id}, which the gold says is ${golds[gi].existing ?? "a new entity"}`);
    });
  }

  // Events: same type, same dates as far as the gold states them; names only break ties.
  const goldEvents = gold.events ?? [];
  const draftEvents = byKind(Label.Event);
  const eventPairs = assignPairs(goldEvents, draftEvents, (g, d) => {
    if (g.eventType !== d.eventType || !sameDate(g.start, d.startDate) || !sameDate(g.end ?? g.start, d.endDate ?? d.startDate)) return 0;
    return 1 + namesSimilarity([g.name], draftNames(d));
  });
  tallies.events = tallyOf(goldEvents, draftEvents, eventPairs, {
    g: (g) => `${g.key} ${g.eventType} ${g.start ?? "?"}…${g.end ?? "?"}`,
    d: (d) => `${d.id} ${String(d.eventType)} ${String(d.startDate ?? "?")}…${String(d.endDate ?? "?")}`,
  });
  for (const [gi, di] of eventPairs) matched.set(goldEvents[gi].key, draftEvents[di].id);

  // Numbers: the same value counting the same kind of thing (the entity they are put on is the relationships' business).
  const goldNumbers = gold.numbers ?? [];
  const draftNumbers = draft.entities.flatMap((e) => (e.metrics ?? []).map((m) => ({ ...m, on: e.id })));
  const numberPairs = assignPairs(goldNumbers, draftNumbers, (g, d) => (g.value === d.value ? (unitClass(g.unit) === unitClass(d.unit) ? 2 : 0) : 0));
  tallies.numbers = tallyOf(goldNumbers, draftNumbers, numberPairs, { g: (g) => `${g.value} ${g.unit} (${g.about})`, d: (d) => `${d.value} ${d.unit} (${d.on}#${d.key})` });

  // Relationships: both ends matched, the same type, the same role.
  const end = (keyOrPlace: string): string | undefined => (/^vn(2025)?:/.test(keyOrPlace) ? keyOrPlace : matched.get(keyOrPlace));
  const goldRels = goldRelationships(gold).filter((r) => r.type !== RelType.HAS_OUTCOME);
  const draftRels = asOwnersSay(draft).filter((r) => r.type !== RelType.HAS_OUTCOME);
  const relationshipsBy = (endOf: (key: string) => string | undefined): Tally =>
    tallyOf(
      goldRels,
      draftRels,
      assignPairs(goldRels, draftRels, (g: GoldRelationship, d) =>
        g.type === d.type && endOf(g.from) === d.from && endOf(g.to) === d.to && (g.type !== RelType.INVOLVED_IN || g.role === d.role) ? 1 : 0,
      ),
      {
        g: (g) => `${g.from} -${g.type}${g.role ? `(${g.role})` : ""}-> ${g.to}`,
        d: (d) => `${d.from} -${d.type}${d.role ? `(${d.role})` : ""}-> ${d.to}`,
      },
    );
  tallies.relationships = relationshipsBy(end);

  // The same occasion under another type or dates, for the diagnostic only.
  const pairedGold = new Set(eventPairs.map(([gi]) => gi));
  const pairedDraft = new Set(eventPairs.map(([, di]) => di));
  const restGold = goldEvents.filter((_, gi) => !pairedGold.has(gi));
  const restDraft = draftEvents.filter((_, di) => !pairedDraft.has(di));
  const sameOccasion = new Map<string, string>();
  for (const [gi, di] of assignPairs(restGold, restDraft, (g, d) => {
    const sameType = g.eventType === d.eventType;
    const sameStart = g.start != null && sameDate(g.start, d.startDate);
    return sameType || sameStart ? Number(sameType) + Number(sameStart) + namesSimilarity([g.name], draftNames(d)) : 0;
  }))
    sameOccasion.set(restGold[gi].key, restDraft[di].id);
  const relationshipsEventsAsSame = relationshipsBy((key) => end(key) ?? sameOccasion.get(key));

  // Outcomes: the same type, about the same activity or model (the words are the curator's).
  const goldOutcomes = gold.outcomes ?? [];
  const draftOutcomes = byKind(Label.Outcome).map((o) => ({
    id: o.id,
    outcomeType: o.outcomeType,
    about: draft.relationships.find((r) => r.type === RelType.HAS_OUTCOME && r.to === o.id)?.from,
  }));
  const outcomePairs = assignPairs(goldOutcomes, draftOutcomes, (g, d) => (g.outcomeType === d.outcomeType && end(g.about) === d.about ? 1 : 0));
  tallies.outcomes = tallyOf(goldOutcomes, draftOutcomes, outcomePairs, {
    g: (g) => `${g.outcomeType} of ${g.about}`,
    d: (d) => `${String(d.outcomeType)} of ${d.about ?? "?"} (${d.id})`,
  });

  return { tallies, falseMatches, bound, missedBindings, relationshipsEventsAsSame };
}

/** Adds cards up (micro-average). */
export function sumGoldCards(cards: readonly GoldCard[]): GoldCard {
  const tallies = goldTallies((c) => addTallies(cards.map((card) => card.tallies[c])));
  return {
    tallies,
    falseMatches: cards.flatMap((c) => c.falseMatches),
    bound: cards.reduce((n, c) => n + c.bound, 0),
    missedBindings: cards.flatMap((c) => c.missedBindings),
    relationshipsEventsAsSame: addTallies(cards.map((c) => c.relationshipsEventsAsSame)),
  };
}

/** Issue 18's targets on the untuned articles: [category, measure, at least]. */
export const GOLD_TARGETS: readonly { category: GoldCategory; measure: "precision" | "recall"; min: number }[] = [
  { category: "places", measure: "recall", min: 0.95 },
  { category: "organizations", measure: "recall", min: 0.85 },
  { category: "models", measure: "recall", min: 0.75 },
  { category: "events", measure: "recall", min: 0.9 },
  { category: "organizations", measure: "precision", min: 0.9 },
  { category: "models", measure: "precision", min: 0.8 },
  { category: "relationships", measure: "precision", min: 0.85 },
];

export const measureOf = (t: Tally, measure: "precision" | "recall"): number => (measure === "precision" ? precision(t) : recall(t));

/** The Markdown table of a card: one row per category, then the false matches. */
export function goldTable(card: GoldCard): string {
  const rows = ["| category | precision | recall | found / drafted / gold |", "|---|---:|---:|---|"];
  for (const c of GOLD_CATEGORIES) {
    const t = card.tallies[c];
    rows.push(`| ${c} | ${precision(t).toFixed(2)} | ${recall(t).toFixed(2)} | ${t.tp} / ${t.tp + t.fp} / ${t.tp + t.fn} |`);
  }
  rows.push(`| false matches | | | ${card.falseMatches.length} of ${card.bound} bound to seed entities |`);
  const same = card.relationshipsEventsAsSame;
  const gained = same.tp - card.tallies.relationships.tp;
  if (gained > 0)
    rows.push(
      "",
      `Relationships lost with their event's type or dates: ${gained}. Were each unpaired event bound to the drafted event that is the same occasion otherwise typed or dated, relationships would score ${precision(same).toFixed(2)} / ${recall(same).toFixed(2)} (a diagnostic; the table and the targets stay as scored).`,
    );
  return rows.join("\n");
}

/** One article of the corpus, drafted and scored. */
export interface DraftedArticle {
  gold: GoldFile;
  result: IngestResult;
  card: GoldCard;
  /** Milliseconds the ingest took. */
  ms: number;
}

/**
 * Drafts every article of `split` that has gold (the gold must be sound: its problems are
 * thrown) and scores each draft. Only the text and its language (which a curator gives the
 * workbench) reach the rules; the rules know the committed seeds, as `npm run ingest` does.
 */
export function draftCorpus(split: GoldSplit | "all", articleDir: string = DEV_ARTICLE_DIR, goldDir: string = GOLD_DIR): DraftedArticle[] {
  const { gold, problems } = loadGoldCorpus(goldDir);
  if (problems.length) throw new Error(`gold files with problems (fix them first):\n${problems.join("\n")}`);
  const knowledge = buildKnowledge(parseCorpus(SEED_DIR));
  const index = indexCorpus(knowledge);
  const knownIds = new Set(knowledge.kinds.keys());
  const out: DraftedArticle[] = [];
  for (const g of gold) {
    if (split !== "all" && g.split !== split) continue;
    const file = path.join(articleDir, `${g.article}.txt`);
    if (!existsSync(file)) throw new Error(`no article for the gold of ${g.article}: ${file}`);
    const text = readFileSync(file, "utf8");
    const started = performance.now();
    const result = ingestArticle(text, { file: `${g.article}.txt`, number: 100 + Number(g.article), lang: g.language }, knowledge, index);
    const ms = Math.round(performance.now() - started);
    out.push({ gold: g, result, ms, card: scoreAgainstGold(result.seed, g, knownIds) });
  }
  return out;
}
