import type { GraphExecutor } from "./graph.executor";
import { ENTITY_LABELS, Label, PLACE_FACTS_LABEL, SUMMARY_LABEL } from "./graph.model";
import { columns, type Statement, statement, stringList } from "./graph.statement";

/** Search covers every entity kind of the model table. */
export const SEARCHABLE_LABELS = ENTITY_LABELS;

export const SEARCH_INDEX = "entity_search";

const FULLTEXT_INDEX = `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join("|")}) ON EACH [n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`;

/**
 * Uniqueness constraints on every id (one per kind of the model table) and the indexes. The
 * full-text index holds `searchText`: names and aliases already folded to ASCII (see
 * foldDiacritics), and queries are folded the same way, so "nuoi ong" and "nuôi ong" find the
 * same nodes; the analyzer keeps stop words because Vietnamese syllables such as "an" (An Phú)
 * are English stop words.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...[Label.Entity, Label.Source, Label.Metric, Label.Claim, ...SEARCHABLE_LABELS].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  FULLTEXT_INDEX,
  `CREATE INDEX place_level IF NOT EXISTS FOR (n:${Label.Place}) ON (n.level)`,
  // issue #21 (aggregates): one 3W summary aggregate per key, so that concurrent writers' MERGEs meet.
  `CREATE CONSTRAINT app_summary_key IF NOT EXISTS FOR (s:${SUMMARY_LABEL}) REQUIRE s.key IS UNIQUE`,
  // issue #21 (planner facts): one kept place fact per place id (replicable-models.facts.ts).
  `CREATE CONSTRAINT app_place_facts_key IF NOT EXISTS FOR (f:${PLACE_FACTS_LABEL}) REQUIRE f.key IS UNIQUE`,
];

/**
 * Applies SCHEMA_STATEMENTS (idempotent) and waits until the indexes are online. A full-text
 * index built for other labels (a kind added to or removed from the model table) is dropped
 * and rebuilt first, since `IF NOT EXISTS` would keep the old one.
 */
export async function applySchema(graph: GraphExecutor): Promise<void> {
  const [existing] = await graph.run(searchIndexLabels());
  const wanted = [...SEARCHABLE_LABELS].sort().join("|");
  if (existing && [...existing.labels].sort().join("|") !== wanted) await graph.schema(`DROP INDEX ${SEARCH_INDEX} IF EXISTS`);
  for (const statement of SCHEMA_STATEMENTS) await graph.schema(statement);
  await graph.schema("CALL db.awaitIndexes(120)");
}

/** The labels the full-text index is built for, if it exists. */
export const searchIndexLabels = (): Statement<{ labels: string[] }> =>
  statement("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes AS labels", { name: SEARCH_INDEX }, columns({ labels: stringList }));
