/**
 * (orgs6) Which described groups of people are not drafted as a community group of their own.
 *
 * Members of a body ("hội viên", "đoàn viên", "thành viên", "xã viên", "hộ hội viên", the households
 * "tham gia mô hình", "union members", "participating households") are that body's membership: a
 * curator holds them as the body (the union, the branch, the cooperative) or as the people named,
 * not as a new group beside it. The poor, ethnic-minority or smallholder households a handover or a
 * project is for stay groups (the rules in beneficiaries.stage.ts).
 */

/** A count or a determiner before the group's head: "12", "các", "những", "some 40", "the". */
const LEAD = String.raw`(?:(?:khoảng|hơn|gần|trên|the|some|about|over)\s+)?(?:\d[\d.,]*\s+|(?:các|những|mỗi)\s+)?`;
/** Heads that say "members of a body": Vietnamese member words, the households of members, English members. */
const VI_MEMBERS = new RegExp(String.raw`^${LEAD}(?:hộ\s+)?(?:hội viên|đoàn viên|thành viên|xã viên|đảng viên)(?!\p{L})`, "iu");
/** "(các) hộ tham gia (mô hình|dự án|tổ)": the households taking part in something, i.e. its members. */
const VI_TAKING_PART = new RegExp(String.raw`^${LEAD}(?:hộ(?:\s+dân|\s+gia đình)?|người|nông dân)\s+(?:đã\s+)?tham gia(?!\p{L})`, "iu");
const EN_MEMBERS = /(?<!\p{L})(?:members|member households|participating (?:households|farmers)|households taking part)(?!\p{L})/iu;

/** True when a group's name says it is the members of a body (or those taking part in a model), not a group of its own. */
export function isMembershipGroup(name: string): boolean {
  const n = name.trim();
  return VI_MEMBERS.test(n) || VI_TAKING_PART.test(n) || EN_MEMBERS.test(n);
}
