import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const BENCH = path.join(ROOT, "bench");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith(".ts") ? [full] : [];
  });
}

const SCRIPTS = path.join(ROOT, "scripts");

const files = sourceFiles(SRC);
/** The benchmark imports src/ (and src/ must never import it back): the import rules cover both. */
const benchFiles = sourceFiles(BENCH);
/** The scripts (seed, ingest, start…) stand on src/ too: the direction rules and the levels cover them. */
const scriptFiles = sourceFiles(SCRIPTS).filter((f) => !f.includes(`${path.sep}neo4j-launcher${path.sep}`));
const text = new Map([...files, ...benchFiles, ...scriptFiles].map((f) => [f, readFileSync(f, "utf8")]));

/**
 * Relative imports of a file, resolved to files (type-only imports included: a cycle is a cycle):
 * `… from "./x"` (imports and re-exports, on one line or many), `import "./x"` and `import("./x")`.
 * Targets that are not TypeScript sources of src/ or bench/ (JSON, say) are left out.
 */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/(?:from\s+|import\s*\(?\s*)"(\.{1,2}\/[^"]+)"/g)) {
    const target = path.resolve(path.dirname(file), m[1]);
    const resolved = text.has(`${target}.ts`) ? `${target}.ts` : path.join(target, "index.ts");
    if (text.has(resolved)) out.push(resolved);
  }
  return out;
}

/**
 * Every cycle of a directed graph, each once, as the nodes along it with the first repeated at
 * the end (a → b → a). A depth-first walk: an edge back to a node still on the walk closes a cycle.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (node: string, trail: string[]): void => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "visiting") {
      cycles.push([...trail.slice(trail.indexOf(node)), node]);
      return;
    }
    state.set(node, "visiting");
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of graph.keys()) visit(node, []);
  return cycles;
}

/** One import of a file: from and to as paths relative to the repository root, and what it imports. */
interface ImportEdge {
  from: string;
  to: string;
  /** `import type { … }`, or every name marked `type`: nothing of the target runs. */
  typeOnly: boolean;
  /** The names imported (without `type`); empty for `import "./x"`, `import("./x")` and `* as`. */
  names: string[];
}

/** Every relative import and re-export of a file, resolved to files of the measured trees, with its names. */
function importEdgesOf(file: string): ImportEdge[] {
  const out: ImportEdge[] = [];
  const source = text.get(file)!;
  const resolve = (spec: string): string | undefined => {
    const target = path.resolve(path.dirname(file), spec);
    const resolved = text.has(`${target}.ts`) ? `${target}.ts` : path.join(target, "index.ts");
    return text.has(resolved) ? path.relative(ROOT, resolved) : undefined;
  };
  const from = path.relative(ROOT, file);
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+"(\.{1,2}\/[^"]+)"/gm)) {
    const to = resolve(m[3]);
    if (!to) continue;
    const braces = /\{([^}]*)\}/.exec(m[2]);
    const specifiers = braces
      ? braces[1]
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean)
      : [];
    const values = specifiers.filter((n) => !n.startsWith("type "));
    const typeOnly = !!m[1] || (braces !== null && values.length === 0 && !/^\w+\s*,/.test(m[2]));
    out.push({ from, to, typeOnly, names: values.map((n) => n.split(/\s+as\s+/)[0]) });
  }
  for (const m of source.matchAll(/(?:^import\s*|import\s*\(\s*)"(\.{1,2}\/[^"]+)"/gm)) {
    const to = resolve(m[1]);
    if (to) out.push({ from, to, typeOnly: false, names: [] });
  }
  return out;
}

/** The room a file stands in when the levels are counted: a folder of src/ is one room, as are bench/ and scripts/; a file at the top of src/ is its own. */
function roomOf(rel: string): string {
  const parts = rel.split(/[\\/]/);
  if (parts[0] !== "src") return `${parts[0]}/`;
  return parts.length > 2 ? `src/${parts[1]}/` : rel.split(path.sep).join("/");
}

