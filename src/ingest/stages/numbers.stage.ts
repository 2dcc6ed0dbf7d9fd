/**
 * Stage 13, numbers: each number with its unit ("hơn 80 cuộc họp", "4,94 tỷ đồng", "more than 60
 * participants": ingest.numbers.ts) put as a metric on the entity it is about: the entity whose
 * name holds it, else an activity of its sentence (before it, then after), an organization, an
 * activity of the sentence before, or the article's main project or event.
 */
import { EventType, Qualifier } from "../../graph/graph.enums";
import { Label } from "../../graph/graph.model";
import { slugify } from "../../common/text";
import { type ArticleDraft, type DraftEntity, type Located, mainEvent, mainProject, sentenceOf, surface } from "../ingest.draft";
import { findNumbers, type NumberMention } from "../ingest.numbers";
import { squash } from "../ingest.text";
import { currentOccasionCue, gatheredBy, otherPeriod, perHouseholdCue, placeRecordCue, referredEventType } from "./numbers9.rules";

const ACTIVITY: readonly Label[] = [Label.Event, Label.Project, Label.Intervention, Label.Program];
const DOING: readonly Label[] = [Label.Event, Label.Project, Label.Intervention];
/** A verb of giving or receiving just before a count. */
const GIVEN_BEFORE =
  /(?<!\p{L})(hỗ trợ|trao tặng|trao|tặng|cấp phát|cấp|bàn giao|nhận được|nhận|received|handed over|distributed|gave|given|donated|provided)\s+(?:(?:hơn|gần|khoảng|trên|over|about|nearly|more than|some)\s+)?$/iu;
/** Units of what is handed over. */
const HANDED_OVER_UNITS = new Set(["animals", "plants", "seedlings", "trees", "gifts", "kg", "tonnes"]);

/** A sentence of harm done: a disaster's toll ("1.2 million people were affected", "5.000 ha lúa bị thiệt hại"). */
const HARM = /(?<!\p{L})(?:affected|damaged|destroyed|devastated|suffered|ảnh hưởng|thiệt hại|hư hại|hư hỏng|mất trắng|thiệt mạng)(?!\p{L})/iu;
/** ...unless someone is helped in it ("households affected by the flood received cows"). */
const HELPED =
  /(?<!\p{L})(?:receiv\p{L}*|benefit\p{L}*|support\p{L}*|assist\p{L}*|help\p{L}*|gave|given|provid\p{L}*|distribut\p{L}*|donat\p{L}*|handed|targe\p{L}*|reach\p{L}*|hỗ trợ|nhận|trao|tặng|cấp|hưởng lợi|giúp|tiếp cận)(?!\p{L})/iu;

/**
 * (numbers5) Words for one group of people seen by its role in an activity: "180 người" in a title and "180 trainees" in the
 * body, "35 hội viên" and "35 học viên" of one class are one count of the same people. Not women, men, farmers or officials:
 * those name a part of a group ("20 nam và 20 nữ").
 */
const ATTENDEE_UNITS = new Set(["people", "participants", "trainees", "learners", "members", "delegates", "students"]);
/** Of those, the words that say only who they are, not what they did: the other word is kept. */
const GENERIC_ATTENDEES = new Set(["people", "members"]);
const isHandover = (e: DraftEntity): boolean => e.kind === Label.Event && e.props.eventType === EventType.HANDOVER;

