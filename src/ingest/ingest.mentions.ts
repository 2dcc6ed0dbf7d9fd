/**
 * Mentions of organizations, people, programs, projects, events, models, ethnic groups,
 * products and documents, found by the text's own patterns: a head word and the name after it
 * (UBND …, Hội LHPN …, Hợp tác xã …, Trung tâm …, Dự án …, mô hình …, Hội nghị/Hội thảo/Tập
 * huấn …, Đoàn công tác … học tập kinh nghiệm; English "… People's Committee", "workshop on …",
 * "study tour"), a model verb and its object ("nuôi gà", "trồng dưa hấu", "chicken raising"), an
 * honorific and a name. Each mention says which pattern found it. Pure: no gazetteer, no corpus.
 */
import { Label } from "../graph/graph.model";
import {
  EN_EVENT_HEADS,
  EN_MODEL_VERBS,
  EN_NAME_JOINERS,
  EN_ORG_WORDS,
  KNOWN_PARTNER_NAMES,
  PARTNER_SUFFIXES,
  VI_LIVELIHOOD_OBJECTS,
  VI_NOT_LIVELIHOOD_AFTER,
  VI_LIVELIHOOD_QUALIFIERS,
  VI_HANDOVER_VERBS,
  EN_MODEL_PHRASES,
  EN_HANDOVER_VERBS,
  EN_LIVELIHOOD_OBJECTS,
  type EnObject,
  EN_PLACE_UNITS,
  EN_STOP_WORDS,
  type EventHead,
  GENERIC_EN_WORDS,
  GENERIC_MODEL_TAILS,
  HONORIFICS,
  KNOWN_MODEL_PHRASES,
  EN_WORK_MODEL_CUES,
  EN_WORK_MODEL_PHRASES,
  MODEL_CATEGORY_HINTS,
  NAME_PARTICLES,
  type ModelCategoryName,
  NOT_ORG_ACRONYMS,
  type OrgHead,
  type OrgTypeName,
  POSITIONS,
  SURNAMES,
  VI_EVENT_HEADS,
  VI_MODEL_VERBS,
  VI_NAME_PHRASES,
  VI_NOT_MODEL_OBJECTS,
  VI_ORG_HEADS,
  VI_PLACE_UNITS,
  VI_STOP_PHRASES,
  VI_STOP_WORDS,
} from "./ingest.lexicon";
import type { PlaceMention } from "./ingest.places";
import { contractFarmingProduct, enAwareness, financialManagement, groupPurpose, herdCare, viAwareness } from "./purposes.rules";
import { cooperationWithPeriod, isTitle, nationalFunds, numberCounts, runToPeriod, schemes, titleLead, NATIONAL_FUND_PATTERN } from "./programs.rules";
import * as models8 from "./models.rules";
import * as models10 from "./models10.rules";
import { foldDiacritics } from "../common/text";
import { capitalize, type Doc, foldKey, isAcronym, nameKey, overlapsAny, type Span, squash, type Token } from "./ingest.text";
import { highlandNameLength, isKhmerNameMark } from "./names.rules";
import {
  BANK_BRANDS,
  bankBranchLength,
  bracketOwners,
  collectiveClose,
  dropNonActors,
  type FoundName,
  gluedVerbAt,
  isNotABody,
  joinCutNames,
  producerFacilities,
  unitedNationsTail,
} from "./orgs.rules";
import { clauseAfterHead, dropBareUnionHeads, isCountryName, isNotEnglishBodyName, joinsTransliteration } from "./orgs10.rules";
import { beforeManagementUnit, gluedActionAt, holderAfterBody, isEverydayOpening, personAfterBody, projectManagementUnits, widenEnglishNames } from "./orgs8.rules";

/** The kinds a pattern finds (graph.model.ts); places have their own finder. */
export type MentionKind = Label.Organization | Label.Person | Label.Program | Label.Project | Label.Event | Label.Model | Label.EthnicGroup | Label.Product | Label.Document;

export interface EntityMention extends Span {
  kind: MentionKind;
  /** The name as the text writes it. */
  name: string;
  /** Which pattern found it, for the draft's reason. */
  pattern: string;
  /** Only points at an entity named elsewhere ("Hội thảo", "Dự án", "Đoàn công tác"). */
  ref?: boolean;
  /** Kind-specific properties (orgType, eventType, category, honorific, number, docType, issuedOn). */
  props: Record<string, unknown>;
  acronym?: string;
  /** The words to quote, when not the mention itself (a model from a list). */
  quote?: Span;
  /** A person's positions, each with the organization named after it. */
  positions?: { position: string; span: Span; org?: EntityMention }[];
  /** An organization named inside this one's name: "Ban Thường vụ [Hội LHPN Hà Nội]". */
  inner?: EntityMention;
  /** One of several bodies named at once ("Sở LĐTBXH các tỉnh A, B"): the place this one is in. */
  distributed?: PlaceMention;
  /** A quoted name ("…") or a number ("Dự án 8") that identifies it. */
  quotedName?: string;
  number?: string;
  /** (models2) A sub-project's project, by its number ("Tiểu dự án 2 của Dự án 10" → "10"), for the PART_OF between them. */
  partOfNumber?: string;
  /** A model a project's, program's or body's name names ("dự án “Ngân hàng trâu”", "Hợp tác xã hàu lồng"): kept beside the name. */
  inName?: boolean;
}

/** Nouns "project" modifies ("project management", "project staff"): with them, "project" is no head of a name. */
const EN_PROJECT_MODIFIED = new Set(
  "management,managers,manager,staff,team,teams,officers,officer,results,activities,ownership,design,implementation,budget,sites,site,areas,area,documents,cycle,funds,funding,evaluation,monitoring,outcomes,leaders,participants,coordination,planning".split(
    ",",
  ),
);
/** Posts named "Project …" ("Project Director", "Deputy Project Coordinator"): "Project" before them names no project. */
const EN_PROJECT_POSTS = new Set([
  "director",
  "directors",
  "manager",
  "managers",
  "coordinator",
  "coordinators",
  "officer",
  "officers",
  "leader",
  "lead",
  "assistant",
  "advisor",
  "adviser",
]);
/** What lies between token k-1 and token k (the text's start before the first, its end after the last). */
const gapText = (doc: Doc, k: number): string => doc.text.slice(doc.tokens[k - 1]?.end ?? 0, doc.tokens[k]?.start ?? doc.text.length);
const CAP_STOPS: readonly string[][] = [
  ...POSITIONS.map((p) => p.split(" ")),
  ...HONORIFICS.filter((h) => h[0].length > 2),
  ["đại", "diện"],
  ["lãnh", "đạo"],
  ["chuyên", "viên"],
  ["thành", "viên"],
  ["tổ", "chức"],
];
const EN_NOT_OBJECTS = new Set([
  "a",
  "an",
  "the",
  "and",
  "of",
  "in",
  "on",
  "for",
  "to",
  "with",
  "start",
  "started",
  "begin",
  "began",
  "support",
  "supported",
  "help",
  "helped",
  "promote",
  "promoted",
  "develop",
  "developed",
  "expand",
  "expanded",
  "practise",
  "practice",
  "do",
  "did",
  "learn",
  "learned",
  "about",
  "their",
  "its",
  "new",
  "on",
  // raising awareness, funds or capital is no livelihood
  "awareness",
  "fund",
  "funds",
  "capital",
  "money",
  "income",
]);
/** Words of a quantity before a noun ("over 30 breeding cows"): never part of a model's object. */
const EN_QUANTITY_WORDS = new Set([
  "over",
  "more",
  "than",
  "about",
  "around",
  "some",
  "nearly",
  "almost",
  "least",
  "up",
  "each",
  "every",
  "per",
  "total",
  "many",
  "several",
  "free",
]);
const MONTH_WORDS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
/** A head that names a body only when a capitalised word follows it ("Hội Cộng đồng …", "Trường Tiểu học …"; "Trường hợp", "Hội nghị" do not). */
type VIHead = OrgHead & { nextCap?: boolean; /** Only before a unit word and its place ("Đoàn xã Bảo Nam"). */ nextUnit?: boolean };
/**
 * Heads of Vietnamese bodies beside the lexicon's, by the grammar of their names rather than any one
 * body: party committees ("Đảng ủy xã …", "Huyện ủy …"), branches of mass organizations ("Chi đoàn ấp
 * …", "Chi hội …", "Tỉnh đoàn"), funds, broadcasters, networks, alliances, associations, schools,
 * hospitals, border posts, stations, clubs, committees ("Ủy ban Dân tộc"), and the sentence-case names
 * after a capitalised "Hội", "Tổ chức" or a lower-case "cơ quan" ("cơ quan Phát triển Hợp tác …").
 */
