/**
 * Matches mentions to the entities the seed files already hold, diacritic-insensitively: by name,
 * alias, acronym, English name (nameEn, or a term-by-term translation: "Hanoi Women's Union" =
 * "Hội LHPN Hà Nội") or, for the national programs, any of their usual names ("1719",
 * "Chương trình MTQG giảm nghèo bền vững"). A name that could be anyone's ("Trung tâm khuyến nông
 * tỉnh", "Sở Lao động – Thương binh và Xã hội" without a province) never matches an entity of
 * another article: only names holding a proper name (a place, an acronym, a foreign word) or a
 * national body's do. Programs, models, ethnic groups and countries are shared vocabularies.
 * Also finds the known entities' names in the text (the scan), for what no pattern catches.
 */
import { Label } from "../graph/graph.model";
import type { EntityLabel } from "./ingest.unknown";
import type { CorpusEntity, Knowledge } from "./ingest.corpus";
import type { Gazetteer } from "./ingest.gazetteer";
import { GENERIC_EN_WORDS, NOT_ORG_ACRONYMS, PROGRAM_SYNONYMS } from "./ingest.lexicon";
import type { EntityMention } from "./ingest.mentions";
import { bagKey, dice, type Doc, foldKey, isAcronym, nameWords, type Span, tokenize } from "./ingest.text";

type Via = "name" | "alias" | "English name" | "acronym" | "usual name";

interface IndexEntry {
  entity: CorpusEntity;
  text: string;
  via: Via;
  words: string[];
  bag: string;
  distinctive: boolean;
}

export interface CorpusIndex {
  gazetteer: Gazetteer;
  entries: IndexEntry[];
  byBag: Map<string, IndexEntry[]>;
  /** Word sequences to find in the text, by first word. */
  scan: Map<string, { words: string[]; entry?: IndexEntry; group?: number; acronym?: string }[]>;
  /** National program synonyms group → the known program. */
  groups: Map<number, CorpusEntity>;
  /** The known entities by id (a person's organizations). */
  byId: ReadonlyMap<string, CorpusEntity>;
}

/**
 * How sure a binding is, from the kind of evidence (see README "Matching that does not guess"):
 * 0.95 the same acronym or full name, a person's full name with their organization; 0.9 an English
 * or usual name, a person's full name with their position; 0.85 an alias; 0.8 a name found in the
 * text; 0.75 a model's core words; a similar name 0.75 × the share of words; lower: evidence
 * against (a local body whose place the article does not name 0.4, another place 0.3, a person's
 * name without their organization or position 0.5, a common phrase 0.55, shared words 0.2).
 */
export const BIND_THRESHOLD = 0.7;

export interface Match {
  entity: CorpusEntity;
  /** Why, ending with "(confidence: evidence)". */
  reason: string;
  confidence: number;
}

/** A mention resolved: the entity it binds to (confidence ≥ BIND_THRESHOLD), else the ranked candidates for a curator. */
export interface Resolution {
  bound?: Match;
  candidates: Match[];
}

/** What the article says around a mention: the text that tells a person's organization or position, and the whole text (its places). */
export interface MatchContext {
  /** The mention's sentence (or quote). */
  context?: string;
  /** The article's text. */
  text?: string;
}

const sure = (entity: CorpusEntity, reason: string, confidence: number, evidence: string): Match => ({
  entity,
  confidence,
  reason: `${reason} (${confidence.toFixed(2)}: ${evidence})`,
});

/** The candidates part of a new entity's draft line: `candidates: org:a (0.40: …), org:b (0.20: …)`. */
export function candidatesLine(candidates: readonly Match[]): string {
  return `candidates: ${candidates.map((c) => `${c.entity.id} (${/\(([^()]*)\)$/.exec(c.reason)?.[1] ?? c.confidence.toFixed(2)})`).join(", ")}`;
}

export interface ScanHit extends Span {
  entity?: CorpusEntity;
  /** How sure the hit names the entity (see BIND_THRESHOLD); absent for a program no seed holds. */
  confidence?: number;
  /** A national program named by a usual name that no seed file holds yet. */
  group?: number;
  reason: string;
  kind: EntityLabel;
}

