import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { SourceKind } from "../../src/graph/graph.enums";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { listSeedFiles, readSeedPlan, type SeedPlan } from "../../src/seed/seed.reader";
import { writeSeedPlan } from "../../src/seed/seed.repository";
import { removeSources, seedFiles, seedGraph } from "../../src/seed/seed.service";
import { readRows, TestApi } from "../helpers/test-graph";
import { plainStatement } from "../../src/graph/graph.statement";
import { refuseTestWrites } from "./global-setup";

/** JSON with object keys sorted at every level, so equal graphs give equal strings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

type Snapshot = { nodes: number; relationships: number; hash: string };

/**
 * A fingerprint of the graph: every node and relationship with all its properties, except the
 * nodes in `exclude.ids` (and their metrics and claims) and what source `exclude.source` states.
 */
async function snapshot(graph: GraphExecutor, exclude: { ids: string[]; source: string } = { ids: [], source: "" }): Promise<Snapshot> {
  const nodes = await readRows<{ n: unknown }>(
    graph,
    `MATCH (n) WHERE NOT n.id IN $ids AND n.id <> $source AND NOT any(i IN $ids WHERE n.id STARTS WITH i + '#')
     RETURN [labels(n), properties(n)] AS n`,
    exclude,
  );
  const rels = await readRows<{ r: unknown }>(
    graph,
    `MATCH (a)-[r]->(b)
     WHERE coalesce(r.sourceId, '') <> $source
       AND NOT (type(r) = 'MENTIONED_IN' AND b.id = $source)
       AND NOT (type(r) IN ['HAS_METRIC', 'HAS_CLAIM'] AND a.id IN $ids)
     RETURN [a.id, type(r), b.id, properties(r)] AS r`,
    exclude,
  );
  const rows = [...nodes.map((x) => canonical(x.n)), ...rels.map((x) => canonical(x.r))].sort();
  const hash = createHash("sha256");
  for (const row of rows) hash.update(row);
  return { nodes: nodes.length, relationships: rels.length, hash: hash.digest("hex") };
}

describe("test database guard", () => {
  it("lets the tests write to a local database only, unless told otherwise", () => {
    expect(refuseTestWrites({})).toBeNull();
    for (const uri of ["bolt://127.0.0.1:7687", "bolt://localhost:7687", "neo4j://127.0.0.1", "neo4j://localhost:7687", "bolt://[::1]:7687"]) {
      expect([uri, refuseTestWrites({ NEO4J_URI: uri })]).toEqual([uri, null]);
    }
    const refusal = refuseTestWrites({ NEO4J_URI: "neo4j+s://user:secret@abcd1234.databases.neo4j.io" });
    expect(refusal).toMatch(/Refusing .*NEO4J_URI=neo4j\+s:\/\/abcd1234\.databases\.neo4j\.io/);
    expect(refusal).toMatch(/Unset NEO4J_URI .* ALLOW_TEST_WRITES=1/);
    expect(refusal).not.toContain("secret");
    expect(refuseTestWrites({ NEO4J_URI: "bolt://10.0.0.5:7687" })).not.toBeNull();
    expect(refuseTestWrites({ NEO4J_URI: "bolt://127.0.0.1.example.com:7687" })).not.toBeNull();
    expect(refuseTestWrites({ NEO4J_URI: "bolt://10.0.0.5:7687", ALLOW_TEST_WRITES: "1" })).toBeNull();
  });
});

