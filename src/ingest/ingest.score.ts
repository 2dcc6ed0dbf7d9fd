/**
 * Scores a draft against a curated seed file of the same article: precision and recall of places
 * (by id), organizations, programs and models (by id, or by name: the same words, or most of
 * them), events (by name and with the same dates) and numbers (the same value, qualifier and
 * place in the text). Each gold and each draft item is matched at most once, best pairs first.
 */
import { Label } from "../graph/graph.model";
import type { SeedEntity, SeedFile } from "../seed/seed.schema";
import type { Gazetteer } from "./ingest.gazetteer";
import type { IngestResult } from "./ingest.service";
import { containment, dice, foldKey, nameWords } from "./ingest.text";

export const CATEGORIES = ["places", "organizations", "programs", "models", "events", "numbers"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Gold items the draft missed, and draft items the gold does not have. */
  missed: string[];
  extra: string[];
}

export type ScoreCard = Record<Category, Tally>;

export const precision = (t: Pick<Tally, "tp" | "fp">): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Pick<Tally, "tp" | "fn">): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);

const namesOf = (e: SeedEntity): string[] => [e.name, ...(e.aliases ?? []), ...(e.nameEn ? [e.nameEn] : [])].filter((n): n is string => typeof n === "string");

/** How alike two lists of names are (0…1): the best pair, parentheses ignored. */
export function namesSimilarity(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const x of a) {
    const wx = nameWords(x.replace(/\s*\([^)]*\)/g, ""));
    for (const y of b) {
      const wy = nameWords(y.replace(/\s*\([^)]*\)/g, ""));
      if (wx.length && wx.join(" ") === wy.join(" ")) return 1;
      const d = dice(wx, wy);
      const c = containment(wx, wy);
      best = Math.max(best, d, c.shared >= 3 && c.ratio >= 0.8 ? 0.5 + c.ratio / 10 : 0);
    }
  }
  return best;
}

/** How alike two entities' names are (0…1): the best pair of their names. */
export const nameSimilarity = (a: SeedEntity, b: SeedEntity): number => namesSimilarity(namesOf(a), namesOf(b));

