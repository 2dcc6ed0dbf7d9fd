import { Label, RelType } from "./graph.model";

/**
 * The one roll-up rule of the graph, as Cypher predicates and patterns. Every field that rolls
 * up and every 3W filter uses these, so that they agree:
 * - an organization includes its units (PART_OF, any depth);
 * - a model includes its variants (PART_OF, any depth): chicken raising includes native black chicken;
 * - a program includes its projects, their sub-projects and their interventions (PART_OF, up to 4 hops);
 * - a project includes its sub-projects and their interventions (PART_OF, up to 3 hops);
 * - a place includes every place inside it (PART_OF, any depth) and the units merged into it
 *   (a July 2025 unit answers for its SUCCEEDED_BY predecessors and everything inside them).
 * Arguments are Cypher variable names and parameter names (e.g. "$place"), never values.
 */

/** `org` is the organization `$id` or one of its units. */
export const orgWithin = (org: string, id: string): string =>
  `EXISTS { MATCH (${org})-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: ${id}}) }`;

/** `model` is the model `$id` or one of its variants. */
export const modelWithin = (model: string, id: string): string =>
  `EXISTS { MATCH (${model})-[:${RelType.PART_OF}*0..]->(:${Label.Model} {id: ${id}}) }`;

/** `x` (a project, sub-project or intervention) belongs to the program `$id`. */
export const inProgram = (x: string, id: string): string =>
  `EXISTS { MATCH (${x})-[:${RelType.PART_OF}*1..4]->(:${Label.Program} {id: ${id}}) }`;

/** `x` (a sub-project or intervention) belongs to the project `$id`. */
export const inProject = (x: string, id: string): string =>
  `EXISTS { MATCH (${x})-[:${RelType.PART_OF}*1..3]->(:${Label.Project} {id: ${id}}) }`;

/** The place `p` is the place `$id`, inside it, or inside a unit merged into it. */
export const placeWithin = (p: string, id: string): string =>
  `EXISTS { MATCH (${p})-[:${RelType.PART_OF}*0..]->(a:${Label.Place})
            WHERE a.id = ${id} OR EXISTS { MATCH (a)-[:${RelType.SUCCEEDED_BY}]->(:${Label.Place} {id: ${id}}) } }`;

/**
 * How an entity of a kind reaches the places it counts for in a place roll-up: the pattern
 * from `n` to `p`. Programs and projects count where they, their sub-projects or their
 * interventions are (COVERS or LOCATED_IN); everything else where it is located.
 */
export function placeReach(label: Label, n: string, p: string): string {
  if (label === Label.Program) {
    return `(${n})<-[:${RelType.PART_OF}*0..4]-(:${Label.Entity})-[:${RelType.COVERS}|${RelType.LOCATED_IN}]->(${p}:${Label.Place})`;
  }
  if (label === Label.Project) {
    return `(${n})<-[:${RelType.PART_OF}*0..3]-(:${Label.Entity})-[:${RelType.COVERS}|${RelType.LOCATED_IN}]->(${p}:${Label.Place})`;
  }
  return `(${n})-[:${RelType.LOCATED_IN}]->(${p}:${Label.Place})`;
}
