import neo4j from "neo4j-driver";

const isTemporal = (value: object): boolean =>
  neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value);

/** A map the driver decoded (any object left once lists, integers, temporals, nodes and relationships are handled). */
const isMap = (value: object): value is Record<string, unknown> => !Array.isArray(value);

/**
 * Turns driver values into plain JSON-friendly values: temporal types become ISO strings
 * (a Date becomes "YYYY-MM-DD"), integers numbers (the driver runs with disableLosslessIntegers),
 * nodes and relationships their properties, and maps/lists are converted deeply.
 *
 * Lists and maps are converted in place: the driver decodes fresh ones for every record, and a
 * large answer (thousands of nodes) would otherwise be copied once more only to be collected.
 * Primitives return at once, before any of the driver's type checks.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (isTemporal(value)) return String(value);
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) return toPlain(value.properties);
  if (!isMap(value)) return value;
  for (const key of Object.keys(value)) value[key] = toPlain(value[key]);
  return value;
}

/** A JS number as a Cypher INTEGER: plain numbers are sent as FLOAT, which SKIP/LIMIT reject. */
export function cypherInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
