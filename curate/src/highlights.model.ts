/**
 * The article's text cut into segments at every proposal's quote boundary, so that each quote is
 * highlighted where it stands (offsets are UTF-16, as Draft.text is indexed). Overlapping quotes
 * are fine: a segment lists every proposal covering it, innermost (shortest) first.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the spans covering the whole segment, shortest span first; empty for plain text. */
  ids: string[];
}

/** Spans that lie inside the text and are not empty; the others are not drawn. */
function usable(spans: readonly Span[], length: number): Span[] {
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end);
}

export function segmentText(length: number, spans: readonly Span[]): Segment[] {
  const kept = usable(spans, length);
  const cuts = new Set<number>([0, length]);
  for (const s of kept) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const ids = kept
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.id);
    segments.push({ start, end, ids });
  }
  return segments;
}

/**
 * A selection inside the text, as offsets into it: `anchorOffset`/`focusOffset` are within text
 * nodes whose segment starts at the given offsets. Leading and trailing white space is trimmed,
 * so a sloppy double-click-and-drag gives the words alone. Null when nothing but space is selected.
 */
export function trimSelection(text: string, a: number, b: number): { start: number; end: number } | null {
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** A new entity's id from its name: the kind's prefix and an ASCII slug (Vietnamese letters folded). */
export function slugId(prefix: string, name: string): string {
  const slug = name
    .replace(/[đĐ]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${prefix}${slug || "new"}`;
}
