import { readFileSync } from "node:fs";
import path from "node:path";
import { type DocumentNode, Kind, parse, print } from "graphql";

/**
 * The workbench sends each of its documents by id (the one client/operations/curate.graphql is
 * generated with) and, to a server that does not know the id, as the text written in
 * curate/src/curation.operations.ts. Both must be the same operation: a drift would make the
 * page read another shape under PERSISTED_DOCUMENTS=only than elsewhere.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const source = readFileSync(path.join(ROOT, "curate", "src", "curation.operations.ts"), "utf8");
const graphqlFile = readFileSync(path.join(ROOT, "client", "operations", "curate.graphql"), "utf8");

/** The field lists the operations interpolate (`const USER = "…"`), expanded. */
function constants(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/const ([A-Z_]+) = (["`])([\s\S]*?)\2;/g)) out.set(m[1], m[3]);
  const expand = (text: string): string => text.replace(/\$\{(\w+)\}/g, (_, name: string) => expand(out.get(name) ?? `\${${name}}`));
  for (const [k, v] of out) out.set(k, expand(v));
  return out;
}

function byName(doc: DocumentNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of doc.definitions) if (def.kind === Kind.OPERATION_DEFINITION && def.name) out.set(def.name.value, print(def));
  return out;
}

describe("the workbench's documents", () => {
  it("are the operations of client/operations/curate.graphql, one for one", () => {
    const fields = constants();
    const written = [...source.matchAll(/`((?:query|mutation) Curate\w+[\s\S]*?)`/g)].map((m) => m[1].replace(/\$\{(\w+)\}/g, (_, name: string) => fields.get(name) ?? ""));
    expect(written.length).toBeGreaterThanOrEqual(14);
    const fromSource = byName(parse(written.join("\n")));
    const fromFile = byName(parse(graphqlFile));
    expect([...fromSource.keys()].sort()).toEqual([...fromFile.keys()].sort());
    for (const [name, text] of fromSource) expect({ name, text }).toEqual({ name, text: fromFile.get(name) });
  });
});