const SHARED_KINDS: ReadonlySet<string> = new Set([Label.Program, Label.Model, Label.EthnicGroup, Label.Country]);
const NATIONAL = /^(bo|truong dai hoc|dai hoc|hoc vien|tong cuc|cuc|trung uong|thu tuong|chinh phu|quoc hoi|ministry|university|prime minister|government|national)\b/;
const PROPER_WORDS = new Set(["viet nam", "vietnam"]);

/** Does a name hold something that makes it someone's: a place, an acronym, a foreign word, a national body? */
export function isDistinctive(text: string, kind: string, gaz: Gazetteer): boolean {
  if (SHARED_KINDS.has(kind)) return true;
  const tokens = tokenize(text);
  if (kind === Label.Person) return tokens.filter((t) => t.cap).length >= 2;
  if (kind === Label.Document) return /\d+\//.test(text);
  if (/[“"‘«]/.test(text)) return true;
  const key = foldKey(text);
  if (NATIONAL.test(key)) return true;
  if ([...PROPER_WORDS].some((w) => key.includes(w))) return true;
  for (const t of tokens) {
    if (isAcronym(t) && t.text.length >= 2 && !NOT_ORG_ACRONYMS.has(t.text)) return true;
    // a foreign word that is not an English word for a kind of body ("Plan", "INKOTA", "Hanoi"; not "Union")
    const lower = t.text.toLowerCase();
    if (
      /^[A-Za-z'’]+$/.test(t.text) &&
      t.text.length > 3 &&
      t.cap &&
      !GENERIC_EN_WORDS.has(lower) &&
      !/^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(uy|[aeiouy]{1,3})(ng|nh|ch|[cmnpt])?$/.test(lower)
    )
      return true;
  }
  for (let i = 0; i < tokens.length; i++) {
    for (let k = 2; k >= 1; k--) {
      const win = tokens.slice(i, i + k);
      if (win.length < k || !win.every((t) => t.cap)) continue;
      const places = gaz.lookup(foldKey(text.slice(win[0].start, win[k - 1].end)));
      if (places.length && (k >= 2 || places.some((p) => p.level === "PROVINCE"))) {
        if (k === 1 && i === 0) continue; // the head word itself ("Bộ", "Sở")
        return true;
      }
    }
  }
  return kind === Label.Project && tokens.length >= 5;
}

/** The part of a program's name that says which program: "chương trình mục tiêu quốc gia … giai đoạn …" taken off. */
const programCore = (words: string[]): string =>
  words
    .join(" ")
    .replace(/^(chuong trinh )?(muc tieu quoc gia )?(ve |on |for )?/, "")
    .replace(/ ?(giai doan )?\d{4} \d{4}$/, "")
    .trim();

/** The period a program's name gives ("giai đoạn 2021-2025"), if any. */
const periodOf = (words: string[]): string | undefined => /(\d{4}) (\d{4})$/.exec(words.join(" "))?.slice(1).join("-");

function groupOf(words: string[]): number | undefined {
  const core = programCore(words);
  const key = words.join(" ");
  const i = PROGRAM_SYNONYMS.findIndex((g) => g.cores.includes(core) || g.phrases.some((p) => key === p || key.startsWith(`${p} giai doan`) || key.startsWith(`${p} `)));
  return i >= 0 ? i : undefined;
}

const entityPeriod = (e: CorpusEntity): string | undefined => {
  const s = typeof e.props.startDate === "string" ? e.props.startDate.slice(0, 4) : undefined;
  const t = typeof e.props.endDate === "string" ? e.props.endDate.slice(0, 4) : undefined;
  return s && t ? `${s}-${t}` : periodOf(nameWords(e.name));
};

/** Indexes the known entities' names. */
export function indexCorpus(knowledge: Knowledge): CorpusIndex {
  const gaz = knowledge.gazetteer;
  const compact = gaz.compact;
  const entries: IndexEntry[] = [];
  const groups = new Map<number, CorpusEntity>();
  for (const entity of knowledge.entities.values()) {
    const texts: [string, Via][] = [[entity.name, "name"], ...entity.aliases.map((a): [string, Via] => [a, "alias"])];
    if (entity.nameEn) texts.push([entity.nameEn, "English name"]);
    if (entity.acronym) texts.push([entity.acronym, "acronym"]);
    for (const [text, via] of [...texts]) {
      const paren = /\(([\p{Lu}&]{2,10})\)/u.exec(text);
      if (paren) texts.push([paren[1], "acronym"]);
      const bare = text.replace(/\s*\([^)]*\)\s*/g, " ").trim();
      if (bare !== text && bare) texts.push([bare, via]);
    }
    for (const [text, via] of texts) {
      const words = nameWords(text, compact);
      if (!words.length) continue;
      const bag = bagKey(text.replace(/^(tổ chức|the|dự án|chương trình) /iu, ""), compact);
      entries.push({ entity, text, via, words, bag, distinctive: isDistinctive(text, entity.kind, gaz) });
      if (entity.kind === Label.Program) {
        const g = groupOf(words);
        if (g !== undefined && !groups.has(g)) groups.set(g, entity);
      }
    }
  }
  const byBag = new Map<string, IndexEntry[]>();
  for (const e of entries) byBag.set(e.bag, [...(byBag.get(e.bag) ?? []), e]);

  const scan: CorpusIndex["scan"] = new Map();
  const addScan = (words: string[], item: { entry?: IndexEntry; group?: number; acronym?: string }): void => {
    const list = scan.get(words[0]) ?? [];
    list.push({ words, ...item });
    scan.set(words[0], list);
  };
  for (const e of entries) {
    const acronym = /^[\p{Lu}\d&]{2,10}$/u.test(e.text) && /\p{Lu}/u.test(e.text) ? e.text : undefined;
    const kind = e.entity.kind;
    if (acronym) {
      if (acronym.length >= 3 && (kind === Label.Program || !NOT_ORG_ACRONYMS.has(acronym))) addScan(e.words, { entry: e, acronym });
      continue;
    }
    const minWords = kind === Label.Program ? 3 : 2;
    if (e.words.length < minWords) continue;
    if (!SHARED_KINDS.has(kind) && !e.distinctive) continue;
    if (kind === Label.Event || kind === Label.Intervention || kind === Label.Place) continue;
    addScan(e.words, { entry: e });
  }
  PROGRAM_SYNONYMS.forEach((g, i) => {
    for (const p of g.phrases) addScan(p.split(" "), { group: i, acronym: p === "ocop" ? "OCOP" : undefined });
  });
  return { gazetteer: gaz, entries, byBag, scan, groups, byId: knowledge.entities };
}

const quoteName = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Does a known program's or project's period hold the article's year (when both are known)? */
export function inPeriod(e: CorpusEntity, year: number | undefined): boolean {
  if (!year || (e.kind !== Label.Program && e.kind !== Label.Project)) return true;
  const period = entityPeriod(e);
  if (!period) return true;
  const [from, to] = period.split("-").map(Number);
  return year >= from && year <= to;
}

/** The known entity a mention names, if sure enough (see resolveMention). */
export function matchMention(m: EntityMention, index: CorpusIndex, year?: number, ctx: MatchContext = {}): Match | undefined {
  return resolveMention(m, index, year, ctx).bound;
}

/**
 * The known entity a mention names when the evidence is strong enough (confidence ≥
 * BIND_THRESHOLD), else the known entities it might name, best first, for a curator to decide. A
 * program of another period than the article's year is neither.
 */
export function resolveMention(m: EntityMention, index: CorpusIndex, year?: number, ctx: MatchContext = {}): Resolution {
  if (m.kind === Label.Person) return resolvePerson(m, index, ctx);
  let found = matchAny(m, index, ctx);
  if (found && m.kind === Label.Organization && !samePlaces(m.name, found.entity, index.gazetteer))
    found = sure(found.entity, `same name as ${found.entity.id}`, 0.3, "its name, another place");
  if (!found || !inPeriod(found.entity, year)) return { candidates: [] };
  return found.confidence >= BIND_THRESHOLD ? { bound: found, candidates: [] } : { candidates: [found] };
}

/** Names of an organization, folded: name, aliases, English name, acronym. */
const orgNames = (e: CorpusEntity): string[] => [e.name, ...e.aliases, ...(e.nameEn ? [e.nameEn] : []), ...(e.acronym ? [e.acronym] : [])].map(foldKey).filter(Boolean);
const holds = (text: string, phrase: string): boolean => phrase.length > 1 && ` ${text} `.includes(` ${phrase} `);

/**
 * A person binds only to a known person of the same full name (diacritics folded, in order) whose
 * organization or position the mention's sentence names; the same name elsewhere, or a name that
 * only shares words, is a candidate.
 */
function resolvePerson(m: EntityMention, index: CorpusIndex, ctx: MatchContext): Resolution {
  const name = foldKey(m.name);
  const words = name.split(" ");
  const around = foldKey((ctx.context ?? "").replace(m.name, " "));
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const e of index.entries) {
    if (e.entity.kind !== Label.Person || seen.has(e.entity.id)) continue;
    const theirs = foldKey(e.text);
    if (theirs === name) {
      seen.add(e.entity.id);
      const affiliations = e.entity.affiliations ?? [];
      const org = affiliations.map((a) => index.byId.get(a.org)).find((o) => o && orgNames(o).some((n) => holds(around, n)));
      const position = affiliations.find((a) => a.position && holds(around, foldKey(a.position)));
      if (org) out.push(sure(e.entity, `matched existing ${e.entity.id} by its full ${e.via} "${quoteName(e.text)}"`, 0.95, `same full name and organization ${org.id}`));
      else if (position)
        out.push(sure(e.entity, `matched existing ${e.entity.id} by its full ${e.via} "${quoteName(e.text)}"`, 0.9, `same full name and position "${position.position}"`));
      else
        out.push(
          sure(
            e.entity,
            `same full name as ${e.entity.id}`,
            0.5,
            affiliations.length ? "same full name, another organization or position" : "same full name, no organization or position to compare",
          ),
        );
    }
  }
  for (const e of index.entries) {
    if (e.entity.kind !== Label.Person || seen.has(e.entity.id)) continue;
    const theirs = foldKey(e.text).split(" ");
    const shared = words.filter((w) => theirs.includes(w)).length;
    if (shared >= 2 && theirs.at(-1) === words.at(-1)) {
      seen.add(e.entity.id);
      out.push(sure(e.entity, `shares words with ${e.entity.id}`, 0.2, "shared words of the name only"));
    }
  }
  out.sort((a, b) => b.confidence - a.confidence);
  const best = out[0];
  return best && best.confidence >= BIND_THRESHOLD ? { bound: best, candidates: [] } : { candidates: out };
}

/** Heads of Vietnamese local bodies (folded, abbreviations written out): one body in each place, never one body's unit elsewhere. */
const LOCAL_BODY_HEAD =
  /^(so|phong|ban|uy ban nhan dan|ubnd|hoi|trung tam|chi cuc|chi hoi|doan|van phong|ngan hang chinh sach xa hoi|mat tran|lien minh hop tac xa|hop tac xa|tram|truong|dang uy|huyen doan|tinh doan|department|provincial|district|commune|dard|doit|dolisa|molisa)\b/;

/** Provinces and districts named inside a name ("Lao Cai Department of …" → lao cai), folded, two or three words. */
export function placesInName(name: string, gaz: Gazetteer): Set<string> {
  const words = foldKey(name).split(" ").filter(Boolean);
  const out = new Set<string>();
  for (let n = 3; n >= 2; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const key = words.slice(i, i + n).join(" ");
      if (gaz.lookup(key, ["PROVINCE", "DISTRICT"]).length) out.add(key);
    }
  return out;
}

/**
 * A local body matches only within its place: a mention naming a province or district never binds
 * to a known organization whose names name other places only ("Lao Cai DARD" is not "Ninh Thuan DARD").
 */
function samePlaces(name: string, e: CorpusEntity, gaz: Gazetteer): boolean {
  const mine = placesInName(name, gaz);
  if (!mine.size) return true;
  const theirs = new Set([e.name, ...e.aliases, ...(e.nameEn ? [e.nameEn] : [])].flatMap((n) => [...placesInName(n, gaz)]));
  if (!theirs.size) return true;
  return [...mine].some((p) => theirs.has(p));
}

/** The article's folded text, folded once per article. */
let lastFolded: { text: string; folded: string } | undefined;
const foldedText = (text: string): string => {
  if (lastFolded?.text !== text) lastFolded = { text, folded: foldKey(text) };
  return lastFolded.folded;
};

/**
 * A local body named without its place ("Sở Nông nghiệp và PTNT") is a known one only where the
 * article names that body's place: the confidence of such a match drops to 0.4 otherwise.
 */
function localBody(m: EntityMention, e: IndexEntry, index: CorpusIndex, ctx: MatchContext, match: Match): Match {
  if (m.kind !== Label.Organization || ctx.text === undefined) return match;
  const gaz = index.gazetteer;
  if (placesInName(m.name, gaz).size || placesInName(e.text, gaz).size) return match;
  const theirs = [...new Set(orgNames(e.entity).flatMap((n) => [...placesInName(n, gaz)]))];
  if (!theirs.length) return match;
  const text = foldedText(ctx.text);
  if (theirs.some((p) => holds(text, p))) return match;
  return sure(
    e.entity,
    `same ${e.via} as ${e.entity.id} ("${quoteName(e.text)}")`,
    0.4,
    `a local body of ${theirs.filter((p) => !theirs.some((q) => q !== p && p.includes(q))).join(", ")}, which the article does not name`,
  );
}

/**
 * (ingest-models) Two names of a practice that fold alike but are written with other tones name other crops or animals ("trồng
 * dứa", pineapple, is not "trồng dưa", melon): a word of one whose folded twin in the other carries other diacritics.
 */
function toneClash(a: string, b: string): boolean {
  const words = (s: string): string[] =>
    s
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  const theirs = new Map(words(b).map((w) => [foldKey(w), w]));
  return words(a).some((w) => theirs.has(foldKey(w)) && theirs.get(foldKey(w)) !== w && /[^\p{ASCII}]/u.test(w + theirs.get(foldKey(w))!));
}

function matchAny(m: EntityMention, index: CorpusIndex, ctx: MatchContext = {}): Match | undefined {
  if (m.kind === Label.Document || m.ref) return undefined;
  const compact = index.gazetteer.compact;
  const kindOk = (e: CorpusEntity): boolean => e.kind === m.kind;
  const distinctive = isDistinctive(m.name, m.kind, index.gazetteer);
  const words = nameWords(m.name, compact);

  // the national programs by any of their usual names, when the periods agree
  if (m.kind === Label.Program) {
    const g = groupOf(words) ?? (m.quotedName ? groupOf(nameWords(m.quotedName, compact)) : undefined);
    if (g !== undefined) {
      const known = index.groups.get(g);
      const period = periodOf(words) ?? (m.quotedName ? periodOf(nameWords(m.quotedName, compact)) : undefined);
      const knownPeriod = known ? entityPeriod(known) : undefined;
      if (known && (!period || !knownPeriod || period === knownPeriod)) {
        return sure(known, `matched existing ${known.id} as a usual name of the national program ("${quoteName(m.name)}")`, 0.9, "a usual name of the national program");
      }
    }
  }
  // the same bag of words as a name, alias, acronym or English name
  const variants = [m.name, m.quotedName, m.name.replace(/\s*\([^)]*\)\s*/g, " ").trim()].filter((v): v is string => !!v);
  for (const v of variants) {
    const bag = bagKey(v.replace(/^(tổ chức|the|dự án|chương trình) /iu, ""), compact);
    const hits = (index.byBag.get(bag) ?? []).filter(
      (e) => kindOk(e.entity) && (e.distinctive || distinctive) && (distinctive || SHARED_KINDS.has(m.kind)) && !(m.kind === Label.Model && toneClash(v, e.text)),
    );
    if (hits.length) {
      const e = hits[0];
      const how = e.via === "English name" && !/\P{ASCII}/u.test(v) ? "English name" : e.via;
      const [confidence, evidence] = how === "acronym" ? [0.95, "same acronym"] : how === "name" ? [0.95, "same name"] : how === "alias" ? [0.85, "an alias"] : [0.9, `its ${how}`];
      return localBody(m, e, index, ctx, sure(e.entity, `matched existing ${e.entity.id} by its ${how} "${quoteName(e.text)}"`, confidence, evidence));
    }
  }
  if (m.acronym) {
    const e = index.entries.find((x) => kindOk(x.entity) && x.via === "acronym" && x.text === m.acronym);
    if (e) return localBody(m, e, index, ctx, sure(e.entity, `matched existing ${e.entity.id} by its acronym "${m.acronym}"`, 0.95, "same acronym"));
  }
  // models: "mô hình trồng dưa", "kỹ thuật trồng dưa hấu" = "trồng dưa"
  if (m.kind === Label.Model) {
    const core = words.join(" ").replace(/^(mo hinh|ky thuat) /, "");
    const e = index.entries.find((x) => x.entity.kind === Label.Model && x.words.join(" ").replace(/^(mo hinh|ky thuat) /, "") === core && !toneClash(m.name, x.text));
    if (e) return sure(e.entity, `matched existing ${e.entity.id} by its ${e.via} "${quoteName(e.text)}"`, 0.75, "the same practice, other framing words");
  }
  // a very similar name (word order, a word more or less)
  if (distinctive && m.kind !== Label.Event && m.kind !== Label.Person) {
    let best: { e: IndexEntry; score: number } | undefined;
    for (const e of index.entries) {
      if (!kindOk(e.entity) || !e.distinctive || (m.kind === Label.Model && toneClash(m.name, e.text))) continue;
      const score = dice(words, e.words);
      if (score >= 0.85 && (!best || score > best.score)) best = { e, score };
    }
    if (best)
      return localBody(
        m,
        best.e,
        index,
        ctx,
        sure(
          best.e.entity,
          `matched existing ${best.e.entity.id} by a similar ${best.e.via} "${quoteName(best.e.text)}"`,
          Math.round(75 * best.score) / 100,
          `${Math.round(best.score * 100)}% of the words`,
        ),
      );
  }
  return undefined;
}

