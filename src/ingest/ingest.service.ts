/**
 * Turns an article into a draft seed file: a source, the entities it names (known ones
 * redeclared with this article's quote, new ones proposed) and the relationships their shared
 * sentences suggest, every one with an exact quote and `draft: "<why>"`. Pure: the seed files come
 * in as Knowledge, the result goes out as data (ingest.writer.ts renders it); no database.
 */
import { slugify } from "../common/text";
import type { SeedEntity, SeedFile, SeedMetric, SeedRelationship } from "../seed/seed.schema";
import type { CorpusEntity, Knowledge } from "./ingest.corpus";
import { type DateMention, findDates, publishedDate } from "./ingest.dates";
import { levelRank } from "./ingest.gazetteer";
import {
  GENERIC_EN_WORDS,
  NOT_ORG_ACRONYMS,
  ENTITY_VERBS_COORGANIZE,
  ENTITY_VERBS_ORGANIZE,
  EVENT_VERBS,
  PROGRAM_SYNONYMS,
  VI_EVENT_HEADS,
  EN_EVENT_HEADS,
} from "./ingest.lexicon";
import { BIND_THRESHOLD, broaderOf, candidatesLine, type CorpusIndex, indexCorpus, inPeriod, matchMention, resolveMention, scanText } from "./ingest.match";
import { type EntityMention, isForeignWord, phraseAt } from "./ingest.mentions";
import { findMentions } from "./ingest.mentions";
import { findNumbers, type NumberMention } from "./ingest.numbers";
import { findPlaces, type PlaceFinding, type PlaceMention } from "./ingest.places";
import { bagKey, capitalize, dice, foldKey, guessLang, isAcronym, type Lang, maskCorpusHeader, nameWords, readDoc, type Span, squash } from "./ingest.text";

export interface IngestOptions {
  /** The article's file name, as the source's `file`. */
  file: string;
  /** The source number (src:NNN). */
  number: number;
  lang?: Lang;
  url?: string;
  /** YYYY-MM-DD. */
  published?: string;
}

/** A number of the draft, where the text says it: for scoring. */
export interface DraftNumber {
  entityId: string;
  key: string;
  value: number;
  qualifier: string;
  /** Where its digits are in the article. */
  at: number;
}

export interface IngestResult {
  seed: SeedFile;
  /** What the rules could not settle, for the curator (the file's header). */
  notes: string[];
  numbers: DraftNumber[];
  lang: Lang;
  /** The naming of places the article uses, and why. */
  era: string;
}

interface Draft {
  kind: string;
  id: string;
  name: string;
  props: Record<string, unknown>;
  aliases: string[];
  quote: Span;
  reason: string;
  known?: CorpusEntity;
  metrics: (SeedMetric & { draft: string })[];
  /** Mentions of it, for the relationships. */
  spans: Span[];
}

const SENTENCE_WORDS = (s: string, words: readonly string[]): boolean => words.some((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "iu").test(s));

