import type { GraphExecutor } from "./graph.executor";
import { ENTITY_LABELS, Label } from "./graph.model";

/** Search covers every entity kind. */
export const SEARCHABLE_LABELS = ENTITY_LABELS;

export const SEARCH_INDEX = "entity_search";

/**
 * Uniqueness constraints on every id and the search index. `searchText` holds names and aliases
 * already folded to ASCII (see foldDiacritics), and queries are folded the same way, so
 * "nuoi ong" and "nuôi ong" find the same nodes; the analyzer keeps stop words because
 * Vietnamese syllables such as "an" (An Phú) are English stop words.
 */
export const SCHEMA_STATEMENTS: string[] = [
  ...[Label.Entity, Label.Source, Label.Metric, Label.Claim, ...SEARCHABLE_LABELS].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join("|")}) ON EACH [n.searchText] ` +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
  "CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level)",
];

/** Applies SCHEMA_STATEMENTS (idempotent) and waits until the indexes are online. */
export async function applySchema(graph: GraphExecutor): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await graph.schema(statement);
  await graph.schema("CALL db.awaitIndexes(120)");
}
