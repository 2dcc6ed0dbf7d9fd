/**
 * (places5) Where a body or a group of people is, read off its own name, after every body and group is drafted
 * (placeBodiesByName), and two helpers of the event-place fallback in the relationships stage:
 * - a body whose name gives its level but not its unit ("UBND tỉnh", "Hội Liên hiệp Phụ nữ huyện", "Sở Nông nghiệp và
 *   Môi trường", "Tỉnh đoàn", "the provincial People's Committee") is in the one unit of that level the article names,
 *   drafted as inferred with the reason; several units of that level named, nothing is drafted;
 * - a handover's recipients whose name holds a place ("các hộ nghèo xã A", "households in B district") live there; said
 *   to live "trên địa bàn (xã)" without the unit, in the one unit their sentence names (inferred);
 * - a body the earlier stages left unplaced whose name holds one place (a delegation "Đoàn công tác của Hội … tỉnh A") is there;
 * - a unit named with its owner ("Ban Quản lý dự án của Sở …") is where its owner is (inferred);
 * - datelinePlaces: the article's dateline ("Lao Cai – On …"); insideNameOf: a place inside a project's name.
 * Pure functions over the draft; the stage is placeBodiesByName.
 */
import { EventType, OrgType, Role } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { type ArticleDraft, type DraftEntity, type Located, relate, sentenceOf } from "../ingest.draft";
import { levelRank } from "../ingest.gazetteer";
import type { Level } from "../ingest.lexicon";
import { foldKey, type Span } from "../ingest.text";

const LEVEL_OF_WORD: Readonly<Record<string, Level>> = {
  tỉnh: "PROVINCE",
  huyện: "DISTRICT",
  xã: "COMMUNE",
  provincial: "PROVINCE",
  province: "PROVINCE",
  district: "DISTRICT",
  commune: "COMMUNE",
};
const LEVELS: readonly Level[] = ["PROVINCE", "DISTRICT", "COMMUNE", "VILLAGE"];

/** "Sở Y tế", "các Sở …": a provincial department by its head word. */
const SO_HEAD = /^(?:các\s+|những\s+)?sở(?!\p{L})/iu;
/** "Tỉnh ủy", "Tỉnh đoàn", "Huyện ủy", "Huyện đoàn": the party or youth committee of a level, by its head word. */
const LEVEL_COMMITTEE = /^(tỉnh|huyện)\s+(?:ủy|uỷ|đoàn)$/iu;
/** "UBND tỉnh", "Hội Nông dân huyện", "Ban quản lý dự án cấp xã": a body of a level whose name ends on the level's word. */
const LEVEL_LAST = /(?<!\p{L})(?:cấp\s+)?(tỉnh|huyện|xã)$/iu;
/** "the provincial Women's Union", "District People's Committee", "commune authorities": the level's word in an English name. */
const LEVEL_EN = /(?<!\p{L})(provincial|province|district|commune)(?!\p{L})/iu;
/** "các Ban QLDA xã", "những Hội Nông dân huyện", "district youth unions": many bodies, one in each unit of the level. */
const PLURAL_VI = /^(?:các|những)\s/iu;
const PLURAL_EN = /(?:unions|committees|boards|authorities|centres|centers|departments|offices|branches|associations|cooperatives)$/iu;

/**
 * The level a body's name gives without naming its unit, and whether the name is of many bodies (one a unit); undefined
 * when it gives none. Only a name with no place in it is asked (the caller checks that).
 */
export function bareLevelOf(name: string): { level: Level; plural: boolean } | undefined {
  const n = name.trim().replace(/\s*\([^)]*\)\s*$/u, "");
  const pluralVi = PLURAL_VI.test(n);
  if (SO_HEAD.test(n)) return { level: "PROVINCE", plural: pluralVi };
  const committee = LEVEL_COMMITTEE.exec(n);
  if (committee) return { level: LEVEL_OF_WORD[committee[1].toLowerCase()], plural: false };
  const last = LEVEL_LAST.exec(n);
  if (last) return { level: LEVEL_OF_WORD[last[1].toLowerCase()], plural: pluralVi };
  const en = LEVEL_EN.exec(n);
  if (en && /^[\x20-\x7E’]+$/u.test(n)) return { level: LEVEL_OF_WORD[en[1].toLowerCase()], plural: PLURAL_EN.test(n) };
  return undefined;
}

