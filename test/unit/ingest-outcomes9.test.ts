/**
 * Round 9 (outcomes9): what came of the work, told above the sentence. Every article here was written for this file (a title line,
 * a date line, a few sentences, the way provincial portals, national papers and NGO sites write), each run through the whole pipeline
 * against the small test gazetteer. (1) A sentence that reports a speaker ("Bà A, cán bộ …, cho biết, …", "Ms B, the project officer,
 * said …") is read for what it reports: the outcome is named from the reported clause, and a sentence that only says who spoke, or
 * whose cue is in the speaker's post, drafts none. (2) A result told a few sentences after the activity, opening "Sau 2 năm", "Đến nay",
 * "Nhờ được hỗ trợ …", "So far", "Thanks to …", is the article's one project's (else its one model's, else its one event's), drafted
 * inferred; look-alikes: two projects, a place's record, a target, what is still to come, a programme's record.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import type { SeedFile } from "../../src/seed/seed.schema";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel, relLines } from "../helpers/ingest-rels";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

interface Out {
  type: string;
  about: string;
  name: string;
  inferred: boolean;
}
/** The draft's outcomes: type, holder as "Kind:name", the outcome's name, and whether the holder is inferred. */
const outcomesOf = (seed: SeedFile): Out[] => {
  const by = new Map(seed.entities.map((e) => [e.id, e]));
  return seed.entities
    .filter((e) => e.kind === Label.Outcome)
    .map((o) => {
      const r = seed.relationships.find((x) => x.type === RelType.HAS_OUTCOME && x.to === o.id);
      const h = r ? by.get(r.from) : undefined;
      return { type: String(o.outcomeType), about: h ? `${h.kind}:${String(h.name)}` : "?", name: String(o.name), inferred: Boolean(r && "inferred" in r && r.inferred) };
    });
};

interface Row {
  what: string;
  lang: "vi" | "en";
  text: string;
  /** Outcomes that must be drafted: type, holder, and a pattern the outcome's name must match. */
  must?: readonly (readonly [string, RegExp, RegExp])[];
  /** Outcome types that must not be drafted (any holder); "ANY" for none at all. */
  not?: readonly string[];
  /** Words no outcome's name may hold (the speaker's lead). */
  notInName?: RegExp;
}

const PJ = new RegExp(`^${Label.Project}:`, "u");