export function attachNumbers(a: ArticleDraft): ArticleDraft {
  const { text, doc, lang, located } = a;
  const numbers = findNumbers(text, doc.bodyEnd, lang, a.dates);
  const drafted = (l: Located): DraftEntity | undefined => a.entities.get(l.id);
  const attach = (n: NumberMention): { e: DraftEntity; why: string } | undefined => numbers9(a, n, attachFirst(n));
  const attachFirst = (n: NumberMention): { e: DraftEntity; why: string } | undefined => {
    const s = sentenceOf(a, n.start);
    const ls = located.filter((l) => l.start >= s.start && l.end <= s.end && l.kind !== Label.Place && a.entities.has(l.id));
    const holder = ls.find((l) => l.start <= n.number.start && n.number.end <= l.end && l.kind !== Label.Model);
    const held = holder && drafted(holder);
    if (holder && held) return { e: held, why: `inside the name "${surface(a, holder)}"` };
    // a disaster's toll with no activity of the article in its sentence and nobody helped: background, not a fact of the article
    if (HARM.test(text.slice(s.start, s.end)) && !HELPED.test(text.slice(s.start, s.end)) && !ls.some((l) => ACTIVITY.includes(l.kind))) return undefined;
    const before = ls.filter((l) => l.end <= n.start);
    const after = ls.filter((l) => l.start >= n.end);
    const pick = (list: Located[], kinds: readonly Label[]): Located | undefined =>
      list.filter((l) => kinds.includes(l.kind)).sort((x, y) => Math.abs(x.start - n.start) - Math.abs(y.start - n.start))[0];
    // "hỗ trợ bò cho 77 hộ nghèo", "gave goats to 12 households": who the support went to counts for the activity, not for the giver
    if (/(?:^|\s)(?:cho|to)\s+(?:các\s+|tổng số\s+)?$/iu.test(text.slice(Math.max(s.start, n.start - 16), n.start))) {
      const act = pick(before, DOING) ?? pick(after, DOING);
      const actE = act && drafted(act);
      if (act && actE) return { e: actE, why: `who "${surface(a, act)}" went to, in the same sentence` };
      const main = mainEvent(a) ?? mainProject(a);
      if (main) return { e: main, why: `who the support went to; no activity in its sentence, the article's ${main.kind.toLowerCase()}` };
    }
    // animals, plants and goods are counted by the handover that gave them, when its sentence names one beside a project or program
    if (HANDED_OVER_UNITS.has(n.unitEn.replace(/ per household$/, ""))) {
      const handover = [...before, ...after]
        .filter((l) => l.kind === Label.Event && drafted(l)?.props.eventType === EventType.HANDOVER)
        .sort((x, y) => Math.abs(x.start - n.start) - Math.abs(y.start - n.start))[0];
      const he = handover && drafted(handover);
      if (handover && he) return { e: he, why: `what "${surface(a, handover)}" gave, in the same sentence` };
      // "… được hỗ trợ 6.000 con gà giống": given, in a sentence without the event, in an article of one handover
      const handovers = [...a.entities.values()].filter((e) => e.kind === Label.Event && e.props.eventType === EventType.HANDOVER);
      if (handovers.length === 1 && GIVEN_BEFORE.test(text.slice(Math.max(s.start, n.start - 40), n.start)))
        return { e: handovers[0], why: `given ("${GIVEN_BEFORE.exec(text.slice(Math.max(s.start, n.start - 40), n.start))?.[1]}"), and the article's one handover` };
    }
    const placeCount = ["communes", "districts", "provinces", "villages", "wards"].includes(n.unitEn);
    const c =
      pick(before, DOING) ??
      pick(before, ACTIVITY) ??
      (placeCount ? undefined : pick(before, [Label.Organization])) ??
      pick(after, DOING) ??
      pick(after, ACTIVITY) ??
      pick(after, [Label.Organization]);
    const ce = c && drafted(c);
    if (c && ce) return { e: ce, why: `"${surface(a, c)}" in the same sentence` };
    // the sentence before ("… organized a workshop. More than 60 participants attended.")
    const prevSentence = doc.sentences[doc.sentences.indexOf(s) - 1];
    if (prevSentence && !/\n\s*\n/.test(text.slice(prevSentence.end, s.start))) {
      const prev = located.filter((l) => l.start >= prevSentence.start && l.end <= prevSentence.end && ACTIVITY.includes(l.kind) && a.entities.has(l.id));
      const p = prev.find((l) => l.kind === Label.Event) ?? prev[0];
      const pe = p && drafted(p);
      if (p && pe) return { e: pe, why: `"${surface(a, p)}" in the sentence before` };
    }
    const attending = ["participants", "delegates", "learners", "trainees"].includes(n.unitEn);
    const fallback = attending ? (mainEvent(a) ?? mainProject(a)) : (mainProject(a) ?? mainEvent(a));
    if (fallback) return { e: fallback, why: `no entity in its sentence; the article's ${fallback.kind.toLowerCase()}` };
    return undefined;
  };
  /** Where each count (value and unit) was put already. */
  const put = new Map<string, DraftEntity[]>();
  for (const n of numbers) {
    const target = attach(n);
    if (!target) {
      a.notes.push(`number "${surface(a, n)}": no entity to put it on`);
      continue;
    }
    if (target.e.metrics.some((x) => x.value === n.value && x.unit === n.unitEn && x.label === squash(n.label))) continue; // said again
    // (numbers5) the same people counted again on the same activity under another word for them: one count, under the word
    // that says what they did there ("180 người" then "180 trainees": trainees)
    const sameAttendees = ATTENDEE_UNITS.has(n.unitEn) ? target.e.metrics.find((x) => x.value === n.value && ATTENDEE_UNITS.has(x.unit)) : undefined;
    if (sameAttendees) {
      if (!GENERIC_ATTENDEES.has(sameAttendees.unit) || GENERIC_ATTENDEES.has(n.unitEn)) continue;
      target.e.metrics.splice(target.e.metrics.indexOf(sameAttendees), 1);
      a.numbers.splice(0, a.numbers.length, ...a.numbers.filter((x) => x.entityId !== target.e.id || x.key !== sameAttendees.key));
      const was = put.get(`${sameAttendees.value}|${sameAttendees.unit}`) ?? [];
      put.set(
        `${sameAttendees.value}|${sameAttendees.unit}`,
        was.filter((h) => h !== target.e),
      );
    }
    // a count said again is the one fact: an article that gives "3.320 cây" on its handover and repeats it beside the commune's
    // committee or the program drafts it once; only another activity (a second course of 35 learners) counts it again, not the
    // project after a handover that gave it (the handover's "39 con dê" and "12 hộ" repeated later as the project's herd)
    const count = `${n.value}|${n.unitEn}`;
    let holders = put.get(count) ?? [];
    // (numbers5) the other order: a count said first beside the article's project (its title, its lede) and then as what a
    // handover gave is the handover's; it leaves the project
    if (isHandover(target.e) && holders.some((h) => h.kind === Label.Project)) {
      for (const p of holders.filter((h) => h.kind === Label.Project)) {
        const gone = new Set(p.metrics.filter((x) => x.value === n.value && x.unit === n.unitEn).map((x) => x.key));
        p.metrics.splice(0, p.metrics.length, ...p.metrics.filter((x) => !gone.has(x.key)));
        a.numbers.splice(0, a.numbers.length, ...a.numbers.filter((x) => x.entityId !== p.id || !gone.has(x.key)));
      }
      holders = holders.filter((h) => h.kind !== Label.Project);
    }
    const handedOver = target.e.kind === Label.Project && holders.some(isHandover);
    if (holders.length && (holders.includes(target.e) || !DOING.includes(target.e.kind) || handedOver)) continue;
    put.set(count, [...holders, target.e]);
    const base = slugify(n.unitEn) || "count";
    let key = base;
    for (let k = 2; target.e.metrics.some((x) => x.key === key); k++) key = `${base}-${k}`;
    target.e.metrics.push({
      key,
      value: n.value,
      unit: n.unitEn,
      label: squash(n.label),
      ...(n.qualifier !== Qualifier.EXACT ? { qualifier: n.qualifier } : {}),
      draft: `number "${surface(a, n)}" about ${target.e.id}: ${target.why}`,
      quote: surface(a, n),
    });
    a.numbers.push({ entityId: target.e.id, key, value: n.value, qualifier: n.qualifier, at: n.number.start });
  }
  return a;
}

