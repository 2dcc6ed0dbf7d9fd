/**
 * Type guards over values read from YAML or caught as errors, so that the ingest reads unknown
 * data by checking it, never by casting it.
 */
import { KINDS, type KindName } from "../graph/graph.model";

/** The label of a kind of entity of the model table (not Source, Metric, Claim, Entity). */
export type EntityLabel = (typeof KINDS)[KindName]["label"];

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The mappings of a list (anything else in it, or a non-list, gives nothing). */
export const records = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** A field of a mapping, or undefined when the value is not one. */
export const field = (v: unknown, key: string): unknown => (isRecord(v) ? v[key] : undefined);

/** The string values of a string enum (or of any record of strings). */
export const enumValues = (e: Record<string, string>): string[] => Object.values(e);

/** Whether a value is one of a list of strings, narrowing it to their type. */
export const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === "string" && values.some((x) => x === v);

const ENTITY_LABELS: readonly EntityLabel[] = Object.values(KINDS).map((k) => k.label);
export const isEntityLabel = (v: unknown): v is EntityLabel => isOneOf(ENTITY_LABELS, v);

/** An error's message, whatever was thrown. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