/** (1) What a speaker reports, not who spoke. */
const REPORTED: readonly Row[] = [
  {
    what: "vi: a beneficiary's official reports a family out of poverty",
    lang: "vi",
    text: `Nuôi lợn đen ở Bảo Nam
Thứ Hai, 14/10/2024
Dự án “Sinh kế cho phụ nữ vùng biên” do Hội Liên hiệp Phụ nữ huyện Kỳ Sơn thực hiện tại xã Bảo Nam từ năm 2022. Mỗi hộ tham gia được nhận ba con lợn nái giống. Bà Lô Thị Hoa, cán bộ Hội Phụ nữ xã Bảo Nam, cho biết, nhờ nuôi lợn theo dự án, gia đình chị Vi Thị Xuân đã thoát nghèo.
`,
    must: [["RESULT", PJ, /^nhờ nuôi lợn/iu]],
    notInName: /cho biết|Lô Thị Hoa/u,
  },
  {
    what: "en: an NGO officer says the families earn more",
    lang: "en",
    text: `Pigs bring new income to Bao Nam
15 October 2024
The Border Women Livelihoods Project has run in Bao Nam commune, Ky Son district since 2022. Each family received three sows and a course on feeding. Ms Sarah Quinn, the project officer of Helping Hands, said that the families have increased their incomes by a third.
`,
    must: [["RESULT", PJ, /^the families have increased/iu]],
    notInName: /said|Quinn/u,
  },
  {
    what: "vi: the commune chairman affirms the model paid off",
    lang: "vi",
    text: `Hiệu quả từ dự án trồng gừng ở Hữu Kiệm
Ngày 3/9/2024
Dự án “Trồng gừng dưới tán rừng” được triển khai tại xã Hữu Kiệm, huyện Kỳ Sơn với 40 hộ tham gia. Các hộ được cấp giống và phân bón trong hai vụ. Ông Vi Văn Tâm, Chủ tịch UBND xã Hữu Kiệm, khẳng định mô hình đã mang lại hiệu quả rõ rệt cho bà con.
`,
    must: [["RESULT", PJ, /^mô hình đã mang lại/iu]],
    notInName: /khẳng định|Vi Văn Tâm/u,
  },
  {
    what: "en: according to a union head, the lesson learned",
    lang: "en",
    text: `Goat keeping in Muong Tip
2 August 2024
The Highland Goats Project gave 60 goats to 20 poor households in Muong Tip commune, Ky Son district, in early 2023. Staff visited the sheds every month. According to Mr Lo Van Son, head of the commune farmers' union, the key lesson is that households must keep their sheds dry in the rainy season.
`,
    must: [["LESSON", PJ, /^the key lesson/iu]],
    notInName: /According|Lo Van Son/u,
  },
  {
    what: "vi: the project board head shares the next step",
    lang: "vi",
    text: `Mở rộng mô hình nuôi bò ở Mường Típ
Ngày 20/11/2024
Dự án “Bò sinh sản cho hộ nghèo” do Hội Nông dân huyện Kỳ Sơn thực hiện đã trao 30 con bò cho các hộ ở xã Mường Típ. Ông Lương Văn Phúc, Trưởng ban quản lý dự án, chia sẻ: thời gian tới dự án sẽ nhân rộng mô hình ra ba xã lân cận.
`,
    must: [["NEXT_STEP", PJ, /^thời gian tới/iu]],
    notInName: /chia sẻ|Lương Văn Phúc/u,
  },
  {
    what: "en: the project director says what comes next",
    lang: "en",
    text: `Green Roots plans more rice fields
9 December 2024
The Clean Rice Project of Green Roots has helped 50 households in Huu Kiem commune, Ky Son district, switch to organic rice. Mr Tom Baker, the project director at Green Roots, said the project will expand the model to three more communes next year.
`,
    must: [["NEXT_STEP", PJ, /^the project will expand/iu]],
    notInName: /said|Tom Baker/u,
  },
  {
    what: "vi: the result comes first, the speaker after it (no lead to cut)",
    lang: "vi",
    text: `Cây quế ở Mường Típ
Ngày 6/6/2024
Dự án “Quế hữu cơ vùng cao” hỗ trợ 35 hộ ở xã Mường Típ, huyện Kỳ Sơn trồng quế từ năm 2021. Cán bộ khuyến nông hướng dẫn các hộ bóc vỏ và phơi quế. Dự án đã giúp 20 hộ thoát nghèo, bà Lò Thị Sen, cán bộ xã, cho biết.
`,
    must: [["RESULT", PJ, /^Dự án đã giúp 20 hộ/iu]],
  },
  {
    what: "vi: 'Kể từ' opens the sentence, no speaker",
    lang: "vi",
    text: `Cà phê ở Hữu Kiệm
Ngày 2/12/2024
Dự án “Cà phê bền vững Hữu Kiệm” hỗ trợ 25 hộ ở xã Hữu Kiệm, huyện Kỳ Sơn giống và phân bón. Các hộ được tập huấn cắt tỉa cành. Kể từ năm 2021, dự án đã giúp 18 hộ tăng thu nhập từ cà phê.
`,
    must: [["RESULT", PJ, /^Kể từ năm 2021, dự án đã giúp/iu]],
  },
];

/** (1) Look-alikes: the sentence only says who spoke, or its cue is the speaker's post. */
const REPORTED_NOT: readonly Row[] = [
  {
    what: "vi: a project director's post holds a cue, she reports a start date only",
    lang: "vi",
    text: `Khởi công dự án ở Bảo Nam
Ngày 5/4/2024
Tổ chức Hy Vọng Xanh vừa khảo sát 25 hộ ở xã Bảo Nam, huyện Kỳ Sơn. Bà Lò Thị Mai, Giám đốc phụ trách nhân rộng sinh kế của tổ chức Hy Vọng Xanh, cho biết các hoạt động khởi công từ tháng 3/2024.
`,
    not: ["ANY"],
  },
  {
    what: "en: a project manager reports whom the team met",
    lang: "en",
    text: `Team visits Muong Tip
11 May 2024
Staff of the Upland Livelihoods Project visited Muong Tip commune, Ky Son district, last week. Ms Anna Berg, the project manager of the Upland Livelihoods Project, said the team met 40 households in the village hall.
`,
    not: ["ANY"],
  },
  {
    what: "vi: a deputy director speaks about the year's work, no result",
    lang: "vi",
    text: `Tổng kết năm ở Hữu Kiệm
Ngày 28/12/2024
Ban quản lý dự án phát triển chè của huyện Kỳ Sơn họp tổng kết tại xã Hữu Kiệm. Ông Hà Văn Quân, Phó Giám đốc dự án phát triển chè, nói về các hoạt động trong năm của các tổ nhóm.
`,
    not: ["ANY"],
  },
];

