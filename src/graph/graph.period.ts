/**
 * The one date rule of every filter (3W and lists): a node counts for [from, to] when its known
 * dates overlap it — its end (else its start) on or after `from`, its start (else its end) on or
 * before `to` — and a node with no date at all only with includeUndated. Arguments are a Cypher
 * variable and parameter names (e.g. "$from"), never values; `null` when no date is given.
 */
export function periodOverlap(v: string, from: string | null, to: string | null, includeUndated: boolean): string | null {
  const overlap: string[] = [];
  if (from) overlap.push(`coalesce(${v}.endDate, ${v}.startDate) >= date(${from})`);
  if (to) overlap.push(`coalesce(${v}.startDate, ${v}.endDate) <= date(${to})`);
  if (!overlap.length) return null;
  const dated = overlap.join(" AND ");
  return includeUndated ? `((${v}.startDate IS NULL AND ${v}.endDate IS NULL) OR (${dated}))` : dated;
}
