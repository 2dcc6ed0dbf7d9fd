/**
 * Text primitives of the ingest: words with their offsets in the article, sentences, where the
 * article body ends, and the keys names are compared by. Every offset is into the article text
 * as given, so that a quote cut from it is an exact substring of it.
 */
import { foldDiacritics } from "../common/text";
import { ABBREVIATIONS, DROPPED_UNIT_WORDS, ENGLISH_TERMS, FOOTER_MARKERS, MULTI_ABBREVIATIONS } from "./ingest.lexicon";

export type Lang = "vi" | "en";

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Lower case, accents kept (NFC). */
  lower: string;
  /** Folded: lower-case ASCII. */
  fold: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** All digits. */
  digit: boolean;
}

/** The article as the rules read it. */
export interface Doc {
  text: string;
  lang: Lang;
  /** Where the article ends and the site's chrome (related news, comments) begins. */
  bodyEnd: number;
  /** What the rules do not read mentions in: the headline a corpus header gives (its body repeats it), else empty (titleSpan). */
  title: Span;
  /** Words of the body (title included). */
  tokens: Token[];
  sentences: Span[];
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The words of a text with their offsets. */
export function tokenize(text: string, end = text.length): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(0, end).matchAll(WORD)) {
    const t = m[0];
    tokens.push({
      text: t,
      start: m.index,
      end: m.index + t.length,
      lower: t.normalize("NFC").toLowerCase(),
      fold: foldDiacritics(t),
      cap: /^\p{Lu}/u.test(t),
      digit: /^\d+$/.test(t),
    });
  }
  return tokens;
}

/** Is this all-capital word an acronym (INKOTA, DWC, UBND)? */
export const isAcronym = (t: Token): boolean => t.text.length >= 2 && /^[\p{Lu}\d&]+$/u.test(t.text) && /\p{Lu}/u.test(t.text) && !t.digit;

/** Where the article body ends: the first line that starts the site chrome, or the end. */
export function articleBodyEnd(text: string): number {
  let offset = 0;
  let seenText = false;
  for (const line of text.split("\n")) {
    const trimmed = line.trim().toLowerCase().normalize("NFC");
    if (seenText && trimmed && FOOTER_MARKERS.some((m) => trimmed === m || trimmed.startsWith(`${m} `) || (m.endsWith(":") && trimmed.startsWith(m)))) {
      return offset;
    }
    if (trimmed) seenText = true;
    offset += line.length + 1;
  }
  return text.length;
}

/**
 * A line of the page's furniture a copy may start with: a breadcrumb ("Trang chủ » Kinh tế » Nông nghiệp", "Home >
 * News"), a menu ("Kinh tế | Xã hội | Văn hóa"; one bar is not enough, a title may end in "| Báo Lào Cai"), a link back
 * ("Return to the blog", "Quay lại"), or an image's alignment buttons run together ("leftcenterrightdel").
 */
