import { assertId } from "../common/ids";
import { toDateRange } from "../common/input";
import type { WhoWhatWhereQuery } from "./who-what-where.cypher";
import type { WhoWhatWhereFilter } from "./who-what-where.type";

/**
 * The filter as the 3W Cypher builder takes it: ids checked, lists de-duplicated, dates checked
 * (BAD_USER_INPUT otherwise). `whoWhatWhere(filter:)` and the exports' URL filters (src/export)
 * are both validated by it, so that a download holds exactly the rows the query answers.
 */
export function toWhoWhatWhereQuery(filter: WhoWhatWhereFilter | null): WhoWhatWhereQuery {
  if (!filter) return {};
  const q: WhoWhatWhereQuery = {};
  for (const key of ["organization", "model", "program", "project", "place"] as const) {
    const value = filter[key];
    if (value != null) q[key] = assertId(value, `filter.${key}`);
  }
  if (filter.roles?.length) q.roles = [...new Set(filter.roles)];
  if (filter.activities?.length) q.activities = [...new Set(filter.activities)];
  if (filter.includeUndated) q.includeUndated = true;
  return { ...q, ...toDateRange(filter.from, filter.to, "filter") };
}
