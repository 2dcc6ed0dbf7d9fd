import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every environment variable the code and the scripts read is in the README's configuration
 * table, so an operator never has to read the source to find a setting. Collected from src/,
 * scripts/ (TypeScript, shell `${NAME:-…}` defaults, the Neo4j launcher's `env("NAME", …)`),
 * bench/, and the test helpers.
 */

const ROOT = path.resolve(__dirname, "..", "..");

/** Variables set by npm or the shell, never by an operator. */
const NOT_CONFIGURATION = new Set(["INIT_CWD", "BASH_SOURCE"]);

const TS_PATTERNS = [
  /process\.env\.([A-Z][A-Z0-9_]*)/g,
  /\benv\.([A-Z][A-Z0-9_]*)/g,
  /\benv\[["']([A-Z][A-Z0-9_]*)["']\]/g,
  // config.ts's parsers: intFrom(env, "PORT", …), booleanFrom(env, "APQ", …)
  /[a-z]From\(env, "([A-Z][A-Z0-9_]*)"/g,
];
/** `${NAME:-default}` / `${NAME:=default}`: a variable the script lets its caller set. */
const SHELL_PATTERN = /\$\{([A-Z][A-Z0-9_]*):?[-=]/g;
/** The launcher's `env("NAME", fallback)` and any direct `System.getenv("NAME")`. */
const JAVA_PATTERN = /(?:\benv|System\.getenv)\("([A-Z][A-Z0-9_]*)"/g;

function filesUnder(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "target" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, extensions));
    else if (extensions.some((ext) => name.endsWith(ext))) out.push(full);
  }
  return out;
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]);
}

/** Variable → the files that read it. */
function variablesRead(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (names: string[], file: string): void => {
    for (const name of names) {
      if (NOT_CONFIGURATION.has(name)) continue;
      found.set(name, [...(found.get(name) ?? []), path.relative(ROOT, file)]);
    }
  };
  for (const dir of ["src", "scripts", "bench", path.join("test", "helpers")]) {
    for (const file of filesUnder(path.join(ROOT, dir), [".ts"]))
      add(
        TS_PATTERNS.flatMap((p) => matches(readFileSync(file, "utf8"), p)),
        file,
      );
  }
  add(
    TS_PATTERNS.flatMap((p) => matches(readFileSync(path.join(ROOT, "test", "integration", "global-setup.ts"), "utf8"), p)),
    path.join(ROOT, "test", "integration", "global-setup.ts"),
  );
  for (const file of filesUnder(path.join(ROOT, "scripts"), [".sh"])) add(matches(readFileSync(file, "utf8"), SHELL_PATTERN), file);
  for (const file of filesUnder(path.join(ROOT, "scripts", "neo4j-launcher", "src"), [".java"])) add(matches(readFileSync(file, "utf8"), JAVA_PATTERN), file);
  return found;
}

/** The variables named (in backticks) in the first column of the README's configuration table. */
function documentedVariables(): Set<string> {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = /^## Configuration\n([\s\S]*?)^## /m.exec(readme)?.[1];
  if (!section) throw new Error("README.md has no ## Configuration section");
  const names = new Set<string>();
  for (const line of section.split("\n")) {
    const firstCell = /^\|([^|]*)\|/.exec(line)?.[1];
    if (firstCell) for (const name of matches(firstCell, /`([A-Z][A-Z0-9_]*)`/g)) names.add(name);
  }
  return names;
}

describe("the README's configuration table", () => {
  it("finds the variables the code reads (the collector works)", () => {
    const read = variablesRead();
    for (const name of ["NEO4J_URI", "PORT", "REQUEST_TIMEOUT_MS", "BASE_PATH", "TRUST_PROXY", "APQ", "SEED_DIR", "SEED_ON_START", "NEO4J_PAGECACHE_MB", "BENCH_NEO4J_PORT"]) {
      expect({ name, read: read.has(name) }).toEqual({ name, read: true });
    }
  });

  it("lists every variable the code and the scripts read", () => {
    const documented = documentedVariables();
    const missing = [...variablesRead()].filter(([name]) => !documented.has(name)).map(([name, files]) => `${name} (read in ${[...new Set(files)].join(", ")})`);
    expect(missing).toEqual([]);
  });
});
