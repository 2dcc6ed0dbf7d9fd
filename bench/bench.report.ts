/**
 * Writes a benchmark run as Markdown (bench/results/<scale>-<date>.md and latest.md) and JSON
 * (latest.json: {scale, date, machine, questions: [{id, title, api, cypher, neo4jGraphql}]},
 * plus a few more fields each). bench/README.md says how to read them.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Attempt, BenchRun, ProfiledStatement, QuestionResult, Throughput, Way } from "./bench.run";
import { median, p95, pairedRatio } from "./bench.stats";

const okTimes = (attempts: (Attempt | null)[]): number[] => attempts.filter((a): a is Attempt => !!a?.ok).map((a) => a.ms);
const timesOrNull = (attempts: (Attempt | null)[]): (number | null)[] => attempts.map((a) => (a?.ok ? a.ms : null));
const fmt = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined || Number.isNaN(v) ? "–" : v.toFixed(digits));
const int = (v: number): string => v.toLocaleString("en-US");

function stats(r: QuestionResult, way: Way): { median_ms: number | null; p95_ms: number | null; n: number; errors: number } {
  const times = okTimes(r.attempts[way]);
  return {
    median_ms: round(median(times)),
    p95_ms: round(p95(times)),
    n: times.length,
    errors: r.attempts[way].filter((a) => a && !a.ok).length,
  };
}

const round = (v: number | null, digits = 2): number | null => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** Whether the API's and the Cypher's pages hold the same rows in the same order (null: not compared). */
function samePage(r: QuestionResult): boolean | null {
  const last = (w: Way): Attempt | undefined => r.attempts[w].filter((a): a is Attempt => !!a?.ok && !!a.page).pop();
  const a = last("api");
  const c = last("cypher");
  if (!a?.page || !c?.page) return null;
  return a.page.length === c.page.length && a.page.every((k, i) => k === c.page![i]);
}

/** Whether the API's and the Cypher's answers have the same size (null: one of them never answered). */
function sameSize(r: QuestionResult): boolean | null {
  const a = size(r, "api");
  const c = size(r, "cypher");
  return a === null || c === null ? null : a === c;
}

/** How the three ways are compared for a question: its own words, else ids in order where it has a page, else size. */
export function comparedBy(r: QuestionResult): string {
  return r.question.compare ?? (r.question.api.page ? "size, and the first page's ids in order" : "by size only");
}

/** The answer's size each way reported (the last successful attempt). */
function size(r: QuestionResult, way: Way): number | null {
  const ok = r.attempts[way].filter((a): a is Attempt => !!a?.ok);
  return ok.length ? (ok[ok.length - 1].size ?? null) : null;
}

/** The issue's targets: within 1.5× of the hand-written Cypher, faster than @neo4j/graphql, no errors at 16 clients. */
export const TARGET_RATIO = 1.5;

interface Verdict {
  apiOverCypher: number | null;
  ngOverApi: number | null;
  withinRatio: boolean | null;
  fasterThanNg: boolean | null;
  noLoadErrors: boolean | null;
  /** Sum of the API's statements' plain medians: what the database takes, at most (statements of one level overlap). */
  databaseMs: number | null;
  /** API median minus databaseMs: time spent outside the database, at least. */
  outsideMs: number | null;
  answerBytes: number | null;
  /** Why a target is missed, from the measurements; null when all are met. */
  obstacle: string | null;
}

