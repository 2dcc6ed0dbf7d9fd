import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith(".ts") ? [full] : [];
  });
}

const files = sourceFiles(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

/** Relative imports of a file, resolved to files (type-only imports included: a cycle is a cycle). */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)) {
    const target = path.resolve(path.dirname(file), m[1]);
    out.push(text.has(`${target}.ts`) ? `${target}.ts` : path.join(target, "index.ts"));
  }
  return out;
}

describe("code layout rules", () => {
  it("src has no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const next of importsOf(file)) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(files.flatMap(importsOf).length).toBeGreaterThan(100); // the walk really saw the imports
    expect(cycles).toEqual([]);
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
});