/** (2) A result told later, of the article's one activity. */
const SO_FAR: readonly Row[] = [
  {
    what: "vi: Sau 2 năm, the households have calves",
    lang: "vi",
    text: `Bò giống cho phụ nữ Hữu Kiệm
Ngày 12/3/2025
Dự án “Sinh kế bền vững cho phụ nữ Hữu Kiệm” do Hội Liên hiệp Phụ nữ huyện Kỳ Sơn thực hiện từ năm 2022. Mỗi hộ tham gia được nhận hai con bò cái và được hướng dẫn cách làm chuồng. Cán bộ xã thường xuyên đến thăm các hộ. Sau 2 năm, nhiều hộ đã có thêm bê con và bán được bò thịt.
`,
    must: [["RESULT", PJ, /^nhiều hộ đã có thêm bê con/iu]],
  },
  {
    what: "vi: a beneficiary tells what the support brought",
    lang: "vi",
    text: `Đổi đời nhờ con giống
Ngày 7/8/2024
Năm 2023, Dự án “Giảm nghèo bền vững vùng biên” hỗ trợ 20 hộ ở xã Mường Típ, huyện Kỳ Sơn mỗi hộ hai con dê giống. Các hộ được tập huấn cách làm chuồng sàn. Chị Lầu Thị Dợ ở bản Huồi Khe phấn khởi kể, nhờ được hỗ trợ con giống, gia đình chị đã xây được căn nhà mới.
`,
    must: [["RESULT", PJ, /gia đình chị đã xây/iu]],
    notInName: /phấn khởi kể|Lầu Thị Dợ/u,
  },
  {
    what: "en: So far, the families have bought buffaloes",
    lang: "en",
    text: `Savings groups grow in Bao Nam
4 June 2024
The Village Savings Project started in Bao Nam commune, Ky Son district, in 2022 with 30 families. Members meet every month to save and lend small sums. So far, the families have bought two more buffaloes with what they saved.
`,
    must: [["RESULT", PJ, /^the families have bought/iu]],
  },
  {
    what: "en: Thanks to the loans, women opened stalls",
    lang: "en",
    text: `Small loans for Muong Tip women
19 September 2024
The Women's Enterprise Project lent small sums to 25 women in Muong Tip commune, Ky Son district, in 2023. A local trainer taught them sewing over six weeks. Thanks to the loans, twelve women have opened tailoring stalls at the commune market.
`,
    must: [["RESULT", PJ, /^twelve women have opened/iu]],
  },
  {
    what: "vi: Đến nay, a second stage after a first result",
    lang: "vi",
    text: `Đàn dê sinh sôi ở Bảo Nam
Ngày 10/10/2024
Dự án “Dê sinh sản cho hộ nghèo” được triển khai tại xã Bảo Nam, huyện Kỳ Sơn từ đầu năm 2023. Dự án đã giúp 15 hộ tăng thu nhập ngay trong năm đầu. Cán bộ thú y đến kiểm tra đàn dê hằng tháng. Đến nay, đàn dê của các hộ tăng từ 45 con lên 70 con.
`,
    must: [
      ["RESULT", PJ, /Dự án đã giúp/iu],
      ["RESULT", PJ, /đàn dê của các hộ tăng/iu],
    ],
  },
  {
    what: "en: After two years, the trainees of the one course",
    lang: "en",
    text: `Course in Huu Kiem
12 January 2025
On 5 March 2023 the commune Youth Union held a training course for 20 young people in Huu Kiem commune, Ky Son district. The trainees learned to repair motorbikes. After two years, the trainees have opened four repair shops along the road.
`,
    must: [["RESULT", new RegExp(`^${Label.Event}:`, "u"), /^the trainees have opened/iu]],
  },
];

