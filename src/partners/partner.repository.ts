import { byKey } from "../common/loaders";
import type { GraphExecutor } from "../graph/graph.executor";
import { ALL_PROPERTIES, type Projection, provenanceRow } from "../graph/graph.node";
import { partnersStatement, type SharedRow } from "./partner.cypher";
import type { Partnership } from "../types/edge.type";

/** Whether either side's part in a shared activity is inferred, and why (contract 1: the `inferred` property holds the reason). */
function inferredOf(s: SharedRow): { inferred: boolean; inferredReasons: string[] } {
  const reasons = [s.ownInferred, s.partnerInferred].filter((r): r is string => r !== null);
  return { inferred: reasons.length > 0, inferredReasons: [...new Set(reasons)] };
}

export class PartnerRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * For each organization id (in key order): the organizations it worked with and through what.
   * Two organizations are partners only when both take part in the same program, project,
   * intervention or event (stated, or inferred and marked so: `inferred`). Rolled up
   * (graph.rollup.ts): the organization's units' activities count as its own, and its own
   * units are never its partners. `projection` applies to partners and activities; without
   * `provenance` the shared activities carry none.
   */
  async partners(ids: readonly string[], projection: Projection = ALL_PROPERTIES, provenance = true): Promise<Partnership[][]> {
    const rows = await this.graph.run(partnersStatement(ids, projection, provenance));
    return byKey(
      ids,
      rows,
      (r) =>
        r.partners.map((p) => ({
          partner: p.partner,
          via: p.shared.map((s) => ({
            activity: s.activity,
            role: s.role,
            partnerRole: s.partnerRole,
            link: s.link,
            ...inferredOf(s),
            provenance: s.sourceId ? provenanceRow(s.sourceId, s.quote, null, s.partnerInferred) : null,
          })),
        })),
      () => [],
    );
  }
}
