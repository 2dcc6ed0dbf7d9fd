/**
 * Round 9 (outcomes9): what came of the work, told above the sentence. Pure functions over one sentence's text and the draft.
 *
 * Contract:
 * - `reportedStart(sentence)`: where the reported clause begins after a lead that only says who spoke ("Bà A, Giám đốc dự án của X,
 *   cho biết, …", "Ms B, the project officer, said that …", "Theo ông C, …"), else 0. The stage reads the outcome from the reported
 *   clause alone and names it from there; a cue in the speaker's post ("Giám đốc Dự án nhân rộng …") is no outcome. A lead that itself
 *   states a result, or that leaves fewer than three words, is no lead.
 * - `soFarResult(sentence)`: a sentence (or reported clause) that opens with "Đến nay", "Sau 2 năm", "Nhờ nuôi bò", "So far", "As a
 *   result", "Thanks to the project" and then tells, of the households, their herd, their income or the model, something done ("đã",
 *   "have", a verb of growth): a result of the article's one activity, though the sentence names none. Never a place's or the country's
 *   record, a program's, a target or a plan, nor what is still to come.
 * - `oneHolder(draft)`: what such a sentence is about when it names nothing: the article's one project, else (no project) its one
 *   model, else (neither) its one event; none when there are two of the kind (the curator decides). A next step: project, else event.
 * - `nextStepLater(sentence)`, `nextOpener(sentence)`: a sentence opening with the time to come ("Năm tới", "Tới đây", "Next year",
 *   "In the next days") whose subject is the households, participants, project or model, and a modal ("sẽ", "will", "are to"): a next
 *   step of the one activity, named from after the opener; when its subject is another (a body, a place), its plan is no step.
 */
import { Label } from "../../graph/graph.model";
import type { ArticleDraft, DraftEntity } from "../ingest.draft";

const SPEAKER_VERB =
  /(?<=\p{L}[\s,]*\s)(?:cho biết|chia sẻ|nói(?! (?:chung|riêng|về|lên))|khẳng định|bày tỏ|nhấn mạnh|phấn khởi (?:cho biết|kể)|kể(?! (?:cả|từ|trên|lại))|said|says|(?:shared|noted|explained)(?= that|\s*[,:])|told (?:us|reporters|the \p{L}+))(?: rằng| that)?(?!\p{L})\s*[,:]?\s*/iu;
const ACCORDING =
  /^(?:theo|according to)\s+(?!(?:the )?(?:quy định|quy chế|kế hoạch|rules?|terms|plan|decision|quyết định))[^,.;:]{2,90}(?:,\s*(?:head|director|deputy|chair\p{L}*|manager|officer|coordinator|representative|leader|president|secretary|the|a|an|chủ tịch|giám đốc|phó|trưởng|cán bộ|đại diện|bí thư)(?!\p{L})[^,.;:]{0,80})?,\s*/iu;
/** A lead that itself tells a result ("Dự án đã giúp 30 hộ thoát nghèo, bà A cho biết …") is the sentence, not a speaker. */
const LEAD_STATES = /(?<!\p{L})(?:đã|đều|has|have|had|helped|giúp)(?!\p{L})/iu;

