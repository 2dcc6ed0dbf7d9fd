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

describe("livelihoods of any article: what is raised, grown or handed over (session 8)", () => {
  it("reads kinds of livestock and crops of two syllables after a handover verb, and not the words they are part of", () => {
    const text = "Giống cho hộ nghèo\n\nNgày 3/4/2024, xã Bảo Nam cấp phát 500 con gia cầm giống và 2.000 cây cao su cho các hộ nghèo; xã cũng hỗ trợ gia đình ông Lò Văn Tư.\n";
    const models = names(text, Label.Model, "vi");
    expect(models).toEqual(expect.arrayContaining(["Nuôi gia cầm", "Trồng cao su"]));
    expect(models.some((m) => /gia đình/iu.test(m))).toBe(false);
  });

  it("reads a training on raising animals and keeping them from disease as one model per animal", () => {
    const text = "Lớp học nghề\n\nSáng 9/10/2024, Trung tâm mở lớp dạy nghề chăn nuôi, phòng chống dịch bệnh cho dê, gia cầm tại xã Bảo Nam.\n";
    expect(names(text, Label.Model, "vi")).toEqual(expect.arrayContaining(["Chăn nuôi dê, phòng chống dịch bệnh", "Chăn nuôi gia cầm, phòng chống dịch bệnh"]));
  });

  it("names a kind of livestock narrowed in parentheses by the animal", () => {
    const text = "Tổ hợp tác mới\n\nNăm 2024, xã Bảo Nam lập tổ hợp tác chăn nuôi gia cầm (ngan thịt) với 12 hộ.\n";
    const models = names(text, Label.Model, "vi");
    expect(models).toContain("Chăn nuôi ngan thịt");
    expect(models).not.toContain("Chăn nuôi gia cầm");
  });

  it("puts a handed-over animal under the article's animal bank", () => {
    const text = "Bò cho hộ nghèo\n\nNgày 6/5/2024, Hội Chữ thập đỏ xã Bảo Nam bàn giao 1 con bò cho hộ bà Hà Thị Lan theo chương trình Ngân hàng bò.\n";
    const models = names(text, Label.Model, "vi");
    expect(models).toContain("Ngân hàng bò");
    expect(models).not.toContain("Nuôi bò");
  });

  it("reads English common phrases of livelihood work", () => {
    const text =
      "Livelihoods in Ky Son\n\nIn 2024 the project helped women in Ky Son district set up savings groups, home gardens and community-based tourism with homestays, and grow cash crops; others keep a VAC.\n";
    expect(names(text, Label.Model, "en")).toEqual(
      expect.arrayContaining(["Savings groups", "Home gardens", "Community-based tourism", "Homestay model", "Cash crops", "VAC model"]),
    );
  });

  it("reads '<crop> plantations' and 'animal husbandry', and what is handed over beyond cattle", () => {
    const text =
      "Support in Ky Son\n\nIn May 2024 the union handed over 400 cinnamon seedlings and 30 geese to poor households, whose rubber plantations had failed. Training covered animal husbandry.\n";
    expect(names(text, Label.Model, "en")).toEqual(expect.arrayContaining(["Cinnamon growing", "Goose raising", "Rubber growing", "Animal husbandry"]));
  });

  it("drafts no model of a practice named in a comparison, of raising awareness or funds, or of 'raising' before a generic noun", () => {
    const text =
      "Income in Ky Son\n\nIn 2024 farmers in Ky Son district earned twice as much as compared to growing maize. The union led awareness raising and fund raising activities.\n";
    expect(names(text, Label.Model, "en")).toEqual([]);
  });

  it("names one English practice once: a judging word dropped, a shorter name of the same head folded into the longer", () => {
    const text =
      "Value chains in Ky Son\n\nIn 2024 the project built successful value chains in Ky Son district. The agricultural value chains link cooperatives with buyers, and safe vegetable farming spreads; safe farming needs training.\n";
    const models = names(text, Label.Model, "en");
    expect(models).toEqual(expect.arrayContaining(["Agricultural value chains", "Safe vegetable farming"]));
    expect(models).not.toEqual(expect.arrayContaining(["Value chains"]));
    expect(models).not.toContain("Safe farming");
    expect(models).not.toContain("Successful value chains");
  });
});

describe("a project's period (session 8)", () => {
  const project = (text: string, lang: "vi" | "en") => draft(text, lang).entities.find((e) => e.kind === Label.Project);

  it("reads a period given by its two ends in the project's sentence", () => {
    const text = "Dự án mới\n\nTừ tháng 2/2022 đến hết tháng 11/2023, Hội Nông dân huyện Kỳ Sơn triển khai dự án “Nuôi ong lấy mật cho phụ nữ” tại xã Bảo Nam.\n";
    expect(project(text, "vi")).toMatchObject({ startDate: "2022-02", endDate: "2023-11" });
  });

  it("reads a period whose first end is a month alone, in a sentence that points back at the article's only project", () => {
    const text =
      "Dự án mới\n\nNgày 4/3/2025, huyện Kỳ Sơn khởi động dự án “Trồng quế cho hộ nghèo” tại xã Bảo Nam. Dự án có tổng kinh phí 2 tỷ đồng, thời gian thực hiện từ tháng 4 đến tháng 10/2025.\n";
    expect(project(text, "vi")).toMatchObject({ startDate: "2025-04", endDate: "2025-10" });
  });

  it("reads English periods, and gives no event's own dates or a single day to the project", () => {
    const text =
      "Bees in Ky Son\n\nThe project “Honey for women” will run from 2024 to 2027 in Ky Son district. From 3 to 5 June 2024, the union held a training on beekeeping in Bao Nam commune.\n";
    expect(project(text, "en")).toMatchObject({ startDate: "2024", endDate: "2027" });
    const other = "Bees in Ky Son\n\nOn 3 June 2024 the project “Honey for women” opened a training in Ky Son district.\n";
    expect(project(other, "en")?.startDate).toBeUndefined();
  });
});

