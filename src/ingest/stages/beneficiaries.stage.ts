/**
 * Stage 9, beneficiaries: who a handover is for. "cấp phát bò giống cho các hộ nghèo, hộ chính
 * sách xã Bình Sơn", "trao 6.000 con gà cho hộ nghèo Hương Sơn", "distributed vouchers to 300 poor
 * households", "Forty poor households in Tu Mơ Rông District have received …": the group after
 * "cho"/"to" (or before "received") is drafted as a community group, INVOLVED_IN the handover as
 * its BENEFICIARY. The group is new for every article (a group of people is not matched).
 */
import { OrgType, Role, EventType } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { type ArticleDraft, declareNew, type EventInstance, mainProject, relate, sentenceOf } from "../ingest.draft";
import { dice, nameWords, type Span, squash } from "../ingest.text";
import { isMembershipGroup } from "./groups.rules";
import { clauseBefore, unstatedCue } from "./background.rules";

/** "cho" and a group of people: households, farmers, women, members… */
const VI_GROUP =
  /(?<!\p{L})cho\s+((?:các|những|\d[\d.,]*)\s+)?((?:hộ|gia đình|người dân|người|bà con|nông dân|nữ nông dân|phụ nữ|hội viên|đoàn viên|thanh niên|học sinh|đồng bào)(?!\p{L})[^.;:()\n]*)/iu;
/** Where the group's name ends: a clause that says why, under what, where or when, (rels8) or by whom ("do X tài trợ"). */
const VI_END =
  /\s(?:trong|thuộc|theo|với|nhằm|để|giúp|nhân dịp|vào|từ|nguồn|được|đã|do|với tổng|trị giá|tổng trị giá)(?!\p{L})|,\s(?!(?:hộ|cận|gia đình|người|phụ nữ|nữ|đồng bào|hội viên|mới|và)(?!\p{L}))/iu;
const EN_GROUP =
  /(?<!\p{L})to\s+((?:the\s+)?(?:\d[\d,]*\s+|forty\s+|\w+ty\s+)?((?:poor|near-poor|ethnic minority|vulnerable|local|women|disadvantaged|smallholder|[\w-]+)\s+){0,4}(?:households|families|farmers|women|people|residents|beneficiaries)(?:\s+in\s+[^.;,]+)?)/iu;
/** "(KON TUM — ) Forty poor households in … have received": a dateline before the group is not its name, nor (rels4) a lead "On 3 April 2024, ". */
const EN_RECEIVERS =
  /^\s*(?:[^—–\n.]{0,60}[—–]\s*)?(?:(?:On|In|By|Last|This|Earlier)\s+[^,.;—–\n]{1,30},\s*)?((?:[\p{L}\d,-]+\s+){0,8}?(?:households|families|farmers|women|people)(?:\s+in\s+[^.;]{1,90}?)?)(?=\s+(?:have\s+|has\s+)?received)/iu;
const MAX_WORDS = 16;
const PERSON_NAMED = /(?<!\p{L})(?:bà|ông|anh|chị|em)\s+\p{Lu}|^(?:gia đình|người|đoàn viên|hội viên|nông dân|học sinh)\s+\p{Lu}/u;

export function draftBeneficiaries(a: ArticleDraft): ArticleDraft {
  const { text } = a;
  let membersReceive = false;
  // one group a handover: the first of its sentences that names one
  const grouped = new Set<EventInstance>();
  for (const { inst, span, s } of handoverSentences(a)) {
    if (grouped.has(inst)) continue;
    const sentence = text.slice(s.start, s.end);
    let found: { start: number; name: string } | undefined;
    if (a.lang === "vi") {
      const m = VI_GROUP.exec(sentence);
      if (m) {
        const group = m[2];
        const end = VI_END.exec(group);
        // the name starts at its count or "các" when it has one ("cho các hộ nghèo"), right before the group's words
        const start = s.start + m.index + m[0].length - group.length - (m[1]?.length ?? 0);
        found = { start, name: (m[1] ?? "") + (end ? group.slice(0, end.index) : group) };
      }
    } else {
      const m = EN_RECEIVERS.exec(sentence) ?? EN_GROUP.exec(sentence);
      if (m) found = { start: s.start + m.index, name: m[1] ?? m[0] };
    }
    if (!found) continue;
    const name = squash(found.name)
      .split(" ")
      .slice(0, MAX_WORDS)
      .join(" ")
      // "hộ nghèo tại 3 xã gồm A, B", "households in three communes including A and B": the list of places is not the group's name
      .replace(/\s+(?:bao gồm|gồm|including|namely|such as)\s.*$/iu, "")
      .replace(/[\s,:]+$/, "");
    // one person or family ("gia đình bà Trịnh Thị …", "Đoàn viên Neang Danl") is not a group: a person of the seeds' kind
    if (name.split(" ").length < 2 || PERSON_NAMED.test(name)) continue;
    // (orgs6) a body's members ("12 hộ hội viên xã X", "các hộ tham gia mô hình"): the receivers are known, and are no group of their own
    if (isMembershipGroup(name)) {
      membersReceive = true;
      continue;
    }
    const at = text.indexOf(name.split(" ")[0], found.start);
    const quote = { start: at >= 0 ? at : found.start, end: (at >= 0 ? at : found.start) + name.length };
    const group = declareNew(a, Label.Organization, name, { orgType: OrgType.COMMUNITY_GROUP }, quote, `new: the group a handover is for ("cho"/"to" after the verb)`);
    receives(a, s, inst.draft.id, span, { id: group.id, ...quote }, "group");
    grouped.add(inst);
  }
  draftPersonBeneficiaries(a);
  // (orgs6) a handover to a body's members says who the article's receivers are: no other group is guessed for it
  return membersReceive ? a : draftTargetGroups(a);
}

