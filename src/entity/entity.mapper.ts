import { Label } from "../graph/graph.model";
import type { Period, Provenance } from "./entity.type";

export type NodeValue = Record<string, unknown> & { __typename: string; id: string };

const TYPED_LABELS = new Set<string>(Object.values(Label).filter((l) => l !== Label.Entity));
/** GraphQL type names that differ from the node label. */
const TYPE_NAMES: Partial<Record<string, string>> = { [Label.Model]: "LivelihoodModel" };

/**
 * Shapes a node map returned as `n {.*, __labels: labels(n)}` for GraphQL: the type name from
 * its label, `period` from its dates, internal properties dropped.
 */
export function toNode(map: Record<string, unknown>): NodeValue {
  const { __labels, searchText: _searchText, ...props } = map as Record<string, unknown> & { __labels?: string[] };
  const label = (__labels ?? []).find((l) => TYPED_LABELS.has(l)) ?? Label.Entity;
  const typename = TYPE_NAMES[label] ?? label;
  const node = { ...props, __typename: typename } as NodeValue;
  if (!Array.isArray(node.aliases)) node.aliases = [];
  if ("startDate" in props || "endDate" in props) node.period = toPeriod(props);
  return node;
}

export function toPeriod(props: Record<string, unknown>): Period {
  return {
    start: (props.startDate as string | undefined) ?? null,
    end: (props.endDate as string | undefined) ?? null,
    startPrecision: (props.startDatePrecision as Period["startPrecision"]) ?? null,
    endPrecision: (props.endDatePrecision as Period["endPrecision"]) ?? null,
  };
}

/** Provenance of a relationship, from the sourceId/quote/note it carries; null when it has none. */
export function toProvenance(rel: Record<string, unknown> | null | undefined): Provenance | null {
  if (!rel || typeof rel.sourceId !== "string") return null;
  return { sourceId: rel.sourceId, quote: String(rel.quote ?? ""), note: (rel.note as string | undefined) ?? null };
}