/**
 * A known entity whose name this new one's holds, with words that only say where: "Plan
 * International Lai Châu" is a unit of "Plan International"; "nuôi gà đen bản địa" a variant of
 * "nuôi gà".
 */
export function broaderOf(m: EntityMention, index: CorpusIndex): Match | undefined {
  if (m.kind !== Label.Organization && m.kind !== Label.Model) return undefined;
  const compact = index.gazetteer.compact;
  const words = nameWords(m.name, compact).join(" ");
  let best: IndexEntry | undefined;
  for (const e of index.entries) {
    if (e.entity.kind !== m.kind || (m.kind === Label.Organization && !e.distinctive) || (m.kind === Label.Model && toneClash(m.name, e.text))) continue;
    const ew = e.words.join(" ");
    if (ew.length < 4 || ew === words || !words.startsWith(`${ew} `)) continue;
    const rest = words.slice(ew.length + 1);
    if (m.kind === Label.Organization && !index.gazetteer.lookup(foldKey(rest)).length) continue;
    // "Sở Nông nghiệp và PTNT tỉnh Nghệ An" is not a unit of a known "Sở Nông nghiệp và PTNT" of another province: a Vietnamese
    // local body with a place is that place's body, and a known body whose names name places is a unit of those places only
    if (m.kind === Label.Organization) {
      if (LOCAL_BODY_HEAD.test(ew)) continue;
      const theirs = new Set(orgNames(e.entity).flatMap((n) => [...placesInName(n, index.gazetteer)]));
      const mine = placesInName(rest, index.gazetteer);
      if (theirs.size && ![...mine].some((p) => theirs.has(p))) continue;
    }
    if (!best || e.words.length > best.words.length) best = e;
  }
  if (!best) return undefined;
  return m.kind === Label.Organization
    ? sure(best.entity, `its name is ${best.entity.id}'s ("${best.text}") and a place`, 0.8, "same parent organization")
    : sure(best.entity, `a variant of ${best.entity.id} ("${best.text}")`, 0.75, "a variant of the practice");
}

