/**
 * Stage 12, sites (round 9, sites9), after placeBodiesByName: where an event happened when its own sentence does not say, from another
 * sentence of the article that ties places to it (sites.rules.ts reads the sentences):
 * - the stops of a visit or study tour: a sentence whose subject is the visitors and whose verb takes them somewhere ("Đoàn
 *   tiếp tục làm việc tại xã A", "The pair then went on to B commune"): the visit is LOCATED_IN the smallest units named after
 *   the verb (stated); after a verb of talking with a place's people only ("discussed … with the authorities of A"), inferred;
 * - the units of the people a course or a handover was for ("cho cán bộ thú y của 5 xã A, B …", "Học viên là hội viên xã A",
 *   "The recipients live in A and B communes"): the event is LOCATED_IN those units, inferred (the article says who it was
 *   for, not where it was held);
 * - "Tại đây, …", "There, …" opening the event's sentence: the one unit below a province the sentence before names (stated).
 * - a new body with no place named as a sub-unit right before a broader body, by a bracket or a dash ("Trung tâm Dịch vụ
 *   việc làm (Sở Nội vụ tỉnh A)", "the Poverty Reduction Division - Department of Agriculture of B province"): where that
 *   body is, when it is in one place, inferred.
 * Only an event with no place of its own below a province (an inferred one does not count); only the one event of its
 * kind the article holds, or the one the sentence names; never from a sentence of another time, a plan, a negation or a
 * history; never a province, a visit's origin ("từ/from"), a place inside a project's or program's name, nor a place left
 * unresolved (a tie is a note).
 */
import { type EventType, OrgType } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { type ArticleDraft, type EventInstance, relate, relateStated, spanning } from "../ingest.draft";
import { levelRank } from "../ingest.gazetteer";
import type { Span } from "../ingest.text";
import { hasPlace, insideNameOf } from "./places.rules";
import { notReported, peopleFrom, thereOpening, unitOfNext, unitsEnd, visitStop } from "./sites.rules";
import { isVisit } from "./tours.rules";

const typeOf = (i: EventInstance): unknown => i.draft.props.eventType ?? i.type;
/** At most this many units from one sentence (a longer list is an area, not the event's sites). */
const MAX_UNITS = 8;
const ORIGIN_BEFORE = /(?<!\p{L})(?:đến\s+từ|từ|from)\s+(?:các\s+|the\s+)?$/iu;

/** The gazetteer places of the draft named in [from, to), the smallest (a unit holding another named one is its address). */
function unitsIn(a: ArticleDraft, from: number, to: number, visit: boolean): string[] {
  // a visit's origin ("đoàn từ tỉnh A") is the visitors' home; the people a course was for come "from" their units
  const gaz = a.knowledge.gazetteer;
  const ms = a.places.mentions.filter(
    (m) =>
      m.placeId &&
      a.entities.has(m.placeId) &&
      m.start >= from &&
      m.end <= to &&
      !(visit && ORIGIN_BEFORE.test(a.text.slice(Math.max(0, m.start - 12), m.start))) &&
      !insideNameOf(m, a.located, [Label.Project, Label.Program]),
  );
  const ids = [...new Set(ms.map((m) => m.placeId!))];
  return ids.filter((x) => !ids.some((y) => y !== x && gaz.isAncestor(x, y)));
}

/** A unit below a province (a village proposed new has no gazetteer level: below). */
function belowProvince(a: ArticleDraft, id: string): boolean {
  const level = a.knowledge.gazetteer.get(id)?.level;
  return !level || levelRank(level) > levelRank("PROVINCE");
}

/** A village's commune: the unit of the gazetteer its id is under. */
function communeOf(a: ArticleDraft, village: string): string {
  const parent = village.slice(0, village.lastIndexOf(":"));
  return a.knowledge.gazetteer.get(parent) ? parent : village;
}

/** Does the event have a place of its own below a province? */
function placedBelowProvince(a: ArticleDraft, id: string): boolean {
  // an inferred place (a body's, the title's) is not the event's own
  return [...a.rels.values()].some((r) => r.from === id && r.type === RelType.LOCATED_IN && !r.inferred && belowProvince(a, r.to));
}

/** Event instances, the first of each event (an event named twice has two instances). */
const distinct = (events: readonly EventInstance[]): EventInstance[] => events.filter((x, i, all) => all.findIndex((y) => y.draft.id === x.draft.id) === i);

/** The event a sentence is about: the one event it names, else the one of `fits` the article holds when it names none. */
function eventOf(a: ArticleDraft, s: Span, fits: (i: EventInstance) => boolean): EventInstance | undefined {
  const named = [...new Set(a.located.filter((l) => l.kind === Label.Event && l.start >= s.start && l.end <= s.end).map((l) => l.id))];
  const events = distinct(a.events);
  if (named.length > 1) return undefined;
  if (named.length === 1) {
    const one = events.find((x) => x.draft.id === named[0]);
    return one && fits(one) ? one : undefined;
  }
  // no event named: only when the article holds one event at all (several events, the sentence does not say which)
  return events.length === 1 && fits(events[0]) ? events[0] : undefined;
}

const yearOf = (i: EventInstance): number | undefined => {
  const d = i.draft.props.startDate;
  return typeof d === "string" && /^\d{4}/u.test(d) ? Number(d.slice(0, 4)) : undefined;
};

