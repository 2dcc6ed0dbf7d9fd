/**
 * Validates every seed file (seeds/, and SEED_ARTICLES_DIR when it is elsewhere) and checks each
 * article quote against the article text, without a database. A curated source (`curated:`) has
 * its text in its draft, not in a file: it is validated, its quotes are not checked here. Exit code 1 with every problem listed when anything is wrong.
 * Usage: node dist/scripts/check-seeds.js
 */
import path from "node:path";
import { describeConflict } from "../src/seed/seed.merge";
import { curatedSources, findMissingQuotes, listSeedFiles, readSeedPlan } from "../src/seed/seed.reader";
import { ARTICLE_DIR, curatedArticlesDir, SEED_DIR } from "../src/seed/seed.paths";

function main(): void {
  const plan = readSeedPlan(listSeedFiles(SEED_DIR, [curatedArticlesDir()]));
  const problems = findMissingQuotes(plan, ARTICLE_DIR);
  // Not errors: the graph keeps every source's statement and picks one value by a fixed rule.
  for (const conflict of plan.conflicts) console.warn(`note: ${describeConflict(conflict)}`);
  if (problems.length) {
    console.error(`${problems.length} quote problem(s):\n  - ${problems.join("\n  - ")}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `seeds OK: ${plan.sources.length} sources, ${plan.entities.length} entities, ${plan.relationships.length} relationships, ` +
      `${plan.metrics.length} metrics, ${plan.claims.length} claims (articles in ${path.relative(process.cwd(), ARTICLE_DIR)}` +
      `${curatedSources(plan).length ? `; ${curatedSources(plan).length} curated, text in their drafts` : ""})`,
  );
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