/** Words before a program's usual name that make it a rating ("đạt chuẩn OCOP", "được công nhận OCOP"). */
const PROGRAM_STATUS_BEFORE = /(?<![\p{L}])(?:đạt(?: chuẩn)?|công nhận|về đích|xếp hạng|rated|certified)[ \t]*$/iu;
/** A count right before (with "sản phẩm" after it or not): products counted by their rating ("3 sản phẩm OCOP", "five OCOP products"). */
const PROGRAM_COUNTED = /(?<![\p{L}])(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|two|three|four|five|six|seven|eight|nine|ten|many)[ \t]+(?:(?:sản phẩm|hàng)[ \t]*)?$/iu;
/** Words after it that do ("OCOP 4 sao", "OCOP-certified"; "kiểu mẫu", "nâng cao" after another program's usual name). */
const PROGRAM_STATUS_AFTER =
  /^(?:[ \t]*(?:\d+|hai|ba|bốn|năm|three|four|five)[ \t-]*(?:sao|stars?)|[ \t]+(?:kiểu mẫu|nâng cao)|-?[ \t]*(?:certified|rated|ratings?|stars?))(?![\p{L}])/iu;
/** The program itself is named: "Chương trình …", "MTQG …", "… programme". */
const PROGRAM_NAMED = /(?:chương trình|mục tiêu quốc gia|MTQG|programm?e?|campaign)/iu;