/** Pairs each gold item with at most one draft item, best scores first; pairs are [gold index, draft index]. */
export function assignPairs<G, D>(gold: readonly G[], draft: readonly D[], score: (g: G, d: D) => number): [number, number][] {
  const pairs: { gi: number; di: number; s: number }[] = [];
  gold.forEach((g, gi) =>
    draft.forEach((d, di) => {
      const s = score(g, d);
      if (s > 0) pairs.push({ gi, di, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.gi - b.gi || a.di - b.di);
  const gUsed = new Set<number>();
  const dUsed = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs) {
    if (gUsed.has(p.gi) || dUsed.has(p.di)) continue;
    gUsed.add(p.gi);
    dUsed.add(p.di);
    out.push([p.gi, p.di]);
  }
  return out;
}

/** The tally of an assignment: matched, drafted only, gold only, with labels of the unmatched. */
export function tallyOf<G, D>(gold: readonly G[], draft: readonly D[], pairs: readonly [number, number][], label: { g: (g: G) => string; d: (d: D) => string }): Tally {
  const gUsed = new Set(pairs.map((p) => p[0]));
  const dUsed = new Set(pairs.map((p) => p[1]));
  return {
    tp: pairs.length,
    fp: draft.length - dUsed.size,
    fn: gold.length - gUsed.size,
    missed: gold.filter((_, i) => !gUsed.has(i)).map(label.g),
    extra: draft.filter((_, i) => !dUsed.has(i)).map(label.d),
  };
}

function assign<G, D>(gold: G[], draft: D[], score: (g: G, d: D) => number, label: { g: (g: G) => string; d: (d: D) => string }): Tally {
  return tallyOf(gold, draft, assignPairs(gold, draft, score), label);
}

const parseNumber = (raw: string): number => Number(/^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, "") : raw.replace(/,(\d{3})\b/g, "$1").replace(",", "."));

/** Where in the text the gold metrics' numbers are: the quote's offsets, then the value's digits inside it. */
function goldNumbers(gold: SeedFile, text: string): { value: number; qualifier: string; at: Set<number>; label: string }[] {
  const out: { value: number; qualifier: string; at: Set<number>; label: string }[] = [];
  for (const e of gold.entities) {
    for (const m of e.metrics ?? []) {
      const at = new Set<number>();
      for (let pos = text.indexOf(m.quote); pos >= 0; pos = text.indexOf(m.quote, pos + 1)) {
        for (const n of m.quote.matchAll(/\d+(?:[.,]\d+)*/g)) {
          if (parseNumber(n[0]) === m.value) {
            at.add(pos + n.index);
            break;
          }
        }
      }
      if (!at.size) continue;
      const known = out.find((o) => o.value === m.value && [...o.at].some((p) => at.has(p)));
      if (!known) out.push({ value: m.value, qualifier: m.qualifier ?? "EXACT", at, label: `${m.value} (${e.id}#${m.key})` });
    }
  }
  return out;
}

/** The places a curated file names: those it declares, and those its relationships reach with the place's name in the quote. */
function goldPlaces(gold: SeedFile, gazetteer: Gazetteer): Set<string> {
  const ids = new Set(gold.entities.filter((e) => e.kind === Label.Place).map((e) => e.id));
  for (const r of gold.relationships) {
    for (const id of [r.from, r.to]) {
      const place = gazetteer.get(id);
      if (place && !ids.has(id) && foldKey(r.quote).includes(foldKey(place.name))) ids.add(id);
    }
  }
  return ids;
}

/** Scores one draft against the curated file of the same article. */
export function scoreDraft(result: IngestResult, gold: SeedFile, text: string, gazetteer: Gazetteer): ScoreCard {
  const draft = result.seed;
  const byKind = (f: SeedFile, kind: string): SeedEntity[] => f.entities.filter((e) => e.kind === kind);
  const entityScore = (g: SeedEntity, d: SeedEntity): number => (g.id === d.id ? 2 : nameSimilarity(g, d) >= 0.5 ? nameSimilarity(g, d) : 0);
  const label = { g: (e: SeedEntity) => `${e.id} "${e.name}"`, d: (e: SeedEntity) => `${e.id} "${e.name}"` };
  const gp = [...goldPlaces(gold, gazetteer)];
  const dp = byKind(draft, Label.Place).map((e) => e.id);
  const places = assign(gp, dp, (g, d) => (g === d ? 1 : 0), { g: (x) => x, d: (x) => x });
  const organizations = assign(byKind(gold, Label.Organization), byKind(draft, Label.Organization), entityScore, label);
  const programs = assign(byKind(gold, Label.Program), byKind(draft, Label.Program), entityScore, label);
  const models = assign(byKind(gold, Label.Model), byKind(draft, Label.Model), entityScore, label);
  const sameDates = (g: SeedEntity, d: SeedEntity): boolean => (g.startDate ?? null) === (d.startDate ?? null) && (g.endDate ?? null) === (d.endDate ?? null);
  const events = assign(
    byKind(gold, Label.Event),
    byKind(draft, Label.Event),
    (g, d) => (sameDates(g, d) && (g.id === d.id || nameSimilarity(g, d) >= 0.4) ? 1 + nameSimilarity(g, d) : 0),
    {
      g: (e) => `${e.id} "${e.name}" ${e.startDate ?? "?"}…${e.endDate ?? "?"}`,
      d: (e) => `${e.id} "${e.name}" ${e.startDate ?? "?"}…${e.endDate ?? "?"}`,
    },
  );
  const numbers = assign(goldNumbers(gold, text), result.numbers, (g, d) => (g.value === d.value && g.at.has(d.at) && g.qualifier === d.qualifier ? 1 : 0), {
    g: (g) => `${g.label}${g.qualifier !== "EXACT" ? ` ${g.qualifier}` : ""}`,
    d: (d) => `${d.value} (${d.entityId}#${d.key})${d.qualifier !== "EXACT" ? ` ${d.qualifier}` : ""}`,
  });
  return { places, organizations, programs, models, events, numbers };
}

/** Adds tallies up (micro-average). */
export function addTallies(tallies: readonly Tally[]): Tally {
  return {
    tp: tallies.reduce((n, t) => n + t.tp, 0),
    fp: tallies.reduce((n, t) => n + t.fp, 0),
    fn: tallies.reduce((n, t) => n + t.fn, 0),
    missed: tallies.flatMap((t) => t.missed),
    extra: tallies.flatMap((t) => t.extra),
  };
}

/** Adds score cards up (micro-average). */
export function sumCards(cards: readonly ScoreCard[]): ScoreCard {
  const sum = (c: Category): Tally => addTallies(cards.map((card) => card[c]));
  return { places: sum("places"), organizations: sum("organizations"), programs: sum("programs"), models: sum("models"), events: sum("events"), numbers: sum("numbers") };
}

/** The table the README shows: one row per category. */
export function scoreTable(card: ScoreCard): string {
  const rows = ["| category | precision | recall | found / drafted / curated |", "|---|---|---|---|"];
  for (const c of CATEGORIES) {
    const t = card[c];
    rows.push(`| ${c} | ${precision(t).toFixed(2)} | ${recall(t).toFixed(2)} | ${t.tp} / ${t.tp + t.fp} / ${t.tp + t.fn} |`);
  }
  return rows.join("\n");
}
