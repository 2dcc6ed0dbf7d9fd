/**
 * Stage 8, beneficiaries: who a handover is for. "cấp phát bò giống cho các hộ nghèo, hộ chính
 * sách xã Bình Sơn", "trao 6.000 con gà cho hộ nghèo Hương Sơn", "distributed vouchers to 300 poor
 * households", "Forty poor households in Tu Mơ Rông District have received …": the group after
 * "cho"/"to" (or before "received") is drafted as a community group, INVOLVED_IN the handover as
 * its BENEFICIARY. The group is new for every article (a group of people is not matched).
 */
import { OrgType, Role, EventType } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { type ArticleDraft, declareNew, relate, sentenceOf } from "../ingest.draft";
import { squash } from "../ingest.text";

/** "cho" and a group of people: households, farmers, women, members… */
const VI_GROUP =
  /(?<!\p{L})cho\s+((?:các|những|\d[\d.,]*)\s+)?((?:hộ|gia đình|người dân|người|bà con|nông dân|nữ nông dân|phụ nữ|hội viên|đoàn viên|thanh niên|học sinh|đồng bào)(?!\p{L})[^.;:()\n]*)/iu;
/** Where the group's name ends: a clause that says why, under what, where or when. */
const VI_END =
  /\s(?:trong|thuộc|theo|với|nhằm|để|giúp|nhân dịp|vào|từ|nguồn|được|đã|với tổng|trị giá|tổng trị giá)(?!\p{L})|,\s(?!(?:hộ|cận|gia đình|người|phụ nữ|nữ|đồng bào|hội viên|mới|và)(?!\p{L}))/iu;
const EN_GROUP =
  /(?<!\p{L})to\s+((?:the\s+)?(?:\d[\d,]*\s+|forty\s+|\w+ty\s+)?((?:poor|near-poor|ethnic minority|vulnerable|local|women|disadvantaged|smallholder|[\w-]+)\s+){0,4}(?:households|families|farmers|women|people|residents|beneficiaries)(?:\s+in\s+[^.;,]+)?)/iu;
const EN_RECEIVERS = /^\s*(?:[\p{L}\d,-]+\s+){0,8}?(?:households|families|farmers|women|people)(?:\s+in\s+[^.;]{1,60}?)?(?=\s+(?:have\s+|has\s+)?received)/iu;
const MAX_WORDS = 16;
const PERSON_NAMED = /(?<!\p{L})(?:bà|ông|anh|chị|em)\s+\p{Lu}|^(?:gia đình|người|đoàn viên|hội viên|nông dân|học sinh)\s+\p{Lu}/u;

export function draftBeneficiaries(a: ArticleDraft): ArticleDraft {
  const { text } = a;
  for (const inst of a.events) {
    if (inst.type !== EventType.HANDOVER) continue;
    const seen = new Set<number>();
    for (const span of inst.draft.spans) {
      const s = sentenceOf(a, span.start);
      if (seen.has(s.start) || s.end <= s.start) continue;
      seen.add(s.start);
      const sentence = text.slice(s.start, s.end);
      let found: { start: number; name: string } | undefined;
      if (a.lang === "vi") {
        const m = VI_GROUP.exec(sentence);
        if (m) {
          const group = m[2];
          const end = VI_END.exec(group);
          const start = s.start + m.index + m[0].length - group.length;
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
      const at = text.indexOf(name.split(" ")[0], found.start);
      const quote = { start: at >= 0 ? at : found.start, end: (at >= 0 ? at : found.start) + name.length };
      const group = declareNew(a, Label.Organization, name, { orgType: OrgType.COMMUNITY_GROUP }, quote, `new: the group a handover is for ("cho"/"to" after the verb)`);
      relate(
        a,
        group.id,
        RelType.INVOLVED_IN,
        inst.draft.id,
        { start: Math.min(span.start, quote.start), end: Math.max(span.end, quote.end) },
        "beneficiary: the handover is for this group",
        {
          role: Role.BENEFICIARY,
        },
      );
      break;
    }
  }
  return a;
}