/** (events5) Right before one person a handover is for: "cho (gia đình) bà A", "cho đoàn viên A", "to Mr A", "to the family of Ms A". */
const VI_TO_PERSON = /(?<!\p{L})cho\s+(?:(?:gia đình|hộ(?:\s+gia đình)?|đoàn viên|hội viên|bạn|cháu|em)\s+)?(?:(?:ông|bà|anh|chị|em|cụ)\s+)?$/iu;
const EN_TO_PERSON = /(?<!\p{L})to\s+(?:(?:the|his|her)\s+(?:family|household)\s+of\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;

/**
 * (events5) One person a handover is for: a drafted person named right after "cho" / "to" (with only a family or
 * membership word and an honorific between: "cho gia đình bà A", "to the family of Mr A"), after a verb of giving in
 * a sentence of the handover. The person is its BENEFICIARY; the giver of that sentence (giverIn) GAVE_TO the person.
 * Not read: a person named anywhere else in the sentence (a speaker, an official), "cho biết", a group (the rule above).
 */
function draftPersonBeneficiaries(a: ArticleDraft): void {
  const { text } = a;
  const cue = a.lang === "vi" ? VI_TO_PERSON : EN_TO_PERSON;
  for (const { inst, span, s } of handoverSentences(a)) {
    const verb = GIVE_AT.exec(text.slice(s.start, s.end));
    if (!verb) continue;
    for (const p of a.located.filter((l) => l.kind === Label.Person && l.start > s.start + verb.index && l.end <= s.end)) {
      if (!cue.test(text.slice(Math.max(s.start, p.start - 40), p.start))) continue;
      receives(a, s, inst.draft.id, span, p, "person");
    }
  }
}

/** Each handover of the article with each sentence its mentions are in, once, and the mention that put it there (the first). */
function* handoverSentences(a: ArticleDraft): Generator<{ inst: EventInstance; span: Span; s: Span }> {
  for (const inst of a.events) {
    if (inst.type !== EventType.HANDOVER) continue;
    const seen = new Set<number>();
    for (const span of inst.draft.spans) {
      const s = sentenceOf(a, span.start);
      if (seen.has(s.start) || s.end <= s.start) continue;
      seen.add(s.start);
      yield { inst, span, s };
    }
  }
}

/** (rels4) A verb of giving: "trao (tặng)", "tặng", "bàn giao", "cấp (phát)", "hỗ trợ", "handed over", "donated", "gave", "presented", "distributed". */
const GIVE = String.raw`(?:trao(?:\s+tặng)?|tặng|bàn giao|cấp(?:\s+phát)?|phát|hỗ trợ|handed\s+over|hands?\s+over|donated|donates?|gave|gives?|presented|presents?|distributed|distributes?|provided|provides?)`;
/** A verb of giving as a word of its own. */
const GIVE_AT = new RegExp(`(?<!\\p{L})${GIVE}(?!\\p{L})`, "iu");
/** Working with another body: "phối hợp với", "cùng với", "in cooperation with". */
const WITH = String.raw`(?:phối hợp với|cùng với|together with|in (?:cooperation|partnership|collaboration) with)`;
/** Right after the giver's name: "(đã) trao …", "(đã) tổ chức (lễ) bàn giao …", "has handed over", "held a ceremony to hand over". */
const GIVES_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]{1,40}\)\s*)?(?:,?\s*${WITH}\s+[^.;]{1,80}?[,\s]+)?(?:(?:đã|vừa|mới|sẽ|has|have|had|also|recently|just|on\s+[^,.;]{1,25}?)\s+){0,2}(?:(?:tổ chức|held|organi[sz]ed)\s+(?:(?:lễ|buổi|a|the)\s+)?(?:ceremony\s+to\s+|hand-?over\s+ceremony\s+(?:of|for)\s+)?)?${GIVE}(?!\p{L})`,
  "iu",
);
/** Right before the giver's name: "received … from", "donated by" (the passive "được …" is read on its own, with the verb after). */
const GIVES_BEFORE = /(?:received\s[^.;]{0,80}?from|(?:donated|given|provided|handed over|presented|distributed)\s+by)\s+(?:the\s+)?$/iu;
/** A name that is not the giving verb's subject: the partner of "phối hợp với", "cùng với", "in cooperation with", or the last of a list ("A và B"). */
const GIVER_WITH_BEFORE = new RegExp(String.raw`(?:(?<!\p{L})(?:${WITH}|và|and)|&)\s+(?:the\s+|tổ chức\s+)?$`, "iu");
/** After "được <name>": the giving verb ("được Hội X trao tặng", (events5) "được Hội X tổ chức trao tặng"). */
const GIVES_PASSIVE_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{1,40}\)\s*)?(?:tổ chức\s+(?:(?:lễ|buổi)\s+)?)?${GIVE}(?!\p{L})`, "iu");

