/**
 * How the statements of several sources about one node become that node's properties. Pure: the
 * reader uses it for its merged view of the files, the writer for the nodes in the graph, so
 * both always agree.
 *
 * Every source keeps its own statement (in the graph: the properties of its MENTIONED_IN link).
 * A node's properties are derived from all statements that exist for it, by one rule that does
 * not depend on the order in which files were loaded:
 *
 * - sources are ranked: DATASET sources (the gazetteer) first, then articles, each group by
 *   source id; for every property the value of the best-ranked source that states it wins;
 * - `note` is a remark about one source's statement: the node shows the best-ranked source's
 *   note (or none), the others stay on their own statements;
 * - `name` is the best-ranked source's name; `aliases` are the union of every source's aliases
 *   and every other name, in rank order, exact strings (diacritics count), without the name;
 * - a property that no source states any more is removed;
 * - `quote` and `inferred` (the curator's reason when the source does not state the fact itself)
 *   belong to one source's statement and never reach the node.
 */
import { SourceKind } from "../graph/graph.enums";

/** One source's statement about one node: the properties it gives, as stored or as written. */
export interface Statement {
  sourceId: string;
  sourceKind: string;
  props: Record<string, unknown>;
}

/** Two sources gave one property different values; `chosen` is the source whose value won. */
export interface Conflict {
  id: string;
  property: string;
  values: { sourceId: string; value: unknown }[];
  chosen: string;
}

const KIND_RANK: Record<string, number> = { [SourceKind.DATASET]: 0, [SourceKind.ARTICLE]: 1 };

/** Orders statements best first: DATASET before ARTICLE (unknown kinds last), then source id. */
export function compareStatements(a: Pick<Statement, "sourceId" | "sourceKind">, b: Pick<Statement, "sourceId" | "sourceKind">): number {
  const rank = (KIND_RANK[a.sourceKind] ?? 9) - (KIND_RANK[b.sourceKind] ?? 9);
  if (rank !== 0) return rank;
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0;
}

/** Properties each source may say differently without it being a conflict. */
const NO_CONFLICT = new Set(["name", "aliases", "note", "quote"]);

/** Properties the node takes from the best-ranked statement only, never from another. */
const WINNER_ONLY = new Set(["note"]);

/** Statements hold plain values (strings, numbers, lists; dates as ISO strings). */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Statement properties that never reach the node: they describe one source's statement. */
export const STATEMENT_ONLY: ReadonlySet<string> = new Set(["quote", "inferred"]);

/**
 * Merges the statements about node `id`: for each property the best-ranked value, names and
 * aliases united. `skip` lists statement properties that never reach the node (e.g. `quote`).
 */
export function mergeStatements(
  id: string,
  statements: Statement[],
  skip: ReadonlySet<string> = STATEMENT_ONLY,
): { props: Record<string, unknown>; conflicts: Conflict[]; winner: Statement | undefined } {
  const ranked = [...statements].sort(compareStatements);
  const props: Record<string, unknown> = {};
  const seen = new Map<string, { sourceId: string; value: unknown }[]>();
  for (const [i, st] of ranked.entries()) {
    for (const [key, value] of Object.entries(st.props)) {
      if (skip.has(key) || key === "aliases" || value === undefined || value === null) continue;
      if (!(key in props) && (i === 0 || !WINNER_ONLY.has(key))) props[key] = value;
      const list = seen.get(key) ?? [];
      list.push({ sourceId: st.sourceId, value });
      seen.set(key, list);
    }
  }
  const conflicts: Conflict[] = [];
  for (const [property, values] of seen) {
    if (NO_CONFLICT.has(property) || property.endsWith("Precision")) continue;
    if (values.some((v) => !same(v.value, values[0].value))) conflicts.push({ id, property, values, chosen: values[0].sourceId });
  }
  if (ranked.some((st) => "name" in st.props || "aliases" in st.props)) {
    const name = props.name;
    const aliases = new Set<string>();
    ranked.forEach((st, i) => {
      for (const alias of Array.isArray(st.props.aliases) ? st.props.aliases : []) aliases.add(String(alias));
      if (i > 0 && typeof st.props.name === "string") aliases.add(st.props.name);
    });
    if (typeof name === "string") aliases.delete(name);
    props.aliases = [...aliases];
  }
  return { props, conflicts, winner: ranked[0] };
}

/** One line per conflict, for the seed and seed:check output. */
export function describeConflict(c: Conflict): string {
  const values = c.values.map((v) => `${v.sourceId}: ${JSON.stringify(v.value)}`).join(", ");
  return `${c.id}.${c.property} differs between sources (${values}); the node keeps ${c.chosen}'s value`;
}
