/**
 * Round 6 (models6) rules for programs and projects that the earlier patterns of ingest.mentions.ts
 * missed or read wrong: a scheme named by its quoted title ("Đề án “…”"), a national fund named by
 * what it pays for ("quỹ quốc gia giải quyết việc làm"), a cooperation programme bounded by its
 * period, a project whose quoted title follows "mới:" or "mang tên", and a number after "dự án" that
 * counts (communes, years, households) instead of numbering a project. Pure functions over the
 * article's text; ingest.mentions.ts turns what they return into mentions.
 */
import type { Span } from "./ingest.text";

/** A name found in the text: where it stands and what the draft calls it. */
export interface NamedSpan extends Span {
  name: string;
  quotedName?: string;
  /** Which rule read it, for the draft's reason. */
  pattern: string;
}

/** The pattern of a national fund read as a program: a body's mention over the same words gives way to it. */
export const NATIONAL_FUND_PATTERN = 'pattern "quỹ quốc gia <what it pays for>"';

/** ‘Đề án “Title”’ (the title starts with a capital), or a numbered national scheme ‘Đề án 06’ (capital "Đ" only). */
const SCHEME_QUOTED = /(?<![\p{L}])([Đđ]ề án)[ \t]+(?:số[ \t]+\d+[ \t]+)?([“"«])(\p{Lu}[^”"»\n.!?]{2,150})([”"»])/gu;
const SCHEME_NUMBERED = /(?<![\p{L}])Đề án[ \t]+(\d{2,4})(?![\p{L}\d/])/gu;

/**
 * Schemes ("Đề án") named by their quoted title or their number, in `text` from `from` on: each a program, named "Đề án “Title”"
 * or "Đề án 06". Not read: a scheme without a name ("xây dựng đề án", "Đề án này"), a quote that runs past a sentence's end, or a
 * number with a slash (a decision's number, "Đề án 12/ĐA-UBND", is a document's).
 */
export function schemes(text: string, from = 0): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const m of text.slice(from).matchAll(SCHEME_QUOTED)) {
    const start = from + (m.index ?? 0);
    const inner = m[3].trim();
    out.push({ start, end: start + m[0].length, name: `Đề án “${inner}”`, quotedName: inner, pattern: 'pattern "Đề án “…”"' });
  }
  for (const m of text.slice(from).matchAll(SCHEME_NUMBERED)) {
    const start = from + (m.index ?? 0);
    if (out.some((o) => o.start === start)) continue;
    out.push({ start, end: start + m[0].length, name: `Đề án ${m[1]}`, pattern: 'pattern "Đề án N"' });
  }
  return out;
}

/** Words that end a national fund's name: what it is used for, by whom, where, when. */
const FUND_NAME_STOPS = new Set([
  "để",
  "cho",
  "của",
  "tại",
  "ở",
  "với",
  "nhằm",
  "do",
  "và",
  "đã",
  "được",
  "năm",
  "giai",
  "thông",
  "trong",
  "theo",
  "từ",
  "là",
  "có",
  "này",
  "đến",
  "tới",
  "qua",
  "sẽ",
  "đang",
]);
const VI_NATIONAL_FUND = /(?<![\p{L}])([Qq]uỹ[ \t]+[Qq]uốc[ \t]+gia)((?:[ \t]+[\p{L}]+){1,7})/gu;
const EN_NATIONAL_FUND = /(?<![\p{L}])National[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,3})Fund(?![\p{L}])/gu;

/**
 * A national fund named by what it pays for: "quỹ Quốc gia giải quyết việc làm", "Quỹ quốc gia về việc làm", "the National
 * Employment Fund": a program (a state lending scheme, not a body). The name runs over what it pays for, up to a word of purpose,
 * place or time ("để", "cho", "tại", "năm") or a punctuation mark. Not read: "quỹ" of a body or a place ("Quỹ Hỗ trợ nông dân
 * tỉnh", "quỹ của Hội"), a fund without "quốc gia", or "quỹ quốc gia" with nothing after it.
 */
export function nationalFunds(text: string, from = 0): NamedSpan[] {
  const out: NamedSpan[] = [];
  const body = text.slice(from);
  for (const m of body.matchAll(VI_NATIONAL_FUND)) {
    const start = from + (m.index ?? 0);
    let end = start + m[1].length;
    let words = 0;
    for (const w of m[2].matchAll(/[ \t]+([\p{L}]+)/gu)) {
      if (FUND_NAME_STOPS.has(w[1].toLowerCase())) break;
      end = start + m[1].length + (w.index ?? 0) + w[0].length;
      words++;
    }
    // nothing after "quỹ quốc gia" but "về": no name
    if (!words || /[ \t]về$/iu.test(text.slice(start, end))) continue;
    const said = text.slice(start, end).replace(/[ \t]+/g, " ");
    out.push({ start, end, name: `${said.charAt(0).toUpperCase()}${said.slice(1)}`, pattern: NATIONAL_FUND_PATTERN });
  }
  for (const m of body.matchAll(EN_NATIONAL_FUND)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, name: m[0].replace(/[ \t]+/g, " "), pattern: NATIONAL_FUND_PATTERN });
  }
  return out;
}

