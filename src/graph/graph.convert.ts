import neo4j from "neo4j-driver";

/**
 * Turns driver values into plain JSON-friendly values: temporal types become ISO strings
 * (a Date becomes "YYYY-MM-DD"), integers numbers (the driver runs with disableLosslessIntegers),
 * nodes and relationships their properties, and maps/lists are converted deeply.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** A JS number as a Cypher INTEGER: plain numbers are sent as FLOAT, which SKIP/LIMIT reject. */
export function cypherInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
