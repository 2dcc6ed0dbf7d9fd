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

const files = sourceFiles(SRC);
/** The benchmark imports src/ (and src/ must never import it back): the import rules cover both. */
const benchFiles = sourceFiles(BENCH);
const text = new Map([...files, ...benchFiles].map((f) => [f, readFileSync(f, "utf8")]));

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

  it("src uses named exports only", () => {
    expect(files.filter((f) => /^export default /m.test(text.get(f)!)).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("Cypher lives in repositories, Cypher builders (*.cypher.ts, snapshot-tested) and the graph module only", () => {
    const allowed = (f: string): boolean => f.endsWith(".repository.ts") || f.endsWith(".cypher.ts") || f.includes(`${path.sep}graph${path.sep}`);
    const offenders = files.filter((f) => !allowed(f) && /\b(MATCH|MERGE|UNWIND|DETACH DELETE)\s*\(/.test(text.get(f)!));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("only the graph executor opens sessions", () => {
    const sessions = files.filter((f) => /\.session\(/.test(text.get(f)!)).map((f) => path.relative(SRC, f));
    expect(sessions).toEqual([path.join("graph", "graph.executor.ts")]);
  });

  it("rows are shaped like their GraphQL types, never forced with `as unknown as`", () => {
    expect(files.filter((f) => /as unknown as/.test(text.get(f)!)).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("the composition root is the only module that wires repositories", () => {
    const wiring = files.filter((f) => /new \w+Repository\(/.test(text.get(f)!)).map((f) => path.relative(SRC, f));
    expect(wiring).toEqual(["composition.ts"]);
  });

  it("DataLoaders are created per request, never at module level", () => {
    const moduleLevel = files.filter((f) => /^(export )?const \w+ = new DataLoader/m.test(text.get(f)!));
    expect(moduleLevel).toEqual([]);
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