/** (2) Look-alikes: two projects, a place's record, a target, what is to come, a programme's record. */
const SO_FAR_NOT: readonly Row[] = [
  {
    what: "vi: two projects, the result told of neither",
    lang: "vi",
    text: `Hai dự án ở Mường Típ
Ngày 1/7/2024
Dự án “Bò sinh sản vùng biên” và Dự án “Nước sạch cho bản xa” cùng được triển khai tại xã Mường Típ, huyện Kỳ Sơn. Mỗi dự án có một ban quản lý riêng. Sau 2 năm, nhiều hộ đã có thêm bê con.
`,
    not: ["RESULT"],
  },
  {
    what: "vi: the district's record, not the project's",
    lang: "vi",
    text: `Kỳ Sơn giảm nghèo
Ngày 2/2/2025
Dự án “Gà thả vườn cho hộ nghèo” trao 2.000 con gà cho 40 hộ ở xã Bảo Nam, huyện Kỳ Sơn. Các hộ được hướng dẫn tiêm phòng cho gà. Đến nay, toàn huyện Kỳ Sơn đã có thêm nhiều hộ nuôi gà.
`,
    not: ["RESULT"],
  },
  {
    what: "vi: a target after two years",
    lang: "vi",
    text: `Nuôi bò ở Hữu Kiệm
Ngày 8/5/2024
Dự án “Bò vàng cho hộ nghèo” trao 20 con bò cho các hộ ở xã Hữu Kiệm, huyện Kỳ Sơn. Cán bộ thú y hướng dẫn các hộ trồng cỏ. Sau 2 năm, các hộ phấn đấu có đàn bò 5 con mỗi hộ.
`,
    not: ["RESULT"],
  },
  {
    what: "vi: what the households will do",
    lang: "vi",
    text: `Ngân hàng bò ở Bảo Nam
Ngày 9/6/2024
Dự án “Ngân hàng bò Bảo Nam” trao 10 con bò cho các hộ ở xã Bảo Nam, huyện Kỳ Sơn. Các hộ ký cam kết với ban quản lý. Sau 2 năm, các hộ sẽ chuyển bê con cho hộ khác trong bản.
`,
    not: ["RESULT"],
  },
  {
    what: "en: a national programme's record as background",
    lang: "en",
    text: `Solar lamps for Bao Nam
3 March 2024
The Bright Homes Project gave solar lamps to 60 households in Bao Nam commune, Ky Son district. Volunteers showed each family how to clean the panels. After ten years, the national poverty reduction programme has reached families in every district.
`,
    not: ["RESULT"],
  },
];

/** (3) A next step told later, of the article's one activity. */
const NEXT_LATER: readonly Row[] = [
  {
    what: "vi: Năm tới, the households are to receive more",
    lang: "vi",
    text: `Trồng chè ở Hữu Kiệm
Ngày 15/11/2024
Dự án “Chè xanh vùng biên” hỗ trợ 30 hộ ở xã Hữu Kiệm, huyện Kỳ Sơn trồng chè từ năm 2023. Cán bộ kỹ thuật hướng dẫn các hộ bón phân hữu cơ. Năm tới, các hộ dự kiến mở rộng diện tích thêm 5 ha.
`,
    must: [["NEXT_STEP", PJ, /^các hộ dự kiến mở rộng/iu]],
  },
  {
    what: "en: Next year, the project will train",
    lang: "en",
    text: `Bees in Bao Nam
20 October 2024
The Honey for Highlands Project gave 80 beehives to 20 families in Bao Nam commune, Ky Son district, this spring. A beekeeper from the district showed them how to split colonies. Next year, the project will train ten more families in the village.
`,
    must: [["NEXT_STEP", PJ, /the project will train/iu]],
  },
  {
    what: "en: The next days the participants are to draft plans",
    lang: "en",
    text: `Farmers from Laos visit Huu Kiem
18 April 2024
On 16 April 2024 a group of 15 farmers from Laos visited a cooperative in Huu Kiem commune, Ky Son district, to see its tea gardens. The cooperative's director showed them the drying house. In the next days, the participants are to draft their own farm plans at home.
`,
    must: [["NEXT_STEP", new RegExp(`^${Label.Event}:`, "u"), /^the participants are to draft/iu]],
  },
  {
    what: "vi: Tới đây, the households will pass on the kids",
    lang: "vi",
    text: `Dê giống cho Mường Típ
Ngày 22/7/2024
Dự án “Dê núi cho bản xa” trao 45 con dê cho 15 hộ ở xã Mường Típ, huyện Kỳ Sơn. Cán bộ thú y tiêm phòng cho đàn dê trước khi giao. Tới đây, các hộ sẽ chuyển dê con cho 15 hộ khác trong bản.
`,
    must: [["NEXT_STEP", PJ, /^các hộ sẽ chuyển/iu]],
  },
  {
    what: "en: In the coming months, the women plan to open a shop",
    lang: "en",
    text: `Weaving in Muong Tip
1 August 2024
The Threads of Muong Tip Project has trained 25 women in Muong Tip commune, Ky Son district, in brocade weaving since 2023. Each weaver received a loom and yarn. In the coming months, the women plan to open a shop by the district road.
`,
    must: [["NEXT_STEP", PJ, /^the women plan to open/iu]],
  },
  {
    what: "vi: Vụ tới, the cooperative's members will grow the new rice",
    lang: "vi",
    text: `Lúa mới ở Bảo Nam
Ngày 30/9/2024
Dự án “Lúa sạch Bảo Nam” hỗ trợ 40 hộ ở xã Bảo Nam, huyện Kỳ Sơn giống lúa mới trong vụ hè thu. Cán bộ khuyến nông theo dõi ruộng lúa hằng tuần. Vụ tới, các hội viên sẽ gieo cấy giống lúa mới trên toàn cánh đồng.
`,
    must: [["NEXT_STEP", PJ, /^các hội viên sẽ gieo cấy/iu]],
  },
];