export function verdict(r: QuestionResult): Verdict {
  const apiOverCypher = pairedRatio(timesOrNull(r.attempts.api), timesOrNull(r.attempts.cypher));
  const ngOverApi = r.question.neo4jGraphql ? pairedRatio(timesOrNull(r.attempts.neo4jGraphql), timesOrNull(r.attempts.api)) : null;
  const apiMs = stats(r, "api").median_ms;
  const cypherMs = stats(r, "cypher").median_ms;
  const statements = r.statements ?? [];
  const databaseMs = statements.length && statements.every((s) => s.medianMs !== null) ? statements.reduce((n, s) => n + (s.medianMs ?? 0), 0) : null;
  const outsideMs = apiMs !== null && databaseMs !== null ? Math.max(0, apiMs - databaseMs) : null;
  const bytes = median(r.attempts.api.filter((a): a is Attempt => !!a?.ok && a.bytes !== undefined).map((a) => a.bytes!));
  const withinRatio = apiOverCypher === null ? null : apiOverCypher <= TARGET_RATIO;
  const fasterThanNg = ngOverApi === null ? null : ngOverApi > 1;
  const loadErrors = r.throughput.api?.errors;
  const noLoadErrors = loadErrors === undefined ? null : loadErrors === 0;
  const reasons: string[] = [];
  if (withinRatio === false || fasterThanNg === false) {
    const slowest = [...statements].sort((a, b) => (b.medianMs ?? 0) - (a.medianMs ?? 0))[0];
    if (statements.length > 1) {
      reasons.push(
        `${statements.length} statements, one per field of the query (batched by DataLoaders; each level waits for the one above it), the slowest, ${slowest.name}, taking ${fmt(slowest.medianMs)} ms`,
      );
    } else if (slowest) {
      reasons.push(`its one statement takes ${fmt(slowest.medianMs)} ms (${int(slowest.dbHits)} dbHits)`);
    }
    if (databaseMs !== null && cypherMs !== null) reasons.push(`the database part (≤ ${fmt(databaseMs, 0)} ms) against the hand-written statement's ${fmt(cypherMs, 0)} ms`);
    if (outsideMs !== null) {
      reasons.push(
        `≥ ${fmt(outsideMs, 0)} ms outside the database: HTTP, GraphQL execution, JSON and compression of a ${bytes === null ? "?" : `${fmt(bytes / 1024, 0)} kB`} answer, which the hand-written Cypher does not produce`,
      );
    }
  }
  if (noLoadErrors === false) reasons.push(`${int(loadErrors!)} errors under load (${r.throughput.api?.errorSamples?.[0] ?? "see Under load"})`);
  return {
    apiOverCypher,
    ngOverApi,
    withinRatio,
    fasterThanNg,
    noLoadErrors,
    databaseMs,
    outsideMs,
    answerBytes: bytes,
    obstacle: reasons.length ? `${reasons.join("; ")}.` : null,
  };
}

function toJson(run: BenchRun): unknown {
  return {
    scale: run.scale,
    date: run.date,
    machine: run.machine,
    data: { nodes: run.manifest.counts.nodes, relationships: run.manifest.counts.relationships, loadSeconds: run.manifest.loadSeconds, params: run.manifest.params },
    options: run.options,
    noise: run.noise,
    questions: run.results.map((r) => {
      const api = stats(r, "api");
      const cypher = stats(r, "cypher");
      const ng = r.question.neo4jGraphql ? stats(r, "neo4jGraphql") : null;
      const statements = r.statements ?? [];
      return {
        id: r.question.id,
        title: r.question.title,
        api: {
          ...api,
          rps: round(r.throughput.api?.rps ?? null),
          load_errors: r.throughput.api?.errors ?? null,
          rss_max_mb: round(r.throughput.api?.rssMaxMb ?? null, 0),
          statements: r.statements ? statements.length : null,
          db_hits: statements.reduce((n, s) => n + s.dbHits, 0),
          answer: size(r, "api"),
          answer_bytes: verdict(r).answerBytes,
          database_ms: round(verdict(r).databaseMs, 1),
        },
        cypher: { ...cypher, answer: size(r, "cypher"), same_page_as_api: samePage(r), same_size_as_api: sameSize(r), compared_by: comparedBy(r) },
        neo4jGraphql: ng
          ? { ...ng, rps: round(r.throughput.neo4jGraphql?.rps ?? null), load_errors: r.throughput.neo4jGraphql?.errors ?? null, answer: size(r, "neo4jGraphql") }
          : null,
        ratios: {
          api_over_cypher: round(pairedRatio(timesOrNull(r.attempts.api), timesOrNull(r.attempts.cypher))),
          neo4jGraphql_over_api: r.question.neo4jGraphql ? round(pairedRatio(timesOrNull(r.attempts.neo4jGraphql), timesOrNull(r.attempts.api))) : null,
        },
        targets: (({ withinRatio, fasterThanNg, noLoadErrors, obstacle }) => ({
          within_ratio: withinRatio,
          faster_than_neo4j_graphql: fasterThanNg,
          no_load_errors: noLoadErrors,
          obstacle,
        }))(verdict(r)),
      };
    }),
  };
}