/**
 * (models2) A program's usual name used for a product's rating or a place's status, not for the program: "3 sản phẩm OCOP",
 * "đạt chuẩn OCOP 4 sao", "five OCOP products" (never "nông thôn mới": see below). Developing OCOP products
 * ("OCOP product development", "khởi nghiệp từ sản phẩm OCOP") is the program's work and still names it.
 */
function programStatus(doc: Doc, start: number, end: number): boolean {
  const said = doc.text.slice(start, end);
  // the development gold records a commune reaching the new-rural standard ("đạt chuẩn nông thôn mới") as a mention of
  // the program it is the standard of: only OCOP's product ratings are a status that names no program
  if (/nông thôn mới|new rural/iu.test(said)) return false;
  const before = doc.text.slice(Math.max(0, start - 30), start);
  const after = doc.text.slice(end, end + 30);
  if (PROGRAM_NAMED.test(said) || /(?:chương trình|MTQG|mục tiêu quốc gia)[ \t]*$/iu.test(before) || /^[ \t]*(?:programm?e?|campaign)\b/iu.test(after)) return false;
  const products = /(?:sản phẩm|hàng)[ \t]*$/iu.test(before) || /^(?:sản phẩm|hàng)/iu.test(said) || /^[ \t]+products?\b/iu.test(after);
  const counted = products && PROGRAM_COUNTED.test(before);
  return counted || PROGRAM_STATUS_BEFORE.test(before) || PROGRAM_STATUS_AFTER.test(after);
}