/** (3) Look-alikes: two projects, the district's plan or target, another body's plan. */
const NEXT_LATER_NOT: readonly Row[] = [
  {
    what: "vi: two projects, the step told of neither",
    lang: "vi",
    text: `Hai dự án ở Hữu Kiệm
Ngày 3/10/2024
Dự án “Bò sinh sản vùng biên” và Dự án “Nước sạch cho bản xa” cùng được triển khai tại xã Hữu Kiệm, huyện Kỳ Sơn. Mỗi dự án có một ban quản lý riêng. Năm tới, các hộ dự kiến làm thêm chuồng trại.
`,
    not: ["NEXT_STEP"],
  },
  {
    what: "vi: another body's congress next year",
    lang: "vi",
    text: `Nuôi gà ở Bảo Nam
Ngày 4/11/2024
Dự án “Gà đồi Bảo Nam” trao 1.500 con gà cho 30 hộ ở xã Bảo Nam, huyện Kỳ Sơn. Các hộ được hướng dẫn làm chuồng. Năm tới, Hội Chữ thập đỏ tỉnh sẽ tổ chức đại hội tại thành phố Vinh.
`,
    not: ["NEXT_STEP"],
  },
  {
    what: "en: another body's plan next year",
    lang: "en",
    text: `Clean water for Muong Tip
6 December 2024
The Clear Springs Project built two water tanks for 50 households in Muong Tip commune, Ky Son district. Villagers helped lay the pipes. Next year, the provincial Red Cross will hold its congress in the district town.
`,
    not: ["NEXT_STEP"],
  },
];

const check = (rows: readonly Row[]) =>
  it.each(rows.map((r) => [r.what, r] as const))("%s", (_what, row) => {
    const seed = draftSeed(row.text, row.lang);
    const outs = outcomesOf(seed);
    const lines = relLines(seed);
    for (const [type, about, name] of row.must ?? []) {
      expect({ outs, lines, want: [type, about.source, name.source] }).toMatchObject({
        outs: expect.arrayContaining([expect.objectContaining({ type, about: expect.stringMatching(about), name: expect.stringMatching(name) })]),
      });
      expect(hasRel(lines, /./u, RelType.HAS_OUTCOME, /./u)).toBe(true);
    }
    if (row.must && row.must.length === 2) expect(outs.filter((o) => o.type === row.must?.[0][0]).length).toBeGreaterThanOrEqual(2);
    for (const type of row.not ?? []) expect(outs.filter((o) => type === "ANY" || o.type === type)).toEqual([]);
    if (row.notInName) for (const o of outs) expect(o.name).not.toMatch(row.notInName);
  });

describe("outcomes9: what a speaker reports, not who spoke", () => check(REPORTED));
describe("outcomes9: the speaker only, or a cue in the speaker's post", () => check(REPORTED_NOT));
describe("outcomes9: a result told later, of the article's one activity", () => check(SO_FAR));
describe("outcomes9: results of another, a place, a target, a plan, a programme", () => check(SO_FAR_NOT));
describe("outcomes9: a next step told later, of the article's one activity", () => check(NEXT_LATER));
describe("outcomes9: steps of two projects, a place's target, another body's plan", () => check(NEXT_LATER_NOT));
