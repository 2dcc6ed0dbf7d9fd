/**
 * Round 6 (models6) rules for models named by their purpose or topic rather than by an animal or a
 * crop: raising awareness of a topic ("nâng cao nhận thức … về <chủ đề>", "awareness raising on
 * <topic>"), groups set up to do something ("mothers' groups to pass on cooking skills"), and
 * contract farming named by what it grows ("contract farming … to produce <crop>"). Pure functions
 * over the article's text; ingest.mentions.ts turns what they return into model mentions.
 */
import type { Span } from "./ingest.text";

/** A model found in the text: where it stands and its name. */
export interface PurposeModel extends Span {
  name: string;
  pattern: string;
}

/** Words right before raising awareness that make it a result, not the work done: "góp phần", "giúp", "đã", "helped". */
const VI_RESULT_BEFORE = /(?<![\p{L}])(?:góp phần|giúp(?: cho)?|nhờ đó|qua đó|từ đó|đã|được)[ \t]*$/iu;
const EN_RESULT_BEFORE = /(?<![\p{L}])(?:helped|helps|help|contributed to|contributes to|has|have|had|was|were)[ \t]*$/iu;

/** Words that end a Vietnamese topic: who it is for, where, how, to what end, or the next clause. */
const VI_TOPIC_STOPS = /^(?:cho|tại|ở|trong|thông|nhằm|để|giúp|với|đến|tới|đồng|góp|qua|từ|do|được|đã|sẽ|đang|thì|mà|là|có|nên|khi)$/u;
/** "nâng cao nhận thức (cho|của …)? về": the head, and up to 12 words of who is made aware before "về". */
const VI_AWARENESS = /(?<![\p{L}])(?:nâng cao|tăng cường) nhận thức((?:[ \t]+(?:cho|của)(?:[ \t]+[\p{L}\d.,]+){1,12}?)?)[ \t]+về[ \t]+/giu;

/**
 * Raising awareness of a topic, in Vietnamese: "nâng cao nhận thức cho 500 hội viên về bình đẳng giới", "tăng cường nhận thức về
 * biến đổi khí hậu – nông nghiệp bền vững": named "Nâng cao nhận thức về <topic>", the topic up to a punctuation mark (a dash
 * joins topics) or a word of purpose, place or manner ("cho", "tại", "thông qua", "nhằm", "đồng thời"), at most 14 words. Not read:
 * awareness without "về" ("nâng cao nhận thức và kỹ năng cho cán bộ …": no topic), a topic of one word, awareness
 * raised as a result ("đã góp phần nâng cao nhận thức …", "giúp nâng cao nhận thức …": an outcome's words, not a model).
 */