/**
 * (numbers9) The entity a number was put on, checked against its sentence when the sentence does not name it (numbers9.rules.ts):
 * a sentence pointing back at an activity ("Lớp học …", "The handover …") gives it to the nearest earlier event of that type,
 * even over a body of the sentence; another year's figures and a place's own standing go to no activity; learners go to a
 * training, so much per household to a handover, when the article has one.
 */
function numbers9(a: ArticleDraft, n: NumberMention, t: { e: DraftEntity; why: string } | undefined): { e: DraftEntity; why: string } | undefined {
  if (!t) return t;
  const s = sentenceOf(a, n.start);
  const sentence = a.text.slice(s.start, s.end);
  const named = a.located.some((l) => l.id === t.e.id && l.start >= s.start && l.end <= s.end);
  if (named && t.e.kind !== Label.Organization) return t;
  const typed = (type: EventType): DraftEntity[] => [...a.entities.values()].filter((e) => e.kind === Label.Event && e.props.eventType === type);
  /** The event of `type` named last before `at`. */
  const lastBefore = (type: EventType, at: number): DraftEntity | undefined => {
    const ids = new Set(typed(type).map((e) => e.id));
    const l = a.located.filter((x) => ids.has(x.id) && x.start < at).sort((x, y) => y.start - x.start)[0];
    return l && a.entities.get(l.id);
  };
  const referred = referredEventType(sentence);
  if (referred) {
    if (t.e.kind === Label.Event && t.e.props.eventType === referred) return t;
    const e = lastBefore(referred, s.start);
    if (e) return { e, why: `its sentence points back at an activity ("${squash(sentence).slice(0, 24)}…"): "${e.name}", the last one of its kind before` };
  }
  if (named) return t;
  const periods = a.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const start = typeof t.e.props.startDate === "string" ? Number(t.e.props.startDate.slice(0, 4)) : a.refYear;
  const other = currentOccasionCue(sentence) ? undefined : otherPeriod(periods, start);
  const record = placeRecordCue(sentence);
  if (other || record) {
    a.notes.push(`number "${surface(a, n)}": ${other ? `of another time (${other.from}…${other.to})` : `a place's own standing ("${record}")`}, not put on ${t.e.id}`);
    return undefined;
  }
  const gathering = gatheredBy(n.unitEn);
  if (gathering && !(t.e.kind === Label.Event && t.e.props.eventType === gathering)) {
    const e = lastBefore(gathering, n.start);
    if (e) return { e, why: `${n.unitEn} are counted on a ${gathering.toLowerCase()}: "${e.name}", the last one before` };
  }
  const each = perHouseholdCue(a.text.slice(s.start, n.start), sentence);
  if (each && !(t.e.kind === Label.Event && t.e.props.eventType === EventType.HANDOVER)) {
    const e = lastBefore(EventType.HANDOVER, n.start) ?? (typed(EventType.HANDOVER).length === 1 ? typed(EventType.HANDOVER)[0] : undefined);
    if (e) return { e, why: `so much "${each}", which a handover gives: "${e.name}"` };
  }
  return t;
}
