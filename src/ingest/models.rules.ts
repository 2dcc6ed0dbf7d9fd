/**
 * Round 8 (models8) rules for livelihood models on sentences nobody tuned the rules for. Pure functions over the
 * article's text (or a model's name and the words after it); ingest.mentions.ts (`models`) turns what they return into
 * model mentions. Contract: every function returns only what its sentence states (a name built from the text's own
 * words), and nothing for the look-alikes its comment names.
 */
import type { Span } from "./ingest.text";

/** A model found in the text: where it stands and its name. */
export interface FoundModel extends Span {
  name: string;
  pattern: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const squashed = (s: string): string => s.replace(/\s+/gu, " ").trim();

/** Vietnamese count words before "con"/"cây" ("Hai mươi con bò giống đã được trao …"), lower case. */
export const VI_COUNT_WORDS: ReadonlySet<string> = new Set([
  "một",
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
  "mười",
  "mươi",
  "trăm",
  "nghìn",
  "ngàn",
  "chục",
  "lăm",
  "mốt",
  "tư",
]);

/**
 * Words that end what is raised or grown after its first word: a measure or an amount of the area or herd ("vùng trồng
 * quế hữu cơ rộng hơn 200 ha", "nuôi dê quy mô 50 con"). Never a word of a kind ("sinh sản", "thả vườn").
 */
export const VI_OBJECT_END_WORDS: ReadonlySet<string> = new Set(["rộng", "diện", "quy", "tổng", "khoảng", "gần", "hơn", "trên", "đạt", "mỗi", "năng"]);

/**
 * A standard a crop or animal is produced to, after "sản xuất <object>": "sản xuất lúa theo tiêu chuẩn VietGAP", "sản xuất chè
 * theo hướng hữu cơ", "sản xuất rau đạt chuẩn VietGAP" → "Sản xuất lúa theo tiêu chuẩn VietGAP". `isObject` says whether a word
 * is an animal or plant of the lexicon (with the word after it). Not read: "sản xuất" of anything else ("sản xuất gạch theo
 * …"), or without a standard ("sản xuất lúa", a commodity).
 */
export function viStandardProduction(text: string, from: number, to: number, isObject: (word: string, next: string) => boolean): FoundModel[] {
  const out: FoundModel[] = [];
  const body = text.slice(from, to);
  const re =
    /(?<![\p{L}])[Ss]ản xuất[ \t]+(\p{Ll}+)((?:[ \t]+\p{Ll}+)?)[ \t]+((?:theo[ \t]+(?:hướng|tiêu[ \t]+chuẩn|quy[ \t]+trình|chuẩn)|đạt[ \t]+(?:tiêu[ \t]+)?chuẩn)[ \t]+(?:hữu[ \t]+cơ|VietGAP|GlobalGAP|an[ \t]+toàn(?:[ \t]+sinh[ \t]+học)?|sạch|sinh[ \t]+học|tuần[ \t]+hoàn))(?![\p{L}])/gu;
  for (const m of body.matchAll(re)) {
    const second = m[2].trim();
    if (!isObject(m[1], second)) continue;
    // "sản xuất lúa gạo theo …": a second word of the object stays; a word that is no kind of it ("lúa năm nay") would not match
    if (second && !/^(?:gạo|nước|lai|giống|phê|su|tiêu|liệu|quả|sạch|thịt|sữa|tằm|ca|nhĩ|long)$/u.test(second)) continue;
    const start = from + (m.index ?? 0);
    out.push({
      start,
      end: start + m[0].length,
      name: cap(
        squashed(m[0])
          .toLowerCase()
          .replace(/vietgap/u, "VietGAP")
          .replace(/globalgap/u, "GlobalGAP"),
      ),
      pattern: 'pattern "sản xuất <object> theo <standard>"',
    });
  }
  return out;
}

/**
 * Services Vietnamese texts name by a fixed phrase: village veterinarians ("thú y viên thôn bản", "mạng lưới thú y thôn
 * bản", "thú y cộng đồng") and vocational training tied to jobs ("đào tạo nghề gắn với giải quyết việc làm", "dạy nghề gắn
 * với tạo việc làm"). Not read: "thú y" alone (a body, "Trạm Thú y"), "cán bộ thú y cơ sở" (the commune's veterinary staff,
 * a training's audience), "đào tạo nghề" without the jobs it is tied to (a course, an event).
 */
export function viServicePhrases(text: string, from: number, to: number): FoundModel[] {
  const out: FoundModel[] = [];
  const body = text.slice(from, to);
  const phrases: [RegExp, string][] = [
    [/(?<![\p{L}])thú y (?:viên )?(?:thôn bản|cộng đồng)(?![\p{L}])/giu, "village veterinarians"],
    [/(?<![\p{L}])(?:đào tạo|dạy) nghề(?: cho lao động nông thôn)? gắn với (?:giải quyết |tạo )?việc làm(?![\p{L}])/giu, "vocational training tied to jobs"],
  ];
  for (const [re, what] of phrases)
    for (const m of body.matchAll(re)) {
      const start = from + (m.index ?? 0);
      // "Trạm Thú y …": a capitalised "Thú" inside a sentence is a body's name
      if (/^Thú/u.test(m[0]) && !/(?:^|[.!?\n:;][ \t]*)$/u.test(text.slice(Math.max(from, start - 3), start))) continue;
      out.push({ start, end: start + m[0].length, name: cap(squashed(m[0]).toLowerCase()), pattern: `a common phrase (${what})` });
    }
  return out;
}

/**
 * The product and the chain after "liên kết sản xuất (và tiêu thụ)": "liên kết sản xuất lúa theo chuỗi (giá trị)" → "lúa theo
 * chuỗi". `rest` is the text right after the phrase; the product must be an animal or plant of the lexicon (`isObject`), with at
 * most one word of its kind after it (`isKind`), and "theo chuỗi" right after them. Returns the words and how many characters of
 * `rest` they take, or undefined: a linkage of a product without the chain keeps the rules' short name ("liên kết sản xuất lúa
 * với công ty" → "Liên kết sản xuất", as round 2's tests read it), and so does one without a product ("… với doanh nghiệp").
 */
export function linkageProduct(rest: string, isObject: (word: string, next: string) => boolean, isKind: (word: string) => boolean): { words: string; length: number } | undefined {
  const m = /^([ \t]+)(\p{Ll}+)((?:[ \t]+(?!theo(?!\p{L}))\p{Ll}+)?)([ \t]+theo[ \t]+chuỗi(?:[ \t]+giá[ \t]+trị)?)(?!\p{L})/u.exec(rest);
  if (!m || !isObject(m[2], m[3].trim()) || (m[3].trim() && !isKind(m[3].trim()))) return undefined;
  return { words: squashed(`${m[2]}${m[3]}${m[4]}`), length: m[0].length };
}

/**
 * English practices named by a fixed phrase of development work: village veterinarians ("village vets", "community animal
 * health workers") and a crop grown the climate-smart way ("climate-smart rice", "climate-resilient coffee farming").
 * `crop` says whether a word is a crop or animal of the lexicon. Not read: "veterinarians" alone, "climate-smart" before
 * anything that is no crop ("climate-smart approaches").
 */
export function enPracticePhrases(text: string, from: number, to: number, crop: (word: string) => boolean): FoundModel[] {
  const out: FoundModel[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(/\b(?:village|community|commune)(?:-based)? (?:veterinarians|vets|veterinary workers|animal health workers)\b/giu)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, name: cap(m[0].toLowerCase()), pattern: "a common phrase (village veterinarians)" });
  }
  for (const m of body.matchAll(/\bclimate-(?:smart|resilient) ([a-z]+)(?: (?:cultivation|farming|growing|production|raising))?\b/giu)) {
    if (!crop(m[1].toLowerCase())) continue;
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, name: cap(m[0].toLowerCase()), pattern: 'pattern "climate-smart <crop>"' });
  }
  return out;
}

