/**
 * The gold as a seed file (ingest.gold-seed.ts), what `ingest:score --ceiling` loads: every gold file of both sets
 * makes a valid seed file, and each gold outcome becomes an Outcome on what it is about, so that a gold question may
 * ask what came of an activity.
 */
import path from "node:path";
import { Label, RelType } from "../../src/graph/graph.model";
import { buildKnowledge, parseCorpus } from "../../src/ingest/ingest.corpus";
import { GOLD_DIR, loadGoldCorpus } from "../../src/ingest/ingest.gold";
import { goldAsSeed } from "../../src/ingest/ingest.gold-seed";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { type EntityKind, validateSeedFile } from "../../src/seed/seed.schema";

const kinds = buildKnowledge(parseCorpus(SEED_DIR)).kinds as ReadonlyMap<string, EntityKind>;
const gold = [GOLD_DIR, path.join(GOLD_DIR, "..", "fresh-2026-12-08"), path.join(GOLD_DIR, "..", "fresh-2026-12-08b")].flatMap((dir) => loadGoldCorpus(dir).gold);

describe("the gold as a seed file", () => {
  it("covers the three gold sets", () => expect(gold.length).toBe(64));

  it.each(gold.map((g) => [`${g.split} ${g.article}`, g] as const))("%s is a valid seed file with its outcomes", (_name, g) => {
    const { seed, dropped } = goldAsSeed(g);
    expect(() => validateSeedFile(`${g.article}.yaml`, seed, kinds)).not.toThrow();
    const outcomes = seed.entities.filter((e) => e.kind === Label.Outcome);
    const held = seed.relationships.filter((r) => r.type === RelType.HAS_OUTCOME);
    expect(outcomes.length + dropped.filter((d) => d.includes("-HAS_OUTCOME->")).length).toBe((g.outcomes ?? []).length);
    expect(held.map((r) => r.to).sort()).toEqual(outcomes.map((o) => o.id).sort());
    for (const o of g.outcomes ?? []) {
      const e = outcomes.find((x) => x.name === o.text);
      if (e) expect(e.outcomeType).toBe(o.outcomeType);
    }
  });
});
