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
  inferred?: string | null;
}

const partnerNode = toNodeOf([Label.Organization]);
const activityNode = toNodeOf(ACTIVITIES);

export class PartnerRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * For each organization id (in key order): the organizations it worked with and through what.
   * Two organizations are partners when both take part in the same program, project,
   * intervention or event, or when one's intervention or product was showcased at an event the
   * other took part in (a study tour visiting a cooperative's tea model). Rolled up
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
          provenance: s.sourceId ? provenanceRow(s.sourceId, s.quote, null, s.inferred) : null,
        })),
      })),
    );
  }
}
