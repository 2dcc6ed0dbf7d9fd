/**
 * Stage 6, events: an event named in a sentence that holds it (a verb of holding, or a date near
 * it) is drafted, dated by the day nearest it in its sentence; its other mentions, and mentions
 * that only point at it ("Hội thảo", "the workshop"), are the same event; verbs of one type
 * (handing over, visiting, launching) are one event unless their sentences give other dates.
 * When the body drafts none, the title's event is drafted.
 */
import { Label } from "../../graph/graph.model";
import type { DateMention } from "../ingest.dates";
import { addAlias, type ArticleDraft, declareKnown, declareNew, sentenceOf, surface } from "../ingest.draft";
import { EN_EVENT_HEADS, EVENT_VERBS, VI_EVENT_HEADS } from "../ingest.lexicon";
import { matchMention } from "../ingest.match";
import { type EntityMention, phraseAt } from "../ingest.mentions";
import { capitalize, dice, foldKey, nameWords, type Span } from "../ingest.text";

const hasWord = (s: string, words: readonly string[]): boolean => words.some((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "iu").test(s));

/** The date of an event in its sentence: a day before a month or a year ("Sáng 13/12, … năm 2025" is dated the 13th), nearest first. */
export function eventDate(d: ArticleDraft, s: Span, near: number): DateMention | undefined {
  const documents = d.mentions.filter((m) => m.kind === Label.Document);
  return d.dates
    .filter((x) => !x.period && x.start >= s.start && x.end <= s.end && !documents.some((doc) => x.start >= doc.start && x.start <= doc.end + 2))
    .sort((a, b) => Math.abs(a.start - near) + (a.from.length === 10 ? 0 : 150) - (Math.abs(b.start - near) + (b.from.length === 10 ? 0 : 150)))[0];
}

export function draftEvents(d: ArticleDraft): ArticleDraft {
  const { text, doc, lang, titleText, mentions, idOf, index, refYear } = d;
  const titleIsCaps = titleText === titleText.toUpperCase();
  const heads = lang === "vi" ? VI_EVENT_HEADS : EN_EVENT_HEADS;
  const titleToken = doc.tokens.findIndex((t) => t.start >= doc.title.start);
  const titleHeads = heads.filter((h) => titleToken >= 0 && doc.tokens[titleToken].start < doc.title.end && phraseAt(doc, titleToken, h.words) > 0);
  const instances = d.events;
  const makeInstance = (m: EntityMention, name: string, reason: string): void => {
    const s = sentenceOf(d, m.start);
    const date = eventDate(d, s, m.start);
    const type = String(m.props.eventType);
    let finalName = name;
    const aliases: string[] = [];
    if (!m.quotedName && titleHeads.some((h) => h.eventType === type) && !titleIsCaps && foldKey(titleText) !== foldKey(name)) {
      finalName = titleText;
      aliases.push(name);
    }
    const props: Record<string, unknown> = { eventType: type, ...(date ? { startDate: date.from, endDate: date.to } : {}) };
    const quote = { start: Math.min(m.start, date?.start ?? m.start), end: Math.max(m.end, date?.end ?? m.end) };
    const e = declareNew(
      d,
      Label.Event,
      finalName,
      props,
      quote,
      `${reason}${date ? `; dated by "${surface(d, date)}" in its sentence` : "; no date in its sentence"}`,
      `${date?.from ?? "undated"} ${finalName}`,
    );
    for (const a of aliases) addAlias(e, a);
    instances.push({ draft: e, type, mention: m, bodyName: name });
    idOf.set(m, e.id);
  };
  // held: a verb of holding right before or after it, or a date near it in its sentence
  const held = (m: EntityMention): boolean => {
    const before = text.slice(Math.max(sentenceOf(d, m.start).start, m.start - 32), m.start).toLowerCase();
    const after = text.slice(m.end, m.end + 32).toLowerCase();
    const date = eventDate(d, sentenceOf(d, m.start), m.start);
    return (
      hasWord(before, EVENT_VERBS) ||
      /^\s*,?\s*(diễn ra|được tổ chức|khai mạc|was held|took place|was organi[sz]ed|opened)/u.test(after) ||
      (!!date && (Math.abs(date.start - m.start) < 160 || !!m.props.verbal)) // a verb of handing over or visiting is held on its sentence's date
    );
  };
  const eventMentions = mentions.filter((m) => m.kind === Label.Event);
  for (const m of eventMentions) {
    if (m.ref) continue;
    const dated = eventDate(d, sentenceOf(d, m.start), m.start);
    if (!held(m)) continue;
    const known = matchMention(m, index, refYear);
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
      idOf.set(m, declareKnown(d, known.entity, { start: m.start, end: m.end }, known.reason).id);
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
      const byTitle = titleHeads.some((h) => h.eventType === type);
      makeInstance(m, byTitle && !titleIsCaps ? titleText : capitalize(surface(d, m)), `new: ${m.pattern}, held in its sentence${byTitle ? ", named by the title" : ""}`);
    }
  }
  // the title reports an event the body only describes ("Project … launched", "Closing workshop …"): one event of
  // the title's type when the body drafted none, dated only by a date in the title
  if (!instances.length && !titleIsCaps) {
    const titleTokens = doc.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= doc.title.start && t.end <= doc.title.end);
    const head = heads.find((h) => !h.needsDelegation && titleTokens.some(([, i]) => phraseAt(doc, i, h.words) > 0));
    if (head) {
      const m: EntityMention = {
        kind: Label.Event,
        start: doc.title.start,
        end: doc.title.end,
        name: titleText,
        pattern: `the title's "${head.words.join(" ")}"`,
        props: { eventType: head.eventType },
      };
      makeInstance(m, titleText, `new: ${m.pattern}, an event the article reports`);
    }
  }
  return d;
}
