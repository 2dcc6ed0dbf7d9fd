/**
 * Stage 15, same-event resolution: an article about an event the seeds already hold (another
 * outlet's report, in either language) is drafted as a new statement about that event, not as a
 * second event. A drafted event is the known one when it has the same type, their dates overlap
 * (or this article gives none and was written within 60 days after it), they share a place (the
 * same unit, or one inside the other) and at least one actor (an organization or person both name
 * as involved), or, without a shared actor, the same day and place. The drafted event then takes
 * the known id (its own quote becomes this source's MENTIONED_IN, its name an alias); a number it
 * states that the known event states otherwise (the same unit, another value) becomes a claim
 * beside it, both kept.
 */
import { EventType } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import type { CorpusEntity } from "../ingest.corpus";
import { addAlias, type ArticleDraft, type DraftEntity, type DraftRelationship } from "../ingest.draft";
import { nameKey } from "../ingest.text";

const DAY = 24 * 3600 * 1000;
/** What a unit counts, as one word: "poor households" and "households" both count households. */
const unitKey = (unit: string): string => (unit.toLowerCase().split(" ").at(-1) ?? "").replace(/s$/, "");
const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
/** A date as its first and last day: "2024-07" is the whole month. */
const bounds = (from: string, to: string): [number, number] => {
  const first = Date.parse(from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from);
  const lastText = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-28` : to;
  return [first, Date.parse(lastText)];
};

/**
 * Types one event may be given by two outlets: a "hội nghị tổng kết" is a conference to one curator, a closing workshop to
 * another; a "hội thảo khởi động" a launch or a workshop; a delegation's trip a study tour or a field visit. Two types of
 * one family are the same event only when both are dated and the dates overlap (an undated one must have the same type).
 */
const FAMILIES: readonly (readonly string[])[] = [
  [EventType.CONFERENCE, EventType.WORKSHOP, EventType.MEETING, EventType.LAUNCH],
  [EventType.STUDY_TOUR, EventType.FIELD_VISIT],
];
const sameFamily = (x: unknown, y: unknown): boolean => x === y || FAMILIES.some((f) => f.some((t) => t === x) && f.some((t) => t === y));

export interface SameEventEvidence {
  entity: CorpusEntity;
  why: string[];
}

/** The known event a drafted one reports again, with the evidence; undefined when none is sure. */
export function knownEventFor(a: ArticleDraft, e: DraftEntity): SameEventEvidence | undefined {
  const gaz = a.knowledge.gazetteer;
  const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}:`) || gaz.isAncestor(outer, inner);
  const rels = [...a.rels.values()];
  const ownPlaces = rels.filter((r) => r.from === e.id && (r.type === RelType.LOCATED_IN || r.type === RelType.COVERS)).map((r) => r.to);
  // without a place of its own sentence, the places the article names
  const places = ownPlaces.length ? ownPlaces : [...a.entities.values()].filter((x) => x.kind === Label.Place).map((x) => x.id);
  const actors = new Set(rels.filter((r) => r.to === e.id && r.type === RelType.INVOLVED_IN).map((r) => r.from));
  const named = new Set([...a.entities.values()].filter((x) => x.known).map((x) => x.id));
  // a date guessed from the article's date line is no date of its own: the article may be posted the month after the event
  const guessed = e.dateGuessed === true;
  const start = guessed ? undefined : str(e.props.startDate);
  const end = guessed ? undefined : (str(e.props.endDate) ?? start);
  let best: SameEventEvidence | undefined;
  for (const k of a.knowledge.entities.values()) {
    if (k.kind !== Label.Event || !sameFamily(k.props.eventType, e.props.eventType)) continue;
    const kStart = str(k.props.startDate);
    if (!kStart) continue;
    const kEnd = str(k.props.endDate) ?? kStart;
    const [ks, ke] = bounds(kStart, kEnd);
    const why: string[] = [k.props.eventType === e.props.eventType ? `the same type (${String(e.props.eventType)})` : `a type of the same family (${String(k.props.eventType)})`];
    let sameDay = false;
    if (start && end) {
      const [s, t] = bounds(start, end);
      if (s > ke || t < ks) continue;
      sameDay = start === kStart && start.length === 10;
      why.push(`overlapping dates (${start} and ${kStart})`);
    } else {
      if (k.props.eventType !== e.props.eventType) continue; // another type of the family needs overlapping dates
      const written = a.refDate ? bounds(a.refDate, a.refDate)[0] : undefined;
      if (written !== undefined && (written < ks || written - ke > 60 * DAY)) continue;
      why.push(written === undefined ? "no date of its own" : `no date of its own, written ${a.refDate}, within 60 days after ${kStart}`);
    }
    const place = places.find((p) => (k.places ?? []).some((kp) => within(p, kp) || within(kp, p)));
    if (!place) continue;
    why.push(`a shared place (${place})`);
    const shared = (k.actors ?? []).filter((x) => actors.has(x) || named.has(x));
    if (shared.length) why.push(`shared actors (${shared.join(", ")})`);
    const numbers = e.metrics.filter((m) => (k.metrics ?? []).some((x) => x.value === m.value && unitKey(x.unit) === unitKey(m.unit)));
    if (numbers.length) why.push(`the same numbers (${numbers.map((m) => `${m.value} ${m.unit}`).join(", ")})`);
    // a shared place and a type are not enough: the same day, an actor or a number must say it is the same event
    if (!shared.length && !numbers.length && !sameDay) continue;
    if (!best || why.length > best.why.length) best = { entity: k, why };
  }
  return best;
}