/** (orgs2) One-word initials of mass organisations and the social policy bank, heads only before a place. */
const SHORT_FORM_HEADS: ReadonlySet<string> = new Set(["ubmttq", "ubmttqvn", "mttqvn", "hlhpn", "lhpn", "hnd", "hccb", "đtn", "nhcsxh"]);
/** (orgs8) The initials in a short form's head ("Hội ND", "Đoàn TN", "HCCB"): such a head in a list shares the list's place. */
const LISTED_SHORT_FORMS: ReadonlySet<string> = new Set([...SHORT_FORM_HEADS, "nd", "ccb", "tn"]);
const MORE_VI_ORG_HEADS: readonly VIHead[] = [
  ...["đảng", "huyện", "tỉnh", "thành"].flatMap((w) => ["ủy", "uỷ"].map((u): VIHead => ({ words: [w, u], orgType: "OTHER", cap: true }))),
  { words: ["chi", "bộ"], orgType: "OTHER", cap: true, needsTail: true },
  { words: ["chi", "đoàn"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  { words: ["chi", "hội"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  ...["tỉnh", "huyện", "thành"].map((w): VIHead => ({ words: [w, "đoàn"], orgType: "MASS_ORGANIZATION", cap: true })),
  { words: ["ủy", "ban", "mttq"], orgType: "MASS_ORGANIZATION" },
  { words: ["uỷ", "ban", "mttq"], orgType: "MASS_ORGANIZATION" },
  { words: ["mttq"], orgType: "MASS_ORGANIZATION" },
  { words: ["ủy", "ban"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true, nextCap: true },
  { words: ["uỷ", "ban"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true, nextCap: true },
  { words: ["quỹ"], orgType: "NGO", cap: true, needsTail: true },
  { words: ["đài"], orgType: "PUBLIC_SERVICE_UNIT", cap: true, needsTail: true, nextCap: true },
  { words: ["liên", "minh"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true, nextCap: true },
  { words: ["mạng", "lưới"], orgType: "NGO", cap: true, needsTail: true },
  { words: ["hiệp", "hội"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  { words: ["hội"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true, nextCap: true },
  { words: ["tổng", "công", "ty"], orgType: "BUSINESS", needsTail: true },
  { words: ["trường"], orgType: "PUBLIC_SERVICE_UNIT", cap: true, needsTail: true, nextCap: true },
  { words: ["bệnh", "viện"], orgType: "PUBLIC_SERVICE_UNIT", cap: true, needsTail: true },
  { words: ["trạm"], orgType: "PUBLIC_SERVICE_UNIT", cap: true, needsTail: true, nextCap: true },
  { words: ["đồn", "biên", "phòng"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["bộ", "đội", "biên", "phòng"], orgType: "GOVERNMENT_AGENCY", cap: true },
  { words: ["câu", "lạc", "bộ"], orgType: "COMMUNITY_GROUP", needsTail: true },
  { words: ["clb"], orgType: "COMMUNITY_GROUP", needsTail: true },
  { words: ["tổ", "chức"], orgType: "NGO", cap: true, needsTail: true, nextCap: true },
  { words: ["cơ", "quan"], orgType: "GOVERNMENT_AGENCY", needsTail: true, nextCap: true },
  // "Đoàn xã Bảo Nam", "Bí thư Đoàn phường …": the youth union of a place (never "đoàn" a group of visitors)
  { words: ["đoàn"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true, nextUnit: true },
  // (orgs2) the usual short forms of the mass organisations and state bodies at each level: the central body by "Trung
  // ương"/"TW" before "Đoàn" ("Trung ương Đoàn", "TW Đoàn"; "Trung ương Hội …" is read by its own head), the initials of the Front, the youth union, the unions of
  // women, farmers and veterans, and the social policy bank ("UBMTTQ xã …", "HND huyện …", "NHCSXH tỉnh …")
  ...[...SHORT_FORM_HEADS].filter((w) => w !== "nhcsxh").map((w): VIHead => ({ words: [w], orgType: "MASS_ORGANIZATION", needsTail: true })),
  ...[
    ["ban", "thường", "trực"],
    ["ban", "thường", "vụ"],
  ].flatMap((b) => ["ubmttq", "mttq"].map((w): VIHead => ({ words: [...b, w], orgType: "MASS_ORGANIZATION", cap: true }))),
  { words: ["hội", "nd"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  { words: ["hội", "ccb"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  { words: ["hội", "cựu", "thanh", "niên", "xung", "phong"], orgType: "MASS_ORGANIZATION", cap: true },
  { words: ["đoàn", "tn"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  { words: ["đoàn", "tncs", "hồ", "chí", "minh"], orgType: "MASS_ORGANIZATION", cap: true },
  ...["trung ương", "tw"].flatMap((c) => ["đoàn", "mttq"].map((h): VIHead => ({ words: [...c.split(" "), ...h.split(" ")], orgType: "MASS_ORGANIZATION", cap: true }))),
  { words: ["nhcsxh"], orgType: "BANK", needsTail: true },
  { words: ["ngân", "hàng", "chính", "sách", "xã", "hội"], orgType: "BANK", cap: true },
  { words: ["phòng", "giao", "dịch", "nhcsxh"], orgType: "BANK", cap: true },
];
const ORG_HEADS: readonly VIHead[] = [...VI_ORG_HEADS, ...MORE_VI_ORG_HEADS];
/** Heads that start another name after "và" (one-word heads only when capitalised or an abbreviation: "UBND", "HTX"). */
const ORG_HEAD_WORDS = ORG_HEADS.filter((h) => h.words.length > 1 || h.cap || /^(?:ubnd|hđnd|htx|mttq|clb)$/u.test(h.words[0])).map((h) => h.words);
const VI_UNIT_WORDS = new Set(VI_PLACE_UNITS.filter((u) => u.words.length === 1).map((u) => u.words[0]));
/** Words of two syllables, one of them a unit word's ("nông thôn", "xã hội"): inside a name they are words, not a place's unit. */
const VI_UNIT_COMPOUNDS: readonly (readonly [string, string])[] = [
  ["nông", "thôn"],
  ["xã", "hội"],
  ["tác", "xã"],
  ["văn", "bản"],
  ["cơ", "bản"],
  ["làng", "nghề"],
];
const CLOSE_FOR: Readonly<Record<string, string>> = { "“": "”", '"': '"', "'": "'", "‘": "’", "«": "»" };

/** Do these lower-case words start at token i (a "," word means a comma between)? Returns the tokens used. */
export function phraseAt(doc: Doc, i: number, words: readonly string[]): number {
  let k = i;
  let comma = false;
  for (const w of words) {
    if (w === ",") {
      comma = true;
      continue;
    }
    const t = doc.tokens[k];
    if (!t || t.lower !== w) return 0;
    if (k > i) {
      const g = gapText(doc, k);
      if (comma ? !/^[ \t]*,[ \t]*$/.test(g) : !/^[ \t]+$/.test(g)) return 0;
    }
    comma = false;
    k++;
  }
  return k - i;
}

const longestHead = <H extends { words: readonly string[] }>(doc: Doc, i: number, heads: readonly H[]): { head: H; length: number } | undefined => {
  let best: { head: H; length: number } | undefined;
  for (const head of heads) {
    const length = phraseAt(doc, i, head.words);
    if (length && (!best || length > best.length)) best = { head, length };
  }
  return best;
};

/** Could this word be Vietnamese written without accents? "Plan", "International" cannot. */
const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(uy|[aeiouy]{1,3})(ng|nh|ch|[cmnpt])?$/;
export function isForeignWord(t: Token): boolean {
  if (!/^[A-Za-z'’-]+$/.test(t.text)) return false;
  if (isAcronym(t)) return true;
  return !VI_SYLLABLE.test(t.text.toLowerCase());
}

interface ExtendOptions {
  places: readonly PlaceMention[];
  max: number;
  /** Lower-case words may continue the name (Vietnamese names are in sentence case). */
  lower: boolean;
  /** The name ends with the first place inside it ("UBND huyện Than Uyên"). */
  stopAfterPlace?: boolean;
  /** A lower-case word after a place inside the name ends the name ("Trường … Kỳ Sơn | mở lớp"). */
  lowerEndsAfterPlace?: boolean;
  /** Hyphens may join lower-case words ("công - tư"). */
  hyphenLower?: boolean;
  /** Extra words that do not end the name. */
  allow?: ReadonlySet<string>;
  /** Extra words that end the name. */
  stop?: ReadonlySet<string>;
  /** Verbs ("phối hợp", "tổ chức") do not end it (event names: "Hội thảo chia sẻ kinh nghiệm"). */
  verbs?: boolean;
  /** A place ends the name instead of joining it ("mô hình trồng dưa | bản Thẩm Phé"). */
  placeEnds?: boolean;
  /** Heads that start another name: "và" before one ends this name ("Chương trình A và Chương trình B"). */
  heads?: readonly (readonly string[])[];
}

/** Compounds written with a dash inside a name: "kinh tế – xã hội", "văn hóa - xã hội", "an ninh – quốc phòng". */
const DASH_COMPOUNDS: readonly (readonly [string, string, string])[] = [
  ["tế", "xã", "hội"],
  ["hóa", "xã", "hội"],
  ["hoá", "xã", "hội"],
  ["ninh", "quốc", "phòng"],
  ["phòng", "an", "ninh"],
];
/** Is the dash before token k the middle of such a compound? */
const dashCompoundAt = (doc: Doc, k: number): boolean =>
  k > 0 && DASH_COMPOUNDS.some(([a, b, c]) => doc.tokens[k - 1].lower === a && doc.tokens[k].lower === b && doc.tokens[k + 1]?.lower === c);

/**
 * Extends a Vietnamese name from token `from` on: words until a stop word, punctuation or a line
 * break; "(ACRONYM)" is taken as the acronym; a place inside is taken whole. Returns the last token
 * index (from - 1 when nothing was added) and the offset where the name ends.
 */
function extendName(doc: Doc, from: number, opts: ExtendOptions): { last: number; end: number; acronym?: string } {
  const { tokens, text } = doc;
  let last = from - 1;
  let end = from > 0 ? tokens[from - 1].end : 0;
  let acronym: string | undefined;
  let afterAcronym = false;
  for (let k = from; k < tokens.length && k - from < opts.max; k++) {
    const t = tokens[k];
    const g = k > 0 ? gapText(doc, k) : "";
    if (/\n/.test(g)) break;
    if (/^[ \t]*\([ \t]*$/.test(g) && isAcronym(t) && !NOT_ORG_ACRONYMS.has(t.text) && /^[ \t]*\)/.test(text.slice(t.end, t.end + 3))) {
      acronym = t.text;
      last = k;
      end = text.indexOf(")", t.end) + 1;
      afterAcronym = true;
      // "Quỹ Hỗ trợ Nông thôn (QHT) thông qua …": the name's own acronym closes it, unless a place follows
      const n = tokens[k + 1];
      if (opts.lower && n && !n.cap && !n.digit && !VI_UNIT_WORDS.has(n.lower)) break;
      continue;
    }
    // "Hội nông dân (ND) tỉnh …": letters in parentheses that are the initials of the words before them shorten the name inside it
    if (
      /^[ \t]*\([ \t]*$/.test(g) &&
      isAcronym(t) &&
      /^[ \t]*\)/.test(text.slice(t.end, t.end + 3)) &&
      tokens[k + 1] &&
      (initialsBefore(doc, k, from, 3) || (initialsBefore(doc, k, from, 6) && VI_UNIT_WORDS.has(tokens[k + 1].lower)))
    ) {
      last = k;
      end = text.indexOf(")", t.end) + 1;
      afterAcronym = true;
      continue;
    }
    // "Sở NN&PTNT", "Phòng NN & PTNT": initials joined by "&" are one name
    const ampersand = k > from && /^[ \t]*&[ \t]*$/.test(g) && isAcronym(t) && isAcronym(tokens[k - 1]);
    // "1.000 cây", "5,000 seedlings": a number's thousands separator is inside the name
    const thousands = k > from && /^[.,]$/.test(g) && tokens[k - 1].digit && /^\d{3}$/.test(t.text);
    const plain = ampersand || thousands || (afterAcronym ? /^[ \t]*\)[ \t]*$/.test(g) : /^[ \t]*([-–][ \t]*)?$/.test(g));
    afterAcronym = false;
    if (!plain || (g.length === 0 && k > from && !thousands)) break;
    if (
      /[-–]/.test(g) &&
      !t.cap &&
      !t.digit &&
      !opts.hyphenLower &&
      !dashCompoundAt(doc, k) &&
      !joinsTransliteration(tokens[k - 1].text, g, t.text, k > 1 && gapText(doc, k - 1) === "-")
    )
      break;
    // "Phát triển Nông thôn Bền vững": "thôn" closing a word of two syllables starts no village
    const inWord = k > from && VI_UNIT_COMPOUNDS.some(([a, b]) => t.lower === b && tokens[k - 1].lower === a);
    const place = inWord ? undefined : opts.places.find((p) => p.start === t.start);
    if (place && opts.placeEnds) break;
    if (place) {
      let p = k;
      while (p + 1 < tokens.length && tokens[p + 1].end <= place.end) p++;
      last = p;
      end = place.end;
      k = p;
      if (opts.stopAfterPlace) break;
      // "Trường Cao đẳng Nghề Kỳ Sơn mở lớp …": a lower-case word after the place starts the clause, not more of the name
      const n = tokens[k + 1];
      if (opts.lowerEndsAfterPlace && n && !n.cap && !n.digit && !isAcronym(n) && /^[ \t]+$/.test(gapText(doc, k + 1)) && n.lower !== "và" && !VI_UNIT_WORDS.has(n.lower)) break;
      continue;
    }
    if (t.cap && CAP_STOPS.some((w) => phraseAt(doc, k, w) || (w.length && t.lower === w[0] && w.length === 1))) break;
    const phrase = VI_NAME_PHRASES.find((w) => phraseAt(doc, k, w));
    if (phrase && !t.cap) {
      last = k + phrase.length - 1;
      end = tokens[last].end;
      k = last;
      continue;
    }
    if (opts.stop?.has(t.lower)) break;
    // "Ngân hàng Chính sách xã hội", "Văn phòng Điều phối nông thôn mới": a unit's syllable inside a word is no unit
    const starts =
      opts.lower &&
      !t.cap &&
      !!tokens[k + 1] &&
      !tokens[k + 1].cap &&
      /^[ \t]+$/.test(gapText(doc, k + 1)) &&
      VI_UNIT_COMPOUNDS.some(([a, b]) => t.lower === a && tokens[k + 1].lower === b);
    const ends = opts.lower && !t.cap && k > from && VI_UNIT_COMPOUNDS.some(([a, b]) => t.lower === b && tokens[k - 1].lower === a);
    if (starts || ends) {
      last = starts ? k + 1 : k;
      end = tokens[last].end;
      k = last;
      continue;
    }
    // "Đài PT-TH tỉnh đưa tin", "Hội Nông dân huyện phối hợp …", "UBND tỉnh làm trưởng đoàn": a bare unit word ("of the province") closes the name
    if (opts.lower && !t.cap && VI_UNIT_WORDS.has(t.lower)) {
      const n = tokens[k + 1];
      if (!n || !/^[ \t]+$/.test(gapText(doc, k + 1)) || (!n.cap && !n.digit && !VI_UNIT_WORDS.has(n.lower))) {
        last = k;
        end = t.end;
        break;
      }
    }
    if (!t.cap && !opts.verbs && VI_STOP_PHRASES.some((w) => phraseAt(doc, k, w))) break;
    // "HTX Nông nghiệp Bảo Nam liên kết với …": after a sentence-case word, two capitalised words in a row (a proper name:
    // a place, a person, a brand) and then a lower-case one: the name ended with the proper name. Not when the capitals
    // start a body's head ("… Trung ương Hội Nông dân") or a word of two syllables ("… Thế giới")
    if (
      opts.lowerEndsAfterPlace &&
      !t.cap &&
      !t.digit &&
      k - 3 >= from - 1 &&
      t.lower !== "và" &&
      (!tokens[k - 3].cap || isAcronym(tokens[k - 3]) || k - 3 === from - 1) &&
      [tokens[k - 1], tokens[k - 2]].every((x) => x.cap && !isAcronym(x)) &&
      /^[ \t]+$/.test(g) &&
      /^[ \t]+$/.test(gapText(doc, k - 1)) &&
      !NAME_CLOSING_WORDS.has(`${tokens[k - 1].lower} ${t.lower}`) &&
      !longestHead<VIHead>(doc, k - 2, ORG_HEADS) &&
      !longestHead<VIHead>(doc, k - 1, ORG_HEADS)
    )
      break;
    if (t.lower === "và" || t.lower === "and" || t.lower === "&") {
      if (opts.heads?.some((h) => phraseAt(doc, k + 1, h))) break;
      let ok = false;
      for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
        const gj = gapText(doc, j);
        if (/^[ \t]*\([ \t]*$/.test(gj) && isAcronym(tokens[j])) {
          ok = true;
          break;
        }
        if (!/^[ \t]+$/.test(gj)) break;
        if (tokens[j].cap || isAcronym(tokens[j])) {
          ok = !CAP_STOPS.some((w) => phraseAt(doc, j, w));
          break;
        }
        if (VI_STOP_WORDS.has(tokens[j].lower)) break;
      }
      if (!ok) break;
      last = k;
      end = t.end;
      continue;
    }
    if (!t.cap && !t.digit && !opts.allow?.has(t.lower) && (VI_STOP_WORDS.has(t.lower) || EN_STOP_WORDS.has(t.lower))) break;
    // "Ngân hàng CSXH giải ngân …": initials end a body's name unless a unit and its place follow
    if (opts.lowerEndsAfterPlace && !t.cap && !t.digit && k > from && isAcronym(tokens[k - 1]) && /^[ \t]+$/.test(g) && !VI_UNIT_WORDS.has(t.lower)) break;
    if (!opts.lower && !t.cap && !t.digit && !isAcronym(t)) break;
    last = k;
    end = t.end;
  }
  return { last, end, acronym };
}

/** Are the letters of token k the initials of the words right before it, from `from - 2` on ("Nông dân (ND)", "Liên hiệp Phụ nữ (LHPN)")? */
function initialsBefore(doc: Doc, k: number, from: number, back: number): boolean {
  const letters = doc.tokens[k].text.toLowerCase();
  if (letters.length < 2 || letters.length > 6) return false;
  const first = k - letters.length;
  // (orgs7) with `back` 6 the letters may stand for the head's words too ("Ủy ban nhân dân (UBND) tỉnh …")
  if (first < Math.max(0, from - back)) return false;
  const initials = doc.tokens
    .slice(first, k)
    .map((x) => x.fold[0])
    .join("");
  return initials === foldDiacritics(letters).toLowerCase();
}

/** Two-syllable words that end a name, their second syllable in lower case ("Plan Quốc tế", "Tầm nhìn Thế giới"). */
const NAME_CLOSING_WORDS = new Set([
  "quốc tế",
  "thế giới",
  "cộng đồng",
  "phát triển",
  "hợp tác",
  "nông nghiệp",
  "nông thôn",
  "phụ nữ",
  "trẻ em",
  "xã hội",
  "giáo dục",
  "môi trường",
  "nhân đạo",
  "từ thiện",
  "bền vững",
  "hòa bình",
  "hoà bình",
  "sức khỏe",
  "sức khoẻ",
  "nông dân",
  "tầm nhìn",
  "hy vọng",
  "tương lai",
  "thiên nhiên",
  "văn hóa",
  "văn hoá",
  "châu á",
  "toàn cầu",
]);

/**
 * A Vietnamese name in title case, each word's first syllable capitalised: "Tầm nhìn Thế giới Quốc tế".
 * A lower-case syllable stays in the name when a capitalised one follows it, or when it closes a word of
 * NAME_CLOSING_WORDS; a place's name is part of it.
 */
function titleCaseName(doc: Doc, from: number, places: readonly PlaceMention[]): { last: number; end: number; acronym?: string } {
  const { tokens } = doc;
  let last = from - 1;
  for (let k = from; k < tokens.length && k - from < 10; k++) {
    if (k > from && !/^[ \t]+$/.test(gapText(doc, k))) break;
    const t = tokens[k];
    if (t.cap || isAcronym(t)) {
      last = k;
      continue;
    }
    const prev = tokens[k - 1];
    // (orgs7) "… Liên hợp quốc": the United Nations' three syllables close a name
    if (k > from && prev.lower === "liên" && t.lower === "hợp" && tokens[k + 1]?.lower === "quốc" && /^[ \t]+$/.test(gapText(doc, k + 1))) {
      last = ++k;
      continue;
    }
    if (k > from && prev.cap && NAME_CLOSING_WORDS.has(`${prev.lower} ${t.lower}`)) {
      last = k;
      continue;
    }
    if (k > from && prev.cap && tokens[k + 1]?.cap && /^[ \t]+$/.test(gapText(doc, k + 1)) && !places.some((p) => p.start === tokens[k + 1].start)) {
      last = k;
      continue;
    }
    break;
  }
  return { last, end: last >= from ? tokens[last].end : tokens[from - 1].end };
}

/** A quoted name starting right after token k-1 (“…”, "…", '…'); unclosed quotes run to the sentence end. */
function quotedAfter(doc: Doc, afterPos: number): { start: number; end: number; inner: string } | undefined {
  const m = /^[ \t]*([“"'‘«])/.exec(doc.text.slice(afterPos, afterPos + 4));
  if (!m) return undefined;
  const open = afterPos + m[0].length - 1;
  const close = CLOSE_FOR[m[1]];
  const sentence = doc.sentences.find((s) => s.start <= open && open < s.end);
  const limit = sentence ? sentence.end : Math.min(doc.text.length, open + 300);
  let closeAt = doc.text.indexOf(close, open + 1);
  if (close === "'" || close === "’") {
    // an apostrophe inside a word is not a closing quote
    while (closeAt > 0 && /\p{L}/u.test(doc.text[closeAt + 1] ?? "") && /\p{L}/u.test(doc.text[closeAt - 1] ?? "")) closeAt = doc.text.indexOf(close, closeAt + 1);
  }
  if (closeAt < 0 || closeAt >= limit) {
    let end = limit;
    while (end > open && /[.\s]/.test(doc.text[end - 1])) end--;
    return { start: open, end, inner: squash(doc.text.slice(open + 1, end)) };
  }
  return { start: open, end: closeAt + 1, inner: squash(doc.text.slice(open + 1, closeAt)) };
}

const slice = (doc: Doc, s: number, e: number): string => squash(doc.text.slice(s, e));

/**
 * After a bare head at token k: ", ", " và " or " cùng " and another head whose name goes on with a place
 * ("…, UBND xã Hải Thanh"): that place, its words as written ("xã Hải Thanh") and where they end.
 */
function sharedPlaceTail(doc: Doc, k: number, places: readonly PlaceMention[]): { place: PlaceMention; tail: string; end: number } | undefined {
  const { tokens } = doc;
  const joiner = tokens[k] && (/^[ \t]*,[ \t]*$/.test(gapText(doc, k)) ? 0 : /^(?:và|cùng)$/u.test(tokens[k].lower) && /^[ \t]+$/.test(gapText(doc, k)) ? 1 : -1);
  if (joiner === undefined || joiner < 0) return undefined;
  // up to two more bare heads in the list ("Đảng ủy, HĐND, UBND xã A")
  let at = k + joiner;
  for (let n = 0; n < 3; n++) {
    const next = longestHead<VIHead>(doc, at, ORG_HEADS);
    if (!next || (!tokens[at].cap && next.head.cap)) return undefined;
    const after = at + next.length;
    const place = places.find((p) => tokens[after] && p.start === tokens[after].start && /^[ \t]+$/.test(gapText(doc, after)));
    if (place) return { place, tail: squash(doc.text.slice(place.start, place.end)), end: place.end };
    if (!tokens[after] || (!/^[ \t]*,[ \t]*$/.test(gapText(doc, after)) && !(/^(?:và|cùng)$/u.test(tokens[after].lower) && /^[ \t]+$/.test(gapText(doc, after))))) return undefined;
    at = /^(?:và|cùng)$/u.test(tokens[after].lower) ? after + 1 : after;
  }
  return undefined;
}

/** Organizations: Vietnamese heads, "tổ chức <foreign name>", English capitalised names with an organization word. */
function organizations(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  const { tokens, text } = doc;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && /^[/-]$/.test(gapText(doc, i))) continue; // "257/KH-UBND": a code
    // tổ chức <foreign name>, "Tổ chức <Title-case Vietnamese name>" ("Tổ chức Tầm nhìn Thế giới Quốc tế")
    const titled = t.text === "Tổ" && tokens[i + 2]?.cap && !isForeignWord(tokens[i + 2]) && !VI_EVENT_HEADS.some((h) => phraseAt(doc, i + 2, h.words));
    if (t.lower === "tổ" && tokens[i + 1]?.lower === "chức" && tokens[i + 2] && (isForeignWord(tokens[i + 2]) || titled) && /^[ \t]+$/.test(gapText(doc, i + 2))) {
      const ext = titled ? titleCaseName(doc, i + 2, places) : extendName(doc, i + 2, { places, max: 8, lower: false, heads: ORG_HEAD_WORDS });
      // "… Quốc tế", "… Việt Nam": the name's last word, never cut inside it
      if (!titled && tokens[ext.last + 1] && /^[ \t]+$/.test(gapText(doc, ext.last + 1)) && NAME_CLOSING_WORDS.has(`${tokens[ext.last].lower} ${tokens[ext.last + 1].lower}`)) {
        ext.last += 1;
        ext.end = tokens[ext.last].end;
      }
      if (ext.last >= i + 2 && (!titled || ext.last >= i + 3)) {
        out.push({
          kind: Label.Organization,
          start: tokens[i + 2].start,
          end: ext.end,
          name: slice(doc, tokens[i + 2].start, ext.end),
          pattern: 'pattern "tổ chức <foreign name>"',
          props: { orgType: "INTERNATIONAL_NGO" satisfies OrgTypeName },
          // "Tổ chức Hợp tác Quốc tế Nhật Bản (JICA)": the initials in parentheses after a title-case name are its own
          acronym: ext.acronym ?? (isAcronym(tokens[i + 2]) ? tokens[i + 2].text : /^[ \t]*\(([\p{Lu}&]{2,10})\)/u.exec(text.slice(ext.end, ext.end + 14))?.[1]),
          quote: { start: t.start, end: ext.end },
        });
        i = ext.last;
        continue;
      }
    }
    if (doc.lang !== "vi") continue;
    if (POSITIONS.some((p) => phraseAt(doc, i, p.split(" ")))) continue; // "Bộ trưởng", "Trưởng phòng": a position
    const found = longestHead<VIHead>(doc, i, ORG_HEADS);
    if (!found) continue;
    const { head, length } = found;
    // "Hội LHPN Hà Nội", "Ban Thường vụ UBMTTQ …": initials inside a longer head are read with it (orgs2)
    if (head.words.length === 1 && SHORT_FORM_HEADS.has(head.words[0]) && [1, 2, 3].some((b) => i - b >= 0 && (longestHead<VIHead>(doc, i - b, ORG_HEADS)?.length ?? 0) > b))
      continue;
    // "Phó Trưởng ban Dân tộc tỉnh …": the body a position names with its own head word ("ban", "phòng")
    const inPosition = /^(?:ban|phòng)$/u.test(t.lower) && tokens[i - 1]?.lower === "trưởng" && !!tokens[i + length]?.cap;
    if (head.cap && !t.cap && !inPosition) continue;
    if (head.nextCap && (!tokens[i + length]?.cap || !/^[ \t]+$/.test(gapText(doc, i + length)))) continue;
    if (head.nextUnit && !(VI_UNIT_WORDS.has(tokens[i + length]?.lower ?? "") && places.some((p) => p.start === tokens[i + length].start))) continue;
    // "Hội An", "Đài Loan": a place's name; not "Tỉnh Đoàn Nghệ An", "Huyện ủy Kỳ Sơn", a head of two words opening with a unit
    // word, which the place reader may take for the unit of a place (orgs2)
    if (places.some((p) => p.start <= t.start && t.start < p.end && !(length >= 2 && VI_UNIT_WORDS.has(t.lower) && t.cap && p.end > tokens[i + length - 1].end))) continue;
    if (tokens[i + length]?.lower === "viên" && /^[ \t]+$/.test(gapText(doc, i + length))) continue; // "Tỉnh ủy viên", "Đoàn viên": a member, not the body
    // "Tổ chức Hội thảo …": the verb before an event, not a body
    if (head.words.join(" ") === "tổ chức" && VI_EVENT_HEADS.some((h) => phraseAt(doc, i + length, h.words))) continue;
    if (head.words.length === 1 && head.words[0] === "phòng" && tokens[i - 1]?.lower === "văn") continue; // "Văn phòng …" is read from "Văn"
    if (head.words[0] === "ngân" && /^(bò|trâu|dê|lợn|heo)$/.test(tokens[i + length]?.lower ?? "")) continue; // "Ngân hàng bò" is a model
    if (i > 1 && tokens[i - 2].lower === "xây" && tokens[i - 1].lower === "dựng") continue; // a thing built, not a body
    if (
      head.orgType === "COMMUNITY_GROUP" &&
      /^(dân tộc|đối tượng|hộ|chủ đề|sản phẩm|ngành)/u.test(text.slice(tokens[i + length]?.start ?? 0, (tokens[i + length]?.start ?? 0) + 10).toLowerCase())
    )
      continue;
    if (i > 0 && tokens[i - 1].digit && /^[ \t]+$/.test(gapText(doc, i))) continue; // "01 trung tâm": a count of things
    if (head.capOrNextCap && !t.cap && !tokens[i + length]?.cap) continue;
    const ext = extendName(doc, i + length, {
      places,
      max: 14,
      lower: true,
      heads: ORG_HEAD_WORDS,
      stopAfterPlace: head.orgType === "PEOPLES_COMMITTEE" || head.orgType === "GOVERNMENT_AGENCY" || head.orgType === "MASS_ORGANIZATION",
      lowerEndsAfterPlace: true,
    });
    // "Phó Chủ tịch UBND tỉnh Lê Văn Hùng": a person's full name after a bare unit word is not the body's place
    for (let j = i + length; j + 2 <= ext.last + 1; j++) {
      const w = tokens[j];
      // after a bare unit word, or after a named place ("Bí thư Đảng ủy xã A Lê Văn B cho biết …") (orgs2)
      const afterPlace = places.some((p) => p.end === tokens[j - 1].end && (p.placeId || p.candidates.length));
      if ((!VI_UNIT_WORDS.has(tokens[j - 1].lower) && !afterPlace) || !w.cap || !SURNAMES.has(w.fold) || !tokens[j + 1]?.cap || !tokens[j + 2]?.cap) continue;
      if (places.some((p) => p.start <= w.start && w.start < p.end && (p.placeId || p.candidates.length))) continue;
      ext.last = j - 1;
      ext.end = tokens[j - 1].end;
      break;
    }
    // (orgs10) "HTX dự kiến trồng …", "NHCSXH dự kiến phân bổ …", "nhóm đạt 140 con", "Giám đốc HTX Nguyễn Văn A": no name after the head
    if (ext.last >= i + length) {
      const tail = tokens
        .slice(i + length, ext.last + 1)
        .map((w) => ({ text: w.text, cap: w.cap || isAcronym(w), digit: w.digit, place: VI_UNIT_WORDS.has(w.lower) || places.some((p) => p.start <= w.start && w.start < p.end) }));
      if (
        clauseAfterHead(slice(doc, t.start, tokens[i + length - 1].end), tail, text.slice(Math.max(0, t.start - 30), t.start), (w) => SURNAMES.has(foldDiacritics(w))) &&
        head.orgType !== "PEOPLES_COMMITTEE"
      )
        continue;
    }
    // "Đoàn công tác viếng …", "đoàn công tác đến thăm …": a delegation named by what it does has no name; its name is
    // whose it is ("của Hội …") or a capitalised body or place (orgs2)
    if (head.orgType === "DELEGATION" && ext.last >= i + length) {
      const n = tokens[i + length];
      if (!n.cap && n.lower !== "của" && !VI_UNIT_WORDS.has(n.lower) && !places.some((p) => p.start === n.start)) {
        ext.last = i + length - 1;
        ext.end = tokens[i + length - 1].end;
      }
    }
    const hasTail = ext.last >= i + length;
    // "Đảng ủy, UBND xã A", "Huyện ủy và UBND huyện B": bare heads listed before a body named with its place share that
    // place; a head that names no body alone ("Trung tâm và UBND xã A": the centre named before) does not
    // (orgs8) a short form that needs a place ("Hội ND", "Đoàn TN", "HCCB") shares the list's place too ("Hội LHPN, Hội ND và Đoàn TN xã A")
    if (!hasTail && (!head.needsTail || head.words.some((w) => LISTED_SHORT_FORMS.has(w)))) {
      const shared = sharedPlaceTail(doc, i + length, places);
      if (shared) {
        const headText = slice(doc, t.start, tokens[i + length - 1].end);
        out.push({
          kind: Label.Organization,
          start: t.start,
          end: tokens[i + length - 1].end,
          name: `${headText} ${shared.tail}`,
          pattern: `pattern "${capitalize(head.words.join(" "))}, <body> <place>" (the place named once for both)`,
          props: { orgType: head.orgType },
          distributed: shared.place,
          quote: { start: t.start, end: shared.end },
        });
        continue;
      }
    }
    const collective = !hasTail && head.collective && i > 0 && tokens[i - 1].lower === "các";
    if (!hasTail && head.needsTail && !collective) continue;
    // "Hội Phụ nữ hai xã A và B", "Hội Nông dân 3 xã A, B, C": a count of places after the head names one body in each (orgs2)
    const counted =
      hasTail &&
      /^[ \t]+(?:của[ \t]+)?(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)[ \t]+(?:tỉnh|huyện|xã|thành phố|phường|thị trấn)[ \t]/u.test(
        text.slice(tokens[i + length - 1].end, ext.end),
      );
    const end = hasTail && !counted ? ext.end : tokens[i + length - 1].end;
    const start = collective ? tokens[i - 1].start : t.start;
    const name = slice(doc, start, end).replace(/ \d+ /g, " ");
    const delegationRef = head.orgType === "DELEGATION" && !hasTail;
    // "Sở LĐTBXH các tỉnh Kon Tum, Gia Lai, Đắk Lắk": one body in each place of the list
    const each = /^[ \t]+(?:của[ \t]+)?(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)[ \t]+(?=(tỉnh|huyện|xã|thành phố|phường|thị trấn)[ \t])/u.exec(text.slice(end, end + 30));
    if (each && (hasTail || !head.needsTail || counted)) {
      const list: PlaceMention[] = [];
      let at = end + each[0].length;
      for (const p of places.filter((x) => x.start >= at).sort((a, b) => a.start - b.start)) {
        if (p.start !== at && !/^[ \t]*(,|và)[ \t]*$/u.test(text.slice(list.length ? list[list.length - 1].end : at, p.start))) break;
        list.push(p);
        at = p.end;
      }
      // (orgs6) "Ban Quản lý dự án các huyện (Kỳ Sơn và Tương Dương, TP. Vinh)": a list in brackets is an aside on one collective body
      const close = list.length >= 2 ? collectiveClose(text, end + each[0].length + each[1].length, list[list.length - 1].end) : -1;
      if (close > 0) {
        out.push({
          kind: Label.Organization,
          start: t.start,
          end: close,
          name: slice(doc, t.start, close),
          pattern: `pattern "${capitalize(head.words.join(" "))} các ${each[1]} (A, B)" (the bodies of the listed places as one)`,
          props: { orgType: head.orgType },
        });
        i = tokens.findIndex((x) => x.start >= close) - 1;
        if (i < 0) break;
        continue;
      }
      if (list.length >= 2) {
        for (const p of list) {
          out.push({
            kind: Label.Organization,
            start: t.start,
            end: list[list.length - 1].end,
            // "… các huyện Ngân Sơn, Na Rì, TP. Bắc Kạn": a place written with its own unit keeps it
            name:
              /^(?:TP\.?|Tp\.?|thành phố|thị xã|thị trấn|quận|phường|xã|tỉnh)\s/u.test(slice(doc, p.start, p.end)) && p !== list[0]
                ? `${name} ${slice(doc, p.start, p.end)}`
                : `${name} ${each[1]} ${p.name.replace(/^[(\s]+/u, "")}`,
            pattern: `pattern "${capitalize(head.words.join(" "))} các ${each[1]} …" (one in each)`,
            props: { orgType: head.orgType },
            distributed: p,
          });
        }
        i = tokens.findIndex((x) => x.start >= list[list.length - 1].end) - 1;
        if (i < 0) break;
        continue;
      }
    }
    if (counted) continue;
    // "UBND xã A và xã B", "UBND xã A và B", "Hội Nông dân xã A, xã B và xã C": a body named with its place, then more
    // places of the same unit joined by "," or "và": one body in each (orgs2)
    if (hasTail) {
      const first = places.find((p) => p.end === end && (p.placeId || p.candidates.length) && !p.village);
      const unit = first ? text.slice(tokens[i + length - 1].end, first.nameSpan.start).trim() : "";
      if (first && /^(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố)$/u.test(unit)) {
        const more: PlaceMention[] = [];
        let at = first.end;
        for (;;) {
          const gap = /^[ \t]*(?:,|và)[ \t]*/u.exec(text.slice(at, at + 8));
          if (!gap) break;
          const from = at + gap[0].length;
          const q = places.find(
            (p) =>
              (p.placeId || p.candidates.length) &&
              !p.village &&
              /^\p{Lu}/u.test(text.slice(p.nameSpan.start, p.nameSpan.start + 1)) &&
              p.levels.some((l) => first.levels.includes(l)) &&
              (p.nameSpan.start === from || text.slice(from, p.nameSpan.start).trim() === unit),
          );
          if (!q || q.start < from) break;
          more.push(q);
          at = q.end;
        }
        if (more.length) {
          const headText = slice(doc, t.start, tokens[i + length - 1].end);
          for (const q of more) {
            out.push({
              kind: Label.Organization,
              start: t.start,
              end: q.end,
              name: `${headText} ${unit} ${q.name.replace(/^[(\s]+/u, "")}`,
              pattern: `pattern "${capitalize(head.words.join(" "))} ${unit} A và B" (one in each)`,
              props: { orgType: head.orgType },
              distributed: q,
            });
          }
        }
      }
    }
    out.push({
      kind: Label.Organization,
      start,
      end,
      name,
      pattern: `pattern "${collective ? "các " : ""}${capitalize(head.words.join(" "))}"`,
      props: { orgType: head.orgType },
      acronym: ext.acronym,
      ref: delegationRef || (head.orgType === "PEOPLES_COMMITTEE" && !hasTail) || undefined,
    });
  }
  // English: capitalised runs holding an organization word (also foreign names in Vietnamese text)
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower.replace(/['’]s$/, "");
    const orgType = EN_ORG_WORDS.get(w);
    if (!orgType || !tokens[i].cap) continue;
    let s = i;
    while (s > 0) {
      const g = gapText(doc, s);
      if (!/^[ \t]+$/.test(g) && g !== "-" && !(/^['’][ \t]+$/.test(g) && /s$/.test(tokens[s - 1].text))) break; // "Farmers' Union"
      const p = tokens[s - 1];
      if (p.cap && !MONTH_WORDS.has(p.lower)) s--;
      else if (EN_PLACE_UNITS.some((u) => u.words[0] === p.lower) && s - 2 >= 0 && tokens[s - 2].cap && /^[ \t]+$/.test(gapText(doc, s - 1)))
        s--; // "Muong Kim commune People's Committee"
      else if (EN_NAME_JOINERS.has(p.lower) && p.lower !== "and" && s - 2 >= 0 && tokens[s - 2].cap && /^[ \t]+$/.test(gapText(doc, s - 1))) s -= 2;
      else break;
    }
    let e = i;
    for (;;) {
      const n = tokens[e + 1];
      if (!n) break;
      const g = gapText(doc, e + 1);
      // "… People's Committee Chairman Nguyen Van Minh": a position after the name starts a person, not more of the name
      if (/^[ \t]+$/.test(g) && n.cap && EN_POSITION_WORDS.some((w) => phraseAt(doc, e + 1, w))) break;
      if (/^[ \t]+$/.test(g) && n.cap) e++;
      else if (/^['’][ \t]+$/.test(g) && /s$/.test(tokens[e].text) && n.cap)
        e++; // "Farmers' Union"
      else if (/^[ \t]+$/.test(g) && n.lower === "of" && tokens[e + 2]?.lower === "the" && tokens[e + 3]?.cap && /^[ \t]+$/.test(gapText(doc, e + 3)))
        e += 3; // "Committee of the Farmers' Union"
      else if (
        /^[ \t]+$/.test(g) &&
        EN_NAME_JOINERS.has(n.lower) &&
        (n.lower !== "and" || tokens.slice(s, e + 1).some((x) => x.lower === "of" || x.lower === "for")) &&
        tokens[e + 2]?.cap &&
        /^[ \t]+$/.test(gapText(doc, e + 2))
      )
        e += 2;
      else if (/^[ \t]*,[ \t]*$/.test(g) && n.cap && /^labou?r$/i.test(tokens[e].text))
        e++; // "Labour, Invalids and Social Affairs"
      else if (/^[ \t]+$/.test(g) && EN_PLACE_UNITS.some((u) => u.words[0] === n.lower) && tokens[e].cap) e++;
      else if (
        // "Centre for Rural Development in Central Vietnam", "Committee on Ethnic Minority Affairs": "in"/"on" inside a name
        // after "for"/"of", before capitalised words that are no place the text names, nor a country (orgs2)
        /^[ \t]+$/.test(g) &&
        (n.lower === "in" || n.lower === "on") &&
        tokens.slice(s, e + 1).some((x) => x.lower === "of" || x.lower === "for" || (n.lower === "on" && /^(?:committee|council|commission)$/u.test(x.lower))) &&
        tokens[e + 2]?.cap &&
        /^[ \t]+$/.test(gapText(doc, e + 2)) &&
        tokens[e + 3]?.cap &&
        !places.some((p) => p.start <= tokens[e + 2].start && tokens[e + 2].start < p.end) &&
        !COUNTRIES.has(tokens[e + 2].lower) &&
        !/^viet/iu.test(tokens[e + 2].text)
      )
        e += 2;
      else {
        // "Center for Sustainable development of mountainous Areas (CSDM)": up to two lower-case words (a typo) inside a name
        // that closes on a capitalised word right before initials in brackets whose first letter is the name's (orgs2)
        let k = e;
        let lower = 0;
        let closed = -1;
        while (k + 1 < tokens.length && k - e < 10 && /^[ \t]+$/.test(gapText(doc, k + 1))) {
          const x = tokens[k + 1];
          if (!x.cap && !EN_NAME_JOINERS.has(x.lower) && x.lower !== "in" && x.lower !== "on") {
            if (++lower > 2 || x.text.length < 4 || !/^\p{Ll}+$/u.test(x.text)) break;
          }
          k++;
          const paren = x.cap && /^[ \t]*\(([\p{Lu}&]{2,10})\)/u.exec(text.slice(x.end, x.end + 14));
          if (paren && paren[1][0] === tokens[s].text[0]) {
            closed = k;
            break;
          }
        }
        if (closed > e && lower > 0) e = closed;
        break;
      }
    }
    while (s < i && ["the", "a", "an", "in", "at", "by", "with", "and", "of"].includes(tokens[s].lower)) s++;
    // "Country Director of Plan International", "Standing Committee of the Farmers' Union": a person's position
    // or a part of the body before "of" is not its name; the body is what follows
    {
      const ofAt = tokens.findIndex((x, k) => k > s && k < e && x.lower === "of");
      const headPart = ofAt > 0 ? tokens.slice(s, ofAt) : [];
      // "Country Director", "Regional Director", "Chief Representative": a position ends with its head word
      const position = headPart.length > 0 && headPart.length <= 3 && EN_POSITION_WORDS.some((w) => w.length === 1 && w[0] === headPart[headPart.length - 1].lower);
      const part = headPart.length === 2 && /^(standing|executive|central|permanent)$/.test(headPart[0].lower) && /^(committee|board|council)$/.test(headPart[1].lower);
      if (
        (position || part) &&
        tokens.slice(ofAt + 1, e + 1).some((x) => EN_ORG_WORDS.has(x.lower.replace(/['’]s$/, "")) || KNOWN_PARTNER_NAMES.some((p) => p.words[0] === x.lower))
      ) {
        s = ofAt + 1;
        if (tokens[s].lower === "the") s++;
        if (s > i) {
          i = s - 1;
          continue;
        }
      }
    }
    const runTokens = tokens.slice(s, e + 1);
    if (doc.lang === "vi" && !runTokens.every((r) => isForeignWord(r) || (/^[A-Z]/.test(r.text) && /^[A-Za-z'’]+$/.test(r.text)))) continue;
    if (runTokens.length < 2 && !isAcronym(tokens[i])) continue;
    const end = tokens[e].end;
    let acronym: string | undefined;
    // An acronym in parentheses right after the name is kept as the organization's acronym; the
    // mention itself ends with the name.
    const paren = /^[ \t]*\(([\p{Lu}&]{2,10})\)/u.exec(text.slice(end, end + 14));
    if (paren && !NOT_ORG_ACRONYMS.has(paren[1])) acronym = paren[1];
    out.push({
      kind: Label.Organization,
      start: tokens[s].start,
      end: tokens[e].end,
      name: slice(doc, tokens[s].start, tokens[e].end),
      pattern: `pattern "… ${tokens[i].text}"`,
      props: {
        orgType: orgType === "GOVERNMENT_AGENCY" && /committee/i.test(tokens[i].text) && /people/i.test(slice(doc, tokens[s].start, tokens[e].end)) ? "PEOPLES_COMMITTEE" : orgType,
      },
      acronym,
    });
    i = e;
  }
  delegationsOf(doc, out);
  knownPartners(doc, out);
  foreignOffices(doc, places, out);
  embassies(doc, out);
  namedFunders(doc, places, out);
  ambassadorsEmbassies(doc, out);
  if (doc.lang === "en") {
    englishNamesByGrammar(doc, places, out);
    pluralBodies(doc, places, out); // (orgs2)
    lowerCaseBodies(doc, out);
  }
  namedLists(doc, places, out); // (ingest-groups)
  if (doc.lang === "vi") {
    foreignCountryOffices(doc, out);
    localAuthorities(doc, places, out);
  }
  const trimmed = out.map((m) => trimOrgName(doc, m)).filter((m): m is EntityMention => !!m);
  return doc.lang === "vi" ? dropBareUnionHeads(trimmed) : trimmed; // (orgs10) "Hội phụ nữ" after "Hội LHPN xã A"
}

const EN_PLURAL_BODY = /(?<![\p{L}])((?:\p{Lu}[\p{L}]*['’]?s?[ \t]+){0,3})(Committees|Unions|Associations|Departments|Centres|Centers)[ \t]+of[ \t]+(?:the[ \t]+)?/gu;
/**
 * (orgs2) "the People's Committees of Bao Nam and Huu Kiem communes", "the Women's Unions of A, B and C districts": a body
 * named once in the plural for a list of named places, one body in each ("People's Committee of Bao Nam commune").
 */
function pluralBodies(doc: Doc, places: readonly PlaceMention[], out: EntityMention[]): void {
  const { text } = doc;
  for (const m of text.slice(0, doc.bodyEnd).matchAll(EN_PLURAL_BODY)) {
    const list: PlaceMention[] = [];
    let at = m.index + m[0].length;
    for (;;) {
      const p = places.find((x) => x.start === at && (x.placeId || x.candidates.length));
      if (!p) break;
      list.push(p);
      at = p.end;
      const gap = /^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)/u.exec(text.slice(at, at + 8));
      if (!gap) break;
      at += gap[0].length;
    }
    if (list.length < 2) continue;
    // the unit after the list, in the plural, read with the last place or after it ("… and Huu Kiem communes")
    const PLURAL_UNIT = /[ \t]+(communes|districts|provinces|wards|towns)$/iu;
    const after = /^[ \t]+(communes|districts|provinces|wards|towns)(?![\p{L}])/iu.exec(text.slice(list[list.length - 1].end, list[list.length - 1].end + 14));
    const unit = PLURAL_UNIT.exec(text.slice(list[list.length - 1].start, list[list.length - 1].end))?.[1] ?? after?.[1];
    const singular = m[2].replace(/s$/u, "");
    const head = `${m[1]}${singular}`.trim();
    for (const p of list) {
      const written = text.slice(p.start, p.end).replace(PLURAL_UNIT, "").trim();
      const own = /(?:commune|district|province|ward|town)$/iu.test(written);
      out.push({
        kind: Label.Organization,
        start: m.index,
        end: after ? list[list.length - 1].end + after[0].length : list[list.length - 1].end,
        name: `${head} of ${written}${unit && !own ? ` ${unit.toLowerCase().replace(/s$/u, "")}` : ""}`,
        pattern: `pattern "the ${m[2]} of A and B" (one in each)`,
        props: { orgType: /committee/iu.test(singular) && /people/iu.test(head) ? "PEOPLES_COMMITTEE" : (EN_ORG_WORDS.get(singular.toLowerCase()) ?? "OTHER") },
        distributed: p,
      });
    }
  }
}

/**
 * "Văn phòng ChildFund tại Việt Nam": the country office of a foreign body named by that body's name alone is that
 * body, as the article means it (named as its other mentions: "ChildFund Việt Nam"). "Văn phòng Plan tại Quảng Trị":
 * an office in a province is a body of its own, named with its place, and the body it belongs to is named too.
 * Initials ("Văn phòng PMC") are the office's own name.
 */
function foreignOffices(doc: Doc, places: readonly PlaceMention[], out: EntityMention[]): void {
  for (const m of [...out]) {
    const office = /^Văn phòng ((?:[A-Za-z'’-]+)(?: [A-Za-z'’-]+){0,3})$/u.exec(m.name);
    if (!office) continue;
    const words = office[1].split(" ");
    const tokens = doc.tokens.filter((t) => t.start >= m.start && t.end <= m.end).slice(2);
    if (tokens.length !== words.length || !tokens.every((t) => isForeignWord(t) && !isAcronym(t)) || !tokens[0].cap) continue;
    const same = out.find((o) => o !== m && o.pattern.startsWith("known partner") && o.name.toLowerCase().startsWith(words[0].toLowerCase()));
    const after = doc.text.slice(m.end, m.end + 40);
    if (/^[ \t]+(?:tại|ở)[ \t]+Việt[ \t]+Nam(?![\p{L}])/u.test(after)) {
      m.name = same?.name ?? office[1];
      m.acronym ??= same?.acronym;
      m.pattern = 'pattern "Văn phòng <foreign body> tại Việt Nam" (the body itself)';
      continue;
    }
    const at = /^[ \t]+tại[ \t]+/u.exec(after);
    const place = at && places.find((p) => p.start === m.end + at[0].length && p.placeId);
    if (!place) continue;
    m.name = `${m.name} tại ${slice(doc, place.start, place.end)}`;
    m.quote = { start: m.start, end: place.end };
    if (same) continue;
    out.push({
      kind: Label.Organization,
      start: tokens[0].start,
      end: tokens[tokens.length - 1].end,
      name: office[1],
      pattern: 'pattern "Văn phòng <foreign body> tại <place>" (the body it belongs to)',
      props: { orgType: "INTERNATIONAL_NGO" satisfies OrgTypeName },
    });
  }
}

/**
 * "Đoàn công tác của Hội Nông dân tỉnh A", "đoàn công tác thuộc Sở …": a delegation named by the body it
 * comes from is a body of its own, named with it; the mention keeps to its head words, so that the body
 * after "của" stays a mention of its own.
 */
function delegationsOf(doc: Doc, out: EntityMention[]): void {
  for (const m of out) {
    if (!m.ref || m.props.orgType !== "DELEGATION") continue;
    const after = /^[ \t]+(?:của|thuộc|đến từ)[ \t]+/u.exec(doc.text.slice(m.end, m.end + 12));
    if (!after) continue;
    const from = out.find((o) => o !== m && o.start === m.end + after[0].length && !o.ref && o.props.orgType !== "DELEGATION");
    if (!from) continue;
    m.name = `${m.name}${after[0].replace(/[ \t]+/gu, " ")}${from.name}`;
    m.ref = undefined;
    m.pattern = `pattern "Đoàn công tác ${after[0].trim()} <body>"`;
    m.quote = { start: m.start, end: from.end };
  }
}

/**
 * A commune, district or province that acts: "Sáng 13/12, xã Bình Sơn cấp phát bò …", "huyện Hương Sơn
 * triển khai …", "chính quyền xã Ia Dom": its authorities, an organization named as the text names the place.
 */
function localAuthorities(doc: Doc, places: readonly PlaceMention[], out: EntityMention[]): void {
  const { text } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  for (const p of places) {
    if (p.how !== "unit" || !p.unitType || p.village || p.start < doc.title.end || taken(p.start, p.end)) continue;
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    const after = text.slice(p.end, p.end + 24);
    const authority = /chính quyền\s+$/iu.exec(before);
    const acts =
      /^\s*(?:đã\s+|đang\s+)?(?:cấp phát|trao tặng|trao|bàn giao|tổ chức|triển khai|phối hợp|hỗ trợ|giải ngân)(?![\p{L}])/iu.test(after) && /(?:^|[\n.;:,])\s*$/u.test(before);
    if (!authority && !acts) continue;
    // "Huyện A hỗ trợ vốn …" over an article about "NHCSXH huyện A": the place acting stands for a body of it the text
    // names, not for its people's committee (orgs2)
    const placeName = foldDiacritics(p.name).toLowerCase();
    if (
      acts &&
      out.some((m) => m.kind === Label.Organization && m.props.orgType !== "PEOPLES_COMMITTEE" && !m.distributed && foldDiacritics(m.name).toLowerCase().endsWith(` ${placeName}`))
    )
      continue;
    const start = authority ? p.start - authority[0].length : p.start;
    const name = text.slice(start, p.end);
    out.push({
      kind: Label.Organization,
      start,
      end: p.end,
      name,
      pattern: authority ? 'pattern "chính quyền <place>"' : "a place that acts (its authorities)",
      props: { orgType: "PEOPLES_COMMITTEE" satisfies OrgTypeName },
    });
  }
}

/** Level words that make a lower-case English noun phrase a local body ("the district agricultural service centre"). */
const EN_BODY_LEVELS = "district|provincial|province|commune|communal|local|municipal|city|village|national|central|county";
/** Head nouns of English bodies, with the type they give. */
const EN_BODY_HEADS: Readonly<Record<string, OrgTypeName>> = {
  centre: "PUBLIC_SERVICE_UNIT",
  center: "PUBLIC_SERVICE_UNIT",
  station: "PUBLIC_SERVICE_UNIT",
  department: "GOVERNMENT_AGENCY",
  office: "GOVERNMENT_AGENCY",
  division: "GOVERNMENT_AGENCY",
  agency: "GOVERNMENT_AGENCY",
  board: "GOVERNMENT_AGENCY",
  authorities: "PEOPLES_COMMITTEE",
  authority: "PEOPLES_COMMITTEE",
  committee: "GOVERNMENT_AGENCY",
  union: "MASS_ORGANIZATION",
  association: "MASS_ORGANIZATION",
  cooperative: "COOPERATIVE",
  "co-operative": "COOPERATIVE",
  school: "PUBLIC_SERVICE_UNIT",
  hospital: "PUBLIC_SERVICE_UNIT",
};

/**
 * English bodies written in lower case after an article: "the district agricultural service centre", "the
 * commune people's committee", "the local women's union", "local authorities": a level word, at most four
 * lower-case words, a head noun of EN_BODY_HEADS. Generic names: the matching never binds them to another
 * article's body.
 */
function lowerCaseBodies(doc: Doc, out: EntityMention[]): void {
  const body = doc.text.slice(0, doc.bodyEnd);
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  const heads = Object.keys(EN_BODY_HEADS).join("|");
  const re = new RegExp(
    String.raw`\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|and|with|by|of|from)[ 	]+((?:${EN_BODY_LEVELS})(?:[ 	]+[a-z][a-z'’-]*){0,4}?[ 	]+(${heads}))\b(?![ 	]+(?:member|members|staff|officials?|leaders?|chairm[ae]n|head|building|meeting)\b)`,
    "gu",
  );
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    if (start < doc.title.end || taken(start, end)) continue;
    if (/\b(?:the|and|or|of|in|for|to|with|by|on|at)\b/.test(m[1].replace(/\b(?:of the|people['’]s)\b/g, ""))) continue; // one noun phrase, not a clause
    // "local authorities": whoever governs, nobody named; "the local authorities of Huyen Hoi village" are that place's
    // "the commune built a school": a verb between the level and the head makes it a clause
    const middle = m[1].split(/[ \t]+/u).slice(1, -1);
    if (
      middle.some(
        (w) =>
          /^(?:a|an|is|are|was|were|has|have|had|will|built|set)$/u.test(w) ||
          (/ed$/u.test(w) && !/^(?:integrated|speciali[sz]ed|based|advanced|registered|united|accredited)$/u.test(w)),
      )
    )
      continue;
    if (/^local(?:[ \t]+government)?[ \t]+authorit(?:y|ies)$/u.test(m[1]) && !/^[ \t]+(?:of|in)[ \t]+\p{Lu}/u.test(body.slice(end, end + 8))) continue;
    out.push({
      kind: Label.Organization,
      start,
      end,
      name: capitalize(m[1]),
      pattern: `lower-case body "… ${m[2]}"`,
      props: { orgType: /people[’']s committee$/.test(m[1]) ? "PEOPLES_COMMITTEE" : EN_BODY_HEADS[m[2]] },
    });
  }
}

/** Development partners named without an organization word: "Oxfam in Vietnam", "CARE", "Save the Children Japan". */
function knownPartners(doc: Doc, out: EntityMention[]): void {
  const { tokens } = doc;
  const mine: { group: string; mention: EntityMention }[] = [];
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    // "Oxfam's country director": a one-word partner's name with a possessive
    const possessive = /['’]s$/u.test(tokens[i].text)
      ? [...KNOWN_PARTNER_NAMES, ...BANK_BRANDS].find((p) => p.words.length === 1 && p.words[0] === tokens[i].lower.replace(/['’]s$/u, ""))
      : undefined;
    const found = longestHead(doc, i, [...KNOWN_PARTNER_NAMES, ...BANK_BRANDS]) ?? (possessive ? { head: possessive, length: 1 } : undefined);
    if (!found) continue;
    // "CARE" must be written in capitals ("care" is a word); one-word names must not run on into a longer capitalised name
    if (found.head.words.length === 1 && found.head.words[0] === "care" && tokens[i].text !== "CARE") continue;
    let last = i + found.length - 1;
    const suffix = PARTNER_SUFFIXES.map((w) => phraseAt(doc, last + 1, w)).find((n) => n > 0 && /^[ \t]+$/.test(gapText(doc, last + 1)));
    if (suffix && tokens[last + suffix].cap) last += suffix;
    const start = tokens[i].start;
    let end = tokens[last].end;
    if (taken(start, end)) continue;
    // (orgs7) "Agribank chi nhánh huyện Kỳ Sơn", "Food and Agriculture Organization of the United Nations": the branch or the UN tail
    const tail = BANK_BRANDS.includes(found.head as (typeof BANK_BRANDS)[number])
      ? bankBranchLength(doc.text.slice(end, end + 60))
      : unitedNationsTail(doc.text.slice(end, end + 30));
    if (tail) {
      end += tail;
      while (tokens[last + 1] && tokens[last + 1].end <= end) last++;
    }
    // "Tổ chức Hợp tác Quốc tế Nhật Bản (JICA)": initials in parentheses that another name just took as its own
    if (/\([ \t]*$/u.test(doc.text.slice(Math.max(0, start - 3), start)) && out.some((m) => m.acronym === tokens[i].text && m.end <= start && start - m.end <= 4)) continue;
    const paren = /^[ \t]*\(([\p{Lu}&]{2,10})\)/u.exec(doc.text.slice(end, end + 14));
    out.push({
      kind: Label.Organization,
      start,
      end,
      name: slice(doc, start, end),
      pattern: `known partner "${found.head.words.join(" ")}"`,
      props: { orgType: found.head.orgType },
      acronym: paren?.[1] ?? (isAcronym(tokens[i]) ? tokens[i].text : undefined),
    });
    mine.push({ group: found.head.same ?? found.head.words.join(" "), mention: out[out.length - 1] });
    i = last;
  }
  // one body however the article shortens it: every mention takes the fullest name ("Helvetas" → "Helvetas Vietnam")
  for (const { group } of mine) {
    const same = mine.filter((x) => x.group === group);
    const full = same.map((x) => x.mention.name).sort((a, b) => b.length - a.length)[0];
    const acronym = same.find((x) => x.mention.acronym)?.mention.acronym;
    for (const x of same) {
      x.mention.name = full;
      x.mention.acronym ??= acronym;
    }
  }
}

/** A funder's cue before a name: "funded by", "with funding from", "tài trợ bởi", "viện trợ của", "với sự tài trợ của". */
const FUNDER_CUE =
  /(?:(?:funded|financed|sponsored|co-funded|co-financed)[ \t]+by|(?:with|thanks[ \t]+to)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:financial[ \t]+|generous[ \t]+)?(?:funding|grants?|sponsorship|support|aid|assistance)[ \t]+(?:from|of)|funding[ \t]+from|(?:tài trợ|viện trợ)[ \t]+(?:bởi|của)|với[ \t]+sự[ \t]+(?:tài trợ|viện trợ)[ \t]+(?:của|từ))[ \t]+(?:the[ \t]+)?$/iu;
/** Words of a program, a project or money, never a funder's name ("funded by the National Target Program", "by ODA"). */
const NOT_FUNDER_WORDS = /^(?:program|programme|project|projects|plan|budget|state|government's|chương|dự|ngân|nguồn|vốn|nhà|oda|the)$/iu;

/**
 * A funder named without an organization word after a funder's cue, or before "tài trợ" after "do": "funded by
 * Japan's …", "with funding from Irish Aid", "do Nhật Bản tài trợ". The capitalised words (up to four) are the
 * funder's name, a government or an agency; a name found by another rule is left to it.
 */
function namedFunders(doc: Doc, places: readonly PlaceMention[], out: EntityMention[]): void {
  const { tokens, text } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || t.start < doc.title.end || NOT_FUNDER_WORDS.test(t.lower)) continue;
    const before = text.slice(Math.max(0, t.start - 48), t.start);
    const viaDo = /(?:^|[ \t,(])do[ \t]+$/iu.test(before);
    if (!FUNDER_CUE.test(before) && !viaDo) continue;
    let last = i;
    while (
      !/['’]s$/.test(tokens[last].text) &&
      last + 1 < tokens.length &&
      last - i < 3 &&
      tokens[last + 1].cap &&
      /^[ \t]+$/.test(gapText(doc, last + 1)) &&
      !NOT_FUNDER_WORDS.test(tokens[last + 1].lower)
    )
      last++;
    const possessive = /['’]s$/.test(tokens[last].text);
    const after = possessive ? "'s" : text.slice(tokens[last].end, tokens[last].end + 40);
    if (viaDo && !/^(?:['’]s)?[ \t]*(?:\([^)]{1,20}\)[ \t]*)?(?:tài trợ|viện trợ)(?!\p{L})/iu.test(after)) continue;
    if (!viaDo && !/^(?:['’]s\b|[ \t]*(?:[,.;(]|and\b|và\b|$|\n)|[ \t]+(?:for|to|in|under|through|via|cho|thông qua)\b)/iu.test(after)) continue;
    const start = t.start;
    const end = tokens[last].end - (possessive ? 2 : 0);
    if (taken(start, end)) continue;
    // a person ("do ông A tài trợ") or a place inside the country ("do tỉnh A tài trợ") is not a funder's name here
    if (places.some((p) => p.start <= start && end <= p.end && p.placeId)) continue;
    if (isAcronym(t) && NOT_ORG_ACRONYMS.has(t.text)) continue;
    out.push({
      kind: Label.Organization,
      start,
      end,
      name: slice(doc, start, end),
      pattern: viaDo ? 'pattern "do <name> tài trợ"' : 'pattern "funded by <name>"',
      props: { orgType: "GOVERNMENT_AGENCY" satisfies OrgTypeName },
    });
    i = last;
  }
}

/** "New Zealand Embassy (in Hanoi)", "Embassy of Japan", "Đại sứ quán Nhật Bản", "New Zealand Government", "Chính phủ New Zealand". */
function embassies(doc: Doc, out: EntityMention[]): void {
  const { text } = doc;
  const body = text.slice(0, doc.bodyEnd);
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  const C = String.raw`\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+){0,2}`;
  const patterns: [RegExp, OrgTypeName][] = [
    [new RegExp(String.raw`\b(?:[Tt]he\s+)?(${C})[ \t]+(?:Embassy|[Gg]overnment)(?:[ \t]+in[ \t]+(?:Hanoi|Ha[ \t]Noi|Viet[ \t]?[Nn]am))?`, "gu"), "GOVERNMENT_AGENCY"],
    [new RegExp(String.raw`\b(?:Embassy|Government)[ \t]+of[ \t]+(?:the[ \t]+)?(${C})(?:[ \t]+in[ \t]+(?:Hanoi|Ha[ \t]Noi|Viet[ \t]?[Nn]am))?`, "gu"), "GOVERNMENT_AGENCY"],
    [new RegExp(String.raw`(?:Đại[ \t]+sứ[ \t]+quán|Chính[ \t]+phủ)[ \t]+(${C}(?:-\p{Ll}+)*)`, "gu"), "GOVERNMENT_AGENCY"], // (orgs10) "Ai-len"
  ];
  for (const [re, orgType] of patterns) {
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const country = m[1];
      if (
        /^(The|Vietnamese|Vietnam|Viet|Việt|Provincial|Local|Central|Commune|District|People|National|Our|Their|Its|Host|Partner|Donor|New)$/u.test(country.split(/\s+/)[0]) &&
        !/^New Zealand/u.test(country)
      )
        continue;
      let start = m.index;
      if (/^the\s/i.test(m[0])) start += m[0].indexOf(country);
      const end = m.index + m[0].length;
      if (taken(start, end)) continue;
      // "the Japanese government": the government of Japan, named as a funder's name usually is
      const land = DEMONYMS.get(country.toLowerCase());
      const lowerGovernment = /government/u.test(m[0]) && land;
      const name = lowerGovernment ? `Government of ${land}` : text.slice(start, end);
      out.push({ kind: Label.Organization, start, end, name, pattern: 'pattern "<country> Embassy / Government"', props: { orgType } });
    }
  }
}

/** Nationality words and their countries, for a government, an embassy or an ambassador named by the adjective ("the Japanese government"). */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["japanese", "Japan"],
  ["korean", "Korea"],
  ["south korean", "Korea"],
  ["australian", "Australia"],
  ["irish", "Ireland"],
  ["swiss", "Switzerland"],
  ["dutch", "the Netherlands"],
  ["german", "Germany"],
  ["french", "France"],
  ["british", "the United Kingdom"],
  ["american", "the United States"],
  ["canadian", "Canada"],
  ["finnish", "Finland"],
  ["swedish", "Sweden"],
  ["danish", "Denmark"],
  ["norwegian", "Norway"],
  ["belgian", "Belgium"],
  ["italian", "Italy"],
  ["spanish", "Spain"],
  ["austrian", "Austria"],
  ["luxembourgish", "Luxembourg"],
  ["chinese", "China"],
  ["indian", "India"],
  ["thai", "Thailand"],
  ["lao", "Laos"],
  ["laotian", "Laos"],
  ["cambodian", "Cambodia"],
  ["israeli", "Israel"],
  ["hungarian", "Hungary"],
  ["polish", "Poland"],
  ["czech", "the Czech Republic"],
  ["new zealand", "New Zealand"],
]);

/** Countries by the names DEMONYMS gives them, and a few more that send delegations. */
const COUNTRIES: ReadonlySet<string> = new Set([
  ...[...DEMONYMS.values()].map((c) => c.toLowerCase().replace(/^the /u, "")),
  "vietnam",
  "viet nam",
  "korea",
  "south korea",
  "myanmar",
  "indonesia",
  "philippines",
  "malaysia",
  "singapore",
  "usa",
  "uk",
  "netherlands",
  "united states",
  "united kingdom",
]);

/**
 * An ambassador speaks for an embassy: "Japanese Ambassador to Vietnam …", "the Ambassador of Finland",
 * "Đại sứ Nhật Bản tại Việt Nam …": the embassy of that country, unless the text names it already.
 */
function ambassadorsEmbassies(doc: Doc, out: EntityMention[]): void {
  const body = doc.text.slice(0, doc.bodyEnd);
  const C = String.raw`\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+){0,2}`;
  const patterns: [RegExp, (country: string) => string | undefined][] = [
    [new RegExp(String.raw`\b(${C})[ \t]+Ambassador\b`, "gu"), (c) => (DEMONYMS.has(c.toLowerCase()) ? `Embassy of ${DEMONYMS.get(c.toLowerCase())}` : undefined)],
    [
      new RegExp(String.raw`\bAmbassador[ \t]+of[ \t]+(?:the[ \t]+)?(${C})`, "gu"),
      (c) => {
        // "the Ambassador of Finland Anna Berg": the country's words, not the name after them
        const words = c.split(/[ \t]+/u);
        const n = [3, 2, 1].find((k) => k <= words.length && COUNTRIES.has(words.slice(0, k).join(" ").toLowerCase()));
        return !n || /^(Vietnam|Viet|Việt)/u.test(c) ? undefined : `Embassy of ${words.slice(0, n).join(" ")}`;
      },
    ],
    [
      // (orgs10) "Đại sứ Đặc mệnh toàn quyền Ai-len": the country after the title, hyphened syllables and all; a person's name is none
      new RegExp(String.raw`(?<![\p{L}])[ĐđD]ại[ \t]+sứ[ \t]+(?:[Đđ]ặc[ \t]+mệnh[ \t]+toàn[ \t]+quyền[ \t]+)?(${C}(?:-\p{Ll}+)*)`, "gu"),
      (c) => (/^(Việt|Quán|Nam)/u.test(c) || !isCountryName(c) ? undefined : `Đại sứ quán ${c}`),
    ],
  ];
  const known = (name: string): boolean => {
    const words = name.toLowerCase().split(/\s+/).slice(-1)[0];
    return out.some((m) => /embassy|đại sứ quán/iu.test(m.name) && m.name.toLowerCase().includes(words));
  };
  for (const [re, nameOf] of patterns) {
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const country = m[1].replace(/[ \t]+(?:Ambassador|Embassy|Tại|To)$/u, "");
      const name = nameOf(country);
      const start = m.index + m[0].indexOf(m[1]);
      if (!name || start < doc.title.end || known(name)) continue;
      out.push({
        kind: Label.Organization,
        start,
        end: start + (m[1].startsWith(name.replace(/^(?:Embassy of |Đại sứ quán )/u, "")) ? name.replace(/^(?:Embassy of |Đại sứ quán )/u, "").length : country.length),
        name,
        pattern: 'an ambassador\'s embassy ("<country> Ambassador", "Đại sứ <country>")',
        props: { orgType: "GOVERNMENT_AGENCY" satisfies OrgTypeName },
        quote: { start: m.index, end: m.index + m[0].length },
      });
    }
  }
}

/**
 * "Hill Harvest Việt Nam", "Good Seeds Vietnam" in a Vietnamese text: words no Vietnamese syllable could be, before the
 * country's name, are a foreign body's country office (the same name as in English texts; one-word names only when not
 * in capitals alone, which are initials).
 */
function foreignCountryOffices(doc: Doc, out: EntityMention[]): void {
  const { tokens } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || !isForeignWord(tokens[i]) || (i > 0 && tokens[i - 1].cap && /^[ \t]+$/.test(gapText(doc, i)))) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 3 && tokens[last + 1].cap && isForeignWord(tokens[last + 1]) && /^[ \t]+$/.test(gapText(doc, last + 1))) last++;
    const run = tokens.slice(i, last + 1);
    if (run.length < 2 || run.every((t) => isAcronym(t)) || run.some((t) => NOT_ORG_ACRONYMS.has(t.text) || GENERIC_EN_WORDS.has(t.lower) || EN_NOT_BODY_WORDS.has(t.lower)))
      continue;
    // "Chương trình Startup Việt Nam", "chuẩn VietGAP": a program's, a standard's or a brand's name
    if (
      /(?:chương trình|dự án|mô hình|chuẩn|tiêu chuẩn|thương hiệu|nhãn hiệu|cuộc thi|giải thưởng|sản phẩm|đề án)[ \t]+$/iu.test(
        doc.text.slice(Math.max(0, tokens[i].start - 20), tokens[i].start),
      )
    )
      continue;
    const vn = phraseAt(doc, last + 1, ["việt", "nam"]) || phraseAt(doc, last + 1, ["vietnam"]);
    if (!vn || !/^[ \t]+$/.test(gapText(doc, last + 1))) continue;
    const start = tokens[i].start;
    const end = tokens[last + vn].end;
    if (start < doc.title.end || taken(start, end)) continue;
    out.push({
      kind: Label.Organization,
      start,
      end,
      name: slice(doc, start, end),
      pattern: 'pattern "<foreign name> Việt Nam" (a country office)',
      props: { orgType: "INTERNATIONAL_NGO" },
    });
    i = last + vn - 1;
  }
}

/** Words that name a kind of body in an appositive ("X, a local NGO, …"). */
const EN_BODY_APPOSITIVE =
  /^[ \t]*(?:\([\p{Lu}&]{2,10}\)[ \t]*)?,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:NGO|INGO|non-governmental[ \t]+organi[sz]ation|non-profit(?:[ \t]+organi[sz]ation)?|not-for-profit[ \t]+organi[sz]ation|charity|organi[sz]ation|company|enterprise|firm|cooperative|foundation|donor|agency|association|network|social[ \t]+enterprise)\b/u;
/** Business suffixes after a company's name. */
const EN_COMPANY_SUFFIX =
  /^[ \t]+(Co\.?,?[ \t]*Ltd\.?|Company[ \t]+Limited|Co\.?,?[ \t]*JSC|Joint[ \t]+Stock[ \t]+Company|JSC|Corp\.?|Corporation|Group|Ltd\.?|Limited|Inc\.?|PLC)(?![\p{L}])/u;
/** Capitalised words that begin sentences or say where, never a body's own name. */
const EN_NOT_BODY_WORDS = new Set([
  ...["the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for", "and", "by", "with", "from", "to", "his", "her", "their", "its", "our"],
  ...["mr", "ms", "mrs", "dr"],
  // words that open a sentence before a country's name ("Today Vietnam has …", "Across Vietnam …")
  ...["today", "currently", "now", "since", "as", "while", "meanwhile", "overall", "however", "also", "but", "so", "when", "if", "although", "because", "where"],
  ...["then", "thus", "therefore", "moreover", "recently", "yet", "both", "all", "every", "each", "many", "some", "most", "modern", "across", "like", "unlike", "only"],
  "northern",
  "southern",
  "central",
  "eastern",
  "western",
  "north",
  "south",
  "east",
  "west",
  "rural",
  "upland",
  "mountainous",
  "working",
  "interest",
  "target",
  "ethnic",
  "women",
  "farmers",
  "youth",
  "community",
  "self-help",
  // fields a position is of ("Head of Development Cooperation of the EU Delegation"), not bodies
  "cooperation",
  "operations",
  "partnerships",
  "communications",
  "finance",
  "marketing",
  "research",
  "advocacy",
  "programmes",
  "sales",
  "administration",
]);
/** Acronyms that are a program's or a project's ("the PADEE project", "Project (PADEE)"), not a body's. */
function programAcronym(doc: Doc, acronym: string): boolean {
  // asked for every acronym token of the name scans: one answer per document and acronym
  let known = programAcronyms.get(doc);
  if (!known) programAcronyms.set(doc, (known = new Map()));
  let answer = known.get(acronym);
  if (answer === undefined) known.set(acronym, (answer = scanProgramAcronym(doc, acronym)));
  return answer;
}
const programAcronyms = new WeakMap<Doc, Map<string, boolean>>();

function scanProgramAcronym(doc: Doc, acronym: string): boolean {
  const body = doc.text.slice(0, doc.bodyEnd);
  return (
    new RegExp(
      String.raw`\b${acronym}[ \t]+(?:[Pp]roject|[Pp]rogram(?:me)?|[Mm]odel|[Ff]und|[Mm]ethod|[Tt]echniques?|[Ss]tandards?|[Aa]pproach|[Pp]ractices?|[Cc]ertification)\b`,
      "u",
    ).test(body) || new RegExp(String.raw`(?:[Pp]roject|[Pp]rogram(?:me)?)[^.()]{0,120}\([ \t]*${acronym}[ \t]*\)`, "u").test(body)
  );
}

/** A name in a list: capitalised words (or initials), at most four. */
const LIST_NAME = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&'’-]*){0,3}`;
/** English: a list of names after a noun of businesses or a verb of hosting/buying ("the farms of A, B and C", "hosted by A, B and C"). */
const EN_BUSINESS_LIST = new RegExp(
  String.raw`(?<!\p{L})(?:(?:factories|plantations|planations|farms|facilities|companies|enterprises|businesses|firms|cooperatives|buyers|processors)(?:[ \t]+(?:and|or)[ \t]+\p{Ll}+)?[ \t]+(?:of|such as|including|like)|hosted by|bought by|supplied by)[ \t]+` +
    String.raw`(${LIST_NAME}(?:,[ \t]+${LIST_NAME})*(?:,?[ \t]+and[ \t]+${LIST_NAME})?)`,
  "gu",
);
/** Vietnamese: "các HTX A, B và C", "các công ty A, B": one body of the head's kind for each name. */
const VI_BUSINESS_LIST = new RegExp(
  String.raw`(?<!\p{L})[Cc]ác[ \t]+(HTX|[Hh]ợp tác xã|[Cc]ông ty|[Dd]oanh nghiệp)[ \t]+(${LIST_NAME}(?:,[ \t]+${LIST_NAME})*(?:,?[ \t]+và[ \t]+${LIST_NAME})?)`,
  "gu",
);
/** Words that open a list item but are no name ("The", a month…): such an item is left out. */
const NOT_LIST_NAME = /^(?:The|A|An|This|These|Vietnam|Viet Nam|Việt Nam|Mr|Ms|Mrs|Dr|Ông|Bà)(?![\p{L}])/u;

/**
 * (ingest-groups) Businesses and cooperatives named together after a cue: "visited the farms of Green Leaf, AGRIMEX and
 * Song Da Herbs", "hosted by Hoa Sen, Phu Gia Farm and …", "các HTX Hoa Ban, Tân Tiến và …". Two names at least (one
 * name after such a cue is left to the other rules); in English a name that is a place is not a business.
 */
function namedLists(doc: Doc, places: readonly PlaceMention[], out: EntityMention[]): void {
  const { text } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  const re = doc.lang === "vi" ? VI_BUSINESS_LIST : EN_BUSINESS_LIST;
  for (const m of text.matchAll(re)) {
    const list = doc.lang === "vi" ? m[2] : m[1];
    const head = doc.lang === "vi" ? m[1] : "";
    const listStart = m.index + m[0].length - list.length;
    const items: Span[] = [];
    const sep = doc.lang === "vi" ? /,[ \t]+(?:và[ \t]+)?|[ \t]+và[ \t]+/gu : /,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+/gu;
    let from = 0;
    for (const s of [...list.matchAll(sep), undefined]) {
      const to = s ? s.index : list.length;
      items.push({ start: listStart + from, end: listStart + to });
      if (s) from = s.index + s[0].length;
    }
    if (items.length < 2) continue;
    for (const it of items) {
      const name = text.slice(it.start, it.end);
      if (NOT_LIST_NAME.test(name) || taken(it.start, it.end)) continue;
      if (doc.lang === "en" && places.some((p) => p.placeId && p.start < it.end && it.start < p.end)) continue;
      // "các HTX A, Công ty B": an item with its own head is its own name (the other rules read it)
      if (doc.lang === "vi" && /^(?:HTX|Hợp tác xã|Công ty|Doanh nghiệp|Tổ hợp tác|Hội|UBND)(?!\p{L})/u.test(name)) continue;
      const full = head ? `${/^htx$/iu.test(head) ? "HTX" : head.charAt(0).toUpperCase() + head.slice(1).toLowerCase()} ${name}` : name;
      out.push({
        kind: Label.Organization,
        start: it.start,
        end: it.end,
        name: full,
        pattern: doc.lang === "vi" ? 'pattern "các HTX/công ty A, B và C"' : 'pattern "the farms of / hosted by A, B and C"',
        props: { orgType: (/^(?:HTX|hợp tác xã)$/iu.test(head) || /\bCooperative\b/u.test(name) ? "COOPERATIVE" : "BUSINESS") satisfies OrgTypeName },
      });
    }
  }
}

/**
 * English bodies named without an organization word, read from the grammar around the name: a country's
 * agency in capitals ("Australia's DFAT"), an acronym that funds or acts ("DFAT funded …"), a company
 * ("Green Leaf Co., Ltd", "Minh Phat Group"), a name with an appositive ("Hill Harvest Vietnam, a local
 * NGO"), a country office ("Hill Harvest Vietnam"), the body a person is of or from ("Mr. Tom Hale of Terra
 * Partners", "Jane Roe, Director of Terra Partners"), a delegation's ("a delegation from Terra Partners").
 * Places, programs, projects and generic words are never such a name.
 */
function englishNamesByGrammar(doc: Doc, places: readonly PlaceMention[], out: EntityMention[]): void {
  const { tokens, text } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  const inPlace = (t: Token): boolean => places.some((p) => p.start <= t.start && t.start < p.end);
  const push = (k: number, last: number, pattern: string, orgType: OrgTypeName, end?: number): void => {
    const start = tokens[k].start;
    const stop = end ?? tokens[last].end;
    if (start < doc.title.end || taken(start, stop)) return;
    const paren = /^[ \t]*\(([\p{Lu}&]{2,10})\)/u.exec(text.slice(stop, stop + 14));
    out.push({
      kind: Label.Organization,
      start,
      end: stop,
      name: slice(doc, start, stop),
      pattern,
      props: { orgType },
      acronym: paren && !NOT_ORG_ACRONYMS.has(paren[1]) ? paren[1] : undefined,
    });
  };
  /** A capitalised run from k (names, acronyms; "of", "for", "and", "&" between capitalised words): its last token. */
  const runFrom = (k: number, max = 6): number => {
    let last = k - 1;
    for (let j = k; j < tokens.length && j - k < max; j++) {
      if (j > k && !/^[ \t]+$/.test(gapText(doc, j))) break;
      const t = tokens[j];
      if (t.cap || isAcronym(t)) {
        if (/['’]s$/u.test(t.text)) break;
        if (j > k && EN_COMPANY_SUFFIX.test(text.slice(tokens[j - 1].end, tokens[j - 1].end + 30))) break; // "Green Leaf | Co., Ltd"
        last = j;
        continue;
      }
      if (j > k && ["of", "for", "and", "&"].includes(t.lower) && tokens[j + 1]?.cap && /^[ \t]+$/.test(gapText(doc, j + 1))) continue;
      break;
    }
    return last;
  };
  /** A run that can be a body's own name: not a place, a month, a program's or project's word, nor only generic words. */
  const bodyLike = (k: number, last: number): boolean => {
    const run = tokens.slice(k, last + 1).filter((t) => t.cap || isAcronym(t));
    if (!run.length || run.some((t) => inPlace(t) || MONTH_WORDS.has(t.lower) || /^(project|programme|program|model|plan|route|strategy|initiative)$/u.test(t.lower))) return false;
    if (EN_NOT_BODY_WORDS.has(run[0].lower)) return false;
    // "a delegation from Cambodia": a country is not a body
    const words = run.map((t) => t.lower).join(" ");
    if (COUNTRIES.has(words) || DEMONYMS.has(words)) return false;
    if (run.length === 1 && isAcronym(run[0])) return !NOT_ORG_ACRONYMS.has(run[0].text) && !programAcronym(doc, run[0].text) && run[0].text.length >= 2;
    return run.some((t) => !GENERIC_EN_WORDS.has(t.lower) && !EN_NOT_BODY_WORDS.has(t.lower));
  };
  const isPossessive = (t: Token | undefined): boolean => !!t && /['’]s$/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < doc.title.end) continue;
    // "Australia's DFAT", "Korea's KOICA": a country's agency by its initials
    if (isAcronym(t) && t.text.length >= 3 && isPossessive(tokens[i - 1]) && tokens[i - 1].cap && /^[ \t]+$/.test(gapText(doc, i))) {
      if (bodyLike(i, i)) push(i, i, 'pattern "<country>\'s <ACRONYM>"', "GOVERNMENT_AGENCY");
      continue;
    }
    // "Nghe An DARD", "Lao Cai DOLISA": a province's body by its initials, after the place's name
    const placeBefore = isAcronym(t) && t.text.length >= 3 && /^[ \t]+$/.test(gapText(doc, i)) ? places.find((p) => p.end === tokens[i - 1]?.end && p.placeId) : undefined;
    // the initials end the name, or a position follows them ("Lao Cai DARD Director …")
    if (placeBefore && (!tokens[i + 1]?.cap || EN_POSITION_WORDS.some((w) => phraseAt(doc, i + 1, w))) && bodyLike(i, i)) {
      const start = tokens.findIndex((x) => x.start >= placeBefore.start);
      if (start >= 0 && start < i) {
        push(start, i, 'pattern "<place> <ACRONYM>"', "GOVERNMENT_AGENCY");
        continue;
      }
    }
    // "DFAT funded …", "SDC will provide …": initials as the subject of a verb of funding or running
    if (isAcronym(t) && t.text.length >= 3 && (i === 0 || !tokens[i - 1].cap || !/^[ \t]+$/.test(gapText(doc, i)))) {
      const after = text.slice(t.end, t.end + 40);
      if (
        /^[ \t]+(?:(?:has|have|had|will|also|then|later|has also|is|was)[ \t]+)?(?:funded|funds|financed|finances|sponsored|sponsors|provided|provides|granted|grants|donated|donates|supported|supports|backs|backed|committed|pledged|implemented|implements|implementing|funding|financing|sponsoring)\b/u.test(
          after,
        ) &&
        bodyLike(i, i)
      ) {
        push(i, i, 'pattern "<ACRONYM> funds / runs …"', "GOVERNMENT_AGENCY");
        continue;
      }
    }
    if (!t.cap || (i > 0 && tokens[i - 1].cap && /^[ \t]+$/.test(gapText(doc, i)))) continue;
    const last = runFrom(i);
    if (last < i) continue;
    const end = tokens[last].end;
    // "Green Leaf Co., Ltd", "Minh Phat Group", "Sao Mai Joint Stock Company"
    const company = EN_COMPANY_SUFFIX.exec(text.slice(end, end + 30));
    if (company && bodyLike(i, last)) {
      push(i, last, `pattern "<name> ${company[1].replace(/[ \t]+/gu, " ")}"`, "BUSINESS", end + company[0].length);
      i = last;
      continue;
    }
    // "Hill Harvest Vietnam, a local NGO, …"
    if (EN_BODY_APPOSITIVE.test(text.slice(end, end + 80)) && bodyLike(i, last)) {
      push(i, last, 'pattern "<name>, a … NGO / organization / company"', "NGO");
      i = last;
      continue;
    }
    // "Hill Harvest Vietnam", "Good Seeds Viet Nam": a body's country office, the words before it its own
    const vn = tokens[last]?.lower === "vietnam" ? last : tokens[last]?.lower === "nam" && tokens[last - 1]?.lower === "viet" ? last - 1 : -1;
    if (vn > i && bodyLike(i, vn - 1) && tokens.slice(i, vn).every((x) => x.cap && !EN_NOT_BODY_WORDS.has(x.lower))) {
      const prev = tokens[i - 1];
      const where = prev && /^[ \t]+$/.test(gapText(doc, i)) && /^(?:in|of|across|throughout|around|within|at|from)$/u.test(prev.lower);
      if (!where) {
        push(i, last, 'pattern "<name> Vietnam" (a country office)', "NGO");
        i = last;
        continue;
      }
    }
  }
  // "a delegation from Cambodia", "the Lao delegation": a delegation named by its country is a body of its own
  const body = text.slice(0, doc.bodyEnd);
  const delegation =
    /\b(?:[Aa]|[Tt]he)[ \t]+(?:(\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?)[ \t]+delegation|delegation[ \t]+(?:from|of)[ \t]+(\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?))(?![ \t]*\p{Lu})/gu;
  for (let m = delegation.exec(body); m; m = delegation.exec(body)) {
    const country = (m[1] ?? m[2]).toLowerCase();
    if (!(DEMONYMS.has(country) || COUNTRIES.has(country)) || /^(?:vietnam|viet nam)$/u.test(country) || m.index < doc.title.end) continue;
    const start = m.index + m[0].indexOf(m[1] ?? "delegation");
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    out.push({
      kind: Label.Organization,
      start,
      end,
      name: m[1] ? `${m[1]} delegation` : `Delegation from ${m[2]}`,
      pattern: 'pattern "a delegation from <country>" / "the <nationality> delegation"',
      props: { orgType: "DELEGATION" satisfies OrgTypeName },
    });
  }
  // the body a person is of or from, a person's position's, a delegation's
  const cues = [
    /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:of|from)[ \t]+(?:the[ \t]+)?$/u,
    /\b(?:Director|Manager|Representative|Coordinator|Officer|Head|Chairman|Chairwoman|President|CEO|Founder|Specialist|Expert|Leader|director|manager|representative|coordinator|officer|head|founder|specialist|expert)[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?$/u,
    /\b[Dd]elegations?[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?$/u,
    /\b(?:in[ \t]+)?(?:partnership|cooperation|collaboration|coordination)[ \t]+with[ \t]+(?:the[ \t]+)?$/u,
  ];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(t.cap || isAcronym(t)) || t.start < doc.title.end) continue;
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    const cue = cues.findIndex((re) => re.test(before));
    if (cue < 0) continue;
    const last = runFrom(i);
    if (last < i || !bodyLike(i, last)) continue;
    // "Head of Cooperation of the EU Delegation": a unit of the body named after it
    if (cue === 1 && /^[ \t]+of[ \t]/u.test(text.slice(tokens[last].end, tokens[last].end + 4))) continue;
    // a person's own name is no body ("partnership with Ms. Jane Roe")
    if (/^(?:Mr|Mrs|Ms|Dr|Prof)$/u.test(t.text)) continue;
    push(i, last, ['pattern "Mr. <name> of <body>"', 'pattern "<position> of <body>"', 'pattern "a delegation from <body>"', 'pattern "in partnership with <body>"'][cue], "NGO");
    i = last;
  }
}

/**
 * Cuts what is not the name off an organization's mention: a possessive ("World Bank’s"), a
 * dangling "of"/"and" ("Department of Home Affairs of"), a verb glued after the name ("UBND đánh
 * giá cao", "Trung tâm … khai giảng lớp …"); a name in capitals that is a title fragment is dropped.
 */
function trimOrgName(doc: Doc, m: EntityMention): EntityMention | undefined {
  let name = m.name.replace(/['’]s$/u, "");
  name = name.replace(/\s+(?:of|and|for|in|the|của|và)$/iu, "");
  const verb = ORG_TRAILING_VERBS.exec(name);
  if (verb && verb.index > 0) name = name.slice(0, verb.index).trimEnd();
  // "Ban quản lý dự án cấp cho mỗi hộ …": "cấp" before "cho", "tặng", "miễn phí" is the verb of giving; a level stays ("cấp tỉnh")
  if (/\scấp$/u.test(name) && name === m.name && /^\s+(?:cho|tặng|miễn phí)(?!\p{L})/u.test(doc.text.slice(m.end, m.end + 14))) name = name.slice(0, -4).trimEnd();
  // (orgs6) "Trường Đại học X trình bày …": a verb of presenting glued to a proper name's end
  const spoken = gluedVerbAt(name);
  if (spoken > 0) name = name.slice(0, spoken).trimEnd();
  // (orgs8) "Công ty CP Chè X mua …", "Quỹ Dân số Liên hợp quốc cấp …"; an honorific after an English name ("… Union Mr.")
  const action = gluedActionAt(name);
  if (action > 0) name = name.slice(0, action).trimEnd();
  name = name.replace(/\s+(?:Mr|Mrs|Ms|Dr|Prof|Madam)\.?$/u, "");
  // (orgs8) "Giám đốc Công ty … Nghệ An Trần Văn Long": the holder's name after the body
  const holder = personAfterBody(name, doc.text.slice(Math.max(0, m.start - 30), m.start), (w) => SURNAMES.has(foldDiacritics(w)));
  if (holder > 0) name = name.slice(0, holder).trimEnd();
  if (isNotABody(name) || isEverydayOpening(name) || isNotEnglishBodyName(name)) return undefined;
  if (name.length > 6 && name === name.toUpperCase() && /\s/.test(name) && !/\p{Ll}/u.test(name) && name.split(/\s+/).length > 4) return undefined;
  // "Trung tâm và UBND xã Đăk Na": a bare head pointing back, then the body named here
  const joined = JOINED_HEAD.exec(name);
  if (joined) {
    const rest = name.slice(joined[0].length);
    const at = doc.text.indexOf(rest, m.start);
    if (at >= 0 && at < m.end) return trimOrgName(doc, { ...m, name: rest, start: at, end: at + rest.length, quote: undefined });
  }
  if (name === m.name) return m;
  return { ...m, name, end: m.start + doc.text.slice(m.start, m.end).indexOf(name.split(" ").at(-1)!) + name.split(" ").at(-1)!.length };
}
const ORG_TRAILING_VERBS =
  /\s(?:đánh giá|khai giảng|tổ chức|phối hợp|triển khai|trao tặng|bàn giao|cấp phát|cấp cho|cấp tặng|cấp miễn phí|hỗ trợ|cho biết|phát biểu|chủ trì|nhấn mạnh|khẳng định|cho rằng|đề nghị|yêu cầu|chỉ đạo|làm việc|đến thăm|thăm|trao|tặng|tiếp nhận|tài trợ|viện trợ|trực tiếp|thực hiện|đối với|đã|đang|sẽ|vừa|cũng|được|là|với|gửi|nhận|khảo sát|đưa tin|ký kết|ký|cam kết|khởi công|khánh thành|phát động|ủng hộ|đóng góp|giúp đỡ|vận động|kêu gọi|công bố|ra mắt|tham gia|tham dự|tiếp tục|thông báo|trao đổi|mang|dành|tập huấn|khởi động|nhằm|đề xuất|tổng kết|làm trưởng đoàn|làm trưởng|dẫn đầu|mở lớp|mở|thu mua|bao tiêu|cho vay|giải ngân|nghiệm thu|ra quân)(?:\s|$)/u;
const JOINED_HEAD = /^(?:trung tâm|ban|hội|phòng|sở|văn phòng|ubnd)\s+(?:và|cùng|cùng với)\s+/iu;

/** Events: a head and the name after it; those without a name only point at one. */
function events(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  const { tokens } = doc;
  const out: EntityMention[] = [];
  const heads = doc.lang === "vi" ? VI_EVENT_HEADS : EN_EVENT_HEADS;
  const covered = (pos: number): boolean => out.some((m) => m.start <= pos && pos < m.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < doc.title.end) continue;
    if (covered(t.start)) continue;
    const found = longestHead<EventHead>(doc, i, heads);
    if (!found) continue;
    const { head, length } = found;
    const next = tokens[i + length];
    if (head.notBefore && next && head.notBefore.includes(next.lower)) continue;
    if (head.verbal) {
      // the verb and what it acts on: "Cấp phát bò giống cho các hộ nghèo", "Distributed vouchers to …"
      const ext = extendName(doc, i + length, {
        places,
        max: doc.lang === "vi" ? 12 : 8,
        lower: true,
        verbs: true,
        allow: new Set(["cho", "to"]),
        stop: new Set(["tại", "ở", "at", "in", "on", "và", "and"]),
      });
      const end = ext.last >= i + length ? ext.end : tokens[i + length - 1].end;
      out.push({
        kind: Label.Event,
        start: t.start,
        end,
        name: capitalize(slice(doc, t.start, end)),
        pattern: `verb "${head.words.join(" ")}"`,
        props: { eventType: head.eventType, verbal: true },
      });
      i += length - 1;
      continue;
    }
    const sentence = doc.sentences.find((s) => s.start <= t.start && t.start < s.end);
    const sentenceText = sentence ? doc.text.slice(sentence.start, sentence.end).toLowerCase() : "";
    if (head.needsDelegation && !/(^|[^\p{L}])(đoàn|delegation)([^\p{L}]|$)/u.test(sentenceText)) continue;
    const prev = tokens[i - 1];
    // (events2) a count right after a verb of holding is the article's courses held ("đã tổ chức 2 lớp tập huấn", "held 3 workshops"): one event
    // (not a year's or a project's tally: "tổ chức 20 lớp tập huấn, 15 sự kiện …", a count above five or a list of counts)
    const heldCount =
      !!prev &&
      prev.digit &&
      Number(prev.text) <= 5 &&
      /(?<!\p{L})(?:tổ chức|mở|mở được|khai giảng|held|organi[sz]ed|ran|conducted)(?:\s+thêm)?\s*$/iu.test(doc.text.slice(Math.max(0, prev.start - 20), prev.start)) &&
      !/^[^.;\n]{0,80}?[,;]\s*\d+\s/u.test(doc.text.slice(t.end, t.end + 100));
    if (prev && !heldCount && /^[ \t]+$/.test(gapText(doc, i)) && (prev.digit || ["các", "những", "several", "many"].includes(prev.lower))) {
      i += length - 1; // counts and kinds of events, not events
      continue;
    }
    const headEnd = tokens[i + length - 1].end;
    let end = headEnd;
    let quotedName: string | undefined;
    let tailFound = false;
    if (doc.lang === "vi") {
      const q = quotedAfter(doc, headEnd);
      if (q) {
        end = q.end;
        quotedName = q.inner;
        tailFound = true;
      } else {
        const ext = extendName(doc, i + length, { places: [], max: 16, lower: true, hyphenLower: true, verbs: true, allow: new Set(["với", "về"]), stop: new Set(["tại", "góp"]) });
        if (ext.last >= i + length) {
          end = ext.end;
          tailFound = true;
        }
      }
    } else {
      // English: the capitalised words before ("the Public-Private Cooperation Conference"), or "on …" after
      let s = i;
      while (s > 0 && tokens[s - 1].cap && /^[ \t-]*$/.test(gapText(doc, s)) && !["The", "A", "An"].includes(tokens[s - 1].text)) s--;
      if (s < i) {
        out.push({
          kind: Label.Event,
          start: tokens[s].start,
          end: headEnd,
          name: slice(doc, tokens[s].start, headEnd),
          pattern: `pattern "… ${head.words.join(" ")}"`,
          props: { eventType: head.eventType },
        });
        i += length - 1;
        continue;
      }
      const n = tokens[i + length];
      if (
        n &&
        ["on", "about", "for"].includes(n.lower) &&
        /^[ \t]+$/.test(gapText(doc, i + length)) &&
        tokens[i + length + 1] &&
        !tokens[i + length + 1].digit &&
        !MONTH_WORDS.has(tokens[i + length + 1].lower)
      ) {
        const ext = extendName(doc, i + length + 1, {
          places,
          max: 10,
          lower: true,
          stop: new Set(["in", "at", "with", "from", "by", "organized", "organised", "held", "was", "were", "on", "for", "and"]),
        });
        if (ext.last > i + length) {
          end = ext.end;
          tailFound = true;
        }
      }
    }
    out.push({
      kind: Label.Event,
      start: t.start,
      end,
      name: capitalize(slice(doc, t.start, end)),
      pattern: `pattern "${capitalize(head.words.filter((w) => w !== ",").join(" "))}"`,
      props: { eventType: head.eventType },
      ref: !tailFound || undefined,
      quotedName,
    });
    i += length - 1;
  }
  return out;
}

/** Programs: "Chương trình mục tiêu quốc gia …", "Chương trình <Name>", "National Target Program on …". */
function programs(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  const { tokens } = doc;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let length: number;
    const cap = t.cap;
    if (doc.lang === "vi" && phraseAt(doc, i, ["chương", "trình"])) length = 2;
    else if (doc.lang === "en" && ["program", "programme", "campaign"].includes(t.lower)) {
      // "National Target Program on …", "Program 135", "the X Program"
      let s = i;
      while (s > 0 && tokens[s - 1].cap && /^[ \t-]*$/.test(gapText(doc, s))) s--;
      // (models2) "The programme ran …", "This program helped …": a determiner is no part of a name, and a bare head names nothing
      while (s < i && EN_PROGRAM_DETERMINERS.has(tokens[s].lower)) s++;
      const n = tokens[i + 1];
      // "Pilot programme for sending workers to Korea for seasonal jobs": the name runs on through lower-case words and places
      const ext =
        n && ["on", "for"].includes(n.lower)
          ? extendName(doc, i + 2, {
              places,
              max: 14,
              lower: true,
              hyphenLower: true,
              allow: new Set(["to", "for", "of", "and"]),
              stop: new Set(["in", "at", "with", "from", "by", "was", "were", "is", "are", "has", "have", "had", "would", "will", "which", "that", "since", "during"]),
            })
          : undefined;
      const numbered = n?.digit && /^[ \t]+$/.test(gapText(doc, i + 1));
      if (s === i && !numbered) continue;
      // "CARE's Program Manager": a post; "Plan Vietnam's programme": a body's work, named by no name of its own
      if ((n && EN_PROJECT_POSTS.has(n.lower) && /^[ \t]+$/.test(gapText(doc, i + 1))) || /['’]s$/u.test(tokens[i - 1]?.text ?? "")) continue;
      // (models6) "the national New Rural Development campaign": a campaign is a program when two or more capitalised words
      // name it ("Vaccination campaign" at a sentence's start, "campaign 2024" name none)
      if (t.lower === "campaign" && (i - s < 2 || numbered)) continue;
      const end = ext && ext.last > i + 1 ? ext.end : numbered ? n.end : t.end;
      out.push({ kind: Label.Program, start: tokens[s].start, end, name: slice(doc, tokens[s].start, end), pattern: 'pattern "… Program"', props: {} });
      continue;
    } else continue;
    const next = tokens[i + length];
    if (!next) continue;
    const q = quotedAfter(doc, tokens[i + length - 1].end);
    let end: number;
    let quotedName: string | undefined;
    if (q) {
      end = q.end;
      quotedName = q.inner;
    } else {
      const ext = extendName(doc, i + length, {
        places,
        max: 18,
        lower: true,
        allow: new Set(["giai", "đoạn", "về"]),
        heads: [
          ["chương", "trình"],
          ["dự", "án"],
        ],
      });
      if (ext.last < i + length) continue;
      end = ext.end;
      // (lead, round 9) "Chương trình phát triển … thiểu số hỗ trợ 50 hộ …": a verb of giving with its count or receiver after
      // the name's first words is the sentence's, not the name's ("Chương trình hỗ trợ sinh kế" keeps its "hỗ trợ")
      const gives = PROGRAM_GIVES.exec(doc.text.slice(next.end, end + 16));
      if (gives && next.end + gives.index < end) end = next.end + gives.index;
      // "Chương trình Mục tiêu quốc gia "Phát triển…" — a quoted name after the kind of program
      const q2 = quotedAfter(doc, end);
      if (q2) {
        end = q2.end;
        quotedName = q2.inner;
      }
    }
    // (models6) "chương trình hợp tác nâng cao năng lực … giai đoạn 2023–2027": a cooperation programme's name runs on to its period
    if (!quotedName && /^hop tac(?: |$)/.test(nameKey(doc.text.slice(next.start, end)))) end += runToPeriod(doc.text.slice(end));
    const key = nameKey(doc.text.slice(next.start, end));
    // (models2) a program is a proper name: a capital right after the head ("Chương trình Hạnh phúc …"), a quoted title, a national
    // program's kind, a number, or a partner's name inside ("Chương trình hợp tác giữa ChildFund …"); a capital at a sentence's start
    // is none ("Chương trình nằm trong …", "Chương trình trao quà …": the event or the plan, a common noun)
    const named =
      next.cap ||
      isAcronym(next) ||
      tokens
        .slice(
          i + length,
          doc.tokens.findIndex((x) => x.start >= end),
        )
        .some((x) => isForeignWord(x) || isAcronym(x));
    // "chương trình hợp tác giữa ChildFund Việt Nam và UBND tỉnh …": a cooperation between named partners is a program in any case
    const cooperation = (/^hop tac (?:giua|voi) /.test(key) && named) || cooperationWithPeriod(key);
    // a capital inside a sentence ("tham gia Chương trình phát triển sinh kế …") is the writer's: a name; at a sentence's or a
    // line's start it says nothing
    const sentenceStart = /(?:^|[.!?:;\n•–-])[ \t"“'‘(]*$/u.test(doc.text.slice(Math.max(0, t.start - 6), t.start));
    if (!quotedName && !/^(muc tieu quoc gia|ocop|moi xa mot san pham|\d)/.test(key) && !(cap && (named || !sentenceStart)) && !cooperation) continue;
    out.push({ kind: Label.Program, start: t.start, end, name: capitalize(slice(doc, t.start, end)), pattern: 'pattern "Chương trình …"', props: {}, quotedName });
    i = doc.tokens.findIndex((x) => x.start >= end) - 1;
    if (i < 0) break;
  }
  // (models6) a scheme by its quoted title or number, a national fund by what it pays for (programs.rules.ts)
  for (const s of [...schemes(doc.text), ...nationalFunds(doc.text)])
    if (!out.some((o) => o.start < s.end && s.start < o.end))
      out.push({
        kind: Label.Program,
        start: s.start,
        end: s.end,
        name: s.name,
        pattern: s.pattern,
        props: {},
        quotedName: s.quotedName,
      });
  return out;
}

/** A verb of giving followed by a count or its receiver ("hỗ trợ 50 hộ", "cấp cho", "trao tặng 20 con"), inside a program's name as read. */
const PROGRAM_GIVES = /[ \t]+(?:hỗ trợ|giúp|cấp|cấp phát|trao|trao tặng|tặng|bàn giao)[ \t]+(?:cho[ \t]|\d)/u;
/** What ties a sub-project's number to its project's: " của Dự án 10", ", Dự án 4", " (Dự án 7)", " of Project 10", " under Project 3". */
const SUB_PROJECT_PARENT = /^[ \t]*(?:,|\(|–|-)?[ \t]*(?:(?:của|thuộc|trong|of|under|in)[ \t]+)?(?:the[ \t]+)?(?:Dự án|dự án|Project|project)[ \t]+(\d+)(?![\p{L}\d])/u;
/** A numbered project's title after a colon: ": Giảm nghèo về thông tin;" (a capital first, up to ";", "." or a line's end; no "thuộc …"). */
const PROJECT_TITLE_AFTER = /^[ \t]*\)?[ \t]*:[ \t]*(\p{Lu}[^;.\n:()]{2,100}?)(?=[ \t]+(?:thuộc|của|do|tại|được|năm|giai đoạn)[ \t]|[;.\n(]|$)/u;
/** Words before an English program's head that are no part of its name. */
const EN_PROGRAM_DETERMINERS = new Set(["the", "this", "that", "these", "a", "an", "our", "its", "their", "each", "every", "such"]);

/** Projects: "Dự án 8 "…"", "dự án “…”", "Dự án <Name>"; a bare "Dự án" points at the project named. */
function projects(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  const { tokens } = doc;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const vi = doc.lang === "vi" && phraseAt(doc, i, ["dự", "án"]) === 2;
    const en = doc.lang === "en" && (t.lower === "project" || t.lower === "projects");
    if (!vi && !en) continue;
    const prev = tokens[i - 1];
    const sub = prev && /^[ \t-]*$/.test(gapText(doc, i)) && ["tiểu", "sub"].includes(prev.lower);
    // (models2) "Tiểu dự án 2 của Dự án 10", "Tiểu dự án 1, Dự án 4", "Sub-project 2 of Project 10": the sub-project, named with its
    // project, once; the project is read on its own when the loop reaches it. A sub-project whose project is not beside it is left out
    if (sub && tokens[i + (vi ? 2 : 1)]?.digit && /^[ \t]+$/.test(gapText(doc, i + (vi ? 2 : 1))) && t.start >= doc.title.end) {
      const numberAt = tokens[i + (vi ? 2 : 1)];
      const parent = SUB_PROJECT_PARENT.exec(doc.text.slice(numberAt.end, numberAt.end + 40));
      if (parent) {
        const name = vi ? `Tiểu dự án ${numberAt.text} (Dự án ${parent[1]})` : `Sub-project ${numberAt.text} (Project ${parent[1]})`;
        out.push({
          kind: Label.Project,
          start: prev.start,
          end: numberAt.end,
          name,
          pattern: `pattern "${vi ? "Tiểu dự án N của Dự án M" : "Sub-project N of Project M"}"`,
          props: {},
          partOfNumber: parent[1],
        });
      }
      continue;
    }
    if (prev && /^[ \t]+$/.test(gapText(doc, i)) && (["tiểu", "các", "những", "sub"].includes(prev.lower) || prev.digit)) continue;
    if (vi && t.start < doc.title.end) continue;
    let j = i + (vi ? 2 : 1);
    let number: string | undefined;
    if (tokens[j]?.digit && /^[ \t]+$/.test(gapText(doc, j))) {
      // (models6) "Ban Quản lý dự án 4 xã", "dự án 3 năm": the number counts, it does not number a project
      const count = numberCounts(doc.text.slice(Math.max(0, t.start - 30), t.start), doc.text.slice(tokens[j].end, tokens[j].end + 40));
      if (count.counts && count.board) continue;
      if (!count.counts) {
        number = tokens[j].text;
        j++;
      }
    }
    // (models2) "Project 10", "Project 3 of the National Target Program …": a numbered project of a program is named by its number
    if (en && number && t.cap) {
      out.push({ kind: Label.Project, start: t.start, end: tokens[j - 1].end, name: `Project ${number}`, pattern: 'pattern "Project N"', props: {}, number });
      continue;
    }
    const afterHead = tokens[j - 1].end;
    // (models6) "dự án mới: “…”", "dự án mang tên “…”", "a project called “…”": the title after a few words of naming
    const lead = quotedAfter(doc, afterHead) ? undefined : titleLead(doc.text.slice(afterHead, afterHead + 40));
    const leadTitle = lead === undefined ? undefined : quotedAfter(doc, afterHead + lead);
    const q = quotedAfter(doc, afterHead) ?? (leadTitle && isTitle(leadTitle.inner) ? leadTitle : undefined);
    // a title starts with a capital or a digit: ‘a project "that puts women first"’ quotes what someone said of it
    if (q && /^[\p{Lu}\d]/u.test(q.inner.trim())) {
      out.push({
        kind: Label.Project,
        start: t.start,
        end: q.end,
        name: number ? `Dự án ${number} "${q.inner}"` : q.inner,
        pattern: `pattern "${vi ? "dự án" : "project"} “…”"`,
        props: {},
        quotedName: q.inner,
        number,
        quote: { start: t.start, end: q.end },
      });
      continue;
    }
    if (en) {
      // ‘the "Women's Economic Empowerment" project’
      const before = /[“"]([^“”"]{3,120})[”"][ \t]*$/.exec(doc.text.slice(Math.max(0, t.start - 130), t.start));
      // a quoted name starts with a capital: ‘a project "that puts women first"’ quotes what someone said of it
      if (before && /^\p{Lu}/u.test(before[1].trim())) {
        const qStart = t.start - before[0].length;
        out.push({ kind: Label.Project, start: qStart, end: t.end, name: before[1].trim(), pattern: 'pattern "“…” project"', props: {}, quotedName: before[1].trim() });
        continue;
      }
      // "a project to strengthen safe value chains in the north has been launched": named by its purpose, up to the verb
      const purpose =
        /^[ \t]+to[ \t]+([a-z]+(?:[ \t]+(?!(?:has|have|had|was|were|is|are|will|would|which|that|funded|financed|sponsored|launched|by|with)\b)[\p{L}-]+){1,14})/u.exec(
          doc.text.slice(t.end, t.end + 200),
        );
      const determiner = tokens[i - 1] && ["a", "an", "the", "this", "new"].includes(tokens[i - 1].lower);
      if (purpose && (determiner || t.cap) && EN_PROJECT_PURPOSE_VERBS.has(purpose[1].split(/[ \t]/)[0])) {
        const end = t.end + purpose[0].length;
        out.push({ kind: Label.Project, start: t.start, end, name: capitalize(slice(doc, t.start, end)), pattern: 'pattern "a project to <verb> …"', props: {} });
        continue;
      }
      // "a poverty reduction project financed by …": two or three lower-case words before it name it
      let w = i;
      while (
        w > i - 3 &&
        w > 0 &&
        /^[\p{Ll}-]+$/u.test(tokens[w - 1].text) &&
        !/(?:ed|ly)$/.test(tokens[w - 1].lower) &&
        !EN_NOT_PROJECT_WORDS.has(tokens[w - 1].lower) &&
        !EN_STOP_WORDS.has(tokens[w - 1].lower) &&
        !EN_QUANTITY_WORDS.has(tokens[w - 1].lower) &&
        !["a", "an", "the", "this", "that", "is", "are", "was", "were", "two", "three", "four", "five", "third", "fourth", "fifth"].includes(tokens[w - 1].lower) &&
        /^[ \t]+$/.test(gapText(doc, w))
      )
        w--;
      if (i - w >= 2 && tokens[w - 1] && ["a", "an", "the", "this"].includes(tokens[w - 1].lower)) {
        out.push({
          kind: Label.Project,
          start: tokens[w].start,
          end: t.end,
          name: capitalize(slice(doc, tokens[w].start, t.end)),
          pattern: 'pattern "a <words> project"',
          props: {},
        });
        continue;
      }
      // "the Climate-Resilient Agriculture for Mekong Communities (CRAM) project": a title-case name, its acronym in brackets
      const titled = bracketedTitle(doc, i);
      if (titled) {
        out.push({
          kind: Label.Project,
          start: tokens[titled.first].start,
          end: t.end,
          name: slice(doc, tokens[titled.first].start, t.end),
          pattern: 'pattern "<Name> (ACRONYM) project"',
          props: {},
          acronym: titled.acronym,
        });
        continue;
      }
      let s = i;
      while (s > 0 && tokens[s - 1].cap && /^[ \t-]*$/.test(gapText(doc, s))) s--;
      while (s < i && ["the", "a", "an", "this", "that"].includes(tokens[s].lower)) s++;
      // the word right after "project", when only spaces part them
      const after = i + 1 < tokens.length && /^[ \t]+$/.test(gapText(doc, i + 1)) ? tokens[i + 1] : undefined;
      // "Good project management …": one word whose capital is only its sentence's, before "project" used as a modifier
      // (a noun of a project's running after it), names nothing
      const modifier = t.text === "project" && !!after && EN_PROJECT_MODIFIED.has(after.text);
      if (s === i - 1 && modifier && /^\p{Lu}\p{Ll}+$/u.test(tokens[s].text) && doc.sentences.some((x) => x.start === tokens[s].start)) continue;
      // "Deputy Project Coordinator", "Senior Project Officer": a post, not a project
      if (after && EN_PROJECT_POSTS.has(after.lower)) continue;
      if (s < i) out.push({ kind: Label.Project, start: tokens[s].start, end: t.end, name: slice(doc, tokens[s].start, t.end), pattern: 'pattern "… Project"', props: {} });
      else out.push({ kind: Label.Project, start: t.start, end: t.end, name: "Project", pattern: 'pattern "the project"', props: {}, ref: true });
      continue;
    }
    // "Dự án hỗ trợ sinh kế cho 120 hộ nghèo …", "dự án nuôi bò sinh sản": named by what it does, up to the clause's end
    if (!number && tokens[j] && !tokens[j].cap && /^[ \t]+$/.test(gapText(doc, j)) && VI_PROJECT_PURPOSE_VERBS.some((v) => phraseAt(doc, j, v))) {
      let last = j;
      while (
        tokens[last + 1] &&
        last < j + 24 &&
        /^[ \t]+$/.test(gapText(doc, last + 1)) &&
        !VI_PROJECT_NAME_STOPS.has(tokens[last + 1].lower) &&
        !(tokens[last + 1].lower === "dự" && tokens[last + 2]?.lower === "án")
      )
        last++;
      if (last > j) {
        out.push({
          kind: Label.Project,
          start: t.start,
          end: tokens[last].end,
          name: capitalize(slice(doc, t.start, tokens[last].end)),
          pattern: 'pattern "dự án <what it does>"',
          props: {},
        });
        continue;
      }
    }
    if (tokens[j]?.cap && /^[ \t]+$/.test(gapText(doc, j)) && t.cap) {
      const ext = extendName(doc, j, { places, max: 14, lower: true, stop: new Set(["tại"]) });
      if (ext.last >= j) {
        out.push({ kind: Label.Project, start: t.start, end: ext.end, name: slice(doc, t.start, ext.end), pattern: 'pattern "Dự án <Name>"', props: {}, number });
        continue;
      }
    }
    // (models2) "Dự án 6: Giảm nghèo về thông tin", "(Dự án 7): Nâng cao năng lực …": the title after a colon is the project's, as
    // curators name it, up to the clause's end
    const titled = number ? PROJECT_TITLE_AFTER.exec(doc.text.slice(tokens[j - 1].end, tokens[j - 1].end + 160)) : null;
    out.push({
      kind: Label.Project,
      start: t.start,
      end: number ? tokens[j - 1].end : tokens[i + 1].end,
      name: number ? `Dự án ${number}${titled ? `: ${titled[1].trim()}` : ""}` : "Dự án",
      pattern: 'pattern "Dự án"',
      props: {},
      ref: number ? undefined : true,
      number,
    });
  }
  return out;
}

/** Small words a title-case English name keeps inside it ("Agriculture for Mekong Communities"). */
const EN_TITLE_INNER = new Set(["for", "of", "and", "in", "to", "on", "the", "&"]);

/**
 * The name before "(ACRONYM)" right before token `i` ("… Mekong Communities (CRAM) project"): capitalised words, with
 * small words between them, at least two capitalised; its first token and the acronym, or undefined.
 */
function bracketedTitle(doc: Doc, i: number): { first: number; acronym: string } | undefined {
  const { tokens } = doc;
  const k = i - 1;
  if (k < 2 || !isAcronym(tokens[k]) || !/^\)[ \t]+$/.test(gapText(doc, i)) || !/^[ \t]*\($/.test(gapText(doc, k))) return undefined;
  let first = k;
  let caps = 0;
  for (let j = k - 1; j >= 0 && k - j <= 14; j--) {
    if (j < k - 1 && !/^[ \t-]+$/.test(gapText(doc, j + 1))) break;
    if (tokens[j].cap) caps++;
    else if (!EN_TITLE_INNER.has(tokens[j].lower)) break;
    first = j;
  }
  while (first < k && (!tokens[first].cap || ["the", "a", "an", "this"].includes(tokens[first].lower))) first++;
  return caps >= 2 && first < k ? { first, acronym: tokens[k].text } : undefined;
}

const categoryOf = (name: string): ModelCategoryName | undefined => {
  const key = ` ${nameKey(name)} `;
  return MODEL_CATEGORY_HINTS.find(([re]) => re.test(key))?.[1];
};

/** Livelihood models: "mô hình …", "<verb> <object>" with lists ("nuôi gà, ong"), "kỹ năng …"; English "… raising", "… model". */
function models(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  const { tokens, text } = doc;
  const out: EntityMention[] = [];
  const placeAt = (pos: number): boolean => places.some((p) => p.start === pos);
  const sentenceOf = (pos: number): string => {
    const sentence = doc.sentences.find((x) => x.start <= pos && pos < x.end);
    return sentence ? text.slice(sentence.start, sentence.end) : "";
  };
  const objectStop = new Set(["của", "cho", "tại", "ở", "với", "và", "thuộc", "trên", "trong", "để", "nhằm", "hiệu", "theo", "từ", "đến", "ra", "giúp"]);
  const lowers = tokens.map((x) => x.lower); // (models10) the words in lower case, for multi-syllable crop names
  /** (models10) How many tokens from j a crop's name of several syllables takes, spaces only between them, or 0. */
  const compoundAt = (j: number): number => {
    const n = models10.viCompoundProductLength(lowers, j);
    return n > 1 && phraseAt(doc, j, lowers.slice(j, j + n)) === n ? n : 0;
  };
  const push = (m: Omit<EntityMention, "kind" | "props"> & { props?: Record<string, unknown> }): void => {
    const category = categoryOf(m.name);
    out.push({ kind: Label.Model, props: category ? { category } : {}, ...m });
  };
  if (doc.lang === "en") {
    for (const [re, category] of EN_MODEL_PHRASES) {
      re.lastIndex = 0;
      const body = text.slice(doc.title.end, doc.bodyEnd);
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const start = doc.title.end + m.index;
        // "value chain actors", "value chain approach": the phrase qualifies another noun, it names no practice
        if (/value chains?$/iu.test(m[0]) && EN_CHAIN_ATTRIBUTIVE.test(body.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
        // a value chain is a model where the sentence develops or supports it ("a project to strengthen … value chains"), not
        // where it is the economy's ("depends on agricultural value chains")
        if (/value chains?$/iu.test(m[0]) && !EN_CHAIN_DEVELOPED.test(sentenceOf(start))) continue;
        // "roads, 73 bridges": the count is a number of the article, not part of the practice
        // a one-word practice ("VAC", "homestays") is named as a model, since a one-word name is no model's (matching drops it)
        // "introduced contract farming", "strengthen the safe … value chains": a verb or article before the practice is not its name
        // (models2) "the district's cinnamon value chain": the possessive's "s" is no word of the practice
        const possessive = /['’]$/u.test(body.slice(Math.max(0, m.index - 1), m.index)) && /^s\s/u.test(m[0]) ? 2 : 0;
        const stripped = m[0].slice(possessive).replace(EN_NOT_MODIFIERS, "");
        if (!stripped.trim()) continue;
        const cut = m[0].length - stripped.length;
        // "cinnamon value chain development (with the private sector)": what the work does with the chain is part of the name
        const chainWork = /value chains?$/iu.test(stripped) ? (EN_CHAIN_WORK.exec(body.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[0] ?? "") : "";
        const said = `${stripped}${chainWork}`.replace(/,?\s+(?:and\s+)?\d+\s+/u, " and ");
        // (models8) "a cinnamon value chain project": a chain the project's name names is kept beside the project
        const chainInName = /value chains?$/iu.test(stripped);
        // "value chains" alone names no chain: the sector after it does ("value chains in the Natural Ingredient sector"), else nothing
        let chain = said;
        if (/^value chains?$/iu.test(said.replace(EN_JUDGING_WORDS, ""))) {
          const sector = EN_CHAIN_SECTOR.exec(body.slice(m.index + m[0].length, m.index + m[0].length + 60));
          if (!sector) continue;
          chain = `${sector[1]} ${said.replace(EN_JUDGING_WORDS, "").toLowerCase()}`;
        }
        const shed = EN_SHED.exec(said);
        const name = /^vouchers?$/iu.test(said)
          ? "Vouchers"
          : /^irrigation /iu.test(said) // "irrigation projects", "irrigation areas": the works, whatever the sentence counts
            ? "Irrigation works"
            : shed // "cow sheds": the animal raised there
              ? capitalize(`${EN_LIVELIHOOD_OBJECTS.get(shed[1].toLowerCase())?.[0] ?? shed[1]} raising`)
              : /\s/.test(said) || !/^(?:VAC|homestays?)$/iu.test(said)
                ? capitalize(squash(chain))
                : `${said.length <= 4 ? said : capitalize(said.replace(/s$/, ""))} model`;
        out.push({
          kind: Label.Model,
          start: start + Math.max(0, cut),
          end: start + m[0].length + chainWork.length,
          name,
          pattern: `phrase "${re.source.replace(/\\b/g, "")}"`,
          props: { category },
          ...(chainInName ? { inName: true } : {}),
        });
      }
    }
    // (models2) models named by the work, where the sentence (or the list item) speaks of the work
    for (const [re, category] of EN_WORK_MODEL_PHRASES) {
      re.lastIndex = 0;
      const body = text.slice(doc.title.end, doc.bodyEnd);
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const start = doc.title.end + m.index;
        const item = sentenceOf(start).split(/[;:•\n]/u);
        const heading = /(?:^|\n)[ \t]*(?:[-•*+–][ \t]*|\d+[.)][ \t]*)?$/u.test(text.slice(Math.max(0, start - 20), start));
        // an item of a list ("Key activities: start-up support …; promotion of …") starts with the phrase
        const listItem = item.length > 1 && item.some((x) => x.trim().toLowerCase().startsWith(m![0].toLowerCase()) && x.trim().length < 120);
        if (!heading && !listItem && !EN_WORK_MODEL_CUES.test(sentenceOf(start))) continue;
        // "sustainable coffee production": only a crop or animal of the lexicon, or none ("sustainable production")
        const produced = /^\S+ (\S+) production$/iu.exec(m[0]);
        if (produced && !EN_LIVELIHOOD_OBJECTS.has(produced[1].toLowerCase())) continue;
        // a one-word name is no model's (matching drops it): bare "e-commerce" is selling by it
        const name = /^e-commerce$/iu.test(m[0]) ? "E-commerce sales" : capitalize(squash(m[0]).toLowerCase());
        out.push({ kind: Label.Model, start, end: start + m[0].length, name, pattern: "a model named by the work", props: { category } });
      }
    }
    // what is handed over: "received over 2,400 free Tay Bac cardamom plants" → "Tay Bac cardamom growing"
    for (let i = 0; i < tokens.length; i++) {
      if (!EN_HANDOVER_VERBS.has(tokens[i].lower) || tokens[i].start < doc.title.end) continue;
      // "Tet gifts", "relief food": what is given to eat is no livelihood, unless the sentence speaks of raising it
      const given = sentenceOf(tokens[i].start);
      if (EN_GIFT_CUES.test(given) && !EN_LIVELIHOOD_CUES.test(given)) continue;
      // the list after the verb too: "handed over 30 breeding cows, 50 goats and 200 chickens" (one model each)
      for (let k = i + 1, seen = 0; k < Math.min(tokens.length, i + 16); k++) {
        if (/[.;:]/.test(gapText(doc, k)) || (seen && ["to", "for", "in", "at", "from", "by", "under", "with"].includes(tokens[k].lower))) break;
        const object = EN_LIVELIHOOD_OBJECTS.get(tokens[k].lower);
        if (!object) continue;
        // a crop handed over is planted only as plants, seedlings or seed ("2,000 coffee seedlings"); "10 tonnes of rice" is food
        if (object[2] === "CROP" && !EN_PLANTING_MATERIAL.test(tokens[k + 1]?.lower ?? "")) continue;
        seen++;
        let s = k;
        while (s > i + 1 && tokens[s - 1].cap && !/[,;.]/.test(gapText(doc, s))) s--;
        const proper = tokens.slice(s, k).map((x) => x.text);
        const [name, practice, category] = object;
        const full = [...proper, name, practice].join(" ");
        push({ start: tokens[s].start, end: tokens[k].end, name: capitalize(full), pattern: `"${tokens[i].text}" and what is handed over`, props: { category } });
      }
    }
    // the stock first, the giving after: "30 goats were handed over to …", "2,000 coffee seedlings have been distributed"
    for (let k = 1; k < tokens.length; k++) {
      const object = EN_LIVELIHOOD_OBJECTS.get(tokens[k].lower);
      if (
        !object ||
        tokens[k].start < doc.title.end ||
        !(tokens[k - 1].digit || EN_QUANTITY_WORDS.has(tokens[k - 1].lower) || EN_COUNT_WORDS.test(tokens[k - 1].lower) || tokens[k - 1].lower === "breeding")
      )
        continue;
      const planted = object[2] === "CROP" ? EN_PLANTING_MATERIAL.test(tokens[k + 1]?.lower ?? "") : true;
      const stockEnd = object[2] === "CROP" ? (tokens[k + 1]?.end ?? tokens[k].end) : tokens[k].end;
      if (!planted || !EN_GIVEN_AFTER.test(text.slice(stockEnd, stockEnd + 40))) continue;
      const given = sentenceOf(tokens[k].start);
      if (EN_GIFT_CUES.test(given) && !EN_LIVELIHOOD_CUES.test(given)) continue;
      push({
        start: tokens[k].start,
        end: tokens[k].end,
        name: capitalize(`${object[0]} ${object[1]}`),
        pattern: "what is handed over (the stock first)",
        props: { category: object[2] },
      });
    }
    /**
     * "<verb> <animal or plant of the lexicon>" at token i, and "under contract" after it (the contract is part of the
     * practice: "growing ginger under contract"): the model's mention, and the contract's words ("" when none).
     */
    const verbAndObject = (i: number, object: EnObject): { contract: string; mention: Parameters<typeof push>[0] } => {
      const contract = EN_UNDER_CONTRACT.exec(text.slice(tokens[i + 1].end, tokens[i + 1].end + 40))?.[0] ?? "";
      return {
        contract,
        mention: {
          start: tokens[i].start,
          end: tokens[i + 1].end + contract.length,
          name: capitalize(`${object[0]} ${object[1]}${squash(contract) ? ` ${squash(contract)}` : ""}`),
          pattern: `pattern "${tokens[i].lower} <animal or plant>"`,
          props: { category: object[2] },
        },
      };
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // "households grow tea under contract", "they raise goats": a finite verb before an animal or plant of the lexicon
      // (models8) "raise black pigs": a word of the animal's kind between the verb and the animal names it ("Black pig raising")
      const kindWord = models8.EN_KIND_WORDS.has(tokens[i + 1]?.lower ?? "") && EN_LIVELIHOOD_OBJECTS.get(tokens[i + 2]?.lower ?? "")?.[2] === "LIVESTOCK" ? 1 : 0;
      const grown = EN_LIVELIHOOD_OBJECTS.get(tokens[i + 1 + kindWord]?.lower ?? "");
      if (EN_FINITE_MODEL_VERBS.has(t.lower) && grown && !tokens[i + 1].cap && /^[ \t]+$/.test(gapText(doc, i + 1)) && t.start >= doc.title.end) {
        const run = kindWord
          ? {
              contract: "",
              mention: {
                start: t.start,
                end: tokens[i + 2].end,
                name: capitalize(`${tokens[i + 1].lower} ${grown[0]} ${grown[1]}`),
                pattern: `pattern "${t.lower} <kind> <animal>"`,
                props: { category: grown[2] },
              },
            }
          : verbAndObject(i, grown);
        // "farmers in the district grow rice, maize and cassava": what a place grows is no model; the work must be in the sentence
        if (!run.contract && !EN_WORK_CUES.test(sentenceOf(t.start))) continue;
        push(run.mention);
        continue;
      }
      if (EN_MODEL_VERBS.includes(t.lower) || t.lower === "beekeeping") {
        if (t.lower === "beekeeping") {
          push({ start: t.start, end: t.end, name: "Beekeeping", pattern: 'word "beekeeping"' });
          continue;
        }
        // "breeding cows", "fattening pigs": an adjective of the animal, raised as its model ("Cow raising")
        const animal = EN_LIVELIHOOD_OBJECTS.get(tokens[i + 1]?.lower ?? "");
        if (animal && /^[ \t]+$/.test(gapText(doc, i + 1))) {
          push(verbAndObject(i, animal).mention);
          continue;
        }
        // "<object> raising" (1-2 words before, lower case or hyphenated; no number), else "raising <object>"
        let s = i;
        while (
          s > i - 2 &&
          s > 0 &&
          (!tokens[s - 1].cap ||
            (EN_LIVELIHOOD_OBJECTS.has(tokens[s - 1].lower) && gapText(doc, s) === "-") ||
            ((EN_LIVELIHOOD_OBJECTS.has(tokens[s - 1].lower) || EN_LIVELIHOOD_OBJECTS.has(`${tokens[s - 1].lower}s`)) &&
              doc.sentences.some((x) => x.start === tokens[s - 1].start))) && // "Pig-rearing", (models8) "Duck farming" opening a sentence
          !tokens[s - 1].digit &&
          !EN_QUANTITY_WORDS.has(tokens[s - 1].lower) &&
          !/(?:ing|ly|ive|ed)$/.test(tokens[s - 1].lower) && // "strengthening safe farming", "extensive awareness raising": not the object
          !EN_STOP_WORDS.has(tokens[s - 1].lower) &&
          !EN_NOT_OBJECTS.has(tokens[s - 1].lower) &&
          /^[ \t-]+$/.test(gapText(doc, s))
        )
          s--;
        // (models8) "climate-smart rice cultivation": a hyphened word before the object is one word of it
        if (s < i && s > 0 && gapText(doc, s) === "-" && !tokens[s - 1].cap && !tokens[s - 1].digit) s--;
        // "growing ginger under contract": the contract is part of the practice
        const underContract = (at: number): number => EN_UNDER_CONTRACT.exec(text.slice(at, at + 40))?.[0].length ?? 0;
        if (s < i) {
          // "rice farming", "safe vegetable farming": an animal or plant of the lexicon, or a way of farming ("organic farming");
          // never what only looks like one ("subsistence farming", "awareness raising")
          const objects = tokens.slice(s, i).map((x) => x.lower);
          if (!objects.some((w) => EN_LIVELIHOOD_OBJECTS.has(w) || EN_LIVELIHOOD_OBJECTS.has(`${w}s`) || EN_FARMING_WAYS.has(w))) continue;
          // (models2) "known for its coffee growing", "the region's coffee growing history": what a place is known for, or a
          // practice qualifying another noun, is no livelihood households run, unless the sentence speaks of the work
          const describes =
            /(?:known for|famous for|renowned for|its|their|['’]s)[ \t]+$/iu.test(text.slice(Math.max(0, tokens[s].start - 20), tokens[s].start)) ||
            EN_PRACTICE_QUALIFIES.test(text.slice(t.end, t.end + 20));
          if (describes && !EN_WORK_CUES.test(sentenceOf(t.start))) continue;
          const end = t.end + underContract(t.end);
          // "goat-raising" is "Goat raising"
          const named = models8.unhyphenObject(
            capitalize(
              slice(doc, tokens[s].start, end)
                .replace(/-(?=(?:raising|rearing|farming|growing|keeping|fattening|breeding)\b)/iu, " ")
                .toLowerCase(),
            ),
            (w) => EN_LIVELIHOOD_OBJECTS.has(w),
          );
          // (models10) "the village's goat-raising group": the owner before a possessive is no word of the practice
          const owner = models10.enPossessiveHead(named);
          if (owner) {
            const rest = named.slice(owner);
            if (!EN_LIVELIHOOD_OBJECTS.has(rest.split(" ")[0].toLowerCase()) && !EN_FARMING_WAYS.has(rest.split(" ")[0].toLowerCase())) continue;
            push({ start: tokens[s].start + owner, end, name: capitalize(rest), pattern: `pattern "… ${t.lower}"` });
            continue;
          }
          push({ start: tokens[s].start, end, name: named, pattern: `pattern "… ${t.lower}"` });
          continue;
        }
        const n = tokens[i + 1];
        // "raising goats": only an animal or plant of the lexicon ("raising activities", "growing demand" are no models)
        if (n && !n.cap && EN_LIVELIHOOD_OBJECTS.has(n.lower) && /^[ \t]+$/.test(gapText(doc, i + 1))) {
          const contract = underContract(n.end);
          const name = contract ? `${EN_LIVELIHOOD_OBJECTS.get(n.lower)![0]} ${t.lower}${text.slice(n.end, n.end + contract)}` : slice(doc, t.start, n.end);
          push({ start: t.start, end: n.end + contract, name: capitalize(squash(name)), pattern: `pattern "${t.lower} …"` });
        }
      } else if (["production", "plantation", "plantations", "cultivators", "farms"].includes(t.lower) && i > 0 && /^[ \t]+$/.test(gapText(doc, i))) {
        // "rubber plantations", "vegetable production": the practice of an animal or plant of the lexicon (not "agricultural production")
        const object = EN_LIVELIHOOD_OBJECTS.get(tokens[i - 1].lower);
        if (object && !tokens[i - 1].cap)
          push({
            start: tokens[i - 1].start,
            end: t.end,
            name: capitalize(`${object[0]} ${object[1]}`),
            pattern: `pattern "<animal or plant> ${t.lower}"`,
            props: { category: object[2] },
          });
      } else if (t.lower === "model" || t.lower === "models") {
        let s = i;
        while (
          s > i - 3 &&
          s > 0 &&
          !tokens[s - 1].cap &&
          ![
            "a",
            "the",
            "and",
            "of",
            "in",
            "on",
            "for",
            "to",
            "with",
            "this",
            "that",
            "these",
            "its",
            "their",
            "new",
            "successful",
            "effective",
            "livelihood",
            "production",
          ].includes(tokens[s - 1].lower) &&
          models10.enMayPrecedeModel(tokens[s - 1].lower) && // (models10) "leave behind models", "scale up models"
          /^[ \t-]+$/.test(gapText(doc, s))
        )
          s--;
        if (s < i)
          push({
            start: tokens[s].start,
            end: t.end,
            name: capitalize(slice(doc, tokens[s].start, tokens[i - 1].end).replace(/-(?=(?:raising|rearing|farming|growing|keeping|fattening|breeding)\b)/iu, " ")),
            pattern: 'pattern "… model"',
            quote: { start: tokens[s].start, end: t.end },
          });
      }
    }
    // (models6) "parent groups to share child care knowledge", "contract farming (model) … to produce artichoke": the purpose or
    // the product after the practice is part of its name; raising awareness is named with its topic or purpose (purposes.rules.ts)
    for (const m of out) {
      const rest = text.slice(m.end, Math.min(doc.bodyEnd, m.end + 200));
      const product = /^contract farming$/iu.test(m.name) ? contractFarmingProduct(rest) : undefined;
      const purpose = /(?:groups?|clubs?)$/iu.test(m.name) ? groupPurpose(rest) : undefined;
      if (product) m.name = `${capitalize(product)} contract farming`;
      else if (purpose) m.name = `${m.name}${purpose}`;
      // (models8) "microcredit groups", "vocational training linked to jobs", "ginseng growing under forest canopy" (models.rules.ts)
      const tail = models8.enPracticeTail(m.name, rest);
      if (tail) [m.name, m.end] = [`${m.name} ${squash(tail).toLowerCase()}`, m.end + tail.length];
    }
    // (models8) village veterinarians, climate-smart crops, a value chain for a product, a crop grown under the forest canopy
    const cropName = (w: string): string | undefined => EN_LIVELIHOOD_OBJECTS.get(w)?.[0];
    for (const a of [
      ...models8.enPracticePhrases(text, doc.title.end, doc.bodyEnd, (w) => EN_LIVELIHOOD_OBJECTS.has(w)),
      ...models8.enChainOfProduct(text, doc.title.end, doc.bodyEnd, cropName).filter((a) => EN_CHAIN_DEVELOPED.test(sentenceOf(a.start))),
      ...models8.enUnderCanopy(text, doc.title.end, doc.bodyEnd, cropName),
    ])
      if (!out.some((o) => o.start < a.end && a.start < o.end)) push({ start: a.start, end: a.end, name: a.name, pattern: a.pattern });
    for (const a of [...enAwareness(text, doc.title.end, doc.bodyEnd), ...financialManagement(text, doc.title.end, doc.bodyEnd, "en")])
      if (!out.some((o) => o.start < a.end && a.start < o.end)) push({ start: a.start, end: a.end, name: a.name, pattern: a.pattern });
    return sameEnglishModel(dedupe(out.filter((m) => !EN_COMPARED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))));
  }
  // "Ngân hàng bò": an animal bank is a model (a herd passed on), not a bank
  for (const m of text.slice(0, doc.bodyEnd).matchAll(/Ngân hàng (bò|trâu|dê|lợn|heo)(?![\p{L}])/giu)) {
    if (m.index < doc.title.end) continue;
    push({
      start: m.index,
      end: m.index + m[0].length,
      name: `Ngân hàng ${m[1].toLowerCase()}`,
      pattern: 'pattern "Ngân hàng <animal>"',
      props: { category: "LIVESTOCK" },
      inName: true,
    });
  }
  const body = text.slice(0, doc.bodyEnd);
  /** The body's words folded, to count how often an animal or plant is raised (made once, when first needed). */
  let bodyKey: string | undefined;
  const coopObjects = new Map<number, string>();
  // what a cooperative or a production unit makes: "Hợp tác xã hàu lồng" → Nuôi hàu lồng, "HTX Nông nghiệp Mãng cầu gai" → Trồng mãng
  // cầu gai, "cơ sở sản xuất tôm khô" → Sản xuất tôm khô (the object an animal or plant of the lexicon)
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < doc.title.end) continue;
    const head = [["hợp", "tác", "xã"], ["htx"], ["tổ", "hợp", "tác"], ["cơ", "sở", "sản", "xuất"]].map((h) => ({ h, n: phraseAt(doc, i, h) })).find((x) => x.n > 0);
    if (!head) continue;
    let k = i + head.n;
    while (tokens[k] && /^(nông|nghiệp|dịch|vụ|chăn|nuôi|trồng|trọt)$/iu.test(tokens[k].lower) && /^[ \t]+$/.test(gapText(doc, k))) k++;
    const object = tokens[k];
    if (!object || !/^[ \t]+$/.test(gapText(doc, k)) || placeAt(object.start)) continue;
    const kind = VI_LIVELIHOOD_OBJECTS.get(object.lower);
    if (!kind || VI_NOT_LIVELIHOOD_AFTER[object.lower]?.test(tokens[k + 1]?.lower ?? "")) continue;
    let last = k;
    while (
      last < k + 3 &&
      tokens[last + 1] &&
      /^[ \t]+$/.test(gapText(doc, last + 1)) &&
      !placeAt(tokens[last + 1].start) &&
      !tokens[last + 1].cap && // "HTX Chè sạch Đông Trường": the capitalised words after the product name the place
      !objectStop.has(tokens[last + 1].lower) &&
      !VI_UNIT_WORDS.has(tokens[last + 1].lower) &&
      !tokens[last + 1].digit
    )
      last++;
    const verb = head.h[0] === "cơ" ? "Sản xuất" : kind[0];
    const objectText = slice(doc, object.start, tokens[last].end).toLowerCase();
    coopObjects.set(out.length, nameKey(objectText));
    push({
      start: object.start,
      end: tokens[last].end,
      name: `${verb} ${objectText}`,
      pattern: `what a cooperative makes ("${slice(doc, tokens[i].start, tokens[last].end)}")`,
      props: { category: kind[1] },
      inName: true,
    });
    i = last;
  }
  // "phát triển chuỗi giá trị mây/lùng", "chuỗi giá trị lúa gạo": a value chain of a product is a model (the bare phrase is matched as the known one)
  for (const m of body.matchAll(
    /(?:(?:phát triển|xây dựng|liên kết)\s+)?chuỗi giá trị\s+((?:(?!cho|của|tại|ở|và|với|theo|nhằm|trong|để|bền|(?:giúp|góp|tăng|mang|đã|được|là|có|sẽ|đang|tạo)(?![\p{L}]))[\p{Ll}]+(?:\/[\p{Ll}]+)?\s?){1,3})/giu,
  )) {
    if (m.index < doc.title.end) continue;
    const name = squash(m[0]);
    if (/^(?:chuỗi giá trị\s+)?(?:nông sản|sản phẩm|hàng hóa|hàng hoá)$/iu.test(name)) continue;
    // a chain of a product ("quế", "mây/lùng", "dược liệu"), or one a project develops ("phát triển chuỗi giá trị lúa gạo");
    // never a chain of produce in general ("chuỗi giá trị nông sản gắn với …", "tham gia chuỗi giá trị sản phẩm chủ lực")
    const first = m[1].trim().split(/\s+/)[0].toLowerCase();
    const product = first.includes("/") || (VI_LIVELIHOOD_OBJECTS.has(first) && !VI_NOT_LIVELIHOOD_AFTER[first]?.test(m[1].trim().split(/\s+/)[1]?.toLowerCase() ?? ""));
    if (!product && (VI_GENERIC_CHAIN_WORDS.has(first) || !/^(?:phát triển|xây dựng)/iu.test(name))) continue;
    push({ start: m.index, end: m.index + name.length, name: capitalize(name), pattern: 'pattern "chuỗi giá trị <product>"', props: { category: "MARKET_ACCESS" }, inName: true });
  }
  // infrastructure a project builds: "hạ tầng cấp nước", "cơ sở hạ tầng của trạm y tế" (up to the end of the clause)
  for (const m of body.matchAll(/(?:cơ sở\s+)?hạ tầng\s+((?:[\p{L}\p{M}/]+[ \t]?){1,8})/giu)) {
    if (m.index < doc.title.end) continue;
    const name = squash(m[0]).replace(/\s+(?:cho|tại|ở|nhằm|để|đã|được|là|đang|sẽ|với)(?:\s.*)?$/iu, "");
    if (name.split(/\s+/).length < 3 || /^(?:cơ sở\s+)?hạ tầng\s+(?:cơ sở|thiết yếu|kỹ thuật|kinh tế|xã hội)\b/iu.test(name)) continue;
    push({ start: m.index, end: m.index + name.length, name: capitalize(name), pattern: 'pattern "(cơ sở) hạ tầng …"', props: { category: "INFRASTRUCTURE" } });
  }
  // what is handed over: "cấp phát bò cái lai giống sinh sản", "trao tặng 36 con bò giống", "hỗ trợ 3.320 cây sâm Ngọc Linh",
  // and the list after it: "trao 30 con bò sinh sản, 50 con dê giống và 2.000 cây quế" (each item its own model)
  const objectItem = (at: number): { object: number; last: number } | undefined => {
    let k = at;
    while (tokens[k]?.digit || models8.VI_COUNT_WORDS.has(tokens[k]?.lower ?? "")) k++; // "6.000" is two digit words; (models8) "hai mươi"
    const weighed = WEIGHT_UNITS.has(tokens[k]?.lower ?? "");
    if (["con", "cây", "cặp", "đôi", "tấn", "kg", "gói", "bầu", "củ"].includes(tokens[k]?.lower ?? "") && tokens[k + 1] && VI_LIVELIHOOD_OBJECTS.has(tokens[k + 1].lower)) k++;
    else if (["con", "cây", "cặp", "đôi"].includes(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.lower === "giống" && tokens[k + 1] && VI_LIVELIHOOD_OBJECTS.has(tokens[k + 1].lower)) k++; // "giống bò"
    const object = tokens[k];
    if (!object || object.cap || !VI_LIVELIHOOD_OBJECTS.has(object.lower)) return undefined;
    const not = VI_NOT_LIVELIHOOD_AFTER[object.lower];
    if (not?.test(tokens[k + 1] && /^[ \t]+$/.test(gapText(doc, k + 1)) ? tokens[k + 1].lower : "")) return undefined;
    let last = k;
    while (
      tokens[last + 1] &&
      /^[ \t]+$/.test(gapText(doc, last + 1)) &&
      last < k + 5 &&
      (VI_LIVELIHOOD_QUALIFIERS.has(tokens[last + 1].lower) ||
        (tokens[last + 1].cap && !placeAt(tokens[last + 1].start) && isForeignWord(tokens[last + 1])) ||
        (tokens[last + 1].cap && object.lower === "sâm"))
    )
      last++;
    while (last > k && tokens[last].lower === "con") last--;
    // "5 tấn lúa", "200 kg cá": food handed over by weight, not stock to raise or plant ("2 tấn lúa giống" is)
    if (weighed && !tokens.slice(k + 1, last + 1).some((x) => x.lower === "giống")) return undefined;
    return { object: k, last };
  };
  // a gift for a holiday or relief ("quà Tết gồm gạo, gà"): no livelihood, unless the sentence speaks of raising or of stock
  const giftOnly = (pos: number): boolean => VI_GIFT_CUES.test(sentenceOf(pos)) && !VI_LIVELIHOOD_CUES.test(sentenceOf(pos));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < doc.title.end) continue;
    const verb = VI_HANDOVER_VERBS.map((v) => phraseAt(doc, i, v)).find((n) => n > 0);
    if (!verb) continue;
    let item = objectItem(i + verb);
    // the receivers first: "hỗ trợ mỗi hộ nghèo 2 con bò", "trao cho 20 hộ nghèo 40 con dê giống"
    for (let j = i + verb + 1, receivers = false; !item && j < Math.min(tokens.length, i + verb + 9); j++) {
      if (/[.;:!?()]/u.test(gapText(doc, j))) break;
      receivers ||= VI_RECEIVER_WORDS.has(tokens[j - 1].lower);
      if (receivers && tokens[j].digit && !tokens[j - 1].digit) item = objectItem(j);
    }
    if (item && giftOnly(tokens[i].start)) item = undefined;
    let quoteStart = tokens[i].start;
    const verbText = slice(doc, tokens[i].start, tokens[i + verb - 1].end);
    while (item) {
      const { object: k, last } = item;
      const object = tokens[k];
      const kind = VI_LIVELIHOOD_OBJECTS.get(object.lower)!;
      // "gà giống", "bò giống": the stock handed over, raised as the animal's model ("Nuôi gà"); "bò cái lai giống" keeps its breed word
      const named = last > k && tokens[last].lower === "giống" && tokens[last - 1].lower !== "lai" ? last - 1 : last;
      const objectText = slice(doc, object.start, tokens[named].end);
      push({
        start: object.start,
        end: tokens[last].end,
        name: `${kind[0]} ${objectText}`,
        pattern: `what is handed over ("${verbText} … ${objectText}")`,
        props: { category: kind[1] },
        quote: { start: quoteStart, end: tokens[last].end },
        inName: true, // (models8) "dự án hỗ trợ con giống bò cho …": stock a project's name hands over is still its model
      });
      i = last;
      // the next item of the list: ", 50 con dê", " và 2.000 cây quế", " cùng …"
      const sep = tokens[last + 1] ? gapText(doc, last + 1) : "";
      const next = /^[ \t]*,[ \t]*$/.test(sep) ? last + 1 : /^[ \t]+$/.test(sep) && /^(và|cùng)$/.test(tokens[last + 1].lower) ? last + 2 : -1;
      item = next > 0 ? objectItem(next) : undefined;
      quoteStart = tokens[Math.min(next > 0 ? next : last, tokens.length - 1)].start;
    }
  }
  // the stock first, the giving after: "20 con bò giống đã được trao cho các hộ nghèo"
  for (let j = 0; j < tokens.length; j++) {
    // (models8) a count in words too: "Hai mươi con bò giống đã được trao …"
    const counted = tokens[j].digit ? !tokens[j - 1]?.digit : models8.VI_COUNT_WORDS.has(tokens[j].lower);
    if (tokens[j].start < doc.title.end || !counted || !["con", "cây"].includes(tokens[j + 1]?.lower ?? "")) continue;
    const item = objectItem(j);
    if (!item || giftOnly(tokens[j].start)) continue;
    const given = VI_GIVEN_AFTER.exec(text.slice(tokens[item.last].end, tokens[item.last].end + 50));
    if (!given) continue;
    const object = tokens[item.object];
    const kind = VI_LIVELIHOOD_OBJECTS.get(object.lower)!;
    const named = item.last > item.object && tokens[item.last].lower === "giống" && tokens[item.last - 1].lower !== "lai" ? item.last - 1 : item.last;
    const objectText = slice(doc, object.start, tokens[named].end);
    push({
      start: object.start,
      end: tokens[item.last].end,
      name: `${kind[0]} ${objectText}`,
      pattern: `what is handed over ("… ${objectText} ${squash(given[0])}")`,
      props: { category: kind[1] },
      quote: { start: tokens[j].start, end: tokens[item.last].end + given[0].length },
    });
    j = item.last;
  }
  for (const [re, name, category] of KNOWN_MODEL_PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text.slice(0, doc.bodyEnd)); m; m = re.exec(text.slice(0, doc.bodyEnd))) {
      out.push({ kind: Label.Model, start: m.index, end: m.index + m[0].length, name, pattern: `the phrase "${m[0]}"`, props: { category } });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // mô hình <tail>
    if (phraseAt(doc, i, ["mô", "hình"])) {
      const ext = extendName(doc, i + 2, {
        places,
        max: 10,
        lower: true,
        placeEnds: true,
        allow: new Set(["theo"]),
        // (models10) "mô hình nuôi gà thả vườn rất hiệu quả": a degree or negation word starts the predicate
        stop: new Set([...[...objectStop].filter((w) => w !== "theo"), ...VI_UNIT_WORDS, "hiệu", "giảm", "kinh", "sinh", "ra", "giúp", "mang", ...models10.VI_JUDGEMENT_AFTER]),
      });
      // "… và chế biến …", "liên kết sản xuất và tiêu thụ lúa": a second verb of the same model
      const andVerb = (k: number): boolean =>
        tokens[k]?.lower === "và" &&
        (VI_MODEL_VERBS.some((v) => phraseAt(doc, k + 1, v)) || phraseAt(doc, k + 1, ["tiêu", "thụ"]) > 0 || phraseAt(doc, k + 1, ["bao", "tiêu"]) > 0);
      let last = ext.last;
      // "mô hình nuôi bò sinh sản": "sinh" stops a tail before "sinh kế", not before "sinh sản"
      while (tokens[last + 2] && tokens[last + 1].lower === "sinh" && tokens[last + 2].lower === "sản" && /^[ \t]+$/.test(gapText(doc, last + 1)) && last >= i + 2) last += 2;
      if (andVerb(last + 1)) last = extendName(doc, last + 2, { places, max: 6, lower: true, placeEnds: true, stop: new Set([...objectStop, ...VI_UNIT_WORDS]) }).last;
      // (models2) "mô hình tuyên truyền phòng chống tảo hôn và hôn nhân cận huyết thống": a second object joined by "và" is part of
      // the name when the phrase after it runs to the clause's end (or a place, "của", "do" …) with no verb or time word inside
      else if (last >= i + 3 && tokens[last + 1]?.lower === "và" && /^[ \t]+$/.test(gapText(doc, last + 1)) && /^[ \t]+$/.test(gapText(doc, last + 2) ?? "")) {
        const more = extendName(doc, last + 2, { places, max: 6, lower: true, placeEnds: true, stop: new Set([...objectStop, ...VI_UNIT_WORDS, ...VI_AND_NOT_OBJECT]) });
        const after = tokens[more.last + 1];
        const closes = !after || !/^[ \t]+$/.test(gapText(doc, more.last + 1)) || VI_MODEL_NAME_CLOSERS.has(after.lower) || placeAt(after.start);
        if (more.last >= last + 2 && closes && !tokens.slice(last + 2, more.last + 1).some((x) => VI_AND_NOT_OBJECT.has(x.lower) || x.digit || x.cap)) last = more.last;
      }
      if (last < i + 2) continue;
      // (models10) "mô hình phù hợp", "mô hình chưa duy trì được": a predicate after "mô hình" names no model
      if (models10.viPredicateAfterModel(tokens.slice(i + 2, i + 4).map((x) => x.lower))) {
        i = last;
        continue;
      }
      // (models10) "mô hình trồng sa nhân tím dưới tán rừng": a crop's name of several syllables is kept whole, and the tail goes on
      for (let j = i + 2; j <= last; j++) {
        const n = compoundAt(j);
        if (n && j + n - 1 > last) {
          last = j + n - 1;
          const more = extendName(doc, last + 1, {
            places,
            max: 6,
            lower: true,
            placeEnds: true,
            allow: new Set(["theo"]),
            stop: new Set([...[...objectStop].filter((w) => w !== "theo"), ...VI_UNIT_WORDS, ...VI_STOP_WORDS]),
          });
          if (more.last > last) last = more.last;
          break;
        }
      }
      let tailEnd = tokens[last].end;
      // "Chè sạch", "Dâu – Tằm Chư Sê": a capitalised object goes on
      const tail = slice(doc, tokens[i + 2].start, tailEnd);
      if (GENERIC_MODEL_TAILS.has(nameKey(tail)) || placeAt(tokens[i + 2].start)) continue;
      // "mô hình chính quyền hai cấp", "mô hình tổ chức bộ máy": a template of government or organisation, no livelihood
      if (VI_TEMPLATE_TAILS.test(nameKey(tail)) || VI_NOT_MODEL_TAIL_FIRST.has(tokens[i + 2].lower)) {
        i = last;
        continue;
      }
      while (tailEnd > tokens[i + 2].start && /[,.;:]$/.test(text.slice(tailEnd - 1, tailEnd))) tailEnd--;
      push({ start: t.start, end: tailEnd, name: capitalize(slice(doc, tokens[i + 2].start, tailEnd)), pattern: 'pattern "mô hình …"', quote: { start: t.start, end: tailEnd } });
      i = last;
      continue;
    }
    // kỹ năng <tail>
    if (phraseAt(doc, i, ["kỹ", "năng"]) || phraseAt(doc, i, ["kĩ", "năng"])) {
      const ext = extendName(doc, i + 2, { places, max: 8, lower: true, stop: objectStop });
      if (ext.last < i + 2) continue;
      if (/^(tổ|nâng|thực|làm)$/.test(tokens[i + 2].lower)) continue;
      // skills taught to officials ("kỹ năng giao tiếp cho cán bộ xã") are a training topic, not a way of making a living
      if (VI_FOR_OFFICIALS.test(sentenceOf(t.start)) && !VI_LIVELIHOOD_SKILL.test(slice(doc, t.start, ext.end))) continue;
      push({ start: t.start, end: ext.end, name: capitalize(slice(doc, t.start, ext.end)), pattern: 'pattern "kỹ năng …"', props: { category: "SKILLS" } });
      i = ext.last;
      continue;
    }
    // <verb> <object>, and the list after it: "nuôi gà, ong, trồng lạc, đậu tương"
    const verb = VI_MODEL_VERBS.find((v) => phraseAt(doc, i, v));
    if (!verb) continue;
    const objectAt = (k: number, max: number): number => {
      let last = k - 1;
      let extra = 0; // (models10) the later syllables of a crop's name do not count against `max`
      for (let j = k; j < tokens.length && j < k + max + extra; j++) {
        if (j > k) {
          const g = gapText(doc, j);
          if (!/^[ \t]+$/.test(g) && !(/^[ \t]*[-–][ \t]*$/.test(g) && tokens[j].cap)) break;
        }
        const w = tokens[j];
        if (objectStop.has(w.lower) || VI_STOP_WORDS.has(w.lower) || placeAt(w.start) || w.digit) break;
        if (j > k && models8.VI_OBJECT_END_WORDS.has(w.lower)) break; // (models8) "trồng quế hữu cơ rộng hơn 200 ha"
        if (VI_MODEL_VERBS.some((v) => phraseAt(doc, j, v)) && j > k) break;
        if (j === k && VI_NOT_MODEL_OBJECTS.has(w.lower)) break;
        // (models10) "sấy lên", "sấy dẻo", "chế biến hỗ trợ", "sấy vùng …": no product noun after the verb
        if (j === k && models10.VI_NOT_PRODUCT_FIRST.has(w.lower)) break;
        // (models10) "trồng sa nhân tím": a crop's name of several syllables is one object
        const compound = compoundAt(j);
        if (compound) {
          extra += compound - 1;
          last = j + compound - 1;
          j = last;
          continue;
        }
        // (models10) "nuôi dê không khó": the object ends before a negation or degree word
        if (j > k && (models10.VI_JUDGEMENT_AFTER.has(w.lower) || models10.VI_TRADE_AFTER.has(w.lower))) break;
        if (w.cap && j === k && !/^(Chè|Dâu)/.test(w.text)) break;
        last = j;
      }
      return last;
    };
    const k0 = i + verb.length;
    if (!tokens[k0] || !/^[ \t]+$/.test(gapText(doc, k0))) continue;
    const last = objectAt(k0, 4);
    if (last < k0) continue;
    // (models10) "Nuôi dê không khó, …": the practice judged in a clause (a quote, a comment) is no model's name here
    if (tokens[last + 1] && /^[ \t]+$/.test(gapText(doc, last + 1)) && models10.VI_JUDGEMENT_AFTER.has(tokens[last + 1].lower)) {
      i = last;
      continue;
    }
    // (models10) "máy sấy nông sản", "thiết bị chế biến chè": a machine's or a plant's work is no household's practice
    if (/(?<![\p{L}])(?:máy|thiết bị|lò|dây chuyền|công suất)[ \t]+$/iu.test(text.slice(Math.max(0, t.start - 20), t.start))) {
      i = last;
      continue;
    }
    const verbText = slice(doc, t.start, tokens[i + verb.length - 1].end);
    // "chăn nuôi gia cầm (vịt thương phẩm)": a kind of livestock or crop narrowed in parentheses to one animal or plant is that one
    const narrowed = /^[ \t]*\([ \t]*$/.test(tokens[last + 1] ? gapText(doc, last + 1) : "") ? last + 1 : -1;
    if (narrowed > 0 && GENERIC_LIVELIHOODS.has(nameKey(slice(doc, tokens[k0].start, tokens[last].end))) && VI_LIVELIHOOD_OBJECTS.has(tokens[narrowed].lower)) {
      let end = narrowed;
      while (tokens[end + 1] && /^[ \t]+$/.test(gapText(doc, end + 1)) && VI_LIVELIHOOD_QUALIFIERS.has(tokens[end + 1].lower) && end < narrowed + 3) end++;
      push({
        start: t.start,
        end: tokens[end].end,
        name: capitalize(`${verbText} ${slice(doc, tokens[narrowed].start, tokens[end].end)}`.toLowerCase()),
        pattern: `pattern "${verb.join(" ")} <kind> (<animal or plant>)"`,
        inName: true,
      });
      i = end;
      continue;
    }
    // an animal or plant of the lexicon raised or grown is a model even inside a body's name ("Chi hội … chăn nuôi vịt thương phẩm")
    const inName = VI_LIVELIHOOD_OBJECTS.has(tokens[k0].lower) && !VI_NOT_LIVELIHOOD_AFTER[tokens[k0].lower]?.test(tokens[k0 + 1]?.lower ?? "");
    // raising or growing something else is a model only where the text speaks of models or livelihoods: "trồng cỏ nuôi bò" (feed),
    // "nuôi gia đình", "trồng cây xanh" at a ceremony are not; crafts ("dệt thổ cẩm", "chế biến …") are livelihoods whatever they make
    const raising = verb[0] === "nuôi" || verb[0] === "trồng" || verb[1] === "nuôi";
    const kindOfLivelihood = GENERIC_LIVELIHOODS.has(nameKey(slice(doc, tokens[k0].start, tokens[Math.min(last, k0 + 2)].end))) || tokens[k0].lower === "rừng";
    const spokenOf = /(?:mô hình|sinh kế|loại hình|nghề)[^.;:!?]{0,12}$/iu.test(text.slice(Math.max(0, t.start - 40), t.start));
    if (raising && !inName && !kindOfLivelihood && !spokenOf) {
      i = last;
      continue;
    }
    // "trồng chè theo hướng hữu cơ", "trồng rau theo tiêu chuẩn VietGAP": the standard is part of the model
    const standard = VI_STANDARD_AFTER.exec(text.slice(tokens[last].end, tokens[last].end + 60));
    // an animal or plant raised in passing ("ngoài trồng lúa, bà còn nuôi gà") is no model: the name says what kind of livelihood
    // ("nuôi bò sinh sản", "gà thả vườn"), the clause speaks of one ("mô hình", "dự án", "kỹ thuật", "hỗ trợ", "thoát nghèo"…),
    // it is the title's, or the article raises that animal or plant more than once
    const clause =
      text
        .slice(Math.max(0, t.start - 80), t.start)
        .split(/[.;:!?\n]/u)
        .at(-1) ?? "";
    const objectKey = nameKey(`${verbText} ${tokens[k0].text}`);
    bodyKey ??= nameKey(body);
    const bodyWords = bodyKey;
    const said = (folded: string): number => [...bodyWords.matchAll(new RegExp(`(?<![a-z])${folded}(?![a-z])`, "gu"))].length;
    // households as the subject ("nhiều hộ trồng sâm") make it their livelihood, unless the clause says it is a side line ("còn nuôi
    // gà", "ngoài trồng lúa") or the verb says what another crop is for ("trồng cỏ nuôi bò")
    const feed = /(?:trồng|nuôi)\s+[\p{L}]+\s*$/iu.test(clause);
    const growers = VI_GROWERS.test(clause) && !VI_SIDE_LINE.test(clause) && !feed;
    const inPassing =
      raising &&
      !spokenOf &&
      !standard &&
      !growers &&
      t.start >= doc.title.end &&
      !VI_KIND_OF_LIVELIHOOD.test(slice(doc, tokens[k0].start, tokens[last].end)) &&
      !VI_LIVELIHOOD_CLAUSE.test(clause) &&
      said(objectKey) < 2;
    if (inPassing) {
      i = last;
      continue;
    }
    const modelEnd = standard ? tokens[last].end + standard[0].length : tokens[last].end;
    push({ start: t.start, end: modelEnd, name: capitalize(slice(doc, t.start, modelEnd)), pattern: `pattern "${verb.join(" ")} …"`, inName });
    // the list: items without a verb take this one's, when the list is one of models
    const before = text.slice(Math.max(0, t.start - 40), t.start).toLowerCase();
    const listContext = /(sinh kế|loại hình|mô hình|như|chủ đề|gồm|:)\s*$/u.test(before) || /(sinh kế|loại hình|mô hình)/u.test(before);
    let k = last + 1;
    let listEnd: number;
    // an animal or plant of the lexicon after a comma or "và" takes the verb whatever the context ("trồng sâm và cà phê")
    const livelihoodAt = (j: number): boolean =>
      !!tokens[j] && !tokens[j].cap && VI_LIVELIHOOD_OBJECTS.has(tokens[j].lower) && !VI_NOT_LIVELIHOOD_AFTER[tokens[j].lower]?.test(tokens[j + 1]?.lower ?? "");
    const lexical = VI_LIVELIHOOD_OBJECTS.has(tokens[k0].lower);
    for (;;) {
      if (!tokens[k]) break;
      const comma = /^[ \t]*,[ \t]*$/.test(gapText(doc, k));
      if (lexical && /^[ \t]+$/.test(gapText(doc, k)) && tokens[k].lower === "và" && livelihoodAt(k + 1)) k++;
      else if (!comma || !(listContext || (lexical && livelihoodAt(k)))) break;
      if (VI_MODEL_VERBS.some((v) => phraseAt(doc, k, v))) break;
      const itemLast = objectAt(k, 2);
      if (itemLast < k) break;
      const following = tokens[itemLast + 1] ? gapText(doc, itemLast + 1) : "";
      if (!/^[ \t]*[,.;…]/.test(following) && following !== "" && !/^[ \t]*$/.test(following)) break;
      listEnd = tokens[itemLast].end;
      const item = slice(doc, tokens[k].start, tokens[itemLast].end);
      push({
        start: tokens[k].start,
        end: tokens[itemLast].end,
        name: capitalize(`${verbText.toLowerCase()} ${item}`),
        pattern: `pattern "${verb.join(" ")} …, …" (a list taking its verb)`,
        quote: { start: t.start, end: Math.max(listEnd, tokens[itemLast].end) },
      });
      k = itemLast + 1;
    }
    i = last;
  }
  // livelihoods Vietnamese texts name by a common phrase, with or without "mô hình" before them
  for (const m of body.matchAll(VI_COMMON_LIVELIHOODS)) {
    if (m.index < doc.title.end) continue;
    // (models8) "liên kết sản xuất lúa theo chuỗi", "liên kết sản xuất và tiêu thụ chè theo chuỗi giá trị": the product linked along
    // a chain is part of the name;
    // "nhóm tiết kiệm thôn bản": a group read as a body's name is still the model it names
    const linked = /^liên kết/iu.test(m[0])
      ? models8.linkageProduct(
          text.slice(m.index + m[0].length, m.index + m[0].length + 60),
          (w, next) => VI_LIVELIHOOD_OBJECTS.has(w) && !VI_NOT_LIVELIHOOD_AFTER[w]?.test(next),
          (w) => VI_LIVELIHOOD_QUALIFIERS.has(w),
        )
      : undefined;
    // (models10) a bare linkage said in passing (no party, a quotation, the growers' own linkage) is no model of its own
    if (
      !linked &&
      /^liên kết (?:sản xuất|tiêu thụ)$/iu.test(squash(m[0])) &&
      !models10.viBareLinkageStated(
        text
          .slice(Math.max(0, m.index - 120), m.index)
          .split(/[.;:!?\n]/u)
          .at(-1) ?? "",
        text.slice(m.index + m[0].length, m.index + m[0].length + 120),
        models10.insideQuote(text, m.index),
      )
    )
      continue;
    const name = linked ? `${squash(m[0])} ${linked.words}` : squash(m[0]);
    push({ start: m.index, end: m.index + m[0].length + (linked?.length ?? 0), name: capitalize(name), pattern: "a common livelihood phrase", inName: true });
  }
  // (models2) models named by the work: "hỗ trợ thanh niên khởi nghiệp, lập nghiệp", "bán hàng trực tuyến", "thương mại điện tử",
  // "giới thiệu, quảng bá sản phẩm đặc sản" — where the clause speaks of the work (a verb of helping, teaching or doing it, a list)
  for (const m of body.matchAll(VI_WORK_MODELS)) {
    if (m.index < doc.title.end) continue;
    const clause =
      text
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/[.;!?\n]/u)
        .at(-1) ?? "";
    // a heading or a list item ("- Bán hàng trực tuyến cho chị em") is the work's name too
    const heading = /(?:^|\n)[ \t]*(?:[-•*+–][ \t]*|\d+[.)][ \t]*)?$/u.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (!heading && !VI_WORK_CUES.test(`${clause} ${m[0]}`) && !/(?:gồm|như|:|•|-)\s*$/u.test(clause)) continue;
    const name = squash(m[0]).replace(VI_TRAILING_FUNCTION_WORDS, "");
    push({ start: m.index, end: m.index + name.length, name: capitalize(name), pattern: "a model named by the work" });
  }
  // (models2) skills taught to a group of people as its livelihood: "đào tạo kỹ năng cho chị em người Mông", "tập huấn kỹ thuật
  // canh tác cho nữ nông dân" (not to officials: a training topic); the group named is part of the model's name
  for (const m of body.matchAll(VI_SKILLS_FOR_GROUP)) {
    if (m.index < doc.title.end || VI_FOR_OFFICIALS.test(sentenceOf(m.index))) continue;
    // "tập huấn kỹ thuật chăn nuôi vịt cho hộ nghèo": a training on raising or growing something teaches that model, read by its verb
    if (/(?<![\p{L}])(?:nuôi|trồng|chăn nuôi)(?![\p{L}])/u.test(m[0].split(/ cho /u)[0])) continue;
    const name = squash(m[0]).replace(VI_TRAILING_FUNCTION_WORDS, "");
    push({ start: m.index, end: m.index + m[0].length, name: capitalize(name), pattern: "skills taught to a group", props: { category: "SKILLS" } });
  }
  // a training's subject: "chăn nuôi, phòng trị dịch bệnh ở lợn", "nuôi, phòng chống bệnh cho cá, gia cầm": raising each animal and
  // keeping it from disease is one model per animal ("Chăn nuôi lợn, phòng trị dịch bệnh")
  for (const m of body.matchAll(
    /(chăn nuôi|nuôi)\s*,\s*((?:phòng|chữa|trị|chống|ngừa)(?:\s+(?:và\s+)?(?:phòng|chữa|trị|chống|ngừa))*\s+(?:dịch\s+)?bệnh)\s+(?:ở|cho|trên)\s+((?:con\s+)?[\p{Ll}]+(?:\s+[\p{Ll}]+)?(?:\s*(?:,|và)\s*[\p{Ll}]+(?:\s+[\p{Ll}]+)?)*)/giu,
  )) {
    if (m.index < doc.title.end) continue;
    const itemsAt = m.index + m[0].length - m[3].length;
    // each animal of the list and the qualifier after it ("cá, gia cầm và lợn thịt")
    const listed = [...m[3].matchAll(/[\p{Ll}]+/gu)];
    listed.forEach((item, w) => {
      const word = item[0];
      const next = listed[w + 1] && /^\s+$/.test(m[3].slice(item.index + word.length, listed[w + 1].index)) ? listed[w + 1] : undefined;
      const kind = VI_LIVELIHOOD_OBJECTS.get(word);
      if (!kind || kind[1] !== "LIVESTOCK" || VI_NOT_LIVELIHOOD_AFTER[word]?.test(next?.[0] ?? "")) return;
      const withNext = next && VI_LIVELIHOOD_QUALIFIERS.has(next[0]);
      const animal = withNext ? `${word} ${next[0]}` : word;
      const end = withNext ? next.index + next[0].length : item.index + word.length;
      push({
        start: itemsAt + item.index,
        end: itemsAt + end,
        name: `${capitalize(m[1].toLowerCase())} ${animal}, ${m[2].toLowerCase()}`,
        quote: { start: m.index, end: m.index + m[0].length },
        pattern: 'pattern "chăn nuôi, phòng trị bệnh ở <animal>"',
        props: { category: "LIVESTOCK" },
      });
    });
  }
  // (models8) production to a standard, village veterinarians, vocational training tied to jobs (models.rules.ts)
  for (const a of [
    ...models8.viStandardProduction(text, doc.title.end, doc.bodyEnd, (w, next) => VI_LIVELIHOOD_OBJECTS.has(w) && !VI_NOT_LIVELIHOOD_AFTER[w]?.test(next)),
    ...models8.viServicePhrases(text, doc.title.end, doc.bodyEnd),
  ])
    // "Mạng lưới thú y thôn bản": a network read as a body's name is still the service it names
    if (!out.some((o) => o.start < a.end && a.start < o.end)) push({ start: a.start, end: a.end, name: a.name, pattern: a.pattern, inName: true });
  // (models6) raising awareness of a topic or to a purpose (purposes.rules.ts)
  // (models10) caring for an animal the article already raises as a model ("Nuôi dê …" and "chăm sóc, phòng bệnh cho dê") is a
  // part of that raising, taught in it, and no model of its own
  const raised = new Set(out.map((o) => /^(?:chăn nuôi|nuôi) (\p{L}+)/iu.exec(o.name)?.[1].toLowerCase()).filter((x) => x));
  const careOfRaised = (a: { name: string }): boolean => raised.has(/(\p{L}+)$/u.exec(a.name)?.[1].toLowerCase() ?? "");
  for (const a of [
    ...viAwareness(text, doc.title.end, doc.bodyEnd),
    ...herdCare(text, doc.title.end, doc.bodyEnd).filter((a) => !careOfRaised(a)),
    ...financialManagement(text, doc.title.end, doc.bodyEnd, "vi"),
  ])
    if (!out.some((o) => o.start < a.end && a.start < o.end)) push({ start: a.start, end: a.end, name: a.name, pattern: a.pattern });
  // an animal bank of the article is what its handed-over animals are raised in ("Ngân hàng bò" and "bàn giao 1 con bò")
  const banks = new Map(out.filter((m) => /^Ngân hàng /u.test(m.name)).map((m) => [m.name.split(" ")[2], m]));
  for (const m of out) {
    const [verb, animal] = m.name.toLowerCase().split(" ");
    const bank = banks.get(animal);
    if (bank && (verb === "nuôi" || verb === "chăn") && /^what is handed over/.test(m.pattern)) m.name = bank.name;
  }
  // a cooperative's product another model of the article already names ("mô hình sản xuất chè sạch … HTX Chè sạch") is that model
  const coops = new Set([...coopObjects].map(([at]) => out[at]));
  const others = out.filter((m) => !coops.has(m)).map((m) => ` ${nameKey(m.name)} `);
  const kept = out.filter((_, at) => !coopObjects.has(at) || !others.some((n) => n.includes(` ${coopObjects.get(at)} `)));
  return sameLivelihood(dedupe(kept));
}

/** A noun after "coffee growing" that the practice qualifies ("… history", "… area"): the text describes a place. */
const EN_PRACTICE_QUALIFIES = /^[ \t]+(?:history|traditions?|areas?|regions?|zones?|belt|land|seasons?|conditions|climate|heritage|culture|landscape)\b/iu;
/** What the work does with a value chain, after it: " development (with the private sector)", " upgrading". */
const EN_CHAIN_WORK = /^[ \t]+(?:development|upgrading|strengthening|building)(?:[ \t]+with[ \t]+the[ \t]+private[ \t]+sector)?/iu;
/** Sheds, pens and barns of an animal. */
const EN_SHED = /^(cow|cattle|pig|goat|chicken|duck|buffalo) (?:sheds?|barns?|pens?|stalls?|stables?|coops?|sties)$/iu;
/** Words before an English practice that are no part of its name: articles, prepositions, verbs ("introduced contract farming"). */
const EN_NOT_MODIFIERS =
  /^(?:(?:the|a|an|of|and|or|in|to|for|with|by|on|at|its|their|this|that|these|those|into|from|under|through|(?:strengthen|develop|build|support|promote|improve|upgrade|introduce|establish|link|join|adopt|apply)(?:e?s)?|(?!(?:se|fe|ne|bre)ed\b)[a-z]{3,}ed)\s+)+/iu;
/** A value chain qualifying another noun ("value chain actors"), which names no practice. */
/** The sector a bare "value chains" is of: "… in the Natural Ingredient sector", "… of the tea industry". */
const EN_CHAIN_SECTOR = /^[ \t]+(?:in|of|for)[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}-]*[ \t]+){1,3}|\p{Ll}+[ \t]+)(?:sector|industry)\b/u;
const EN_CHAIN_ATTRIBUTIVE =
  /^[ \t]+(?:actors?|approach(?:es)?|analys[ie]s|stakeholders?|partners?|players?|participants?|mapping|stud(?:y|ies)|assessments?|perspective|thinking|framework|concept|members?)\b/iu;
/** A sentence that develops or supports a value chain, where it is a model of the work. */
const EN_CHAIN_DEVELOPED =
  /\b(?:projects?|programmes?|programs?|support(?:s|ed|ing)?|strengthen\w*|develop\w*|build\w*|upgrad\w*|promot\w*|establish\w*|link(?:s|ed|ing)?|improv\w*|models?)\b/iu;
/** A sentence about officials, and skills that are a livelihood whoever learns them. */
const VI_FOR_OFFICIALS = /(?<![\p{L}])(?:cán bộ|công chức|viên chức|lãnh đạo)(?![\p{L}])/iu;
const VI_LIVELIHOOD_SKILL =
  /(?<![\p{L}])(?:sản xuất|chăn nuôi|nuôi|trồng|nghề|kinh doanh|tài chính|khởi nghiệp|tiếp thị|bán hàng|sinh kế|thị trường|tiết kiệm|canh tác|làm ăn)(?![\p{L}])/iu;
/** Words that name a kind of livelihood after its animal or plant ("bò sinh sản", "gà thả vườn", "lúa hữu cơ"). */
const VI_KIND_OF_LIVELIHOOD =
  /(?<![\p{L}])(?:giống|sinh sản|thịt|đẻ|trứng|lai|cái|nái|thương phẩm|lồng|bè|hữu cơ|an toàn|sạch|thả vườn|dưới tán|xen|chất lượng cao|đặc sản|tập trung|nhốt)(?![\p{L}])/iu;
/** A clause that speaks of a livelihood before its verb ("triển khai mô hình", "dự án", "hướng dẫn kỹ thuật", "hỗ trợ hộ nghèo"). */
const VI_LIVELIHOOD_CLAUSE =
  /(?<![\p{L}])(?:mô hình|dự án|kỹ thuật|kĩ thuật|tập huấn|sinh kế|nghề|hỗ trợ|phát triển|vay vốn|chuyển sang|chuyển đổi|tổ hợp tác|hợp tác xã|HTX|chi hội|câu lạc bộ|liên kết|thoát nghèo|làm giàu|nhân rộng|vùng|quy mô|chương trình|kinh nghiệm|hội thảo|chia sẻ)(?![\p{L}])/iu;
/** Households or farmers as a clause's subject, and words that make what they raise a side line. */
const VI_GROWERS = /(?<![\p{L}])(?:hộ|hộ dân|nông dân|người dân|hội viên|đoàn viên|bà con|đồng bào|nông hộ|xã viên|thành viên)(?![\p{L}])/iu;
const VI_SIDE_LINE = /(?<![\p{L}])(?:ngoài|còn|cũng|thêm|kết hợp|tận dụng|bên cạnh|quanh nhà)(?![\p{L}])/iu;
/** Words of the receivers a giving verb may name before what it gives ("hỗ trợ mỗi hộ nghèo 2 con bò"). */
const VI_RECEIVER_WORDS = new Set(["hộ", "gia", "hội", "đoàn", "người", "thành", "phụ", "nông", "đồng", "bà"]);
/** The giving after the stock ("… đã được trao cho", "… được bàn giao"), up to a clause's end. */
const VI_GIVEN_AFTER = /^[^.;:!?]{0,25}?(?:đã |vừa |sẽ )?được (?:trao tặng|trao|bàn giao|cấp phát|cấp|hỗ trợ|phát|tặng|giao)(?![\p{L}])/iu;
/** Units of weight: what is handed over by weight is food unless it is seed stock ("giống"). */
const WEIGHT_UNITS = new Set(["tấn", "tạ", "kg", "yến"]);
/** A sentence about a gift for a holiday or relief, and words that make a handed-over animal or plant a livelihood all the same. */
const VI_GIFT_CUES = /(?<![\p{L}])(?:quà|tết|cứu trợ|(?<!an ninh )lương thực|thực phẩm|nhu yếu phẩm|(?<!năng )suất)(?![\p{L}])/iu;
const VI_LIVELIHOOD_CUES =
  /(?<![\p{L}])(?:giống|sinh sản|sinh kế|chăn nuôi|nuôi|trồng|phát triển kinh tế|thoát nghèo|giảm nghèo|sản xuất|mô hình|làm kinh tế|nái|hậu bị)(?![\p{L}])/iu;
/** The first word of a chain of produce in general, not of a product ("chuỗi giá trị nông sản", "… sản phẩm", "… gắn với"). */
const VI_GENERIC_CHAIN_WORDS = new Set(["nông", "sản", "hàng", "ngành", "gắn", "khép", "bền", "hiệu", "an", "toàn", "các", "những", "từ", "liên", "bao", "trong", "giữa"]);
/** A standard a crop or animal is raised to, after it ("theo hướng hữu cơ", "theo tiêu chuẩn VietGAP", "đạt chuẩn VietGAP"). */
const VI_STANDARD_AFTER =
  /^[ \t]+(?:theo[ \t]+(?:hướng|tiêu[ \t]+chuẩn|quy[ \t]+trình|chuẩn)|đạt[ \t]+(?:tiêu[ \t]+)?chuẩn)[ \t]+(?:hữu[ \t]+cơ|VietGAP|GlobalGAP|an[ \t]+toàn(?:[ \t]+sinh[ \t]+học)?|sạch|sinh[ \t]+học|tuần[ \t]+hoàn|OCOP)(?![\p{L}])/iu;
/**
 * First words after "mô hình" that say something of the model rather than name it: a predicate ("mô hình gặp khó khăn", "được
 * nhân rộng"), a judgement or a pilot ("mô hình hay", "mô hình thí điểm", "mô hình điểm"), a pointer ("mô hình trên/này").
 */
const VI_NOT_MODEL_TAIL_FIRST = new Set([
  "gặp",
  "được",
  "bị",
  "đã",
  "đang",
  "sẽ",
  "vẫn",
  "mang",
  "đem",
  "đạt",
  "góp",
  "tạo",
  "có",
  "là",
  "hay",
  "tốt",
  "thí",
  "điểm",
  "mẫu",
  "đầu",
  "trên",
  "này",
  "nọ",
  "đó",
  "ấy",
  "khác",
  "cũ",
  "chung",
  "cụ",
  "thành",
  "hiện",
  "nhằm",
]);
/** Tails of "mô hình …" (folded) that name a template of government or organisation, not a livelihood. */
const VI_TEMPLATE_TAILS = /^(?:chinh quyen|to chuc|bo may|hanh chinh|quan tri|dieu hanh|tang truong|do thi|nha nuoc|truong hoc|dao tao nghe nghiep)(?: |$)/;
/** Livelihoods Vietnamese texts name by a common phrase (community tourism, savings groups, garden economy, VAC). */
const VI_COMMON_LIVELIHOODS =
  /(?<![\p{L}])(?:[Ll]iên kết (?:sản xuất|tiêu thụ)(?: và (?:tiêu thụ|bao tiêu)(?: sản phẩm)?)?|[Bb]ao tiêu sản phẩm|du lịch (?:cộng đồng|homestay)|(?:[Tt]ổ|[Nn]hóm) (?:tiết kiệm(?: và vay vốn| vay vốn| tín dụng)?|tương trợ|vay vốn)|kinh tế (?:vườn|VAC|trang trại|rừng)|cải tạo vườn tạp|vườn (?:hộ|rừng|ao chuồng)|homestay)(?![\p{L}])/gu;
/** (models2) Words after "mô hình … và" that start a clause, not a second object ("và năm nay", "và được", "và đã"). */
const VI_AND_NOT_OBJECT = new Set([
  "năm",
  "nay",
  "đã",
  "được",
  "sẽ",
  "đang",
  "có",
  "là",
  "các",
  "những",
  "cũng",
  "còn",
  "thì",
  "mở",
  "tiếp",
  "bước",
  "đây",
  "này",
  "đó",
  "hiện",
  "từ",
  "sau",
]);
/** Words that close a model's name after its object ("… ở các thôn", "… của xã", "… do hội thực hiện"). */
const VI_MODEL_NAME_CLOSERS = new Set(["ở", "tại", "của", "do", "cho", "trên", "trong", "đã", "được", "đang", "sẽ", "nhằm", "để", "giúp", "mang", "góp", "với", "tới", "đến"]);
/** (models2) Vietnamese models named by the work (see `models`). */
const VI_WORK_MODELS =
  /(?<![\p{L}])(?:(?:[Hh]ỗ trợ (?:(?:thanh niên|thanh thiếu niên|phụ nữ|đoàn viên|hội viên|chị em|người dân|nông dân) )?|(?:[Tt]hanh niên|[Pp]hụ nữ|[Đđ]oàn viên|[Hh]ội viên) )khởi nghiệp(?:,? (?:và )?lập nghiệp)?|[Bb]án hàng (?:trực tuyến|online|qua mạng(?: xã hội)?|qua livestream)|[Tt]hương mại điện tử|[Gg]iới thiệu,? (?:và )?quảng bá sản phẩm(?: (?!của|tại|ở|cho|trên|trong|và|với|đến|để|nhằm|được|đã)[\p{Ll}]+){0,3}|[Qq]uảng bá(?:,? (?:và )?giới thiệu)? sản phẩm(?: (?!của|tại|ở|cho|trên|trong|và|với|đến|để|nhằm|được|đã)[\p{Ll}]+){1,3})(?![\p{L}])/gu;
/** (models2) "đào tạo / tập huấn / bồi dưỡng kỹ năng|kỹ thuật [subject] cho <a group of people> [qualifiers]", up to the clause's end. */
const VI_SKILLS_FOR_GROUP =
  /(?<![\p{L}])(?:[Đđ]ào tạo|[Tt]ập huấn|[Bb]ồi dưỡng|[Dd]ạy) (?:kỹ|kĩ) (?:năng|thuật)(?: (?!cho )[\p{Ll}]+){0,4} cho (?:(?:các|những|hơn|gần) )?(?:\d+[.\d]* )?(?:phụ nữ|nữ nông dân|nông dân|hộ|người dân|thanh niên|đồng bào|hội viên|đoàn viên|lao động|chị em|người khuyết tật|cán bộ)(?: (?!(?:tại|ở|của|qua|để|nhằm|và|với|trên|trong|từ|được|đã|xã|huyện|tỉnh|thôn|bản|làng|phường|thị)(?![\p{L}]))(?:[\p{Ll}]+|(?<=(?:người|tộc) )\p{Lu}[\p{Ll}]+)){0,4}(?![\p{L}])/gu;
/** A clause that speaks of doing the work, teaching or supporting it. */
const VI_WORK_CUES =
  /(?<![\p{L}])(?:hỗ trợ|hướng dẫn|tập huấn|đào tạo|dạy|ứng dụng|phát triển|triển khai|thực hiện|dự án|chương trình|mô hình|kỹ năng|hoạt động|đẩy mạnh|thúc đẩy|xây dựng|giúp)(?![\p{L}])/iu;
/** Function words that never end a model's name. */
const VI_TRAILING_FUNCTION_WORDS = /(?:\s+(?:không|và|được|của|có|là|thì|mà|với|cho|đã|sẽ|các|những))+$/u;
/** Verbs a project's purpose starts with ("a project to strengthen …"). */
const EN_PROJECT_PURPOSE_VERBS = new Set([
  "strengthen",
  "boost",
  "improve",
  "support",
  "develop",
  "promote",
  "enhance",
  "increase",
  "reduce",
  "build",
  "restore",
  "help",
  "empower",
  "expand",
  "provide",
  "raise",
  "create",
  "assist",
]);
/** Words before "project" that do not name one ("the new project", "the whole project"). */
const EN_NOT_PROJECT_WORDS = new Set([
  "new",
  "large",
  "pilot",
  "whole",
  "entire",
  "same",
  "first",
  "second",
  "current",
  "previous",
  "next",
  "other",
  "similar",
  "such",
  "big",
  "small",
  "funded",
  "said",
]);
/** What a project named by its purpose starts with: "Dự án hỗ trợ …", "dự án nuôi bò …". */
const VI_PROJECT_PURPOSE_VERBS: readonly string[][] = [
  ["hỗ", "trợ"],
  ["nuôi"],
  ["chăn", "nuôi"],
  ["trồng"],
  ["phát", "triển"],
  ["nâng", "cao"],
  ["xây", "dựng"],
  ["tăng", "cường"],
  ["cải", "thiện"],
  ["giảm", "nghèo"],
  ["đa", "dạng"],
  ["sinh", "kế"],
  ["mở", "rộng"],
];
/** Where such a name ends: a word that starts the next part of the clause. */
const VI_PROJECT_NAME_STOPS = new Set(["thuộc", "do", "được", "này", "nhằm", "với", "đã", "sẽ", "đang", "là", "có", "mỗi", "theo", "vì", "để", "từ", "nên", "thì", "mà", "tổng"]);
/** Kinds of livestock or crops that a parenthesis may narrow to one animal or plant, folded. */
const GENERIC_LIVELIHOODS = new Set(["gia cam", "gia suc", "thuy san", "cay an qua", "cay an trai", "rau mau", "hoa mau", "vat nuoi", "cay trong"]);
/** A practice named after a comparison is what the work is compared with, not a model of it ("earn more than growing rice"). */
const EN_COMPARED_BEFORE = /(?:compared (?:to|with)|comparing (?:to|with)|than(?: from| by)?|instead of|rather than|in place of|(?:practice|form|kind|type|way) of)\s+$/iu;
/** A sentence about gifts or relief, and words that make what is given a livelihood all the same. */
const EN_GIFT_CUES = /\b(?:gifts?|presents?|food(?! security)|relief|tet|meals?|cakes?|blankets?|rations?)\b/iu;
const EN_LIVELIHOOD_CUES = /\b(?:projects?|programmes?|breeding|livelihoods?|raise|raising|rear(?:ing)?|income|farming|production|husbandry|plant(?:ing)?|grow(?:ing)?)\b/iu;
/** What a crop is handed over as when it is to be planted. */
const EN_PLANTING_MATERIAL = /^(?:plants?|seedlings?|saplings?|seeds?|trees?|cuttings?|varieties|variety|stock|tubers?|bulbs?)$/u;
/** Counts written as words before what is given ("forty goats were handed over"). */
const EN_COUNT_WORDS =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)$/u;
/** The giving after the stock ("… were handed over to", "… have been distributed"). */
const EN_GIVEN_AFTER = /^[ \t]+(?:were|was|have been|has been|had been|are|is|will be)[ \t]+(?:handed over|given|distributed|donated|provided|delivered|presented|allocated)\b/iu;
/** Finite verbs of raising or growing, before an animal or plant of the lexicon ("households grow tea"). */
const EN_FINITE_MODEL_VERBS = new Set([
  "plant",
  "plants",
  "planted",
  "grow",
  "grows",
  "grew",
  "raise",
  "raises",
  "raised",
  "rear",
  "rears",
  "reared",
  "farm",
  "farms",
  "cultivate",
  "cultivates",
  "cultivated",
]);
/** A sentence that speaks of the work (a project, support, a model, a start), where a finite "grow"/"raise" is a livelihood. */
const EN_WORK_CUES =
  /\b(?:projects?|programmes?|programs?|support\w*|help\w*|models?|train\w*|start\w*|switch\w*|began|begin\w*|income|livelihoods?|contracts?|cooperatives?|groups?|poor|living|earn\w*)\b/iu;
/** "under contract(s) (with …)" after a practice. */
const EN_UNDER_CONTRACT = /^[ \t]+under (?:a )?contracts?(?![\p{L}])/iu;
/** Ways of farming that name a practice before "farming" or "growing" without an animal or plant. */
const EN_FARMING_WAYS = new Set([
  "animal",
  "organic",
  "contract",
  "safe",
  "clean",
  "integrated",
  "climate-smart",
  "mixed",
  "intercropping",
  "agroforestry",
  "aquaculture",
  "fish",
  "bee",
]);
/** Words that judge a practice rather than name it ("successful value chains", "effective cash transfers"). */
const EN_JUDGING_WORDS = /^(?:successful|effective|sustainable|good|better|best|key|existing|such|these|those|several|many|various|new|innovative|important)\s+/iu;

/**
 * One English practice per article: a judging word is no part of its name, and a name whose words
 * all stand in a longer name of the same head ("Value chains" in "Agricultural value chains", "Safe
 * farming" in "Safe vegetable farming") is that model, named by the longest.
 */
function sameEnglishModel(list: EntityMention[]): EntityMention[] {
  for (const m of list) {
    const cut = m.name.replace(EN_JUDGING_WORDS, "");
    if (cut !== m.name && cut.includes(" ")) m.name = capitalize(cut);
  }
  const words = (m: EntityMention): string[] => nameKey(m.name).replace(/s\b/g, "").split(" ");
  for (const m of list) {
    const w = words(m);
    const longer = list
      .filter((o) => o !== m && o.name.length > m.name.length && words(o).at(-1) === w.at(-1) && w.every((x) => words(o).includes(x)))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (longer) {
      m.name = longer.name;
      m.props = { ...longer.props, ...m.props };
    }
  }
  // "clean rice" and "rice growing" in one article: one practice, "Clean rice growing"
  for (const m of list) {
    const grown = /^(\S+) (\S+)$/u.exec(m.name);
    if (!grown || !/^(?:vietgap|globalgap|organic|safe|clean)$/iu.test(grown[1])) continue;
    const crop = grown[2].toLowerCase().replace(/s$/, "");
    const practice = list.find((o) => new RegExp(`^${crop}s? (?:growing|farming|cultivation)$`, "iu").test(o.name));
    if (!practice) continue;
    const name = `${grown[1]} ${crop} ${practice.name.split(" ").at(-1)!}`;
    for (const o of list) if (o.name === m.name || o.name === practice.name) o.name = capitalize(name);
  }
  // "vouchers" alone, with no other vouchers of the article to be: named by what they buy
  for (const m of list) if (m.name === "Vouchers") m.name = "Input vouchers";
  return list;
}

function dedupe(list: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of list.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (out.some((o) => o.kind === m.kind && o.start <= m.start && m.end <= o.end && o !== m)) continue;
    out.push(m);
  }
  return out;
}

/**
 * One livelihood per animal or plant in an article: "Nuôi bò", "Nuôi bò giống" and "Nuôi bò cái lai
 * giống sinh sản" are one model, named by the fullest mention.
 */
function sameLivelihood(list: EntityMention[]): EntityMention[] {
  const head = (m: EntityMention): string | undefined => {
    if (m.kind !== Label.Model) return undefined;
    const w = nameKey(m.name).split(" ");
    const at = w[0] === "chan" && w[1] === "nuoi" ? 2 : w[0] === "nuoi" || w[0] === "trong" ? 1 : -1;
    return at > 0 && w[at] && VI_LIVELIHOOD_OBJECTS.has(m.name.toLowerCase().split(/\s+/)[at]) ? `${w[at]}` : undefined;
  };
  for (const m of list) {
    const h = head(m);
    if (!h) continue;
    const full = list.filter((o) => head(o) === h).sort((a, b) => b.name.length - a.name.length)[0];
    if (full !== m) {
      m.name = full.name;
      m.props = { ...full.props, ...m.props };
    }
  }
  // "mô hình liên kết sản xuất" after "mô hình liên kết sản xuất và tiêu thụ gạo sạch": the model said again, shorter
  for (const m of list) {
    if (m.kind !== Label.Model || !nameKey(m.name).includes(" ")) continue;
    const key = `${nameKey(m.name)} `;
    const full = list.filter((o) => o.kind === Label.Model && nameKey(o.name).startsWith(key)).sort((a, b) => b.name.length - a.name.length)[0];
    if (full) {
      m.name = full.name;
      m.props = { ...full.props, ...m.props };
    }
  }
  return list;
}

/**
 * (people7) Family names of the ethnic minorities of the northern and north-central uplands that the common list lacks,
 * as written (not folded: "Thào" is not "Thảo"): Hmong ("Xồng", "Thào", "Phàng"), Dao ("Chảo"), Thai and Khmu ("Vi",
 * "Moong", "Xeo", "Cụt", "Kha"). Those that are also common words ("Lầu", "Mùa", "Hạng", "Tráng") start a name only after
 * an honorific ("ông Mùa A Sử", "chị Lầu Y Xía"): "Lầu Năm Góc", "Mùa Xuân …" are no people.
 */
const MINORITY_SURNAMES: ReadonlySet<string> = new Set(["xồng", "thào", "phàng", "chảo", "vi", "moong", "xeo", "cụt", "kha"]);
const MINORITY_SURNAMES_AFTER_HONORIFIC: ReadonlySet<string> = new Set(["lầu", "mùa", "hạng", "tráng", "sình", "hờ", "cứ", "lồ"]);
/** A family name a full name may start with: the common list (folded), or an upland minority's; `honored`: after an honorific. */
const isSurname = (t: { fold: string; lower: string }, honored = false): boolean =>
  SURNAMES.has(t.fold) || MINORITY_SURNAMES.has(t.lower) || (honored && MINORITY_SURNAMES_AFTER_HONORIFIC.has(t.lower));
/** (people7) A one-letter middle name of Hmong and Ede names ("Vừ A Dính", "Lầu Y Xía"). */
const isLetterMiddle = (t: { text: string } | undefined): boolean => t !== undefined && /^[AY]$/u.test(t.text);
/**
 * (people7) Words right before a name that make it the name of a street, a ward, a school or a fund named after a person
 * ("đường Nguyễn Văn Cừ", "phường Trần Hưng Đạo", "Quỹ học bổng Vừ A Dính"), and words in or right after a name that do so
 * in English ("Nguyen Trai Street", "Le Loi Primary School").
 */
const NAMED_AFTER_BEFORE =
  /(?<!\p{L})(?:đường|phố|phường|ngõ|hẻm|đại lộ|quảng trường|cầu|chợ|công viên|bến|trường|thị trấn|khu phố|học bổng|giải thưởng|giải|quỹ|mang tên|street|road)[ \t]+$/iu;
const NAMED_AFTER_WORD =
  /^(?:street|st|road|rd|avenue|ave|boulevard|lane|ward|square|bridge|park|market|school|primary|secondary|high|university|college|hospital|scholarship|fund|award|prize|foundation|city)$/iu;

/** People: an honorific and a name ("Ts. Nguyễn Thị Vân", "ông Đặng Văn Cường", "Mr. Nguyen Van Binh"), a full Vietnamese name, a byline. */
/** A person mention over the tokens `from`…`to` (inclusive), its name as written there. */
const personOver = (doc: Doc, from: number, to: number, pattern: string, more: Partial<EntityMention> = {}): EntityMention => ({
  kind: Label.Person,
  start: doc.tokens[from].start,
  end: doc.tokens[to].end,
  name: slice(doc, doc.tokens[from].start, doc.tokens[to].end),
  pattern,
  props: {},
  ...more,
});

function people(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  const { tokens, text } = doc;
  const out: EntityMention[] = [];
  const nameFrom = (k: number, max: number): number => {
    let last = k - 1;
    for (let j = k; j < tokens.length && j < k + max; j++) {
      if (j > k && !/^[ \t]+$/.test(gapText(doc, j))) break;
      if (!tokens[j].cap || isAcronym(tokens[j])) break;
      last = j;
    }
    return last;
  };
  const taken = (s: number): boolean => out.some((m) => m.start <= s && s < m.end);
  /** Tokens k…last can be a person's name: capitalised words, none a place, a month, an organization's or a position's word. */
  const personLike = (k: number, last: number): boolean =>
    tokens
      .slice(k, last + 1)
      .every(
        (x) =>
          /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(x.text) &&
          !MONTH_WORDS.has(x.lower) &&
          !EN_ORG_WORDS.has(x.lower) &&
          !EN_NOT_NAME_WORDS.has(x.lower) &&
          !places.some((p) => p.start <= x.start && x.start < p.end),
      );
  for (let i = 0; i < tokens.length; i++) {
    // (orgs8) an Ede or Jarai name ("ông Y Bhin Niê", "H'Nga Êban", "Ksor Nhông", "Rơ Mah H'Lim"), none of its words a place
    if (tokens[i].cap && !taken(tokens[i].start)) {
      let last = i;
      while (last + 1 < tokens.length && last - i < 4 && tokens[last + 1].cap && /^[ \t]+$/.test(gapText(doc, last + 1))) last++;
      const honored = /(?<![\p{L}])(?:ông|bà|anh|chị|em|cụ|già|đồng chí|gia đình|mr|mrs|ms|dr)\.?[ \t]+$/iu.test(text.slice(Math.max(0, tokens[i].start - 14), tokens[i].start));
      const n = highlandNameLength(
        tokens.slice(i, last + 1).map((t) => t.text),
        honored,
      );
      if (n && !tokens.slice(i, i + n).some((x) => places.some((p) => p.start <= x.start && x.start < p.end))) {
        out.push(personOver(doc, i, i + n - 1, "an Ede or Jarai name"));
        i += n - 1;
        continue;
      }
    }
    // "anh Vi Văn Tùng", "chị Lò Thị Mai": familiar forms, before a full name only
    const familiar = doc.lang === "vi" && /^(?:anh|chị)$/u.test(tokens[i].lower) ? [tokens[i].lower] : undefined;
    const honorific = HONORIFICS.find((h) => phraseAt(doc, i, h)) ?? familiar;
    if (honorific) {
      const k = i + honorific.length;
      if (!tokens[k] || !/^[ \t]*\.?[ \t]*$/.test(gapText(doc, k))) continue;
      const last = nameFrom(k, 4);
      // a Vietnamese family name, or a foreign name ("Mr. Koen …", "Bà Caroline …"): an English honorific or a word no Vietnamese syllable;
      // a family name the list lacks when a middle name follows it ("Vi Văn Tùng", "Lò Thị Mai")
      const foreign = EN_HONORIFICS.has(tokens[i].lower) || tokens.slice(k, last + 1).some((x) => isForeignWord(x));
      const middle = last - k + 1 >= 3 && NAME_PARTICLES.has(tokens[k + 1].lower) && !places.some((p) => p.start <= tokens[k].start && tokens[k].start < p.end);
      if (familiar && !((isSurname(tokens[k], true) && last - k + 1 >= 3) || middle)) continue;
      if (last - k + 1 < 2 || !(isSurname(tokens[k], true) || middle || (foreign && personLike(k, last)))) continue;
      out.push(
        personOver(doc, k, last, `pattern "${slice(doc, tokens[i].start, tokens[i + honorific.length - 1].end)} <name>"`, {
          props: { honorific: text.slice(tokens[i].start, tokens[k].start).trim() },
          quote: { start: tokens[i].start, end: tokens[last].end },
        }),
      );
      i = last;
      continue;
    }
    // a full name: family name and two or three more capitalised words
    if (
      tokens[i].cap &&
      isSurname(tokens[i]) &&
      !taken(tokens[i].start) &&
      !places.some((p) => p.start <= tokens[i].start && tokens[i].start < p.end && (p.placeId || p.candidates.length || p.village)) &&
      // after a capitalised word only when that word ends a place ("UBND tỉnh Nghệ An Lê Văn A chủ trì")
      (i === 0 || !tokens[i - 1].cap || !/^[ \t]+$/.test(gapText(doc, i)) || places.some((p) => p.end === tokens[i - 1].end && (p.placeId || p.candidates.length)))
    ) {
      const last = nameFrom(i, 4);
      if (last - i + 1 >= 3 && tokens.slice(i, last + 1).every((x, n) => /^[\p{Lu}][\p{Ll}\p{M}]+$/u.test(x.text) || (n === 1 && last > i + 1 && isLetterMiddle(x)))) {
        out.push(personOver(doc, i, last, "a full Vietnamese name"));
        i = last;
        continue;
      }
    }
    // (orgs6) a Khmer name: "Chau" or "Néang" and one to three capitalised words ("Néang Sa Ry"), none a place
    if (doc.lang === "vi" && tokens[i].cap && isKhmerNameMark(tokens[i].lower) && !taken(tokens[i].start) && tokens[i + 1] && /^[ \t]+$/.test(gapText(doc, i + 1))) {
      const last = nameFrom(i, 4);
      if (last > i && personLike(i, last)) {
        out.push(personOver(doc, i, last, "a Khmer name (Chau / Néang …)"));
        i = last;
      }
    }
  }
  if (doc.lang === "en") englishPeople(doc, places, out, personLike);
  // (people7) a street, a ward, a school or a fund named after a person is no person (an honorific's name is kept)
  const namedAfter = (m: EntityMention): boolean => {
    if (m.props.honorific) return false;
    const words = [...m.name.split(/\s+/u), /^[ \t]+([\p{L}]+)/u.exec(text.slice(m.end, m.end + 20))?.[1] ?? ""];
    return NAMED_AFTER_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || words.slice(1).some((w) => NAMED_AFTER_WORD.test(w));
  };
  out.splice(0, out.length, ...out.filter((m) => !namedAfter(m)));
  // one person named twice in one article, the second time without a middle name ("Caroline Rachel Roe", then "Caroline
  // Roe"): the same first and last word, every word in the fuller name; the fuller name is the person's
  for (const p of out) {
    const w = p.name.split(/\s+/);
    const fuller = out.find((q) => {
      const v = q.name.split(/\s+/);
      return v.length > w.length && v[0] === w[0] && v.at(-1) === w.at(-1) && w.every((x) => v.includes(x));
    });
    if (fuller) p.name = fuller.name;
  }
  // a byline, as curators record it: a name the last lines mark as the reporter's, after "Tin, ảnh:", "Bài:", "Text and
  // photos:", "By", or before a newsroom in brackets or after a dash ("Mai Lan (Đài PT-TH huyện)", "Mai Lan - Báo Nghệ An");
  // or a Vietnamese article's very last line that is only a name, or a name and its body in brackets ("Vân Anh",
  // "Minh Hằng (Sở Nông nghiệp và Môi trường)"): news pages sign so
  const lines = text.slice(0, doc.bodyEnd).split("\n");
  let offset = doc.bodyEnd;
  let seen = 0;
  for (let l = lines.length - 1; l >= 0 && seen < 3; l--) {
    offset -= lines[l].length + (l < lines.length - 1 ? 1 : 0);
    const line = lines[l].trim();
    if (!line) continue;
    seen++;
    // the source's line ("Nguồn …: https://…", "Source: …") comes after the byline
    if (/^(?:nguồn|source)\b|https?:\/\//iu.test(line)) continue;
    const signed = seen === 1 && doc.lang === "vi" ? signatureName(line) : undefined;
    // a name the article used before ("Kỳ Sơn", a place; a body's short name) signs nothing: a writer's name is not in the story
    const signature = signed && !foldKey(text.slice(0, offset)).includes(foldKey(signed)) ? signed : undefined;
    const written = line.length < 80 ? (bylineName(line) ?? signature) : undefined;
    if (written) {
      const first = written.split(/\s+/u)[0];
      const at = offset + lines[l].indexOf(written);
      // an all-capitals name is written in title case ("CÔNG HIỀN" → "Công Hiền")
      const name = written === written.toUpperCase() ? written.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()) : written;
      if (
        !EN_NOT_NAME_WORDS.has(first.toLowerCase()) &&
        !HONORIFICS.some((h) => h.length === 1 && foldDiacritics(first.toLowerCase()) === foldDiacritics(h[0])) &&
        !out.some((o) => o.start === at)
      ) {
        out.push({ kind: Label.Person, start: at, end: at + written.length, name, pattern: "the byline (the last lines of the article)", props: { byline: true } });
      }
    }
    break;
  }
  // positions after a name: ", Phó Giám đốc <organization>"
  for (const p of out) {
    let pos = p.end;
    p.positions = [];
    for (let n = 0; n < 3; n++) {
      const sep = /^[ \t]*[,–-][ \t]*/.exec(text.slice(pos, pos + 6));
      if (!sep) break;
      const k = tokens.findIndex((t) => t.start === pos + sep[0].length);
      if (k < 0) break;
      const position = POSITIONS.map((w) => w.split(" "))
        .filter((w) => phraseAt(doc, k, w))
        .sort((a, b) => b.length - a.length)[0];
      if (!position) break;
      const posEnd = tokens[k + position.length - 1].end;
      p.positions.push({ position: slice(doc, tokens[k].start, posEnd), span: { start: tokens[k].start, end: posEnd } });
      // the organization (filled in by the caller) starts after it; skip to the next comma
      const nextComma = text.indexOf(",", posEnd);
      const sentence = doc.sentences.find((s) => s.start <= posEnd && posEnd < s.end);
      if (nextComma < 0 || !sentence || nextComma >= sentence.end) break;
      pos = nextComma;
      while (pos > posEnd && /[ \t]/.test(text[pos - 1])) pos--;
    }
  }
  return out;
}

/** A byline: a reporter's cue and a name, or a name before a newsroom (orgs2). */
const BYLINE_NAME = /^\p{Lu}[\p{L}\p{M}]+(?:[ \t]+\p{Lu}[\p{L}\p{M}]+){1,3}$/u;
const BYLINE_CUE =
  /^(?:tin và ảnh|bài và ảnh|tin,[ \t]*ảnh|bài,[ \t]*ảnh|tin\/ảnh|bài\/ảnh|tin|bài|ảnh|text and photos?|story and photos?|text|photos?|by)(?:[ \t]*:[ \t]*|[ \t]+(?=\p{Lu}))/iu;
const BYLINE_NEWSROOM =
  /^(.+?)[ \t]*(?:\([ \t]*|[ \t][-–][ \t]*)(?:đài|báo|ttxvn|tạp chí|cổng (?:thông tin|ttđt)|trung tâm (?:truyền thông|văn hóa|vh)|vov|vtv|pv|ctv|phóng viên|cộng tác viên|thông tấn)(?![\p{L}])/iu;
/** The name a byline line marks as the reporter's, as written, or undefined. */
function bylineName(line: string): string | undefined {
  const cue = BYLINE_CUE.exec(line);
  const written = cue ? line.slice(cue[0].length).trim() : BYLINE_NEWSROOM.exec(line)?.[1].trim();
  return written && BYLINE_NAME.test(written) ? written : undefined;
}
/** A signature: the line is only a name of two to four words, or a name and a body in brackets. */
function signatureName(line: string): string | undefined {
  const written = /^(.+?)(?:[ \t]*\([^()\n]{2,80}\))?$/u.exec(line)?.[1].trim();
  return written && BYLINE_NAME.test(written) ? written : undefined;
}
const EN_HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "prof", "madam", "sir"]);
/** Capitalised words that start sentences or name things, never a person's name. */
const EN_NOT_NAME_WORDS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "in",
  "on",
  "at",
  "of",
  "for",
  "and",
  "by",
  "with",
  "from",
  "to",
  "his",
  "her",
  "their",
  "its",
  "vietnam",
  "viet",
  "nam",
  "project",
  "programme",
  "program",
  "province",
  "district",
  "commune",
  "village",
  "people",
  "government",
  "embassy",
  "said",
  "photo",
]);
/** English positions written before or after a name ("Country Director Jane Roe", "Jane Roe, director of …"), longest first. */
const EN_POSITION_WORDS: readonly string[][] = [
  "deputy chief representative",
  "chief representative",
  "deputy representative",
  "country representative",
  "resident representative",
  "representative",
  "deputy country director",
  "country director",
  "deputy director general",
  "director general",
  "deputy director",
  "director",
  "ambassador",
  "deputy minister",
  "vice minister",
  "minister",
  "vice chairwoman",
  "vice chairman",
  "chairwoman",
  "chairman",
  "chairperson",
  "vice president",
  "president",
  "head",
  "manager",
  "officer",
  "coordinator",
  "specialist",
  "expert",
  "founder",
  "secretary",
  "chief",
  "ceo",
  "team leader",
  "leader",
].map((p) => p.split(" "));

/** (people7) A field of work before an English post ("project manager", "field coordinator", "technical officer"). */
const FIELD_OF_WORK = /^(?:project|programme|program|field|technical|communications?|regional|national)$/u;

/**
 * English names without a Vietnamese family name: after a position ("NAEC Director Jane Roe",
 * "Ambassador to Vietnam Ito Naoki", "Deputy Representative in Vietnam Jane Roe") and before one
 * ("Jane Roe, director of partnerships", "Jane Roe, the project's coordinator").
 */
function englishPeople(doc: Doc, places: readonly PlaceMention[], out: EntityMention[], personLike: (k: number, last: number) => boolean): void {
  const { tokens, text } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  const plainPosition = (k: number): number => EN_POSITION_WORDS.map((w) => phraseAt(doc, k, w)).find((n) => n > 0) ?? 0;
  // "deputy head", "acting director", "senior officer": a rank before a position is part of it
  const positionAt = (k: number): number =>
    plainPosition(k) ||
    // (people7) "project manager", "field coordinator", "technical officer": a field of work before a position is part of it too
    ((/^(?:deputy|vice|assistant|acting|senior|chief)$/u.test(tokens[k]?.lower ?? "") || FIELD_OF_WORK.test(tokens[k]?.lower ?? "")) && plainPosition(k + 1)
      ? plainPosition(k + 1) + 1
      : 0);
  const nameRun = (k: number): number => {
    let last = k - 1;
    for (let j = k; j < tokens.length && j < k + 4; j++) {
      if (j > k && !/^[ \t]+$/.test(gapText(doc, j))) break;
      if (!tokens[j].cap || isAcronym(tokens[j])) break;
      last = j;
    }
    // the name ends the run: no capitalised word right after it
    if (last >= k && tokens[last + 1]?.cap && /^[ \t]+$/.test(gapText(doc, last + 1))) return k - 1;
    return last;
  };
  const push = (k: number, last: number, pattern: string, position?: Span): void => {
    if (last - k + 1 < 2 || !personLike(k, last) || taken(tokens[k].start, tokens[last].end)) return;
    if (tokens[k].start < doc.title.end) return;
    out.push(personOver(doc, k, last, pattern, position ? { quote: { start: Math.min(position.start, tokens[k].start), end: Math.max(position.end, tokens[last].end) } } : {}));
  };
  for (let i = 0; i < tokens.length; i++) {
    // "<Position> [in|to <Country>] <Name>": a capitalised position right before the name, or one in lower case after a
    // possessive ("the foundation's director Maria Svensson", "Oxfam's country director Jane Roe")
    if (tokens[i].cap || (i > 0 && /['’]s$/u.test(tokens[i - 1].text) && /^[ \t]+$/.test(gapText(doc, i)))) {
      const n = positionAt(i);
      if (n) {
        let k = i + n;
        if (["in", "to", "of"].includes(tokens[k]?.lower ?? "") && tokens[k + 1]?.cap && places.some((p) => p.start === tokens[k + 1].start) && tokens[k + 2]?.cap) {
          const p = places.find((x) => x.start === tokens[k + 1].start)!;
          k = tokens.findIndex((t) => t.start >= p.end);
        } else if (["in", "to"].includes(tokens[k]?.lower ?? "") && /^viet/i.test(tokens[k + 1]?.text ?? "")) k += tokens[k + 2]?.lower === "nam" ? 3 : 2;
        else if (["of", "to"].includes(tokens[k]?.lower ?? "") && tokens[k + 1]?.cap) {
          // "Ambassador of Finland Anna Berg", "Ambassador of the Netherlands …": a country the gazetteer does not hold
          const at = tokens[k + 1].lower === "the" ? k + 2 : k + 1;
          const n = [2, 1].find((w) =>
            COUNTRIES.has(
              tokens
                .slice(at, at + w)
                .map((x) => x.lower)
                .join(" "),
            ),
          );
          if (n) k = at + n;
        }
        // "Oxfam's Country Director, Jane Roe, opened …": the name set off by commas after the position
        const commaName = tokens[k] && /^[ \t]*,[ \t]*$/.test(gapText(doc, k)) && tokens[k].cap;
        if (k > 0 && tokens[k] && (/^[ \t]+$/.test(gapText(doc, k)) || commaName)) {
          const last = nameRun(k);
          if (commaName && !/^[ \t]*[,.;]/u.test(text.slice(tokens[Math.max(k, last)].end, tokens[Math.max(k, last)].end + 3))) continue;
          if (last >= k + 1 && !/^[ \t]+(?:of|for)\b/.test(text.slice(tokens[last].end, tokens[last].end + 5))) {
            push(k, last, `pattern "<position> <name>" ("${slice(doc, tokens[i].start, tokens[i + n - 1].end)}")`, { start: tokens[i].start, end: tokens[i + n - 1].end });
            i = Math.max(i, last);
            continue;
          }
        }
      }
    }
    // "<Name>, [the|a] <position>"
    if (tokens[i].cap && (i === 0 || !tokens[i - 1].cap || !/^[ \t]+$/.test(gapText(doc, i)))) {
      const last = nameRun(i);
      if (last < i + 1) continue;
      const after = /^[ \t]*,[ \t]*(?:(?:the|a|an|its|their)[ \t]+)?(?:[\p{L}-]+['’]s[ \t]+)?/iu.exec(text.slice(tokens[last].end, tokens[last].end + 40));
      if (!after) continue;
      const k = tokens.findIndex((t) => t.start >= tokens[last].end + after[0].length);
      if (k < 0 || !positionAt(k)) continue;
      // (people7) a post led by its field of work ("project manager") ends its phrase: "of/at/for …" or a stop follows, not
      // more words ("Green Valley, project manager training …" is a course, not a person)
      const post = tokens[k + positionAt(k) - 1];
      if (FIELD_OF_WORK.test(tokens[k].lower) && !plainPosition(k) && !/^[ \t]*(?:(?:of|at|for|in|with|from)(?!\p{L})|[,.;:)]|$)/iu.test(text.slice(post.end, post.end + 8)))
        continue;
      push(i, last, 'pattern "<name>, <position>"');
      i = last;
    }
  }
}

/** Ethnic groups: "dân tộc Mông", "đồng bào Thái", "(dân tộc Mông và dân tộc Thái)", "Hmong ethnic minority". */
function ethnicGroups(doc: Doc): EntityMention[] {
  const { tokens } = doc;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const vi = phraseAt(doc, i, ["dân", "tộc"]) || phraseAt(doc, i, ["đồng", "bào"]);
    if (vi && doc.lang === "vi") {
      let k = i + 2;
      for (;;) {
        const t = tokens[k];
        if (!t || !t.cap || isAcronym(t) || !/^[ \t]+$/.test(gapText(doc, k))) break;
        let last = k;
        if (tokens[k + 1]?.cap && /^[ \t]*['’-]?[ \t]*$/.test(gapText(doc, k + 1)) && tokens[k + 1].text.length <= 4) last = k + 1;
        out.push({
          kind: Label.EthnicGroup,
          start: t.start,
          end: tokens[last].end,
          name: slice(doc, t.start, tokens[last].end),
          pattern: 'pattern "dân tộc <Name>"',
          props: {},
          quote: { start: tokens[i].start, end: tokens[last].end },
        });
        // "dân tộc Mông và dân tộc Thái", "dân tộc Mông và Thái"
        const n = tokens[last + 1];
        if (n?.lower !== "và" || !/^[ \t]+$/.test(gapText(doc, last + 1))) break;
        k = last + 2;
        if (phraseAt(doc, k, ["dân", "tộc"])) k += 2;
      }
    }
    if (doc.lang === "en" && tokens[i].lower === "ethnic" && tokens[i - 1]?.cap && /^[ \t]+$/.test(gapText(doc, i)) && !["The", "An", "A"].includes(tokens[i - 1].text)) {
      out.push({
        kind: Label.EthnicGroup,
        start: tokens[i - 1].start,
        end: tokens[i - 1].end,
        name: tokens[i - 1].text,
        pattern: 'pattern "<Name> ethnic …"',
        props: {},
        quote: { start: tokens[i - 1].start, end: tokens[i].end },
      });
    }
  }
  return out;
}

/** Products: "sản phẩm <name with a proper noun>" ("sản phẩm chuối sấy Bản Lang"). */
function products(doc: Doc): EntityMention[] {
  const { tokens } = doc;
  const out: EntityMention[] = [];
  if (doc.lang !== "vi") return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!phraseAt(doc, i, ["sản", "phẩm"])) continue;
    const ext = extendName(doc, i + 2, { places: [], max: 6, lower: true, stop: new Set(["khởi", "nghiệp", "chủ", "lực"]) });
    if (ext.last < i + 2) continue;
    const words = tokens.slice(i + 2, ext.last + 1);
    if (!words.some((w) => w.cap && !isAcronym(w)) || words[0].cap) continue;
    out.push({
      kind: Label.Product,
      start: tokens[i + 2].start,
      end: ext.end,
      name: capitalize(slice(doc, tokens[i + 2].start, ext.end)),
      pattern: 'pattern "sản phẩm …"',
      props: {},
      quote: { start: tokens[i].start, end: ext.end },
    });
    i = ext.last;
  }
  return out;
}

const DOC_TYPES: readonly (readonly [RegExp, string])[] = [
  [/^quyết định|^decision/i, "DECISION"],
  [/^nghị định|^decree/i, "DECISION"],
  [/^kế hoạch|^plan/i, "PLAN"],
  [/^nghị quyết|^resolution/i, "RESOLUTION"],
  [/^hướng dẫn|^thông tư|^guidance|^circular/i, "GUIDANCE"],
];

/** Documents: "Quyết định số 654/QĐ-LĐTBXH ngày 18/5/2023", "Decision No. 90/QD-TTg". */
function documents(doc: Doc): EntityMention[] {
  const out: EntityMention[] = [];
  const re =
    /(Quyết định|Nghị định|Kế hoạch|Nghị quyết|Hướng dẫn|Thông tư|Decision|Decree|Plan|Resolution|Circular)\s+(?:số\s+|No\.?\s+)?(\d+\/[\p{L}\d]+(?:[-–][\p{L}\d]+)*)(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/giu;
  const body = doc.text.slice(0, doc.bodyEnd);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const docType = DOC_TYPES.find(([r]) => r.test(m![1]))?.[1];
    const issuedOn = m[5] ? `${m[5]}-${m[4].padStart(2, "0")}-${m[3].padStart(2, "0")}` : undefined;
    out.push({
      kind: Label.Document,
      start: m.index,
      end: m.index + m[0].length,
      name: `${capitalize(m[1].toLowerCase())} số ${m[2]}`,
      pattern: `pattern "${m[1]} số …/…"`,
      props: { number: m[2], ...(docType ? { docType } : {}), ...(issuedOn ? { issuedOn } : {}) },
    });
  }
  return out;
}

/** Every mention of the article, in text order. Place mentions let names hold places ("UBND huyện Than Uyên"). */
export function findMentions(doc: Doc, places: readonly PlaceMention[]): EntityMention[] {
  // (orgs6) not the closing credit's bodies, nor a bare union's name beside a level of it
  const found = (f: FoundName, orgType: string, pattern: string): EntityMention => ({ kind: Label.Organization, ...f, pattern, props: { orgType } });
  const read = doc.lang === "en" ? widenEnglishNames(doc.text, joinCutNames(doc.text, organizations(doc, places))) : organizations(doc, places);
  const free = (f: FoundName) => f.end <= doc.bodyEnd && !read.some((o) => o.start < f.end && f.start < o.end);
  const orgs = dropNonActors(doc, [
    ...read,
    ...producerFacilities(doc.text)
      .filter(free)
      .map((f) => found(f, "BUSINESS", 'pattern "cơ sở sản xuất <product>"')),
    ...bracketOwners(doc.text)
      .filter(free)
      .map((f) => found(f, "OTHER", 'pattern "<project> (<initials>-<initials>)"')),
    ...(doc.lang === "en" ? projectManagementUnits(doc.text) : []).filter(free).map((f) => found(f, "GOVERNMENT_AGENCY", 'pattern "<level> Project Management Unit" (orgs8)')),
  ]);
  // an organization inside another: kept as the outer one's unit when the outer is a part of it
  const outerHeads = /^(ban|văn phòng|phòng|trung tâm|chi cục|cục|viện)\b/iu;
  const kept: EntityMention[] = [];
  for (const m of orgs.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const outer = m.distributed ? undefined : kept.find((o) => o.start <= m.start && m.end <= o.end && !o.distributed && o.inner !== m);
    if (!outer) {
      kept.push(m);
      continue;
    }
    if (outer.start < m.start && outerHeads.test(outer.name) && !m.ref) {
      outer.inner = m;
      kept.push(m);
    }
  }
  const all = [
    ...kept,
    ...events(doc, places),
    ...programs(doc, places),
    // (orgs8) "Provincial Project| Management Unit": the unit's first words are no project
    ...projects(doc, places).filter((m) => !beforeManagementUnit(doc.text, m.end)),
    ...models(doc, places),
    ...people(doc, places),
    ...ethnicGroups(doc),
    ...products(doc),
    ...documents(doc),
  ];
  // (orgs8) "Giám đốc Công ty … Trần Văn Long": the holder the body's name had run into is a person
  for (const o of doc.lang === "vi" ? kept : []) {
    const holder = holderAfterBody(doc.text, o, (w) => SURNAMES.has(foldDiacritics(w)));
    if (holder && !all.some((m) => m.kind === Label.Person && m.start < holder.end && holder.start < m.end))
      all.push({ kind: Label.Person, ...holder, pattern: "a full name after a post and its body (orgs8)", props: {}, positions: [] });
  }
  // a person's positions name organizations
  for (const p of all.filter((m) => m.kind === Label.Person)) {
    for (const pos of p.positions ?? []) {
      pos.org = kept.find(
        (o) =>
          (o.start >= pos.span.end && /^[ \t]*(?:(?:of|của)[ \t]+(?:the[ \t]+)?)?$/iu.test(doc.text.slice(pos.span.end, o.start))) ||
          // "Trưởng phòng Nông nghiệp huyện …": the body starts with the position's last word
          (o.start > pos.span.start && o.start < pos.span.end && o.end > pos.span.end),
      );
    }
  }
  // (models6) a national fund read as a program ("Quỹ Quốc gia giải quyết việc làm") is not also a body of the same words
  const funds = all.filter((m) => m.kind === Label.Program && m.pattern === NATIONAL_FUND_PATTERN);
  if (funds.length) all.splice(0, all.length, ...all.filter((m) => !(m.kind === Label.Organization && funds.some((f) => f.start === m.start))));
  // names of organizations, events and programs are not models, people or products
  const named = all.filter(
    (m) => m.kind === Label.Organization || m.kind === Label.Program || m.kind === Label.Project || m.kind === Label.Document || (m.kind === Label.Event && m.quotedName),
  );
  return all
    .filter(
      (m) =>
        m.kind === Label.Organization ||
        m.kind === Label.Event ||
        m.kind === Label.Program ||
        m.kind === Label.Project ||
        m.kind === Label.Document ||
        !named.some((o) => o.start <= m.start && m.end <= o.end && !(m.kind === Label.Model && (o.kind === Label.Event || m.inName))),
    )
    .filter((m) => !(m.kind === Label.Model && !m.inName && named.some((o) => o.kind === Label.Organization && o.start <= m.start && m.end <= o.end)))
    .sort((a, b) => a.start - b.start);
}
