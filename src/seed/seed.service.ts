import type { GraphExecutor } from "../graph/graph.executor";
import { applySchema } from "../graph/graph.schema";
import { listSeedFiles, readSeedPlan } from "./seed.reader";
import { writeSeedPlan, type SeedResult } from "./seed.repository";

/**
 * Applies the schema, then validates and loads every seed file under `seedDir`. Validation runs
 * before any write, and the load is one transaction: on any error the graph is unchanged.
 */
export async function seedGraph(graph: GraphExecutor, seedDir: string): Promise<SeedResult> {
  const plan = readSeedPlan(listSeedFiles(seedDir));
  await applySchema(graph);
  return writeSeedPlan(graph, plan);
}
