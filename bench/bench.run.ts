/**
 * What one benchmark run measured: its options, machine, noise and per question the attempts of
 * each way, the API's statements profiled and the throughput. The harness fills it, the report
 * renders it, bench/results/latest.json stores it.
 */
import type { KeyComparison } from "./bench.compare";
import type { DataManifest } from "./bench.database";
import type { Question } from "./bench.questions";
import type { Scale } from "./data.generator";

export type Way = "api" | "cypher" | "neo4jGraphql";

export interface Attempt {
  ms: number;
  ok: boolean;
  size?: number;
  /** Bytes of the answer's JSON, as the client read it (after decompression). */
  bytes?: number;
  /** The answer's keys (the question's `page`), to compare the three ways' answers. */
  page?: string[];
  error?: string;
}

export interface ProfiledStatement {
  name: string;
  cypher: string;
  /** Median of plain runs (no PROFILE), milliseconds. */
  medianMs: number | null;
  dbHits: number;
  rows: number;
  memoryBytes: number | null;
  /** The operators with the most dbHits: operator, dbHits, rows, Details (the clause). */
  top: { operator: string; dbHits: number; rows: number; details: string }[];
  error?: string;
}

export interface Throughput {
  rps: number;
  ok: number;
  errors: number;
  errorSamples: string[];
  p50Ms: number | null;
  p95Ms: number | null;
  /** The server process's RSS, MB: before the load and its maximum under it. */
  rssBeforeMb: number | null;
  rssMaxMb: number | null;
  neo4jRssMaxMb: number | null;
}

export interface QuestionResult {
  question: Question;
  attempts: Record<Way, (Attempt | null)[]>;
  statements: ProfiledStatement[] | null;
  /** The hand-written statement, PROFILEd the same way. */
  cypherProfile?: ProfiledStatement | null;
  throughput: Partial<Record<Way, Throughput>>;
  /** One API request at the API's default limits (MAX_QUERY_COST etc.): answered, or refused and why. The timed API runs with the bench's own cost limit. */
  defaultLimits?: { ok: boolean; error?: string } | null;
}

/** The whole-country CSV export: the API's download, the hand-written statement streaming the same rows, and the API's statements. */
export interface ExportRun {
  api: Omit<Download, "keys">;
  cypher: Omit<CypherStream, "keys">;
  /** The rows' keys (organization|role|activity|model|place) of the download against the statement's, in order. */
  same: KeyComparison | null;
  /** How many statements the API ran for the download, and the first and last of them PROFILEd. */
  statementCount: number;
  statements: ProfiledStatement[];
}

export interface BenchOptions {
  reps: number;
  minReps: number;
  /** Seconds of the timed phase one question may take; past it (after minReps) it stops repeating. */
  budgetSeconds: number;
  durationSeconds: number;
  clients: number;
  /** Seconds the whole-country export may take before the client gives up on it. */
  exportCapSeconds: number;
  /**
   * MAX_QUERY_COST of the timed API: high, so that the questions are timed even where the default
   * limit (50,000) refuses them at this scale; each question is also asked once at the defaults.
   */
  maxQueryCost?: number;
  /** Warm-up rounds before timing (3 unless --warmups). */
  warmups?: number;
}

export interface BenchRun {
  scale: Scale;
  date: string;
  startedAt: string;
  finishedAt: string;
  manifest: DataManifest;
  options: BenchOptions;
  machine: Record<string, unknown>;
  noise: { loadBefore: number[]; loadAfter: number[]; loadMax1m: number; otherNeo4j: number };
  results: QuestionResult[];
  exportRun?: ExportRun | null;
  mix?: MixResult | null;
  /** Reads with writes going on (bench.writes.ts). */
  writes?: WritesResult | null;
  /** Phases that threw (the run went on without them); absent in runs before it was kept. */
  failures?: PhaseFailure[];
}

/** A phase of the run that failed: which, and its error's message. */
export interface PhaseFailure {
  phase: string;
  error: string;
}

// The export and the mix (bench.export.ts measures them).

export interface RssSample {
  atMs: number;
  rows: number;
  rssMb: number;
}

export interface Download {
  ok: boolean;
  status: number | null;
  ms: number;
  rows: number;
  bytes: number;
  rowsPerSecond: number | null;
  /** Time to the first byte of the body. */
  firstByteMs: number | null;
  error?: string;
  /** The API process's RSS while it streamed (MB): before, highest, and sampled against the rows received. */
  rssBeforeMb: number | null;
  rssMaxMb: number | null;
  samples: RssSample[];
  keys?: string[];
}

export interface CypherStream {
  ok: boolean;
  ms: number;
  rows: number;
  rowsPerSecond: number | null;
  firstRowMs: number | null;
  error?: string;
  keys?: string[];
}

export interface ClientsResult {
  ok: number;
  errors: number;
  errorSamples: string[];
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface MixResult {
  threeWClients: number;
  /** The 3W clients alone, then in the mix. */
  solo: ClientsResult & { seconds: number };
  mix: ClientsResult & { seconds: number };
  planners: ClientsResult;
  download: Omit<Download, "keys">;
  /** mix p95 ÷ solo p95 of the 3W pages (issue 21: at most 2). */
  p95Ratio: number | null;
}

// Reads with writes going on (bench.writes.ts measures them).

export interface WriterResult {
  /** Whole create → publish → remove cycles that succeeded. */
  cycles: number;
  errors: number;
  errorSamples: string[];
  createP50Ms: number | null;
  publishP50Ms: number | null;
  publishP95Ms: number | null;
  removeP50Ms: number | null;
}

export interface WritesResult {
  readers: number;
  solo: ClientsResult & { seconds: number };
  withWrites: ClientsResult & { seconds: number };
  writer: WriterResult;
  /** Readers' p95 with writes ÷ alone. */
  p95Ratio: number | null;
}
