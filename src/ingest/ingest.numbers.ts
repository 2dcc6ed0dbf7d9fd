/**
 * Counts and amounts in an article: a number, the qualifier before it ("hơn 80 cuộc họp" →
 * MORE_THAN 80, "khoảng", "at least"…) and the unit after it ("400 học viên" → learners). Numbers
 * inside dates, codes ("90/QĐ-TTg"), names ("Dự án 8", "năm 3") and enumerations ("1/Đại diện")
 * are not counts; neither is a number with no unit word after it.
 */
import { Qualifier } from "../graph/graph.enums";
import { EN_LIVELIHOOD_OBJECTS, NOT_COUNT_BEFORE, NUMBER_UNITS, QUALIFIERS, type QualifierName, VI_STOP_WORDS } from "./ingest.lexicon";
import type { DateMention } from "./ingest.dates";
import type { Lang, Span } from "./ingest.text";

const SCALE: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["triệu", 1e6],
  ["tỷ", 1e9],
  ["tỉ", 1e9],
]);

export interface NumberWord {
  value: number;
  lang: Lang;
  /** Also a common word ("ba", "năm"): a count only where the text says so (here: before places named right after). */
  ambiguous?: true;
}
const words = (lang: Lang, values: Record<string, number>): [string, NumberWord][] => Object.entries(values).map(([w, value]) => [w, { value, lang }]);
/**
 * Counts written as words, in both languages, the one table every stage reads ("six communes", "hai xã", "a two-day
 * workshop", "thêm hai lớp"). "một" and "one" are not in it (an article, a name). "ba" (also "father") and "năm" (also
 * "year") are `ambiguous`: as a count before a unit they count only places named right after ("ba huyện Kỳ Sơn, Tương
 * Dương và Con Cuông", "năm xã: …"); "trong năm xã đã…" (in the year) is no count.
 */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map([
  ...words("en", { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15 }),
  ...words("en", { twenty: 20, thirty: 30, forty: 40, fifty: 50 }),
  ...words("vi", { hai: 2, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 }),
  ["ba", { value: 3, lang: "vi", ambiguous: true }],
  ["năm", { value: 5, lang: "vi", ambiguous: true }],
]);
const PLACE_COUNT_UNITS = new Set(["communes", "districts", "provinces", "villages", "wards"]);
/** Units a count written as a word may take: places and groups of people, never money. */
const WORD_COUNT_UNITS = new Set([
  "communes",
  "districts",
  "provinces",
  "villages",
  "wards",
  "households",
  "people",
  "women",
  "farmers",
  "groups",
  "cooperatives",
  "classes",
  "courses",
  "projects",
  "programmes",
  "models",
  "officials",
  "members",
  "learners",
  "trainees",
  "sessions",
  "schools",
  "transfers",
  "project sites",
  "sites",
]);
/** Words that describe what is counted between the number and its unit ("1,511 poor and near-poor women farmers"). */
const EN_COUNT_DESCRIBERS = new Set([
  "poor",
  "near-poor",
  "and",
  "ethnic",
  "minority",
  "female",
  "male",
  "vulnerable",
  "disadvantaged",
  "smallholder",
  "landless",
  "rural",
  "local",
  "mountainous",
  "young",
  "elderly",
  "beneficiary",
  "participating",
  "member",
  "more",
  "other",
  "new",
  "additional",
  "affected",
  "drought-affected",
  "flood-affected",
  "targeted",
  "livelihoods",
  "livelihood",
  "improvement",
  "self-help",
  "savings",
  "community",
  "free",
  "breeding",
  "improved",
  "high-yield",
  "certified",
  // (numbers5) where in a country or province, and how cash is handed out: "seven northern provinces", "2 unconditional cash transfers"
  "northern",
  "southern",
  "central",
  "eastern",
  "western",
  "coastal",
  "border",
  "remote",
  "neighbouring",
  "neighboring",
  "unconditional",
  "conditional",
]);

/** A word between an English count and its unit that describes what is counted. */
const describes = (w: string): boolean =>
  EN_COUNT_DESCRIBERS.has(w) || ((EN_LIVELIHOOD_OBJECTS.has(w.toLowerCase()) || /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w)) && !UNIT_WORDS.has(w.toLowerCase()));

