/**
 * Round 8 (rels8): does a clause state what a body does in the work the article reports, or only speak of it? The
 * relationships stage drafts no role and no place from a stretch of text (from the clause's start to the verb or the
 * other end) that holds one of these cues:
 * - a negation right where it bears on the verb: "không", "chưa", "chẳng", "not", "never", "n't", "failed/unable to"
 *   (not "không chỉ", "không ngừng", "không quá", "viện trợ không hoàn lại", "not only");
 * - a plan, a proposal or a request: "dự kiến", "đề xuất", "kiến nghị", "đề nghị", "kêu gọi", "mong muốn", "có kế hoạch",
 *   "xem xét", "yêu cầu", "plans to", "proposed", "is expected to", "hopes to", "intends to", "asked … to" (not "would": a project's aim is told so);
 * - a condition: "nếu", "giá như", "trong trường hợp", "if", "unless", "in case";
 * - a history: "(đã) từng <verb>", "trước đây", "trước kia", "previously", "formerly", "in the past", "used to", "had <participle>"
 *   (irregular ones listed: "had held", "had paid"; not "had ten", "had one": a count is possession).
 * "sẽ" and "will" alone are no cue: a project's launch announces what its bodies will do in it, and that is their part.
 * Pure functions over strings; each returns the cue it found (for the draft's reason) or undefined.
 */

const NEGATION =
  /(?<!\p{L})(?:(?:không|chưa|chẳng)(?!\p{L})(?!\s+(?:chỉ|ngừng|hoàn lại|quá|ít|những|khí|gian|kể|lâu|bao lâu)(?!\p{L}))|(?:not|never|no longer)(?!\p{L})(?!\s+only(?!\p{L}))|(?:failed|unable)\s+to(?!\p{L}))|n't(?!\p{L})/iu;
const PLAN =
  /(?<!\p{L})(?:dự kiến|đề xuất|kiến nghị|đề nghị|kêu gọi|mong muốn|hy vọng|có kế hoạch|lên kế hoạch|xem xét|yêu cầu|plans?\s+to|planned\s+to|planning\s+to|propos(?:e|es|ed|ing|al)|expected\s+to|expects?\s+to|hopes?\s+to|hoped\s+to|intends?\s+to|intended\s+to|asked|asks|requested|requests|urged|urges|called\s+on|calls\s+on)(?!\p{L})/iu;
const CONDITION = /(?<!\p{L})(?:nếu|giá như|trong trường hợp|if|unless|in case|provided that)(?!\p{L})/iu;
const HISTORY =
  /(?<!\p{L})(?:từng\s+(?:được\s+)?(?:tài trợ|viện trợ|thực hiện|triển khai|tổ chức|chủ trì|hỗ trợ|tham gia|tham dự|phối hợp|đồng hành|làm việc|làm|là|đến thăm|ghé thăm|thăm|đến|khảo sát|trao tặng|trao|bàn giao)|trước đây|trước kia|previously|formerly|in the past|used to|had\s+(?:already\s+|also\s+|once\s+)?(?:been\s+)?(?:\p{L}{2,}(?:ed|en|own|one|eld|ilt|ght|ent)|run|met|led|held|paid|made|won|fed|set\s+up))(?!\p{L})/iu;

/** The cue in `stretch` that makes it speak of the act rather than state it, or undefined when it states it. */
export function unstatedCue(stretch: string): string | undefined {
  for (const re of [NEGATION, PLAN, CONDITION, HISTORY]) {
    const m = re.exec(stretch);
    if (m) return m[0];
  }
  return undefined;
}

/** A negation right before a word at the end of `before` ("không tham dự", "did not attend", "chưa được"). */
export const negatedRightBefore = (before: string): boolean =>
  /(?<!\p{L})(?:không|chưa|chẳng|not|never)\s+(?:(?:được|hề|có|thể|đến|về)\s+)?$|n't\s+$|(?:failed|unable)\s+to\s+$/iu.test(before);

/**
 * The start of the clause of a sentence that holds `at`: after the last ",", ";" or ":" before it, or the sentence's start.
 * A lead of a date or a place ("Năm 2019, …", "Tại Kỳ Sơn, …") is cut off with it, a lead cue ("Nếu …", "If …") is kept.
 */
export function clauseStartBefore(text: string, sentenceStart: number, at: number): number {
  const cut = Math.max(text.lastIndexOf(",", at - 1), text.lastIndexOf(";", at - 1), text.lastIndexOf(":", at - 1));
  return cut >= sentenceStart ? cut + 1 : sentenceStart;
}

/**
 * The words of a sentence before `at` that bear on its verb: the clause holding `at` (up to `end`), after the sentence's opening
 * lead when the clause is not the first ("Dự kiến tháng 6, X sẽ …", "Nếu có kinh phí, X …", "Trước đây, X …": a lead cue is
 * the whole sentence's). A concessive lead ("Dù …", "Mặc dù …", "Although …", "Despite …") is left out: its negation is its own.
 */
export function clauseBefore(text: string, sentenceStart: number, at: number, end = at): string {
  const start = clauseStartBefore(text, sentenceStart, at);
  const firstCut = text.slice(sentenceStart, start).search(/[,;:]/u);
  const lead = start > sentenceStart && firstCut >= 0 ? text.slice(sentenceStart, sentenceStart + firstCut) : "";
  const opening = /^\s*(?:dù|mặc dù|tuy|although|though|despite|even though)(?!\p{L})/iu.test(lead) ? "" : lead;
  return `${opening} ${text.slice(start, end)}`;
}

/**
 * A body named in a list a representatives' word opens ("đại diện A, B và C", "representatives of A and B", "đại biểu các
 * sở A, B"): `gapOthers` is the text between the last such word before the body and the body, with the other bodies' names
 * blanked; only separators may be left. Those bodies sent people to the event; they did not organize it.
 */
export const REPRESENTATIVES = /(?<!\p{L})(?:đại diện(?:\s+lãnh đạo)?|đại biểu|representatives?\s+(?:of|from)|delegates?\s+(?:of|from))(?!\p{L})/giu;
export const listSeparatorsOnly = (gapOthers: string): boolean => /^(?:\s|,|và|cùng|and|the|các|lãnh đạo|tổ chức)*$/iu.test(gapOthers);

/**
 * A body thanked in passing ("ông A cảm ơn tổ chức X đã tài trợ …", "Mr A thanked X, which funded …"): what it is thanked
 * for is not the article's project unless the sentence names that project.
 */
export const THANKED = /(?<!\p{L})(?:cảm ơn|cám ơn|tri ân|thanked|thanks|thanking|gratitude\s+to|grateful\s+to)(?!\p{L})/iu;
