/**
 * (models10) Livelihood models must not be drafted with names that are no names. Sentences written for this test, in
 * the ways provincial portals, national papers and NGO sites write: "mô hình" before a name and before a predicate
 * ("mô hình phù hợp", "nhiều mô hình chưa duy trì được"); a verb of making ("sấy", "chế biến", "nuôi", "trồng") before a
 * product and before an adverb, a comparison or a region ("sấy lên 4 sao", "tăng gấp đôi", "sấy vùng …"); crop names of
 * several syllables ("sa nhân tím", "mắc ca", "cà phê"); a practice judged in a quotation ("Nuôi dê không khó"); English
 * "… models" after a verb and its particle ("leave behind models") and a possessive before a practice ("the village's
 * goat-raising group"); linkage and herd care said in passing.
 */
import { Label } from "../../src/graph/graph.model";
import { enMayPrecedeModel, enPossessiveHead, insideQuote, viBareLinkageStated, viCompoundProductLength, viPredicateAfterModel } from "../../src/ingest/models10.rules";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

/** The names of the models the draft of `body` proposes. */
const models = (body: string, lang: "vi" | "en"): string[] =>
  draftSeed(`${lang === "vi" ? "Tin Kỳ Sơn" : "News from Ky Son"}\n\n${body}\n`, lang)
    .entities.filter((e) => e.kind === Label.Model)
    .map((e) => String(e.name));

describe("(models10) a predicate after 'mô hình' names no model", () => {
  it.each<[string, string]>([
    ["Xã Hữu Kiệm chọn mô hình nuôi bò sinh sản phù hợp với điều kiện của các hộ nghèo.", "Nuôi bò sinh sản"],
    ["Huyện Kỳ Sơn nhân rộng mô hình trồng cà phê dưới tán rừng cho đồng bào.", "Trồng cà phê dưới tán rừng"],
    ["Năm 2024, xã Bảo Nam xây dựng mô hình trồng mắc ca xen cà phê.", "Trồng mắc ca xen cà phê"],
    ["Đoàn công tác thăm mô hình trồng sa nhân tím dưới tán rừng của 20 hộ ở xã Mường Típ.", "Trồng sa nhân tím dưới tán rừng"],
    ["Hội Phụ nữ xã Hữu Kiệm duy trì mô hình nuôi gà thả vườn rất hiệu quả.", "Nuôi gà thả vườn"],
    ["Sau hai năm, mô hình trồng chè theo hướng hữu cơ ở xã Bảo Nam cho thu nhập ổn định.", "Trồng chè theo hướng hữu cơ"],
  ])("drafts the name: %s", (text, name) => {
    expect(models(text, "vi")).toContain(name);
  });

  it.each<string>([
    "Cán bộ đánh giá cao việc lựa chọn mô hình phù hợp với điều kiện tự nhiên của xã Bảo Nam.",
    "Tuy vậy, ở xã Hữu Kiệm nhiều mô hình chưa duy trì được vì thiếu vốn.",
    "Theo ông, mô hình rất hiệu quả nhưng khó nhân rộng ra các xã khác.",
    "Hội nghị chỉ ra rằng mô hình không thể nhân rộng nếu thiếu đầu ra.",
    "Mô hình hiệu quả nhất ở xã Mường Típ là mô hình do người dân tự làm.",
  ])("drafts no model: %s", (text) => {
    expect(models(text, "vi")).toEqual([]);
  });

  it("reads the predicate words, single and paired", () => {
    expect(viPredicateAfterModel(["phù", "hợp", "với"])).toBe(true);
    expect(viPredicateAfterModel(["chưa", "duy", "trì"])).toBe(true);
    expect(viPredicateAfterModel(["hiệu", "quả"])).toBe(true);
    expect(viPredicateAfterModel(["nuôi", "bò"])).toBe(false);
    expect(viPredicateAfterModel(["hiệu", "ứng"])).toBe(false);
  });
});

describe("(models10) a verb-led model needs a product after the verb", () => {
  it.each<[string, string]>([
    ["Tổ hợp tác của xã Bảo Nam đầu tư lò để sấy hồng bán cho khách du lịch.", "Sấy hồng"],
    ["Hợp tác xã ở xã Hữu Kiệm hỗ trợ chị em chế biến chè theo hướng hữu cơ.", "Chế biến chè theo hướng hữu cơ"],
    ["Các hộ ở xã Mường Típ được tập huấn kỹ thuật chế biến măng khô để bán quanh năm.", "Chế biến măng khô"],
    ["Hội LHPN xã hỗ trợ 20 hộ ở xã Bảo Nam nuôi dê sinh sản. Chị Mai cho biết nuôi dê rất vất vả vào mùa đông.", "Nuôi dê sinh sản"],
    ["Từ năm 2023, đồng bào xã Mường Típ chuyển sang mô hình trồng mắc ca.", "Trồng mắc ca"],
    ["Hội Nông dân xã Hữu Kiệm hỗ trợ hội viên trồng cà phê theo hướng hữu cơ.", "Trồng cà phê theo hướng hữu cơ"],
  ])("drafts the product: %s", (text, name) => {
    expect(models(text, "vi")).toContain(name);
  });

  it.each<string>([
    "Có máy sấy mới, công suất chế biến của hợp tác xã ở xã Bảo Nam tăng gấp đôi.",
    "Sản phẩm của xã Hữu Kiệm sẽ được nâng hạng, rau sấy lên 4 sao trong năm tới.",
    "Cà chua sấy dẻo bán chạy, giá rau sấy cao gấp 3 lần rau tươi.",
    "Tỉnh bàn giao cho xã Mường Típ thiết bị chế biến hỗ trợ từ nguồn vốn nông thôn mới.",
    "Sản phẩm này góp phần nâng giá trị rau củ sấy vùng Kỳ Sơn.",
    'Bà con xã Bảo Nam nói: "Trồng chè không khó, chỉ cần chăm chỉ."',
  ])("drafts no model: %s", (text) => {
    expect(models(text, "vi")).toEqual([]);
  });

  it("keeps a crop's name of several syllables whole", () => {
    expect(viCompoundProductLength(["trồng", "sa", "nhân", "tím", "dưới"], 1)).toBe(3);
    expect(viCompoundProductLength(["sa", "nhân"], 0)).toBe(2);
    expect(viCompoundProductLength(["cà", "chua"], 0)).toBe(0);
  });
});

