/**
 * Stage 3, places: the place mentions of the article resolved against the gazetteer as chains
 * (ingest.places.ts), and each place found drafted: a known unit redeclared with this article's
 * quote (other spellings as aliases), a village or missing unit proposed new under its parent.
 */
import { Label } from "../../graph/graph.model";
import { addAlias, type ArticleDraft, type DraftEntity } from "../ingest.draft";
import { findPlaces } from "../ingest.places";
import { foldKey } from "../ingest.text";

export function readPlaces(d: ArticleDraft): ArticleDraft {
  const places = findPlaces(d.doc, d.knowledge.gazetteer, d.placesDate);
  d.notes.push(...places.notes);
  for (const p of places.places.values()) {
    const entity: DraftEntity = {
      kind: Label.Place,
      id: p.id,
      name: p.name,
      props: { level: p.level, ...(p.record || !p.unitType ? {} : { unitType: p.unitType }) },
      aliases: [],
      quote: p.quote,
      reason: p.reason,
      known: p.record ? { id: p.id, kind: Label.Place, name: p.record.name, aliases: p.record.aliases, props: {} } : undefined,
      metrics: [],
      claims: [],
      spans: p.mentions.map((m) => ({ start: m.start, end: m.end })),
    };
    for (const m of p.mentions)
      if (p.record && foldKey(m.name) !== foldKey(p.record.name) && !p.record.aliases.some((a) => foldKey(a) === foldKey(m.name))) addAlias(entity, m.name);
    d.entities.set(p.id, entity);
  }
  return { ...d, places };
}
