/**
 * Writes a benchmark run as Markdown (bench/results/<scale>-<date>.md and latest.md) and JSON
 * (latest.json: {scale, date, machine, questions: [{id, title, api, cypher, neo4jGraphql}]},
 * plus a few more fields each). bench/README.md says how to read them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareKeys, type KeyComparison } from "./bench.compare";
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

/** The API's answer's keys against `way`'s (the last successful attempt of each), as the question's `match` says; null when not compared. */
export function keysCompared(r: QuestionResult, way: "cypher" | "neo4jGraphql"): KeyComparison | null {
  const how = r.question.match?.[way];
  const last = (w: Way): Attempt | undefined => r.attempts[w].filter((a): a is Attempt => !!a?.ok && !!a.page).pop();
  const a = last("api");
  const o = last(way);
  if (!how || !a?.page || !o?.page) return null;
  return compareKeys(a.page, o.page, how);
}

/** Whether the API's and the Cypher's keys agree (null: not compared). */
const samePage = (r: QuestionResult): boolean | null => keysCompared(r, "cypher")?.same ?? null;

/** Whether the API's and the Cypher's answers have the same size (null: one of them never answered). */
function sameSize(r: QuestionResult): boolean | null {
  const a = size(r, "api");
  const c = size(r, "cypher");
  return a === null || c === null ? null : a === c;
}

const MATCH_WORDS = { ordered: "keys in order", set: "keys as a set", subset: "the API's keys among its" } as const;

/** How the three ways are compared for a question: its own words, else from its `match`. */
export function comparedBy(r: QuestionResult): string {
  const m = r.question.match;
  const parts = [
    r.question.compare ?? `size, and ${m?.cypher ? `${MATCH_WORDS[m.cypher]} with the hand-written Cypher` : "nothing more with the hand-written Cypher"}`,
    m?.neo4jGraphql ? `${MATCH_WORDS[m.neo4jGraphql]} with @neo4j/graphql` : m?.why ? `@neo4j/graphql: ${m.why}` : "",
  ];
  return parts.filter(Boolean).join("; ");
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
  /** The question's own targets (Question.targets), each with whether it holds: "≤ 300,000 dbHits: 12,345 — met". */
  own: { target: string; met: boolean | null; value: string }[];
  /** Why a target is missed, from the measurements; null when all are met. */
  obstacle: string | null;
}

/** The median size of the API's answers, as the client read them. */
const answerBytesOf = (r: QuestionResult): number | null => median(r.attempts.api.filter((a): a is Attempt => !!a?.ok && a.bytes !== undefined).map((a) => a.bytes!));

const sumHits = (statements: ProfiledStatement[] | null | undefined): number => (statements ?? []).reduce((n, s) => n + s.dbHits, 0);