/**
 * A cooperation programme bounded by its period: the folded key of a name after "chương trình" that starts with "hợp tác" and
 * holds "giai đoạn YYYY" ("chương trình hợp tác phát triển nghề giai đoạn 2024–2028"): a program, whatever its case. Not: a
 * cooperation without a period ("chương trình hợp tác với các tỉnh"), a period without cooperation ("chương trình tập huấn
 * giai đoạn 2024–2025").
 */
export const cooperationWithPeriod = (key: string): boolean => /^hop tac (?:[a-z]+ ){0,10}giai doan \d{4}(?: |$)/.test(key);

/**
 * How far a cooperation programme's name runs on to its period when the name's words stopped short of it: the characters of
 * `after` (the text after the name read so far, which starts with "hợp tác") up to "giai đoạn YYYY(–YYYY)", over lower-case
 * words only (no punctuation, no capital, at most 80 characters); 0 when no period follows so.
 */
export function runToPeriod(after: string): number {
  const m = /^(?:[ \t]+\p{Ll}+){0,12}?[ \t]+giai[ \t]+đoạn[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?(?![\p{L}\d])/u.exec(after.slice(0, 120));
  return m && m[0].length <= 100 ? m[0].length : 0;
}

/** Between "dự án"/"project" and a quoted title: "mới:", "mang tên", "có tên gọi", "called", "named", "entitled". */
const TITLE_LEAD = /^[ \t]*(?:(?:mới|new)[ \t]*)?(?:(?:có tên gọi|có tên|mang tên|với tên gọi|tên là|called|named|entitled|titled)[ \t]*)?:?[ \t]*(?=[“"«])/iu;

/**
 * How far after a project's head its quoted title starts when words stand between: "dự án mới: “…”", "dự án mang tên “…”", "a
 * project called “…”" (the number of characters to skip, or undefined). The quote right after the head is read elsewhere;
 * this needs at least "mới", a naming word or a colon. The quoted words must read as a title, which `isTitle` says.
 */
export function titleLead(after: string): number | undefined {
  const m = TITLE_LEAD.exec(after);
  if (!m || !/\S/.test(m[0])) return undefined;
  return m[0].length;
}

/**
 * Quoted words that read as a title: a capital first, at most 150 characters, no sentence inside (a speech quoted after a
 * colon, "dự án: “Chúng tôi sẽ tiếp tục. …”", is none), not ending a question or an exclamation.
 */
export const isTitle = (inner: string): boolean => /^\p{Lu}/u.test(inner) && inner.length <= 150 && !/[.!?…](?:\s|$)/u.test(inner);

/** A count's unit right after a number: "5 xã", "3 năm", "120 hộ", "2 tỷ đồng". */
const COUNT_UNIT =
  /^[ \t]+(?:năm|tháng|hộ|người|tỷ|triệu|nghìn|ngàn|xã|huyện|tỉnh|thôn|bản|làng|phường|thị trấn|years?|months?|households?|communes?|districts?|provinces?)(?![\p{L}])/iu;
const PLACE_UNIT = /^[ \t]+(?:xã|huyện|tỉnh|thôn|bản|làng|phường|thị trấn|communes?|districts?|provinces?)(?![\p{L}])/iu;
/** The body that runs a project, named before its head: "Ban Quản lý dự án", "BQL dự án", "project management board". */
const BOARD_BEFORE = /(?<![\p{L}])(?:ban[ \t]+quản[ \t]+lý|bql|ban[ \t]+qlda)[ \t]*$/iu;

/**
 * Does the number after "dự án"/"project" count something instead of numbering the project? "Ban Quản lý dự án 4 xã" (the board
 * of a project of four communes), "dự án 3 năm", "dự án 120 hộ". `before` is the text before the head, `after` the text after
 * the number. A count of time, people or money always counts; a count of places only after a board's name or before a colon or a
 * list of names ("dự án 5 xã: A, B"), since "Dự án 6 xã Sơn Tịnh …" may be project 6 in a commune.
 */
export function numberCounts(before: string, after: string): { counts: boolean; board: boolean } {
  const board = BOARD_BEFORE.test(before);
  // "Dự án 3 năm 2024", "Dự án 7 tháng 5/2024": a date follows the project's number, nothing is counted
  if (!COUNT_UNIT.test(after) || /^[ \t]+(?:năm|tháng)[ \t]+\d/iu.test(after)) return { counts: false, board };
  if (!PLACE_UNIT.test(after)) return { counts: true, board };
  const rest = after.replace(PLACE_UNIT, "");
  return { counts: board || /^[ \t]*:/.test(rest) || /^[ \t]*(?:gồm|là)(?![\p{L}])/iu.test(rest), board };
}
