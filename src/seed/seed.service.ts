import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import { applySchema } from "../graph/graph.schema";
import { dropSummariesStatement } from "./seed.cypher";
import { buildSeedPlan, idsOf, listSeedFiles, parseSeedFiles } from "./seed.reader";
import { findKnownEntities, writePlan, type SeedResult } from "./seed.repository";

/**
 * What keeps the graph's derived counts in step with a load, inside its transaction: the 3W
 * summary's aggregates (src/who-what-where's keepSummaries, which the seed loader cannot import:
 * it stands below the capabilities). It runs `write` and refreshes what it changed; with
 * `establish`, it builds them when there are none. The API's entry points (scripts, the
 * benchmark's generator, the tests' setup) pass it; a load without it drops the aggregates, so
 * the summary is counted live until a load with it builds them again.
 */
export type SummaryKeeper = <T>(tx: TxRunner, scope: { sources: string[]; entities?: string[]; establish?: boolean }, write: () => Promise<T>) => Promise<T>;

/** Drops the summary's aggregates, for a load that does not keep them (SummaryKeeper). */
const dropSummaries: SummaryKeeper = async (tx, _scope, write) => {
  const result = await write();
  await tx.run(dropSummariesStatement());
  return result;
};

/**
 * Applies the schema, then validates and loads every seed file under `seedDir` in one
 * transaction: on any error the graph is unchanged.
 */
export async function seedGraph(graph: GraphExecutor, seedDir: string, keep: SummaryKeeper = dropSummaries): Promise<SeedResult> {
  return seedFiles(graph, listSeedFiles(seedDir), keep);
}

/**
 * Validates and loads the given seed files (one or more; all of seeds/ is just the largest case)
 * in one transaction. Each file replaces its own source's statements and leaves every other
 * source's as they are. A file may reference ids declared by the files loaded with it or by
 * sources already in the graph; any other id is refused, with the ids named, before anything
 * is written.
 */
export async function seedFiles(graph: GraphExecutor, files: string[], keep: SummaryKeeper = dropSummaries): Promise<SeedResult> {
  const parsed = parseSeedFiles(files);
  const { sourceIds, entityIds } = idsOf(parsed);
  await applySchema(graph);
  return graph.writeTransaction(async (tx) => {
    // Read inside the write transaction, so the ids checked are the ids the load builds on.
    const known = await findKnownEntities(tx, entityIds, sourceIds);
    const plan = buildSeedPlan(parsed, known);
    // The 3W summary's aggregates follow the load, in its transaction (built on the first load).
    return keep(tx, { sources: sourceIds, entities: entityIds, establish: true }, () => writePlan(tx, plan));
  });
}

/**
 * Takes sources out of the graph (their file was deleted): everything they stated goes, and
 * nodes no other source mentions; other sources' statements stay.
 */
export async function removeSources(graph: GraphExecutor, sourceIds: string[], keep: SummaryKeeper = dropSummaries): Promise<SeedResult> {
  return graph.writeTransaction((tx) => keep(tx, { sources: sourceIds, establish: true }, () => writePlan(tx, buildSeedPlan([]), sourceIds)));
}