describe("seeding", () => {
  const api = new TestApi();
  const graph = api.graph;
  /** Every id this suite writes starts with this prefix, unique to the run; cleanup touches only those. */
  const P = `test:${randomBytes(4).toString("hex")}:`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-int-"));
  const sourceId = (slug: string): string => `${P}src-${slug}`;

  interface Doc {
    entities: Record<string, unknown>[];
    relationships?: Record<string, unknown>[];
  }
  /** Writes the seed file of test source `slug` (the same path each time, as an edited file). */
  const writeSeed = (slug: string, doc: Doc): string => {
    const file = path.join(dir, `${slug}.yaml`);
    const source = { id: sourceId(slug), kind: "ARTICLE", title: `test source ${slug}`, language: "vi" };
    writeFileSync(file, yaml.dump({ source, entities: doc.entities, relationships: doc.relationships ?? [] }));
    return file;
  };
  const org = (slug: string, props: Record<string, unknown> = {}): Record<string, unknown> => ({
    kind: "Organization",
    id: `${P}${slug}`,
    name: `Tổ chức ${slug}`,
    quote: `nói về ${slug}`,
    ...props,
  });

  /** Takes every test source out through the loader (so shared nodes are derived again), then removes any test node left. */
  const cleanUp = async (): Promise<void> => {
    const rows = await readRows<{ id: string }>(graph, "MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN s.id AS id", { prefix: P });
    if (rows.length)
      await removeSources(
        graph,
        rows.map((r) => r.id),
      );
    await graph.writeTransaction((tx) => tx.run(plainStatement("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix: P })));
  };
  afterEach(cleanUp);
  afterAll(async () => {
    await cleanUp();
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  });

  const nodeProps = async (id: string): Promise<Record<string, unknown> | null> => {
    const rows = await readRows<{ p: Record<string, unknown> }>(graph, "MATCH (n:Entity {id: $id}) RETURN properties(n) AS p", { id });
    return rows[0]?.p ?? null;
  };
  const mentionsOf = async (id: string): Promise<Record<string, unknown>[]> =>
    (await readRows<{ m: Record<string, unknown> }>(graph, "MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(s:Source) RETURN m {.*, source: s.id} AS m ORDER BY s.id", { id })).map(
      (r) => r.m,
    );

  it("a second run changes nothing", async () => {
    await seedGraph(graph, SEED_DIR);
    const before = await snapshot(graph);
    await seedGraph(graph, SEED_DIR);
    const after = await snapshot(graph);
    expect(after).toEqual(before);
    expect(before.nodes).toBeGreaterThan(200);
  }, 180_000); // two loads and two snapshots of the whole gazetteer (~14,000 places)

  it("reloading one committed file on its own changes nothing", async () => {
    const before = await snapshot(graph);
    for (const file of listSeedFiles(SEED_DIR).slice(0, 2)) {
      const result = await seedFiles(graph, [file]);
      expect(result.pruned).toBe(0);
    }
    expect(await snapshot(graph)).toEqual(before);
  }, 180_000);

  it("every entity has a source and a quote, and every relationship between entities has both", async () => {
    const [{ unsourced }] = await readRows<{ unsourced: string[] }>(graph, `MATCH (n:Entity) WHERE NOT (n)-[:MENTIONED_IN]->(:Source) RETURN collect(n.id) AS unsourced`);
    expect(unsourced).toEqual([]);
    const [{ bare }] = await readRows<{ bare: string[] }>(
      graph,
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE r.sourceId IS NULL OR r.quote IS NULL OR trim(r.quote) = '' OR NOT EXISTS { MATCH (:Source {id: r.sourceId}) }
       RETURN collect(a.id + ' ' + type(r) + ' ' + b.id) AS bare`,
    );
    expect(bare).toEqual([]);
    const [{ quoteless }] = await readRows<{ quoteless: number }>(
      graph,
      `MATCH ()-[m:MENTIONED_IN]->(:Source) WHERE m.quote IS NULL OR trim(m.quote) = '' RETURN count(m) AS quoteless`,
    );
    expect(quoteless).toBe(0);
  });

  it("all five articles and the admin-unit dataset are sources", async () => {
    const rows = await readRows<{ id: string; kind: string; entities: number }>(
      graph,
      `MATCH (s:Source) WHERE NOT s.id STARTS WITH 'test:'
       RETURN s.id AS id, s.kind AS kind, COUNT { (s)<-[:MENTIONED_IN]-(:Entity) } AS entities ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(["src:000", "src:001", "src:002", "src:003", "src:004", "src:vietnamadminunits"]);
    for (const row of rows) expect(row.entities).toBeGreaterThan(10);
  });

  it("a failing load writes nothing", async () => {
    const src = sourceId("atomic");
    const probe = { kind: "Organization" as const, id: `${P}org-atomic`, name: "Probe", quote: "probe" };
    // A map is not a valid Neo4j property value: the write fails after the first statements ran.
    const broken = { kind: "Organization" as const, id: `${P}org-broken`, name: "Broken", quote: "probe", country: { nested: true } as unknown as string };
    const plan: SeedPlan = {
      sources: [{ id: src, kind: SourceKind.ARTICLE, title: "atomicity probe", language: "en" }],
      entities: [probe, broken],
      mentions: [probe, broken].map((entity) => ({ sourceId: src, entityId: entity.id, quote: "probe", entity })),
      relationships: [],
      metrics: [],
      claims: [],
      conflicts: [],
    };
    await expect(writeSeedPlan(graph, plan)).rejects.toThrow();
    const [{ left }] = await readRows<{ left: number }>(graph, "MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS left", { prefix: P });
    expect(left).toBe(0);
  });

  it("a reload writes what differs from the file, including what was changed behind the loader's back", async () => {
    const a = `${P}org-a`;
    const relationships = [
      { from: a, type: "PART_OF", to: `${P}org-b`, quote: "a in b" },
      { from: a, type: "LOCATED_IN", to: "vn:lai-chau", quote: "A ở Lai Châu" },
    ];
    const file = writeSeed("repair", { entities: [org("org-a", { orgType: "NGO", aliases: ["AAA"] }), org("org-b")], relationships });
    await seedFiles(graph, [file]);
    const state = async (): Promise<unknown> => ({
      a: await nodeProps(a),
      labels: (await readRows<{ labels: string[] }>(graph, "MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels", { id: `${P}org-b` }))[0]?.labels.sort(),
      mentions: await mentionsOf(a),
      rels: await readRows(graph, "MATCH (:Entity {id: $id})-[r]->(b) RETURN type(r) AS type, b.id AS to, properties(r) AS props ORDER BY type", { id: a }),
    });
    const loaded = await state();

    await graph.writeTransaction(async (tx) => {
      await tx.run(plainStatement("MATCH (n:Entity {id: $id}) SET n.name = 'tampered', n.searchText = 'tampered' REMOVE n.orgType", { id: a }));
      await tx.run(plainStatement("MATCH (n:Entity {id: $id}) REMOVE n:Organization SET n:Person", { id: `${P}org-b` }));
      await tx.run(plainStatement("MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->() SET m.quote = 'tampered', m.aliases = ['BBB']", { id: a }));
      await tx.run(plainStatement("MATCH (:Entity {id: $id})-[r:PART_OF]->() SET r.quote = 'tampered', r.extra = 1", { id: a }));
      await tx.run(plainStatement("MATCH (:Entity {id: $id})-[r:LOCATED_IN]->() DELETE r", { id: a }));
    });
    expect(await state()).not.toEqual(loaded);
    await seedFiles(graph, [file]);
    expect(await state()).toEqual(loaded);
  });

  it("a fact removed from a seed file is removed from the graph on the next run", async () => {
    const relationships = [{ from: `${P}org-a`, type: "PART_OF", to: `${P}org-b`, quote: "a in b" }];
    await seedFiles(graph, [writeSeed("prune", { entities: [org("org-a"), org("org-b")], relationships })]);
    const [{ parts }] = await readRows<{ parts: number }>(graph, "MATCH (:Organization {id: $id})-[r:PART_OF]->() RETURN count(r) AS parts", { id: `${P}org-a` });
    expect(parts).toBe(1);

    const result = await seedFiles(graph, [writeSeed("prune", { entities: [org("org-a")] })]);
    expect(result.pruned).toBe(3); // the relationship, B's mention, then B itself
    const ids = await readRows<{ id: string }>(graph, "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n.id AS id", { prefix: P });
    expect(ids.map((r) => r.id)).toEqual([`${P}org-a`]);
  });

  it("two sources stating one organization both keep their statement, and each can take its own back", async () => {
    const id = `${P}org-shared`;
    const [a, b] = [sourceId("a"), sourceId("b")];
    const stateA = org("org-shared", { name: "Tổ chức Chung", nameEn: "Common Organisation", aliases: ["TCC"], orgType: "NGO", quote: "A: Tổ chức Chung" });
    const stateB = org("org-shared", {
      name: "Tổ chức Chung",
      nameEn: "Common Organization",
      aliases: ["To chuc Chung", "TCC"],
      acronym: "TCC",
      country: "Việt Nam",
      quote: "B: TCC",
    });
    const fileA = writeSeed("a", { entities: [stateA] });
    const fileB = writeSeed("b", { entities: [stateB] });

    // B first, then A on its own: A adds its facts to B's.
    await seedFiles(graph, [fileB]);
    const result = await seedFiles(graph, [fileA]);
    const merged = await nodeProps(id);
    expect(merged).toMatchObject({
      name: "Tổ chức Chung",
      orgType: "NGO", // only A says it
      acronym: "TCC", // only B says these
      country: "Việt Nam",
      nameEn: "Common Organisation", // both say it, differently: the best-ranked source (src-a < src-b) wins
      aliases: ["TCC", "To chuc Chung"], // united, in rank order; "To chuc Chung" is not "Tổ chức Chung"
    });
    expect(merged!.searchText).toBe("to chuc chung | common organisation | tcc | to chuc chung");
    expect(result.conflicts).toEqual([expect.objectContaining({ id, property: "nameEn", chosen: a })]);
    // Each source's own statement stays on its MENTIONED_IN link.
    expect(await mentionsOf(id)).toEqual([
      { source: a, quote: "A: Tổ chức Chung", name: "Tổ chức Chung", nameEn: "Common Organisation", aliases: ["TCC"], orgType: "NGO" },
      { source: b, quote: "B: TCC", name: "Tổ chức Chung", nameEn: "Common Organization", aliases: ["To chuc Chung", "TCC"], acronym: "TCC", country: "Việt Nam" },
    ]);
    // The order of loading does not matter: reloading B (now the last loaded) changes nothing.
    await seedFiles(graph, [fileB]);
    expect(await nodeProps(id)).toEqual(merged);

    // A no longer states it: the node stays with B's statement, A's provenance and facts go.
    await seedFiles(graph, [writeSeed("a", { entities: [org("org-other")] })]);
    const afterA = await nodeProps(id);
    expect(afterA).toMatchObject({ name: "Tổ chức Chung", nameEn: "Common Organization", acronym: "TCC", country: "Việt Nam", aliases: ["To chuc Chung", "TCC"] });
    expect(afterA).not.toHaveProperty("orgType");
    expect((await mentionsOf(id)).map((m) => m.source)).toEqual([b]);

    // B neither: the node is gone.
    await seedFiles(graph, [writeSeed("b", { entities: [] })]);
    expect(await nodeProps(id)).toBeNull();
    expect(await nodeProps(`${P}org-other`)).not.toBeNull();
  });

  it("a relationship stated by two sources survives the removal of one", async () => {
    const unit = `${P}org-unit`;
    const located = (quote: string): Record<string, unknown> => ({ from: unit, type: "LOCATED_IN", to: "vn:lai-chau", quote });
    // vn:lai-chau is declared by seeds/places.yaml only: the files reference it through the graph.
    await seedFiles(graph, [
      writeSeed("a", { entities: [org("org-unit")], relationships: [located("A: ở Lai Châu")] }),
      writeSeed("b", { entities: [org("org-unit")], relationships: [located("B: tại Lai Châu")] }),
    ]);
    const rels = (): Promise<{ sourceId: string; quote: string }[]> =>
      readRows(graph, "MATCH (:Entity {id: $unit})-[r:LOCATED_IN]->(:Place {id: 'vn:lai-chau'}) RETURN r.sourceId AS sourceId, r.quote AS quote ORDER BY sourceId", { unit });
    expect(await rels()).toEqual([
      { sourceId: sourceId("a"), quote: "A: ở Lai Châu" },
      { sourceId: sourceId("b"), quote: "B: tại Lai Châu" },
    ]);

    await seedFiles(graph, [writeSeed("a", { entities: [org("org-unit")] })]);
    expect(await rels()).toEqual([{ sourceId: sourceId("b"), quote: "B: tại Lai Châu" }]);

    await seedFiles(graph, [writeSeed("b", { entities: [org("org-unit")] })]);
    expect(await rels()).toEqual([]);
    expect(await nodeProps("vn:lai-chau")).not.toBeNull();
  });

  it("loading one file leaves every other source's facts byte-identical, and removing it restores the graph", async () => {
    const whole = await snapshot(graph);
    const a = sourceId("a");
    const ocop = (alias: string): Record<string, unknown> => ({
      // A shared, real entity: src:000 and src:003 state it too.
      kind: "Program",
      id: "program:ocop",
      name: "Chương trình OCOP",
      aliases: [alias],
      note: "test statement",
      quote: "chương trình OCOP",
    });
    const metric = (key: string, value: number): Record<string, unknown> => ({ key, value, unit: "people", label: "thành viên", quote: `${value} thành viên` });
    await seedFiles(graph, [
      writeSeed("b", {
        entities: [org("org-b", { orgType: "NGO" })],
        relationships: [{ from: `${P}org-b`, type: "LOCATED_IN", to: "vn:lai-chau", quote: "B ở Lai Châu" }],
      }),
    ]);
    await seedFiles(graph, [
      writeSeed("a", {
        entities: [org("org-a", { metrics: [metric("members", 12)] }), ocop(`OCOP thử ${P}`)],
        relationships: [
          { from: `${P}org-a`, type: "INVOLVED_IN", role: "PARTNER", to: "program:ocop", quote: "A tham gia OCOP" },
          { from: `${P}org-a`, type: "PART_OF", to: `${P}org-b`, quote: "A thuộc B" },
        ],
      }),
    ]);
    const aStates = { ids: [`${P}org-a`, `${P}org-a2`, "program:ocop"], source: a };
    const others = await snapshot(graph, aStates);
    expect((await nodeProps("program:ocop"))!.aliases).toContain(`OCOP thử ${P}`);

    // Edit A: new name, other metric, other alias, one relationship less, one entity and one relationship more.
    await seedFiles(graph, [
      writeSeed("a", {
        entities: [org("org-a", { name: "Tổ chức A mới", metrics: [metric("trainees", 30)] }), org("org-a2"), ocop(`OCOP khác ${P}`)],
        relationships: [
          { from: `${P}org-a`, type: "INVOLVED_IN", role: "PARTNER", to: "program:ocop", quote: "A tham gia OCOP" },
          { from: `${P}org-a2`, type: "LOCATED_IN", to: "vn:lai-chau", quote: "A2 ở Lai Châu" },
        ],
      }),
    ]);
    expect(await snapshot(graph, aStates)).toEqual(others);
    // …while A's own edits took effect.
    expect(await nodeProps(`${P}org-a`)).toMatchObject({ name: "Tổ chức A mới" });
    const [{ metrics, parts }] = await readRows<{ metrics: string[]; parts: number }>(
      graph,
      "MATCH (n:Entity {id: $id}) RETURN [(n)-[:HAS_METRIC]->(m) | m.key] AS metrics, COUNT { (n)-[:PART_OF]->() } AS parts",
      { id: `${P}org-a` },
    );
    expect([metrics, parts]).toEqual([["trainees"], 0]);
    const ocopNow = await nodeProps("program:ocop");
    expect(ocopNow!.aliases).toContain(`OCOP khác ${P}`);
    expect(ocopNow!.aliases).not.toContain(`OCOP thử ${P}`);
    expect(ocopNow!.name).toBe("Chương trình OCOP (Mỗi xã một sản phẩm)"); // src:000 outranks the test source

    await removeSources(graph, [a, sourceId("b")]);
    expect(await snapshot(graph)).toEqual(whole);
  }, 180_000); // three snapshots of the whole graph

  it("a file that references an unknown id is refused, naming the id, and writes nothing", async () => {
    const nowhere = `${P}org-nowhere`;
    const file = writeSeed("d", {
      entities: [org("org-d")],
      relationships: [{ from: `${P}org-d`, type: "PART_OF", to: nowhere, quote: "D thuộc một tổ chức không có" }],
    });
    await expect(seedFiles(graph, [file])).rejects.toThrow(new RegExp(`unknown ids, declared neither in this file nor in .*: ${nowhere}`));
    const [{ written }] = await readRows<{ written: number }>(graph, "MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS written", { prefix: P });
    expect(written).toBe(0);

    // An id only this file used to declare is no longer known once the file drops it.
    const relationships = [{ from: `${P}org-d`, type: "PART_OF", to: `${P}org-parent`, quote: "D thuộc cha" }];
    await seedFiles(graph, [writeSeed("d", { entities: [org("org-d"), org("org-parent")], relationships })]);
    await expect(seedFiles(graph, [writeSeed("d", { entities: [org("org-d")], relationships })])).rejects.toThrow(`${P}org-parent`);
    expect(await nodeProps(`${P}org-parent`)).not.toBeNull();
  });

  it("an entity another source still points at is not dropped silently: the load is refused", async () => {
    const parent = `${P}org-parent`;
    await seedFiles(graph, [writeSeed("a", { entities: [org("org-parent")] })]);
    await seedFiles(graph, [writeSeed("b", { entities: [org("org-child")], relationships: [{ from: `${P}org-child`, type: "PART_OF", to: parent, quote: "con thuộc cha" }] })]);
    const before = await snapshot(graph);
    await expect(seedFiles(graph, [writeSeed("a", { entities: [] })])).rejects.toThrow(
      new RegExp(`${parent} would no longer be stated by any source, but other sources still point at it: ${sourceId("b")} states`),
    );
    expect(await snapshot(graph)).toEqual(before);
    // Loading both edited files together works.
    await seedFiles(graph, [writeSeed("a", { entities: [] }), writeSeed("b", { entities: [org("org-child")] })]);
    expect(await nodeProps(parent)).toBeNull();
  });

  it("a file is refused when it gives an entity of another source another kind", async () => {
    const file = writeSeed("k", { entities: [{ kind: "Organization", id: "vn:lai-chau", name: "Lai Châu", quote: "Lai Châu" }] });
    await expect(seedFiles(graph, [file])).rejects.toThrow(/vn:lai-chau\): id already declared as Place/);
  });

  it("the committed seed files load as a plan with every article", () => {
    const plan = readSeedPlan(listSeedFiles(SEED_DIR));
    expect(plan.sources.filter((s) => s.kind === SourceKind.ARTICLE)).toHaveLength(5);
  });
});
