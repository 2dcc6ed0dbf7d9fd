/**
 * Stage 4, mentions: what the patterns find (organizations, people, programs, projects, events,
 * models, ethnic groups, products, documents: ingest.mentions.ts) and where the text names a known
 * entity of the seeds (ingest.match.ts scanText). Nothing is bound yet: that is matching's.
 */
import type { ArticleDraft } from "../ingest.draft";
import { scanText } from "../ingest.match";
import { findMentions } from "../ingest.mentions";

export function readMentions(d: ArticleDraft): ArticleDraft {
  return { ...d, mentions: findMentions(d.doc, d.places.mentions), hits: scanText(d.doc, d.index) };
}
