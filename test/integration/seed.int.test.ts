import { createHash } from "node:crypto";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { SourceKind } from "../../src/graph/graph.model";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { listSeedFiles, readSeedPlan, type SeedPlan } from "../../src/seed/seed.reader";
import { writeSeedPlan } from "../../src/seed/seed.repository";
import { seedGraph } from "../../src/seed/seed.service";
import { TestApi } from "../helpers/test-graph";

/** JSON with object keys sorted at every level, so equal graphs give equal strings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A fingerprint of everything in the graph: every node and relationship with all properties. */
async function snapshot(graph: GraphExecutor): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await graph.read<{ n: string }>(
    "MATCH (n) WITH n ORDER BY n.id RETURN [labels(n), properties(n)] AS n",
  );
  const rels = await graph.read<{ r: string }>(
    `MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.uid
     RETURN [a.id, type(r), b.id, properties(r)] AS r`,
  );
  const hash = createHash("sha256");
  for (const row of [...nodes, ...rels]) hash.update(canonical(row));
  return { nodes: nodes.length, relationships: rels.length, hash: hash.digest("hex") };
}

describe("seeding", () => {
  const api = new TestApi();
  const graph = api.graph;
  afterAll(async () => {
    // Only this suite's own data: ids under test:.
    await graph.writeTransaction((tx) => tx.run("MATCH (n) WHERE n.id STARTS WITH 'test:' DETACH DELETE n"));
    await api.close();
  });

  it("a second run changes nothing", async () => {
    await seedGraph(graph, SEED_DIR);
    const before = await snapshot(graph);
    await seedGraph(graph, SEED_DIR);
    const after = await snapshot(graph);
    expect(after).toEqual(before);
    expect(before.nodes).toBeGreaterThan(200);
  });

  it("every entity has a source and a quote, and every relationship between entities has both", async () => {
    const [{ unsourced }] = await graph.read<{ unsourced: string[] }>(
      `MATCH (n:Entity) WHERE NOT (n)-[:MENTIONED_IN]->(:Source) RETURN collect(n.id) AS unsourced`,
    );
    expect(unsourced).toEqual([]);
    const [{ bare }] = await graph.read<{ bare: string[] }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE r.sourceId IS NULL OR r.quote IS NULL OR trim(r.quote) = '' OR NOT EXISTS { MATCH (:Source {id: r.sourceId}) }
       RETURN collect(a.id + ' ' + type(r) + ' ' + b.id) AS bare`,
    );
    expect(bare).toEqual([]);
    const [{ quoteless }] = await graph.read<{ quoteless: number }>(
      `MATCH ()-[m:MENTIONED_IN]->(:Source) WHERE m.quote IS NULL OR trim(m.quote) = '' RETURN count(m) AS quoteless`,
    );
    expect(quoteless).toBe(0);
  });

  it("all five articles and the admin-unit dataset are sources", async () => {
    const rows = await graph.read<{ id: string; kind: string; entities: number }>(
      `MATCH (s:Source) RETURN s.id AS id, s.kind AS kind, COUNT { (s)<-[:MENTIONED_IN]-(:Entity) } AS entities ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(["src:000", "src:001", "src:002", "src:003", "src:004", "src:vietnamadminunits"]);
    for (const row of rows) expect(row.entities).toBeGreaterThan(10);
  });

  it("a failing load writes nothing", async () => {
    const plan: SeedPlan = {
      sources: [{ id: "test:src-atomic", kind: SourceKind.ARTICLE, title: "atomicity probe", language: "en" }],
      entities: [
        { kind: "Organization", id: "test:org-atomic", name: "Probe", quote: "probe" },
        // A map is not a valid Neo4j property value: the write fails after the first statements ran.
        { kind: "Organization", id: "test:org-broken", name: "Broken", quote: "probe", country: { nested: true } as unknown as string },
      ],
      mentions: [{ sourceId: "test:src-atomic", entityId: "test:org-atomic", quote: "probe" }],
      relationships: [],
      metrics: [],
      claims: [],
    };
    await expect(writeSeedPlan(graph, plan)).rejects.toThrow();
    const [{ left }] = await graph.read<{ left: number }>("MATCH (n) WHERE n.id STARTS WITH 'test:' RETURN count(n) AS left");
    expect(left).toBe(0);
  });

  it("a fact removed from a seed file is removed from the graph on the next run", async () => {
    const full: SeedPlan = {
      sources: [{ id: "test:src-prune", kind: SourceKind.ARTICLE, title: "prune probe", language: "en" }],
      entities: [
        { kind: "Organization", id: "test:org-a", name: "A", quote: "a" },
        { kind: "Organization", id: "test:org-b", name: "B", quote: "b" },
      ],
      mentions: [
        { sourceId: "test:src-prune", entityId: "test:org-a", quote: "a" },
        { sourceId: "test:src-prune", entityId: "test:org-b", quote: "b" },
      ],
      relationships: [{ from: "test:org-a", type: "PART_OF" as never, to: "test:org-b", quote: "a in b", sourceId: "test:src-prune" }],
      metrics: [],
      claims: [],
    };
    await writeSeedPlan(graph, full);
    const [{ parts }] = await graph.read<{ parts: number }>("MATCH (:Organization {id: 'test:org-a'})-[r:PART_OF]->() RETURN count(r) AS parts");
    expect(parts).toBe(1);

    const trimmed: SeedPlan = { ...full, entities: full.entities.slice(0, 1), mentions: full.mentions.slice(0, 1), relationships: [] };
    const result = await writeSeedPlan(graph, trimmed);
    expect(result.pruned).toBe(3); // the relationship, B's mention, then B itself
    const ids = await graph.read<{ id: string }>("MATCH (n:Entity) WHERE n.id STARTS WITH 'test:' RETURN n.id AS id");
    expect(ids.map((r) => r.id)).toEqual(["test:org-a"]);
  });

  it("the committed seed files load as a plan with every article", () => {
    const plan = readSeedPlan(listSeedFiles(SEED_DIR));
    expect(plan.sources.filter((s) => s.kind === SourceKind.ARTICLE)).toHaveLength(5);
  });
});