export interface NumberMention extends Span {
  value: number;
  qualifier: QualifierName;
  /** Where the digits are. */
  number: Span;
  /** The unit as the text writes it ("học viên") and in English ("learners"). */
  unit: string;
  unitEn: string;
  /** The unit and the words that describe it ("thành viên nòng cốt cộng đồng"). */
  label: string;
}

/**
 * (numbers5) Animals a Vietnamese count names without "con" before them ("mỗi hộ 3 dê cái", "trao 20 bò giống"): counted as
 * animals, like "con" and the English "goats", "cows". Not after a month or day word ("tháng 3 gà đẻ": a time).
 */
const VI_ANIMAL_UNITS: readonly (readonly [string, string])[] = ["dê", "bò", "trâu", "lợn", "heo", "gà", "vịt", "ngỗng"].map((w) => [w, "animals"] as const);
const ANIMAL_WORDS = new Set(VI_ANIMAL_UNITS.map(([w]) => w));
const TIME_BEFORE = /(?<![\p{L}])(?:tháng|ngày|giờ|lúc|năm)[ \t]*$/iu;
/** (numbers5) "hơn 100 đồng chí phụ trách …": comrades (officials addressed so), people, not the đồng of a sum of money. */
const COMRADES = /^đồng[ \t]+chí(?![\p{L}\p{M}])/u;
/**
 * (numbers5) "a minority accounting for 30% of its population", "chiếm 80% dân số": a place's make-up told as background, not a
 * count of the article's work. Only after a verb of accounting for, and only a population.
 */
const ACCOUNTING_FOR =
  /(?<![\p{L}])(?:accounting for|accounts? for|making up|makes? up|chiếm(?:[ \t]+(?:khoảng|gần|hơn|trên))?)[ \t]+(?:(?:about|around|nearly|some|over|more than|almost|roughly)[ \t]+)?$/iu;
