/** Whether two ways gave the same answer: their keys (ids, or ids with values) compared as a question's `match` says. */
import type { Match } from "./bench.questions";

export interface KeyComparison {
  match: Match;
  same: boolean;
  /** Keys of the API's answer the other lacks, and keys the other has that the API's lacks (counted as multisets). */
  missing: number;
  extra: number;
  /** One line: "same, same order", "same keys, order differs", "differ: …" with an example of each side. */
  note: string;
}

function counts(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Keys of `a` not in `b`, as a multiset difference. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = counts(b);
  const out: string[] = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

const example = (keys: string[]): string => (keys.length ? ` (e.g. \`${keys[0].slice(0, 80)}\`)` : "");

/** Compares `other`'s keys with the API's (`api`). */
export function compareKeys(api: readonly string[], other: readonly string[], match: Match): KeyComparison {
  const missing = minus(api, other);
  const extra = minus(other, api);
  if (match === "subset") {
    const same = missing.length === 0;
    return {
      match,
      same,
      missing: missing.length,
      extra: extra.length,
      note: same ? `all ${api.length} of the API's among its ${other.length}` : `${missing.length} of the API's ${api.length} not among its ${other.length}${example(missing)}`,
    };
  }
  const sameSet = missing.length === 0 && extra.length === 0;
  if (match === "ordered" && sameSet) {
    const inOrder = api.every((k, i) => k === other[i]);
    return { match, same: inOrder, missing: 0, extra: 0, note: inOrder ? `same ${api.length}, same order` : `same ${api.length} keys, order differs (ties?)` };
  }
  if (sameSet) return { match, same: true, missing: 0, extra: 0, note: `same ${api.length}` };
  return {
    match,
    same: false,
    missing: missing.length,
    extra: extra.length,
    note: `differ: ${missing.length} of the API's ${api.length} missing${example(missing)}, ${extra.length} extra${example(extra)}`,
  };
}
