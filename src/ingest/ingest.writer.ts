/**
 * Renders a draft as a seed file: a header saying how to review it and what the rules could not
 * settle, then the YAML, one line per value, so that confirming a proposal is deleting its one
 * `draft:` line.
 */
import yaml from "js-yaml";
import { BIND_THRESHOLD } from "./ingest.match";
import type { IngestResult } from "./ingest.service";

export function renderDraft(result: IngestResult, meta: { from: string; today: string }): string {
  const lines = [
    `# DRAFT made by \`npm run ingest\` from ${meta.from} on ${meta.today}: a proposal for a curator.`,
    "# Every entity, number and relationship below carries `draft: <why the rules proposed it>`.",
    "# Check each against the article: fix it, delete it, or confirm it by deleting its `draft:` line.",
    "# Known entities are redeclared with this article's quote (one node, a MENTIONED_IN per source).",
    `# A match's \`draft:\` ends with (confidence: evidence); below ${BIND_THRESHOLD} a mention is drafted new and its line`,
    "# lists `candidates:` (known ids, best first): to bind it to one, replace its id by the candidate's everywhere.",
    "# `npm run seed` refuses the file while a `draft:` line is left. Put the article beside the other",
    `# articles (../shared/seed-articles/${result.seed.source.file}) so that \`npm run seed:check\` checks the quotes.`,
    `# Places: ${result.era}.`,
  ];
  if (result.notes.length) {
    lines.push("# Not settled by the rules (check by hand):");
    for (const n of result.notes) lines.push(`#   - ${n.replace(/\n/g, " ")}`);
  }
  const body = yaml.dump(result.seed, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `${lines.join("\n")}\n${body}`;
}