describe("projects named by what they do (session 8)", () => {
  const projects = (text: string, lang: "vi" | "en"): string[] => names(text, Label.Project, lang);

  it("reads 'dự án <what it does>' up to the end of its clause", () => {
    const text = "Dự án cho hộ nghèo\n\nNăm 2024, huyện Kỳ Sơn triển khai dự án hỗ trợ nuôi dê cho 40 hộ nghèo xã Bảo Nam, mỗi hộ được 2 con.\n";
    expect(projects(text, "vi")).toContain("Dự án hỗ trợ nuôi dê cho 40 hộ nghèo xã Bảo Nam");
  });

  it("reads an English project named by its purpose, and one named by the words before it", () => {
    const text =
      "Support for Ky Son\n\nA project to improve rice seed supply for poor farmers in Ky Son district was launched on 3 May 2024. Households also joined a clean water project financed by the province.\n";
    expect(projects(text, "en")).toEqual(expect.arrayContaining(["Project to improve rice seed supply for poor farmers in Ky Son district", "Clean water project"]));
  });

  it("drafts no project from a count, a verb or an ordinal before the word", () => {
    const text = "Visits in Ky Son\n\nThe pair visited two project sites in Ky Son district in 2024. This is the third project of the union there.\n";
    expect(projects(text, "en").filter((p) => p !== "Project")).toEqual([]);
  });
});

describe("numbers of any article (session 8)", () => {
  const metrics = (text: string, lang: "vi" | "en") =>
    draft(text, lang)
      .entities.flatMap((e) => (Array.isArray(e.metrics) ? e.metrics : []))
      .map((m) => `${String(m.value)} ${String(m.unit)}`);

  it("reads a currency written before the number, with its scale", () => {
    const text = "Grant for Ky Son\n\nOn 3 May 2024 the union handed over goats worth VND2 billion and a grant of USD-150,000 to poor households in Ky Son district.\n";
    expect(metrics(text, "en")).toEqual(expect.arrayContaining(["2000000000 VND", "150000 USD"]));
  });

  it("reads a scale word before any unit, and thousands set apart by spaces", () => {
    const vi = "Dự án mới\n\nNăm 2024, dự án “Nuôi ong cho hộ nghèo” của huyện Kỳ Sơn hỗ trợ 1,2 nghìn hộ với kinh phí 3,5 triệu USD.\n";
    expect(metrics(vi, "vi")).toEqual(expect.arrayContaining(["1200 households", "3500000 USD"]));
    const en = "Aid for Ky Son\n\nIn 2024 the project “Bees for women” reached 12 500 people and gave 2.5 million Vietnamese dong to each group in Ky Son district.\n";
    expect(metrics(en, "en")).toEqual(expect.arrayContaining(["12500 people", "2500000 VND"]));
  });

  it("reads counts written as words and counts whose unit follows describing words", () => {
    const text = "Project in Ky Son\n\nIn 2024 the project “Bees for women” covered four communes and supported 820 poor and near-poor women in Ky Son district.\n";
    expect(metrics(text, "en")).toEqual(expect.arrayContaining(["4 communes", "820 women"]));
  });

  it("reads so much for each household", () => {
    const text = "Gà cho hộ nghèo\n\nNgày 2/6/2024, xã Bảo Nam trao 50 con gà/hộ cho 30 hộ nghèo.\n";
    expect(metrics(text, "vi")).toEqual(expect.arrayContaining(["50 animals per household", "30 poor households"]));
  });
});

describe("outcomes a source states (session 8)", () => {
  const outcomeTypes = (text: string, lang: "vi" | "en"): string[] =>
    draft(text, lang)
      .entities.filter((e) => e.kind === Label.Outcome)
      .map((e) => String(e.outcomeType));

  it("reads an income that rose, and work that goes on, in Vietnamese", () => {
    const text =
      "Nuôi ong ở Bảo Nam\n\nNgày 2/6/2024, Hội Nông dân xã Bảo Nam trao 40 đàn ong cho 20 hộ nghèo. Sau một năm, thu nhập của các hộ tăng gấp đôi. Hội sẽ tiếp tục hỗ trợ thêm 10 hộ trong năm tới.\n";
    expect(outcomeTypes(text, "vi")).toEqual(expect.arrayContaining(["RESULT", "NEXT_STEP"]));
  });

  it("reads an income that rose, a lesson and a next step in English", () => {
    const text =
      "Bees in Ky Son\n\nOn 2 June 2024 the union handed over 40 beehives to poor households in Ky Son district. Their incomes have doubled since. The union learned that training must come first. In the coming years it will expand the work.\n";
    expect(outcomeTypes(text, "en")).toEqual(expect.arrayContaining(["RESULT", "LESSON", "NEXT_STEP"]));
  });
});

describe("what a handover gave is counted on the handover (session 8)", () => {
  it("puts the animals given on the article's one handover, not on the program the sentence names", () => {
    const text =
      "Trao gà cho hộ nghèo\n\nSáng 4/6/2024, huyện Kỳ Sơn trao gà giống cho hộ nghèo xã Bảo Nam. Từ nguồn vốn Chương trình 135, 30 hộ dân được hỗ trợ 3.000 con gà giống.\n";
    const seed = draft(text, "vi");
    const handover = seed.entities.find((e) => e.kind === Label.Event)!;
    expect((handover.metrics ?? []).map((m) => `${String(m.value)} ${String(m.unit)}`)).toContain("3000 animals");
  });
});