export function verdict(r: QuestionResult, all: QuestionResult[] = []): Verdict {
  const apiOverCypher = pairedRatio(timesOrNull(r.attempts.api), timesOrNull(r.attempts.cypher));
  const ngOverApi = r.question.neo4jGraphql ? pairedRatio(timesOrNull(r.attempts.neo4jGraphql), timesOrNull(r.attempts.api)) : null;
  const apiMs = stats(r, "api").median_ms;
  const cypherMs = stats(r, "cypher").median_ms;
  const statements = r.statements ?? [];
  const databaseMs = statements.length && statements.every((s) => s.medianMs !== null) ? statements.reduce((n, s) => n + (s.medianMs ?? 0), 0) : null;
  const outsideMs = apiMs !== null && databaseMs !== null ? Math.max(0, apiMs - databaseMs) : null;
  const bytes = answerBytesOf(r);
  const withinRatio = apiOverCypher === null ? null : apiOverCypher <= TARGET_RATIO;
  const fasterThanNg = ngOverApi === null ? null : ngOverApi > 1;
  const loadErrors = r.throughput.api?.errors;
  const noLoadErrors = loadErrors === undefined ? null : loadErrors === 0;
  const reasons: string[] = [];
  if (withinRatio === false || fasterThanNg === false) {
    const slowest = [...statements].sort((a, b) => (b.medianMs ?? 0) - (a.medianMs ?? 0))[0];
    if (statements.length > 1) {
      reasons.push(
        `${statements.length} statements (${int(sumHits(statements))} dbHits against the hand-written statement's ${r.cypherProfile ? int(r.cypherProfile.dbHits) : "?"}; a nested field's statement waits for the level above it), ` +
          `the slowest, ${slowest.name}, taking ${fmt(slowest.medianMs)} ms (${int(slowest.dbHits)} dbHits)`,
      );
    } else if (slowest) {
      reasons.push(
        `its one statement takes ${fmt(slowest.medianMs)} ms (${int(slowest.dbHits)} dbHits; the hand-written statement ${r.cypherProfile ? int(r.cypherProfile.dbHits) : "?"})`,
      );
    }
    if (databaseMs !== null && cypherMs !== null) reasons.push(`the database part (≤ ${fmt(databaseMs, 0)} ms) against the hand-written statement's ${fmt(cypherMs, 0)} ms`);
    if (outsideMs !== null) {
      reasons.push(
        `≥ ${fmt(outsideMs, 0)} ms outside the database: HTTP, GraphQL execution, JSON and compression of a ${bytes === null ? "?" : `${fmt(bytes / 1024, 0)} kB`} answer, which the hand-written Cypher does not produce`,
      );
    }
  }
  if (noLoadErrors === false) reasons.push(`${int(loadErrors!)} errors under load (${r.throughput.api?.errorSamples?.[0] ?? "see Under load"})`);
  const own: Verdict["own"] = [];
  const t = r.question.targets;
  if (t?.maxDbHits !== undefined) {
    const hits = r.statements ? sumHits(r.statements) : null;
    const met = hits === null ? null : hits <= t.maxDbHits;
    own.push({ target: `≤ ${int(t.maxDbHits)} dbHits in all statements`, met, value: hits === null ? "–" : int(hits) });
    if (met === false) {
      const top = [...(r.statements ?? [])].sort((a, b) => b.dbHits - a.dbHits)[0];
      reasons.push(
        `${int(hits!)} dbHits (target ${int(t.maxDbHits)}), ${int(top.dbHits)} of them in ${top.name}${top.top[0] ? ` (${top.top[0].operator} ${int(top.top[0].dbHits)}: \`${top.top[0].details.slice(0, 100)}\`)` : ""}`,
      );
    }
  }
  if (t?.within) {
    const other = all.find((x) => x.question.id === t.within!.of);
    const otherMs = other ? stats(other, "api").median_ms : null;
    const met = apiMs === null || otherMs === null ? null : apiMs <= t.within.factor * otherMs;
    own.push({ target: `≤ ${t.within.factor}× ${t.within.of}'s time`, met, value: apiMs === null || otherMs === null ? "–" : `${fmt(apiMs / otherMs, 2)}×` });
    if (met === false) {
      const otherBytes = other ? answerBytesOf(other) : null;
      const hits = r.statements ? sumHits(r.statements) : null;
      reasons.push(
        `${fmt(apiMs! / otherMs!, 1)}× ${t.within.of}'s time for ${bytes !== null && otherBytes ? `${fmt(bytes / otherBytes, 1)}× its answer (${fmt(bytes / 1024, 0)} kB against ${fmt(otherBytes / 1024, 0)} kB)` : "an answer of another size"}` +
          `${hits !== null ? `, read in ${int(hits)} dbHits` : ""}${databaseMs !== null ? ` (the database part ≤ ${fmt(databaseMs, 0)} ms)` : ""}: the rest is building, serializing and compressing the answer`,
      );
    }
  }
  if (t?.paging) {
    own.push({ target: "pages (first/after)", met: t.paging.met, value: t.paging.met ? "yes" : "no" });
    if (!t.paging.met) reasons.push(t.paging.note);
  }
  return {
    apiOverCypher,
    ngOverApi,
    withinRatio,
    fasterThanNg,
    noLoadErrors,
    databaseMs,
    outsideMs,
    answerBytes: bytes,
    own,
    obstacle: reasons.length ? `${reasons.join("; ")}.` : null,
  };
}

function toJson(run: BenchRun, growth: Growth | null): unknown {
  const e = run.exportRun;
  return {
    scale: run.scale,
    date: run.date,
    machine: run.machine,
    data: { nodes: run.manifest.counts.nodes, relationships: run.manifest.counts.relationships, loadSeconds: run.manifest.loadSeconds, params: run.manifest.params },
    options: run.options,
    noise: run.noise,
    questions: run.results.map((r) => {
      const v = verdict(r, run.results);
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
          answer_bytes: v.answerBytes,
          database_ms: round(v.databaseMs, 1),
        },
        cypher: {
          ...cypher,
          answer: size(r, "cypher"),
          same_page_as_api: samePage(r),
          same_size_as_api: sameSize(r),
          compared_by: comparedBy(r),
          keys: keysCompared(r, "cypher")?.note ?? null,
          db_hits: r.cypherProfile?.dbHits ?? null,
        },
        neo4jGraphql: ng
          ? {
              ...ng,
              rps: round(r.throughput.neo4jGraphql?.rps ?? null),
              load_errors: r.throughput.neo4jGraphql?.errors ?? null,
              answer: size(r, "neo4jGraphql"),
              same_as_api: keysCompared(r, "neo4jGraphql")?.same ?? null,
              keys: keysCompared(r, "neo4jGraphql")?.note ?? null,
            }
          : null,
        ratios: {
          api_over_cypher: round(pairedRatio(timesOrNull(r.attempts.api), timesOrNull(r.attempts.cypher))),
          neo4jGraphql_over_api: r.question.neo4jGraphql ? round(pairedRatio(timesOrNull(r.attempts.neo4jGraphql), timesOrNull(r.attempts.api))) : null,
        },
        targets: {
          within_ratio: v.withinRatio,
          faster_than_neo4j_graphql: v.fasterThanNg,
          no_load_errors: v.noLoadErrors,
          own: v.own,
          obstacle: v.obstacle,
        },
      };
    }),
    export: e
      ? {
          api: { ...e.api, samples: undefined, rss_samples: e.api.samples.length, ms: round(e.api.ms, 0), rowsPerSecond: round(e.api.rowsPerSecond, 0) },
          cypher: { ...e.cypher, ms: round(e.cypher.ms, 0), rowsPerSecond: round(e.cypher.rowsPerSecond, 0) },
          api_over_cypher: e.api.ok && e.cypher.ok ? round(e.api.ms / e.cypher.ms) : null,
          rows: e.same?.note ?? null,
          statements: e.statementCount,
          db_hits_first_batch: e.statements[0]?.dbHits ?? null,
          db_hits_last_batch: e.statements[e.statements.length - 1]?.dbHits ?? null,
          rss_growth_mb: rssGrowth(e.api.samples),
        }
      : null,
    mix: run.mix ? { ...run.mix, download: { ...run.mix.download, samples: undefined } } : null,
    writes: run.writes ?? null,
    growth,
  };
}