describe("(models10) English: a verb's particle or an owner is no word of a practice", () => {
  it.each<[string, string]>([
    ["The project helped 40 households in Huu Kiem commune start a goat-raising model.", "Goat raising"],
    ["Women in Bao Nam commune learned pig raising from the district extension staff.", "Pig raising"],
    ["The union supports a cattle-breeding model for poor households in Muong Tip commune.", "Cattle breeding"],
    ["The district's goat raising has grown since the project began supporting households in Bao Nam commune.", "Goat raising"],
    ["With project support, members of the village's goat-raising group in Huu Kiem commune built new pens.", "Goat raising"],
    ["The project introduced a bamboo-growing model to 30 households in Muong Tip commune.", "Bamboo growing"],
  ])("drafts the practice: %s", (text, name) => {
    expect(models(text, "en")).toContain(name);
  });

  it.each<string>([
    "We expect the programme to leave behind models that the district can use.",
    "The province hopes to scale up models once funding is secured.",
    "Officials said such models are hard to copy without a market.",
  ])("drafts no model: %s", (text) => {
    expect(models(text, "en")).toEqual([]);
  });

  it("reads the words before 'model' and a possessive head", () => {
    expect(enMayPrecedeModel("behind")).toBe(false);
    expect(enMayPrecedeModel("goat-raising")).toBe(true);
    expect(enPossessiveHead("Village's goat raising")).toBe("Village's ".length);
    expect(enPossessiveHead("Goat raising")).toBe(0);
  });
});

describe("(models10) linkage and herd care in passing", () => {
  it.each<[string, string]>([
    ["Năm 2024, hợp tác xã ở xã Bảo Nam ký hợp đồng liên kết tiêu thụ gà, măng với doanh nghiệp.", "Liên kết tiêu thụ"],
    ["Xã Hữu Kiệm mở rộng liên kết sản xuất với ba công ty chế biến.", "Liên kết sản xuất"],
    ["Năm nay, HTX xã Mường Típ liên kết tiêu thụ với siêu thị ở thành phố Vinh.", "Liên kết tiêu thụ"],
    ["Các hộ ở xã Bảo Nam tham gia liên kết sản xuất với một doanh nghiệp chế biến gừng.", "Liên kết sản xuất"],
    ["Huyện kiểm tra các mô hình liên kết sản xuất ở xã Hữu Kiệm.", "Liên kết sản xuất"],
    ["Hội Nông dân xã Mường Típ tập huấn chăm sóc, quản lý và phòng bệnh cho đàn trâu của các hộ.", "Chăm sóc, quản lý và phòng bệnh cho đàn trâu"],
  ])("drafts the model: %s", (text, name) => {
    expect(models(text, "vi")).toContain(name);
  });

  it.each<[string, RegExp]>([
    ["Bài học rút ra ở xã Bảo Nam là phải gắn sản xuất với liên kết tiêu thụ ngay từ đầu.", /^Liên kết/u],
    ['Ông nói: "Cách tổ chức sản xuất theo HTX và liên kết tiêu thụ ở đây rất đáng học hỏi."', /^Liên kết/u],
    ["Ở xã Hữu Kiệm, HTX có 30 thành viên, liên kết sản xuất với 45 hộ trồng rau theo hướng VietGAP.", /^Liên kết/u],
    ["Ở xã Mường Típ, 20 hộ nhận dê giống để nuôi dê sinh sản và được tập huấn chăm sóc, phòng bệnh cho dê.", /^Chăm sóc/u],
  ])("drafts no such model: %s", (text, not) => {
    expect(models(text, "vi").filter((n) => not.test(n))).toEqual([]);
  });

  it("reads a bare linkage's parties and quotation marks", () => {
    expect(viBareLinkageStated("Xã ", " với hai công ty.", false)).toBe(true);
    expect(viBareLinkageStated("gắn sản xuất với ", " ngay từ đầu.", false)).toBe(false);
    expect(viBareLinkageStated("Xã ", " với hai công ty.", true)).toBe(false);
    expect(insideQuote('Ông nói: "Cách làm và ', 22)).toBe(true);
    expect(insideQuote("Ông nói rằng", 12)).toBe(false);
  });
});