/** The capability a file belongs to: the folder of src/ it is in, when that folder has a `*.module.ts`. */
const capabilityOf = (rel: string, capabilities: ReadonlySet<string>): string | undefined => {
  const room = roomOf(rel);
  return capabilities.has(room) ? room : undefined;
};

/** How edges read in a failure: `from → to`. */
const shown = (e: ImportEdge): string => `${e.from} → ${e.to}`;

/** Imports from server/ into a capability: the server receives resolvers and routes as values, it never imports them. */
function serverImportsOfCapabilities(edges: readonly ImportEdge[], capabilities: ReadonlySet<string>): string[] {
  return edges.filter((e) => roomOf(e.from) === "src/server/" && capabilityOf(e.to, capabilities)).map(shown);
}

/** Imports of context.type.ts into a capability: it defines the base context only. */
function contextTypeImportsOfCapabilities(edges: readonly ImportEdge[], capabilities: ReadonlySet<string>): string[] {
  return edges.filter((e) => e.from === "src/context.type.ts" && capabilityOf(e.to, capabilities)).map(shown);
}

/**
 * Imports from one capability into another that do not go through the other's module file as
 * types only; `shared` names, per `from room → to room`, the values a module shares on purpose.
 */
function crossCapabilityImports(edges: readonly ImportEdge[], capabilities: ReadonlySet<string>, shared: Readonly<Record<string, readonly string[]>> = {}): string[] {
  return edges
    .filter((e) => {
      const [a, b] = [capabilityOf(e.from, capabilities), capabilityOf(e.to, capabilities)];
      if (!a || !b || a === b) return false;
      if (!e.to.endsWith(".module.ts")) return true;
      return !e.typeOnly && !e.names.every((n) => (shared[`${a} → ${b}`] ?? []).includes(n));
    })
    .map(shown);
}

/** Files importing the composition root other than main.ts and the scripts: it is the top of the house, below only those. */
function compositionImporters(edges: readonly ImportEdge[]): string[] {
  return edges.filter((e) => e.to === "src/composition.ts" && e.from !== "src/main.ts" && roomOf(e.from) !== "scripts/").map(shown);
}

/** The imports between rooms (roomOf), each pair once. */
function roomGraph(edges: readonly ImportEdge[]): Map<string, string[]> {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const [a, b] = [roomOf(e.from), roomOf(e.to)];
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  return new Map([...graph].map(([room, targets]) => [room, [...targets].sort()]));
}

/**
 * The level (floor) of each room of an acyclic graph: 1 for a room importing nothing, else 1 +
 * the highest level of what it imports. With no cycle between rooms, every import runs down.
 */
function levelsOf(graph: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const levels = new Map<string, number>();
  const level = (room: string): number => {
    const known = levels.get(room);
    if (known !== undefined) return known;
    const value = 1 + Math.max(0, ...(graph.get(room) ?? []).map(level));
    levels.set(room, value);
    return value;
  };
  for (const room of graph.keys()) level(room);
  return levels;
}

/** Every import of src/, bench/ and scripts/. */
const allEdges = [...files, ...benchFiles, ...scriptFiles].flatMap(importEdgesOf);
/** The capability folders: those of src/ holding a module. */
const CAPABILITIES = new Set(files.filter((f) => f.endsWith(".module.ts")).map((f) => roomOf(path.relative(ROOT, f))));
/** The most levels the house may have: common+config → graph → types → capabilities → capabilities using another → composition → main and scripts. */
const MAX_LEVELS = 7;
/** Values a capability's module shares with another on purpose (everything else crosses as types). */
const SHARED_VALUES: Record<string, readonly string[]> = {
  "src/export/ → src/who-what-where/": ["toWhoWhatWhereQuery", "WhoWhatWhereFilter"],
  // Curation acts for whoever accounts says is signed in, with the roles accounts grants.
  "src/curation/ → src/accounts/": ["authOf", "roleAtLeast", "UserRole"],
  // Curation's preview reads the 3W rows a source would add, with the 3W's own statement; its
  // publish and removal keep the 3W summary's aggregates (issue #21).
  "src/curation/ → src/who-what-where/": ["rowPlace", "whoWhatWhereMatch", "keepSummaries"],
};