/** RSS at the last quarter of the rows minus at the first quarter (MB): what the download's memory grows by with the rows. */
function rssGrowth(samples: { rows: number; rssMb: number }[]): number | null {
  const moving = samples.filter((x) => x.rows > 0);
  if (moving.length < 4) return null;
  const quarter = Math.floor(moving.length / 4);
  const avg = (xs: { rssMb: number }[]): number => xs.reduce((n, x) => n + x.rssMb, 0) / xs.length;
  return Math.round(avg(moving.slice(-quarter)) - avg(moving.slice(0, quarter)));
}

const PREVIOUS: Record<string, string | null> = { S1: null, S2: "S1", S3: "S2" };

interface GrowthRow {
  id: string;
  rows: [number | null, number | null];
  ms: [number | null, number | null];
  rowsGrowth: number | null;
  timeGrowth: number | null;
  /** The API's statements' dbHits summed, before → now (a measure of the work that load does not change). */
  dbHits: [number | null, number | null];
  dbHitsGrowth: number | null;
  /** Time grows no faster than the rows returned (issue 21). */
  met: boolean | null;
  /** Where not met: what the work grew with. */
  why: string | null;
}

interface Growth {
  from: string;
  fromDate: string;
  questions: GrowthRow[];
}

/** Growth from the newest recorded run of the scale below (bench/results/<scale>-<date>.json): each question's API median against the rows it returns. */
export function growthFrom(run: BenchRun, dir: string): Growth | null {
  const prev = PREVIOUS[run.scale];
  if (!prev || !existsSync(dir)) return null;
  const file = readdirSync(dir)
    .filter((f) => f.startsWith(`${prev}-`) && f.endsWith(".json"))
    .sort()
    .pop();
  if (!file) return null;
  const before = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as {
    date: string;
    questions: { id: string; api: { median_ms: number | null; answer: number | null; db_hits?: number | null } }[];
    export?: { api: { ms: number; rows: number; ok: boolean } } | null;
  };
  const ratio = (a: number | null | undefined, b: number | null | undefined): number | null => (a && b ? a / b : null);
  const row = (
    id: string,
    was: [number | null, number | null],
    now: [number | null, number | null],
    hits: [number | null, number | null] = [null, null],
    note?: string,
  ): GrowthRow => {
    const rowsGrowth = ratio(now[0], was[0]);
    const timeGrowth = ratio(now[1], was[1]);
    const dbHitsGrowth = ratio(hits[1], hits[0]);
    const met = rowsGrowth === null || timeGrowth === null ? null : timeGrowth <= Math.max(1, rowsGrowth);
    const work =
      dbHitsGrowth === null ? null : `its statements read ${fmt(dbHitsGrowth, 1)}× more (${int(hits[0] ?? 0)} → ${int(hits[1] ?? 0)} dbHits) for ${fmt(rowsGrowth, 1)}× the rows`;
    const why = met === false ? [work, note].filter(Boolean).join(": ") || "no recorded cause" : null;
    return { id, rows: [was[0], now[0]], ms: [was[1], now[1]], rowsGrowth, timeGrowth, dbHits: hits, dbHitsGrowth, met, why };
  };
  const questions = run.results.flatMap((r) => {
    const b = before.questions.find((q) => q.id === r.question.id);
    const hitsNow = r.statements ? r.statements.reduce((n, s) => n + s.dbHits, 0) : null;
    return b ? [row(r.question.id, [b.api.answer, b.api.median_ms], [size(r, "api"), stats(r, "api").median_ms], [b.api.db_hits ?? null, hitsNow], r.question.growthNote)] : [];
  });
  const e = run.exportRun;
  if (e?.api.ok && before.export?.api.ok) questions.push(row("export", [before.export.api.rows, before.export.api.ms], [e.api.rows, e.api.ms]));
  return { from: prev, fromDate: before.date, questions };
}

