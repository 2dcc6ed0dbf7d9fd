import { patternsInTheWay } from "../../src/ingest/ingest.gold-patterns";

describe("the pattern in the way of a missed ingest target", () => {
  it("counts misses by language and by relationship kind, with examples", () => {
    const line = patternsInTheWay("missed", [
      { article: "03", language: "en", items: ["oxfam -INVOLVED_IN(IMPLEMENTER)-> project-a", "nz-embassy -INVOLVED_IN(FUNDER)-> project-a"] },
      { article: "07", language: "vi", items: ["hoi-nong-dan -INVOLVED_IN(IMPLEMENTER)-> training-b"] },
      { article: "08", language: "vi", items: [] },
    ]);
    expect(line).toBe(
      "3 missed in 2 articles (English 2, Vietnamese 1)" +
        "; commonest kinds: INVOLVED_IN(IMPLEMENTER) 2, INVOLVED_IN(FUNDER) 1; e.g. 03: oxfam -INVOLVED_IN(IMPLEMENTER)-> project-a; 03: nz-embassy -INVOLVED_IN(FUNDER)-> project-a",
    );
  });

  it("counts names by their first word, and says nothing when nothing was missed", () => {
    const line = patternsInTheWay("drafted but not in the gold", [
      { article: "11", language: "vi", items: ['org:hoi-a "Hội Nông dân xã A"', 'org:hoi-b "Hội Phụ nữ"', 'org:so-c "Sở Y tế"'] },
    ]);
    expect(line).toContain("3 drafted but not in the gold in 1 article (Vietnamese 3)");
    expect(line).toContain("commonest first words: Hội 2, Sở 1");
    expect(patternsInTheWay("missed", [{ article: "01", language: "vi", items: [] }])).toBe("");
  });
});
