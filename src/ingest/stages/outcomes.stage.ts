/**
 * Stage 10, outcomes: what a source says came of the work, in words (numbers stay metrics). A
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

/** The cues of each outcome type, in order of precedence (a next step that promises a change is a next step). */
export const OUTCOME_CUES: readonly { type: OutcomeType; cue: RegExp }[] = [
  {
    type: OutcomeType.NEXT_STEP,
    cue: /(?<!\p{L})(nhân rộng|thời gian tới|sắp tới|phấn đấu|dự kiến|định hướng|sẽ (được )?(tiếp tục|triển khai|nhân rộng|hỗ trợ|mở rộng|phối hợp|tổ chức|xây dựng|nhận|trao|cấp)|tiếp tục (được )?(duy trì|triển khai|nhân rộng|hỗ trợ|phối hợp|mở rộng|đồng hành|theo dõi)|will (continue|expand|scale|replicate|be (expanded|replicated|scaled))|plans? to|scal(e|ing) up|replicat(e|ing) (the|this|it)|next (phase|steps?)|going forward|tiếp tục|kế hoạch (năm|trong|tới)|trong (những )?(năm|tháng) tới|will (also )?(support|provide|help|build|train|implement|work|focus|continue|expand)|in the (coming|next) (years?|months|phase)|in the future)/iu,
  },
  {
    type: OutcomeType.LESSON,
    cue: /(?<!\p{L})(bài học|lessons?( learned| learnt)?(?!\p{L})|rút (ra )?(được )?(nhiều )?kinh nghiệm|kinh nghiệm (quý|hay|thực tế)|bí quyết|key to (the )?success|(learned|learnt) (that|from|how))/iu,
  },
  {
    type: OutcomeType.CHANGE,
    cue: /(?<!\p{L})(thay đổi (nhận thức|tư duy|cách (nghĩ|làm))|nâng cao nhận thức|chuyển biến (rõ|tích cực)|raised (their |the )?awareness|changed (their |the )?(mindset|practices?|attitudes?|behaviou?r))/iu,
  },
  {
    type: OutcomeType.RESULT,
    cue: /(?<!\p{L})(đã giúp|giúp (cho )?[^.;]{0,60}(tăng|nâng cao|cải thiện|thoát nghèo|ổn định|phát triển kinh tế|làm chủ)|mang lại (hiệu quả|thu nhập|nguồn thu|lợi nhuận)|thu nhập [^.;]{0,30}(tăng|đạt)|(đã|đều) (thoát nghèo|có thu nhập|cho thu)|hiệu quả (kinh tế )?(rõ rệt|thiết thực|cao|bước đầu)|(đạt|đem lại) (hiệu quả|kết quả)|lãi (ròng )?(khoảng|hơn|trên|từ)|(has|have) helped|helped [^.;]{0,60}(increase|improve|raise|recover|escape|earn)|resulted in|(has|have) (increased|improved)|successfully|(đạt|thu) được kết quả|as a result|results? (show|showed|shows)|thu nhập (của [^.;]{0,40})?(tăng|cao hơn|gấp)|tăng (gấp|thêm) [^.;]{0,20}(lần|triệu|%)|incomes? (has |have )?(increased|rose|risen|doubled|tripled|grew)|(earn|earned|earning) (more|double|triple|twice)|triple income|tripled|escaped poverty|(lifted|moved) out of poverty|giảm (được )?(tỷ lệ )?(hộ )?nghèo (từ|xuống|còn))/iu,
  },
];

const MAX_NAME_WORDS = 14;

/** The clause of a sentence that holds a position: between the semicolons around it. */
function clauseAt(text: string, s: Span, pos: number): Span {
  const before = text.lastIndexOf(";", pos);
  const after = text.indexOf(";", pos);
  return { start: before >= s.start ? before + 1 : s.start, end: after >= 0 && after < s.end ? after : s.end };
}

export function draftOutcomes(a: ArticleDraft): ArticleDraft {
  const { text, doc } = a;
  const holders: readonly Label[] = OUTCOME_HOLDERS;
  const fallback = mainProject(a) ?? mainEvent(a);
  for (const s of doc.sentences) {
    if (s.start < doc.title.end) continue;
    const sentence = text.slice(s.start, s.end);
    const hit = OUTCOME_CUES.map(({ type, cue }) => ({ type, m: cue.exec(sentence) })).find((x) => x.m);
    if (!hit?.m) continue;
    const clause = clauseAt(text, s, s.start + hit.m.index);
    const here = a.located.filter((l) => l.start >= s.start && l.end <= s.end && holders.includes(l.kind) && a.entities.has(l.id));
    // the activity nearest the cue: what the sentence says came of it
    const near = here.sort((x, y) => Math.abs(x.start - (s.start + hit.m!.index)) - Math.abs(y.start - (s.start + hit.m!.index)))[0];
    const about: DraftEntity | undefined = near ? a.entities.get(near.id) : fallback;
    if (!about) continue;
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
      near ? `"${about.name}" is named in the sentence stating it` : `what the article is about (${about.name}); its sentence names no activity`,
      near ? {} : { inferred: `The sentence names no activity; the outcome is put on the article's ${about.kind.toLowerCase()}.` },
    );
  }
  return a;
}
