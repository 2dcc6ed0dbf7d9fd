import { KIND_LIST, Label } from "./graph.model";
import type { DatePrecision } from "./graph.enums";

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

/** Where a fact comes from (GraphQL `Provenance`): the source and its exact words. */
export interface ProvenanceRow {
  sourceId: string;
  quote: string;
  note: string | null;
}

const TYPE_NAME = new Map<string, string>(KIND_LIST.map((k) => [k.label, k.typeName]));

/** Node projection every statement uses, so that toNode can name the type. */
export const NODE = (v: string): string => `${v} {.*, __labels: labels(${v})}`;

/**
 * Shapes a node map returned as NODE(v) for GraphQL: the type name from its label, `period`
 * from its dates, internal properties (searchText) dropped.
 */
export function toNode(map: Record<string, unknown>): NodeRow {
  const { __labels, searchText: _searchText, id, name, aliases, ...props } = map;
  const labels = Array.isArray(__labels) ? (__labels as string[]) : [];
  const typename = labels.map((l) => TYPE_NAME.get(l)).find(Boolean) ?? Label.Entity;
  const node: NodeRow = { ...props, __typename: typename, id: String(id), name: String(name ?? id), aliases: Array.isArray(aliases) ? aliases.map(String) : [] };
  if ("startDate" in props || "endDate" in props) node.period = toPeriod(props);
  return node;
}

export function toPeriod(props: Record<string, unknown>): PeriodRow {
  const text = (v: unknown): string | null => (typeof v === "string" ? v : null);
  return {
    start: text(props.startDate),
    end: text(props.endDate),
    startPrecision: text(props.startDatePrecision) as DatePrecision | null,
    endPrecision: text(props.endDatePrecision) as DatePrecision | null,
  };
}

/** Provenance of a relationship, from the sourceId/quote/note it carries; null when it has none. */
export function toProvenance(rel: Record<string, unknown> | null | undefined): ProvenanceRow | null {
  if (!rel || typeof rel.sourceId !== "string") return null;
  return { sourceId: rel.sourceId, quote: String(rel.quote ?? ""), note: typeof rel.note === "string" ? rel.note : null };
}
