/**
 * Unconfirmed drafts in a seed file. `npm run ingest` marks every proposal with `draft: "<why>"`
 * (on entities, their metrics and claims, and relationships); a curator confirms one by deleting
 * its `draft` line. A file that still holds one must not be loaded.
 *
 * Contract: pure, total (any parsed YAML in, never throws), one human-readable line per draft,
 * in file order, e.g. `entities[3] (org:foo): draft — new: pattern "Hợp tác xã"`. An empty list
 * means nothing is left to confirm.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const reasonOf = (v: unknown): string => {
  if (typeof v === "string") return v.trim() ? v.replace(/\s+/g, " ").trim() : "(no reason given)";
  if (v === null || v === undefined || v === true) return "(no reason given)";
  return String(v);
};

/** The drafts left in a parsed seed file, one line each (see the module comment). */
export function unconfirmedDrafts(data: unknown): string[] {
  if (!isObject(data)) return [];
  const out: string[] = [];
  if (isObject(data.source) && "draft" in data.source) out.push(`source: draft — ${reasonOf(data.source.draft)}`);
  const entities = Array.isArray(data.entities) ? data.entities : [];
  entities.forEach((e, i) => {
    if (!isObject(e)) return;
    const where = `entities[${i}]${typeof e.id === "string" ? ` (${e.id})` : ""}`;
    if ("draft" in e) out.push(`${where}: draft — ${reasonOf(e.draft)}`);
    for (const list of ["metrics", "claims"] as const) {
      const value = e[list];
      const items: unknown[] = Array.isArray(value) ? value : [];
      items.forEach((m, j) => {
        if (isObject(m) && "draft" in m) out.push(`${where}.${list}[${j}]${typeof m.key === "string" ? ` (${m.key})` : ""}: draft — ${reasonOf(m.draft)}`);
      });
    }
  });
  const relationships = Array.isArray(data.relationships) ? data.relationships : [];
  relationships.forEach((r, i) => {
    if (!isObject(r) || !("draft" in r)) return;
    const role = typeof r.role === "string" ? ` ${r.role}` : "";
    out.push(`relationships[${i}] (${String(r.from)} -${String(r.type)}${role}-> ${String(r.to)}): draft — ${reasonOf(r.draft)}`);
  });
  return out;
}

/** A copy of a parsed seed file with every `draft` line deleted: what a curator who confirms all of it gets. */
export function confirmAll<T>(data: T): T;
export function confirmAll(data: unknown): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!isObject(v)) return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== "draft")
        .map(([k, x]) => [k, strip(x)]),
    );
  };
  return strip(data);
}