export function viAwareness(text: string, from: number, to: number): PurposeModel[] {
  const out: PurposeModel[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(VI_AWARENESS)) {
    if (VI_RESULT_BEFORE.test(body.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    const topicStart = (m.index ?? 0) + m[0].length;
    const words: { end: number }[] = [];
    const re = /([\p{L}\d]+)|([ \t]+[-–][ \t]+|[ \t]+)|(.)/guy;
    re.lastIndex = topicStart;
    for (let w = re.exec(body); w && words.length < 14; w = re.exec(body)) {
      if (w[3] !== undefined) break;
      if (w[1] === undefined) continue;
      if (VI_TOPIC_STOPS.test(w[1].toLowerCase()) || /^\p{Lu}/u.test(w[1])) break;
      words.push({ end: w.index + w[0].length });
    }
    if (words.length < 2) continue;
    const topic = body.slice(topicStart, words[words.length - 1].end).replace(/\s+/g, " ");
    const head = /^tăng cường/iu.test(m[0]) ? "Tăng cường nhận thức" : "Nâng cao nhận thức";
    out.push({ start: from + (m.index ?? 0), end: from + words[words.length - 1].end, name: `${head} về ${topic}`, pattern: 'pattern "nâng cao nhận thức … về <chủ đề>"' });
  }
  return out;
}

/** English words that end a topic or a purpose: who, where, how, when, or a new clause. */
const EN_TOPIC_STOPS =
  /^(?:for|among|in|at|by|with|through|during|across|which|that|who|was|were|is|are|has|have|had|will|would|so|as|while|since|because|but|to|via|including|such)$/iu;

/** The words after `from` up to a stop word or punctuation (at most `max`), and where they end; `also` are stops too. */
function enRun(text: string, from: number, max: number, also?: RegExp): { end: number; words: string[] } {
  const words: string[] = [];
  let end = from;
  const re = /[ \t]+([\p{L}\d][\p{L}\d'’-]*)/uy;
  re.lastIndex = from;
  for (let w = re.exec(text); w && words.length < max; w = re.exec(text)) {
    if (EN_TOPIC_STOPS.test(w[1]) || also?.test(w[1])) break;
    words.push(w[1]);
    end = w.index + w[0].length;
  }
  return { end, words };
}

const EN_AWARENESS = /(?<![\p{L}])(?:awareness[ \t]+raising|raising[ \t]+awareness|raise[ \t]+awareness)(?:[ \t]+(?:activities|campaigns?|sessions?|events?|work))?/giu;

/**
 * Raising awareness, in English, named with its topic or its purpose: "awareness raising on climate change and gender
 * equality", "raise awareness of child rights", "awareness raising activities (through trainings) to safeguard livelihoods from
 * disasters": "Awareness raising on <topic>" or "Awareness raising to <purpose>", the purpose at most 8 words after the head.
 * Not read: awareness without a topic or purpose ("awareness has grown"), a topic of one word, awareness raised as a result
 * ("helped raise awareness of …", "contributed to raising awareness …").
 */
export function enAwareness(text: string, from: number, to: number): PurposeModel[] {
  const out: PurposeModel[] = [];
  const body = text.slice(0, to);
  const re = new RegExp(EN_AWARENESS.source, "giu");
  re.lastIndex = from;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (EN_RESULT_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index))) continue;
    const after = m.index + m[0].length;
    const topic = /^[ \t]+(on|of|about)(?![\p{L}])/iu.exec(body.slice(after, after + 10));
    if (topic) {
      const run = enRun(body, after + topic[0].length, 10);
      if (run.words.length >= 2)
        out.push({
          start: m.index,
          end: run.end,
          name: `Awareness raising on ${body.slice(after + topic[0].length, run.end).trim()}`,
          pattern: 'pattern "awareness raising on <topic>"',
        });
      continue;
    }
    // "… activities through coordination and trainings to safeguard …": a purpose within a few words, in the same clause
    const purpose = /^((?:[ \t]+[\p{L}'’-]+){0,6}?)[ \t]+to[ \t]+([a-z]+)(?![\p{L}])/u.exec(body.slice(after, after + 120));
    if (!purpose || /[,.;:]/.test(purpose[1]) || !EN_PURPOSE_VERBS.has(purpose[2])) continue;
    const verbEnd = after + purpose[0].length;
    const run = enRun(body, verbEnd, 10, /^(?:to)$/iu);
    if (run.words.length < 2) continue;
    out.push({
      start: m.index,
      end: run.end,
      name: `Awareness raising to ${purpose[2]} ${body.slice(verbEnd, run.end).trim()}`,
      pattern: 'pattern "awareness raising to <purpose>"',
    });
  }
  return out;
}

/** Verbs of purpose after awareness raising ("to safeguard …", "to prevent …"). */
const EN_PURPOSE_VERBS = new Set([
  "safeguard",
  "protect",
  "prevent",
  "reduce",
  "promote",
  "improve",
  "end",
  "stop",
  "fight",
  "combat",
  "tackle",
  "adapt",
  "prepare",
  "cope",
  "respond",
]);

/** Verbs a group is set up to do ("parent groups to share …"), with their "-ing" forms. */
const GROUP_VERBS: ReadonlyMap<string, string> = new Map([
  ["share", "sharing"],
  ["exchange", "exchanging"],
  ["learn", "learning"],
  ["discuss", "discussing"],
  ["save", "saving"],
  ["practise", "practising"],
  ["practice", "practicing"],
  ["spread", "spreading"],
  ["pass", "passing"],
]);

/**
 * What a group named as a model is set up to do, right after its name: "mothers' groups to pass on cooking skills", "farmer
 * groups to exchange seeds and know-how": the name's tail " sharing child care knowledge" (the verb in "-ing", its object up to
 * a stop word or punctuation, at most 6 words), or undefined. Not read: a group followed by another verb ("groups to receive
 * cows": what they get, not what they do together), an object of one word.
 */
export function groupPurpose(after: string): string | undefined {
  const m = /^[ \t]+to[ \t]+([a-z]+)(?![\p{L}])/u.exec(after);
  const verb = m ? GROUP_VERBS.get(m[1]) : undefined;
  if (!m || !verb) return undefined;
  const run = enRun(after, m[0].length, 6, /^(?:and)$/iu);
  if (run.words.length < 2) return undefined;
  return ` ${verb} ${after.slice(m[0].length, run.end).trim()}`;
}

/**
 * The crop or product contract farming is named by, after it: "contract farming (model) with a buyer to grow herbs
 * …", "contract farming to grow ginger": the product (one to three words, up to a stop word or punctuation), or undefined.
 * Not read: contract farming with no "to <grow|produce|supply|plant|raise>" within 60 characters of the same clause.
 */
export function contractFarmingProduct(after: string): string | undefined {
  const m =
    /^(?:[ \t]+models?)?(?:[ \t]+with[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?[^,.;:\n]{1,40}?)?[ \t]+to[ \t]+(?:produce|grow|supply|plant|raise|rear|cultivate)(?![\p{L}])/iu.exec(
      after.slice(0, 100),
    );
  if (!m) return undefined;
  // the product ends before a word of another clause: a past form or a number ("to supply cassava reached 80 …")
  const run = enRun(after, m[0].length, 3, /^(?:and|or|the|a|an|of|under|certified|according|[\p{L}]{3,}ed|\d[\d.,]*)$/iu);
  if (!run.words.length || /^\d/.test(run.words[0])) return undefined;
  return run.words.join(" ");
}

/** The ways of keeping a herd named in a run of care: "chăm sóc", "quản lý", "phát triển", "phòng (và chữa) bệnh", "vỗ béo". */
const VI_CARE_WORK = String.raw`(?:chăm sóc|quản lý|phát triển|phòng(?:,?[ \t]+(?:và[ \t]+)?(?:chữa|trị))?[ \t]+bệnh|phòng trị bệnh|vỗ béo|nuôi dưỡng)`;
const VI_HERD_CARE = new RegExp(
  String.raw`(?<![\p{L}])(${VI_CARE_WORK}(?:(?:,[ \t]*|[ \t]+và[ \t]+|,[ \t]*và[ \t]+)${VI_CARE_WORK}){1,4})[ \t]+(?:cho[ \t]+)?((?:đàn[ \t]+)?(?:trâu|bò|dê|lợn|heo|gà|vịt|ngan|ngỗng|cừu|thỏ))(?![\p{L}])`,
  "giu",
);

/**
 * Caring for a herd, named by two or more ways of keeping it and the animal: "(tập huấn về) chăm sóc, phòng bệnh và vỗ béo đàn
 * trâu", "chăm sóc và phòng bệnh cho đàn dê", "chăm sóc, vỗ béo bò": the model "<the run of care> <đàn> <animal>", in the words
 * of the text. Not read: one way alone ("chăm sóc đàn trâu": the raising itself, read elsewhere), care of what is no animal of
 * a farm ("chăm sóc và quản lý rừng", "đàn gia súc"), the article's title (the body names the work).
 */
export function herdCare(text: string, from: number, to: number): PurposeModel[] {
  const out: PurposeModel[] = [];
  const body = text.slice(from, to);
  for (const m of body.matchAll(VI_HERD_CARE)) {
    const start = from + (m.index ?? 0);
    const said = m[0].replace(/[ \t]+/g, " ");
    out.push({ start, end: start + m[0].length, name: `${said.charAt(0).toUpperCase()}${said.slice(1)}`, pattern: 'pattern "chăm sóc, quản lý … (đàn) <animal>"' });
  }
  return out;
}

/** Words before financial management that make it a skill taught or practised: "improve", "learn", "trained in", "skills". */
const EN_SKILL_CUE =
  /(?<![\p{L}])(?:improv\w*|strengthen\w*|better|learn\w*|train\w*|taught|teach\w*|coach\w*|skills?|knowledge|capacity|practis\w*|practic\w*)(?![\p{L}])[^.;:]{0,30}$/iu;
const EN_FINANCIAL = /(?<![\p{L}])(?:(household|family)[ \t]+)?financial[ \t]+management(?:[ \t]+(of|for)(?![\p{L}]))?/giu;
const VI_FINANCIAL = /(?<![\p{L}])quản lý (?:tài chính|chi tiêu)(?:[ \t]+(?:của[ \t]+)?)(gia đình|hộ gia đình|nông hộ|hộ)(?![\p{L}])/giu;
const VI_SKILL_CUE = /(?<![\p{L}])(?:kỹ năng|kiến thức|hướng dẫn|tập huấn|học|nâng cao|cải thiện|biết cách|cách)(?![\p{L}])[^.;:]{0,30}$/iu;

/**
 * Managing a household's money, taught or practised: "improve financial management of household spending",
 * "learned household financial management", "kỹ năng quản lý tài chính gia đình": "Financial management of <what>",
 * "Household financial management", "Quản lý tài chính gia đình". A cue of skill must come before it in the clause (improve,
 * learn, train, skills; kỹ năng, hướng dẫn, cách). Not read: a body's or a project's finances ("the financial management of the
 * project", "financial management board"), financial management with no household and no object.
 */
export function financialManagement(text: string, from: number, to: number, lang: "vi" | "en"): PurposeModel[] {
  const out: PurposeModel[] = [];
  const body = text.slice(0, to);
  const lead = (at: number): string => body.slice(Math.max(from, at - 60), at);
  if (lang === "vi") {
    const re = new RegExp(VI_FINANCIAL.source, "giu");
    re.lastIndex = from;
    for (let m = re.exec(body); m; m = re.exec(body))
      if (VI_SKILL_CUE.test(lead(m.index)))
        out.push({ start: m.index, end: m.index + m[0].length, name: "Quản lý tài chính gia đình", pattern: 'pattern "quản lý tài chính gia đình"' });
    return out;
  }
  const re = new RegExp(EN_FINANCIAL.source, "giu");
  re.lastIndex = from;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (!EN_SKILL_CUE.test(lead(m.index))) continue;
    const head = m[1] ? `${m[1].charAt(0).toUpperCase()}${m[1].slice(1).toLowerCase()} financial management` : "Financial management";
    const after = m.index + m[0].length;
    if (m[2]) {
      if (/^[ \t]+(?:the|this|that|its|their|our|a|an)(?![\p{L}])/iu.test(body.slice(after, after + 8))) continue;
      const run = enRun(body, after, 8);
      if (run.words.length < 1) continue;
      out.push({ start: m.index, end: run.end, name: `${head} ${m[2].toLowerCase()} ${body.slice(after, run.end).trim()}`, pattern: 'pattern "financial management of <what>"' });
    } else if (m[1]) out.push({ start: m.index, end: after, name: head, pattern: 'pattern "household financial management"' });
  }
  return out;
}