/**
 * `receiver` (a group or a person quoted at its span) is the BENEFICIARY of the handover `handoverId` named at `span`, and
 * (rels4) the giving verb's subject in the sentence `s`, when there is one, GAVE_TO it.
 */
function receives(a: ArticleDraft, s: Span, handoverId: string, span: Span, receiver: Span & { id: string }, what: "group" | "person"): void {
  relate(
    a,
    receiver.id,
    RelType.INVOLVED_IN,
    handoverId,
    { start: Math.min(span.start, receiver.start), end: Math.max(span.end, receiver.end) },
    `beneficiary: the handover is for this ${what}`,
    {
      role: Role.BENEFICIARY,
    },
  );
  const giver = giverIn(a, s, receiver.id);
  // (rels8) "Năm 2019, X từng trao …", "In 2018, X had handed over …", "X không trao …": the clause up to the giving verb does not state it
  const verb = giver ? GIVE_AT.exec(a.text.slice(giver.at, s.end)) : null;
  const stretch = giver ? clauseBefore(a.text, s.start, giver.at, verb ? giver.at + verb.index + verb[0].length : giver.at) : "";
  if (giver && !unstatedCue(stretch))
    relate(a, giver.id, RelType.GAVE_TO, receiver.id, { start: Math.min(giver.at, receiver.start), end: Math.max(giver.at, receiver.end) }, `giver: ${giver.why}`);
}

/**
 * (rels4) The organization that gave a handover's gift: the one named as the giving verb's subject ("X (đã) trao 20 con bò
 * cho …", "X handed over …", "X tổ chức lễ bàn giao …") or its agent ("được X trao tặng", "received … from X", "donated by X"),
 * in the sentence that names the group. One and only one such name, else nothing: a guess is not drafted.
 */