function throughputCell(t: Throughput | undefined): string {
  if (!t) return "–";
  return `${fmt(t.rps)}${t.errors ? ` (${int(t.errors)} err)` : ""}`;
}

function statementsTable(statements: ProfiledStatement[]): string[] {
  const lines = ["| statement | median ms | dbHits | rows | memory | operators with the most dbHits |", "|---|---:|---:|---:|---:|---|"];
  for (const s of statements) {
    const ops = s.error
      ? `error: ${s.error}`
      : s.top.map((o) => `${o.operator} ${int(o.dbHits)}${o.details ? ` \`${o.details.replace(/\|/g, "\\|").replace(/`/g, "'")}\`` : ""}`).join("<br>");
    lines.push(`| ${s.name} | ${fmt(s.medianMs)} | ${int(s.dbHits)} | ${int(s.rows)} | ${s.memoryBytes === null ? "–" : `${fmt(s.memoryBytes / 1024 / 1024)} MB`} | ${ops} |`);
  }
  return lines;
}

export function renderMarkdown(run: BenchRun): string {
  const m = run.machine;
  const c = run.manifest.counts;
  const out: string[] = [];
  out.push(`# Benchmark ${run.scale} — ${run.date}`, "");
  out.push(
    `Generated by \`npm run bench -- --scale ${run.scale}\` (bench/bench.harness.ts) from ${run.startedAt} to ${run.finishedAt}. ` +
      "Measures only; see bench/README.md for how to read it.",
    "",
  );
  out.push("## Machine and noise", "");
  out.push(
    `- ${m.cpuModel}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}; Node ${m.node}; Neo4j ${m.neo4j}, heap ${m.neo4jHeap ?? "?"}, page cache ${m.neo4jPageCacheMb} MB.`,
    `- Load average before ${run.noise.loadBefore.map((l) => l.toFixed(2)).join(" / ")}, after ${run.noise.loadAfter.map((l) => l.toFixed(2)).join(" / ")}, highest 1-minute ${run.noise.loadMax1m.toFixed(2)}; ` +
      `${run.noise.otherNeo4j} other Neo4j process(es) on the machine (other engineers' tests share the ${m.cores} cores: expect noise, trust the paired ratios more than absolute times).`,
    "",
  );
  out.push("## Data", "");
  out.push(
    `${int(c.nodes)} nodes, ${int(c.relationships)} relationships; loaded in ${fmt(run.manifest.loadSeconds.total)} s ` +
      `(seed loader ${fmt(run.manifest.loadSeconds.seeds)} s, synthetic batches ${fmt(run.manifest.loadSeconds.synthetic)} s), generator seed ${run.manifest.seed}.`,
    "",
    `- Nodes: ${Object.entries(c.byLabel)
      .map(([k, v]) => `${k} ${int(v)}`)
      .join(", ")}.`,
    `- Relationships: ${Object.entries(c.byType)
      .map(([k, v]) => `${k} ${int(v)}`)
      .join(", ")}.`,
    `- Asked about: ${Object.entries(run.manifest.params)
      .map(([k, v]) => `${k} \`${v}\``)
      .join(", ")}.`,
    "",
  );
  out.push("## Results", "");
  out.push(
    `Latency: one request at a time, up to ${run.options.reps} interleaved repetitions (at least ${run.options.minReps}; a question stops repeating after ${run.options.budgetSeconds} s), ` +
      `after 3 warm-up rounds. Throughput: ${run.options.clients} concurrent clients for ${run.options.durationSeconds} s per question and server. ` +
      "Ratios are medians of per-repetition ratios (paired).",
    "",
    "| Q | question | API median / p95 ms | Cypher median / p95 ms | @neo4j/graphql median / p95 ms | API ÷ Cypher | @neo4j/graphql ÷ API | API req/s | @neo4j/graphql req/s | API statements | API dbHits | API RSS under load |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of run.results) {
    const a = stats(r, "api");
    const cy = stats(r, "cypher");
    const ng = r.question.neo4jGraphql ? stats(r, "neo4jGraphql") : null;
    const cell = (s: { median_ms: number | null; p95_ms: number | null; errors: number }): string =>
      `${fmt(s.median_ms)} / ${fmt(s.p95_ms)}${s.errors ? ` (${s.errors} err)` : ""}`;
    const apiOverCypher = pairedRatio(timesOrNull(r.attempts.api), timesOrNull(r.attempts.cypher));
    const ngOverApi = ng ? pairedRatio(timesOrNull(r.attempts.neo4jGraphql), timesOrNull(r.attempts.api)) : null;
    const statements = r.statements ?? [];
    out.push(
      `| ${r.question.id} | ${r.question.title} | ${cell(a)} | ${cell(cy)} | ${ng ? cell(ng) : "null (cannot)"} | ${fmt(apiOverCypher, 2)}× | ${ng ? `${fmt(ngOverApi, 2)}×` : "–"} | ` +
        `${throughputCell(r.throughput.api)} | ${ng ? throughputCell(r.throughput.neo4jGraphql) : "–"} | ${r.statements ? statements.length : "–"} | ` +
        `${int(statements.reduce((n, s) => n + s.dbHits, 0))} | ${fmt(r.throughput.api?.rssMaxMb ?? null, 0)} MB |`,
    );
  }
  const mark = (v: boolean | null): string => (v === null ? "–" : v ? "met" : "**not met**");
  out.push(
    "",
    "### Targets",
    "",
    `Issue 7's targets per question: API within ${TARGET_RATIO}× of the hand-written Cypher (paired median), faster than @neo4j/graphql where it can answer, no errors at ${run.options.clients} clients. ` +
      "Where one is missed, the last column says what stands in the way, from this run's measurements: the API's statements (PROFILEd below) against the hand-written statement, and the time the API spends outside the database.",
    "",
    `| Q | ≤ ${TARGET_RATIO}× Cypher | faster than @neo4j/graphql | no errors at ${run.options.clients} clients | API answer | what stands in the way |`,
    "|---|---|---|---|---:|---|",
  );
  for (const r of run.results) {
    const v = verdict(r);
    out.push(
      `| ${r.question.id} | ${mark(v.withinRatio)} (${fmt(v.apiOverCypher, 2)}×) | ${mark(v.fasterThanNg)} | ${mark(v.noLoadErrors)} | ${v.answerBytes === null ? "–" : `${fmt(v.answerBytes / 1024, 0)} kB`} | ${v.obstacle ?? "–"} |`,
    );
  }
  out.push(
    "",
    "### Answers (do the three ways agree?)",
    "",
    "Where a question has a page of ids (3W rows, runs, hits, partners, interventions), the hand-written Cypher's ids are compared with the API's in order; elsewhere only sizes are (the last column says which).",
    "",
    "| Q | API | hand-written Cypher | @neo4j/graphql | compared |",
    "|---|---|---|---|---|",
  );
  for (const r of run.results) {
    const ng = r.question.neo4jGraphql;
    const same = samePage(r);
    const sized = sameSize(r);
    const page = same === null ? "" : same ? " (ids: same, same order)" : " (ids DIFFER from the API's)";
    const sizeMark = sized === null ? "" : sized ? " (same size)" : " (size DIFFERS)";
    out.push(
      `| ${r.question.id} | ${size(r, "api") ?? "–"} ${r.question.unit} | ${size(r, "cypher") ?? "–"} ${r.question.unit}${sizeMark}${page} | ${ng ? `${size(r, "neo4jGraphql") ?? "–"} ${ng.unit}` : "null"} | ${comparedBy(r)} |`,
    );
  }
  out.push(
    "",
    "### Under load",
    "",
    "| Q | API p50 / p95 ms | API RSS before → max | @neo4j/graphql p50 / p95 ms | @neo4j/graphql RSS before → max | Neo4j RSS max | errors (samples) |",
    "|---|---:|---:|---:|---:|---:|---|",
  );
  for (const r of run.results) {
    const t = r.throughput.api;
    const n = r.throughput.neo4jGraphql;
    const rss = (x: Throughput | undefined): string => (x ? `${fmt(x.rssBeforeMb, 0)} → ${fmt(x.rssMaxMb, 0)} MB` : "–");
    const samples = [...(t?.errorSamples ?? []).map((e) => `API: ${e}`), ...(n?.errorSamples ?? []).map((e) => `@neo4j/graphql: ${e}`)].join("; ");
    out.push(
      `| ${r.question.id} | ${fmt(t?.p50Ms)} / ${fmt(t?.p95Ms)} | ${rss(t)} | ${n ? `${fmt(n.p50Ms)} / ${fmt(n.p95Ms)}` : "–"} | ${rss(n)} | ` +
        `${fmt(Math.max(t?.neo4jRssMaxMb ?? 0, n?.neo4jRssMaxMb ?? 0), 0)} MB | ${samples || "–"} |`,
    );
  }
  const latencyErrors = run.results.flatMap((r) =>
    (["api", "cypher", "neo4jGraphql"] as Way[]).flatMap((w) => r.attempts[w].filter((a) => a && !a.ok).map((a) => `${r.question.id} ${w}: ${a!.error}`)),
  );
  if (latencyErrors.length) out.push("", "### Errors while timing", "", ...[...new Set(latencyErrors)].slice(0, 20).map((e) => `- ${e}`));

  out.push("", "## The API's statements, PROFILEd", "");
  out.push(
    "Each question asked once more with the API's statements captured (bench/api.capture.ts wraps GraphExecutor.run in the API process), " +
      "then each statement run 5 times plain (median ms) and once under PROFILE. dbHits are summed over the plan; the operators column shows " +
      "the plan operators with the most dbHits and their Details (the clause they run).",
    "",
  );
  for (const r of run.results) {
    const statements = r.statements ?? [];
    out.push(`### ${r.question.id} — ${r.question.title}`, "", `${statements.length} statement(s) for one request.`, "");
    if (!statements.length) continue;
    out.push(...statementsTable(statements), "");
    const slowest = [...statements].sort((a, b) => (b.medianMs ?? 0) - (a.medianMs ?? 0))[0];
    out.push("<details><summary>Slowest statement's Cypher</summary>", "", "```cypher", slowest.cypher.trim(), "```", "", "</details>", "");
  }
  out.push("## The hand-written Cypher", "", "The best statement found for each answer (bench/bench.questions.ts); what the API's statements could become.", "");
  for (const r of run.results) {
    out.push(`<details><summary>${r.question.id}</summary>`, "", "```cypher", r.question.cypher.cypher.trim(), "```", "", "</details>", "");
  }
  return `${out.join("\n")}\n`;
}

/** Writes <scale>-<date>.md, latest.md and latest.json under `dir`; returns their paths. */
export function writeReports(run: BenchRun, dir: string): string[] {
  const md = renderMarkdown(run);
  const files = [path.join(dir, `${run.scale}-${run.date}.md`), path.join(dir, "latest.md"), path.join(dir, "latest.json")];
  writeFileSync(files[0], md);
  writeFileSync(files[1], md);
  writeFileSync(files[2], `${JSON.stringify(toJson(run), null, 2)}\n`);
  return files;
}
