import { type KindSpec, Label, RelType, Rollup } from "./graph.model";

/**
 * The one roll-up rule of the graph, as Cypher predicates and patterns. Every field that rolls
 * up and every 3W filter uses these, so that they agree:
 * - an organization includes its units (PART_OF, any depth);
 * - a model includes its variants (PART_OF, any depth): chicken raising includes native black chicken;
 * - a program includes its projects, their sub-projects and their interventions (PART_OF, up to 4 hops);
 * - a project includes its sub-projects and their interventions (PART_OF, up to 3 hops);
 * - a place includes every place inside it (PART_OF, any depth) and the units merged into it
 *   (a July 2025 unit answers for its SUCCEEDED_BY predecessors and everything inside them);
 * - an event's showcased interventions count for their models (Rollup.VARIANT_RUNS);
 * - an event belongs to the projects and programs it was held under: PART_OF (a larger event, a
 *   project, a program) and BASED_ON (a program, or a decision based on one) chains, up to 3 hops
 *   to a project and 4 to a program.
 * Arguments are Cypher variable names and parameter names (e.g. "$place"), never values.
 */

/** `org` is the organization `$id` or one of its units. */
export const orgWithin = (org: string, id: string): string => `EXISTS { MATCH (${org})-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: ${id}}) }`;

/** `model` is the model `$id` or one of its variants. */
export const modelWithin = (model: string, id: string): string => `EXISTS { MATCH (${model})-[:${RelType.PART_OF}*0..]->(:${Label.Model} {id: ${id}}) }`;

/** `x` (a project, sub-project or intervention) belongs to the program `$id`. */
export const inProgram = (x: string, id: string): string => `EXISTS { MATCH (${x})-[:${RelType.PART_OF}*1..4]->(:${Label.Program} {id: ${id}}) }`;

/** `x` (a sub-project or intervention) belongs to the project `$id`. */
export const inProject = (x: string, id: string): string => `EXISTS { MATCH (${x})-[:${RelType.PART_OF}*1..3]->(:${Label.Project} {id: ${id}}) }`;

/** The relationship types an event reaches its projects and programs by (eventInProgram). */
export const EVENT_CHAIN = `${RelType.PART_OF}|${RelType.BASED_ON}`;

/** `e` (an event) was held under the program `$id`: a PART_OF / BASED_ON chain of up to 4 hops. */
export const eventInProgram = (e: string, id: string): string => `EXISTS { MATCH (${e})-[:${EVENT_CHAIN}*1..4]->(:${Label.Program} {id: ${id}}) }`;

/** `e` (an event) belongs to the project `$id`: a PART_OF / BASED_ON chain of up to 3 hops. */
export const eventInProject = (e: string, id: string): string => `EXISTS { MATCH (${e})-[:${EVENT_CHAIN}*1..3]->(:${Label.Project} {id: ${id}}) }`;

/** The place `p` is the place `$id`, inside it, or inside a unit merged into it. */
export const placeWithin = (p: string, id: string): string =>
  `EXISTS { MATCH (${p})-[:${RelType.PART_OF}*0..]->(a:${Label.Place})
            WHERE a.id = ${id} OR EXISTS { MATCH (a)-[:${RelType.SUCCEEDED_BY}]->(:${Label.Place} {id: ${id}}) } }`;

/**
 * Binds `p` to every place the place `anchor` answers for: itself, every place inside it, and
 * the units merged into it (SUCCEEDED_BY) with everything inside them — the place roll-up,
 * walked down from the anchor so its cost follows the anchor's size, not the graph's.
 * Cypher lines for the body of a query that has `anchor` bound.
 */
export const placesUnder = (anchor: string, p: string): string[] => [
  `CALL (${anchor}) {`,
  `  OPTIONAL MATCH (merged:${Label.Place})-[:${RelType.SUCCEEDED_BY}]->(${anchor})`,
  `  WITH ${anchor}, collect(merged) AS merged`,
  `  UNWIND [${anchor}] + merged AS root`,
  `  MATCH (${p}:${Label.Place})-[:${RelType.PART_OF}*0..]->(root)`,
  `  RETURN DISTINCT ${p}`,
  `}`,
];

/**
 * How an entity of a kind reaches the places it counts for in a place roll-up: the pattern
 * from `n` to `p`, from the kind's `placeTie` in the model table. Programs and projects count
 * where they, their sub-projects or their interventions are; everything else where it is located.
 */
export function placeReach(kind: KindSpec, n: string, p: string): string {
  const tie = kind.placeTie;
  if (!tie) throw new Error(`${kind.label} is not tied to places (graph.model.ts placeTie)`);
  const via = tie.via.join("|");
  if (tie.below) return `(${n})<-[:${RelType.PART_OF}*0..${tie.below}]-(:${Label.Entity})-[:${via}]->(${p}:${Label.Place})`;
  return `(${n})-[:${via}]->(${p}:${Label.Place})`;
}

/**
 * The nodes `s` whose relationships count for the entity `n` under a roll-up, `n` itself included
 * (PART_OF*0..): an organization's units, a model's variants, the interventions running them.
 */
export function rollupStart(rollup: Rollup, n: string, s: string): string {
  switch (rollup) {
    case Rollup.UNITS:
      return `(${s}:${Label.Organization})-[:${RelType.PART_OF}*0..]->(${n})`;
    case Rollup.VARIANTS:
      return `(${s}:${Label.Model})-[:${RelType.PART_OF}*0..]->(${n})`;
    case Rollup.VARIANT_RUNS:
      return `(${s}:${Label.Intervention})-[:${RelType.APPLIES}]->(:${Label.Model})-[:${RelType.PART_OF}*0..]->(${n})`;
  }
}
