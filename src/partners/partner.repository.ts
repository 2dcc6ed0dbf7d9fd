import type { Role } from "../graph/graph.enums";
import type { GraphExecutor } from "../graph/graph.executor";
import { ACTIVITIES, Label } from "../graph/graph.model";
import { ALL_PROPERTIES, type Projection, provenanceRow, toNodeOf } from "../graph/graph.node";
import { partnersCypher } from "./partner.cypher";
import type { Partnership } from "../types/edge.type";

interface RawShared {
  activity: Record<string, unknown>;
  role: Role;
  partnerRole: Role;
  link: string;
  sourceId: string | null;
  quote: string | null;
  ownInferred: string | null;
  partnerInferred: string | null;
}

const partnerNode = toNodeOf([Label.Organization]);
const activityNode = toNodeOf(ACTIVITIES);

const reason = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/** Whether either side's part in a shared activity is inferred, and why (contract 1: the `inferred` property holds the reason). */
function inferredOf(s: RawShared): { inferred: boolean; inferredReasons: string[] } {
  const reasons = [reason(s.ownInferred), reason(s.partnerInferred)].filter((r): r is string => r !== null);
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
    const rows = await this.graph.read<{ id: string; partners: { partner: Record<string, unknown>; shared: RawShared[] }[] }>(partnersCypher(projection, provenance), { ids });
    const byId = new Map(rows.map((r) => [r.id, r.partners]));
    return ids.map((id) =>
      (byId.get(id) ?? []).map((p) => ({
        partner: partnerNode(p.partner),
        via: p.shared.map((s) => ({
          activity: activityNode(s.activity),
          role: s.role,
          partnerRole: s.partnerRole,
          link: s.link,
          ...inferredOf(s),
          provenance: s.sourceId ? provenanceRow(s.sourceId, s.quote, null, s.partnerInferred) : null,
        })),
      })),
    );
  }
}
