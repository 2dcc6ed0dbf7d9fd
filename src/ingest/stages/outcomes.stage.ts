/**
 * Stage 14, outcomes: what a source says came of the work, in words (numbers stay metrics). A
 * sentence that states a result ("đã giúp … tăng thu nhập", "helped farmers raise"), a lesson
 * ("bài học kinh nghiệm", "lessons learned"), a change of awareness or practice ("thay đổi nhận
 * thức", "raised awareness") or a next step ("sẽ tiếp tục nhân rộng", "plans to scale up") is
 * drafted as an Outcome of that type, HAS_OUTCOME from the activity or model its sentence names
 * (else the article's project or event, marked inferred). The outcome's name is the start of the
 * sentence's clause, for the curator to put in their own words; the quote is the clause.
 */
import { OutcomeType } from "../../graph/graph.enums";
import { Label, OUTCOME_HOLDERS, RelType } from "../../graph/graph.model";
import { type ArticleDraft, declareNew, type DraftEntity, mainEvent, mainProject, relate } from "../ingest.draft";
import { squash, type Span } from "../ingest.text";
import { namesProgram, nextOpener, nextStepLater, oneHolder, reportedStart, soFarResult } from "./outcomes9.rules";

/** The cues of each outcome type, in order of precedence (a next step that promises a change is a next step). */
export const OUTCOME_CUES: readonly { type: OutcomeType; cue: RegExp }[] = [
  {
    type: OutcomeType.NEXT_STEP,
    cue: /(?<!\p{L})(nhân rộng|thời gian tới|sắp tới|phấn đấu|dự kiến|định hướng|sẽ (được )?(tiếp tục|triển khai|nhân rộng|hỗ trợ|mở rộng|phối hợp|tổ chức|xây dựng|nhận|trao|cấp|giao|chuyển|luân chuyển|hoàn trả|giúp|góp phần)|tiếp tục (được )?(duy trì|triển khai|nhân rộng|hỗ trợ|phối hợp|mở rộng|đồng hành|theo dõi)|will (continue|expand|scale|replicate|be (expanded|replicated|scaled))|plans? to|scal(e|ing) up|replicat(e|ing) (the|this|it)|(replicate|sustain|expand|spread|scale up)(?!\p{L})[^.;]{0,30}?(?<!\p{L})(outcomes|results|achievements|successes)(?!\p{L})|next (phase|steps?)|going forward|tiếp tục|trong (những )?(năm|tháng) tới|will (also )?(support|provide|help|build|train|implement|work|focus|continue|expand)|in the (coming|next) (years?|months|phase)|in the future|in the (time to come|coming time)|(hope[sd]?|expects?|expected) (that )?[^.;]{0,80}(would|will)|(hy vọng|kỳ vọng|mong muốn) [^.;]{0,60}sẽ)/iu,
  },
  {
    type: OutcomeType.LESSON,
    cue: /(?<!\p{L})(bài học|lessons?( learned| learnt)?(?!\p{L})|rút (ra )?(được )?(nhiều )?kinh nghiệm|kinh nghiệm (quý|hay|thực tế)|kinh nghiệm (được )?rút ra|bí quyết|key to (the )?success|(most )?important factors?|key factors?|factors? (behind|of) (the |its |their )?success|secret (of|to|behind)|yếu tố (then chốt|quyết định|quan trọng)|chìa khóa (của|dẫn đến|để) (sự )?thành công|(learned|learnt) that)/iu,
  },
  {
    type: OutcomeType.CHANGE,
    cue: /(?<!\p{L})(thay đổi (nhận thức|tư duy|cách (nghĩ|làm))|nâng cao nhận thức|chuyển biến (rõ|tích cực)|raised (their |the )?awareness|changed (their |the )?(\p{L}+ )?(mindset|practices?|attitudes?|behaviou?r)|(improvements?|changes?) in (their |the )?(awareness|mindset|attitudes?|practices?|behaviou?r|knowledge)|(economic(al)?|spiritual|positive) changes|improved (their |the )?(awareness|knowledge|skills|practices?|mindset)|(có )?(sự )?(thay đổi|chuyển biến) (rõ rệt|đáng kể)|nhận thức [^.;]{0,50}(được nâng lên|đã thay đổi|thay đổi rõ))/iu,
  },
  {
    type: OutcomeType.RESULT,
    cue: /(?<!\p{L})(đã giúp|(đã )?góp phần (nâng cao|cải thiện|giảm|tăng|thúc đẩy)|(has|have) contributed to|giúp (cho )?[^.;]{0,60}(tăng|nâng cao|cải thiện|thoát nghèo|ổn định|phát triển kinh tế|làm chủ)|mang lại (hiệu quả|thu nhập|nguồn thu|lợi nhuận)|(đã|đều) (thoát nghèo|có thu nhập|cho thu)|hiệu quả (kinh tế )?(rõ rệt|thiết thực|cao|bước đầu)|(đạt|đem lại) (hiệu quả|kết quả)|lãi (ròng )?(khoảng|hơn|trên|từ)|(has|have) helped|(đã|đều) (cải thiện|nâng cao|tăng) (được )?(thu nhập|đời sống|sinh kế|năng suất|sản lượng)|helping [^.;]{0,60}(recover|increase|improve|raise|escape|earn)|(managed to|were able to|was able to) (increase|raise|improve|double)|tăng từ [\d.,]+ [^.;]{0,20}lên [\d.,]+|(increased|grew|rose|risen|went up|climbed) from [\d.,]+ [^.;]{0,20}to [\d.,]+|helped [^.;]{0,60}(increase|improve|raise|recover|escape|earn)|resulted in|(has|have) (increased|improved)|successfully|(đạt|thu) được kết quả|as a result|results? (show|showed|shows)|thu nhập (của [^.;]{0,40})?(tăng|cao hơn|gấp)|tăng (gấp|thêm) [^.;]{0,20}(lần|triệu|%)|incomes? (has |have )?(increased|rose|risen|doubled|tripled|grew)|(earn|earned|earning) (more|double|triple|twice)|triple income|tripled|escaped poverty|(lifted|moved) out of poverty|giảm (được )?(tỷ lệ )?(hộ )?nghèo (từ|xuống|còn))/iu,
  },
];