/** The unit of `level` that holds (or is) a gazetteer place, if any. */
function unitAt(a: ArticleDraft, id: string, level: Level): string | undefined {
  const gaz = a.knowledge.gazetteer;
  if (gaz.get(id)?.level === level) return id;
  return [...gaz.ancestors(id)].find((x) => gaz.get(x)?.level === level);
}

/**
 * The one unit of `level` the article's places are in (a place above that level does not count against it); undefined
 * when it names none or several.
 */
export function articleUnit(a: ArticleDraft, level: Level): string | undefined {
  const units = new Set<string>();
  for (const m of a.places.mentions) {
    if (!m.placeId) continue;
    const u = unitAt(a, m.placeId, level);
    if (u) units.add(u);
  }
  return units.size === 1 ? [...units][0] : undefined;
}

/** The place mentions inside a span, as gazetteer ids, only the smallest (a unit holding another named one is its address). */
export function placesInside(a: ArticleDraft, span: Span): string[] {
  const ids = [...new Set(a.places.mentions.filter((m) => m.placeId && m.start >= span.start && m.end <= span.end && a.entities.has(m.placeId)).map((m) => m.placeId!))];
  const gaz = a.knowledge.gazetteer;
  return ids.filter((x) => !ids.some((y) => y !== x && gaz.isAncestor(x, y)));
}

/** Is the span inside the written name of an entity of these kinds (not the span itself)? */
export const insideNameOf = (l: Span, located: readonly Located[], kinds: readonly string[]): boolean =>
  located.some((o) => kinds.includes(o.kind) && o !== l && o.start <= l.start && l.end <= o.end && o.end - o.start > l.end - l.start);

