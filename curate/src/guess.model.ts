/**
 * What the workbench preselects for words a curator selects in the text, so that the usual
 * addition is one drag and one confirm: the kind of fact (an entity's name, or a relationship's
 * quote), an entity's kind and key property (orgType, eventType, category, level) from the
 * ingest's own word lists (src/ingest/ingest.lexicon.ts, read-only here), a relationship's type
 * and role from its cue words, and its two ends among the draft's entities, nearest first. Every
 * guess is only a preselection the curator sees and may change.
 */
import { Role } from "@graph/graph.enums";
import { kindOfLabel, Label, RelType } from "@graph/graph.model";
import {
  EN_EVENT_HEADS,
  EN_ORG_WORDS,
  EN_PLACE_UNITS,
  KNOWN_PARTNER_NAMES,
  MODEL_CATEGORY_HINTS,
  SURNAMES,
  VI_EVENT_HEADS,
  VI_ORG_HEADS,
  VI_PLACE_UNITS,
} from "@ingest/ingest.lexicon";
import type { Proposal } from "./curation.operations";

const typeName = (label: Label): string => kindOfLabel(label)?.typeName ?? "";
export const KIND = {
  organization: typeName(Label.Organization),
  person: typeName(Label.Person),
  program: typeName(Label.Program),
  project: typeName(Label.Project),
  event: typeName(Label.Event),
  model: typeName(Label.Model),
  place: typeName(Label.Place),
} as const;

