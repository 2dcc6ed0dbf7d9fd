/**
 * `npm run ingest:score [-- --split dev|untuned|all] [--no-questions] [--out <file.md>]`: drafts
 * every article of ../shared/dev-articles that has gold (test/gold/dev-articles), scores each
 * draft against its gold per category (ingest.gold-score.ts), then loads the drafts, every
 * proposal taken as it stands, into a throwaway Neo4j (its own home in .neo4j-score/, its own
 * port) beside the seeds and asks the gold questions through the API. Prints and writes a
 * Markdown report (default test-artifacts/ingest-score.md) with both splits, the issue's targets
 * on the untuned ten, and what each draft missed. Measures only: the floors are in
 * test/unit/ingest-gold-score.test.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { getSchema, createContext, createRepositories } from "../src/composition";
import { loadConfig } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { confirmAll } from "../src/ingest/ingest.drafts";
import { goldAsSeed } from "../src/ingest/ingest.gold-seed";
import { DEV_ARTICLE_DIR, GOLD_DIR, type GoldSplit } from "../src/ingest/ingest.gold";
import { type DraftedArticle, draftCorpus, GOLD_TARGETS, goldTable, measureOf, sumGoldCards } from "../src/ingest/ingest.gold-score";
import { patternsInTheWay } from "../src/ingest/ingest.gold-patterns";
import { foldKey } from "../src/ingest/ingest.text";
import { SEED_DIR } from "../src/seed/seed.paths";
import { seedFiles, seedGraph } from "../src/seed/seed.service";
import { createServer } from "../src/server/server";

const ROOT = path.resolve(SEED_DIR, "..");
const USAGE = "usage: npm run ingest:score [-- --split dev|untuned|fresh|all] [--no-questions] [--ceiling] [--out <file.md>] [--gold <dir> --articles <dir>]";

interface Args {
  split: GoldSplit | "all";
  questions: boolean;
  /** Load the gold itself (a perfect draft) instead of the drafts: which questions the API can answer at all. */
  ceiling: boolean;
  out: string;
  /** Another folder of gold and its articles: a fresh set (test/gold/dev-articles/README.md, "Measuring on fresh articles"). */
  goldDir: string;
  articleDir: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { split: "all", questions: true, ceiling: false, out: path.join(ROOT, "test-artifacts", "ingest-score.md"), goldDir: GOLD_DIR, articleDir: DEV_ARTICLE_DIR };
  const dir = (value: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), value);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-questions") args.questions = false;
    else if (a === "--ceiling") args.ceiling = true;
    else if (a === "--split" && ["dev", "untuned", "fresh", "all"].includes(argv[i + 1])) args.split = argv[++i] as Args["split"];
    else if (a === "--gold" && argv[i + 1]) args.goldDir = dir(argv[++i]);
    else if (a === "--articles" && argv[i + 1]) args.articleDir = dir(argv[++i]);
    else if (a === "--out" && argv[i + 1]) args.out = path.resolve(process.env.INIT_CWD ?? process.cwd(), argv[++i]);
    else throw new Error(`unknown or incomplete option ${a}\n${USAGE}`);
  }
  return args;
}

interface Drafted extends DraftedArticle {
  /** Each gold question's verdict. */
  answers?: { q: string; ok: boolean; why?: string }[];
  loadError?: string;
}

/** A free TCP port on the loopback, for the throwaway database. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function neo4j(command: "start" | "stop", env: NodeJS.ProcessEnv): void {
  const run = spawnSync("bash", [path.join(ROOT, "scripts", "neo4j.sh"), command], { env, stdio: ["ignore", "inherit", "inherit"] });
  if (run.status !== 0) throw new Error(`scripts/neo4j.sh ${command} failed (exit ${run.status})`);
}

/** Every expected string, diacritics folded, somewhere in the answer. */
function judge(data: unknown, expect: readonly string[]): { ok: boolean; why?: string } {
  const text = foldKey(JSON.stringify(data ?? null));
  const missing = expect.filter((e) => !text.includes(foldKey(e)));
  return missing.length ? { ok: false, why: `missing ${missing.map((m) => `"${m}"`).join(", ")}` } : { ok: true };
}

/**
 * Loads the seeds and then each draft (as it stands) into a throwaway database and asks every
 * gold question. A draft the loader refuses answers none of its questions.
 */