/** Reads the article and drafts its seed file. */
export function ingestArticle(rawText: string, options: IngestOptions, knowledge: Knowledge, index: CorpusIndex = indexCorpus(knowledge)): IngestResult {
  const notes: string[] = [];
  const nfc = rawText.normalize("NFC");
  const header = maskCorpusHeader(nfc);
  const text = header.text;
  if (nfc !== rawText) notes.push("the article is not in NFC Unicode form: quotes are cut from its NFC form; save the article as NFC before `npm run seed:check`");
  const lang = options.lang ?? guessLang(text);
  const doc = readDoc(text, lang);
  const gaz = knowledge.gazetteer;

  // dates, and when the article was written
  const published = options.published ?? publishedDate(text);
  const firstDates = findDates(text, doc.bodyEnd);
  const latestDay = firstDates
    .filter((d) => d.from.length === 10)
    .map((d) => d.from)
    .sort()
    .at(-1);
  // without a date line, the latest year the article gives (a period's end, not a target: "giai đoạn 2016-2022" → 2022)
  // "đến năm 2030" is a target; "từ tháng 3 đến tháng 12/2025" is a period's end
  const targetBefore = (d: DateMention): boolean =>
    /(đến|tới|until|by)\s*(năm\s*)?$/iu.test(text.slice(Math.max(0, d.start - 14), d.start)) && !/(từ|from)\s[^.;\n]{0,30}$/iu.test(text.slice(Math.max(0, d.start - 40), d.start));
  const latestStated = firstDates
    .filter((d) => !targetBefore(d))
    .map((d) => d.to.slice(0, 4))
    .sort()
    .at(-1);
  const refYear = Number((published ?? latestDay ?? latestStated ?? "").slice(0, 4)) || undefined;
  const dates = findDates(text, doc.bodyEnd, refYear);
  const targetDate = (d: DateMention): boolean => /(đến|tới|until|by)\s*(năm\s*)?$/iu.test(text.slice(Math.max(0, d.start - 12), d.start));
  // the article's own date: its publication, else the first full date it gives that is not a document's
  const documentDate = (d: DateMention): boolean => /\d+\s*\/\s*[\p{L}\d-]+[^.;\n]{0,20}$/u.test(text.slice(Math.max(0, d.start - 40), d.start));
  const firstDay = dates.find((d) => d.from.length === 10 && !documentDate(d) && !targetDate(d));
  const latestYear = dates
    .filter((d) => !d.period && !targetDate(d) && !documentDate(d))
    .map((d) => d.from.slice(0, 4))
    .sort()
    .at(-1);
  const refDate = published ?? firstDay?.from ?? (latestYear ? `${latestYear}-01-01` : undefined);

  const refYearOfArticle = refDate ? Number(refDate.slice(0, 4)) : undefined;
  // a year alone does not say which naming a 2025 article uses (the units changed on 1 July 2025)
  const placesDate = refDate && !published && !firstDay && refDate.startsWith("2025") ? undefined : refDate;
  const places: PlaceFinding = findPlaces(doc, gaz, placesDate);
  notes.push(...places.notes);
  const mentions = findMentions(doc, places.mentions);
  const hits = scanText(doc, index);

  const drafts = new Map<string, Draft>();
  const usedIds = new Set<string>(knowledge.kinds.keys());
  const idOf = new Map<EntityMention, string>();
  const surface = (s: Span): string => squash(text.slice(s.start, s.end));
  const sentenceOf = (pos: number): Span => doc.sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos };

  const newId = (prefix: string, name: string): string => {
    const base = `${prefix}:${slugify(name).split("-").slice(0, 8).join("-").replace(/-+$/, "") || "x"}`;
    let id = base;
    for (let n = 2; usedIds.has(id) || drafts.has(id); n++) id = `${base}-${n}`;
    return id;
  };
  const addAlias = (d: Draft, alias: string): void => {
    const key = foldKey(alias);
    if (!key || key === foldKey(d.name) || d.aliases.some((a) => foldKey(a) === key) || d.known?.aliases.some((a) => foldKey(a) === key)) return;
    if (alias.length > 160) return;
    d.aliases.push(alias);
  };
  const declareKnown = (e: CorpusEntity, quote: Span, reason: string, spanText?: string): Draft => {
    const d = drafts.get(e.id);
    if (d) {
      d.spans.push(quote);
      if (spanText) addAlias(d, spanText);
      return d;
    }
    const draft: Draft = { kind: e.kind, id: e.id, name: e.name, props: {}, aliases: [], quote, reason, known: e, metrics: [], spans: [quote] };
    drafts.set(e.id, draft);
    if (spanText) addAlias(draft, spanText);
    return draft;
  };
  const declareNew = (kind: string, prefix: string, name: string, props: Record<string, unknown>, quote: Span, reason: string, idHint?: string): Draft => {
    const id = newId(prefix, idHint ?? name);
    const draft: Draft = { kind, id, name: kind === "Person" ? name : capitalize(name), props, aliases: [], quote, reason, metrics: [], spans: [quote] };
    drafts.set(id, draft);
    return draft;
  };

  // places
  for (const p of places.places.values()) {
    const d: Draft = {
      kind: "Place",
      id: p.id,
      name: p.name,
      props: { level: p.level, ...(p.record ? {} : { ...(p.unitType ? { unitType: p.unitType } : {}) }) },
      aliases: [],
      quote: p.quote,
      reason: p.reason,
      known: p.record ? { id: p.id, kind: "Place", name: p.record.name, aliases: p.record.aliases, props: {} } : undefined,
      metrics: [],
      spans: p.mentions.map((m) => ({ start: m.start, end: m.end })),
    };
    for (const m of p.mentions) if (p.record && foldKey(m.name) !== foldKey(p.record.name) && !p.record.aliases.some((a) => foldKey(a) === foldKey(m.name))) addAlias(d, m.name);
    drafts.set(p.id, d);
  }

  // entities other than events: known ones by their names, new ones by their pattern
  const byBag = new Map<string, Draft>();
  const localOffices: { child: Draft; parent: Draft; quote: Span }[] = [];
  const variants: { child: Draft; parent: CorpusEntity; quote: Span }[] = [];
  const hasPlace = (m: EntityMention): boolean => places.mentions.some((p) => p.placeId && m.start <= p.start && p.end <= m.end);
  const placeless = new Set<string>();
  // a shorter or longer name of a body named already, with no place in either: "nhóm nòng cốt" = "nhóm thành viên nòng cốt cộng đồng"
  const sameBody = (m: EntityMention): Draft | undefined => {
    const words = nameWords(m.name.replace(/ \d+ /g, " "));
    if (words.length < 3) return undefined;
    return [...drafts.values()].find((d) => {
      if (d.kind !== "Organization" || d.known || !placeless.has(d.id) || d.props.orgType !== m.props.orgType) return false;
      const other = nameWords(d.name);
      if (other.length < 3) return false;
      const [small, big] = words.length <= other.length ? [words, other] : [other, words];
      const rest = [...big];
      return small.every((w) => {
        const i = rest.indexOf(w);
        if (i < 0) return false;
        rest.splice(i, 1);
        return true;
      });
    });
  };
  const projectsByNumber = new Map<string, Draft>();
  const PREFIX: Readonly<Record<string, string>> = {
    Organization: "org",
    Person: "person",
    Program: "program",
    Project: "project",
    Model: "model",
    EthnicGroup: "ethnic",
    Product: "product",
    Document: "doc",
  };
  for (const m of mentions) {
    if (m.kind === "Event" || m.ref) continue;
    const quote = m.quote ?? { start: m.start, end: m.end };
    const scanned = hits.find((h) => h.entity && h.kind === m.kind && h.start <= m.start && m.end <= h.end);
    // bound only when sure (BIND_THRESHOLD); else drafted new with the ranked candidates for the curator
    const resolved = resolveMention(m, index, refYearOfArticle, { context: surface(sentenceOf(m.start)), text });
    const match =
      resolved.bound ??
      (m.kind !== "Person" && scanned?.entity && (scanned.confidence ?? 0) >= BIND_THRESHOLD && inPeriod(scanned.entity, refYearOfArticle)
        ? { entity: scanned.entity, reason: scanned.reason, confidence: scanned.confidence ?? 0 }
        : undefined);
    if (match) {
      idOf.set(m, declareKnown(match.entity, quote, match.reason, m.name).id);
      continue;
    }
    if (m.kind === "Project" && m.number) {
      const same = projectsByNumber.get(m.number);
      if (same) {
        idOf.set(m, same.id);
        same.spans.push(quote);
        if (m.quotedName) addAlias(same, m.name);
        continue;
      }
    }
    const bag = `${m.kind}|${bagKey(m.kind === "Model" ? m.name.replace(/^chăn nuôi /iu, "nuôi ") : m.name, gaz.compact)}`;
    const same = byBag.get(bag) ?? (m.kind === "Organization" && !hasPlace(m) ? sameBody(m) : undefined);
    if (same) {
      idOf.set(m, same.id);
      same.spans.push(quote);
      if (nameWords(m.name).length > nameWords(same.name).length) {
        addAlias(same, same.name);
        same.name = capitalize(m.name);
      } else addAlias(same, m.name);
      continue;
    }
    // a known program's usual name inside a longer program name found by pattern: the known one
    const inner = hits.find((h) => h.kind === m.kind && h.entity && m.start <= h.start && h.end <= m.end && m.kind === "Program");
    if (inner?.entity && inPeriod(inner.entity, refYearOfArticle)) {
      idOf.set(m, declareKnown(inner.entity, { start: inner.start, end: inner.end }, inner.reason).id);
      continue;
    }
    const props = { ...m.props };
    if (m.kind === "Program" || m.kind === "Project") {
      const period = dates.find((d) => d.period && d.start >= m.start && d.end <= m.end + 2);
      if (period) Object.assign(props, { startDate: period.from, endDate: period.to });
    }
    if (m.kind === "Organization" && m.acronym) props.acronym = m.acronym;
    if (m.kind === "Person") delete props.byline;
    const d = declareNew(m.kind, PREFIX[m.kind], m.name, props, quote, `new: ${m.pattern}${resolved.candidates.length ? `; ${candidatesLine(resolved.candidates)}` : ""}`);
    byBag.set(bag, d);
    if (m.kind === "Organization" && !hasPlace(m)) placeless.add(d.id);
    // "Plan International Lai Châu": the local office of an organization the text names with it
    if (m.kind === "Organization") {
      const last = places.mentions.find((p) => p.placeId && p.end === m.end && p.start > m.start);
      const parentName = last ? squash(text.slice(m.start, last.start)) : "";
      const before = doc.tokens.filter((t) => t.start >= m.start && last !== undefined && t.end <= last.start);
      const foreign =
        last &&
        !/\s(?:of|in|for|của|tại)$/iu.test(parentName) && // "Department of Home Affairs of Lao Cai province" is the province's own department
        before.length >= 2 &&
        before.every((t) => isForeignWord(t) && !NOT_ORG_ACRONYMS.has(t.text)) &&
        before.some((t) => !isAcronym(t) && t.cap && !GENERIC_EN_WORDS.has(t.lower));
      if (last && foreign) {
        const parentMention: EntityMention = { ...m, name: parentName, end: last.start, acronym: undefined };
        const known = matchMention(parentMention, index, refYearOfArticle, { text });
        const parent = known
          ? declareKnown(known.entity, quote, `${known.reason}; "${m.name}" is its office in ${last.name}`)
          : (byBag.get(`Organization|${bagKey(parentName, gaz.compact)}`) ??
            declareNew("Organization", "org", parentName, { orgType: m.props.orgType }, quote, `new: the organization whose office in ${last.name} is "${m.name}"`));
        byBag.set(`Organization|${bagKey(parentName, gaz.compact)}`, parent);
        localOffices.push({ child: d, parent, quote });
      }
    }
    if (m.kind === "Project" && m.number) projectsByNumber.set(m.number, d);
    idOf.set(m, d.id);
  }
  // known entities the patterns missed, found by their names
  for (const h of hits) {
    const covered = mentions.some((m) => m.kind === h.kind && idOf.has(m) && m.start <= h.start && h.end <= m.end && drafts.get(idOf.get(m)!)?.known);
    if (covered) continue;
    // "trồng chè sạch" holding "chè sạch": a form of the known model, not a second mention
    const holder = mentions.find((m) => m.kind === "Model" && h.kind === "Model" && idOf.has(m) && m.start <= h.start && h.end <= m.end);
    if (holder && h.entity) {
      variants.push({ child: drafts.get(idOf.get(holder)!)!, parent: h.entity, quote: { start: holder.start, end: holder.end } });
      continue;
    }
    if (h.entity && !inPeriod(h.entity, refYearOfArticle)) {
      notes.push(`"${surface(h)}" names ${h.entity.id}, whose period does not hold the article's year ${refYearOfArticle}: proposed as another program`);
    }
    if (h.entity && inPeriod(h.entity, refYearOfArticle) && (h.confidence ?? 0) < BIND_THRESHOLD) {
      // a mention drafted over it lists its candidates itself
      if (!mentions.some((m) => m.kind === h.kind && idOf.has(m) && m.start <= h.start && h.end <= m.end))
        notes.push(`"${surface(h)}" may name ${h.entity.id}; not bound: ${h.reason.replace(/^matched existing \S+: /, "")}`);
      continue;
    }
    if (h.entity && inPeriod(h.entity, refYearOfArticle)) declareKnown(h.entity, { start: h.start, end: h.end }, h.reason);
    else if (h.group !== undefined) {
      const program = mentions.find((m) => m.kind === "Program" && idOf.has(m) && m.start < h.end && h.start < m.end);
      if (program) {
        const d = drafts.get(idOf.get(program)!)!;
        d.props.nameEn ??= PROGRAM_SYNONYMS[h.group].nameEn;
        continue;
      }
      const g = PROGRAM_SYNONYMS[h.group];
      const bag = `Program|${bagKey(g.name)}`;
      if (!byBag.has(bag)) byBag.set(bag, declareNew("Program", "program", g.name, {}, { start: h.start, end: h.end }, `new: ${h.reason} ("${surface(h)}")`));
      else byBag.get(bag)!.spans.push({ start: h.start, end: h.end });
      const d = byBag.get(bag)!;
      d.props.nameEn ??= g.nameEn;
    }
  }

  // references: "Dự án" is the project named, "Đoàn công tác" the delegation
  const firstOf = (pred: (d: Draft) => boolean): Draft | undefined => [...drafts.values()].find(pred);
  for (const m of mentions) {
    if (!m.ref || m.kind === "Event") continue;
    let target: Draft | undefined;
    if (m.kind === "Project") target = firstOf((d) => d.kind === "Project");
    if (m.kind === "Organization") target = firstOf((d) => d.kind === "Organization" && d.props.orgType === m.props.orgType && !d.known);
    if (target) {
      idOf.set(m, target.id);
      target.spans.push({ start: m.start, end: m.end });
    }
  }

  // events: a named event in a sentence that holds it (a date or an organizing verb); the rest point at one
  const docDates = mentions.filter((m) => m.kind === "Document");
  const eventDates = (s: Span, near: number): DateMention | undefined =>
    dates
      .filter((d) => !d.period && d.start >= s.start && d.end <= s.end && !docDates.some((x) => d.start >= x.start && d.start <= x.end + 2))
      // a day before a month or a year: "Sáng 13/12, … năm 2025" is dated the 13th
      .sort((a, b) => Math.abs(a.start - near) + (a.from.length === 10 ? 0 : 150) - (Math.abs(b.start - near) + (b.from.length === 10 ? 0 : 150)))[0];
  const titleText = squash(text.slice(doc.title.start, doc.title.end));
  const titleIsCaps = titleText === titleText.toUpperCase();
  const titleHeads = (lang === "vi" ? VI_EVENT_HEADS : EN_EVENT_HEADS).filter((h) => {
    const ti = doc.tokens.findIndex((t) => t.start >= doc.title.start);
    return ti >= 0 && doc.tokens[ti].start < doc.title.end && phraseAt(doc, ti, h.words) > 0;
  });
  const instances: { draft: Draft; type: string; mention: EntityMention; bodyName: string }[] = [];
  const eventMentions = mentions.filter((m) => m.kind === "Event");
  const makeInstance = (m: EntityMention, name: string, reason: string): void => {
    const s = sentenceOf(m.start);
    const date = eventDates(s, m.start);
    const type = String(m.props.eventType);
    let finalName = name;
    const aliases: string[] = [];
    if (!m.quotedName && titleHeads.some((h) => h.eventType === type) && !titleIsCaps && foldKey(titleText) !== foldKey(name)) {
      finalName = titleText;
      aliases.push(name);
    }
    const props: Record<string, unknown> = { eventType: type, ...(date ? { startDate: date.from, endDate: date.to } : {}) };
    const quote = { start: Math.min(m.start, date?.start ?? m.start), end: Math.max(m.end, date?.end ?? m.end) };
    const d = declareNew(
      "Event",
      "event",
      finalName,
      props,
      quote,
      `${reason}${date ? `; dated by "${surface(date)}" in its sentence` : "; no date in its sentence"}`,
      `${date?.from ?? "undated"} ${finalName}`,
    );
    for (const a of aliases) addAlias(d, a);
    instances.push({ draft: d, type, mention: m, bodyName: name });
    idOf.set(m, d.id);
  };
  // held: a verb of holding right before or after it, or a date near it in its sentence
  const held = (m: EntityMention): boolean => {
    const before = text.slice(Math.max(sentenceOf(m.start).start, m.start - 32), m.start).toLowerCase();
    const after = text.slice(m.end, m.end + 32).toLowerCase();
    const date = eventDates(sentenceOf(m.start), m.start);
    return (
      SENTENCE_WORDS(before, EVENT_VERBS) ||
      /^\s*,?\s*(diễn ra|được tổ chức|khai mạc|was held|took place|was organi[sz]ed|opened)/u.test(after) ||
      (!!date && (Math.abs(date.start - m.start) < 160 || !!m.props.verbal)) // a verb of handing over or visiting is held on its sentence's date
    );
  };
  for (const m of eventMentions) {
    if (m.ref) continue;
    const s = sentenceOf(m.start);
    const dated = eventDates(s, m.start);
    if (!held(m)) continue;
    const known = matchMention(m, index, refYearOfArticle);
    const same = instances.find(
      (x) =>
        x.type === m.props.eventType &&
        (dice(nameWords(x.bodyName), nameWords(m.name)) >= 0.6 || (m.quotedName && x.mention.quotedName && foldKey(x.mention.quotedName) === foldKey(m.quotedName))),
    );
    // a verb of handing over, launching or visiting again: the same event unless its sentence gives another date
    const sameVerbal = m.props.verbal
      ? instances.find((x) => x.type === m.props.eventType && (!dated || !x.draft.props.startDate || x.draft.props.startDate === dated.from))
      : undefined;
    if (sameVerbal && !same) {
      idOf.set(m, sameVerbal.draft.id);
      sameVerbal.draft.spans.push({ start: m.start, end: m.end });
      if (dated && !sameVerbal.draft.props.startDate) Object.assign(sameVerbal.draft.props, { startDate: dated.from, endDate: dated.to });
      continue;
    }
    if (same) {
      idOf.set(m, same.draft.id);
      same.draft.spans.push({ start: m.start, end: m.end });
      continue;
    }
    if (known && (!dated || !known.entity.props.startDate || String(known.entity.props.startDate) === dated.from)) {
      idOf.set(m, declareKnown(known.entity, { start: m.start, end: m.end }, known.reason).id);
      continue;
    }
    makeInstance(m, m.name, `new: ${m.pattern}, held in its sentence`);
  }
  for (const m of eventMentions) {
    if (idOf.has(m)) continue;
    const type = String(m.props.eventType);
    const prior = [...instances].reverse().find((x) => x.type === type && x.mention.start <= m.start) ?? instances.find((x) => x.type === type);
    if (prior) {
      idOf.set(m, prior.draft.id);
      prior.draft.spans.push({ start: m.start, end: m.end });
      continue;
    }
    // no named instance: the article's title names it, or the sentence holds it
    if (held(m)) {
      makeInstance(
        m,
        titleHeads.some((h) => h.eventType === type) && !titleIsCaps ? titleText : capitalize(surface(m)),
        `new: ${m.pattern}, held in its sentence${titleHeads.some((h) => h.eventType === type) ? ", named by the title" : ""}`,
      );
    }
  }
  // the title reports an event the body only describes ("Project … launched", "Closing workshop …"): one event of
  // the title's type when the body drafted none, dated only by a date in the title
  if (!instances.length && !titleIsCaps) {
    const titleTokens = doc.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= doc.title.start && t.end <= doc.title.end);
    const head = (lang === "vi" ? VI_EVENT_HEADS : EN_EVENT_HEADS).find((h) => !h.needsDelegation && titleTokens.some(([, i]) => phraseAt(doc, i, h.words) > 0));
    if (head) {
      const m: EntityMention = {
        kind: "Event",
        start: doc.title.start,
        end: doc.title.end,
        name: titleText,
        pattern: `the title's "${head.words.join(" ")}"`,
        props: { eventType: head.eventType },
      };
      makeInstance(m, titleText, `new: ${m.pattern}, an event the article reports`);
    }
  }
  const mainEvent = instances[0]?.draft ?? firstOf((d) => d.kind === "Event");
  const mainProject = firstOf((d) => d.kind === "Project");

  // a delegation's sentences are the study tour's
  const studyTour = instances.find((x) => x.type === "STUDY_TOUR")?.draft;

  // relationships
  const rels = new Map<string, SeedRelationship & { draft: string }>();
  const relate = (from: string, type: string, to: string, quote: Span, reason: string, extra: Record<string, unknown> = {}): void => {
    if (from === to || (!drafts.has(from) && !knowledge.kinds.has(from))) return;
    const role = extra.role as string | undefined;
    const key = `${from}|${type}|${role ?? ""}|${to}`;
    if (rels.has(key)) return;
    const q = { start: Math.max(0, quote.start), end: Math.min(text.length, quote.end) };
    rels.set(key, {
      from,
      type,
      ...(role ? { role } : {}),
      to,
      ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== "role")),
      draft: reason,
      quote: text.slice(q.start, q.end).trim(),
    } as SeedRelationship & { draft: string });
  };
  const spanning = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

  // places: villages and new units inside the unit that holds them
  for (const p of places.places.values()) {
    if (p.parentId) relate(p.id, "PART_OF", p.parentId, p.quote, `${p.name} is inside ${p.parentId}: ${p.reason}`);
  }

  for (const { child, parent, quote } of localOffices) relate(child.id, "PART_OF", parent.id, quote, `"${child.name}" is the office of "${parent.name}" in a place`);
  for (const { child, parent, quote } of variants) {
    declareKnown(parent, quote, `the model "${child.name}" holds its name; a form of it`);
    relate(child.id, "PART_OF", parent.id, quote, `"${child.name}" is a form of ${parent.id} ("${parent.name}"), whose name it holds`);
  }

  // every mention with its id, places too, in text order
  interface Located extends Span {
    id: string;
    kind: string;
    mention?: EntityMention;
    place?: PlaceMention;
  }
  const located: Located[] = [];
  for (const [m, id] of idOf) located.push({ start: m.start, end: m.end, id, kind: drafts.get(id)?.kind ?? m.kind, mention: m });
  for (const h of hits)
    if (h.entity && drafts.has(h.entity.id) && !located.some((l) => l.id === h.entity!.id && l.start <= h.start && h.end <= l.end))
      located.push({ start: h.start, end: h.end, id: h.entity.id, kind: h.kind });
  for (const pm of places.mentions) if (pm.placeId && drafts.has(pm.placeId)) located.push({ start: pm.start, end: pm.end, id: pm.placeId, kind: "Place", place: pm });
  located.sort((a, b) => a.start - b.start);
  const inSentence = (s: Span): Located[] => located.filter((l) => l.start >= s.start && l.end <= s.end);
  const insideOrg = (l: Located, all: Located[]): boolean => all.some((o) => o.kind === "Organization" && o !== l && o.start <= l.start && l.end <= o.end);
  const smallest = (ls: Located[]): Located[] => {
    // of places side by side, the smallest unit: "xã Tiến Xuân, huyện Thạch Thất, Hà Nội" → Tiến Xuân
    const out: Located[] = [];
    for (const l of ls) {
      const prev = out[out.length - 1];
      const near = prev && l.start - prev.end <= 16 && !/[.;\n]/.test(text.slice(prev.end, l.start));
      if (near) {
        const rp = levelRank(drafts.get(prev.id)!.props.level as never);
        const rl = levelRank(drafts.get(l.id)!.props.level as never);
        if (rl > rp) out[out.length - 1] = l;
        continue;
      }
      out.push(l);
    }
    return out;
  };
  const placeAfterWord = (ls: Located[], words: RegExp): Located[] => ls.filter((l) => l.kind === "Place" && words.test(text.slice(Math.max(0, l.start - 16), l.start)));
  const AT = /(tại|ở|trên địa bàn|địa bàn|\bin|\bat)\s+(các\s+|\d+\s+)?(\S+\s+)?$/iu;

  for (const s of doc.sentences) {
    const ls = inSentence(s);
    if (!ls.length) continue;
    const sText = text.slice(s.start, s.end);
    const lower = sText.toLowerCase();
    const orgs = ls.filter((l) => l.kind === "Organization" && !insideOrg(l, ls));
    const people = ls.filter((l) => l.kind === "Person");
    let events = ls.filter((l) => l.kind === "Event");
    if (!events.length && studyTour && ls.some((l) => l.kind === "Organization" && drafts.get(l.id)?.props.orgType === "DELEGATION")) {
      const d = ls.find((l) => l.kind === "Organization" && drafts.get(l.id)?.props.orgType === "DELEGATION")!;
      events = [{ ...d, id: studyTour.id, kind: "Event" }];
    }
    const projects = ls.filter((l) => l.kind === "Project");
    const programs = ls.filter((l) => l.kind === "Program");
    const models = ls.filter((l) => l.kind === "Model");
    const ethnic = ls.filter((l) => l.kind === "EthnicGroup");
    const placesHere = ls.filter((l) => l.kind === "Place" && !insideOrg(l, ls));
    const documents = ls.filter((l) => l.kind === "Document");

    // who organized an event, who took part
    for (const e of events.filter((x, i, a) => a.findIndex((y) => y.id === x.id) === i)) {
      const evStart = e.start - s.start;
      const verbAt = (list: readonly string[], before: number): number => {
        let best = -1;
        for (const v of list) {
          for (let at = lower.indexOf(v); at >= 0; at = lower.indexOf(v, at + 1)) {
            if (at < before && !/\p{L}/u.test(lower[at + v.length] ?? " ") && !/\p{L}/u.test(lower[at - 1] ?? " ")) best = Math.max(best, at);
          }
        }
        return best;
      };
      const organizeAt = verbAt(ENTITY_VERBS_ORGANIZE, evStart + 1);
      const withAt = verbAt(ENTITY_VERBS_COORGANIZE, organizeAt >= 0 ? organizeAt : evStart);
      const byAt = /\b(do|by)\b/iu.exec(lower.slice(evStart));
      const given = new Set<string>();
      if (organizeAt >= 0) {
        const actors = orgs.filter((o) => o.end - s.start <= organizeAt + 1 && !(o.mention?.quote && o.mention.quote.start - s.start === organizeAt));
        const lead = actors.filter((o) => withAt < 0 || o.start - s.start < withAt);
        const co = actors.filter((o) => withAt >= 0 && o.start - s.start > withAt);
        const organizer = lead[0];
        if (organizer) {
          relate(
            organizer.id,
            "INVOLVED_IN",
            e.id,
            spanning(organizer, e),
            `organizer: "${surface(organizer)}" before "${sText.slice(organizeAt, organizeAt + 8).trim()}…" the event in one sentence`,
            { role: "ORGANIZER" },
          );
          given.add(organizer.id);
        }
        // "A and B organized …": B organized it with A
        for (let k = 1; k < lead.length; k++) {
          if (text.slice(lead[k - 1].end, lead[k].start).trim().length <= 8) co.unshift(lead[k]);
        }
        for (const c of co) {
          relate(
            c.id,
            "INVOLVED_IN",
            e.id,
            spanning(c, e),
            `co-organizer: "${surface(c)}" after "${sText.slice(withAt, withAt + 12).trim()}" in the sentence organizing the event`,
            { role: "CO_ORGANIZER" },
          );
          given.add(c.id);
        }
      }
      if (byAt) {
        const after = orgs.find((o) => o.start - s.start > evStart + byAt.index && !given.has(o.id));
        if (after && after.start - (s.start + evStart + byAt.index) < 40) {
          relate(after.id, "INVOLVED_IN", e.id, spanning(after, e), `organizer: "${byAt[1]} ${surface(after)}" after the event`, { role: "ORGANIZER" });
          given.add(after.id);
        }
      }
      const participation = /tham dự|dự hội|đại biểu|attend|participa|delegates/iu.test(sText);
      for (const o of orgs) {
        if (given.has(o.id) || o.id === e.id) continue;
        const role = drafts.get(o.id)?.props.orgType === "DELEGATION" ? "PARTICIPANT" : participation ? "PARTICIPANT" : "PARTNER";
        relate(
          o.id,
          "INVOLVED_IN",
          e.id,
          spanning(o, e),
          `${role === "PARTICIPANT" ? "participant" : "partner (capacity not stated)"}: named in a sentence about the event${participation ? " that speaks of attending" : ""}`,
          { role },
        );
      }
      for (const p of people) {
        const pm = p.mention;
        const positions = pm?.positions?.map((x) => x.position.toLowerCase()) ?? [];
        const role = positions.some((x) => x.startsWith("trưởng đoàn"))
          ? "DELEGATION_HEAD"
          : /truyền đạt|hướng dẫn|giảng|trainer|trained/iu.test(sText)
            ? "TRAINER"
            : /phát biểu|trình bày|giới thiệu|spoke|speak|speech|presented/iu.test(sText)
              ? "SPEAKER"
              : "PARTICIPANT";
        relate(p.id, "INVOLVED_IN", e.id, spanning(p, e), `${role.toLowerCase().replace("_", " ")}: named with the event in one sentence`, { role });
      }
      // where
      const where = smallest(placeAfterWord(placesHere, AT).filter((l) => l.start > e.start - 200));
      for (const w of where) relate(e.id, "LOCATED_IN", w.id, spanning(e, w), `the event's sentence places it "${text.slice(Math.max(s.start, w.start - 8), w.end).trim()}"`);
      // what it showed
      if (/giới thiệu|tham quan|trưng bày|showcas|present|visit|học tập/iu.test(sText)) {
        for (const m of models) relate(e.id, "SHOWCASED", m.id, spanning(e, m), `shown or visited at the event: "${surface(m)}" in a sentence about it`);
        for (const p of ls.filter((l) => l.kind === "Product")) relate(e.id, "SHOWCASED", p.id, spanning(e, p), `shown at the event: "${surface(p)}" in a sentence about it`);
      }
      for (const g of ethnic) relate(e.id, "SERVES", g.id, spanning(e, g), `for whom: "${surface(g)}" in the event's sentence`);
      for (const d of documents)
        if (/thực hiện|căn cứ|theo|pursuant|under/iu.test(sText)) relate(e.id, "BASED_ON", d.id, spanning(e, d), `the event's sentence names "${surface(d)}" as its basis`);
    }

    // projects: who runs them, where, under which program, for whom
    for (const p of projects.filter((x, i, a) => a.findIndex((y) => y.id === x.id) === i)) {
      for (const o of orgs) {
        const between = text.slice(Math.min(o.end, p.end), Math.max(o.start, p.start)).toLowerCase();
        const close = between.length < 48 && !orgs.some((x) => x !== o && x.start >= Math.min(o.end, p.end) && x.end <= Math.max(o.start, p.start));
        const role = !close
          ? undefined
          : /tài trợ|funded|fund/.test(between)
            ? "FUNDER"
            : /triển khai|thực hiện|implement|xây dựng kế hoạch/.test(between) && o.start < p.start
              ? "IMPLEMENTER"
              : undefined;
        if (role) relate(o.id, "INVOLVED_IN", p.id, spanning(o, p), `${role.toLowerCase()}: "${between.trim().slice(0, 40)}" between the organization and the project`, { role });
      }
      for (const w of smallest(placesHere.filter((l) => !(p.start <= l.start && l.end <= p.end) || drafts.get(p.id)?.known === undefined))) {
        relate(p.id, "COVERS", w.id, spanning(p, w), `the project's sentence names "${surface(w)}" as where it works`);
      }
      for (const g of programs) {
        const between = text.slice(Math.min(p.end, g.end), Math.max(p.start, g.start)).toLowerCase();
        if (p.end <= g.start && /thuộc|under|of the|part of/.test(between))
          relate(p.id, "PART_OF", g.id, spanning(p, g), `"${between.trim()}": the project belongs to the program`);
      }
      for (const g of ethnic) relate(p.id, "SERVES", g.id, spanning(p, g), `for whom: "${surface(g)}" in the project's sentence`);
      for (const d of documents)
        if (/căn cứ|theo|thực hiện|pursuant|under/iu.test(sText)) relate(p.id, "BASED_ON", d.id, spanning(p, d), `the project's sentence names "${surface(d)}" as its basis`);
      // its period: "Dự án thực hiện từ tháng 11/2021 đến tháng 4/2024"
      const pd = drafts.get(p.id);
      const range = dates.find((d) => d.start >= s.start && d.end <= s.end && d.from !== d.to && !d.period);
      if (pd && !pd.known && range && !pd.props.startDate && /thực hiện|triển khai|implemented|ran|runs|from/iu.test(sText)) {
        pd.props.startDate = range.from;
        pd.props.endDate = range.to;
        pd.reason += `; period from "${surface(range)}"`;
      }
    }

    // funders: "funded by X", "with funding/support from X", "do X tài trợ", "X tài trợ" → X FUNDER of the sentence's project
    // (else the article's project); a body that implements is never made a funder by a "tài trợ" further on
    for (const o of orgs) {
      const before = text.slice(Math.max(s.start, o.start - 40), o.start);
      const after = text.slice(o.end, Math.min(s.end, o.end + 40));
      const funds =
        /(?:funded|financed|sponsored)\s+by\s+(?:the\s+)?$|with\s+(?:the\s+)?(?:financial\s+)?(?:funding|support|grants?)\s+(?:from|of)\s+(?:the\s+)?$|(?:tài trợ của|nguồn vốn của|kinh phí của)\s+$/iu.test(
          before,
        ) ||
        (/(?:^|[\s,(])do\s+$/iu.test(before) && /^\s*(?:\([^)]{1,20}\)\s*)?(?:tài trợ|viện trợ|hỗ trợ kinh phí)/iu.test(after)) ||
        /^\s*(?:\([^)]{1,20}\)\s*)?(?:funded|financed|tài trợ)\b/iu.test(after);
      if (!funds) continue;
      const target = projects[0] ?? (mainProject && mainProject.id !== o.id ? { id: mainProject.id, start: s.start, end: s.end } : undefined);
      if (target) relate(o.id, "INVOLVED_IN", target.id, spanning(o, target), `funder: "${(before.slice(-20) + surface(o) + after.slice(0, 16)).trim()}"`, { role: "FUNDER" });
    }

    // programs: where and for whom
    for (const g of programs) for (const e of ethnic) relate(g.id, "SERVES", e.id, spanning(g, e), `for whom: "${surface(e)}" in the program's sentence`);

    // documents: who issued them ("… của UBND thành phố Hà Nội")
    for (const d of documents) {
      const after = orgs.find((o) => o.start > d.end && o.start - d.end < 30 && /^[^.;]*\b(của|by)\s*$/iu.test(text.slice(d.end, o.start)));
      if (after) relate(d.id, "ISSUED_BY", after.id, spanning(d, after), `"${text.slice(d.end, after.start).trim()}": issued by`);
    }

    // people: their positions
    for (const p of people) {
      for (const pos of p.mention?.positions ?? []) {
        const orgId = pos.org ? idOf.get(pos.org) : undefined;
        if (orgId) relate(p.id, "MEMBER_OF", orgId, spanning(p, pos.org!), `"${pos.position}" of this organization, after the name`, { position: pos.position });
      }
    }

    // organizations: where they are, whose units they are, where they come from
    for (const o of ls.filter((l) => l.kind === "Organization")) {
      const own = o.mention?.distributed;
      const inside = own ? ls.filter((l) => l.place === own) : smallest(ls.filter((l) => l.kind === "Place" && o.start <= l.start && l.end <= o.end));
      for (const w of inside) relate(o.id, "LOCATED_IN", w.id, o, `its name holds the place "${surface(w)}"`);
      if (!own && !inside.length) {
        const next = ls.find((l) => l.kind === "Place" && l.start > o.end && /^\s*(tại|ở|in|at)\s+$/iu.test(text.slice(o.end, l.start)));
        if (next) relate(o.id, "LOCATED_IN", next.id, spanning(o, next), `"${text.slice(o.end, next.end).trim()}" right after its name`);
      }
      const inner = o.mention?.inner ? idOf.get(o.mention.inner) : undefined;
      if (inner) relate(o.id, "PART_OF", inner, o, `a unit of "${o.mention!.inner!.name}", which its name holds`);
      const country = ls.find((l) => l.kind === "Country" && l.start >= o.end && l.start - o.end <= 3 && /\(\s*$/.test(text.slice(o.end, l.start)));
      if (country) relate(o.id, "BASED_IN", country.id, spanning(o, country), `"(${surface(country)})" after its name`);
    }

    // models run in places: "mô hình trồng dưa bản Thẩm Phé", "Mô hình … thuộc HTX X tại Vi Choong, xã Hiếu"
    const clauseEnd = (from: number): number => {
      const semi = text.indexOf(";", from);
      return semi >= 0 && semi < s.end ? semi : s.end;
    };
    for (const m of models) {
      if (!m.mention) continue;
      const end = clauseEnd(m.end);
      const after = ls.filter((l) => l.start >= m.end && l.end <= end);
      let firstPlace = after.find((l) => l.kind === "Place");
      const gapText = firstPlace ? text.slice(m.end, firstPlace.start) : "";
      const owner = firstPlace && after.find((l) => l.kind === "Organization" && l.start < firstPlace!.start && /^\s*thuộc\s*$/iu.test(text.slice(m.end, l.start)));
      let adjacent = !!firstPlace && (/^[\s(]*$/.test(gapText) || (!!owner && /^\s*(thuộc\s*)?(tại|ở)\s*$/iu.test(text.slice(owner.end, firstPlace.start))));
      const atWord = /^\s*(tại|ở|in|at)\s*$/iu.test(gapText);
      let pool = after;
      if (!adjacent && !atWord) {
        // "tại bản Xà Phìn, mô hình nuôi lợn đen …": the place said first
        const clauseStart = Math.max(s.start, text.lastIndexOf(";", m.start) + 1);
        const before = ls.filter((l) => l.kind === "Place" && l.start >= clauseStart && l.end <= m.start);
        const lead = before[before.length - 1];
        if (!lead || !/^[\s,]*$/.test(text.slice(lead.end, m.start)) || !/(tại|ở|in|at)\s+$/iu.test(text.slice(Math.max(0, lead.start - 8), lead.start))) continue;
        firstPlace = lead;
        adjacent = false;
        pool = before;
      }
      if (!firstPlace) continue;
      // the places of that address or list: villages if it names villages, else the smallest unit
      const chainPlaces: Located[] = [];
      for (const l of pool.filter((x) => x.kind === "Place" && x.start >= firstPlace!.start)) {
        const prev = chainPlaces[chainPlaces.length - 1] ?? firstPlace!;
        if (l !== firstPlace && (l.start - prev.end > 16 || /[.;\n]/.test(text.slice(prev.end, l.start)))) break;
        chainPlaces.push(l);
      }
      const minRank = Math.max(...chainPlaces.map((l) => levelRank(drafts.get(l.id)!.props.level as never)));
      const targets = chainPlaces.filter((l) => levelRank(drafts.get(l.id)!.props.level as never) === minRank);
      const model = drafts.get(m.id)!;
      for (const t of targets) {
        const placeName = drafts.get(t.id)!.name;
        const name = `${capitalize(surface(m))} ${surface(t)}`.replace(/\s+/g, " ");
        const quote = spanning(m, owner ? spanning(owner, t) : t);
        const iv = declareNew(
          "Intervention",
          "intervention",
          name,
          { activity: "MODEL_RUN" },
          quote,
          `new: the model "${model.name}" named with the place "${placeName}" (${adjacent ? "right after it" : 'after "tại"'})`,
        );
        relate(iv.id, "APPLIES", m.id, quote, `the intervention runs the model it is named by`);
        relate(iv.id, "LOCATED_IN", t.id, quote, `"${surface(t)}" right after the model`);
        if (owner) relate(owner.id, "INVOLVED_IN", iv.id, quote, `implementer: the model "thuộc" (belongs to) "${surface(owner)}"`, { role: "IMPLEMENTER" });
        if (mainProject && /dự án|project/iu.test(text.slice(Math.max(0, s.start - 200), s.end)))
          relate(iv.id, "PART_OF", mainProject.id, quote, `a model of the project the passage speaks of (${mainProject.name})`);
        for (const e of events) relate(e.id, "SHOWCASED", iv.id, spanning(e, quote), `visited or shown at the event in the same sentence`);
        if (studyTour && events.some((e) => e.id === studyTour.id)) {
          const delegation =
            ls.find((l) => l.kind === "Organization" && drafts.get(l.id)?.props.orgType === "DELEGATION") ??
            located.find((l) => l.kind === "Organization" && drafts.get(l.id)?.props.orgType === "DELEGATION");
          if (delegation)
            relate(
              delegation.id,
              "LEARNED_FROM",
              iv.id,
              spanning(delegation.start < quote.start ? { start: s.start, end: s.start } : delegation, quote),
              `the delegation visited it on the study tour`,
              { eventId: studyTour.id },
            );
        }
      }
    }
  }

  // organizations and models inside broader known ones
  for (const m of mentions) {
    const id = idOf.get(m);
    const d = id ? drafts.get(id) : undefined;
    if (!d || d.known || m.ref) continue;
    const broader = broaderOf(m, index);
    if (broader) {
      declareKnown(broader.entity, d.quote, `${broader.reason}; named inside "${m.name}"`);
      relate(d.id, "PART_OF", broader.entity.id, d.quote, broader.reason);
    }
  }

  // numbers, on the entity they are about
  const numbers = findNumbers(text, doc.bodyEnd, lang, dates);
  const draftNumbers: DraftNumber[] = [];
  const attach = (n: NumberMention): { d: Draft; why: string } | undefined => {
    const s = sentenceOf(n.start);
    const ls = located.filter((l) => l.start >= s.start && l.end <= s.end && l.kind !== "Place" && drafts.has(l.id));
    const holder = ls.find((l) => l.start <= n.number.start && n.number.end <= l.end && l.kind !== "Model");
    if (holder) return { d: drafts.get(holder.id)!, why: `inside the name "${surface(holder)}"` };
    const activity = ["Event", "Project", "Intervention", "Program"];
    const before = ls.filter((l) => l.end <= n.start);
    const after = ls.filter((l) => l.start >= n.end);
    const pick = (list: Located[], kinds: string[]): Located | undefined =>
      list.filter((l) => kinds.includes(l.kind)).sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start))[0];
    const placeCount = ["communes", "districts", "provinces", "villages", "wards"].includes(n.unitEn);
    const doing = ["Event", "Project", "Intervention"];
    const c =
      pick(before, doing) ??
      pick(before, activity) ??
      (placeCount ? undefined : pick(before, ["Organization"])) ??
      pick(after, doing) ??
      pick(after, activity) ??
      pick(after, ["Organization"]);
    if (c) return { d: drafts.get(c.id)!, why: `"${surface(c)}" in the same sentence` };
    // the sentence before ("… organized a workshop. More than 60 participants attended.")
    const prevSentence = doc.sentences[doc.sentences.indexOf(s) - 1];
    if (prevSentence && !/\n\s*\n/.test(text.slice(prevSentence.end, s.start))) {
      const prev = located.filter((l) => l.start >= prevSentence.start && l.end <= prevSentence.end && activity.includes(l.kind) && drafts.has(l.id));
      const p = prev.find((l) => l.kind === "Event") ?? prev[0];
      if (p) return { d: drafts.get(p.id)!, why: `"${surface(p)}" in the sentence before` };
    }
    const attending = ["participants", "delegates", "learners", "trainees"].includes(n.unitEn);
    const fallback = attending ? (mainEvent ?? mainProject) : (mainProject ?? mainEvent);
    if (fallback) return { d: fallback, why: `no entity in its sentence; the article's ${fallback.kind.toLowerCase()}` };
    return undefined;
  };
  for (const n of numbers) {
    const target = attach(n);
    if (!target) {
      notes.push(`number "${surface(n)}": no entity to put it on`);
      continue;
    }
    if (target.d.metrics.some((x) => x.value === n.value && x.unit === n.unitEn && x.label === squash(n.label))) continue; // said again
    const base = slugify(n.unitEn) || "count";
    let key = base;
    for (let k = 2; target.d.metrics.some((x) => x.key === key); k++) key = `${base}-${k}`;
    target.d.metrics.push({
      key,
      value: n.value,
      unit: n.unitEn,
      label: squash(n.label),
      ...(n.qualifier !== "EXACT" ? { qualifier: n.qualifier as SeedMetric["qualifier"] } : {}),
      draft: `number "${surface(n)}" about ${target.d.id}: ${target.why}`,
      quote: surface(n),
    } as SeedMetric & { draft: string });
    draftNumbers.push({ entityId: target.d.id, key, value: n.value, qualifier: n.qualifier, at: n.number.start });
  }

  // the byline
  const byline = mentions.find((m) => m.kind === "Person" && m.props.byline);
  if (byline && mainEvent && idOf.get(byline)) relate(idOf.get(byline)!, "INVOLVED_IN", mainEvent.id, byline, "reporter: the article's byline", { role: "REPORTER" });

  // the file
  const entities: SeedEntity[] = [...drafts.values()].map((d) => {
    const e: Record<string, unknown> = { kind: d.kind, id: d.id, name: d.name };
    if (d.aliases.length) e.aliases = d.aliases;
    Object.assign(e, d.props);
    e.draft = d.reason;
    e.quote = text.slice(d.quote.start, d.quote.end).trim();
    if (d.metrics.length)
      e.metrics = d.metrics.map(({ draft, ...m }) => ({
        key: m.key,
        value: m.value,
        unit: m.unit,
        label: m.label,
        ...(m.qualifier ? { qualifier: m.qualifier } : {}),
        draft,
        quote: m.quote,
      }));
    return e as SeedEntity;
  });
  const order = ["Event", "Organization", "Person", "Program", "Project", "Document", "Model", "Intervention", "Product", "EthnicGroup", "Country", "Place"];
  entities.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const author = byline?.name;
  const nnn = String(options.number).padStart(3, "0");
  const seed: SeedFile = {
    source: {
      id: `src:${nnn}`,
      kind: "ARTICLE" as SeedFile["source"]["kind"],
      title: titleText,
      file: options.file,
      ...((options.url ?? header.url) ? { url: options.url ?? header.url } : {}),
      ...(author ? { author } : {}),
      ...(published ? { publishedOn: published } : {}),
      language: lang,
    },
    entities,
    relationships: [...rels.values()],
  };
  return { seed, notes: [...new Set(notes)], numbers: draftNumbers, lang, era: places.era.why };
}