export function reportedStart(sentence: string): number {
  const by = ACCORDING.exec(sentence);
  const m = by ? null : SPEAKER_VERB.exec(sentence);
  const end = by ? by[0].length : m && m.index <= 160 && !/[.;“"]/u.test(sentence.slice(0, m.index)) ? m.index + m[0].length : 0;
  if (!end) return 0;
  const lead = sentence.slice(0, end);
  if (LEAD_STATES.test(lead)) return 0;
  const rest = sentence.slice(end).replace(/^[\s“"‘'«]+/u, "");
  if (rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < 3) return 0;
  return sentence.length - rest.length;
}

const NUM = "(?:\\d+|một|hai|ba|bốn|năm|sáu|mấy|vài|one|two|three|four|five|six|a few|several)";
/** The opener: time gone by, or what the households did ("Nhờ nuôi bò,"), then a comma (or none after "Đến nay"). */
const SO_FAR = new RegExp(
  "^(?:(?:đến nay|tính đến nay|đến thời điểm này|hiện nay|hiện tại|nhờ đó|nhờ vậy|kết quả là)(?!\\p{L})\\s*,?" +
    `|(?:sau|after|within) (?:hơn |gần |khoảng |more than |nearly |about )?${NUM} (?:năm|tháng|vụ|years?|months|seasons)(?!\\p{L})[^,.;]{0,50},` +
    "|nhờ (?:có )?(?:nuôi|trồng|tham gia|dự án|mô hình|sự hỗ trợ|được hỗ trợ|nguồn vốn|con bò|đàn)[^,.;]{0,60}," +
    "|(?:so far|to date|as a result|since then|today|thanks to (?:this|that|the|their|its|joining|the project)|by (?:growing|raising|joining|keeping|selling))(?!\\p{L})[^,.;]{0,60},)\\s*",
  "iu",
);
/** Whose the result is: the households, their herd, crop or income, or the model itself, first in the clause. */
const BENEFICIARY =
  /^(?:[^,.;]{0,25}?)(?<!\p{L})(?:các hộ|nhiều hộ|\d+ hộ|hộ|gia đình|bà con|người dân|hội viên|thành viên|chị em|phụ nữ|nông dân|học viên|đàn (?:bò|dê|gà|lợn|heo|trâu|vịt)|thu nhập|năng suất|mô hình|dự án|tổ hợp tác|hợp tác xã|tôi|chúng tôi|households?|famil(?:y|ies)|members?|farmers?|women|villagers|participants|trainees|growers|(?:the|their|our) (?:herds?|model|project|group|cooperative|incomes?|yields?)|incomes?|yields?|we|they|I|my family)(?!\p{L})/iu;
/** Something done, or growth told. */
const DONE_HERE =
  /(?<!\p{L})(?:đã|đều|tăng|nhân lên|sinh sản|thoát nghèo|now|have|has|had|were able|earned|rose|grew|increased|doubled|tripled|bought|built|repaid|escaped)(?!\p{L})/iu;
/** What is still to come, a goal or a target, a place's or the country's record: no result. */
const NOT_DONE =
  /(?<!\p{L})(?:sẽ|phấn đấu|chỉ tiêu|mục tiêu|kế hoạch|dự kiến|will|would|plans?|targets?|aims?|expects?|cả nước|toàn quốc|nationwide|across the country|millions)(?!\p{L})/iu;
const PLACE_FIRST = /^(?:toàn |cả )?(?:tỉnh|huyện|xã|thành phố|thị xã|the (?:province|district|commune|country|city))(?!\p{L})/iu;

/** The opener of a result told of the article's one activity, or none. */
export function soFarResult(sentence: string): RegExpExecArray | undefined {
  const m = SO_FAR.exec(sentence);
  if (!m) return undefined;
  const rest = sentence.slice(m[0].length);
  if (PLACE_FIRST.test(rest) || !BENEFICIARY.test(rest) || !DONE_HERE.test(rest) || NOT_DONE.test(sentence)) return undefined;
  return m;
}

/**
 * The article's one project, else its one model, else its one event: what a result told without a name is of (a next step passes
 * `[Label.Project, Label.Event]`: a step to come is the project's or the event's, as the stage's fallback has it).
 */
export function oneHolder(a: ArticleDraft, kinds: readonly Label[] = [Label.Project, Label.Model, Label.Event]): DraftEntity | undefined {
  const all = [...a.entities.values()];
  for (const kind of kinds) {
    const of = all.filter((e) => e.kind === kind);
    if (of.length === 1) return of[0];
    if (of.length > 1) return undefined;
  }
  return undefined;
}

/** A program (a policy) named in the span: its record is not the article's result. */
export const namesProgram = (a: ArticleDraft, start: number, end: number): boolean => a.located.some((l) => l.kind === Label.Program && l.start >= start && l.end <= end);

/** The opener of a step to come: the next days, weeks, season or year. */
const NEXT_OPENER =
  /^(?:(?:trong )?(?:năm|tháng|vụ) (?:tới|sau)|tới đây|(?:in )?the (?:next|coming) (?:days|weeks|months|season|year)|next (?:year|month|season|week)|later this year|(?:in|by|from) (?:early |late )?(?:next year|the next season))(?!\p{L})[^,.;]{0,40},?\s*/iu;
/** What is to be done, and by whom it may be: the modal after the households, participants, the project or the model. */
const TO_COME = /(?<!\p{L})(?:sẽ|dự kiến|will|are to|is to|plan to|plans to|intend to)(?!\p{L})/iu;
/** A target or plan of a place, or the country's: no step of the article's activity. */
const PLAN_OR_GENERAL = /(?<!\p{L})(?:chỉ tiêu|phấn đấu|theo kế hoạch|targets?|cả nước|toàn quốc|nationwide|across the country)(?!\p{L})/iu;

/**
 * (outcomes9) A next step told later, opening with the time to come ("Năm tới, các hộ sẽ …", "Next year, the project will …", "The next
 * days they are to prepare …"), of the households, participants, project or model: the article's one activity's. Not a place's plan
 * nor a target, nor another body's plan (its subject is not among those).
 */
export function nextStepLater(sentence: string): RegExpExecArray | undefined {
  const m = NEXT_OPENER.exec(sentence);
  if (!m) return undefined;
  const rest = sentence.slice(m[0].length);
  if (PLACE_FIRST.test(rest) || !BENEFICIARY.test(rest) || PLAN_OR_GENERAL.test(sentence)) return undefined;
  const modal = TO_COME.exec(rest);
  return modal && modal.index < 60 ? m : undefined;
}

/**
 * (outcomes9) The time-to-come opener of a sentence, and whether what follows is the article's own (the households, participants, the
 * project or model, no place's target): a next step a cue already found is then the one activity's, named from after the opener; one
 * that is not ours ("Next year, the provincial Red Cross will hold …") is another's plan, no step of the article's.
 */
export function nextOpener(sentence: string): { m: RegExpExecArray; ours: boolean } | undefined {
  const m = NEXT_OPENER.exec(sentence);
  if (!m) return undefined;
  const rest = sentence.slice(m[0].length);
  return { m, ours: !PLACE_FIRST.test(rest) && BENEFICIARY.test(rest) && !PLAN_OR_GENERAL.test(sentence) };
}