/**
 * A value chain named by its product after it: "a value chain for cinnamon", "the value chain of tea" → "Cinnamon value
 * chain". `crop` is the lexicon's test; the caller checks that the sentence develops or supports the chain. Not read: a chain
 * of something that is no crop or animal ("value chain for local products").
 */
export function enChainOfProduct(text: string, from: number, to: number, crop: (word: string) => string | undefined): FoundModel[] {
  const out: FoundModel[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(/\bvalue chains? (?:for|of) (?:the )?([a-z]+)\b/giu)) {
    const name = crop(m[1].toLowerCase());
    if (!name) continue;
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, name: `${cap(name)} value chain`, pattern: 'pattern "value chain for <product>"' });
  }
  return out;
}

/**
 * A crop grown under the forest canopy, said in the passive: "Ginseng grown under the forest canopy …", "cardamom planted
 * under forest canopy" → "Ginseng growing under the forest canopy". `crop` gives the lexicon's name of a crop word.
 */
export function enUnderCanopy(text: string, from: number, to: number, crop: (word: string) => string | undefined): FoundModel[] {
  const out: FoundModel[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(/\b([A-Za-z]+) (?:grown|planted|cultivated) (under (?:the )?(?:forest )?canopy|under forest cover)\b/gu)) {
    const name = crop(m[1].toLowerCase());
    if (!name) continue;
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, name: cap(`${name} growing ${m[2].toLowerCase()}`), pattern: 'pattern "<crop> grown under the forest canopy"' });
  }
  return out;
}

/**
 * What goes on an English practice's name from the words right after it: "microcredit" + " groups", "vocational training" +
 * " linked to jobs", "ginseng growing" + " under forest canopy". Returns the words to add ("" when none).
 */
export function enPracticeTail(name: string, rest: string): string {
  if (/^micro-?(?:credit|finance)$/iu.test(name)) return /^[ \t]+(?:groups?|clubs?|services|loans|schemes?)\b/iu.exec(rest)?.[0] ?? "";
  if (/vocational training$/iu.test(name)) return /^[ \t]+(?:linked|tied|connected) to (?:jobs|employment)\b/iu.exec(rest)?.[0] ?? "";
  if (/ (?:growing|farming|cultivation)$/iu.test(name)) return /^[ \t]+(?:under (?:the )?(?:forest )?canopy|under forest cover)\b/iu.exec(rest)?.[0] ?? "";
  return "";
}

/**
 * Words that say the kind of an animal before it, between a finite verb and the animal ("raise black pigs"). Not "breeding":
 * "raise breeding cows" stays "Cow raising", as the rules name breeding stock elsewhere.
 */
export const EN_KIND_WORDS: ReadonlySet<string> = new Set(["black", "local", "native", "hybrid", "indigenous", "free-range", "dairy", "beef", "laying"]);

/** "Black-pig raising" → "Black pig raising": a hyphen before an animal or plant of the lexicon joins no name. */
export const unhyphenObject = (name: string, isObject: (word: string) => boolean): string =>
  name.replace(/(\p{L})-(\p{L}+)(?= )/gu, (all, a: string, b: string) => (isObject(b.toLowerCase()) ? `${a} ${b}` : all));