async function askQuestions(drafted: Drafted[], ceiling: boolean): Promise<void> {
  const home = path.join(ROOT, ".neo4j-score");
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(port) };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  // Throwaway: a new, empty database every run.
  rmSync(home, { recursive: true, force: true });
  neo4j("start", env);
  const config = loadConfig(env);
  const driver = createDriver(config);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ingest-score-"));
  try {
    const graph = new GraphExecutor(driver, config.neo4jDatabase, "ingest-score");
    await seedGraph(graph, SEED_DIR);
    for (const d of drafted) {
      const file = path.join(tmp, `${d.gold.article}.yaml`);
      writeFileSync(file, yaml.dump(ceiling ? goldAsSeed(d.gold).seed : confirmAll(d.result.seed), { lineWidth: -1, noRefs: true }));
      try {
        await seedFiles(graph, [file]);
      } catch (err) {
        d.loadError = err instanceof Error ? err.message.split("\n").slice(0, 3).join(" ") : String(err);
      }
    }
    const server = createServer({ schema: await getSchema(), config, logger: { error: () => undefined, warn: () => undefined, info: () => undefined } });
    await server.start();
    try {
      for (const d of drafted) {
        d.answers = [];
        for (const q of d.gold.questions ?? []) {
          if (d.loadError) {
            d.answers.push({ q: q.q, ok: false, why: "the draft did not load" });
            continue;
          }
          const response = await server.executeOperation({ query: q.query }, { contextValue: createContext(config, createRepositories(graph, config)) });
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          if (!body || body.errors?.length) d.answers.push({ q: q.q, ok: false, why: `error: ${body?.errors?.[0]?.message ?? "no single result"}` });
          else d.answers.push({ q: q.q, ...judge(body.data, q.expect) });
        }
      }
    } finally {
      await server.stop();
    }
  } finally {
    await driver.close();
    rmSync(tmp, { recursive: true, force: true });
    neo4j("stop", env);
  }
}

const pct = (n: number, of: number): string => (of ? `${Math.round((100 * n) / of)}%` : "–");

