/**
 * Round 8 (events8): event head words that name a thing, not an occasion. Pure function over the text.
 *
 * Contract: `namesAThing(text, m)` is true for an event head written as part of a thing's name: a place or a body
 * before it ("Trung tâm Hội nghị tỉnh", "hội trường"), printed matter before it ("tài liệu tập huấn", "giáo trình"), or a
 * thing after it ("meeting room", "forum website", "seminar materials"). Such a mention drafts no event.
 */

/** Before a Vietnamese head: a venue, a body or printed matter named after the activity. */
const THING_BEFORE = /(?<!\p{L})(?:trung tâm|phòng|hội trường|tài liệu|giáo trình|sổ tay|cẩm nang|kỷ yếu|tờ rơi|sách)\s+$/iu;
/** After an English head: a room, a site, printed matter. */
const THING_AFTER =
  /^[\s-]+(?:rooms?|halls?|venues?|centres?|centers?|websites?|web ?pages?|sites?|portals?|platforms?|materials?|manuals?|handbooks?|booklets?|brochures?|leaflets?|documents?|reports?|papers?|proceedings|curricul(?:um|a)|modules?|kits?|toolkits?|slides?|agendas?|budgets?|secretariat|facilit(?:y|ies))(?!\p{L})/iu;

export function namesAThing(text: string, m: { start: number; end: number }): boolean {
  return THING_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || THING_AFTER.test(text.slice(m.end, m.end + 24));
}
