// No imports: the benchmark chunks its hand-written export with this too, without loading the API.

/**
 * Consecutive runs of `organizations` (in their order) holding about `size` rows each by their
 * estimate, at least one organization each: the keyset chunks of an export.
 */
export function organizationChunks(organizations: readonly { id: string; involvements: number }[], size: number): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let rows = 0;
  for (const o of organizations) {
    chunk.push(o.id);
    rows += o.involvements;
    if (rows >= size) {
      chunks.push(chunk);
      chunk = [];
      rows = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}
