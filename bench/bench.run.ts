/**
 * What one benchmark run measured: its options, machine, noise and per question the attempts of
 * each way, the API's statements profiled and the throughput. The harness fills it, the report
 * renders it, bench/results/latest.json stores it.
 */
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
  /** Row keys of the answer's page (3W questions), to compare the API's and the Cypher's. */
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
  throughput: Partial<Record<Way, Throughput>>;
}

export interface BenchOptions {
  reps: number;
  minReps: number;
  /** Seconds of the timed phase one question may take; past it (after minReps) it stops repeating. */
  budgetSeconds: number;
  durationSeconds: number;
  clients: number;
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
}
