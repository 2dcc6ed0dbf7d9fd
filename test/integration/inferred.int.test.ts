import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { removeSources, seedFiles } from "../../src/seed/seed.service";
import { readRows, TestApi } from "../helpers/test-graph";

/**
 * Issue #17, the inferred mark and one fact with all its sources: what the curators inferred
 * says so (with the reason) in every provenance, what a source states says `inferred: false`;
 * a relationship stated by several sources is listed once with every source; every source's
 * value of a metric is kept and a disagreement shows. Against the seeded graph; the two-source
 * cases load two test sources of their own (the five articles state no relationship and no
 * metric twice) and take them out again.
 */

interface Prov {
  source: { id: string };
  quote: string;
  inferred: boolean;
  inferredReason: string | null;
}
const PROV = "source { id } quote inferred inferredReason";

describe("inferred facts and facts with several sources", () => {
  const api = new TestApi();
  /** Every id the two-source cases write starts with this prefix, unique to the run. */
  const P = `test:${randomBytes(4).toString("hex")}:`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "inferred-int-"));

  beforeAll(() => api.start());
  afterAll(async () => {
    await cleanUp();
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  });

  const cleanUp = async (): Promise<void> => {
    const rows = await readRows<{ id: string }>(api.graph, "MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN s.id AS id", { prefix: P });
    if (rows.length)
      await removeSources(
        api.graph,
        rows.map((r) => r.id),
      );
  };

  const ok = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { data, errors } = await api.runText<T>(query, variables);
    expect(errors).toBeUndefined();
    return data as T;
  };

  describe("in the seeded articles", () => {
    it("the vegetable model's places are inferred, with the curator's reason (article 001 gives it no place)", async () => {
      const data = await ok<{ intervention: { relations: { node: { id: string }; provenance: Prov }[] } }>(
        `{ intervention(id: "intervention:than-uyen-vegetables") { relations(type: LOCATED_IN) { node { id } provenance { ${PROV} } } } }`,
      );
      const places = data.intervention.relations;
      expect(places.map((r) => r.node.id).sort()).toEqual(["vn:lai-chau:than-uyen:muong-kim", "vn:lai-chau:than-uyen:pha-mu"]);
      for (const r of places) {
        expect(r.provenance.source.id).toBe("src:001");
        expect(r.provenance.inferred).toBe(true);
        expect(r.provenance.inferredReason).toMatch(/no place for the vegetable model/);
      }
    });

    it("the 14 infrastructure sub-projects' places are inferred", async () => {
      const data = await ok<{ intervention: { relations: { node: { id: string }; provenance: Prov }[] } }>(
        `{ intervention(id: "intervention:than-uyen-infrastructure-subprojects") { relations(type: LOCATED_IN) { node { id } provenance { ${PROV} } } } }`,
      );
      expect(data.intervention.relations).toHaveLength(2);
      for (const r of data.intervention.relations)
        expect([r.node.id, r.provenance.inferred, r.provenance.inferredReason]).toEqual([r.node.id, true, expect.stringMatching(/infrastructure/)]);
    });

    it("DWC's and INKOTA's part in a Than Uyên run is inferred (the quote names neither); the stated parts are not", async () => {
      const data = await ok<{ intervention: { participants: { actor: { id: string }; role: string; inferred: boolean; provenance: Prov; sources: Prov[] }[] } }>(
        `{ intervention(id: "intervention:than-uyen-cattle-fattening-pa-khom") {
            participants { actor { ... on Organization { id } } role inferred provenance { ${PROV} } sources { ${PROV} } } } }`,
      );
      const byActor = new Map(data.intervention.participants.map((p) => [p.actor.id, p]));
      for (const id of ["org:dwc", "org:inkota"]) {
        const part = byActor.get(id)!;
        expect(part.role).toBe("PARTNER");
        expect(part.inferred).toBe(true);
        expect(part.provenance.inferred).toBe(true);
        expect(part.provenance.inferredReason).toMatch(/names neither DWC nor INKOTA/);
        expect(part.provenance.quote).not.toMatch(/DWC|INKOTA/);
        expect(part.sources).toEqual([part.provenance]);
      }
      // DWC's part in the project itself: the quote names DWC, so it is stated.
      const project = await ok<{ project: { participants: { actor: { id: string }; inferred: boolean; provenance: Prov }[] } }>(
        `{ project(id: "project:inkota-dwc-community-subprojects-than-uyen") { participants { actor { ... on Organization { id } } inferred provenance { ${PROV} } } } }`,
      );
      const dwc = project.project.participants.find((p) => p.actor.id === "org:dwc")!;
      expect([dwc.inferred, dwc.provenance.inferred, dwc.provenance.inferredReason]).toEqual([false, false, null]);
      expect(dwc.provenance.quote).toMatch(/DWC/);
    });

    it("an entity the article only implies says so in its mention (Plan International: only its Lai Châu office is named)", async () => {
      const data = await ok<{ organization: { mentions: Prov[] } }>(`{ organization(id: "org:plan-international") { mentions { ${PROV} } } }`);
      expect(data.organization.mentions).toEqual([
        { source: { id: "src:000" }, quote: expect.any(String), inferred: true, inferredReason: expect.stringMatching(/parent organisation is implied/) },
      ]);
      const office = await ok<{ organization: { mentions: Prov[] } }>(`{ organization(id: "org:plan-international-lai-chau") { mentions { ${PROV} } } }`);
      expect(office.organization.mentions.map((m) => [m.source.id, m.inferred, m.inferredReason])).toEqual([["src:000", false, null]]);
    });

    it("a stated fact says inferred: false, in relations, mentions and metrics alike", async () => {
      const data = await ok<{
        intervention: {
          relations: { node: { id: string }; provenance: Prov }[];
          mentions: Prov[];
          metrics: { id: string; provenance: Prov; values: { provenance: Prov }[]; conflict: boolean }[];
        };
      }>(
        `{ intervention(id: "intervention:than-uyen-watermelon-tham-phe") {
            relations(type: LOCATED_IN) { node { id } provenance { ${PROV} } }
            mentions { ${PROV} }
            metrics { id provenance { ${PROV} } values { provenance { ${PROV} } } conflict } } }`,
      );
      expect(data.intervention.relations).toEqual([
        {
          node: { id: "vn:lai-chau:than-uyen:muong-kim:tham-phe" },
          provenance: { source: { id: "src:001" }, quote: expect.stringContaining("Thẩm Phé"), inferred: false, inferredReason: null },
        },
      ]);
      expect(data.intervention.mentions).toEqual([{ source: { id: "src:001" }, quote: expect.any(String), inferred: false, inferredReason: null }]);
      const workshop = await ok<{ event: { metrics: { id: string; value: number; provenance: Prov; values: { value: number; provenance: Prov }[]; conflict: boolean }[] } }>(
        `{ event(id: "event:2023-10-04-bac-ninh-poverty-model-replication-conference") { metrics { id value provenance { ${PROV} } values { value provenance { ${PROV} } } conflict } } }`,
      );
      const delegates = workshop.event.metrics.find((m) => m.id.endsWith("#delegates"))!;
      expect(delegates.value).toBe(90);
      expect(delegates.provenance.inferred).toBe(false);
      expect(delegates.values).toEqual([{ value: 90, provenance: delegates.provenance }]);
      expect(delegates.conflict).toBe(false);
    });
  });

  describe("a fact two sources state", () => {
    const org = `${P}org-a`;
    const run = `${P}run-b`;
    const other = `${P}run-c`;
    const writeSeed = (slug: string, doc: { entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] }): string => {
      const file = path.join(dir, `${slug}.yaml`);
      writeFileSync(file, yaml.dump({ source: { id: `${P}src-${slug}`, kind: "ARTICLE", title: `test source ${slug}`, language: "vi" }, ...doc }));
      return file;
    };
    const families = (value: number, inferred?: string): Record<string, unknown> => ({
      key: "families",
      value,
      unit: "households",
      label: "hộ tham gia",
      quote: `${value} hộ`,
      ...(inferred ? { inferred } : {}),
    });

    beforeAll(async () => {
      const first = writeSeed("one", {
        entities: [
          { kind: "Organization", id: org, name: "Tổ chức A", quote: "tổ chức A" },
          { kind: "Intervention", id: run, name: "Mô hình B", activity: "MODEL_RUN", quote: "mô hình B", metrics: [families(1700)] },
          { kind: "Intervention", id: other, name: "Mô hình C", activity: "MODEL_RUN", quote: "mô hình C" },
        ],
        relationships: [
          { from: org, type: "INVOLVED_IN", role: "IMPLEMENTER", to: run, quote: "A thực hiện B" },
          { from: org, type: "INVOLVED_IN", role: "PARTNER", to: other, quote: "A và C", inferred: "Source one names A beside C only." },
        ],
      });
      const second = writeSeed("two", {
        entities: [
          {
            kind: "Intervention",
            id: run,
            name: "Mô hình B",
            activity: "MODEL_RUN",
            quote: "mô hình B",
            metrics: [families(1400, "The second source counts persons; read as households.")],
          },
          { kind: "Organization", id: org, name: "Tổ chức A", quote: "A", inferred: "Source two names only 'the organisation'; read as A." },
        ],
        relationships: [
          { from: org, type: "INVOLVED_IN", role: "IMPLEMENTER", to: run, quote: "B do A", inferred: "Source two does not name who ran B." },
          { from: org, type: "INVOLVED_IN", role: "PARTNER", to: other, quote: "A, C", inferred: "Source two lists A and C together." },
        ],
      });
      await seedFiles(api.graph, [first, second]);
    }, 60_000);

    it("an involvement two sources state comes once, with both sources, best-ranked first; inferred only when every source says so", async () => {
      const data = await ok<{
        organization: { involvements: { activity: { id: string }; role: string; inferred: boolean; provenance: Prov; sources: Prov[] }[] };
      }>(`query($id: ID!) { organization(id: $id) { involvements { activity { ... on Intervention { id } } role inferred provenance { ${PROV} } sources { ${PROV} } } } }`, {
        id: org,
      });
      const list = data.organization.involvements;
      expect(list.map((i) => [i.activity.id, i.role])).toEqual([
        [run, "IMPLEMENTER"],
        [other, "PARTNER"],
      ]);
      const [stated, inferred] = list;
      expect(stated.sources.map((s) => [s.source.id, s.inferred, s.inferredReason])).toEqual([
        [`${P}src-one`, false, null],
        [`${P}src-two`, true, "Source two does not name who ran B."],
      ]);
      expect(stated.provenance).toEqual(stated.sources[0]);
      expect(stated.inferred).toBe(false); // one source states it
      expect(inferred.sources.map((s) => s.source.id)).toEqual([`${P}src-one`, `${P}src-two`]);
      expect(inferred.inferred).toBe(true); // every source inferred it

      // Seen from the activity: the same one item.
      const seen = await ok<{ intervention: { participants: { actor: { id: string }; sources: Prov[] }[] } }>(
        `query($id: ID!) { intervention(id: $id) { participants { actor { ... on Organization { id } } sources { ${PROV} } } } }`,
        { id: run },
      );
      expect(seen.intervention.participants.map((p) => [p.actor.id, p.sources.length])).toEqual([[org, 2]]);

      // And among the activity's relations: one INVOLVED_IN, two sources.
      const relations = await ok<{ entity: { relations: { node: { id: string }; inferred: boolean; provenance: Prov; sources: Prov[] }[] } }>(
        `query($id: ID!) { entity(id: $id) { relations(type: INVOLVED_IN) { node { id } inferred provenance { ${PROV} } sources { ${PROV} } } } }`,
        { id: run },
      );
      expect(relations.entity.relations.map((r) => [r.node.id, r.inferred, r.provenance.source.id, r.sources.map((p) => p.inferred)])).toEqual([
        [org, false, `${P}src-one`, [false, true]],
      ]);
    });

    it("a metric two sources give differently keeps both values and shows the conflict", async () => {
      const data = await ok<{
        intervention: {
          metrics: {
            id: string;
            value: number;
            provenance: Prov;
            conflict: boolean;
            values: { value: number; unit: string; label: string; qualifier: string; provenance: Prov }[];
          }[];
        };
      }>(`query($id: ID!) { intervention(id: $id) { metrics { id value provenance { ${PROV} } conflict values { value unit label qualifier provenance { ${PROV} } } } } }`, {
        id: run,
      });
      expect(data.intervention.metrics).toHaveLength(1);
      const [metric] = data.intervention.metrics;
      expect(metric.id).toBe(`${run}#families`);
      expect(metric.conflict).toBe(true);
      expect(metric.values.map((v) => [v.value, v.provenance.source.id, v.provenance.quote, v.provenance.inferred, v.provenance.inferredReason])).toEqual([
        [1700, `${P}src-one`, "1700 hộ", false, null],
        [1400, `${P}src-two`, "1400 hộ", true, "The second source counts persons; read as households."],
      ]);
      // `value` stays the best-ranked source's, for clients that read one number.
      expect([metric.value, metric.provenance.source.id, metric.provenance.inferred]).toEqual([1700, `${P}src-one`, false]);
    });

    it("an entity's mentions say which source only implies it", async () => {
      const data = await ok<{ organization: { mentions: Prov[] } }>(`query($id: ID!) { organization(id: $id) { mentions { ${PROV} } } }`, { id: org });
      const bySource = new Map(data.organization.mentions.map((m) => [m.source.id, m]));
      expect([bySource.get(`${P}src-one`)?.inferred, bySource.get(`${P}src-one`)?.inferredReason]).toEqual([false, null]);
      expect([bySource.get(`${P}src-two`)?.inferred, bySource.get(`${P}src-two`)?.inferredReason]).toEqual([true, "Source two names only 'the organisation'; read as A."]);
    });

    it("the reason stays on the statement: the node has no `inferred` property, and a second source's value does not replace the first's", async () => {
      const rows = await readRows<{ node: Record<string, unknown>; metric: Record<string, unknown> }>(
        api.graph,
        `MATCH (n:Entity {id: $org}), (m:Metric {id: $metric}) RETURN properties(n) AS node, properties(m) AS metric`,
        { org, metric: `${run}#families` },
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].node).not.toHaveProperty("inferred");
      expect(rows[0].metric).toMatchObject({ value: 1700 });
      expect(rows[0].metric).not.toHaveProperty("inferred");
    });
  });
});
