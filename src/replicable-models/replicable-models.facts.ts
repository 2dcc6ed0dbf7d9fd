import type { TxRunner } from "../graph/graph.executor";
import { placeFactsLockStatement, placeFactsRefreshStatement, placeFactsTouchedStatement } from "./replicable-models.cypher";

/**
 * Facts the planners keep per place (issue #21), so that similarPlaces reads what was run in each
 * candidate place instead of walking every run under it on every request.
 *
 * For each place: the livelihood models (and uncategorised ones; a variant counts for its broader
 * models) of the runs located in it or under it (graph.rollup.ts placesUnder; no INFRASTRUCTURE
 * runs), and those placed there only by inference with the curator's reason: exactly what
 * similarPlaces counted live (replicable-models.cypher.ts modelsAt). One node (PLACE_FACTS_LABEL,
 * graph.model.ts) per place with any, and a marker (key '') saying the facts are kept.
 *
 * They are kept by the write paths, inside the write's transaction, beside the 3W summary's
 * aggregates: the seed loader (its SummaryKeeper, composed by the entry points), publishing and
 * removing a curated source (src/curation), and the benchmark's generator after its batches. A
 * write counts again the places its sources can change (placeFactsTouchedStatement, before and
 * after the write), or every place when it can change the tree of places or a model's category or
 * broader models. A model other sources mention too is not walked (a common model's runs reach
 * most places: a publish naming it must not recount the country). With no marker (a graph
 * loaded without them) similarPlaces counts live; the seed loader builds them (`establish`),
 * curation only keeps existing ones.
 */

/** Counts every place's facts again and marks them kept (the seed loader's first load, the generator after its batches). */
export async function refreshAllPlaceFacts(tx: TxRunner): Promise<void> {
  await tx.run(placeFactsLockStatement());
  await tx.run(placeFactsRefreshStatement(null));
}

/**
 * Runs `write` (a load or removal of `sources`) inside `tx` and refreshes the place facts it can
 * change, in the same transaction; the same signature as the seed loader's SummaryKeeper. With no
 * kept facts yet, `establish` builds them all; otherwise they stay absent (counted live).
 */
export async function keepPlaceFacts<T>(tx: TxRunner, scope: { sources: string[]; entities?: string[]; establish?: boolean }, write: () => Promise<T>): Promise<T> {
  const [locked] = await tx.run(placeFactsLockStatement());
  if (!locked) {
    const result = await write();
    if (scope.establish) await refreshAllPlaceFacts(tx);
    return result;
  }
  const idOf = (state: string): string => state.split("|")[0];
  const entities = scope.entities ?? [];
  const [before] = await tx.run(placeFactsTouchedStatement(scope.sources, entities));
  const result = await write();
  // The models seen before are asked about after too: a removal leaves them unmentioned by its source.
  const [after] = await tx.run(placeFactsTouchedStatement(scope.sources, [...new Set([...entities, ...(before?.models ?? []).map(idOf)])]));
  // A model both before and after whose category or broader models the write changed: its runs
  // anywhere count differently, and a common model's runs reach most places (cheaper to recount all).
  const was = new Map((before?.models ?? []).map((m) => [idOf(m), m]));
  const changedModel = (after?.models ?? []).some((m) => was.has(idOf(m)) && was.get(idOf(m)) !== m);
  if (before?.all || after?.all || changedModel) {
    await tx.run(placeFactsRefreshStatement(null));
  } else {
    const places = [...new Set([...(before?.places ?? []), ...(after?.places ?? [])])].sort();
    for (let at = 0; at < places.length; at += 500) await tx.run(placeFactsRefreshStatement(places.slice(at, at + 500)));
  }
  return result;
}
