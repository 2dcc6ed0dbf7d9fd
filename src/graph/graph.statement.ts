import { Qualifier } from "./graph.enums";
import type { Label } from "./graph.model";
import { type NodeRow, type ProvenanceRow, provenanceRow, toNodeOf, toProvenance } from "./graph.node";

export type Params = Record<string, unknown>;
/** A record as the executor hands it to a decoder: its keys, values converted to plain JS (graph.convert.ts). */
export type Row = Record<string, unknown>;

/** Cypher text with its $parameters: a part of a statement (a MATCH its builder's statements share), or a whole one. */
export interface CypherPart {
  readonly cypher: string;
  readonly params: Params;
}

/**
 * One Cypher statement, whole: its text (model constants only, values never), its $parameters,
 * and the decoder that turns each row it returns into `R`. Built by a Cypher builder (*.cypher.ts
 * or a repository) and run by the executor, which returns `R[]`; a row that does not have the
 * shape the statement promises is an internal error (RowShapeError), never a silent cast.
 */
export interface Statement<R> extends CypherPart {
  decode(row: Row): R;
}

/** A statement from its three parts. */
export function statement<R>(cypher: string, params: Params, decode: (row: Row) => R): Statement<R> {
  return { cypher, params, decode };
}

/**
 * A statement whose rows are wanted as they come (writes that return nothing, tests and scripts
 * that look at rows themselves): the decoder checks nothing.
 */
export function plainStatement(cypher: string, params: Params = {}): Statement<Row> {
  return { cypher, params, decode: (row) => row };
}

/** Names a value in a statement being built: records it under `name` and returns `$name` for the text. */
export type Param = (name: string, value: unknown) => string;

/** The $parameters of a statement being built, and the `param` that fills them (values never enter the text). */
export function statementParams(): { params: Params; param: Param } {
  const params: Params = {};
  const param: Param = (name, value) => {
    params[name] = value;
    return `$${name}`;
  };
  return { params, param };
}

/**
 * A row (or a value in it) that is not what its statement's decoder expects: a mismatch between a
 * builder's Cypher and its decoder, or stored data breaking the model. A fault of the server, masked
 * like any other internal error; the message names where in the row and what was found.
 */
export class RowShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    found: unknown,
  ) {
    super(`row value ${path}: expected ${expected}, found ${found === null ? "null" : Array.isArray(found) ? "a list" : typeof found}`);
    this.name = "RowShapeError";
  }
}

/** Decodes one value of a row; `path` names it in errors (`row.page[2].km`). */
export type Decoder<T> = (value: unknown, path: string) => T;

/** The decoded type of a decoder. */
export type Decoded<D> = D extends Decoder<infer T> ? T : never;

const absent = (v: unknown): v is null | undefined => v === null || v === undefined;

/** A map (a Cypher map, node or relationship properties). */
export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const string: Decoder<string> = (v, path) => {
  if (typeof v !== "string") throw new RowShapeError(path, "a string", v);
  return v;
};

export const number: Decoder<number> = (v, path) => {
  if (typeof v !== "number") throw new RowShapeError(path, "a number", v);
  return v;
};

export const boolean: Decoder<boolean> = (v, path) => {
  if (typeof v !== "boolean") throw new RowShapeError(path, "a boolean", v);
  return v;
};

/** A map, unchecked inside (relationship properties read by toProvenance, say). */
export const map: Decoder<Record<string, unknown>> = (v, path) => {
  if (!isMap(v)) throw new RowShapeError(path, "a map", v);
  return v;
};

/** Any value, unchecked: for values handed on as they are. */
export const unknownValue: Decoder<unknown> = (v) => v;

/** `d`, or null where the value is null (absent). */
export const nullable =
  <T>(d: Decoder<T>): Decoder<T | null> =>
  (v, path) =>
    absent(v) ? null : d(v, path);

/** `d`, or `fallback` where the value is null (absent). */
export const orElse =
  <T>(d: Decoder<T>, fallback: T): Decoder<T> =>
  (v, path) =>
    absent(v) ? fallback : d(v, path);

export const nullableString = nullable(string);
export const nullableNumber = nullable(number);
/** A flag: null counts as false. */
export const flag = orElse(boolean, false);