const HEAD_CHROME = /^(?:(?:trang chủ|home)(?:\s*[»›>|/]|$)|(?:return|back|quay lại|trở về)(?:\s+\S.{0,60})?$|[^»›>|]{1,40}(?:\s[»›>|]\s[^»›>|]{1,40}){2,}$)/iu;
const RUN_TOGETHER = /^\p{Ll}{14,}$/u;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A line that is only a day, or a place and a day ("24/04/2019 15:24", "Lao Cai – 26. September 2019"). */
const DAY_LINE = new RegExp(String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\.?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4}`, "iu");
const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;
/** A paragraph, not a headline: it ends with a full stop (a headline seldom does) or runs long. */
const isParagraph = (line: string): boolean =>
  wordCount(line) >= 40 || (wordCount(line) >= 8 && /[.…]["”’)]?$/u.test(line)) || (wordCount(line) >= 15 && /[!?]["”’)]?$/u.test(line));

/**
 * The headline: among the first lines, the first that is neither the page's furniture (HEAD_CHROME), a date line, nor a
 * label of one to three words ("Tin", "Hoạt động Hội", which is the title only when no headline follows it). When the
 * text opens with a paragraph instead (a body pasted without its headline), an empty span where the paragraph starts.
 */
export function titleSpan(text: string): Span {
  const lines = /\S[^\n]*/g;
  let label: Span | undefined;
  for (let m = lines.exec(text), n = 0; m && n < 5; m = lines.exec(text), n++) {
    const line = m[0].trim();
    const span = { start: m.index, end: m.index + m[0].trimEnd().length };
    if (HEAD_CHROME.test(line) || RUN_TOGETHER.test(line) || (wordCount(line) <= 8 && DAY_LINE.test(line))) continue;
    if (isParagraph(line)) return label ?? { start: span.start, end: span.start };
    if (wordCount(line) <= 3) {
      label ??= span;
      continue;
    }
    return span;
  }
  return label ?? { start: 0, end: 0 };
}

// (events2) and English months cut short before a year or a day ("Oct. 2016", "Sept. 5")
const ABBREVIATED = /(?:^|[\s(])(?:ts|ths|pgs|gs|bs|tp|tx|mr|mrs|ms|dr|st|no|prof|q|p|tt|ncs|đ\/c|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/**
 * Sentences of the body: split at line breaks, and after . ! ? … when a capital, quote or digit
 * follows (not after "Ts." or "TP.", nor inside "18.9.2023").
 */
export function splitSentences(text: string, end: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === "\n") {
      push(start, i);
      start = i + 1;
    } else if (c === "." || c === "!" || c === "?" || c === "…") {
      let j = i + 1;
      while (j < end && /[.”"’)\]]/.test(text[j])) j++;
      if (j < end && !/[ \t]/.test(text[j])) continue;
      let k = j;
      while (k < end && /[ \t]/.test(text[k])) k++;
      if (k < end && !/[\p{Lu}\d“"‘'(–-]/u.test(text[k])) continue;
      if (c === "." && ABBREVIATED.test(text.slice(Math.max(0, i - 6), i))) continue;
      if (c === "." && /(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i))) continue; // an initial
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, end);
  return spans;
}

/**
 * The corpus header some saved articles start with: a `URL: …` line and a `TITLE: …` line (the
 * title may end in "[title reconstructed]"). Returns the URL and the text with the header's
 * labels, the URL line and the marker blanked by spaces (offsets, and so quotes, stay those of
 * the article), so that the title is the TITLE line's words and the first paragraph stays body.
 */
export function maskCorpusHeader(text: string): { text: string; url?: string; title?: Span } {
  const m = /^\s*URL:[ \t]*(\S*)[^\n]*\n/.exec(text);
  if (!m) return { text };
  const blank = (s: string): string => s.replace(/[^\n]/g, " ");
  let out = text.slice(0, m.index) + blank(m[0]) + text.slice(m.index + m[0].length);
  let title: Span | undefined;
  const t = /^([ \t\n]*)(TITLE:[ \t]*)([^\n]*)/.exec(out.slice(m.index + m[0].length));
  if (t) {
    const at = m.index + m[0].length + t[1].length;
    const marker = /\s*\[title reconstructed\]\s*$/i.exec(t[3]);
    const titleEnd = at + t[2].length + (marker ? marker.index : t[3].length);
    title = { start: at + t[2].length, end: titleEnd };
    out =
      out.slice(0, at) +
      blank(t[2]) +
      out.slice(at + t[2].length, titleEnd) +
      blank(out.slice(titleEnd, at + t[2].length + t[3].length)) +
      out.slice(at + t[2].length + t[3].length);
  }
  return { text: out, url: m[1] || undefined, ...(title ? { title } : {}) };
}

/** Reads an article: body, language (guessed from the body unless given), title (the headline's span unless given), words, sentences. */
export function readDoc(text: string, lang?: Lang, title: Span = titleSpan(text)): Doc {
  const bodyEnd = articleBodyEnd(text);
  return { text, lang: lang ?? guessLang(text.slice(0, bodyEnd)), bodyEnd, title, tokens: tokenize(text, bodyEnd), sentences: splitSentences(text, bodyEnd) };
}

/** Guesses the language: Vietnamese when a good share of the words carry Vietnamese letters. */
export function guessLang(text: string): Lang {
  const words = text.slice(0, 5000).match(WORD) ?? [];
  const vietnamese = words.filter((w) => /[ăâđêôơưạảãàáậẩẫầấặẳẵằắẹẻẽèéệểễềếịỉĩìíọỏõòóộổỗồốợởỡờớụủũùúựửữừứỵỷỹỳý]/i.test(w)).length;
  return words.length && vietnamese / words.length > 0.15 ? "vi" : "en";
}

/** Index of the first token starting at or after a position. */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding a position. */
export function sentenceAt(doc: Doc, pos: number): Span | undefined {
  return doc.sentences.find((s) => s.start <= pos && pos < s.end);
}

/** Folds a word for comparison of spellings: Đắk and Đắc are one word. */
const spelling = (word: string): string => (word.length >= 2 && word.endsWith("k") ? `${word.slice(0, -1)}c` : word);

/**
 * The key a place name is compared by: folded, punctuation gone, Đắk = Đắc.
 * "Đắk Lắk" → "dac lac", "Phan Rang - Tháp Chàm" → "phan rang thap cham".
 */
export function foldKey(text: string): string {
  return foldDiacritics(text.normalize("NFC"))
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map(spelling)
    .join(" ");
}

function replacePhrases(words: string[], table: readonly (readonly [string, string])[]): string[] {
  let joined = ` ${words.join(" ")} `;
  for (const [from, to] of table) joined = joined.split(` ${from} `).join(` ${to} `);
  return joined.trim().split(" ").filter(Boolean);
}

/**
 * The words a name of an organization, program, model… is compared by: folded, abbreviations
 * written out (UBND → uy ban nhan dan), English terms in Vietnamese (Women's Union → hoi lien
 * hiep phu nu), "programme" as "program". `compact` maps written-together place names (hanoi)
 * to their words (ha noi).
 */
export function nameWords(text: string, compact?: ReadonlyMap<string, string>): string[] {
  let words = foldDiacritics(text.normalize("NFC"))
    .replace(/['’]s\b/g, "")
    .replace(/&/g, " va ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  words = replacePhrases(words, MULTI_ABBREVIATIONS);
  words = words.flatMap((w) => (ABBREVIATIONS[w] ?? (compact?.get(w) || w)).split(" "));
  words = replacePhrases(words, ENGLISH_TERMS);
  // "Vietnam" and "Việt Nam" are one name: "ChildFund Vietnam" = "ChildFund Việt Nam"
  words = words.flatMap((w) => (w === "vietnam" ? ["viet", "nam"] : [w]));
  return words.map(spelling);
}

/** The key of a name as one string (see nameWords). */
export const nameKey = (text: string, compact?: ReadonlyMap<string, string>): string => nameWords(text, compact).join(" ");

/** A name as a bag of words without unit words, sorted: word order and "tỉnh"/"thành phố" aside. */
export function bagKey(text: string, compact?: ReadonlyMap<string, string>): string {
  return nameWords(text, compact)
    .filter((w) => !DROPPED_UNIT_WORDS.has(w))
    .sort()
    .join(" ");
}

/** How many words two bags share, each word counted as often as both hold it. */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}

/** Dice similarity of two bags of words (0…1). */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  return (2 * sharedWords(a, b)) / (a.length + b.length);
}

/** Shared words of two bags, and the share of the smaller bag they make. */
export function containment(a: readonly string[], b: readonly string[]): { shared: number; ratio: number } {
  const shared = sharedWords(a, b);
  return { shared, ratio: shared / Math.max(1, Math.min(a.length, b.length)) };
}

/** Collapses white space: names as the text writes them, on one line. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Upper-cases the first letter. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether the span `start`…`end` overlaps any of `spans` (half-open spans, as the draft writes them). */
export const overlapsAny = (spans: readonly Span[], start: number, end: number): boolean => spans.some((m) => start < m.end && m.start < end);
