/**
 * Reading a draft's relationships in ingest rule tests: each as one line "from -TYPE(ROLE)-> to" with the
 * entities by name (places by id), and a test for a line of one type between two names.
 */
import { Label } from "../../src/graph/graph.model";
import type { SeedFile } from "../../src/seed/seed.schema";

type SeedEntity = SeedFile["entities"][number];

/** The draft's relationships as "from name -TYPE(ROLE)-> to name"; `nameOf` names an entity (places are never named: their id reads better). */
export const relLines = (seed: SeedFile, nameOf: (e: SeedEntity) => string = (e) => String(e.name)): string[] => {
  const name = new Map(seed.entities.filter((e) => e.kind !== Label.Place).map((e) => [e.id, nameOf(e)]));
  return seed.relationships.map((r) => `${name.get(r.from) ?? r.from} -${r.type}${r.role ? `(${r.role})` : ""}-> ${name.get(r.to) ?? r.to}`);
};

/** Does a line of `lines` of this type (and role, "INVOLVED_IN(FUNDER)") join a name matching `from` to one matching `to`? */
export const hasRel = (lines: readonly string[], from: RegExp, type: string, to: RegExp): boolean =>
  lines.some((x) => {
    const [left, right] = x.split(`-${type}->`);
    return right !== undefined && from.test(left.trim()) && to.test(right.trim());
  });