/** Stage: an event's sites from the other sentences of its article (above). */
export function placeEventsAcrossSentences(a: ArticleDraft): ArticleDraft {
  placeSubUnits(a);
  if (!a.events.length) return a;
  const { text } = a;
  const before = new Set(a.events.filter((i) => placedBelowProvince(a, i.draft.id)).map((i) => i.draft.id));
  for (const [i, s] of a.doc.sentences.entries()) {
    if (s.end <= a.doc.title.end) continue;
    const sText = text.slice(s.start, s.end);
    // "Tại đây, Hội trao 10 con bò …": the one place below a province the sentence before names
    const there = thereOpening(sText);
    const prev = i > 0 ? a.doc.sentences[i - 1] : undefined;
    if (there && prev && prev.start >= a.doc.title.end) {
      // the event must be named in it ("Tại đây, người dân được hướng dẫn …" names none: no event's place)
      const named = (x: EventInstance): boolean => a.located.some((l) => l.kind === Label.Event && l.id === x.draft.id && l.start >= s.start && l.end <= s.end);
      const inst = eventOf(a, s, named);
      const units = unitsIn(a, prev.start, prev.end, true).filter((u) => belowProvince(a, u));
      if (inst && !before.has(inst.draft.id) && !notReported(sText, yearOf(inst)) && units.length === 1) {
        const name = a.entities.get(units[0])?.name ?? units[0];
        relateStated(a, inst.draft.id, RelType.LOCATED_IN, units[0], spanning(prev, s), `"${there}": the place the sentence before names, ${name}`);
        continue;
      }
    }
    // the stops of a visit
    const stop = visitStop(sText);
    if (stop) {
      // the one visit the article holds; not when the sentence names another event ("the delegation attended a workshop in A")
      const visits = distinct(a.events.filter((i) => isVisit(typeOf(i))));
      const other = a.located.some((l) => l.kind === Label.Event && l.start >= s.start && l.end <= s.end && l.id !== visits[0]?.draft.id);
      const target = visits.length === 1 && !other ? visits[0] : undefined;
      if (target && !before.has(target.draft.id) && !notReported(sText, yearOf(target))) {
        // a province alone says no more than the visit's own sentence (and may be the visitors' home)
        const units = unitsIn(a, s.start + stop.from, s.end, true).filter((u) => belowProvince(a, u));
        if (units.length && units.length <= MAX_UNITS)
          for (const u of units) {
            const name = a.entities.get(u)?.name ?? u;
            if (stop.talk) {
              const why = `the visitors talked with people of ${name} in a sentence of their visit`;
              relate(a, target.draft.id, RelType.LOCATED_IN, u, s, why, { inferred: `The article does not say the visit went to ${name}; ${why}.` });
            } else {
              // the sentence states it: an earlier inferred guess of the same place gives way
              relateStated(a, target.draft.id, RelType.LOCATED_IN, u, s, `a stop of the visit: the visitors' sentence takes them to ${name}`);
            }
          }
        continue;
      }
    }
    // the units of the people a course or a handover was for
    const people = peopleFrom(sText);
    if (!people) continue;
    const inst = eventOf(a, s, (i) => people.kinds.includes(typeOf(i) as EventType));
    if (people.named && !a.located.some((l) => l.kind === Label.Event && l.id === inst?.draft.id && l.start >= s.start && l.end <= s.end)) continue;
    if (!inst || before.has(inst.draft.id) || notReported(sText, yearOf(inst))) continue;
    // the people's village: the event is put in its commune (the relationships stage's reading of "cho các hộ ở thôn A")
    const units = [
      ...new Set(unitsIn(a, s.start + people.from, s.start + unitsEnd(sText, people.from), false).map((u) => (a.entities.get(u)?.props.level === "VILLAGE" ? communeOf(a, u) : u))),
    ];
    // a province alone says no more than the article's area
    const below = units.filter((u) => belowProvince(a, u));
    if (!below.length || below.length > MAX_UNITS) continue;
    const names = below.map((u) => a.entities.get(u)?.name ?? u).join(", ");
    const why = `the people it was for are of ${names}`;
    for (const u of below) relate(a, inst.draft.id, RelType.LOCATED_IN, u, s, why, { inferred: `The article does not say where it was held; ${why}.` });
  }
  return a;
}

/**
 * A new body with no place, named as a sub-unit right before a broader body ("Trung tâm Dịch vụ việc làm - Sở Nội vụ tỉnh A",
 * "Ban Kinh tế (Hội Nông dân tỉnh B)"): where that body is, when it is in one place, as inferred.
 */
function placeSubUnits(a: ArticleDraft): void {
  const { text } = a;
  const orgs = a.located.filter((l) => l.kind === Label.Organization).sort((x, y) => x.start - y.start);
  for (const e of a.entities.values()) {
    if (e.kind !== Label.Organization || e.known || e.props.orgType === OrgType.COMMUNITY_GROUP || hasPlace(a, e.id)) continue;
    for (const sp of orgs.filter((l) => l.id === e.id)) {
      const next = orgs.find((o) => o.start >= sp.end && o.start - sp.end <= 4);
      if (!next || next.id === e.id) continue;
      const parent = a.entities.get(next.id);
      if (!parent || !unitOfNext(text.slice(sp.start, sp.end), text.slice(sp.end, next.start), text.slice(next.start, next.end))) continue;
      const places = [...a.rels.values()].filter((r) => r.from === next.id && r.type === RelType.LOCATED_IN);
      if (places.length !== 1) continue;
      const unitName = a.entities.get(places[0].to)?.name ?? places[0].to;
      const why = `it is named as a unit of "${parent.name}" ("${text.slice(sp.start, next.end).replace(/\s+/gu, " ").slice(0, 80)}"), which is in ${unitName}`;
      relate(a, e.id, RelType.LOCATED_IN, places[0].to, { start: sp.start, end: next.end }, why, { inferred: `The body's own place is not stated; ${why}.` });
      break;
    }
  }
}
