/**
 * Stage 16, the writer: the draft object as a seed file (the source, the entities in a fixed
 * order of kinds, with their quotes, metrics and claims, and the relationships), every proposal
 * with its `draft:` reason; what the rules could not settle stays in the notes for the header.
 */
import { SourceKind } from "../../graph/graph.enums";
import { Label } from "../../graph/graph.model";
import type { SeedEntity, SeedFile } from "../../seed/seed.schema";
import type { ArticleDraft, DraftEntity } from "../ingest.draft";

const ORDER: readonly Label[] = [
  Label.Event,
  Label.Organization,
  Label.Person,
  Label.Program,
  Label.Project,
  Label.Document,
  Label.Model,
  Label.Intervention,
  Label.Outcome,
  Label.Product,
  Label.EthnicGroup,
  Label.Country,
  Label.Place,
];

function entityOf(a: ArticleDraft, e: DraftEntity): SeedEntity {
  return {
    kind: e.kind,
    id: e.id,
    name: e.name,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...e.props,
    ...(e.inferred ? { inferred: e.inferred } : {}),
    draft: e.reason,
    quote: a.text.slice(e.quote.start, e.quote.end).trim(),
    ...(e.metrics.length
      ? {
          metrics: e.metrics.map((m) => ({
            key: m.key,
            value: m.value,
            unit: m.unit,
            label: m.label,
            ...(m.qualifier ? { qualifier: m.qualifier } : {}),
            draft: m.draft,
            quote: m.quote,
          })),
        }
      : {}),
    ...(e.claims.length ? { claims: e.claims.map((c) => ({ ...c })) } : {}),
  };
}

export function writeSeed(a: ArticleDraft): SeedFile {
  const entities = [...a.entities.values()].map((e) => entityOf(a, e));
  entities.sort((x, y) => ORDER.findIndex((k) => k === x.kind) - ORDER.findIndex((k) => k === y.kind));
  const byline = a.mentions.find((m) => m.kind === Label.Person && m.props.byline);
  const nnn = String(a.options.number).padStart(3, "0");
  return {
    source: {
      id: `src:${nnn}`,
      kind: SourceKind.ARTICLE,
      title: a.titleText,
      file: a.options.file,
      ...(a.url ? { url: a.url } : {}),
      ...(byline ? { author: byline.name } : {}),
      ...(a.published ? { publishedOn: a.published } : {}),
      language: a.lang,
    },
    entities,
    relationships: [...a.rels.values()],
  };
}