describe("code layout rules", () => {
  it("the cycle finder finds a cycle, a self-import, and none in a graph without", () => {
    const graph = (edges: Record<string, string[]>): Map<string, string[]> => new Map(Object.entries(edges));
    expect(findCycles(graph({ a: ["b"], b: ["c"], c: ["a"], d: ["a"] }))).toEqual([["a", "b", "c", "a"]]);
    expect(findCycles(graph({ a: ["a"] }))).toEqual([["a", "a"]]);
    expect(findCycles(graph({ a: ["b", "c"], b: ["c"], c: [], d: ["a", "c"] }))).toEqual([]);
    // Two separate cycles are both reported.
    expect(findCycles(graph({ a: ["b"], b: ["a"], c: ["d"], d: ["c"] }))).toHaveLength(2);
  });

  it("src has no import cycles", () => {
    const cycles = findCycles(new Map(files.map((f) => [f, importsOf(f)]))).map((cycle) => cycle.map((f) => path.relative(SRC, f)).join(" → "));
    expect(files.flatMap(importsOf).length).toBeGreaterThan(100); // the walk really saw the imports
    expect(cycles).toEqual([]);
  });

  it("src and bench have no import cycles between or within them, and src never imports bench", () => {
    const all = [...files, ...benchFiles];
    const imports = new Map(all.map((f) => [f, importsOf(f)]));
    expect(benchFiles.flatMap((f) => imports.get(f)!).filter((f) => f.startsWith(SRC + path.sep)).length).toBeGreaterThan(10); // bench's imports of src/ were seen
    expect(benchFiles.flatMap((f) => imports.get(f)!).filter((f) => f.startsWith(BENCH + path.sep)).length).toBeGreaterThan(5); // and its own
    expect(findCycles(imports).map((cycle) => cycle.map((f) => path.relative(ROOT, f)).join(" → "))).toEqual([]);
    expect(files.filter((f) => imports.get(f)!.some((t) => t.startsWith(BENCH + path.sep))).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("src writes no regular expression the oldest Node it supports (22.15, package.json engines) cannot compile: no pattern modifiers such as (?-i:…)", () => {
    // V8 compiles regular expressions when a module loads: one such group in a rules file stops the whole API on Node 22.
    const modifier = /\(\?[a-z]*-?[a-z]+:/;
    expect(modifier.test("(?-i:\\p{Lu})")).toBe(true);
    expect(modifier.test("(?:a|b)(?<name>x)(?=y)")).toBe(false);
    expect(files.filter((f) => modifier.test(text.get(f)!.replace(/^\s*(?:\/\/|\*).*$/gm, ""))).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("src uses named exports only", () => {
    expect(files.filter((f) => /^export default /m.test(text.get(f)!)).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("Cypher lives in repositories, Cypher builders (*.cypher.ts, snapshot-tested) and the graph module only", () => {
    const allowed = (f: string): boolean => f.endsWith(".repository.ts") || f.endsWith(".cypher.ts") || f.includes(`${path.sep}graph${path.sep}`);
    const offenders = files.filter((f) => !allowed(f) && /\b(MATCH|MERGE|UNWIND|DETACH DELETE)\s*\(/.test(text.get(f)!));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("driver errors are mapped at the executor, once; the error formatter keeps only a last-resort net", () => {
    const mapping = files.filter((f) => /mapNeo4jError\(/.test(text.get(f)!)).map((f) => path.relative(SRC, f));
    expect(mapping.sort()).toEqual([path.join("graph", "graph.errors.ts"), path.join("graph", "graph.executor.ts"), path.join("server", "server.ts")]);
  });

  it("only the graph executor opens sessions", () => {
    const sessions = files.filter((f) => /\.session\(/.test(text.get(f)!)).map((f) => path.relative(SRC, f));
    expect(sessions).toEqual([path.join("graph", "graph.executor.ts")]);
  });

  it("rows are shaped like their GraphQL types, never forced with `as unknown as`", () => {
    expect(files.filter((f) => /as unknown as/.test(text.get(f)!)).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("repositories are wired only by the capability modules the composition root lists, each module its own folder's", () => {
    const wiring = files.filter((f) => /new \w+Repository\(/.test(text.get(f)!));
    expect(wiring.length).toBeGreaterThanOrEqual(6);
    expect(wiring.filter((f) => !f.endsWith(".module.ts")).map((f) => path.relative(SRC, f))).toEqual([]);
    // A module builds only the repositories of its own folder (imported from "./…").
    const foreign = wiring.flatMap((f) =>
      [...text.get(f)!.matchAll(/new (\w+Repository)\(/g)]
        .filter(([, name]) => !new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from "\\./`).test(text.get(f)!))
        .map(([, name]) => `${path.relative(SRC, f)}: ${name}`),
    );
    expect(foreign).toEqual([]);
    // And the composition root lists every module.
    const composition = text.get(path.join(SRC, "composition.ts"))!;
    expect(wiring.map((f) => path.basename(f, ".ts")).filter((m) => !composition.includes(`/${m}"`))).toEqual([]);
  });

  it("DataLoaders are created per request, never at module level", () => {
    const moduleLevel = files.filter((f) => /^(export )?const \w+ = new DataLoader/m.test(text.get(f)!));
    expect(moduleLevel).toEqual([]);
  });
  it("the import-direction rules find what they forbid, and pass what they allow", () => {
    const edge = (from: string, to: string, typeOnly = true, names: string[] = []): ImportEdge => ({ from, to, typeOnly, names });
    const caps = new Set(["src/a/", "src/b/"]);
    expect(roomOf(path.join("src", "a", "x.ts"))).toBe("src/a/");
    expect(roomOf(path.join("src", "main.ts"))).toBe("src/main.ts");
    expect(roomOf(path.join("scripts", "seed.ts"))).toBe("scripts/");
    expect(serverImportsOfCapabilities([edge("src/server/s.ts", "src/a/a.module.ts"), edge("src/server/s.ts", "src/graph/g.ts")], caps)).toEqual([
      "src/server/s.ts → src/a/a.module.ts",
    ]);
    expect(contextTypeImportsOfCapabilities([edge("src/context.type.ts", "src/b/b.loaders.ts"), edge("src/context.type.ts", "src/config.ts")], caps)).toEqual([
      "src/context.type.ts → src/b/b.loaders.ts",
    ]);
    expect(
      crossCapabilityImports(
        [
          edge("src/a/x.ts", "src/b/b.module.ts"), // types through the module: allowed
          edge("src/a/x.ts", "src/b/b.repository.ts"), // past the module
          edge("src/a/x.ts", "src/b/b.module.ts", false, ["run"]), // a value
          edge("src/a/y.ts", "src/b/b.module.ts", false, ["check"]), // a value shared on purpose
          edge("src/a/x.ts", "src/a/a.service.ts", false, ["own"]), // its own folder
        ],
        caps,
        { "src/a/ → src/b/": ["check"] },
      ),
    ).toEqual(["src/a/x.ts → src/b/b.repository.ts", "src/a/x.ts → src/b/b.module.ts"]);
    expect(compositionImporters([edge("src/main.ts", "src/composition.ts"), edge("scripts/x.ts", "src/composition.ts"), edge("src/server/s.ts", "src/composition.ts")])).toEqual([
      "src/server/s.ts → src/composition.ts",
    ]);
    // Levels: a chain of three, and a room importing both ends of it.
    const rooms = roomGraph([edge("src/a/x.ts", "src/b/y.ts"), edge("src/b/y.ts", "src/common/c.ts"), edge("scripts/s.ts", "src/a/x.ts"), edge("scripts/s.ts", "src/common/c.ts")]);
    expect(Object.fromEntries(levelsOf(rooms))).toEqual({ "scripts/": 4, "src/a/": 3, "src/b/": 2, "src/common/": 1 });
    expect(findCycles(roomGraph([edge("src/a/x.ts", "src/b/y.ts"), edge("src/b/z.ts", "src/a/w.ts")]))).toEqual([["src/a/", "src/b/", "src/a/"]]);
  });

  it("reads type-only imports apart from imports of values", () => {
    const parsed = (source: string): ImportEdge[] => {
      const file = path.join(SRC, "a", "probe.ts");
      text.set(file, source);
      try {
        return importEdgesOf(file);
      } finally {
        text.delete(file);
      }
    };
    const [t1, t2, v1, v2] = parsed(
      ['import type { A } from "../config";', 'import { type B, type C } from "../config";', 'import { D, type E } from "../config";', 'export { F as G } from "../config";'].join(
        "\n",
      ),
    );
    expect([t1.typeOnly, t2.typeOnly, v1.typeOnly, v2.typeOnly]).toEqual([true, true, false, false]);
    expect([v1.names, v2.names]).toEqual([["D"], ["F"]]);
  });

  it("server/ imports no capability: it receives the schema, the context and the routes from composition.ts", () => {
    expect(CAPABILITIES.size).toBeGreaterThanOrEqual(7); // the modules were found
    expect(serverImportsOfCapabilities(allEdges, CAPABILITIES)).toEqual([]);
  });

  it("context.type.ts imports no capability: the request context is derived from the modules' slices in composition.ts", () => {
    expect(allEdges.some((e) => e.from === "src/context.type.ts")).toBe(true); // its imports were seen
    expect(contextTypeImportsOfCapabilities(allEdges, CAPABILITIES)).toEqual([]);
  });

  it("a capability imports another only through that one's module, as types (its slice), save the values it shares on purpose", () => {
    expect(allEdges.filter((e) => capabilityOf(e.from, CAPABILITIES) && capabilityOf(e.to, CAPABILITIES) && roomOf(e.from) !== roomOf(e.to)).length).toBeGreaterThan(3);
    expect(crossCapabilityImports(allEdges, CAPABILITIES, SHARED_VALUES)).toEqual([]);
  });

  it("only main.ts and the scripts import the composition root", () => {
    expect(allEdges.filter((e) => e.to === "src/composition.ts").length).toBeGreaterThan(1);
    expect(compositionImporters(allEdges)).toEqual([]);
  });

  it(`src, bench and scripts stand on at most ${MAX_LEVELS} levels, every import running down (no cycle between folders)`, () => {
    const rooms = roomGraph(allEdges);
    expect(rooms.size).toBeGreaterThan(15);
    expect(findCycles(rooms).map((cycle) => cycle.join(" → "))).toEqual([]);
    const levels = levelsOf(rooms);
    const over = [...levels].filter(([, level]) => level > MAX_LEVELS).map(([room, level]) => `${room} at level ${level}`);
    expect(over).toEqual([]);
    expect(Math.max(...levels.values())).toBeGreaterThan(4); // the levels were really counted
  });

  it("src has at most 25 `as` casts (`as const` aside), counted over the TypeScript AST", () => {
    const CASTS_AT_MOST = 25;
    const castsOf = (file: string): string[] => {
      const source = ts.createSourceFile(file, text.get(file)!, ts.ScriptTarget.Latest, true);
      const found: string[] = [];
      const visit = (node: ts.Node): void => {
        const isConst = ts.isAsExpression(node) && ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === "const";
        if (ts.isAsExpression(node) && !isConst) found.push(`${path.relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
      return found;
    };
    // The counter sees casts, and not `as const`.
    const probe = path.join(SRC, "probe.ts");
    text.set(probe, "const a = 1 as number; const b = [1] as const; const c = (x as unknown) as string;");
    expect(castsOf(probe)).toHaveLength(3);
    text.delete(probe);

    const casts = files.flatMap(castsOf);
    const byFolder = new Map<string, number>();
    for (const at of casts) byFolder.set(at.split(path.sep)[0], (byFolder.get(at.split(path.sep)[0]) ?? 0) + 1);
    // Over budget, the failure names each folder's count.
    const report = `${casts.length} casts: ${[...byFolder]
      .sort()
      .map(([folder, n]) => `${folder} ${n}`)
      .join(", ")}`;
    expect(casts.length <= CASTS_AT_MOST ? "within budget" : report).toBe("within budget");
  });
});