/** Names of known entities (and usual names of the national programs) found in the text. */
export function scanText(doc: Doc, index: CorpusIndex): ScanHit[] {
  const compact = index.gazetteer.compact;
  const norm: { word: string; token: number }[] = [];
  doc.tokens.forEach((t, i) => {
    for (const w of nameWords(t.text, compact)) norm.push({ word: w, token: i });
  });
  const hits: ScanHit[] = [];
  for (let n = 0; n < norm.length; n++) {
    for (const key of index.scan.get(norm[n].word) ?? []) {
      if (n + key.words.length > norm.length) continue;
      let ok = true;
      for (let k = 1; k < key.words.length; k++) if (norm[n + k].word !== key.words[k]) ok = false;
      if (!ok) continue;
      const first = doc.tokens[norm[n].token];
      const last = doc.tokens[norm[n + key.words.length - 1].token];
      if (n > 0 && norm[n - 1].token === norm[n].token) continue; // starts inside a word
      if (n + key.words.length < norm.length && norm[n + key.words.length].token === norm[n + key.words.length - 1].token) continue;
      // words must follow each other in the text (no line break, no sentence end between)
      const between = doc.text.slice(first.start, last.end);
      if (/[\n.;!?]/.test(between.replace(/\d\.\d/g, ""))) continue;
      if (key.acronym && !doc.tokens.slice(norm[n].token, norm[n + key.words.length - 1].token + 1).some((t) => t.text === key.acronym || t.text.toUpperCase() === t.text))
        continue;
      // "cán bộ Lao động - Thương binh và Xã hội" (labour staff) is not "Bộ Lao động – Thương binh và Xã hội" (the ministry):
      // an organization's name written in lower case where the known name starts with a capital is a common noun
      if (key.entry?.entity.kind === Label.Organization && /^\p{Lu}/u.test(key.entry.text) && /^\p{Ll}/u.test(first.text)) continue;
      // a local body named without its place ("DARD", "Sở Nông nghiệp và PTNT") is this article's body of that name only
      // when its known place is named in the same sentence
      if (key.entry?.entity.kind === Label.Organization && !placesInName(doc.text.slice(first.start, last.end), index.gazetteer).size) {
        const e = key.entry.entity;
        const theirs = [...new Set([e.name, ...(e.nameEn ? [e.nameEn] : [])].flatMap((x) => [...placesInName(x, index.gazetteer)]))];
        const sentence = doc.sentences.find((x) => x.start <= first.start && first.start < x.end);
        const around = foldKey(sentence ? doc.text.slice(sentence.start, sentence.end) : "");
        if (theirs.length && !theirs.some((p) => ` ${around} `.includes(` ${p} `))) continue;
      }
      // (models2) "sản phẩm OCOP 3 sao", "OCOP products": a product's rating, not a mention of the program itself
      // ("Chương trình OCOP", "the OCOP programme" are; so is "đạt chuẩn nông thôn mới", as the gold records it)
      if ((key.group !== undefined || key.entry?.entity.kind === Label.Program) && programStatus(doc, first.start, last.end)) continue;
      if (key.entry) {
        const e = key.entry;
        // a person is bound through their full name and organization (resolvePerson), never by a name found in passing;
        // a model's name of three words or less ("chuỗi giá trị") is a common phrase as often as the known practice
        const [confidence, evidence] =
          e.entity.kind === Label.Person
            ? [0.5, "a person's name found in the text, without their organization"]
            : e.entity.kind === Label.Model && e.words.length <= 3
              ? [0.55, "a common phrase naming a known practice"]
              : key.acronym
                ? [0.9, "its acronym in the text"]
                : [0.8, `its ${e.via} in the text`];
        hits.push({
          start: first.start,
          end: last.end,
          entity: e.entity,
          kind: e.entity.kind,
          confidence,
          reason: `matched existing ${e.entity.id}: the text names it by its ${e.via} "${quoteName(e.text)}" (${confidence.toFixed(2)}: ${evidence})`,
        });
      } else if (key.group !== undefined) {
        const known = index.groups.get(key.group);
        hits.push({
          start: first.start,
          end: last.end,
          entity: known,
          group: key.group,
          kind: Label.Program,
          ...(known ? { confidence: 0.9 } : {}),
          reason: known
            ? `matched existing ${known.id} as a usual name of the national program ("${doc.text.slice(first.start, last.end)}") (0.90: a usual name of the national program)`
            : `a usual name of the national program "${PROGRAM_SYNONYMS[key.group].name}"`,
        });
      }
    }
  }
  // the longest hit wins where hits overlap
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ScanHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
