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
import { guessLang, maskCorpusHeader, readDoc, squash } from "../ingest.text";

export function readArticle(rawText: string, options: IngestOptions, knowledge: Knowledge, index: CorpusIndex): ArticleDraft {
  const notes: string[] = [];
  const plain = plainText(rawText);
  const header = maskCorpusHeader(plain);
  const text = header.text;
  if (plain !== rawText)
    notes.push(
      "the article's text was made plain (NFC, invisible characters dropped, every run of spaces one space): quotes are cut from the plain text, which `npm run seed:check` compares them with",
    );
  const lang = options.lang ?? guessLang(text);
  const doc = readDoc(text, lang);
  return {
    options,
    knowledge,
    index,
    notes,
    text,
    url: options.url ?? header.url,
    lang,
    doc,
    titleText: squash(text.slice(doc.title.start, doc.title.end)),
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
