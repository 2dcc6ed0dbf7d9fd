import { KIND_LIST, Label } from "./graph.model";
import { DatePrecision } from "./graph.enums";

/** A span of time with the precision each end is known to (GraphQL `Period`). */
export interface PeriodRow {
  start: string | null;
  end: string | null;
  startPrecision: DatePrecision | null;
  endPrecision: DatePrecision | null;
}

/**
 * An entity node as every repository returns it and every GraphQL entity type reads it: the
 * Entity fields typed, `__typename` from its label (the model table's typeName), `period` from
 * its dates, and the kind's other properties as stored.
 */
export interface NodeRow {
  __typename: string;
  id: string;
  name: string;
  nameEn?: string | null;
  aliases: string[];
  description?: string | null;
  note?: string | null;
  period?: PeriodRow;
  [property: string]: unknown;
}

/**
 * Where a fact comes from (GraphQL `Provenance`): the source and its exact words, and whether the
 * source states the fact or a curator inferred it from the source (`inferredReason`: why).
 */
export interface ProvenanceRow {
  sourceId: string;
  quote: string;
  note: string | null;
  inferred: boolean;
  inferredReason: string | null;
}

const TYPE_NAME = new Map<string, string>(KIND_LIST.map((k) => [k.label, k.typeName]));

/**
 * The stored properties a read returns for its nodes, besides `id`, `name` and the labels:
 * null returns them all. Built from a GraphQL selection (types/selection.projection.ts) out of
 * the model table's property names only, never from client text; it is part of a per-request
 * loader's key, so a node read lean is never served to a selection that needs more.
 */
export type Projection = readonly string[] | null;

/** Every property, for reads whose nodes travel further than the selection that asked. */
export const ALL_PROPERTIES: Projection = null;

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** A stable key of a projection, for loader maps. */
export const projectionKey = (p: Projection): string => (p ? p.join(",") : "*");

/**
 * How a read names its nodes' kind, given the kinds it can return (`kinds`, e.g. a relationship
 * field's targets): not at all for one concrete kind, a CASE over the candidates for several,
 * the labels when unknown. At S3, `labels(n)` for the 3,400 interventions of a province's roll-up
 * cost more than their properties; testing a few labels costs little.
 */
function kindPart(v: string, kinds: readonly Label[] | null): string | null {
  if (!kinds?.length || !kinds.every((k) => TYPE_NAME.has(k))) return `__labels: labels(${v})`;
  if (kinds.length === 1) return null;
  return `__kind: CASE ${kinds.map((k) => `WHEN ${v}:${k} THEN '${k}'`).join(" ")} END`;
}

/**
 * The map-projection items of `names` (`.id, .name…`), or `.*` for all. Names are checked to be
 * plain identifiers as a second line of defence: they are interpolated.
 */
function propertyItems(names: readonly string[] | null): string[] {
  if (!names) return [".*"];
  for (const p of names) if (!PROPERTY_NAME.test(p)) throw new Error(`not a property name: ${p}`);
  return names.map((p) => `.${p}`);
}

/**
 * Node projection every statement uses, so that toNode can name the type: all properties, or
 * `id`, `name` and those of `projection`, once each; and the kind, told as cheaply as `kinds`
 * (the kinds the read can return, if known) allows — shape such maps with toNodeOf(kinds).
 */
export function NODE(v: string, projection: Projection = ALL_PROPERTIES, kinds: readonly Label[] | null = null): string {
  const kind = kindPart(v, kinds);
  const props = projection && [...new Set(["id", "name", ...projection])];
  return `${v} {${[...propertyItems(props), ...(kind ? [kind] : [])].join(", ")}}`;
}

/** Relationship projection: all its properties, or those of `projection`; with its type as `__type`. */
export function REL(v: string, projection: Projection = ALL_PROPERTIES): string {
  return `${v} {${[...propertyItems(projection), `__type: type(${v})`].join(", ")}}`;
}

/**
 * Shapes a node map returned as NODE(v) for GraphQL: the type name from its labels, `period`
 * from its dates, internal properties (searchText) dropped.
 */
