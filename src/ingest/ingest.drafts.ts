/**
 * Drafts in seed files: `npm run ingest` marks every proposal with `draft: "<why>"`; a curator
 * confirms one by deleting its `draft` line. unconfirmedDrafts (seed/seed.drafts.ts, since the
 * seed loader refuses a file holding one) lists those left; confirmAll confirms them all.
 */
export { unconfirmedDrafts } from "../seed/seed.drafts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

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