/** A dateline: a line of the body opening (after at most two short words: "(VNA)", "date 2024-05-02") on a name, then a dash. */
const DATELINE = /^((?:[^\s.,;:]+\s+){0,2}?)(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*[–—-]\s/u;

/**
 * The article's dateline place: a name that opens one of the body's first lines, followed by a dash ("Thua Thien Hue – On
 * 20 July …", "KON TUM — Forty …"), read as a province (else a district) the draft already holds; none when it is not
 * one, or names several the draft holds.
 */
export function datelinePlaces(a: ArticleDraft): Located[] {
  const { text } = a;
  const from = a.doc.title.end;
  const until = Math.min(text.length, from + 600);
  for (let lineStart = text.indexOf("\n", from) + 1; lineStart > 0 && lineStart < until; lineStart = text.indexOf("\n", lineStart) + 1) {
    const m = DATELINE.exec(text.slice(lineStart, lineStart + 80));
    if (!m) continue;
    const records = a.knowledge.gazetteer.lookup(foldKey(m[2])).filter((r) => a.entities.has(r.id));
    for (const level of ["PROVINCE", "DISTRICT"] as const) {
      const at = records.filter((r) => r.level === level);
      if (at.length > 1) return [];
      if (at.length === 1) {
        const start = lineStart + m[1].length;
        return [{ start, end: start + m[2].length, id: at[0].id, kind: Label.Place }];
      }
    }
    return [];
  }
  return [];
}

/** Has the entity a place in the draft already (LOCATED_IN, BASED_IN or COVERS)? */
export const hasPlace = (a: ArticleDraft, id: string): boolean =>
  [...a.rels.values()].some((r) => r.from === id && (r.type === RelType.LOCATED_IN || r.type === RelType.BASED_IN || r.type === RelType.COVERS));

/** Where an entity's name is written: its spans, and every place the text spells its name (any case). */
function nameSpans(a: ArticleDraft, e: DraftEntity): Span[] {
  const out = [...e.spans];
  const lower = a.text.toLowerCase();
  const name = String(e.name).toLowerCase();
  for (let at = lower.indexOf(name); at >= 0 && name.length > 3; at = lower.indexOf(name, at + 1))
    if (!out.some((sp) => sp.start === at)) out.push({ start: at, end: at + name.length });
  return out;
}

/** "trên địa bàn (xã)", "in the commune/locality", with no unit named after it: the area of a unit the sentence names. */
const BARE_AREA = /(?<!\p{L})(?:trên địa bàn|tại địa phương|in the (?:locality|area|commune|district|province))(?:\s+(xã|huyện|tỉnh))?(?=\s*(?:[.,;]|$))/iu;

/**
 * A group whose name or sentence (after it) says it lives "trên địa bàn (xã)" without naming the unit: the one unit of that level (any level, when
 * none is said: the smallest) the sentence names. Undefined when it names none or several.
 */
export function bareAreaUnit(a: ArticleDraft, group: Span, sentence: Span): string | undefined {
  // from the group's start: its name may end on the words ("các hộ nghèo trên địa bàn xã")
  const m = BARE_AREA.exec(a.text.slice(group.start, sentence.end));
  if (!m) return undefined;
  const word = m[1]?.toLowerCase();
  const here = a.places.mentions.filter((x) => x.placeId && x.start >= sentence.start && x.end <= sentence.end);
  const gaz = a.knowledge.gazetteer;
  const ids = [...new Set(here.map((x) => (word ? unitAt(a, x.placeId!, LEVEL_OF_WORD[word]) : x.placeId)).filter((x): x is string => !!x))];
  const smallest = ids.filter((x) => !ids.some((y) => y !== x && gaz.isAncestor(x, y)));
  return smallest.length === 1 ? smallest[0] : undefined;
}

/** A handover's recipients: the group a handover is for (the groups an article is only said to serve are left unplaced). */
const receivesHandover = (a: ArticleDraft, e: DraftEntity): boolean =>
  [...a.rels.values()].some(
    (r) => r.from === e.id && r.type === RelType.INVOLVED_IN && r.role === Role.BENEFICIARY && a.events.some((x) => x.draft.id === r.to && x.type === EventType.HANDOVER),
  );

/**
 * Stage (after the beneficiaries): a handover's recipients' home from the places their name holds (else from "trên địa bàn
 * xã" after it, inferred); a body's place from the one place its name holds, else its unit from the level its name gives,
 * when the article names one unit of that level (many bodies, one a unit: the one unit a level above); then a unit's place
 * from its owner's. Known bodies (the seeds') and bodies already placed are left as they are.
 */
export function placeBodiesByName(a: ArticleDraft): ArticleDraft {
  for (const e of [...a.entities.values()]) {
    if (e.kind !== Label.Organization || e.known || hasPlace(a, e.id)) continue;
    const spans = nameSpans(a, e);
    const inName = spans.flatMap((sp) => placesInside(a, sp));
    if (e.props.orgType === OrgType.COMMUNITY_GROUP) {
      if (!receivesHandover(a, e)) continue;
      const homes = [...new Set(inName)];
      const sp = spans.find((x) => placesInside(a, x).length) ?? e.quote;
      if (homes.length && homes.length <= 3) {
        for (const w of homes) relate(a, e.id, RelType.LOCATED_IN, w, sp, `the group's name holds the place "${a.entities.get(w)?.name ?? w}"`);
        continue;
      }
      for (const g of spans) {
        const unit = bareAreaUnit(a, g, sentenceOf(a, g.start));
        if (!unit) continue;
        const why = `its sentence says it lives "trên địa bàn" without naming the unit; the one unit the sentence names is ${a.entities.get(unit)?.name ?? unit}`;
        relate(a, e.id, RelType.LOCATED_IN, unit, sentenceOf(a, g.start), why, { inferred: `The group's place is not named with it; ${why}.` });
        break;
      }
      continue;
    }
    if (inName.length) {
      const sp = spans.find((x) => placesInside(a, x).length) ?? e.quote;
      const ids = [...new Set(inName)];
      if (ids.length === 1) relate(a, e.id, RelType.LOCATED_IN, ids[0], sp, `its name holds the place "${a.entities.get(ids[0])?.name ?? ids[0]}"`);
      continue;
    }
    const bare = bareLevelOf(String(e.name));
    if (!bare) continue;
    // many bodies, one in each unit ("các Ban QLDA xã"): the one unit above the level that holds them all
    const from = levelRank(bare.level) - (bare.plural ? 1 : 0);
    const unit = from >= 0 ? articleUnit(a, LEVELS[from]) : undefined;
    if (!unit) continue;
    const unitName = a.entities.get(unit)?.name ?? unit;
    const why = bare.plural
      ? `its name speaks of bodies of each ${bare.level.toLowerCase()} without naming them; the article's places are all in ${unitName}`
      : `its name gives its level (${bare.level.toLowerCase()}) without naming it; the one ${bare.level.toLowerCase()} the article names is ${unitName}`;
    relate(a, e.id, RelType.LOCATED_IN, unit, e.quote, why, { inferred: `The name does not say which unit; ${why}.` });
  }
  // "the local authorities of Bao Nam commune, Ky Son district": an English body's place after "of"
  for (const e of [...a.entities.values()]) {
    if (e.kind !== Label.Organization || e.known || e.props.orgType === OrgType.COMMUNITY_GROUP || hasPlace(a, e.id)) continue;
    const at = placeOfAfter(a, e);
    if (at) relate(a, e.id, RelType.LOCATED_IN, at.id, at.quote, `"${a.text.slice(at.quote.start, at.quote.end).replace(/\s+/gu, " ").slice(-60)}": the place after "of" its name`);
  }
  // a unit named with its owner ("Ban Quản lý dự án của Sở …", "Văn phòng … thuộc UBND huyện …"): where its owner is
  for (const e of [...a.entities.values()]) {
    if (e.kind !== Label.Organization || e.known || e.props.orgType === OrgType.COMMUNITY_GROUP || hasPlace(a, e.id)) continue;
    const owned = ownerOf(a, e);
    if (!owned) continue;
    const place = [...a.rels.values()].filter((r) => r.from === owned.owner.id && r.type === RelType.LOCATED_IN);
    if (place.length !== 1) continue;
    const unitName = a.entities.get(place[0].to)?.name ?? place[0].to;
    const why = `it is a unit of "${owned.owner.name}" ("${owned.join}"), which is in ${unitName}`;
    relate(a, e.id, RelType.LOCATED_IN, place[0].to, owned.quote, why, { inferred: `The body's own place is not stated; ${why}.` });
  }
  coverCountedUnits(a);
  return a;
}

const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
/** "in six provinces", "across 4 districts", "tại 3 huyện", "ở hai tỉnh": a count of units of one level, no name after it. */
const COUNTED_UNITS =
  /(?<!\p{L})(?:in|across|covers?|covering|tại|ở|trên địa bàn|gồm)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(provinces|districts|communes|tỉnh|huyện|xã)(?!\p{L})/iu;
/** Names right after the count ("3 huyện A, B và C", "four provinces, namely A …"): the sentence lists them itself (case-sensitive). */
const NAMES_AFTER = /^\s*(?:[:,]\s*)?(?:là\s+|namely\s+|including\s+|gồm\s+)?\p{Lu}/u;
const LEVEL_OF_UNITS: Readonly<Record<string, Level>> = {
  provinces: "PROVINCE",
  districts: "DISTRICT",
  communes: "COMMUNE",
  tỉnh: "PROVINCE",
  huyện: "DISTRICT",
  xã: "COMMUNE",
};

/**
 * A project's sentence that counts the units it works in without naming them ("… a project … in six provinces …"), and the
 * first of the next two sentences that names units of that level names exactly that many ("… the provinces of A, B, C, D, E and F"): the project covers
 * them, as inferred. The article's project when its sentence names none but says "dự án/project". Another count, nothing.
 */
export function coverCountedUnits(a: ArticleDraft): void {
  const { text } = a;
  const projects = [...a.entities.values()].filter((e) => e.kind === Label.Project);
  if (!projects.length) return;
  const sentences = a.doc.sentences;
  sentences.forEach((s, i) => {
    const sText = text.slice(s.start, s.end);
    const m = COUNTED_UNITS.exec(sText);
    if (!m || NAMES_AFTER.test(sText.slice(m.index + m[0].length))) return;
    const named = projects.filter((p) => p.spans.some((sp) => sp.start >= s.start && sp.end <= s.end));
    const project = named.length === 1 ? named[0] : !named.length && projects.length === 1 && /(?<!\p{L})(?:dự án|project)(?!\p{L})/iu.test(sText) ? projects[0] : undefined;
    if (!project) return;
    const n = /^\d+$/u.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1].toLowerCase()];
    const level = LEVEL_OF_UNITS[m[2].toLowerCase()];
    if (!n || n < 2) return;
    // the first of the next two sentences that names units of that level
    const unitsIn = (x: Span): string[] => [
      ...new Set(
        a.places.mentions.filter((p) => p.placeId && p.start >= x.start && p.end <= x.end && a.knowledge.gazetteer.get(p.placeId)?.level === level).map((p) => p.placeId!),
      ),
    ];
    const next = sentences.slice(i + 1, i + 3).find((x) => unitsIn(x).length);
    if (!next) return;
    const units = unitsIn(next);
    if (units.length !== n) return;
    // the project's own area already drafted at that level or below: nothing to add
    const gaz = a.knowledge.gazetteer;
    const covered = [...a.rels.entries()].filter(([, r]) => r.from === project.id && r.type === RelType.COVERS);
    if (covered.some(([, r]) => !units.some((u) => gaz.isAncestor(r.to, u)))) return;
    // "ba xã của huyện A": the district is the communes' address, not one more place covered
    for (const [key] of covered) a.rels.delete(key);
    const why = `the project's sentence counts ${n} ${m[2]} ("${m[0].trim()}") and a sentence right after it names ${n} of that level`;
    for (const u of units)
      relate(a, project.id, RelType.COVERS, u, { start: s.start + m.index, end: next.end }, why, { inferred: `The sentence that names them does not name the project; ${why}.` });
  });
}

