import { Label } from "../graph/graph.model";
import type { BoundStatement } from "../module.type";
import { partnersCypher } from "./partner.cypher";

/** The bounds of Organization.partners and of one partnership's shared activities (Partnership.via): ids only, no provenance. */
export const PARTNER_BOUNDS: readonly BoundStatement[] = [
  {
    label: Label.Organization,
    cypher: partnersCypher(["id"], false),
    sizes: {
      "Organization.partners": "size(partners)",
      "Partnership.via": "reduce(most = 0, p IN partners | CASE WHEN size(p.shared) > most THEN size(p.shared) ELSE most END)",
    },
  },
];
