import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { Kind, parse } from "graphql";
import { loadConfig } from "../../src/config";
import { loadPersistedDocuments, PERSISTED_DOCUMENTS_FILE } from "../../src/server/persisted-documents";

const ROOT = path.resolve(__dirname, "..", "..");
const OPERATIONS = path.join(ROOT, "client", "operations");

// Whether client/generated matches client/operations and the schema is checked with the test
// documents by `graphql-codegen --check` in server.test.ts (one codegen.yml, both outputs).
describe("the client package", () => {
  it("has one trusted document per operation of client/operations, each id the sha256 of its text", () => {
    const names = readdirSync(OPERATIONS)
      .filter((f) => f.endsWith(".graphql"))
      .flatMap((f) => parse(readFileSync(path.join(OPERATIONS, f), "utf8")).definitions)
      .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    const documents = loadPersistedDocuments(PERSISTED_DOCUMENTS_FILE, "only");
    const manifestNames = [...documents.values()].map((text) => /^(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1]);
    expect(manifestNames.sort()).toEqual(names.sort());
  });

  it("type-checks, generated documents and example included (`tsc -p client`)", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "client"], { cwd: ROOT, encoding: "utf8" });
    expect({ status: result.status, output: result.stdout + result.stderr }).toEqual({ status: 0, output: "" });
  });
});

describe("configuration of persisted documents, caching and exports", () => {
  it("defaults to allow, 60 s and 1000 rows, and refuses anything else", () => {
    expect(loadConfig({})).toMatchObject({ persistedDocuments: "allow", cacheMaxAgeSeconds: 60, exportBatchSize: 1000 });
    expect(loadConfig({ PERSISTED_DOCUMENTS: "only", CACHE_MAX_AGE_SECONDS: "0", EXPORT_BATCH_SIZE: "50" })).toMatchObject({
      persistedDocuments: "only",
      cacheMaxAgeSeconds: 0,
      exportBatchSize: 50,
    });
    expect(() => loadConfig({ PERSISTED_DOCUMENTS: "trusted" })).toThrow(/PERSISTED_DOCUMENTS must be one of off, allow, only/);
    expect(() => loadConfig({ EXPORT_BATCH_SIZE: "0" })).toThrow(/EXPORT_BATCH_SIZE/);
  });

  it("refuses a manifest whose ids are not the sha256 of their documents", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "manifest-"));
    const file = path.join(dir, "persisted-documents.json");
    writeFileSync(file, JSON.stringify({ [`sha256:${"0".repeat(64)}`]: "{ health { api } }" }));
    expect(() => loadPersistedDocuments(file, "allow")).toThrow(/is not the sha256 id of its document/);
    expect(() => loadPersistedDocuments(path.join(dir, "missing.json"), "only")).toThrow(/npm run codegen/);
    expect(loadPersistedDocuments(path.join(dir, "missing.json"), "off").size).toBe(0);
  });
});