const MAX_NAME_WORDS = 14;

/** A purpose an activity states for itself ("Dự án nhằm …", "The training aims to …", "Chuyến khảo sát sẽ …"): what it is to bring, a next step of it; not when or where it will be held, nor whom it will cover (that is the activity itself). */
const PURPOSE =
  /(?<!\p{L})(sẽ(?! (được )?(tổ chức|diễn ra|khai mạc|kéo dài|(thực hiện|triển khai) (tại|ở|trong|từ)))|will(?! (also )?(target|cover|reach|benefit|be (held|implemented|carried out)|take place|open|last|run from))|nhằm|hướng tới|kỳ vọng|aims? to|is (meant|expected|intended|designed) to|are expected to|seeks? to)(?!\p{L})/iu;
/** A goal quoted rather than a thing that came about: no result, change or lesson is read from it ("mục tiêu quốc gia" is a program's name). */
const GOAL = /(?<!\p{L})(mục tiêu(?! quốc gia)|mục đích|nhằm|objectives?|goals?|aims? to|aimed at|tập trung vào)(?!\p{L})/iu;
/** What makes a bare "tiếp tục" a next step rather than narration ("the delegation went on to visit"). */
const FUTURE = /(?<!\p{L})(sẽ|thời gian tới|sắp tới|(năm|tháng|giai đoạn) tới|đến năm \d{4}|will|going to|next)(?!\p{L})/iu;
/** What a bare "giúp … tăng" needs to be a result and not a promise ("qua đó giúp nông dân cải thiện đời sống" of a project that is starting). */
const DONE = /(?<!\p{L})(đã|đều|nhờ|đến nay|hiện nay|vừa qua|(những|các|\d+) năm qua|sau (khi|\d+))(?!\p{L})/iu;
/** "…, qua đó giúp …", "…, từ đó giúp …": what the clause before it is to bring, right before the cue. */
const THEREBY = /(?<!\p{L})(qua đó|từ đó)\s*$/iu;
/** The sentence's subject is the article's own activity named by its kind ("Dự án này …", "The training …"), after at most a leading adverbial. */
const SUBJECT_ACTIVITY =
  /^(?:[^,.;:]{0,30},\s*)?(?:(dự án|the project|this project)|(hoạt động|lớp (?:tập huấn|học|bồi dưỡng)|khóa (?:tập huấn|học|đào tạo)|buổi|chuyến|hội thảo|hội nghị|the (?:activity|course|training|workshop|visit|tour|event|meeting)|this (?:activity|course|training|workshop|visit|tour|event|meeting)))(?!\p{L})/iu;
