/**
 * Drafting in ingest rule tests: one gazetteer's knowledge and index, built once per test file, and the draft of a
 * text against them, as `npm run ingest` makes it (article number 9, file "t.txt").
 */
import { Label } from "../../src/graph/graph.model";
import { buildKnowledge } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import type { ParsedSeedFile } from "../../src/seed/seed.reader";
import type { SeedFile } from "../../src/seed/seed.schema";

/** A text and its language → the seed file the ingest drafts from it. */
export type Drafter = (text: string, lang: "vi" | "en") => SeedFile;

/** A drafter over `gazetteers` (e.g. testGazetteer of ingest-gazetteer.ts, and a second province's places). */
export function drafterOver(...gazetteers: ParsedSeedFile[]): Drafter {
  const knowledge = buildKnowledge(gazetteers);
  const index = indexCorpus(knowledge);
  return (text, lang) => ingestArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index).seed;
}

/** The events a drafter drafts from a text as "TYPE start end"; a text without a blank line gets a one-word title. */
export function eventLinesOf(draft: Drafter): (text: string, lang: "vi" | "en") => string[] {
  return (text, lang) =>
    draft(text.includes("\n\n") ? text : `${lang === "vi" ? "Tin" : "News"}\n\n${text}`, lang)
      .entities.filter((e) => e.kind === Label.Event)
      .map((e) => `${String(e.eventType)} ${String(e.startDate)} ${String(e.endDate)}`);
}
