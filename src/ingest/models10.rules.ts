/**
 * Round 10 (models10) rules against livelihood models drafted with names that are no names. Pure functions over words
 * (lower case) and short strings; ingest.mentions.ts (`models`) asks them before it drafts a model. Contract: each
 * function says only whether the words it is given can start, continue or be a model's name; none of them drafts a
 * model by itself, so each can only take a wrong name away (or keep a product's name whole).
 */

/**
 * First words after "mô hình" that say something of the model instead of naming it: an adjective of judgement, a
 * negation, a modal or degree word ("mô hình phù hợp với …", "nhiều mô hình chưa duy trì được", "mô hình rất hiệu quả").
 * Two-word judgements are matched as a pair ("phù hợp", "hiệu quả", "tiêu biểu"), so "mô hình hiệu …" alone is not read.
 */
const VI_PREDICATE_FIRST: ReadonlySet<string> = new Set(["chưa", "không", "chẳng", "cần", "rất", "khá", "đều", "cũng", "còn", "luôn", "nào", "vừa", "từng"]);
const VI_PREDICATE_PAIRS: ReadonlySet<string> = new Set([
  "phù hợp",
  "hiệu quả",
  "tiêu biểu",
  "điển hình",
  "bền vững",
  "khả thi",
  "thành công",
  "tiên tiến",
  "nổi bật",
  "phổ biến",
  "hiện có",
]);

/** Whether the words after "mô hình" (lower case, in order) open with a predicate, not a model's name. */
export function viPredicateAfterModel(words: readonly string[]): boolean {
  if (!words.length) return false;
  return VI_PREDICATE_FIRST.has(words[0]) || VI_PREDICATE_PAIRS.has(`${words[0]} ${words[1] ?? ""}`);
}

/**
 * Words that cannot open the product of a verb-led model ("sấy …", "chế biến …", "nuôi …", "trồng …"): a direction or
 * result ("sấy lên 5 sao", "chế biến thành bột"), an adjective of manner or age ("sấy dẻo", "sấy giòn", "máy sấy mới"), a
 * comparison or change ("cao gấp 3 lần", "tăng gấp đôi", "giảm"), a verb of helping ("thiết bị chế biến hỗ trợ từ …"), a
 * region ("sấy vùng Đơn Dương"), a quantifier, a negation, a modal or tense word. A product is a noun: none of these.
 */
export const VI_NOT_PRODUCT_FIRST: ReadonlySet<string> = new Set([
  "lên",
  "xuống",
  "ra",
  "vào",
  "lại",
  "xong",
  "thêm",
  "thành",
  "mới",
  "cũ",
  "cao",
  "thấp",
  "gấp",
  "hơn",
  "bằng",
  "tăng",
  "giảm",
  "hỗ",
  "giúp",
  "đạt",
  "dẻo",
  "giòn",
  "khô",
  "nhanh",
  "chậm",
  "tốt",
  "kém",
  "vùng",
  "khu",
  "nhiều",
  "ít",
  "mỗi",
  "toàn",
  "không",
  "chưa",
  "chẳng",
  "đã",
  "đang",
  "sẽ",
  "được",
  "bị",
  "cần",
  "rất",
  "khá",
  "quá",
  "đều",
  "hiệu",
  "sâu",
  "tại",
]);

/**
 * Words after a verb-led model's product that end it and make the clause a judgement of the practice, not a name:
 * "Nuôi dê không khó", "trồng chè chưa hiệu quả", "nuôi bò rất vất vả". A verb-led mention followed by one of them is
 * the subject of an evaluative clause (a quote, a comment), and no model's name; the model, if the article runs it, is
 * named where it is said.
 */
export const VI_JUDGEMENT_AFTER: ReadonlySet<string> = new Set(["không", "chưa", "chẳng", "rất", "khá", "quá", "đều", "thì"]);

/** Verbs of trade after a product that end it: "sấy hồng bán cho khách" is "Sấy hồng" (the selling is another clause). */
export const VI_TRADE_AFTER: ReadonlySet<string> = new Set(["bán", "mua", "đem"]);

/**
 * Crop and animal names of more than one syllable whose later syllables are also common words that end a name elsewhere
 * ("nhân" of "nhân dịp", "ca" of "ca sĩ"): "sa nhân (tím)", "cà phê", "mắc ca", "ba kích (tím)", "hà thủ ô (đỏ)",
 * "đương quy", "thảo quả", "chanh leo", "hồ tiêu", "sơn tra", "tam thất", "đinh lăng". Kept whole after "trồng"/"mô hình".
 */
