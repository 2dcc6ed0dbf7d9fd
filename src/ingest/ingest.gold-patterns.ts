/**
 * What stands in the way of a missed target (issue 18: "where a target is missed, the report names
 * the pattern in the way"), computed from the scored drafts rather than written by hand: which
 * language the misses come from, which kinds of relationship, which head words of names, with
 * examples. The score's per-article labels are `id "Name"` for entities and events, and
 * `from -TYPE(ROLE)-> to` for relationships (ingest.score.ts, ingest.gold-score.ts).
 */

/** The misses (recall) or extras (precision) of one article, with its language. */
export interface ArticleMisses {
  article: string;
  language: string;
  items: readonly string[];
}

const LANGUAGES: Record<string, string> = { vi: "Vietnamese", en: "English" };

/** `-INVOLVED_IN(FUNDER)->` → "INVOLVED_IN(FUNDER)". */
const relationshipKind = (item: string): string | null => /-([A-Z_]+(?:\([A-Z_]+\))?)->/.exec(item)?.[1] ?? null;

/** The first word of the quoted name, capitalised as written ("Hội", "Trung", "Nuôi"). */
const headWord = (item: string): string | null => {
  const name = /"([^"]+)"/.exec(item)?.[1];
  const word = name?.trim().split(/\s+/)[0];
  return word ? word.replace(/[^\p{L}\p{N}-]/gu, "") || null : null;
};

function top(counts: Map<string, number>, n: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => `${k} ${c}`)
    .join(", ");
}

/**
 * One line naming what the misses have in common (`what`: "missed", "drafted but not in the gold"…): how many, by language of the article, the
 * commonest relationship kinds (relationships) or head words of names (everything else), and two
 * examples. Empty when nothing was missed.
 */
export function patternsInTheWay(what: string, articles: readonly ArticleMisses[]): string {
  const all = articles.flatMap((a) => a.items.map((item) => ({ item, article: a.article, language: a.language })));
  if (!all.length) return "";
  const byLanguage = new Map<string, number>();
  const kinds = new Map<string, number>();
  for (const x of all) {
    const lang = LANGUAGES[x.language] ?? x.language;
    byLanguage.set(lang, (byLanguage.get(lang) ?? 0) + 1);
    const kind = relationshipKind(x.item) ?? headWord(x.item);
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const articlesWith = new Set(all.map((x) => x.article)).size;
  const isRelationship = all.some((x) => relationshipKind(x.item));
  const parts = [
    `${all.length} ${what} in ${articlesWith} article${articlesWith === 1 ? "" : "s"} (${top(byLanguage, 2)})`,
    kinds.size ? `${isRelationship ? "commonest kinds" : "commonest first words"}: ${top(kinds, 4)}` : "",
    `e.g. ${all
      .slice(0, 2)
      .map((x) => `${x.article}: ${x.item.length > 90 ? `${x.item.slice(0, 90)}…` : x.item}`)
      .join("; ")}`,
  ];
  return parts.filter(Boolean).join("; ");
}
