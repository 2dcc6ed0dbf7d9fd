/**
 * Turns an article into a draft seed file: a source, the entities it names (known ones
 * redeclared with this article's quote, new ones proposed) and the relationships their shared
 * sentences suggest, every one with an exact quote and `draft: "<why>"`. A pipeline of small
 * stages over one draft object (ingest.draft.ts; each stage in stages/, tested on its own): text
 * and segmentation, dates, places, mentions, matching, events, relationships, beneficiaries,
 * numbers, outcomes, same-event resolution, writer. Pure: the seed files come in as Knowledge, the result
 * goes out as data (ingest.writer.ts renders it); no database.
 */
import type { SeedFile } from "../seed/seed.schema";
import type { Knowledge } from "./ingest.corpus";
import type { ArticleDraft, DraftNumber, IngestOptions } from "./ingest.draft";
import { type CorpusIndex, indexCorpus } from "./ingest.match";
import type { Lang } from "./ingest.text";
import { draftBeneficiaries } from "./stages/beneficiaries.stage";
import { readDates } from "./stages/dates.stage";
import { draftEvents } from "./stages/events.stage";
import { matchMentions } from "./stages/matching.stage";
import { readMentions } from "./stages/mentions.stage";
import { attachNumbers } from "./stages/numbers.stage";
import { draftOutcomes } from "./stages/outcomes.stage";
import { placeBodiesByName } from "./stages/places.rules";
import { readPlaces } from "./stages/places.stage";
import { resolveSameEvents } from "./stages/same-event.stage";
import { placeEventsAcrossSentences } from "./stages/sites.stage";
import { relateMentions } from "./stages/relationships.stage";
import { draftStaffImplementers } from "./stages/staff.stage";
import { tieToFrames } from "./stages/ties.stage";
import { readArticle } from "./stages/text.stage";
import { writeSeed } from "./stages/writer.stage";

export type { DraftNumber, IngestOptions } from "./ingest.draft";

export interface IngestResult {
  seed: SeedFile;
  /** What the rules could not settle, for the curator (the file's header). */
  notes: string[];
  numbers: DraftNumber[];
  lang: Lang;
  /** The naming of places the article uses, and why. */
  era: string;
}

/** The stages after the text is read, in order; each adds its part to the draft. */
export const STAGES: readonly ((d: ArticleDraft) => ArticleDraft)[] = [
  readDates,
  readPlaces,
  readMentions,
  matchMentions,
  draftEvents,
  relateMentions,
  draftStaffImplementers,
  draftBeneficiaries,
  tieToFrames,
  placeBodiesByName,
  placeEventsAcrossSentences,
  attachNumbers,
  draftOutcomes,
  resolveSameEvents,
];

/** Runs the pipeline: the article's draft object through every stage. */
export function draftArticle(rawText: string, options: IngestOptions, knowledge: Knowledge, index: CorpusIndex = indexCorpus(knowledge)): ArticleDraft {
  return STAGES.reduce((d, stage) => stage(d), readArticle(rawText, options, knowledge, index));
}

/** Reads the article and drafts its seed file. */
export function ingestArticle(rawText: string, options: IngestOptions, knowledge: Knowledge, index: CorpusIndex = indexCorpus(knowledge)): IngestResult {
  const d = draftArticle(rawText, options, knowledge, index);
  return { seed: writeSeed(d), notes: [...new Set(d.notes)], numbers: d.numbers, lang: d.lang, era: d.places.era.why };
}
