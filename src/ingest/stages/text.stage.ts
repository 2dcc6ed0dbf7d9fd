/**
 * Stage 1, text and segmentation: the article as plain text (plainText: NFC, no invisible
 * characters, plain single spaces), its corpus header blanked (offsets
 * kept), its language, words, sentences, title and where the page chrome starts. Creates the
 * draft object every later stage fills in.
 */
import { plainText } from "../../common/text";
import type { Knowledge } from "../ingest.corpus";
import type { ArticleDraft, IngestOptions } from "../ingest.draft";
import type { CorpusIndex } from "../ingest.match";
import { type Doc, maskCorpusHeader, readDoc, squash, titleSpan } from "../ingest.text";

export function readArticle(rawText: string, options: IngestOptions, knowledge: Knowledge, index: CorpusIndex): ArticleDraft {
  const notes: string[] = [];
  const plain = plainText(rawText);
  const header = maskCorpusHeader(plain);
  const text = header.text;
  if (plain !== rawText)
    notes.push(
      "the article's text was made plain (NFC, invisible characters dropped, every run of spaces one space): quotes are cut from the plain text, which `npm run seed:check` compares them with",
    );
  // The title: the one given apart (the workbench's field), else a corpus header's TITLE line, else the text's own
  // headline (titleSpan), else its opening words. A corpus header's body repeats its headline and is read there, so
  // mentions in the TITLE line are not read; a pasted article's headline is its only copy and is read like the body.
  const headline = header.title ?? titleSpan(text);
  const given = squash(options.title ?? "");
  const doc = readDoc(text, options.lang, header.title ?? { start: headline.start, end: headline.start });
  const { lang } = doc;
  return {
    options,
    knowledge,
    index,
    notes,
    text,
    url: options.url ?? header.url,
    lang,
    doc,
    titleText: given || squash(text.slice(headline.start, headline.end)) || openingWords(text, doc, headline.start),
    dates: [],
    places: { mentions: [], places: new Map(), era: { era: "legacy", why: "not read yet" }, notes: [] },
    mentions: [],
    hits: [],
    entities: new Map(),
    idOf: new Map(),
    byBag: new Map(),
    localOffices: [],
    variants: [],
    events: [],
    rels: new Map(),
    located: [],
    numbers: [],
  };
}

/** A title for a text without a headline (a body pasted alone): its first sentence from `from`, cut at twenty words (Vietnamese syllables). */
function openingWords(text: string, doc: Doc, from: number): string {
  const first = doc.sentences.find((s) => s.start >= from) ?? doc.sentences[0];
  const words = first ? squash(text.slice(first.start, first.end)).split(" ") : [];
  return words.length > 20 ? `${words.slice(0, 20).join(" ")} …` : words.join(" ");
}
