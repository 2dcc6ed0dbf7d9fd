import { readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { GraphQLError, parse, validate } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { BadInputError, ErrorCode } from "../../src/common/errors";
import { getSchema, printSchemaSdl } from "../../src/composition";
import { queryLimitRules } from "../../src/server/query-limits";
import { formatError } from "../../src/server/server";

const ROOT = path.resolve(__dirname, "..", "..");

describe("committed artefacts", () => {
  it("schema/schema.graphql matches the resolvers (run `npm run schema:emit`)", async () => {
    const committed = readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8");
    expect(printSchemaSdl(await getSchema())).toBe(committed);
  });

  it("test/__generated__ and client/generated match the schema and operations (run `npm run codegen`)", () => {
    // The codegen CLI is ESM-only inside Jest, so it runs as its own process in dry-run mode,
    // which exits non-zero when a generated file would change.
    const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js"), "--config", "codegen.yml", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect({ status: result.status, output: result.status === 0 ? "" : result.stdout + result.stderr }).toEqual({ status: 0, output: "" });
  });
});

describe("query limits", () => {
  const rules = queryLimitRules({ maxQueryDepth: 4, maxAliases: 2, maxDirectives: 2, maxRootFields: 2, maxListLength: 1_000 });
  const codes = async (source: string) => validate(await getSchema(), parse(source), rules).map((e) => e.extensions.code ?? e.message);

  it("refuses operations nested deeper than the limit, following fragments", async () => {
    expect(await codes(`{ organization(id: "org:a") { partners { partner { id } } } }`)).toEqual([]);
    expect(await codes(`query { organization(id: "org:a") { ...P } } fragment P on Organization { partners { partner { partners { partner { id } } } } }`)).toEqual([
      ErrorCode.QUERY_TOO_DEEP,
    ]);
  });

  it("counts aliases, directives and root fields through fragments", async () => {
    expect(await codes(`{ a: health { api } b: health { api } ...F } fragment F on Query { c: health { api } }`)).toEqual(
      expect.arrayContaining([ErrorCode.TOO_MANY_ALIASES, ErrorCode.TOO_MANY_ROOT_FIELDS]),
    );
    expect(await codes(`{ health { api @include(if: true) @skip(if: false) database @include(if: true) } }`)).toEqual([ErrorCode.TOO_MANY_DIRECTIVES]);
  });

  it("does not count introspection against the depth limit", async () => {
    expect(await codes(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`)).toEqual([]);
  });

  // Since issue #20 the schema has mutations (curation); it still has no subscriptions.
  it("refuses subscriptions, which this schema does not have, and lets its mutations through", async () => {
    expect(await codes(`subscription { x }`)).toEqual(expect.arrayContaining(["This API has no subscription operations; it answers queries only."]));
    expect(await codes(`mutation { logout }`)).toEqual([]);
  });
});

describe("formatError", () => {
  const logged: unknown[] = [];
  const format = formatError({ error: (...args: unknown[]) => void logged.push(args), warn: () => undefined, info: () => undefined }, false);

  it("passes our errors through with their code", () => {
    const out = format({ message: "x" }, new BadInputError("`first` is too big", "first"));
    expect(out).toMatchObject({ message: "`first` is too big", extensions: { code: "BAD_USER_INPUT", argumentName: "first" } });
  });

  it("maps an unreachable database to SERVICE_UNAVAILABLE", () => {
    const out = format(
      { message: "x" },
      new GraphQLError("x", { originalError: new Neo4jError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable", "08000", "error: connection exception") }),
    );
    expect(out.extensions?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(out.message).not.toContain("ECONNREFUSED");
  });

  it("masks and logs anything unexpected", () => {
    logged.length = 0;
    const out = format({ message: "Cypher syntax error near MATCH" }, new GraphQLError("boom", { originalError: new Error("Cypher syntax error near MATCH") }));
    expect(out).toEqual({ message: "Internal server error", locations: undefined, path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toHaveLength(1);
  });
});

describe("loadConfig", () => {
  it("defaults to the local launcher and validates what it is given", () => {
    expect(loadConfig({})).toMatchObject({ neo4jUri: "bolt://127.0.0.1:7687", port: 4000, neo4jDatabase: "neo4j" });
    expect(loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }).neo4jUri).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
  });
});
