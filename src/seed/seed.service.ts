import type { GraphExecutor } from "../graph/graph.executor";
import { applySchema } from "../graph/graph.schema";
import { buildSeedPlan, idsOf, listSeedFiles, parseSeedFiles } from "./seed.reader";
import { findKnownEntities, writePlan, type SeedResult } from "./seed.repository";

/**
 * Applies the schema, then validates and loads every seed file under `seedDir` in one
 * transaction: on any error the graph is unchanged.
 */
export async function seedGraph(graph: GraphExecutor, seedDir: string): Promise<SeedResult> {
  return seedFiles(graph, listSeedFiles(seedDir));
}

/**
 * Validates and loads the given seed files (one or more; all of seeds/ is just the largest case)
 * in one transaction. Each file replaces its own source's statements and leaves every other
 * source's as they are. A file may reference ids declared by the files loaded with it or by
 * sources already in the graph; any other id is refused, with the ids named, before anything
 * is written.
 */
export async function seedFiles(graph: GraphExecutor, files: string[]): Promise<SeedResult> {
  const parsed = parseSeedFiles(files);
  const { sourceIds, entityIds } = idsOf(parsed);
  await applySchema(graph);
  return graph.writeTransaction(async (tx) => {
    // Read inside the write transaction, so the ids checked are the ids the load builds on.
    const known = await findKnownEntities(tx, entityIds, sourceIds);
    return writePlan(tx, buildSeedPlan(parsed, known));
  });
}

/**
 * Takes sources out of the graph (their file was deleted): everything they stated goes, and
 * nodes no other source mentions; other sources' statements stay.
 */
export async function removeSources(graph: GraphExecutor, sourceIds: string[]): Promise<SeedResult> {
  return graph.writeTransaction((tx) => writePlan(tx, buildSeedPlan([]), sourceIds));
}