/** A next step that is the event itself, announced ("UBND xã sẽ tổ chức lễ trao bò …", "the union will hold a workshop"). */
const ANNOUNCES = /^(sẽ (được )?tổ chức|will (hold|organi[sz]e|host))/iu;
/** "Sau khóa học, học viên được hỗ trợ …", "After the training, households receive …": what follows the article's own event. */
const AFTER_EVENT =
  /^(?:ngay )?(?:sau|after) (?:khi |the )?(?:khóa (?:học|tập huấn)|lớp (?:tập huấn|học)|tập huấn|buổi \p{L}+|hội thảo|lễ \p{L}+|courses?|training|workshop|ceremony|handover)[^,]{0,40},/iu;
/**
 * (outcomes5) "Ngay sau khi nhận bò, …", "Sau khi được cấp cây giống, …", "After receiving the goats, …": what follows the article's
 * handover, read as AFTER_EVENT is. Only goods of a livelihood (animals, seedlings, crops, seed, feed, tools, a loan): "sau khi nhận được
 * thông báo" or "after receiving the invitation" is not the handover.
 */
const AFTER_RECEIVING =
  /^(?:ngay )?(?:sau khi|right after|after) (?:(?:được )?(?:nhận|tiếp nhận|cấp|trao|giao|hỗ trợ)(?: được)?|receiving|being (?:given|handed|provided with)) (?:(?:the|their|its|a|\d+|[\d.]+) )?(?:[^,\s]+ ){0,2}?(?:bò|trâu|dê|lợn|heo|gà|vịt|ngan|cá|thỏ|con giống|cây giống|cây|giống|sâm|chè|quế|cà phê|lúa|ngô|hạt giống|phân bón|thức ăn|vốn|máy|nông cụ|cows?|cattle|buffalo(?:es)?|goats?|pigs?|chickens?|chicks|ducks?|seedlings?|saplings?|seeds?|ginseng|tea|coffee|cinnamon|rice|maize|fertili[sz]ers?|feed|loans?|tools?|animals?|livestock)(?!\p{L})[^,]{0,40},/iu;
/**
 * (outcomes5) What the receiving households commit to, they being the subject after at most a leading clause ("Để được nhận bò, các hộ
 * phải cam kết …", "Gia đình nhận bò có trách nhiệm …", "The families pledged to …"): a next step of the handover. Another's promise
 * that names the households ("nhà tài trợ … hỗ trợ 20 hộ, đồng thời cam kết …") is not theirs.
 */
const COMMITMENT =
  /^(?:[^,.;:]{0,80},\s*)?(?:(?:các|mỗi|những|\d+|the|each|all|every|poor) )?(?:hộ|gia đình|người nhận|households?|famil(?:y|ies)|recipients?)(?!\p{L})[^,.;:]{0,50}?(?<!\p{L})(?:cam kết|có trách nhiệm|(?:must|ha(?:ve|s) to) commit|pledged? to|committed (?:themselves )?to|undert(?:ook|ake) to|agreed to|(?:are|is) responsible for)(?!\p{L})/iu;
/** The commitment's verb, where the cue is (its holder is the activity nearest to it). */
const COMMIT_VERB =
  /(?<!\p{L})(?:cam kết|có trách nhiệm|(?:must|ha(?:ve|s) to) commit|pledged? to|committed (?:themselves )?to|undert(?:ook|ake) to|agreed to|(?:are|is) responsible for)(?!\p{L})/iu;
/** A standing rule of a programme or model ("Theo quy định của chương trình …"): the commitment is its mechanism, held by what the sentence names. */
const BY_RULE = /(?<!\p{L})(theo quy định|theo quy chế|under the (rules?|terms)|according to the (rules?|terms))(?!\p{L})/iu;
/**
 * (outcomes5) A model referred back to as the subject ("Mô hình này …", "Cách làm này …", "This (new) system/practice …"), and the
 * benefit it brings ("giúp giảm …", "helps cut …"): the standing result of the model last named, not a promise ("sẽ", "will") nor a goal.
 */
const MODEL_ANAPHOR =
  /^(?:[^,.;]{0,30},\s*)?(?:(mô hình|phương pháp|kỹ thuật|cách làm|giải pháp)(?: mới)? này|(?:this|that) (?:new |innovative )?(system|model|practice|method|technique|approach))(?!\p{L})/iu;
