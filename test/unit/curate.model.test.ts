import { segmentText, slugId, trimSelection } from "../../curate/src/highlights.model";

/** The workbench's pure parts (curate/src/highlights.model.ts): highlighting quotes and selections. */
describe("curate highlights", () => {
  it("cuts the text at every quote, covering it whole, overlaps listing the innermost first", () => {
    const segments = segmentText(20, [
      { id: "a", start: 2, end: 10 },
      { id: "b", start: 5, end: 8 },
      { id: "c", start: 15, end: 20 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ["a"] },
      { start: 5, end: 8, ids: ["b", "a"] },
      { start: 8, end: 10, ids: ["a"] },
      { start: 10, end: 15, ids: [] },
      { start: 15, end: 20, ids: ["c"] },
    ]);
    // The segments tile the text exactly.
    expect(segments.reduce((n, s) => n + s.end - s.start, 0)).toBe(20);
  });

  it("draws no quote that lies outside the text or is empty", () => {
    expect(
      segmentText(5, [
        { id: "x", start: 3, end: 9 },
        { id: "y", start: 2, end: 2 },
        { id: "z", start: -1, end: 2 },
      ]),
    ).toEqual([{ start: 0, end: 5, ids: [] }]);
  });

  it("trims the white space around a selection, in either direction", () => {
    const text = "Quỹ  Hy Vọng  tài trợ";
    expect(trimSelection(text, 13, 3)).toEqual({ start: 5, end: 12 });
    expect(text.slice(5, 12)).toBe("Hy Vọng");
    expect(trimSelection(text, 3, 5)).toBeNull();
  });

  it("makes ASCII ids from Vietnamese names", () => {
    expect(slugId("org:", "Nhóm thiện nguyện Cánh Ong Vàng")).toBe("org:nhom-thien-nguyen-canh-ong-vang");
    expect(slugId("org:", "Đoàn Thanh niên")).toBe("org:doan-thanh-nien");
    expect(slugId("place:", "  ")).toBe("place:new");
  });
});
