import { metricValuesDiffer } from "../../src/entities/entity.resolver";
import { Qualifier } from "../../src/graph/graph.enums";
import { oncePerKey, provenanceRow, toProvenance } from "../../src/graph/graph.node";

describe("provenance rows", () => {
  it("read the stored reason as the inferred mark; no reason (or an empty one) is a stated fact", () => {
    expect(toProvenance({ sourceId: "src:001", quote: "q", inferred: "No place given." })).toEqual({
      sourceId: "src:001",
      quote: "q",
      note: null,
      inferred: true,
      inferredReason: "No place given.",
    });
    expect(toProvenance({ sourceId: "src:001", quote: "q" })).toMatchObject({ inferred: false, inferredReason: null });
    expect(provenanceRow("src:001", "q", null, "  ")).toMatchObject({ inferred: false, inferredReason: null });
    expect(toProvenance({ quote: "q", inferred: "x" })).toBeNull();
  });

  it("fold one fact per key with every source, best-ranked first; inferred only when every source says so", () => {
    const p = (sourceId: string, inferred?: string) => provenanceRow(sourceId, `quote ${sourceId}`, null, inferred);
    const items = [
      { id: "a", provenance: p("src:002", "why") },
      { id: "b", provenance: p("src:003", "why") },
      { id: "a", provenance: p("src:001") },
      { id: "b", provenance: p("src:001", "why") },
    ];
    const folded = oncePerKey(items, (i) => i.id);
    expect(folded.map((f) => [f.id, f.provenance?.sourceId, f.sources.map((s) => s.sourceId), f.inferred])).toEqual([
      ["a", "src:001", ["src:001", "src:002"], false],
      ["b", "src:001", ["src:001", "src:003"], true],
    ]);
  });

  it("a metric's values conflict when value, unit or qualifier differ, not when only the wording does", () => {
    const v = (value: number, unit = "households", qualifier = Qualifier.EXACT) => ({ value, unit, qualifier });
    expect(metricValuesDiffer([v(1700), v(1400)])).toBe(true);
    expect(metricValuesDiffer([v(90), v(90, "people")])).toBe(true);
    expect(metricValuesDiffer([v(90), v(90, "households", Qualifier.MORE_THAN)])).toBe(true);
    expect(metricValuesDiffer([v(90), v(90)])).toBe(false);
    expect(metricValuesDiffer([v(90)])).toBe(false);
  });
});