const BENEFIT =
  /(?<!\p{L})(giúp|helps?|allows?|enables?)(?!\p{L})[^.;]{0,40}?(?<!\p{L})(giảm|tăng|nâng cao|cải thiện|tiết kiệm|reduce|cut|lower|increase|raise|improve|save)(?!\p{L})/iu;
/** What follows it: something done right after (a result) or support still to come (a next step). */
const AFTER_DONE = /(?<!\p{L})(đã|went|took|were taken)(?!\p{L})/iu;
const AFTER_TO_COME = /(?<!\p{L})(sẽ|được (hỗ trợ|nhận|cấp|giao|vay)|will|receive|get)(?!\p{L})/iu;
const HEADING_WORDS = 30;
const TERMINAL = /[.!?…"”»)]\s*$/u;

/** A target set in a plan ("theo kế hoạch", "chỉ tiêu", "under the provincial plan", "targets"), or a rate a place is to reach: not a step of the article's activity. */
const PLAN = /(?<!\p{L})(theo kế hoạch|chỉ tiêu|under the (\p{L}+ )?plan|targets?|tỷ lệ (hộ )?nghèo|poverty rate)(?!\p{L})/iu;
/** A statement of the country's or a policy's record, not of the article's activity ("trên cả nước", "nationwide", "millions of households"). */
const GENERAL = /(?<!\p{L})(cả nước|toàn quốc|nationwide|across the country|(hàng )?triệu (hộ|người)|millions of)(?!\p{L})/iu;

/**
 * A place's own record, the sentence's subject being the place or its rate ("Năm 2023, huyện A đã giảm tỷ lệ hộ nghèo từ …", "Tỷ lệ hộ
 * nghèo của tỉnh …", "In 2023, the province's average income rose from …"): background, unless the sentence names an activity.
 */
const PLACE_RECORD =
  /^(?:[^,.;]{0,40},\s*)?(?:(?:toàn\s+)?(?:tỉnh|huyện|xã|thành phố|thị xã|thị trấn)(?!\p{L})|(?:the\s+)?(?:province|district|commune|country|city)(?:['’]s)?(?!\p{L})|\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*\s+(?:province|district|commune)(?:['’]s)?(?!\p{L})|(?:tỷ lệ (?:hộ )?nghèo|thu nhập bình quân|poverty rate|average income)[^,.;]{0,30}(?:của|of)\s+(?:the\s+)?(?:toàn\s+)?(?:tỉnh|huyện|xã|province|district|commune|country))/u;

/** A regular expression without Vietnamese diacritics, for a sentence written without them ("thu nhap tang gap doi"). */
const foldedRe = new Map<RegExp, RegExp>();
function plain(re: RegExp): RegExp {
  let out = foldedRe.get(re);
  if (!out) {
    out = new RegExp(
      re.source
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D"),
      re.flags,
    );
    foldedRe.set(re, out);
  }
  return out;
}
/** A Vietnamese sentence with no diacritics at all is matched by the folded cues. */
const NO_DIACRITICS = (sentence: string): boolean => /[a-z]{3}/iu.test(sentence) && !/[^ -~“”‘’–—…\s]/u.test(sentence);

/**
 * What outcomeOf read of a sentence: the outcome type and its cue, and, read the same way (with or
 * without diacritics), the kind of the article's own activity that holds it: the project or event
 * the sentence's subject names by its kind, the event when it opens with "after the course/ceremony
 * …" or states the receiving households' commitment; else none (the nearest named, or the fallback).
 */
interface Hit {
  type: OutcomeType;
  m: RegExpExecArray;
  own: Label | undefined;
  /** The noun "this …" refers back to a model with ("system", "mô hình"), when own is the model. */
  noun?: string;
}

/** The clause of a sentence that holds a position: between the semicolons around it. */
function clauseAt(text: string, s: Span, pos: number): Span {
  const before = text.lastIndexOf(";", pos);
  const after = text.indexOf(";", pos);
  return { start: before >= s.start ? before + 1 : s.start, end: after >= 0 && after < s.end ? after : s.end };
}

/** A period closing right before the cue ("giai đoạn 2021-2025, "), as titles of programs and plans write it. */
const TITLE_PERIOD = /giai đoạn \d{4}\s*[-–]\s*\d{4},?\s*$/iu;

/**
 * The first outcome type whose cue the sentence states, with the cue: a cue inside a named activity
 * ("hội thảo … định hướng đến năm 2025") is its name, not a plan; a result, change or lesson is not
 * read from a goal; a bare "tiếp tục" needs a future and a bare "giúp" a thing done. A purpose the
 * activity states for itself is a next step (the curators' reading).
 */
function outcomeOf(a: ArticleDraft, s: Span, sentence: string): Hit | undefined {
  const named = a.located.filter((l) => l.start >= s.start && l.end <= s.end && l.kind !== Label.Place);
  const insideName = (m: RegExpExecArray) => named.some((l) => s.start + m.index >= l.start && s.start + m.index < l.end);
  const re = a.doc.lang === "vi" && NO_DIACRITICS(sentence) ? plain : (x: RegExp) => x;
  // the country's or a policy's record: nothing of the article's activity came of it
  if (re(GENERAL).test(sentence)) return undefined;
  const subject = re(SUBJECT_ACTIVITY).exec(sentence);
  const after = re(AFTER_EVENT).exec(sentence) ?? re(AFTER_RECEIVING).exec(sentence);
  const ownKind = subject ? (subject[1] ? Label.Project : Label.Event) : after ? Label.Event : undefined;
  const hit = (type: OutcomeType, m: RegExpExecArray, own = ownKind): Hit => ({ type, m, own });
  // the receiving households' commitment: the handover's, unless it is a programme's standing rule (then read as any sentence)
  const commitment = re(COMMITMENT).test(sentence) && re(COMMIT_VERB).exec(sentence);
  if (commitment) return hit(OutcomeType.NEXT_STEP, commitment, re(BY_RULE).test(sentence) ? ownKind : Label.Event);
  const anaphor = re(MODEL_ANAPHOR).exec(sentence);
  const benefit = anaphor && re(BENEFIT).exec(sentence);
  if (anaphor && benefit && benefit.index - anaphor[0].length < 80 && !re(FUTURE).test(sentence) && !re(GOAL).test(sentence) && !re(PURPOSE).test(sentence))
    return { ...hit(OutcomeType.RESULT, benefit, Label.Model), noun: anaphor[1] ?? anaphor[2] };
  // once per sentence, not per cue: where a goal is quoted, and whether the sentence names an event
  const goal = re(GOAL).exec(sentence);
  // (events2) an announced event is no longer drafted (not held yet): its mention still makes the sentence the announcement
  const announced = named.some((l) => l.kind === Label.Event) || a.mentions.some((l) => l.kind === Label.Event && l.start >= s.start && l.end <= s.end);
  for (const { type, cue } of OUTCOME_CUES) {
    const m = re(cue).exec(sentence);
    if (!m || insideName(m)) continue;
    if (type !== OutcomeType.NEXT_STEP && goal && goal.index < m.index) continue;
    if (type === OutcomeType.NEXT_STEP && /^ti[eế]p t[uụ]c/iu.test(m[0]) && !re(FUTURE).test(sentence)) continue;
    // "giai đoạn 2016-2022, định hướng đến năm 2025": the orientation year of a program's or plan's title, not a step to come
    if (type === OutcomeType.NEXT_STEP && /^đ[iị]nh h[uư][oớ]ng/iu.test(m[0]) && re(TITLE_PERIOD).test(sentence.slice(0, m.index))) continue;
    if (type === OutcomeType.NEXT_STEP && re(ANNOUNCES).test(m[0]) && announced) continue;
    // a plan's target or a rate a place is to reach is the place's plan, not a step of the activity (nor a result: it is to come)
    if (type === OutcomeType.NEXT_STEP && re(PLAN).test(sentence)) return undefined;
    if (type === OutcomeType.RESULT && /^giúp|^giup/iu.test(m[0]) && !re(DONE).test(sentence)) {
      // (outcomes5) "Dự án kéo dài 36 tháng, qua đó giúp nông dân …": what the article's own activity is to bring, a next step
      if (subject && (subject[1] ? mainProject(a) : mainEvent(a)) && re(THEREBY).test(sentence.slice(0, m.index))) return hit(OutcomeType.NEXT_STEP, m);
      continue;
    }
    // a place's record when the sentence names no activity: background, not what came of the article's work
    if ((type === OutcomeType.RESULT || type === OutcomeType.CHANGE) && !named.some((l) => OUTCOME_HOLDERS.includes(l.kind)) && re(PLACE_RECORD).test(sentence)) return undefined;
    return hit(type, m);
  }
  const purpose = subject ? re(PURPOSE).exec(sentence) : null;
  if (purpose && subject && purpose.index >= subject.index + subject[0].length && purpose.index - (subject.index + subject[0].length) < 60)
    return hit(OutcomeType.NEXT_STEP, purpose);
  if (after) {
    if (re(AFTER_DONE).test(sentence)) return hit(OutcomeType.RESULT, after);
    if (re(AFTER_TO_COME).test(sentence)) return hit(OutcomeType.NEXT_STEP, after);
  }
  return undefined;
}

/**
 * The model "this model/system" refers back to: of the models named in the last sentence before the position that names any, the one
 * whose name holds the anaphor's noun ("This system" → "System of …"), else the first named (the sentence's topic, not an aside).
 */
function modelBefore(a: ArticleDraft, pos: number, noun: string): DraftEntity | undefined {
  const models = a.located.filter((l) => l.kind === Label.Model && l.end <= pos && a.entities.has(l.id));
  const last = models.sort((x, y) => y.end - x.end)[0];
  if (!last) return undefined;
  const sentence = a.doc.sentences.find((s) => s.start <= last.start && last.end <= s.end);
  const there = sentence ? models.filter((l) => l.start >= sentence.start && l.end <= sentence.end).sort((x, y) => x.start - y.start) : [last];
  const byNoun = noun ? there.find((l) => a.entities.get(l.id)?.name.toLowerCase().includes(noun.toLowerCase())) : undefined;
  return a.entities.get((byNoun ?? there[0] ?? last).id);
}

/** A subject that refers back to the sentence before ("Điều này đã giúp …", "In five years, this has helped …", "It also …"). */
const REFERS_BACK = /^(?:[^,.;]{0,40},\s*)?(?:điều này|việc này|this|that|it)(?!\p{L})/iu;
/** A model's name without its activity word ("Trồng sâm Ngọc Linh" → "sâm Ngọc Linh", "Cow raising" → "Cow"); two words at least. */
const ACTIVITY_WORD = /^(?:mô hình\s+)?(?:chăn nuôi|nuôi|trồng|sản xuất)\s+|\s+(?:growing|raising|farming|cultivation|production)$/giu;
function modelNamedBare(a: ArticleDraft, before: string): DraftEntity | undefined {
  const text = before.toLowerCase();
  return [...a.entities.values()].find((e) => {
    if (e.kind !== Label.Model) return false;
    const bare = e.name.replace(ACTIVITY_WORD, "").trim().toLowerCase();
    if (bare === e.name.toLowerCase() || bare.split(/\s+/u).length < 2) return false;
    const at = text.indexOf(bare);
    return at >= 0 && !/\p{L}/u.test(text.charAt(at + bare.length)) && (at === 0 || !/\p{L}/u.test(text.charAt(at - 1)));
  });
}

/**
 * What a sentence is about, for the next one to refer back to ("this has helped …"): a model it names, located or bare (what came of
 * it is the model's), else the first activity located in it.
 */
function heldBefore(a: ArticleDraft, s: Span): DraftEntity | undefined {
  const located = a.located.filter((l) => l.start >= s.start && l.end <= s.end && OUTCOME_HOLDERS.includes(l.kind) && a.entities.has(l.id)).sort((x, y) => x.start - y.start);
  const first = located.find((l) => l.kind === Label.Model);
  const model = first ? a.entities.get(first.id) : modelNamedBare(a, a.text.slice(s.start, s.end));
  return model ?? (located[0] ? a.entities.get(located[0].id) : undefined);
}

export function draftOutcomes(a: ArticleDraft): ArticleDraft {
  const { text, doc } = a;
  const holders: readonly Label[] = OUTCOME_HOLDERS;
  const fallback = mainProject(a) ?? mainEvent(a);
  const drafted = new Set<string>();
  for (const [i, s] of doc.sentences.entries()) {
    if (s.start < doc.title.end) continue;
    const sentence = text.slice(s.start, s.end);
    // a heading or a caption states no outcome: short and unterminated (a long unterminated one is a sentence cut off)
    if (!TERMINAL.test(sentence) && sentence.split(/\s+/u).length < HEADING_WORDS) continue;
    // (outcomes9) read what a speaker reports, not who spoke; a result told after "Đến nay", "Sau 2 năm", "So far" is the one activity's
    const lead = reportedStart(sentence);
    const rs = lead ? { start: s.start + lead, end: s.end } : s;
    const said = sentence.slice(lead);
    const ofProgram = namesProgram(a, s.start, s.end);
    const soFar = ofProgram ? undefined : soFarResult(said);
    const base = outcomeOf(a, rs, said);
    const later = base || soFar || ofProgram ? undefined : nextStepLater(said);
    // a step a cue found after "Năm tới, …", "Next year, …" naming no activity: the one activity's if it is ours, else another's plan
    const opener = base?.type === OutcomeType.NEXT_STEP && !base.own ? nextOpener(said) : undefined;
    const namesHolder = a.located.some((l) => l.start >= s.start && l.end <= s.end && holders.includes(l.kind) && a.entities.has(l.id));
    if (opener && !opener.ours && !namesHolder) continue;
    const mine = base ? (opener && !namesHolder ? opener.m : undefined) : (soFar ?? later);
    const hit = base ?? (mine ? { type: later ? OutcomeType.NEXT_STEP : OutcomeType.RESULT, m: mine, own: undefined } : undefined);
    if (!hit) continue;
    const at = rs.start + hit.m.index;
    const clause = mine ? { ...clauseAt(text, rs, at), start: rs.start + mine.index + mine[0].length } : clauseAt(text, rs, at);
    const here = a.located.filter((l) => l.start >= s.start && l.end <= s.end && holders.includes(l.kind) && a.entities.has(l.id));
    // the activity nearest the cue: what the sentence says came of it
    const near = here.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
    // "Dự án (nuôi bò) này đã …", "The training …": the article's own project or event, unless the sentence names one of that kind
    const own = hit.own === Label.Project ? mainProject(a) : hit.own === Label.Event ? mainEvent(a) : hit.own === Label.Model ? modelBefore(a, at, hit.noun ?? "") : undefined;
    // (outcomes5) no activity located in the sentence: a model named without its activity word ("Sâm Ngọc Linh đã giúp …")
    const named = near ? a.entities.get(near.id) : own ? undefined : modelNamedBare(a, said.slice(0, hit.m.index));
    // (outcomes5) "In five years, this has helped …": the activity or model of the sentence right before
    const referred = !named && !own && i > 0 && REFERS_BACK.test(sentence) ? heldBefore(a, doc.sentences[i - 1]) : undefined;
    const about: DraftEntity | undefined = mine
      ? (named ?? oneHolder(a, hit.type === OutcomeType.RESULT ? undefined : [Label.Project, Label.Event]))
      : own && named?.kind !== own.kind
        ? own
        : (named ?? referred ?? fallback);
    if (!about) continue;
    // one outcome of a type per activity: the gold states each once, in its own words; (outcomes9) a later stage told "Đến nay …" once more
    const key = `${hit.type} ${about.id}`;
    if (drafted.has(key) && (!soFar || hit.type !== OutcomeType.RESULT || drafted.has(`${key} again`))) continue;
    drafted.add(drafted.has(key) ? `${key} again` : key);
    const stated = about === named;
    const words = squash(text.slice(clause.start, clause.end))
      .replace(/^[\s,–-]+/, "")
      .split(" ");
    const name =
      words
        .slice(0, MAX_NAME_WORDS)
        .join(" ")
        .replace(/[,.:;]+$/, "") + (words.length > MAX_NAME_WORDS ? " …" : "");
    const outcome = declareNew(
      a,
      Label.Outcome,
      name,
      { outcomeType: hit.type },
      clause,
      `new: the sentence states a ${hit.type.toLowerCase().replace("_", " ")} ("${hit.m[0]}"); put the name in your own words`,
      `${hit.type} ${name}`,
    );
    relate(
      a,
      about.id,
      RelType.HAS_OUTCOME,
      outcome.id,
      clause,
      stated ? `"${about.name}" is named in the sentence stating it` : `what the article is about (${about.name}); its sentence names it by its kind or not at all`,
      stated
        ? {}
        : {
            inferred: mine
              ? `The sentence names no activity; opening "${mine[0].trim()}", it tells what came of (or comes next for) the article's one ${about.kind.toLowerCase()}.`
              : `The sentence names no activity of that kind; the outcome is put on the article's ${about.kind.toLowerCase()}.`,
          },
    );
  }
  return a;
}