/** What joins a unit's name to its owner's, right after it: "của", "thuộc", "trực thuộc". */
const OWNED_BY = /^\s*(?:\([^)]{1,30}\)\s*)?(của|thuộc|trực thuộc)\s+$/iu;

/** The body a unit's name is followed by, after "của/thuộc" ("Ban Quản lý dự án của Sở Y tế"): its owner. */
export function ownerOf(a: ArticleDraft, e: DraftEntity): { owner: DraftEntity; join: string; quote: Span } | undefined {
  for (const sp of e.spans)
    for (const o of a.entities.values()) {
      if (o === e || o.kind !== Label.Organization) continue;
      for (const op of o.spans) {
        if (op.start <= sp.end || op.start - sp.end > 24) continue;
        const m = OWNED_BY.exec(a.text.slice(sp.end, op.start));
        if (m) return { owner: o, join: m[1], quote: { start: sp.start, end: op.end } };
      }
    }
  return undefined;
}

/** "of" (and an article) between an English body's name and a place: "authorities of", "the committee of the". */
const OF_BEFORE_PLACE = /^\s+of\s+(?:the\s+)?$/u;
/** What joins the units of one address: ", ", " in ", " of ". */
const ADDRESS_JOIN = /^\s*(?:,|\s(?:in|of))\s*(?:the\s+)?$/u;

