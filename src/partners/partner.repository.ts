import { byKey } from "../common/loaders";
import type { GraphExecutor } from "../graph/graph.executor";
import { ALL_PROPERTIES, type Projection, provenanceRow } from "../graph/graph.node";
import { edgePageStatement, edgePageTotalStatement, type PartnerPage, partnersStatement, partnersTotalStatement, type SharedRow } from "./partner.cypher";
import type { RelationSpec } from "../graph/graph.relations";
import type { RelatedItem } from "../entities/entities.module";
import { toNode } from "../graph/graph.node";
import type { Partnership } from "../types/edge.type";

/** Whether either side's part in a shared activity is inferred, and why (contract 1: the `inferred` property holds the reason). */
function inferredOf(s: SharedRow): { inferred: boolean; inferredReasons: string[] } {
  const reasons = [s.ownInferred, s.partnerInferred].filter((r): r is string => r !== null);
  return { inferred: reasons.length > 0, inferredReasons: [...new Set(reasons)] };
}

export class PartnerRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** For each entity id (in key order): one page of an edge field's relationships (edgePageCypher), holders resolved. */
  async edgePage(
    spec: RelationSpec,
    ids: readonly string[],
    page: { after: readonly unknown[] | null; limit: number; role: string | null },
    projection: Projection,
    relProjection: Projection,
  ): Promise<RelatedItem[][]> {
    return byKey(
      ids,
      await this.graph.run(edgePageStatement(spec, ids, page, projection, relProjection)),
      (row) => {
        const holders = new Map(row.holders.map((h) => [h.id, h]));
        return row.items.map((item) => ({ ...item, holder: holders.get(item.holder) ?? toNode({ id: item.holder }) }));
      },
      () => [],
    );
  }

  /** For each entity id (in key order): how many relationship keys an edge field pages (of `role`, or all). */
  async edgePageTotal(spec: RelationSpec, ids: readonly string[], role: string | null): Promise<number[]> {
    return byKey(
      ids,
      await this.graph.run(edgePageTotalStatement(spec, ids, role)),
      (r) => r.total,
      () => 0,
    );
  }

  /** For each organization id (in key order): how many organizations it worked with (its partners over all pages). */
  async partnersTotal(ids: readonly string[]): Promise<number[]> {
    return byKey(
      ids,
      await this.graph.run(partnersTotalStatement(ids)),
      (r) => r.total,
      () => 0,
    );
  }

  /**
   * For each organization id (in key order): the organizations it worked with and through what.
   * Two organizations are partners only when both take part in the same program, project,
   * intervention or event (stated, or inferred and marked so: `inferred`). Rolled up
   * (graph.rollup.ts): the organization's units' activities count as its own, and its own
   * units are never its partners. `projection` applies to partners and activities; without
   * `provenance` the shared activities carry none. With `page`, only the partners after its
   * (name, id) key, `limit` of them (Organization.partnersConnection).
   */
  async partners(ids: readonly string[], projection: Projection = ALL_PROPERTIES, provenance = true, page: PartnerPage | null = null): Promise<Partnership[][]> {
    const rows = await this.graph.run(partnersStatement(ids, projection, provenance, page));
    // A row per partner, in order: each organization's in the order of its rows.
    const byId = new Map<string, Partnership[]>(ids.map((id) => [id, []]));
    for (const p of rows)
      byId.get(p.id)?.push({
        partner: p.partner,
        via: p.shared.map((s) => ({
          activity: s.activity,
          role: s.role,
          partnerRole: s.partnerRole,
          link: s.link,
          ...inferredOf(s),
          provenance: s.sourceId ? provenanceRow(s.sourceId, s.quote, null, s.partnerInferred) : null,
        })),
      });
    return ids.map((id) => byId.get(id) ?? []);
  }
}
