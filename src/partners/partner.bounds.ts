import { Label } from "../graph/graph.model";
import type { BoundStatement } from "../module.type";
import { partnersCypher } from "./partner.cypher";

/** The bounds of Organization.partners and of one partnership's shared activities (Partnership.via): ids only, no provenance. */
export const PARTNER_BOUNDS: readonly BoundStatement[] = [
  {
    label: Label.Organization,
    // partnersCypher returns a row per partner: counted back per organization.
    cypher: ["CALL () {", partnersCypher(["id"], false), "}", "RETURN id, count(partner) AS partners, max(size(shared)) AS via"].join("\n"),
    sizes: {
      "Organization.partners": "partners",
      "Partnership.via": "via",
    },
  },
];