function splitSection(name: string, drafted: Drafted[], withTargets: boolean): string[] {
  if (!drafted.length) return [`## ${name}: no articles`, ""];
  const card = sumGoldCards(drafted.map((d) => d.card));
  const out = [`## ${name} (${drafted.length} articles: ${drafted.map((d) => d.gold.article).join(", ")})`, "", goldTable(card), ""];
  const answers = drafted.flatMap((d) => d.answers ?? []);
  if (answers.length)
    out.push(
      `Gold questions answered right from the drafts as they stand: ${answers.filter((a) => a.ok).length} of ${answers.length} (${pct(answers.filter((a) => a.ok).length, answers.length)}).`,
      "",
    );
  const ms = drafted.map((d) => d.ms).sort((a, b) => a - b);
  out.push(`Ingest time per article: median ${ms[Math.floor(ms.length / 2)]} ms, slowest ${ms[ms.length - 1]} ms.`, "");
  if (withTargets) {
    const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
    out.push("| target | measured | met | the pattern in the way |", "|---|---:|---|---|");
    for (const t of GOLD_TARGETS) {
      const v = measureOf(card.tallies[t.category], t.measure);
      const met = v >= t.min;
      const misses = drafted.map((d) => ({
        article: d.gold.article,
        language: d.gold.language,
        items: t.measure === "recall" ? d.card.tallies[t.category].missed : d.card.tallies[t.category].extra,
      }));
      const way = met ? "–" : cell(patternsInTheWay(t.measure === "recall" ? "missed" : "drafted but not in the gold", misses) || "–");
      out.push(`| ${t.category} ${t.measure} ≥ ${t.min} | ${v.toFixed(2)} | ${met ? "yes" : "no"} | ${way} |`);
    }
    const falseMatches = drafted.map((d) => ({ article: d.gold.article, language: d.gold.language, items: d.card.falseMatches }));
    out.push(
      `| no false match | ${card.falseMatches.length} | ${card.falseMatches.length === 0 ? "yes" : "no"} | ${card.falseMatches.length ? cell(patternsInTheWay("bound to the wrong entity", falseMatches)) : "–"} |`,
    );
    if (answers.length) {
      const right = answers.filter((a) => a.ok).length;
      const wrong = drafted.flatMap((d) => (d.answers ?? []).filter((a) => !a.ok).map((a) => ({ article: d.gold.article, why: a.why ?? "" })));
      const reasons = new Map<string, number>();
      for (const w of wrong) {
        const reason = w.why.startsWith("missing") ? "an expected name or value missing from the answer" : w.why.replace(/:.*/, "");
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
      const way = [...reasons]
        .sort((a, b) => b[1] - a[1])
        .map(([r, n]) => `${n}: ${r}`)
        .join("; ");
      out.push(
        `| ≥ 70% of the questions | ${pct(right, answers.length)} | ${right >= 0.7 * answers.length ? "yes" : "no"} | ${right >= 0.7 * answers.length ? "–" : cell(`${answers.length - right} wrong (${way}); the per-article section lists each question`)} |`,
      );
    }
    out.push("");
  }
  return out;
}

function articleSection(d: Drafted): string[] {
  const out = [`### ${d.gold.article} (${d.gold.split}, ${d.gold.language}) — ${d.ms} ms`, ""];
  for (const [category, t] of Object.entries(d.card.tallies)) {
    if (!t.missed.length && !t.extra.length) continue;
    out.push(`- **${category}**: ${t.tp} found${t.missed.length ? `; missed ${t.missed.join("; ")}` : ""}${t.extra.length ? `; not in the gold ${t.extra.join("; ")}` : ""}`);
  }
  for (const f of d.card.falseMatches) out.push(`- **false match**: ${f}`);
  for (const m of d.card.missedBindings) out.push(`- **not bound**: ${m}`);
  if (d.loadError) out.push(`- **load**: ${d.loadError}`);
  for (const a of d.answers ?? []) out.push(`- question ${a.ok ? "right" : "wrong"}: ${a.q}${a.why ? ` (${a.why})` : ""}`);
  out.push("");
  return out;
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!existsSync(args.articleDir)) {
    console.log(`ingest:score skipped: ${args.articleDir} is missing (the articles are third-party texts kept outside the repository).`);
    return;
  }
  const drafted: Drafted[] = draftCorpus(args.split, args.articleDir, args.goldDir);
  if (!drafted.length) throw new Error(`no gold of split ${args.split} in ${args.goldDir}`);
  if (args.questions || args.ceiling) await askQuestions(drafted, args.ceiling);
  if (args.ceiling) {
    const answers = drafted.flatMap((d) => (d.answers ?? []).map((a) => ({ article: d.gold.article, ...a })));
    const report = [
      "# The gold questions asked of the gold itself (a perfect draft)",
      "",
      `${answers.filter((a) => a.ok).length} of ${answers.length} answered right. A question answered wrong here asks what the API cannot answer from those facts:`,
      "",
      ...answers.filter((a) => !a.ok).map((a) => `- ${a.article}: ${a.q} (${a.why})`),
      "",
      ...drafted.flatMap((d) => (d.loadError ? [`- ${d.gold.article} did not load: ${d.loadError}`] : [])),
      ...drafted.flatMap((d) => goldAsSeed(d.gold).dropped.map((r) => `- ${d.gold.article}: not in the model as written: ${r}`)),
    ].join("\n");
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, report);
    console.log(report);
    return;
  }

  const dev = drafted.filter((d) => d.gold.split === "dev");
  const untuned = drafted.filter((d) => d.gold.split === "untuned");
  const fresh = drafted.filter((d) => d.gold.split === "fresh");
  const report = [
    `# Ingest score against the gold of ${path.relative(ROOT, args.goldDir) || "."}`,
    "",
    `Made by \`npm run ingest:score\` on ${new Date().toISOString().slice(0, 10)}. Drafts are scored as they stand (every proposal accepted); ` +
      "the untuned articles are never used to write or tune the rules, and a fresh set is scored once, before anyone reads its drafts (test/gold/dev-articles/README.md).",
    "",
    ...(fresh.length ? splitSection("Fresh articles (the targets, on articles nobody has tuned on or seen drafted)", fresh, true) : []),
    ...(fresh.length && !untuned.length ? [] : splitSection("Untuned split (the targets)", untuned, true)),
    ...(fresh.length && !dev.length ? [] : splitSection("Development split", dev, false)),
    "## Per article",
    "",
    ...drafted.flatMap(articleSection),
  ].join("\n");
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, report);
  console.log(report.split("\n## Per article")[0]);
  console.log(`full report: ${path.relative(process.cwd(), args.out)}`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`ingest:score failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