/** Lower case, NFC, words split at anything that is not a letter or a digit. */
function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** ASCII, lower case, single spaces (đ → d, accents dropped). */
export function fold(text: string): string {
  return text
    .replace(/[đĐ]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** How a model's name usually opens (lower case: a common noun phrase, not a proper name). */
const MODEL_OPENINGS = /^(mô hình|nuôi|trồng|chăn nuôi|sản xuất|chế biến|đào tạo|phát triển|dạy nghề|model|raising|growing|farming)\b/u;
/** Words that name people as a group. */
const GROUP_WORDS = /(^|\s)(người dân|hộ|nông dân|phụ nữ|nữ|thanh niên|người|farmers|households|women|villagers|residents|members)(\s|$)/u;
/** Vietnamese middle names (folded): a capitalised pair with one second is a person's name. */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(["van", "thi", "duc", "huu", "minh", "ngoc", "quang", "xuan", "thanh", "cong", "dinh", "kim", "hong"]);

const startsWith = (ws: readonly string[], head: readonly string[]): boolean => head.length <= ws.length && head.every((w, i) => ws[i] === w);
const contains = (ws: readonly string[], head: readonly string[]): boolean => ws.some((_, i) => startsWith(ws.slice(i), head));

export interface EntityGuess {
  entityKind: string;
  props: Record<string, string>;
}

/** The entity the words name, by their head word(s): a place unit, an organization, an event, a program, a model, a person. */
export function guessEntity(selected: string): EntityGuess {
  const ws = words(selected);
  const folded = fold(selected);
  const place = VI_PLACE_UNITS.find((u) => startsWith(ws, u.words)) ?? EN_PLACE_UNITS.find((u) => ws.length > 1 && ws[ws.length - 1] === u.words[0]);
  if (place && place.levels[0]) return { entityKind: KIND.place, props: { level: place.levels[0] } };
  if (/^(chương trình|program)/.test(ws.join(" "))) return { entityKind: KIND.program, props: {} };
  if (/^(dự án|tiểu dự án|project)/.test(ws.join(" ")) || (/^\p{Lu}/u.test(selected.trim()) && ws.length <= 8 && ws[ws.length - 1] === "project"))
    return { entityKind: KIND.project, props: {} };
  const viEvent = VI_EVENT_HEADS.find((h) => !h.verbal && startsWith(ws, h.words));
  const enEvent = EN_EVENT_HEADS.find((h) => contains(ws, h.words));
  const event = viEvent ?? enEvent;
  if (event) return { entityKind: KIND.event, props: { eventType: event.eventType } };
  const org = VI_ORG_HEADS.find((h) => startsWith(ws, h.words));
  if (org) return { entityKind: KIND.organization, props: { orgType: org.orgType } };
  const partner = KNOWN_PARTNER_NAMES.find((p) => contains(ws, p.words));
  if (partner) return { entityKind: KIND.organization, props: { orgType: partner.orgType } };
  const enOrg = ws.map((w) => EN_ORG_WORDS.get(w)).find(Boolean);
  if (enOrg) return { entityKind: KIND.organization, props: { orgType: enOrg } };
  // A way of making a living, named by what is done ("nuôi bò", "sản xuất tôm khô", "đào tạo kỹ năng…").
  const category = MODEL_CATEGORY_HINTS.find(([re]) => re.test(folded));
  if (ws.length >= 2 && MODEL_OPENINGS.test(ws.join(" "))) return { entityKind: KIND.model, props: category ? { category: category[1] } : {} };
  // Two to four capitalised words (not an acronym), the first a surname or the second a usual middle name: a person ("Nguyễn Văn A").
  const caps = selected.trim().split(/\s+/);
  const named = caps.length >= 2 && caps.length <= 4 && caps.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (named && (SURNAMES.has(fold(caps[0])) || MIDDLE_NAMES.has(fold(caps[1])))) return { entityKind: KIND.person, props: {} };
  // People named as a group, in lower case ("người dân xã…", "hộ nông dân…", "ethnic minority farmers…"): a community group.
  if (/^\p{Ll}/u.test(selected.trim()) && GROUP_WORDS.test(ws.join(" "))) return { entityKind: KIND.organization, props: { orgType: "COMMUNITY_GROUP" } };
  // An acronym or a capitalised name with no head word: most often an organization.
  return { entityKind: KIND.organization, props: {} };
}

/** Cue words of a role in an activity, most specific first (folded, matched on word boundaries). */
const ROLE_CUES: readonly (readonly [RegExp, Role])[] = [
  [/\b(tai tro|funded|financed|financial support|donor|nha tai tro|von cua|ho tro kinh phi)\b/, Role.FUNDER],
  [/\b(truong doan|head of the delegation|led the delegation)\b/, Role.DELEGATION_HEAD],
  [/\b(chu tri|coordinat\w*)\b/, Role.COORDINATOR],
  [/\b(dong hanh|partner\w*)\b/, Role.PARTNER],
  [/\b(phoi hop|in collaboration|in coordination|cung voi|together with|cung)\b/, Role.CO_ORGANIZER],
  [/\b(thuc hien|trien khai|implement\w*|carried out|run by)\b/, Role.IMPLEMENTER],
  [/\b(to chuc|organi[sz]\w*|held)\b/, Role.ORGANIZER],
  [/\b(giang vien|chuyen gia|huong dan|trainer|taught|instruct\w*)\b/, Role.TRAINER],
  [/\b(phat bieu|speaking|said|cho biet|chia se)\b/, Role.SPEAKER],
  [/\b(lam viec voi|don tiep|hosted|host)\b/, Role.HOST],
  [/\b(huong loi|nhan|beneficiar\w*|received)\b/, Role.BENEFICIARY],
  [/\b(tham gia|participat\w*|attended|tham du)\b/, Role.PARTICIPANT],
];

/** The role the words say, if any. */
export function guessRole(selected: string): Role | undefined {
  const f = fold(selected);
  return ROLE_CUES.find(([re]) => re.test(f))?.[1];
}

/** A selection that is a relationship's quote rather than a name: several words with a role's cue. */
export function looksLikeRelationship(selected: string): boolean {
  return words(selected).length >= 4 && guessRole(selected) !== undefined;
}

/** An entity of the draft, offered as a relationship's end. */
export interface LocalEntity {
  id: string;
  name: string;
  kind: string;
}

/** Where an entity stands in the text: its proposal's quote and every place its name is written. */
function positions(text: string, entity: LocalEntity, proposals: readonly Proposal[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of proposals) if (p.kind === "ENTITY" && p.entityId === entity.id && p.start !== null && p.end !== null) out.push({ start: p.start, end: p.end });
  const lower = text.toLocaleLowerCase("vi");
  const name = entity.name.normalize("NFC").toLocaleLowerCase("vi");
  if (name.length >= 2) for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length });
  return out;
}

/** Distance in characters from the selection to an entity's nearest mention (0 inside it; Infinity when never written). */
function distance(text: string, entity: LocalEntity, proposals: readonly Proposal[], sel: { start: number; end: number }): number {
  let best = Number.POSITIVE_INFINITY;
  for (const p of positions(text, entity, proposals)) {
    const d = p.end <= sel.start ? sel.start - p.end : p.start >= sel.end ? p.start - sel.end : 0;
    best = Math.min(best, d);
  }
  return best;
}

/** The entities of the given kinds (all when empty), nearest to the selection first. */
export function rankEnds(
  text: string,
  entities: readonly LocalEntity[],
  kinds: readonly string[],
  proposals: readonly Proposal[],
  sel: { start: number; end: number },
): LocalEntity[] {
  const fit = entities.filter((e) => !kinds.length || kinds.includes(e.kind));
  const dist = new Map(fit.map((e) => [e.id, distance(text, e, proposals, sel)]));
  return [...fit].sort((a, b) => (dist.get(a.id) ?? 0) - (dist.get(b.id) ?? 0));
}

/** The relationship type preselected for a quote: taking part in an activity, whose role the words say. */
export const DEFAULT_REL_TYPE: string = RelType.INVOLVED_IN;