const OF_POPULATION = /^[ \t]*(?:of[ \t]+(?:(?:its|the|their|his|her)[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,2}?population|(?:tổng[ \t]+)?dân[ \t]+số)(?![\p{L}])/iu;

/**
 * (numbers5) More things counted: cash handed out in instalments ("2 unconditional cash transfers"), the sites a visit sees
 * ("two project sites"), young people as "bạn" ("trao học bổng cho 5 bạn học sinh").
 */
const MORE_UNITS: readonly (readonly [string, string])[] = [
  ["cash transfers", "transfers"],
  ["transfers", "transfers"],
  ["project sites", "project sites"],
  ["sites", "sites"],
  ["bạn", "people"],
];
/** (numbers5) "of whom 221 are people with disabilities", "among them, 40 were women": the unit after "are". */
const OF_WHOM = /(?<![\p{L}])(?:of whom|of which|among whom|among them)[ \t,]*$/iu;
/**
 * (numbers5) "Ban quản lý dự án 5 xã: A, B, C, D và E": after a word that names a numbered thing ("dự án 5"), the number still
 * counts the places listed after a colon when the list names exactly that many (brackets aside).
 */
const LISTED_PLACES = /^[ \t]*(?:xã|huyện|tỉnh|thôn|bản|phường|communes|districts|provinces|villages)[ \t]*:[ \t]*([^.;!?]+)/iu;
function listsExactly(after: string, value: number): boolean {
  const m = LISTED_PLACES.exec(after.split("\n")[0].replace(/\([^()\n]*\)/g, ""));
  if (!m) return false;
  const items = m[1].split(/,|[ \t]+(?:và|and)[ \t]+/u).map((x) => x.trim());
  return items.length === value && items.every((x) => /^\p{Lu}/u.test(x));
}

/**
 * (numbers5) "hai địa phương là xã A và xã B", "ba địa bàn gồm: huyện A, huyện B và huyện C", "two localities, A and B
 * communes": a count of localities whose list after it names exactly that many of one kind of place counts that kind.
 */
const LOCALITIES = /^(địa phương|địa bàn|localities|locations)[ \t]*,?[ \t]*(?:là|gồm(?:[ \t]+có)?|bao gồm|namely|:)?[ \t]*:?[ \t]*([^.;!?\n]+)/iu;
const PLACE_KINDS: ReadonlyMap<string, string> = new Map([
  ["xã", "communes"],
  ["phường", "wards"],
  ["huyện", "districts"],
  ["tỉnh", "provinces"],
  ["thôn", "villages"],
  ["bản", "villages"],
  ["communes", "communes"],
  ["districts", "districts"],
  ["provinces", "provinces"],
  ["villages", "villages"],
]);
function listedLocalities(text: string, value: number, lang: Lang): { unit: string; unitEn: string } | undefined {
  const m = LOCALITIES.exec(text.replace(/\([^()\n]*\)/g, ""));
  if (!m || value < 2) return undefined;
  if (lang === "vi") {
    // "A, B và C": the parts up to the one with "và", which ends the list ("…, thời gian …" after it is no item)
    const parts = m[2].split(",");
    const last = parts.findIndex((x) => /[ \t]và[ \t]/u.test(x));
    if (last < 0) return undefined;
    const items = [...parts.slice(0, last), ...parts[last].split(/[ \t]+và[ \t]+/u)].map((x) => x.trim());
    const kinds = new Set(items.map((x) => /^(\p{L}+)[ \t]+\p{Lu}/u.exec(x)?.[1]?.toLowerCase()));
    const [kind] = [...kinds];
    const unitEn = kinds.size === 1 && kind ? PLACE_KINDS.get(kind) : undefined;
    return items.length === value && unitEn ? { unit: m[1], unitEn } : undefined;
  }
  // English: the names, then their kind once ("A and B communes")
  const named =
    /^((?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*(?:,[ \t]*|[ \t]+and[ \t]+))+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)[ \t]+(communes|districts|provinces|villages)(?![\p{L}])/u.exec(
      m[2],
    );
  if (!named) return undefined;
  const items = named[1].split(/,[ \t]*|[ \t]+and[ \t]+/u).filter((x) => x.trim());
  return items.length === value ? { unit: m[1], unitEn: named[2] } : undefined;
}

const UNITS = [...NUMBER_UNITS, ...VI_ANIMAL_UNITS, ...MORE_UNITS].sort((a, b) => b[0].length - a[0].length);
const UNIT_WORDS = new Set(UNITS.map(([u]) => u));
const QUALS = [...QUALIFIERS].sort((a, b) => b[0].length - a[0].length);

function parseValue(raw: string, lang: Lang): number | null {
  let s = raw.replace(/[ \u00a0\u202f]/g, ""); // "25 725": thousands set apart by spaces
  if (lang === "vi") {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
    else s = s.replace(",", ".");
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

const LABEL_STOP = new Set([...VI_STOP_WORDS, "of", "in", "at", "for", "from", "with", "to", "and", "on", "who", "which", "that"]);

/** Money keeps its currency as the unit: an amount for each household is said so in its label, not its unit. */
const CURRENCIES = new Set(["VND", "USD", "EUR"]);
/** "each household", "every participating household", "mỗi hộ", "từng hộ gia đình": a cue that the count after it is per household. */
const EACH_HOUSEHOLD = /(?<![\p{L}])(?:(?:mỗi|từng)[ \t]+hộ|(?:each|every)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?household)(?![\p{L}])/giu;
/** The count is given to each household when such a cue opens its clause with no other number, bracket or sentence end between. */
const eachHouseholdBefore = (body: string, numStart: number): boolean => {
  const look = body.slice(Math.max(0, numStart - 90), numStart);
  const cues = [...look.matchAll(EACH_HOUSEHOLD)];
  const last = cues[cues.length - 1];
  return !!last && /^[^\d.;:!?()\n]*$/u.test(look.slice(last.index + last[0].length));
};
/** A total, not each household's share: "90 goats in all", "tổng cộng 90 con", "a total of 90 goats" (lead, round 9, seen by numbers9). */
const TOTAL_AFTER = /^[\d.,]+[ \t]*(?:[\p{L}-]+[ \t]+){0,3}?(?:in all|in total|altogether|overall|in sum|tổng cộng|tất cả)(?![\p{L}])/iu;
const TOTAL_BEFORE = /(?:in total|a total of|total(?:ling|ing)?|altogether|tổng cộng|tổng số|tổng|cả thảy)[ \t:,]*(?:là|of|có)?[ \t]*$/iu;
const isTotal = (body: string, start: number): boolean => TOTAL_AFTER.test(body.slice(start, start + 60)) || TOTAL_BEFORE.test(body.slice(Math.max(0, start - 24), start));
/** "the worst drought in the past 90 years", "lớn nhất trong vòng 50 năm": a span that compares, not a count. */
const COMPARING_SPAN = /(?:\p{L}est|most|worst|best|nhất)(?![\p{L}])[^.;!?\n]{0,60}(?<![\p{L}])(?:in|trong)(?:[ \t]+(?:the|vòng))?(?:[ \t]+(?:past|last))?[ \t]*$/iu;

/** Counts of the text before `end`, skipping those inside `dates`. */
export function findNumbers(text: string, end: number, lang: Lang, dates: readonly DateMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  const re = /(?:(?<=(?:USD|EUR|VNĐ|VND)-?)|(?<![\p{L}\d/.,:-]))(\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![ \u00a0\u202f]?\d)|\d+(?:[.,]\d+)?)(?![\d/]|[.,]\d)/gu;
  const body = text.slice(0, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const numStart = m.index;
    const numEnd = m.index + m[0].length;
    if (dates.some((d) => numStart < d.end && d.start < numEnd)) continue;
    const after = body.slice(numEnd, numEnd + 60);
    const before = body.slice(Math.max(0, numStart - 40), numStart);
    // a range with its unit after the second number ("2.500 – 3.000 người", "từ 2.500 đến 3.000 người", "from 6 to 7 t/ha"):
    // both ends, the first at least so many
    const range = /^[ \t]*(?:[-–—]|đến|tới|to)[ \t]*\d[\d.,]*(?=[ \t]*[%\p{L}])/u.exec(after);
    if (/^\s*[/:]/.test(after) || (!range && /^\s*-\s*\d/.test(after))) continue; // codes, times, ranges without a unit
    if (/^\s*trong\s/iu.test(after)) continue; // "1 trong 14 xã": one of
    const prevWord = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
    if (prevWord && NOT_COUNT_BEFORE.has(prevWord) && !listsExactly(body.slice(m.index + m[0].length, m.index + m[0].length + 300), parseValue(m[0], lang) ?? 0)) continue;
    let value = parseValue(m[0], lang);
    if (value === null) continue;
    if (out.some((o) => numStart < o.end && o.start < numEnd)) continue; // the triệu part of "1 tỷ 200 triệu"
    // an amount in tỷ and triệu together, read whole: "1 tỷ 200 triệu đồng" = 1,200,000,000 VND
    const both = /^[ \t]*tỷ[ \t]+(\d{1,3})[ \t]*triệu(?:[ \t]+đồng)?/iu.exec(after);
    if (lang === "vi" && both) {
      const endAt = numEnd + both[0].length;
      out.push({
        start: numStart,
        end: endAt,
        value: Math.round(value * 1e9 + Number(both[1]) * 1e6),
        qualifier: Qualifier.EXACT,
        number: { start: numStart, end: numEnd },
        unit: both[0].trim(),
        unitEn: "VND",
        label: body.slice(numEnd, endAt).trim(),
      });
      continue;
    }
    // "$165 million", "US$200,000", "USD-200,000", "VNĐ1 billion", "€3 million": a currency written before the number
    const currency = /(US\$|\$|€|(?<![\p{L}])(?:USD|EUR|VNĐ|VND)[ \t-]?)\s*$/u.exec(before);
    if (currency) {
      const scale = /^[ \t]*(thousand|million|billion|M\b)/u.exec(after);
      const v = scale ? value * (scale[1] === "billion" ? 1e9 : scale[1] === "thousand" ? 1e3 : 1e6) : value;
      const endAt = numEnd + (scale ? scale[0].length : 0);
      const code = /€|EUR/u.test(currency[1]) ? "EUR" : /VN/u.test(currency[1]) ? "VND" : "USD";
      out.push({
        start: numStart - currency[0].length,
        end: endAt,
        value: Math.round(v),
        qualifier: Qualifier.EXACT,
        number: { start: numStart, end: numEnd },
        unit: code,
        unitEn: code,
        label: code,
      });
      continue;
    }
    const afterRange = range ? after.slice(range[0].length) : after;
    if (value >= 1900 && value <= 2100 && !/^\s*(?:%|\p{L})/u.test(afterRange)) continue;

    // the unit: a known one (longest first), after a scale word ("3 million USD", "1,2 triệu người", "6 nghìn con") and,
    // in English, after words that describe what is counted ("1,511 poor and near-poor women farmers")
    let rest = afterRange.replace(/^[ \t]*/, "");
    let scaleBy = 1;
    const scaleWord = /^(thousand|million|billion|nghìn|ngàn|triệu|tỷ|tỉ)[ \t]+(?=\p{L})/iu.exec(rest);
    if (scaleWord && !/^(?:triệu|tỷ|tỉ)[ \t]+đồng/iu.test(rest)) {
      scaleBy = SCALE.get(scaleWord[1].toLowerCase()) ?? 1;
      rest = rest.slice(scaleWord[0].length);
    }
    // "3,300 free Ngọc Linh ginseng plants", "36 breeding cows": describing words, a proper name and the animal or plant counted
    if (lang === "en" && OF_WHOM.test(before)) rest = rest.replace(/^(?:are|were)[ \t]+/u, "");
    if (lang === "en")
      for (let k = 0, w = /^([\p{L}\p{M}-]+)[ \t]+/u.exec(rest); k < 5 && w && describes(w[1]); k++, w = /^([\p{L}\p{M}-]+)[ \t]+/u.exec(rest)) rest = rest.slice(w[0].length);
    const restOffset = after.length - rest.length;
    const lowerRest = rest.normalize("NFC").toLowerCase();
    let unit: string | undefined;
    let unitEn: string | undefined;
    const comrades = lang === "vi" ? COMRADES.exec(lowerRest) : null;
    if (comrades) {
      unit = rest.slice(0, comrades[0].length);
      unitEn = "people";
    } else
      for (const [u, en] of UNITS) {
        if (lowerRest.startsWith(u) && (u === "%" || !/^[\p{L}\p{M}]/u.test(lowerRest.slice(u.length)))) {
          unit = rest.slice(0, u.length);
          unitEn = en;
          break;
        }
      }
    if (!unit) {
      const listed = listedLocalities(body.slice(numEnd + restOffset, numEnd + restOffset + 300), value, lang);
      if (!listed) continue;
      ({ unit, unitEn } = listed);
    }
    if (ANIMAL_WORDS.has(unit.toLowerCase()) && (lang !== "vi" || TIME_BEFORE.test(before))) continue;
    const unitEnd = numEnd + restOffset + unit.length;
    if ((unitEn === "months" || unitEn === "years" || unitEn === "days") && /^[ \t]+(đầu|cuối|first|last)\b/iu.test(body.slice(unitEnd, unitEnd + 8))) continue; // "03 tháng đầu năm 2024": a time
    if (unitEn === "years" && COMPARING_SPAN.test(body.slice(Math.max(0, numStart - 100), numStart))) continue;
    if (unitEn === "percent" && ACCOUNTING_FOR.test(before) && OF_POPULATION.test(body.slice(unitEnd, unitEnd + 50))) continue;

    // the label: the unit and up to four describing words after it
    let labelEnd = unitEnd;
    const words = /^(?:[ \t]+([\p{L}\p{M}]+))/u;
    for (let k = 0; k < 4; k++) {
      const w = words.exec(body.slice(labelEnd, labelEnd + 40));
      if (!w || LABEL_STOP.has(w[1].toLowerCase()) || /^\p{Lu}/u.test(w[1])) break;
      labelEnd += w[0].length;
    }

    // the qualifier before the number
    let qualifier: QualifierName = range ? Qualifier.AT_LEAST : Qualifier.EXACT;
    let start = numStart;
    const lowerBefore = before.normalize("NFC").toLowerCase();
    for (const [q, name] of QUALS) {
      const at = lowerBefore.length - q.length - 1;
      // "handed over 36 cows": the verb's particle, not "more than"
      if (q === "over" && /(?:hand(?:ed|s)?|turn(?:ed|s)?|pass(?:ed|es)?|took|taken)\s+over\s$/u.test(lowerBefore)) continue;
      if (at >= 0 && lowerBefore.endsWith(`${q} `) && (at === 0 || !/[\p{L}]/u.test(lowerBefore[at - 1]))) {
        qualifier = name;
        start = numStart - q.length - 1;
        break;
      }
    }
    // amounts in thousands, millions or billions of a currency are given whole: "4,94 tỷ đồng" = 4,940,000,000 VND
    const scaled = /^(thousand|million|billion) (VND|USD|EUR)$/.exec(unitEn!);
    if (scaled) {
      value = Math.round(value * (SCALE.get(scaled[1]) ?? 1));
      unitEn = scaled[2];
    }
    value = Math.round(value * scaleBy * 1000) / 1000;
    // so much for each household: "100 con gà/hộ", "3 goats per household", "mỗi hộ"
    const each = /^[ \t]*(?:\/[ \t]*hộ|(?:per|for each|a|each)[ \t]+household|mỗi[ \t]+hộ|cho mỗi[ \t]+hộ)(?![\p{L}])/iu.exec(body.slice(labelEnd, labelEnd + 24));
    if (each && !/households/.test(unitEn!)) {
      unitEn = `${unitEn} per household`;
      labelEnd += each[0].length;
    } else if (!/households/.test(unitEn!) && !CURRENCIES.has(unitEn!) && eachHouseholdBefore(body, start) && !isTotal(body, start)) unitEn = `${unitEn} per household`; // "mỗi hộ được nhận 50 con vịt"
    out.push({
      start,
      // a range's first number ends at itself: the second is read on its own, with the same unit ("30 - 40%": 30 and 40 percent)
      end: range ? numEnd : labelEnd,
      value,
      qualifier,
      number: { start: numStart, end: numEnd },
      unit,
      unitEn: unitEn!,
      label: body.slice(unitEnd - unit.length, labelEnd),
    });
  }
  // counts written as a word: "six communes", "in three districts", "hai xã"
  for (const m of body.matchAll(/(?<![\p{L}\p{M}])(\p{L}+)[ \t]+/gu)) {
    // the word in the article's language: "hai" and "ba" are ASCII but Vietnamese
    const word = NUMBER_WORDS.get(m[1].toLowerCase());
    if (!word || word.lang !== lang) continue;
    const { value, ambiguous } = word;
    let rest = body.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (lang === "en")
      for (let k = 0, w = /^([\p{Ll}-]+)[ \t]+/u.exec(rest); k < 3 && w && EN_COUNT_DESCRIBERS.has(w[1]); k++, w = /^([\p{Ll}-]+)[ \t]+/u.exec(rest))
        rest = rest.slice(w[0].length);
    const lower = rest.normalize("NFC").toLowerCase();
    const listed = listedLocalities(rest + body.slice(m.index + m[0].length + 60, m.index + m[0].length + 300), value, lang);
    const hit = listed ? ([listed.unit.toLowerCase(), listed.unitEn] as const) : UNITS.find(([u]) => lower.startsWith(u) && !/^[\p{L}\p{M}]/u.test(lower.slice(u.length)));
    if (!hit || !WORD_COUNT_UNITS.has(hit[1])) continue;
    const offset = body.slice(m.index + m[0].length, m.index + m[0].length + 60).length - rest.length;
    const end = m.index + m[0].length + offset + hit[0].length;
    if (ambiguous && (!PLACE_COUNT_UNITS.has(hit[1]) || !/^(?:[ \t]*:[ \t]*|[ \t]+)\p{Lu}/u.test(body.slice(end, end + 4)))) continue;
    if (out.some((o) => m.index < o.end && o.start < end)) continue;
    out.push({
      start: m.index,
      end,
      value,
      qualifier: Qualifier.EXACT,
      number: { start: m.index, end: m.index + m[1].length },
      unit: body.slice(end - hit[0].length, end),
      unitEn: hit[1],
      label: body.slice(end - hit[0].length, end),
    });
  }
  return out;
}
