import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The client package as an outside team gets it: `npm pack` in client/ (its prepack builds dist/
 * with tsup), the tarball installed in a new project with no registry (`npm install --offline`;
 * its peer dependencies, graphql and @graphql-typed-document-node/core, from this repository's
 * node_modules), then scripts in that project, run with plain `node` against the API: an ES
 * module (.mjs), a CommonJS one (.cjs) and a TypeScript one (.ts, type-checked against the
 * installed declarations, ESM and CJS, with this repository's tsc). Also a Vite app built with it.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const NODE_MODULES = path.join(ROOT, "node_modules");
const MANIFEST = JSON.parse(readFileSync(path.join(ROOT, "client", "generated", "persisted-documents.json"), "utf8")) as Record<string, string>;
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, "client", "package.json"), "utf8")) as { name: string; version: string };
/** The npm on PATH (its CLI script), run with the Node running the tests (scripts/node-env.sh). */
const NPM = realpathSync(execFileSync("sh", ["-c", "command -v npm"], { encoding: "utf8" }).trim());

/** The manifest id of the client package's document for `operationName`. */
function idOf(operationName: string): string {
  const id = Object.keys(MANIFEST).find((k) => new RegExp(`^query ${operationName}\\b`).test(MANIFEST[k]));
  if (!id) throw new Error(`no persisted document for ${operationName}`);
  return id;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `args` with this Node in `cwd`; its exit code and output, never a throw. */
async function node(cwd: string, args: string[], timeout = 120_000): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd,
      timeout,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** What every embed script prints: one JSON line. */
interface Printed {
  id: string;
  rows: number;
  organizations: string[];
  firstRow: { organization: string; province: string | null; quote: string | null };
}

/** Body of the embed scripts, the same in .mjs, .cjs and .ts (`m` is the imported package). */
const EMBED_BODY = `
const [endpoint, place] = process.argv.slice(2);
const method = process.argv[4] === "POST" ? "POST" : "GET";
const summary = await m.fetchPersisted(endpoint, m.EmbedWhoWhatWhereSummaryDocument, { filter: { place } }, { method });
const page = await m.fetchPersisted(endpoint, m.EmbedWhoWhatWhereRowsDocument, { filter: { place }, first: 5 }, { method });
for (const { errors } of [summary, page]) {
  if (errors?.length) {
    console.error(errors.map((e) => \`\${e.extensions?.code}: \${e.message}\`).join("\\n"));
    process.exit(1);
  }
}
const row = page.data!.whoWhatWhere.nodes[0];
console.log(JSON.stringify({
  id: m.documentIdOf(m.EmbedWhoWhatWhereSummaryDocument),
  rows: summary.data!.whoWhatWhereSummary.rows,
  organizations: summary.data!.whoWhatWhereSummary.organizations.map((o) => o.name),
  firstRow: { organization: row.organization.name, province: row.province?.name ?? null, quote: row.provenance?.quote ?? null },
}));
`;

/** The body as JavaScript: TypeScript's non-null assertions and nothing else removed. */
const EMBED_BODY_JS = EMBED_BODY.replace(/!\./g, ".");

/**
 * A .ts script whose types come from the installed declarations: a misspelt field must fail to
 * type-check (the @ts-expect-error lines fail the check if the types were `any`).
 */
const TYPED_CHECKS = `
export async function typed(endpoint: string): Promise<number> {
  const { data } = await m.fetchPersisted(endpoint, m.EmbedWhoWhatWhereSummaryDocument, { filter: { place: "vn:lai-chau" } });
  // @ts-expect-error: the summary has no such field
  data?.whoWhatWhereSummary.noSuchField;
  // @ts-expect-error: variables are typed too (Role is an enum)
  await m.fetchPersisted(endpoint, m.EmbedWhoWhatWhereSummaryDocument, { filter: { roles: ["NOT_A_ROLE"] } });
  const count: number | undefined = data?.whoWhatWhereSummary.rows;
  return count ?? 0;
}
`;

describe(`the packed client package (${PACKAGE.name}) installed in a new project`, () => {
  let server: TestHttpServer;
  let work: string;
  let app: string;
  let endpoint: string;
  let expected: { rows: number; firstRow: Printed["firstRow"] };

  beforeAll(async () => {
    server = await startHttpServer();
    endpoint = `${server.url}/graphql`;
    const summary = await postGraphql(server.url, { query: `{ whoWhatWhereSummary(filter: { place: "vn:lai-chau" }) { rows } }` });
    const rows = await postGraphql(server.url, {
      query: `query EmbedWhoWhatWhereRows($filter: WhoWhatWhereFilter, $first: Int) { whoWhatWhere(filter: $filter, first: $first) { nodes { organization { name } province { name } provenance { quote } } } }`,
      variables: { filter: { place: "vn:lai-chau" }, first: 5 },
    });
    const first = (rows.body.data as { whoWhatWhere: { nodes: { organization: { name: string }; province: { name: string } | null; provenance: { quote: string } | null }[] } })
      .whoWhatWhere.nodes[0];
    expected = {
      rows: (summary.body.data as { whoWhatWhereSummary: { rows: number } }).whoWhatWhereSummary.rows,
      firstRow: { organization: first.organization.name, province: first.province?.name ?? null, quote: first.provenance?.quote ?? null },
    };
    expect(expected.rows).toBeGreaterThan(0);
    expect(expected.firstRow.quote).toEqual(expect.any(String));

    work = mkdtempSync(path.join(tmpdir(), "client-package-"));
    const pack = await node(path.join(ROOT, "client"), [NPM, "pack", "--pack-destination", work, "--json"], 300_000);
    expect({ code: pack.code, stderr: pack.code === 0 ? "" : pack.stderr }).toEqual({ code: 0, stderr: "" });
    const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.lastIndexOf("[\n  {"))) as { filename: string; files: { path: string }[] }[];
    // Only the build and the README: no TypeScript source, no generated/ or operations/.
    expect(packed.files.map((f) => f.path).sort()).toEqual(["README.md", "dist/index.cjs", "dist/index.d.cts", "dist/index.d.ts", "dist/index.js", "package.json"]);

    app = path.join(work, "app");
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "embed-app", version: "1.0.0", private: true }));
    const install = await node(
      app,
      [
        NPM,
        "install",
        "--offline",
        "--no-audit",
        "--no-fund",
        path.join(work, packed.filename),
        path.join(NODE_MODULES, "graphql"),
        path.join(NODE_MODULES, "@graphql-typed-document-node", "core"),
      ],
      300_000,
    );
    expect({ code: install.code, stderr: install.code === 0 ? "" : install.stderr }).toEqual({ code: 0, stderr: "" });

    writeFileSync(path.join(app, "embed.mjs"), `import * as m from "${PACKAGE.name}";\n${EMBED_BODY_JS}`);
    writeFileSync(path.join(app, "embed.cjs"), `const m = require("${PACKAGE.name}");\n(async () => {\n${EMBED_BODY_JS}\n})();\n`);
    writeFileSync(path.join(app, "embed.mts"), `import * as m from "${PACKAGE.name}";\n${EMBED_BODY}\n${TYPED_CHECKS}`);
    // The CommonJS declarations (index.d.cts), through `require` resolution.
    writeFileSync(path.join(app, "embed-cjs.cts"), `import m = require("${PACKAGE.name}");\n${TYPED_CHECKS}`);
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const printed = (run: Run): Printed => {
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    return JSON.parse(run.stdout) as Printed;
  };

  it("runs an ES module script with plain node, by document id on GET", async () => {
    const out = printed(await node(app, ["embed.mjs", endpoint, "vn:lai-chau", "GET"]));
    expect(out.id).toBe(idOf("EmbedWhoWhatWhereSummary"));
    expect(out.rows).toBe(expected.rows);
    expect(out.organizations).toContain("Plan International Lai Châu");
    expect(out.firstRow).toEqual(expected.firstRow);
  }, 120_000);

  it("runs a CommonJS script with plain node, by document id on POST", async () => {
    const out = printed(await node(app, ["embed.cjs", endpoint, "vn:lai-chau", "POST"]));
    expect(out.id).toBe(idOf("EmbedWhoWhatWhereSummary"));
    expect(out.rows).toBe(expected.rows);
    expect(out.organizations).toContain("Plan International Lai Châu");
    expect(out.firstRow).toEqual(expected.firstRow);
  }, 120_000);

  it("type-checks TypeScript against the installed declarations (ESM and CJS), and runs it", async () => {
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          strict: true,
          noEmit: true,
          lib: ["ES2022", "DOM"],
          types: ["node"],
          typeRoots: [path.join(NODE_MODULES, "@types")],
        },
        files: ["embed.mts", "embed-cjs.cts"],
      }),
    );
    const tsc = await node(app, [path.join(NODE_MODULES, "typescript", "bin", "tsc"), "-p", "tsconfig.json"]);
    expect({ code: tsc.code, output: tsc.stdout + tsc.stderr }).toEqual({ code: 0, output: "" });

    // Node runs the script's own TypeScript; the package it imports is JavaScript.
    const out = printed(await node(app, ["embed.mts", endpoint, "vn:lai-chau", "GET"]));
    expect(out.rows).toBe(expected.rows);
    expect(out.organizations).toContain("Plan International Lai Châu");
  }, 300_000);

  it("fails the type-check when a script asks for a field the documents do not have", async () => {
    writeFileSync(
      path.join(app, "wrong.mts"),
      `import * as m from "${PACKAGE.name}";\nconst { data } = await m.fetchPersisted("http://localhost/graphql", m.EmbedWhoWhatWhereSummaryDocument);\nconsole.log(data?.whoWhatWhereSummary.organisations);\n`,
    );
    writeFileSync(path.join(app, "tsconfig.wrong.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["wrong.mts"] }));
    const tsc = await node(app, [path.join(NODE_MODULES, "typescript", "bin", "tsc"), "-p", "tsconfig.wrong.json"]);
    expect(tsc.code).not.toBe(0);
    expect(tsc.stdout).toMatch(/Property 'organisations' does not exist/);
  }, 300_000);

  it("builds into a Vite app, document ids included", async () => {
    writeFileSync(path.join(app, "index.html"), `<!doctype html><html><body><pre id="out"></pre><script type="module" src="./main.js"></script></body></html>`);
    writeFileSync(
      path.join(app, "main.js"),
      `import { EmbedWhoWhatWhereSummaryDocument, documentIdOf, fetchPersisted } from "${PACKAGE.name}";\n` +
        `const { data } = await fetchPersisted(new URL("/graphql", location.href).href, EmbedWhoWhatWhereSummaryDocument, { filter: { place: "vn:lai-chau" } });\n` +
        `document.getElementById("out").textContent = documentIdOf(EmbedWhoWhatWhereSummaryDocument) + " " + data.whoWhatWhereSummary.rows;\n`,
    );
    const build = await node(app, [path.join(NODE_MODULES, "vite", "bin", "vite.js"), "build", "--logLevel", "error"], 300_000);
    expect({ code: build.code, stderr: build.stderr }).toEqual({ code: 0, stderr: "" });
    const assets = path.join(app, "dist", "assets");
    const bundle = readdirSync(assets)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(path.join(assets, f), "utf8"))
      .join("\n");
    expect(bundle).toContain(idOf("EmbedWhoWhatWhereSummary"));
    expect(bundle).toContain("apollo-require-preflight");
  }, 300_000);
});