function giverIn(a: ArticleDraft, s: { start: number; end: number }, groupId: string): { id: string; at: number; why: string } | undefined {
  const { text } = a;
  const found = new Map<string, { id: string; at: number; why: string }>();
  for (const e of a.entities.values()) {
    if (e.kind !== Label.Organization || e.id === groupId || e.props.orgType === OrgType.COMMUNITY_GROUP) continue;
    for (const sp of e.spans) {
      if (sp.start < s.start || sp.end > s.end) continue;
      const after = text.slice(sp.end, Math.min(s.end, sp.end + 90));
      const before = text.slice(Math.max(s.start, sp.start - 100), sp.start);
      const passive = /(?<!\p{L})được\s+(?:the\s+)?$/iu.test(before);
      // "A phối hợp với B tổ chức cấp phát": B works with the giver; "A và B đã trao": one of several givers, the list not read
      if (GIVER_WITH_BEFORE.test(before)) continue;
      if ((passive && GIVES_PASSIVE_AFTER.test(after)) || (!passive && GIVES_BEFORE.test(before)) || (!passive && GIVES_AFTER.test(after)))
        found.set(e.id, { id: e.id, at: sp.start, why: `"${text.slice(sp.start, Math.min(s.end, sp.end + 24)).trim()}"` });
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * (issue 18) The group an activity or a project is for, anywhere in the article: "hỗ trợ sinh kế cho khoảng 800 hộ
 * nông dân nghèo (ưu tiên hộ khuyết tật)", "dự án cho phụ nữ và người dân tộc thiểu số nghèo", "helped 1,200 poor and
 * near-poor women farmers of the four pilot communes", "a fund for ethnic minority households in Ky Son". The group
 * is drafted when its name says who they are (a describing word: poor, ethnic minority, smallholder, a place) or
 * how many; a bare "người dân" / "local people" is not a group a curator names. Relationships are left to the
 * handover rule above (a group's project or event is not known from the sentence alone).
 */
const VI_CUE = /(?<!\p{L})(?:cho|hỗ trợ|hỗ trợ trực tiếp|tập huấn cho|thụ hưởng là)\s+/giu;
const VI_QUANTITY = /^((?:(?:khoảng|hơn|gần|trên|tổng số|tổng cộng|ít nhất)\s+)?\d[\d.,]*\s+|(?:các|những)\s+)?/iu;
const VI_HEAD = /^(?:hộ|gia đình|người dân|người|bà con|nông dân|nữ nông dân|phụ nữ|hội viên|đoàn viên|thanh niên|đồng bào|lao động|học viên)(?!\p{L})/iu;
/** Where a group's name ends besides VI_END: a verb that starts what the group does or gets. */
const VI_VERB =
  /\s(?:tại các buổi|làm|phát triển|nâng cao|tiếp cận|có|vay|mua|bán|xây dựng|chăn nuôi|trồng|cải thiện|ổn định|tăng|giảm|hiểu|nắm|áp dụng|tham gia|là|đều|sẽ|cũng|mở rộng|về|trên địa bàn|ở các buổi|đạt|khởi nghiệp)(?!\p{L})/iu;
/** A word that says who the people are (or where they live): what makes a descriptive name a group's name. */
const VI_DESCRIBED =
  /(?<!\p{L})(?:nghèo|cận nghèo|khó khăn|dân tộc thiểu số|sản xuất nhỏ|khuyết tật|yếu thế|chính sách|nông dân|(?:xã|huyện|tỉnh|thôn|bản|phường)\s+\p{Lu})(?!\p{L})/u;
/** English: a cue, how many, the describing words (adjectives of poverty, gender, ethnicity, scale, or a capitalised people's name), the head, where they live. */
const EN_TARGET = new RegExp(
  String.raw`(?<!\p{L})(?:for|to|supported|supporting|supports|support|benefiting|benefitting|helped|helping|helps|assisted|assisting|trained|training)\s+` +
    String.raw`(?:the\s+)?((?:(?:about|around|over|more than|nearly|some|almost)\s+)?(?:\d[\d,.]*|[a-z]+ty(?:-[a-z]+)?|hundreds of|thousands of)\s+)?` +
    String.raw`((?:(?:poor|near-poor|very poor|ethnic|minority|vulnerable|disadvantaged|smallholder|small-scale|women|female|young|landless|rural|disabled|elderly|low-income|\p{Lu}[\p{L}'’-]+)(?:,?\s+and\s+|,\s+|\s+))+` +
    String.raw`(?:households|families|farmers|women|residents|villagers|people|growers|producers|smallholders|youths?)` +
    String.raw`(?:\s+(?:of|in|from)\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,5}?(?:communes?|districts?|provinces?|villages?|areas?|regions?|District|Province|Commune|Village)(?:\s+of\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)?)?)`,
  "gu",
);
const EN_DESCRIBED = /(?<!\p{L})(?:poor|near-poor|ethnic|minority|vulnerable|disadvantaged|smallholder|small-scale|women|female|landless|disabled|low-income)(?!\p{L})/iu;

function groupNamesVi(text: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (const m of text.matchAll(VI_CUE)) {
    const after = m.index + m[0].length;
    const rest = text.slice(after, after + 240);
    const q = VI_QUANTITY.exec(rest);
    const quantity = q?.[1] ?? "";
    const body = rest.slice(quantity.length);
    if (!VI_HEAD.test(body)) continue;
    let name = /^[^.;:()\n“”"!?]*/u.exec(body)?.[0] ?? "";
    const end = VI_END.exec(name);
    if (end) name = name.slice(0, end.index);
    const verb = VI_VERB.exec(name);
    if (verb) name = name.slice(0, verb.index);
    // a place closes the name: "người dân xã Dân Hóa | đã cùng …"
    name = name.replace(/^(.*?(?<!\p{L})(?:xã|huyện|tỉnh|thôn|bản|phường)(?:\s+\p{Lu}[\p{L}-]*)+)\s+\p{Ll}.*$/u, "$1").replace(/[\s,]+(?:và|cùng)?$/u, "");
    name = squash(name);
    // "hộ nghèo" alone is what a sentence says, not a group a curator names: a describing word and three syllables
    if (!VI_DESCRIBED.test(name.replace(/^nông dân\s+/iu, "")) || name.split(" ").length < 3 || PERSON_NAMED.test(name) || isMembershipGroup(quantity + name)) continue;
    // a short note in brackets right after the group belongs to its name ("(ưu tiên phụ nữ …)"), a date or a place does not
    const bracket = /^\s*(\(\p{Ll}[^()\n\d]{1,80}\))/u.exec(body.slice(body.indexOf(name) + name.length));
    const number = /\d/.test(quantity) ? quantity.replace(/^\D+/u, "") : "";
    out.push({ start: after + quantity.length - number.length, name: squash(`${number}${name}${bracket ? ` ${bracket[1]}` : ""}`) });
  }
  return out;
}

function groupNamesEn(text: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (const m of text.matchAll(EN_TARGET)) {
    // the number stays in the name ("Forty poor households", "1,200 women farmers"), "about" / "more than" does not
    const quantity = (m[1] ?? "").replace(/^(?:about|around|over|more than|nearly|some|almost)\s+/iu, "");
    const name = squash(`${quantity}${m[2]}`);
    // "for ethnic minority women" (a title's topic) is not yet a group: how many they are, or where they live
    if (!EN_DESCRIBED.test(m[2]) || isMembershipGroup(name) || name.split(" ").length < 3 || (!quantity && !/\s(?:of|in|from)\s/u.test(m[2]))) continue;
    out.push({ start: m.index + m[0].length - m[2].length - quantity.length, name });
  }
  return out;
}

/** How much a candidate says who the group is: how many they are, the describing words, the length of the name. */
const VI_DESCRIBED_ALL = new RegExp(VI_DESCRIBED.source, "gu");
const EN_DESCRIBED_ALL = new RegExp(EN_DESCRIBED.source, "giu");
const described = (name: string): number =>
  (/^\S*\d/u.test(name) ? 2 : 0) + (name.match(VI_DESCRIBED_ALL)?.length ?? 0) + (name.match(EN_DESCRIBED_ALL)?.length ?? 0) + name.split(" ").length / 20;

/**
 * Drafts the article's target group: one, the best described of the candidates, and only when no group was drafted
 * already (a handover's) and no organization has a name like it. Curators name one or two groups an article is
 * about; every sentence that helps somebody is not one of them, so precision comes first.
 */
export function draftTargetGroups(a: ArticleDraft): ArticleDraft {
  const orgs = [...a.entities.values()].filter((e) => e.kind === Label.Organization);
  if (orgs.some((e) => e.props.orgType === OrgType.COMMUNITY_GROUP)) return a;
  const found = (a.lang === "vi" ? groupNamesVi(a.text) : groupNamesEn(a.text)).sort((x, y) => described(y.name) - described(x.name) || x.start - y.start);
  const words = (n: string) => nameWords(n.replace(/\s*\([^)]*\)/g, ""));
  const best = found.find((f) => !orgs.some((o) => dice(words(String(o.name)), words(f.name)) >= 0.7));
  if (!best) return a;
  const quote = { start: best.start, end: best.start + best.name.length };
  const group = declareNew(
    a,
    Label.Organization,
    best.name,
    { orgType: OrgType.COMMUNITY_GROUP },
    quote,
    `new: the group an activity is for ("cho"/"hỗ trợ"/"for"/"supported" and a described group)`,
  );
  // the project the sentence names (or says "dự án/project" of: the article's project) is for this group
  const s = sentenceOf(a, best.start);
  const inSentence = (e: { spans: readonly { start: number }[] }) => e.spans.some((sp) => sp.start >= s.start && sp.start < s.end);
  const project =
    [...a.entities.values()].find((e) => e.kind === Label.Project && inSentence(e)) ??
    (/(?<!\p{L})(?:dự án|project)(?!\p{L})/iu.test(a.text.slice(s.start, s.end)) ? mainProject(a) : undefined);
  if (project)
    relate(a, group.id, RelType.INVOLVED_IN, project.id, { start: Math.min(s.start, quote.start), end: Math.max(s.end, quote.end) }, "beneficiary: the project is for this group", {
      role: Role.BENEFICIARY,
    });
  return a;
}
