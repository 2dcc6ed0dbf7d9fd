import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isRecord } from "../common/guards";
import type { WhoWhatWhereQuery } from "../who-what-where/who-what-where.module";

/** The libraries whose output is part of a download's bytes (and the driver that reads the rows). */
const OUTPUT_LIBRARIES = ["exceljs", "archiver", "neo4j-driver"];

/** Every .ts and .js file under `dir`, sorted, so that the hash does not depend on readdir order. */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(full);
  }
  return files.sort();
}

/** The `version` of a package.json (undefined when it has none); throws when the file cannot be read or parsed. */
export function packageVersion(file: string): string | undefined {
  const manifest: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  return isRecord(manifest) && typeof manifest.version === "string" ? manifest.version : undefined;
}

let fingerprint: string | undefined;

/**
 * What decides a download's bytes besides the graph: this server's own code (every source file
 * under src/, or dist/src/ when built), the versions of the libraries that write the formats and
 * of Node (its zlib deflates the XLSX). Read once per process. Two servers running the same code
 * agree on it, so their ETags agree; any change to that code changes every ETag.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256");
  hash.update(`node ${process.version} zlib ${process.versions.zlib}\n`);
  for (const name of OUTPUT_LIBRARIES) {
    let version = "?";
    try {
      version = packageVersion(require.resolve(`${name}/package.json`)) ?? version;
    } catch {
      // Not resolvable from here (exports map without package.json): the source hash still changes with the lock file's code.
    }
    hash.update(`${name} ${version}\n`);
  }
  const root = path.resolve(__dirname, "..");
  try {
    for (const file of sourceFiles(root)) hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
  } catch {
    // The sources cannot be read: this process's ETags are its own (still true, never shared).
    hash.update(randomUUID());
  }
  fingerprint = hash.digest("hex");
  return fingerprint;
}

/**
 * The strong ETag of a download: a hash of what its bytes are a function of — the format, the
 * filter (normalised: the query the URL parsed into, keys and list items sorted, so
 * `roles=A,B`, `roles=B&roles=A` agree), the graph's version (the last transaction committed to it) and the
 * code (codeFingerprint). The writers are deterministic (the row order is total, the XLSX
 * timestamps are fixed), so equal ETags mean byte-identical bodies (uncompressed, as express's
 * ETags are); any write to the graph changes every download's ETag.
 */
export function exportEtag(format: string, q: WhoWhatWhereQuery, graphVersion: string): string {
  const filter = JSON.stringify(
    Object.entries(q)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
  const digest = createHash("sha256").update(`${format}\n${filter}\n${graphVersion}\n${codeFingerprint()}`).digest("base64url");
  return `"${digest.slice(0, 32)}"`;
}