/**
 * The place right after "of" an English body's name ("local authorities of Huu Kiem commune, Ky Son district"): the smallest
 * unit of that address. Undefined when no place follows so.
 */
export function placeOfAfter(a: ArticleDraft, e: DraftEntity): { id: string; quote: Span } | undefined {
  if (a.lang !== "en") return undefined;
  const mentions = a.places.mentions.filter((m) => m.placeId && a.entities.has(m.placeId)).sort((x, y) => x.start - y.start);
  for (const sp of e.spans) {
    const first = mentions.find((m) => m.start >= sp.end && m.start - sp.end <= 10 && OF_BEFORE_PLACE.test(a.text.slice(sp.end, m.start)));
    if (!first) continue;
    const chain = [first];
    for (const m of mentions.filter((x) => x.start >= first.end)) {
      const prev = chain[chain.length - 1];
      if (m.start - prev.end > 12 || !ADDRESS_JOIN.test(a.text.slice(prev.end, m.start))) break;
      chain.push(m);
    }
    const gaz = a.knowledge.gazetteer;
    const ids = [...new Set(chain.map((m) => m.placeId!))];
    const smallest = ids.filter((x) => !ids.some((y) => y !== x && gaz.isAncestor(x, y)));
    if (smallest.length === 1) return { id: smallest[0], quote: { start: sp.start, end: chain[chain.length - 1].end } };
  }
  return undefined;
}
