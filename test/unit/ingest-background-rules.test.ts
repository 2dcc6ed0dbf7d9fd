/**
 * background.rules.ts on its own (issue 18, round 8): the cue that makes a clause speak of an act instead of stating it,
 * one row per cue family, history above all (the relationship suites reach it only through whole sentences). Every
 * stretch is written for this file.
 */
import { clauseBefore, negatedRightBefore, unstatedCue } from "../../src/ingest/stages/background.rules";

describe("unstatedCue: a history", () => {
  it.each([
    ["Hội Nông dân huyện từng tài trợ", "từng tài trợ"],
    ["tổ chức này đã từng được tài trợ", "từng được tài trợ"],
    ["Năm 2019, đoàn từng đến thăm", "từng đến thăm"],
    ["Hội từng trao", "từng trao"],
    ["Trước đây, Plan International hỗ trợ", "Trước đây"],
    ["trước kia UBND xã triển khai", "trước kia"],
    ["CARE previously funded", "previously"],
    ["the union formerly ran", "formerly"],
    ["In the past, Oxfam supported", "In the past"],
    ["the centre used to train", "used to"],
    ["World Vision had funded", "had funded"],
    ["the district had already built", "had already built"],
    ["the board had once held", "had once held"],
    ["ActionAid had set up", "had set up"],
    ["the commune had held", "had held"],
    ["the donor had paid", "had paid"],
  ])("%s → %s", (stretch, cue) => {
    expect(unstatedCue(stretch)).toBe(cue);
  });

  it.each([
    // what the body does now, said in the past tense or with "từng" meaning "each"
    "Hội Nông dân huyện đã tài trợ",
    "CARE funded",
    "the union has run",
    "the centre trained",
    "từng hộ được nhận",
    "had 40 members",
    "had ten members",
    "had one project",
    "the district has held",
  ])("%s → none", (stretch) => {
    expect(unstatedCue(stretch)).toBeUndefined();
  });
});

describe("unstatedCue: negations, plans and conditions", () => {
  it.each([
    ["UBND xã không tổ chức", "không"],
    ["CARE did not fund", "not"],
    ["the union didn't attend", "n't"],
    ["the centre failed to open", "failed to"],
    ["Dự kiến Hội sẽ tổ chức", "Dự kiến"],
    ["Oxfam plans to fund", "plans to"],
    ["the province proposed", "proposed"],
    ["Nếu có kinh phí, Hội sẽ mở", "Nếu"],
    ["unless the donor pays", "unless"],
  ])("%s → %s", (stretch, cue) => {
    expect(unstatedCue(stretch)).toBe(cue);
  });

  it.each(["Hội không chỉ tổ chức", "không ngừng hỗ trợ", "viện trợ không hoàn lại của", "not only funded", "Hội sẽ tổ chức", "the union will train"])("%s → none", (stretch) => {
    expect(unstatedCue(stretch)).toBeUndefined();
  });
});

describe("negatedRightBefore and clauseBefore", () => {
  it("reads a negation right before a word, and only there", () => {
    expect(negatedRightBefore("đại diện Sở không ")).toBe(true);
    expect(negatedRightBefore("the district did not ")).toBe(true);
    expect(negatedRightBefore("không chỉ Sở ")).toBe(false);
  });

  it("keeps a sentence's lead cue for a later clause, but not a concessive lead's", () => {
    const lead = "Trước đây, Hội Nông dân xã tổ chức tập huấn";
    expect(unstatedCue(clauseBefore(lead, 0, lead.length))).toBe("Trước đây");
    const concessive = "Dù chưa có kinh phí, Hội Nông dân xã tổ chức tập huấn";
    expect(unstatedCue(clauseBefore(concessive, 0, concessive.length))).toBeUndefined();
  });
});