function limitsCell(r: QuestionResult): string {
  const d = r.defaultLimits;
  if (!d) return "–";
  return d.ok ? "answered" : `**refused**: ${(d.error ?? "").replace(/\|/g, "\\|").slice(0, 160)}`;
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

export function renderMarkdown(run: BenchRun, growth: Growth | null = null): string {
  const m = run.machine;
  const c = run.manifest.counts;
  const out: string[] = [];
  out.push(`# Benchmark ${run.scale} — ${run.date}`, "");
  out.push(
    `Generated by \`npm run bench -- --scale ${run.scale}\` (bench/bench.harness.ts) from ${run.startedAt} to ${run.finishedAt}. ` +
      "Measures only; see bench/README.md for how to read it.",
    "",
  );
  if (run.failures?.length) {
    out.push(
      "## Phases that failed",
      "",
      "These phases threw; the run went on without them (starting the benchmark's database again if it had gone down), so their sections below are empty or partial:",
      "",
      ...run.failures.map((f) => `- ${f.phase}: ${f.error.replace(/\s+/g, " ")}`),
      "",
    );
  }
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
      `after ${run.options.warmups ?? 3} warm-up round(s). Throughput: ${run.options.clients} concurrent clients for ${run.options.durationSeconds} s per question and server. ` +
      "Ratios are medians of per-repetition ratios (paired).",
    "",
    "| Q | question | API median / p95 ms | Cypher median / p95 ms | @neo4j/graphql median / p95 ms | API ÷ Cypher | @neo4j/graphql ÷ API | API req/s | @neo4j/graphql req/s | API statements | API dbHits | Cypher dbHits | API RSS under load |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
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
        `${int(statements.reduce((n, s) => n + s.dbHits, 0))} | ${r.cypherProfile ? int(r.cypherProfile.dbHits) : "–"} | ${fmt(r.throughput.api?.rssMaxMb ?? null, 0)} MB |`,
    );
  }
  const mark = (v: boolean | null): string => (v === null ? "–" : v ? "met" : "**not met**");
  out.push(
    "",
    "### Targets",
    "",
    `The targets per question (issues 7 and 21): API within ${TARGET_RATIO}× of the hand-written Cypher (paired median), faster than @neo4j/graphql where it can answer, no errors at ${run.options.clients} clients; ` +
      "and issue 21's own: the planners' questions (Q8–Q10) at most 300,000 dbHits in all their statements, the whole-country summary (Q12) within 2× of Q7's time and under 100,000 dbHits, lists that reach thousands (Q11, Q15–Q19) paged. " +
      "The export's, the mix's and growth's targets are in their sections below. " +
      `The timed API runs with MAX_QUERY_COST ${run.options.maxQueryCost === undefined ? "(the default)" : int(run.options.maxQueryCost)} so that every question is timed; "at the default limits" says whether an API with the default settings (MAX_QUERY_COST 50,000, list sizes measured from this graph) answers it or refuses it, and why. ` +
      "Where one is missed, the last column says what stands in the way, from this run's measurements: the API's statements (PROFILEd below) against the hand-written statement, and the time the API spends outside the database.",
    "",
    `| Q | ≤ ${TARGET_RATIO}× Cypher | faster than @neo4j/graphql | no errors at ${run.options.clients} clients | issue 21's own | at the default limits | API answer | what stands in the way |`,
    "|---|---|---|---|---|---|---:|---|",
  );
  for (const r of run.results) {
    const v = verdict(r, run.results);
    const own = v.own.map((o) => `${o.target}: ${o.value} — ${mark(o.met)}`).join("<br>") || "–";
    out.push(
      `| ${r.question.id} | ${mark(v.withinRatio)} (${fmt(v.apiOverCypher, 2)}×) | ${mark(v.fasterThanNg)} | ${mark(v.noLoadErrors)} | ${own} | ${limitsCell(r)} | ${v.answerBytes === null ? "–" : `${fmt(v.answerBytes / 1024, 0)} kB`} | ${v.obstacle ?? "–"} |`,
    );
  }
  out.push(
    "",
    "### Answers (do the three ways agree?)",
    "",
    "Each way's answer is reduced to keys — ids (3W rows as organization|role|activity|model|place, hits, runs, interventions, places, candidate models), " +
      "partners with how many activities each shares, involvements with their models, the summary's facets with their counts — and compared with the API's: " +
      "in order, as a set, or (where the API ranks and cuts a list the Cypher gives whole) whether the API's are among them. The last column says how, and why a way is not compared.",
    "",
    "| Q | API | hand-written Cypher | @neo4j/graphql | compared |",
    "|---|---|---|---|---|",
  );
  for (const r of run.results) {
    const ng = r.question.neo4jGraphql;
    const sized = sameSize(r);
    const sizeMark = sized === null ? "" : sized ? " (same size)" : " (size DIFFERS)";
    const keys = (way: "cypher" | "neo4jGraphql"): string => {
      const k = keysCompared(r, way);
      return k ? `; keys: ${k.same ? k.note : `**${k.note}**`}` : "";
    };
    out.push(
      `| ${r.question.id} | ${size(r, "api") ?? "–"} ${r.question.unit} | ${size(r, "cypher") ?? "–"} ${r.question.unit}${sizeMark}${keys("cypher")} | ` +
        `${ng ? `${size(r, "neo4jGraphql") ?? "–"} ${ng.unit}${keys("neo4jGraphql")}` : "null"} | ${comparedBy(r)} |`,
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

  out.push(...exportSection(run), ...mixSection(run), ...writesSection(run), ...growthSection(run, growth));

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
  out.push(
    "## The hand-written Cypher",
    "",
    "The best statement found for each answer (bench/bench.questions.ts); what the API's statements could become. PROFILEd once, like the API's.",
    "",
  );
  const profiled = run.results.filter((r) => r.cypherProfile);
  if (profiled.length) out.push(...statementsTable(profiled.map((r) => ({ ...r.cypherProfile!, name: r.question.id }))), "");
  for (const r of run.results) {
    out.push(`<details><summary>${r.question.id}</summary>`, "", "```cypher", r.question.cypher.cypher.trim(), "```", "", "</details>", "");
  }
  return `${out.join("\n")}\n`;
}

function exportSection(run: BenchRun): string[] {
  const e = run.exportRun;
  if (!e) return [];
  const out = ["", "## The whole-country CSV export", ""];
  out.push(
    "`GET /export/3w.csv` with no filter, read as a client reads it (streamed and parsed as CSV), timed to its last byte, the API process's RSS sampled every 250 ms; " +
      "then the hand-written Cypher streaming the same rows in the same order through the driver (bench/bench.export.ts: EXPORT_ORGANIZATIONS_CYPHER, then EXPORT_CHUNK_CYPHER, one statement per chunk of organizations: one ORDER BY over the whole country runs a 2 GB heap out of memory). " +
      "Issue 21's targets: at most 1.5× the hand-written statement's time, memory that does not grow with the rows, no time-budget error.",
    "",
    "| | rows | time | rows/s | first byte / row | size | API RSS before → max | API RSS growth over the rows | statements | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  );
  const a = e.api;
  const c = e.cypher;
  const growth = rssGrowth(a.samples);
  out.push(
    `| API | ${int(a.rows)} | ${fmt(a.ms / 1000)} s | ${fmt(a.rowsPerSecond, 0)} | ${fmt(a.firstByteMs, 0)} ms | ${fmt(a.bytes / 1e6)} MB | ${fmt(a.rssBeforeMb, 0)} → ${fmt(a.rssMaxMb, 0)} MB | ` +
      `${growth === null ? "–" : `${growth} MB`} | ${int(e.statementCount)} | ${a.ok ? "–" : `${a.status ?? ""} ${a.error ?? ""}`} |`,
    `| hand-written Cypher | ${int(c.rows)} | ${fmt(c.ms / 1000)} s | ${fmt(c.rowsPerSecond, 0)} | ${fmt(c.firstRowMs, 0)} ms | – | – | – | 1 | ${c.ok ? "–" : c.error} |`,
    "",
  );
  const ratio = a.ok && c.ok ? a.ms / c.ms : null;
  const mark = (v: boolean | null): string => (v === null ? "–" : v ? "met" : "**not met**");
  out.push(
    `- ≤ 1.5× the hand-written statement: ${fmt(ratio, 2)}× — ${mark(ratio === null ? null : ratio <= 1.5)}.`,
    `- Memory: the API's RSS ${growth === null ? "was not sampled long enough to say how it grows" : `grew by ${growth} MB between the first and the last quarter of the download`} (highest ${fmt(a.rssMaxMb, 0)} MB).`,
    `- Rows: ${e.same ? (e.same.same ? e.same.note : `**${e.same.note}**`) : "not compared (one side failed)"} (keys organization|role|activity|model|place, in order).`,
    ...misnamedBudget([a.error ?? ""]),
  );
  const [first, last] = [e.statements[0], e.statements[e.statements.length - 1]];
  if (first) {
    out.push(
      `- The API ran ${int(e.statementCount)} statements (batches of \`EXPORT_BATCH_SIZE\` rows, SKIP/LIMIT): the first batch ${int(first.dbHits)} dbHits in ${fmt(first.medianMs, 0)} ms` +
        `${last && last !== first ? `, the last ${int(last.dbHits)} dbHits in ${fmt(last.medianMs, 0)} ms` : ""}; ` +
        `about ${int(Math.round(((first.dbHits + (last ?? first).dbHits) / 2) * e.statementCount))} dbHits for the export` +
        `${e.statementCount > 2 ? ": each batch re-runs the whole match and sort to skip to its rows" : ""}.`,
    );
  }
  if (a.samples.length) {
    const picks = [0.25, 0.5, 0.75, 1].map((q) => a.samples[Math.min(a.samples.length - 1, Math.floor(q * (a.samples.length - 1)))]);
    out.push(`- RSS against rows received: ${picks.map((x) => `${int(x.rows)} rows ${x.rssMb} MB`).join(", ")}.`);
  }
  return out;
}

/** Issue 21: a request out of its time budget must say so, never "database unavailable". */
function misnamedBudget(errors: string[]): string[] {
  const misnamed = errors.filter((e) => /database unavailable/i.test(e));
  return misnamed.length
    ? [
        `- **An error said "database unavailable"** (\`${misnamed[0].slice(0, 120)}\`): issue 21 asks a request out of its time budget to say so (the database answered the others).`,
      ]
    : [];
}

function mixSection(run: BenchRun): string[] {
  const m = run.mix;
  if (!m) return [];
  const mark = (v: boolean | null): string => (v === null ? "–" : v ? "met" : "**not met**");
  const cell = (x: { ok: number; errors: number; p50Ms: number | null; p95Ms: number | null; errorSamples: string[] }): string =>
    `${int(x.ok)} | ${int(x.errors)}${x.errorSamples.length ? ` (${x.errorSamples.join("; ").replace(/\|/g, "\\|")})` : ""} | ${fmt(x.p50Ms, 0)} | ${fmt(x.p95Ms, 0)}`;
  const d = m.download;
  return [
    "",
    `## The ${m.threeWClients + 2}-client mix`,
    "",
    `${m.threeWClients} clients ask 3W pages (Q1 and Q13 in turn) alone for ${fmt(m.solo.seconds, 0)} s; then the same ${m.threeWClients} while one client downloads the whole-country CSV ` +
      `and one asks the planners' questions (Q8, Q9, Q10 in turn), until the download ends (${fmt(m.mix.seconds, 0)} s). Issue 21's target: the 3W p95 in the mix within 2× of its solo p95, no errors.`,
    "",
    "| clients | answered | errors | p50 ms | p95 ms |",
    "|---|---:|---:|---:|---:|",
    `| ${m.threeWClients} × 3W, alone | ${cell(m.solo)} |`,
    `| ${m.threeWClients} × 3W, in the mix | ${cell(m.mix)} |`,
    `| 1 × planners, in the mix | ${cell(m.planners)} |`,
    "",
    `- 3W p95 in the mix ÷ alone: ${fmt(m.p95Ratio, 2)}× — ${mark(m.p95Ratio === null ? null : m.p95Ratio <= 2)}; errors in the mix: ${int(m.mix.errors + m.planners.errors)}.`,
    `- The download in the mix: ${d.ok ? `${int(d.rows)} rows in ${fmt(d.ms / 1000)} s (${fmt(d.rowsPerSecond, 0)} rows/s), API RSS ≤ ${fmt(d.rssMaxMb, 0)} MB` : `**failed** after ${fmt(d.ms / 1000)} s, ${int(d.rows)} rows: ${d.status ?? ""} ${d.error ?? ""}`}.`,
    ...misnamedBudget([...m.mix.errorSamples, ...m.planners.errorSamples, d.error ?? ""]),
  ];
}

function writesSection(run: BenchRun): string[] {
  const w = run.writes;
  if (!w) return [];
  const cell = (x: { ok: number; errors: number; p50Ms: number | null; p95Ms: number | null; errorSamples: string[] }): string =>
    `${int(x.ok)} | ${int(x.errors)}${x.errorSamples.length ? ` (${x.errorSamples.join("; ").replace(/\|/g, "\\|")})` : ""} | ${fmt(x.p50Ms, 0)} | ${fmt(x.p95Ms, 0)}`;
  const c = w.writer;
  return [
    "",
    "## Reads with writes going on",
    "",
    `${w.readers} clients ask the 3W page, its facets and the summary (Q1, Q13, Q7 in turn) alone for ${fmt(w.solo.seconds, 0)} s; then the same ${w.readers} for ${fmt(w.withWrites.seconds, 0)} s ` +
      "while one curator (bearer token) creates a draft from a short article, publishes it accepting every proposal and removes the source, over and over, " +
      "through the API's one write path (bench/bench.writes.ts). Issue 20: reads stay as fast as without writes.",
    "",
    "| readers | answered | errors | p50 ms | p95 ms |",
    "|---|---:|---:|---:|---:|",
    `| ${w.readers}, alone | ${cell(w.solo)} |`,
    `| ${w.readers}, with writes | ${cell(w.withWrites)} |`,
    "",
    `- Readers' p95 with writes ÷ alone: ${fmt(w.p95Ratio, 2)}×.`,
    `- The curator: ${int(c.cycles)} create → publish → remove cycles, ${int(c.errors)} errors${c.errorSamples.length ? ` (${c.errorSamples.join("; ").replace(/\|/g, "\\|")})` : ""}; ` +
      `createDraft p50 ${fmt(c.createP50Ms, 0)} ms, publishDraft p50 ${fmt(c.publishP50Ms, 0)} ms (p95 ${fmt(c.publishP95Ms, 0)} ms), removeSource p50 ${fmt(c.removeP50Ms, 0)} ms.`,
  ];
}

function growthSection(run: BenchRun, growth: Growth | null): string[] {
  const out = ["", "## Growth", ""];
  if (!growth) {
    const prev = PREVIOUS[run.scale];
    out.push(prev ? `No recorded ${prev} run (bench/results/${prev}-<date>.json) to grow from.` : "S1 is the smallest scale: growth is shown from S2 on.");
    return out;
  }
  out.push(
    `From ${growth.from} (${growth.fromDate}) to ${run.scale}: each question's API median against the rows it returns (the answer's size, as in Answers; 3W: totalCount). ` +
      "Issue 21's target: no question's time grows faster than its rows (an answer of fixed size: its time does not grow).",
    "",
    `| Q | rows ${growth.from} → ${run.scale} | × | API median ms ${growth.from} → ${run.scale} | × | dbHits × | time grows no faster than rows | what stands in the way |`,
    "|---|---:|---:|---:|---:|---:|---|---|",
  );
  for (const g of growth.questions) {
    out.push(
      `| ${g.id} | ${g.rows[0] === null ? "–" : int(g.rows[0])} → ${g.rows[1] === null ? "–" : int(g.rows[1])} | ${fmt(g.rowsGrowth, 1)} | ` +
        `${fmt(g.ms[0], 0)} → ${fmt(g.ms[1], 0)} | ${fmt(g.timeGrowth, 1)} | ${fmt(g.dbHitsGrowth, 1)} | ${g.met === null ? "–" : g.met ? "met" : "**not met**"} | ${g.why ?? "–"} |`,
    );
  }
  return out;
}

/**
 * Writes <scale>-<date>.md, latest.md, latest.json and <scale>-<date>.json (the next scale's
 * growth reads it) under `dir`; returns their paths.
 */
export function writeReports(run: BenchRun, dir: string): string[] {
  const growth = growthFrom(run, dir);
  const md = renderMarkdown(run, growth);
  const json = `${JSON.stringify(toJson(run, growth), null, 2)}\n`;
  const files = [path.join(dir, `${run.scale}-${run.date}.md`), path.join(dir, "latest.md"), path.join(dir, "latest.json"), path.join(dir, `${run.scale}-${run.date}.json`)];
  writeFileSync(files[0], md);
  writeFileSync(files[1], md);
  writeFileSync(files[2], json);
  writeFileSync(files[3], json);
  return files;
}
