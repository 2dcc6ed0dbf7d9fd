/**
 * Rules for livelihood models written for issue 18's patterns (models named as a project's or a
 * body's name, infrastructure, support named by what is provided): each case is a sentence written
 * for the test (never an article's), run through the whole pipeline against a small gazetteer, or
 * against the seeds where the case is about not binding to a known model.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { buildKnowledge, type Knowledge, parseCorpus } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const knowledge: Knowledge = buildKnowledge([testGazetteer([KY_SON_COMMUNES.baoNam])]);
const index = indexCorpus(knowledge);

const draft = (text: string, lang: "vi" | "en", k: Knowledge = knowledge) => ingestArticle(text, { file: "t.txt", number: 9, lang }, k, k === knowledge ? index : undefined).seed;
const names = (text: string, kind: Label, lang: "vi" | "en"): string[] =>
  draft(text, lang)
    .entities.filter((e) => e.kind === kind)
    .map((e) => String(e.name));

describe("models named as a project's, program's or body's name", () => {
  it("keeps an animal bank named as a project as a model too", () => {
    const text = "Trâu cho hộ nghèo\n\nNăm 2024, huyện Kỳ Sơn triển khai dự án “Ngân hàng dê” cho 30 hộ nghèo xã Bảo Nam.\n";
    expect(names(text, Label.Model, "vi")).toContain("Ngân hàng dê");
  });

  it("reads the value chain of a product inside a project's title as a model, without binding it to the known value-chain model", () => {
    const text = "Khởi động dự án\n\nNgày 2/3/2024, tỉnh Nghệ An khởi động dự án “Phát triển chuỗi giá trị quế cho phụ nữ vùng cao”.\n";
    const seed = draft(text, "vi", buildKnowledge(parseCorpus(SEED_DIR)));
    const models = seed.entities.filter((e) => e.kind === Label.Model).map((e) => e.id);
    expect(models).toContain("model:phat-trien-chuoi-gia-tri-que");
    expect(models).not.toContain("model:value-chain-linkage");
  });

  it("reads what a cooperative or a production unit makes, and drafts no model run at the cooperative's commune", () => {
    const text = "Thăm hợp tác xã\n\nNgày 5/6/2024, đoàn công tác thăm Hợp tác xã Nông nghiệp Cam sành tại xã Bảo Nam và cơ sở sản xuất chè khô ở huyện Kỳ Sơn.\n";
    const seed = draft(text, "vi");
    const models = seed.entities.filter((e) => e.kind === Label.Model).map((e) => String(e.name));
    expect(models).toEqual(expect.arrayContaining(["Trồng cam sành", "Sản xuất chè khô"]));
    const cam = seed.entities.find((e) => e.name === "Trồng cam sành")!;
    expect(seed.relationships.some((r) => r.type === RelType.APPLIES && r.to === cam.id)).toBe(false);
  });

  it("keeps an animal raised inside a body's name as a model", () => {
    const text = "Chi hội mới\n\nNăm 2024, xã Bảo Nam thành lập Chi hội nông dân nghề nghiệp chăn nuôi gà thả vườn với 20 hội viên.\n";
    expect(names(text, Label.Model, "vi").some((m) => /^Chăn nuôi gà thả vườn$/iu.test(m))).toBe(true);
  });
});

describe("infrastructure and support named by what is provided", () => {
  it("reads Vietnamese infrastructure up to the end of its clause", () => {
    const text = "Công trình cho dân\n\nNăm 2024, dự án đầu tư tại xã Bảo Nam: hạ tầng nước sạch và vệ sinh môi trường; cơ sở hạ tầng trong trường học.\n";
    expect(names(text, Label.Model, "vi")).toEqual(expect.arrayContaining(["Hạ tầng nước sạch và vệ sinh môi trường", "Cơ sở hạ tầng trong trường học"]));
  });

  it("leaves a bare mention of infrastructure alone", () => {
    const text = "Họp huyện\n\nNăm 2024, huyện Kỳ Sơn bàn về hạ tầng kỹ thuật của thị trấn.\n";
    expect(names(text, Label.Model, "vi").some((m) => /hạ tầng/iu.test(m))).toBe(false);
  });

  it("reads English infrastructure, dropping the counts from the name", () => {
    const text = "Roads for Ky Son\n\nBy 2024 the project had built 120 kilometers of inter-commune roads, 40 bridges and clean water supply stations in Ky Son district.\n";
    const models = names(text, Label.Model, "en");
    expect(models).toEqual(expect.arrayContaining(["Inter-commune roads and bridges", "Clean water supply stations"]));
    expect(models.some((m) => /\d/.test(m))).toBe(false);
  });

  it("reads support named by what is provided", () => {
    const text =
      "Support in Ky Son\n\nIn 2024 the project ran seed and livestock provision, vaccination guidance and infrastructure improvement for production in Ky Son district.\n";
    expect(names(text, Label.Model, "en")).toEqual(expect.arrayContaining(["Seed and livestock provision", "Vaccination guidance", "Infrastructure improvement for production"]));
  });
});