/** A text that may be absent or blank (a curator's reason, contract 1): null unless a non-blank string. */
export const reason: Decoder<string | null> = (v, path) => {
  const s = nullableString(v, path);
  return s !== null && s.trim() !== "" ? s : null;
};

/** A list decoded item by item; a null list is empty. */
export const list =
  <T>(d: Decoder<T>): Decoder<T[]> =>
  (v, path) => {
    if (absent(v)) return [];
    if (!Array.isArray(v)) throw new RowShapeError(path, "a list", v);
    return v.map((item, i) => d(item, `${path}[${i}]`));
  };

/** A list of items that may be null, the nulls dropped (what OPTIONAL MATCH collects). */
export const compact =
  <T>(d: Decoder<T>): Decoder<T[]> =>
  (v, path) =>
    list(nullable(d))(v, path).filter((x): x is T => x !== null);

export const stringList = list(string);

/** One of the values of a string enum (graph.enums.ts). */
export const oneOf =
  <E extends string>(values: readonly E[], what = "a known value"): Decoder<E> =>
  (v, path) => {
    const found = values.find((e) => e === v);
    if (found === undefined) throw new RowShapeError(path, what, v);
    return found;
  };

/** The decoders of a map's fields, by name. */
export type Fields<S> = { readonly [K in keyof S]: Decoder<S[K]> };

/** A map with the given fields, each decoded by its own decoder; other keys are dropped. */
export function fields<S extends object>(shape: Fields<S>): Decoder<S> {
  return (v, path) => {
    const m = map(v, path);
    const out: Partial<S> = {};
    for (const k in shape) out[k] = shape[k](m[k], `${path}.${k}`);
    // Every key of S was just decoded by its own decoder.
    return out as S;
  };
}

/** A row decoder from the decoders of its columns. */
export function columns<S extends object>(shape: Fields<S>): (row: Row) => S {
  const decode = fields(shape);
  return (row) => decode(row, "row");
}

/** A node map returned as NODE(v, projection, kinds) (graph.node.ts), shaped by toNodeOf(kinds). */
export const nodeOf = (kinds: readonly Label[] | null = null): Decoder<NodeRow> => {
  const shape = toNodeOf(kinds);
  return (v, path) => shape(map(v, path));
};

/** A node map returned as NODE(v) of an unknown kind. */
export const node = nodeOf(null);
export const nullableNode = nullable(node);
/** A list of node maps, nulls dropped. */
export const nodes = compact(node);

/** The provenance of a relationship's properties (toProvenance): null when absent or without a source. */
export const provenance: Decoder<ProvenanceRow | null> = (v, path) => toProvenance(nullable(map)(v, path));

/** Provenance that is always there (metrics, claims): an empty one if a row lacks it. */
export const provenanceOrEmpty: Decoder<ProvenanceRow> = (v, path) => provenance(v, path) ?? provenanceRow("", "", null, null);

/** The curator's reason of a relationship's properties (contract 1), null when a source states the fact. */
export const inferredReason: Decoder<string | null> = (v, path) => {
  const m = nullable(map)(v, path);
  return m ? reason(m.inferred, `${path}.inferred`) : null;
};

/** A decoder whose result is mapped by `f`. */
export const mapped =
  <T, U>(d: Decoder<T>, f: (t: T) => U): Decoder<U> =>
  (v, path) =>
    f(d(v, path));

/** A number a source states (GraphQL Metric without `values` and `conflict`), with its provenance. */
export interface MetricRow {
  id: string;
  value: number;
  unit: string;
  label: string;
  qualifier: Qualifier;
  provenance: ProvenanceRow;
}

const metricProps = fields({
  id: string,
  value: number,
  unit: orElse(string, ""),
  label: orElse(string, ""),
  qualifier: orElse(oneOf(Object.values(Qualifier), "a Qualifier"), Qualifier.EXACT),
});

/** A metric read as `{metric: properties(m), rel: properties(r)}`: its HAS_METRIC link's provenance (empty if it lacks one). */
export const metricRow: Decoder<MetricRow> = mapped(fields({ metric: metricProps, rel: provenanceOrEmpty }), ({ metric, rel }) => ({ ...metric, provenance: rel }));
