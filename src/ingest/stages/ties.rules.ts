/**
 * Round 9 (ties9): how an article ties its activities to its project or program in a sentence that need not name the
 * activity, and how it speaks of a program only as background. Pure functions over strings (one sentence, or the words
 * before a name); each returns the words it found, for the draft's reason, or undefined/false. The ties stage
 * (ties.stage.ts) decides, over the whole article, which event or project they put under which project or program.
 */

/** A bare word for "the project" (the article's one project): "dự án", "Dự án này", "the project", "this project's". */
export const BARE_PROJECT_WORD = /(?<!\p{L})(?:dự án(?:\s+này)?|(?:the|this|its)\s+project(?:'s)?)(?!\p{L})/iu;

/**
 * The words right before a project or program's name that make it the frame of what the sentence tells: "trong khuôn
 * khổ", "thuộc", "nằm trong", "under", "as part of", "within", "from the funds of", "từ nguồn (vốn|kinh phí)".
 */
const FRAME_BEFORE =
  /(?<!\p{L})(?:trong khuôn khổ(?:\s+(?:của|thực hiện))?|thuộc|nằm trong|là một trong (?:các|những) (?:dự án|hoạt động) (?:của|thuộc)|từ nguồn(?:\s+(?:vốn|kinh phí))?(?:\s+(?:vay|của))?|nguồn vốn(?:\s+(?:vay|của))?|under|as part of|part of|within|in the framework of|(?:funded|financed|supported)\s+(?:by|from|through)\s+(?:\S+\s+){0,4}?as part of)\s+(?:the\s+|a\s+)?$/iu;

/** The frame words right before a name (`before`: the text up to the name), or undefined. */
export function frameBefore(before: string): string | undefined {
  const m = FRAME_BEFORE.exec(before.slice(-80));
  return m ? m[0].trim() : undefined;
}

/**
 * A sentence that speaks of an activity without naming it: "Đây là hoạt động …", "Hoạt động …", "các hoạt động", "This is
 * one of the activities …", "The activity is part of …", "Activities have gone on …".
 */
const ACTIVITY_WORD = /(?<!\p{L})(?:hoạt động|đây là|activit(?:y|ies)|this is|it is|the event|sự kiện)(?!\p{L})/iu;
export const activityWord = (sentence: string): string | undefined => ACTIVITY_WORD.exec(sentence)?.[0];

/** A program named as what it achieved over years or across the country, not as the frame of this activity. */
const BACKGROUND =
  /(?<!\p{L})(?:đã giúp|giúp cả nước|cả nước|toàn quốc|trên toàn quốc|những năm qua|thời gian qua|sau \d+ năm|qua \d+ năm|nationwide|across the country|has helped|have helped|had helped|over the past|in recent years|since its launch|so far)(?!\p{L})/iu;
export const backgroundCue = (sentence: string): string | undefined => BACKGROUND.exec(sentence)?.[0];

/** A sentence of learning from someone else's work: its project is the hosts', not the visitors'. */
const LEARNING =
  /(?<!\p{L})(?:học tập kinh nghiệm|tham quan,?\s+học tập|học hỏi kinh nghiệm|chia sẻ kinh nghiệm|learn(?:ed|t|ing)?\s+from|lessons?\s+from|experience\s+of)(?!\p{L})/iu;
export const learningCue = (sentence: string): string | undefined => LEARNING.exec(sentence)?.[0];

/**
 * Words of an event's kind, so that a sentence naming the project with them ("Ban quản lý dự án cấp dê cho …", "the
 * project's trainings") speaks of that event; keyed by EventType's values.
 */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  HANDOVER:
    /(?<!\p{L})(?:trao|bàn giao|cấp|cấp phát|tặng|trao tặng|cấp cho|phát|giải ngân|cho vay|handed|hand over|handover|distribut\w*|donat\w*|gave|given|disburs\w*|loans?)(?!\p{L})/iu,
  TRAINING: /(?<!\p{L})(?:tập huấn|đào tạo|lớp học|lớp|học viên|training|trainings|course|trainees|taught)(?!\p{L})/iu,
  FIELD_VISIT: /(?<!\p{L})(?:thăm|tham quan|khảo sát|kiểm tra|giám sát|visit\w*|monitoring)(?!\p{L})/iu,
  STUDY_TOUR: /(?<!\p{L})(?:tham quan|học tập|study tour|visit\w*)(?!\p{L})/iu,
  WORKSHOP: /(?<!\p{L})(?:hội thảo|workshop)(?!\p{L})/iu,
  CONFERENCE: /(?<!\p{L})(?:hội nghị|conference)(?!\p{L})/iu,
  MEETING: /(?<!\p{L})(?:cuộc họp|buổi họp|họp|meeting)(?!\p{L})/iu,
  FESTIVAL: /(?<!\p{L})(?:ngày hội|lễ hội|festival|fair)(?!\p{L})/iu,
  LAUNCH: /(?<!\p{L})(?:khởi động|ra mắt|ký kết|launch\w*|sign\w*)(?!\p{L})/iu,
};
/** A word of the event's kind in the sentence, or undefined. */
export const kindWord = (eventType: string, sentence: string): string | undefined => KIND_WORDS[eventType]?.exec(sentence)?.[0];

/**
 * The words right before a project named after its activity in one sentence that make the activity serve it: "(để) thực
 * hiện dự án …", "triển khai dự án …", "to implement the … project", "to carry out the project". A project only named
 * beside the activity ("so sánh dự án …", "compared the project …") is no tie.
 */
const PURPOSE_BEFORE = /(?<!\p{L})(?:thực hiện|triển khai|to implement|to carry out|to run|for implementing)\s+(?:the\s+)?$/iu;
export function purposeBefore(before: string): string | undefined {
  const m = PURPOSE_BEFORE.exec(before.slice(-40));
  return m ? m[0].trim() : undefined;
}

/** A body the project's own word names: "Ban quản lý dự án", "Ban Dự án", "the project management board", "project staff". */
export const PROJECT_BODY = /(?<!\p{L})(?:ban\s+(?:quản lý\s+|điều hành\s+)?dự án|project\s+(?:management\s+)?(?:board|unit|office|team|staff))(?!\p{L})/iu;

/**
 * A sentence that puts the work into a frame only from now on ("các lớp học này sẽ được đưa vào dự án … năm sau", "will
 * become part of the … project next year"): no tie yet. ("sẽ"/"will" alone is no cue: a launch tells what a project will do.)
 */
const LATER_FRAME =
  /(?<!\p{L})(?:sẽ\s+(?:được\s+)?(?:đưa vào|trở thành|lồng ghép|nhân rộng)|will\s+(?:become|join|be\s+(?:made\s+)?(?:part|included|added|brought|folded))|năm sau|năm tới|sang năm|next\s+year|in\s+(?:the\s+)?future)(?!\p{L})/iu;
export const laterFrame = (sentence: string): string | undefined => LATER_FRAME.exec(sentence)?.[0];