/** Moves every reference to a drafted id onto another id. */
function rebind(a: ArticleDraft, from: DraftEntity, to: CorpusEntity, why: string): void {
  a.entities.delete(from.id);
  const known: DraftEntity = {
    ...from,
    id: to.id,
    name: to.name,
    aliases: [],
    known: to,
    props: {},
    reason: `the same event as ${to.id} ("${to.name}"): ${why}; drafted as this source's statement about it (was ${from.id})`,
  };
  if (nameKey(from.name) !== nameKey(to.name)) addAlias(known, from.name);
  for (const x of from.aliases) addAlias(known, x);
  a.entities.set(to.id, known);
  for (const inst of a.events) if (inst.draft === from) inst.draft = known;
  for (const [m, id] of a.idOf) if (id === from.id) a.idOf.set(m, to.id);
  for (const l of a.located) if (l.id === from.id) l.id = to.id;
  for (const n of a.numbers) if (n.entityId === from.id) n.entityId = to.id;
  const moved: DraftRelationship[] = [...a.rels.values()].map((r) => ({ ...r, from: r.from === from.id ? to.id : r.from, to: r.to === from.id ? to.id : r.to }));
  a.rels.clear();
  for (const r of moved) a.rels.set(`${r.from}|${r.type}|${r.role ?? ""}|${r.to}`, r);
  // its numbers: one the known event states otherwise is a claim beside it
  const stated = to.metrics ?? [];
  known.metrics = [];
  const ofUnit = <T extends { unit: string }>(list: readonly T[], unit: string): T[] => list.filter((x) => unitKey(x.unit) === unitKey(unit));
  for (const m of from.metrics) {
    if (ofUnit(stated, m.unit).some((x) => x.value === m.value)) continue; // stated already, the same
    // another value of the one count of this unit each source gives: the same fact, stated otherwise
    const others = ofUnit(stated, m.unit);
    const other = others.length === 1 && ofUnit(from.metrics, m.unit).length === 1 ? others[0] : undefined;
    if (other) {
      known.claims.push({
        key: `${m.key}-${a.options.number}`,
        property: other.key,
        value: String(m.value),
        quote: m.quote,
        note: `this source gives ${m.value} ${m.unit}; ${to.id}#${other.key} is ${other.value} ${other.unit} in another source: both kept`,
        draft: `${m.draft.replace(from.id, to.id)}; differs from the known value`,
      });
      continue;
    }
    let key = m.key;
    for (let k = 2; stated.some((x) => x.key === key) || known.metrics.some((x) => x.key === key); k++) key = `${m.key}-${k}`;
    known.metrics.push({ ...m, key, draft: m.draft.replace(from.id, to.id) });
    for (const n of a.numbers) if (n.entityId === to.id && n.key === m.key) n.key = key;
  }
}

export function resolveSameEvents(a: ArticleDraft): ArticleDraft {
  for (const inst of [...a.events]) {
    if (inst.draft.known) continue;
    const found = knownEventFor(a, inst.draft);
    if (found && !a.entities.has(found.entity.id)) rebind(a, inst.draft, found.entity, found.why.join(", "));
  }
  return a;
}