const VI_COMPOUND_PRODUCTS: readonly (readonly string[])[] = [
  ["sa", "nhân", "tím"],
  ["sa", "nhân"],
  ["cà", "phê"],
  ["mắc", "ca"],
  ["ba", "kích", "tím"],
  ["ba", "kích"],
  ["hà", "thủ", "ô", "đỏ"],
  ["hà", "thủ", "ô"],
  ["đương", "quy"],
  ["thảo", "quả"],
  ["chanh", "leo"],
  ["hồ", "tiêu"],
  ["sơn", "tra"],
  ["tam", "thất"],
  ["đinh", "lăng"],
];

/** How many of `words` (lower case) from `at` a multi-syllable crop or animal name takes (the longest), or 0. */
export function viCompoundProductLength(words: readonly string[], at: number): number {
  for (const c of VI_COMPOUND_PRODUCTS) if (c.every((w, k) => words[at + k] === w)) return c.length;
  return 0;
}

/**
 * English words that cannot be part of a practice's name just before "model(s)": a verb or its particle ("leave behind
 * models", "scale up models", "replicate models"), a quantifier or a judgement ("such models", "good models"). The walk
 * back from "model" stops at them.
 */
const EN_NOT_BEFORE_MODEL: ReadonlySet<string> = new Set([
  "behind",
  "up",
  "out",
  "off",
  "down",
  "over",
  "back",
  "away",
  "leave",
  "leaves",
  "replicate",
  "replicated",
  "scale",
  "expand",
  "build",
  "develop",
  "support",
  "promote",
  "adopt",
  "apply",
  "test",
  "introduce",
  "share",
  "learn",
  "see",
  "visit",
  "create",
  "establish",
  "become",
  "such",
  "other",
  "more",
  "many",
  "some",
  "several",
  "good",
  "best",
  "similar",
  "proven",
  "two",
  "three",
  "both",
  "all",
  "any",
  "our",
  "your",
  "his",
  "her",
  "those",
]);

/** Whether an English word (lower case) may stand in a practice's name right before "model(s)". */
export const enMayPrecedeModel = (word: string): boolean => !EN_NOT_BEFORE_MODEL.has(word);

/**
 * A possessive at the head of an English practice's name: "village's goat raising" → how many characters to drop
 * ("village's "), or 0. The owner (a village, a group, a district) says whose the practice is, not what it is.
 */
export function enPossessiveHead(name: string): number {
  const m = /^(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+['’]s?[ \t]+(?=\S)/u.exec(name);
  return m ? m[0].length : 0;
}

/** Whether `at` stands inside a quotation of its paragraph (a speaker's words: an opening mark not yet closed). */
export function insideQuote(text: string, at: number): boolean {
  const para = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  const straight = (para.match(/"/gu) ?? []).length;
  const opened = (para.match(/“/gu) ?? []).length - (para.match(/”/gu) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

/**
 * A bare linkage ("liên kết sản xuất", "liên kết tiêu thụ", with no product along a chain) is a model where the clause
 * says who links with whom: a party after it ("… với doanh nghiệp", "… với hai công ty", "… với hợp tác xã"), a business or
 * cooperative before it in the clause ("HTX … liên kết …"), or "mô hình" before it. `before` is the sentence up to the phrase (the business is looked for after its last comma),
 * `after` the text from its end. Not a model: a linkage said in passing, with no party ("gắn sản xuất với liên kết tiêu thụ
 * ngay từ đầu", "liên kết tiêu thụ sản phẩm với giá cao hơn"), inside a quotation, or one with households that grow or raise
 * something ("liên kết sản xuất với 45 hộ trồng rau …": the linkage is part of that growing, named there).
 */
export function viBareLinkageStated(before: string, after: string, quoted: boolean): boolean {
  if (quoted) return false;
  const clauseAfter = after.split(/[.;:!?\n]/u)[0];
  if (/^[ \t]+với[ \t]+(?:(?:khoảng|hơn|gần|trên)[ \t]+)?\d[\d.,]*[ \t]+(?:hộ|nông hộ|hộ dân|hộ gia đình)[ \t]+(?:trồng|nuôi|chăn nuôi)(?![\p{L}])/iu.test(clauseAfter))
    return false;
  if (/(?<![\p{L}])mô hình[ \t]+$/iu.test(before)) return true;
  const PARTY = String.raw`(?:doanh nghiệp|công ty|HTX|hợp tác xã|tổ hợp tác|thương lái|nhà máy|siêu thị|cơ sở|đơn vị|đối tác|hộ|nông dân|người dân)`;
  if (new RegExp(String.raw`(?<![\p{L}])với[ \t]+(?:(?:một|hai|ba|các|những|nhiều|\d[\d.,]*)[ \t]+)?${PARTY}(?![\p{L}])`, "iu").test(clauseAfter)) return true;
  return /(?<![\p{L}])(?:doanh nghiệp|công ty|HTX|hợp tác xã|tổ hợp tác)(?![\p{L}])/iu.test(before.split(/[,]/u).at(-1) ?? "");
}