export function toNode(map: Record<string, unknown>): NodeRow {
  return shapeNode(map, null);
}

/** toNode for maps returned as NODE(v, projection, kinds): the type name from the kind it tells, or the one kind. */
export const toNodeOf =
  (kinds: readonly Label[] | null) =>
  (map: Record<string, unknown>): NodeRow =>
    shapeNode(map, kinds);

function shapeNode(map: Record<string, unknown>, kinds: readonly Label[] | null): NodeRow {
  const { __labels, __kind, searchText: _searchText, id, name, aliases, ...props } = map;
  const labels = Array.isArray(__labels) ? __labels.map(String) : typeof __kind === "string" ? [__kind] : kinds?.length === 1 ? [kinds[0]] : [];
  const typename = labels.map((l) => TYPE_NAME.get(l)).find(Boolean) ?? Label.Entity;
  const node: NodeRow = { ...props, __typename: typename, id: String(id), name: String(name ?? id), aliases: Array.isArray(aliases) ? aliases.map(String) : [] };
  // A projection returns absent properties as null: no date at all is no period, as with `.*`.
  if (props.startDate != null || props.endDate != null) node.period = toPeriod(props);
  return node;
}

export function toPeriod(props: Record<string, unknown>): PeriodRow {
  const text = (v: unknown): string | null => (typeof v === "string" ? v : null);
  const precision = (v: unknown): DatePrecision | null => Object.values(DatePrecision).find((p) => p === v) ?? null;
  return {
    start: text(props.startDate),
    end: text(props.endDate),
    startPrecision: precision(props.startDatePrecision),
    endPrecision: precision(props.endDatePrecision),
  };
}

/**
 * A provenance row from stored values: `inferred` is the `inferred` property of the statement
 * (the curator's reason, a non-empty string, when the source does not state the fact itself;
 * absent when it does).
 */
export function provenanceRow(sourceId: string, quote: unknown, note: unknown, inferred: unknown): ProvenanceRow {
  const reason = typeof inferred === "string" && inferred.trim() !== "" ? inferred : null;
  return { sourceId, quote: String(quote ?? ""), note: typeof note === "string" ? note : null, inferred: reason !== null, inferredReason: reason };
}

/** Provenance of a relationship, from the sourceId/quote/note/inferred it carries; null when it has none. */
export function toProvenance(rel: Record<string, unknown> | null | undefined): ProvenanceRow | null {
  if (!rel || typeof rel.sourceId !== "string") return null;
  return provenanceRow(rel.sourceId, rel.quote, rel.note, rel.inferred);
}

/** The relationship properties a provenance row reads (toProvenance). */
export const PROVENANCE_PROPS: readonly string[] = ["sourceId", "quote", "note", "inferred"];

/** Orders provenance rows by source id: the rank of seed.merge.ts among sources of one kind. */
const bySourceId = (a: ProvenanceRow | null, b: ProvenanceRow | null): number => {
  const x = a?.sourceId ?? "";
  const y = b?.sourceId ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Folds facts stored once per source into one item per `key` (a relationship's ends, type and
 * role): the best-ranked source's item with its `provenance`, every source's in `sources` (best
 * first), and `inferred` when every source marks it inferred (contract 1). Keeps the order of
 * first occurrence. `rank` orders the sources (by default by source id, the rule of seed.merge.ts
 * among articles: relationships between actors and activities come from articles only).
 */
export function oncePerKey<T extends { provenance: ProvenanceRow | null }>(
  items: readonly T[],
  key: (item: T) => string,
  rank: (a: ProvenanceRow | null, b: ProvenanceRow | null) => number = bySourceId,
): (T & { sources: ProvenanceRow[]; inferred: boolean })[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()].map((group) => {
    const ranked = group.length > 1 ? group.sort((a, b) => rank(a.provenance, b.provenance)) : group;
    const sources = ranked.map((i) => i.provenance).filter((p): p is ProvenanceRow => !!p);
    return { ...ranked[0], provenance: sources[0] ?? null, sources, inferred: sources.length > 0 && sources.every((p) => p.inferred) };
  });
}
