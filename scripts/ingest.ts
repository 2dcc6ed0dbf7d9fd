/**
 * Drafts a seed file from an article, for a curator to review: every place resolved to a
 * gazetteer id, known entities matched, new ones proposed, dates, numbers and relationships, each
 * with its quote and `draft: <why>`. Reads the seed files only; never touches the database.
 * Usage:
 *   node dist/scripts/ingest.js <article.txt> [--lang vi|en] [--url <url>] [--published YYYY-MM-DD]
 *                               [--out <file>] [--seeds <dir>]
 * Writes seeds/articles/NNN-<slug>.yaml (the next free NNN), or --out.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { slugify } from "../src/common/text";
import { SEED_DIR } from "../src/seed/seed.paths";
import { SeedValidationError, validateSeedFile } from "../src/seed/seed.schema";
import { buildKnowledge, nextArticleNumber, parseCorpus } from "../src/ingest/ingest.corpus";
import { confirmAll, unconfirmedDrafts } from "../src/ingest/ingest.drafts";
import { ingestArticle } from "../src/ingest/ingest.service";
import { titleSpan } from "../src/ingest/ingest.text";
import { renderDraft } from "../src/ingest/ingest.writer";

const USAGE = "usage: npm run ingest -- <article.txt> [--lang vi|en] [--url <url>] [--published YYYY-MM-DD] [--out <file>] [--seeds <dir>]";

interface Args {
  article: string;
  lang?: "vi" | "en";
  url?: string;
  published?: string;
  out?: string;
  seeds: string;
}

function parseArgs(argv: string[], cwd: string): Args {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") throw new Error(USAGE);
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2);
      const value = inline ?? argv[++i];
      if (!["lang", "url", "published", "out", "seeds"].includes(name) || value === undefined) throw new Error(`unknown or incomplete option ${a}\n${USAGE}`);
      options[name] = value;
    } else positional.push(a);
  }
  if (positional.length !== 1) throw new Error(USAGE);
  if (options.lang && options.lang !== "vi" && options.lang !== "en") throw new Error(`--lang must be vi or en\n${USAGE}`);
  if (options.published && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) throw new Error(`--published must be YYYY-MM-DD\n${USAGE}`);
  return {
    article: path.resolve(cwd, positional[0]),
    lang: options.lang as Args["lang"],
    url: options.url,
    published: options.published,
    out: options.out ? path.resolve(cwd, options.out) : undefined,
    seeds: options.seeds ? path.resolve(cwd, options.seeds) : SEED_DIR,
  };
}

function main(argv: string[]): void {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const args = parseArgs(argv, cwd);
  if (!existsSync(args.article)) throw new Error(`no such file: ${args.article}\n${USAGE}`);
  const text = readFileSync(args.article, "utf8");
  const started = Date.now();
  const parsed = parseCorpus(args.seeds);
  const knowledge = buildKnowledge(parsed);
  if (!knowledge.gazetteer.size) throw new Error(`no Place entities in the seed files under ${args.seeds}: the gazetteer is empty`);
  const number = nextArticleNumber(args.seeds, parsed);
  const result = ingestArticle(text, { file: path.basename(args.article), number, lang: args.lang, url: args.url, published: args.published }, knowledge);

  const slug =
    slugify(text.slice(titleSpan(text).start, titleSpan(text).end))
      .split("-")
      .slice(0, 6)
      .join("-") || "article";
  const out = args.out ?? path.join(args.seeds, "articles", `${String(number).padStart(3, "0")}-${slug}.yaml`);
  if (!args.out && existsSync(out)) throw new Error(`${out} exists already; pass --out to write elsewhere`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, renderDraft(result, { from: path.relative(cwd, args.article) || args.article, today: new Date().toISOString().slice(0, 10) }));

  // the draft, confirmed as it stands, must be a valid seed file
  try {
    validateSeedFile(out, confirmAll(result.seed), knowledge.kinds, "the seed files");
  } catch (err) {
    if (!(err instanceof SeedValidationError)) throw err;
    console.warn(`warning: the draft would not validate once confirmed (a bug of the ingest rules):\n${err.message}`);
  }
  const drafts = unconfirmedDrafts(result.seed).length;
  console.log(
    `${path.relative(cwd, out) || out}: ${result.seed.entities.length} entities, ${result.seed.relationships.length} relationships, ` +
      `${result.numbers.length} numbers, ${drafts} drafts to review, ${result.notes.length} notes (${Date.now() - started} ms)`,
  );
  for (const n of result.notes) console.log(`  note: ${n}`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
