/**
 * Rules for the parts organizations play and the places a project covers, written for issue 18:
 * sentences that speak of a project or an event only by reference ("Dự án …", "The project …",
 * "Toàn bộ số bò trên …", "During the course …"). Each case is a sentence written for the test
 * (never an article's), run through the whole pipeline against the small test gazetteer.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { Role } from "../../src/graph/graph.enums";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel, relLines } from "../helpers/ingest-rels";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's relationships as "from name -TYPE(ROLE)-> to name" (places by id). */
const rels = (text: string, lang: "vi" | "en"): string[] => relLines(draft(text, lang));
const KY_SON = "vn:nghe-an:ky-son";

describe("a sentence opening on 'the project' speaks of the last project named", () => {
  it("drafts the places a Vietnamese 'Dự án …' sentence lists as the project's, one level side by side being a list", () => {
    const text =
      "Tin từ huyện\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An khởi động dự án “Nâng cao sinh kế cho phụ nữ nghèo vùng cao”. " +
      "Dự án sẽ thực hiện tại 3 xã Bảo Nam, Hữu Kiệm và Mường Típ trong 2 năm.\n";
    const covers = rels(text, "vi").filter((r) => r.includes(`-${RelType.COVERS}->`));
    expect(covers).toEqual(
      expect.arrayContaining([
        `Nâng cao sinh kế cho phụ nữ nghèo vùng cao -${RelType.COVERS}-> ${KY_SON}:bao-nam`,
        `Nâng cao sinh kế cho phụ nữ nghèo vùng cao -${RelType.COVERS}-> ${KY_SON}:huu-kiem`,
        `Nâng cao sinh kế cho phụ nữ nghèo vùng cao -${RelType.COVERS}-> ${KY_SON}:muong-tip`,
      ]),
    );
  });

  it("keeps an address to its smallest unit: a commune and its district are not two places covered", () => {
    const text = "Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An triển khai dự án “Bò giống cho hộ nghèo”. Dự án được triển khai tại xã Bảo Nam, huyện Kỳ Sơn.\n";
    const covers = rels(text, "vi").filter((r) => r.includes(`-${RelType.COVERS}->`));
    expect(covers).toContain(`Bò giống cho hộ nghèo -${RelType.COVERS}-> ${KY_SON}:bao-nam`);
    expect(covers).not.toContain(`Bò giống cho hộ nghèo -${RelType.COVERS}-> ${KY_SON}`);
  });

  it("does not read 'các dự án' (projects in general) as the project", () => {
    const text = "Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An triển khai dự án “Bò giống cho hộ nghèo”. Các dự án khác của tỉnh làm ở xã Mường Típ.\n";
    expect(rels(text, "vi").filter((r) => r.includes(`-${RelType.COVERS}->`) && r.endsWith("muong-tip"))).toEqual([]);
  });
});

describe("a handover's gift from a program, said in a sentence of its own", () => {
  it("puts the article's one handover under the program the gift came from", () => {
    const text =
      "Tin từ xã\n\nNgày 2/4/2024, UBND xã Bảo Nam tổ chức lễ bàn giao 20 con bò giống cho 20 hộ nghèo. " +
      "Số bò giống này được mua bằng kinh phí từ Chương trình mục tiêu quốc gia giảm nghèo bền vững.\n";
    const seed = draft(text, "vi");
    const handover = seed.entities.find((e) => e.kind === Label.Event);
    const program = seed.entities.find((e) => e.kind === Label.Program);
    expect(handover && program).toBeDefined();
    expect(seed.relationships.some((r) => r.from === handover!.id && r.type === RelType.PART_OF && r.to === program!.id)).toBe(true);
  });

  it("does not when the sentence speaks of no gift", () => {
    const text =
      "Tin từ xã\n\nNgày 2/4/2024, UBND xã Bảo Nam tổ chức lễ bàn giao 20 con bò giống cho 20 hộ nghèo. " +
      "Xã cũng đang chuẩn bị báo cáo về Chương trình mục tiêu quốc gia giảm nghèo bền vững.\n";
    const seed = draft(text, "vi");
    const program = seed.entities.find((e) => e.kind === Label.Program);
    expect(seed.relationships.some((r) => r.type === RelType.PART_OF && r.to === program?.id)).toBe(false);
  });
});

describe("who taught a course", () => {
  it("reads the bodies after 'taught by lecturers of' as the trainers of the article's one training, not the body they belong to", () => {
    const text =
      "Training in Ky Son\n\nOn 5 April 2024, the Nghe An Farmers' Union organised a training course on cattle raising in Bao Nam commune. " +
      "During the course, trainees were taught by lecturers of the Livestock Division - Department of Agriculture of Nghe An province.\n";
    const r = rels(text, "en").filter((x) => x.includes(`(${Role.TRAINER})`));
    expect(r.some((x) => x.startsWith("Livestock Division"))).toBe(true);
    expect(r.some((x) => x.startsWith("Department of Agriculture"))).toBe(false);
  });

  it("reads 'giảng viên của X' in the training's sentence as X the trainer", () => {
    const text =
      "Tin từ xã\n\nNgày 5/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn kỹ thuật chăn nuôi bò tại xã Bảo Nam, " +
      "giảng viên của Trung tâm Khuyến nông tỉnh Nghệ An truyền đạt kiến thức cho 40 hội viên.\n";
    const r = rels(text, "vi");
    expect(r.some((x) => x.startsWith("Trung tâm Khuyến nông tỉnh Nghệ An") && x.includes(`(${Role.TRAINER})`))).toBe(true);
    expect(r.some((x) => x.startsWith("Hội Nông dân tỉnh Nghệ An") && x.includes(`(${Role.ORGANIZER})`))).toBe(true);
  });
});

describe("a course opened by a body", () => {
  it("reads 'X khai giảng lớp …' as X organizing the course", () => {
    const text = "Tin từ xã\n\nSáng 11/9/2024, Trung tâm Dạy nghề tỉnh Nghệ An khai giảng lớp dạy nghề chăn nuôi lợn cho 35 hội viên tại xã Hữu Kiệm.\n";
    const r = rels(text, "vi");
    expect(r.some((x) => x.startsWith("Trung tâm Dạy nghề tỉnh Nghệ An") && x.includes(`(${Role.ORGANIZER})`))).toBe(true);
  });
});

describe("funders through a channel, and who runs a project with whom", () => {
  it("reads the body the funding passes through ('tài trợ bởi A thông qua B') as a funder too", () => {
    const text =
      "Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An thực hiện dự án “Dê giống cho hộ nghèo”. " +
      "Dự án được tài trợ bởi Quỹ Hỗ trợ Nông thôn (QHT) thông qua Tổ chức Mầm Xanh.\n";
    const funders = rels(text, "vi").filter((x) => x.includes(`(${Role.FUNDER})-> Dê giống cho hộ nghèo`));
    expect(funders).toEqual(expect.arrayContaining([expect.stringMatching(/^Quỹ Hỗ trợ Nông thôn/u), expect.stringMatching(/Mầm Xanh/u)]));
  });

  it("reads 'A (initials) Country, in collaboration with B, is rolling out the project' as A implementing it and B with A", () => {
    const text =
      "Support in Ky Son\n\nIn 2024, the Hill Farmers Network (HFN) Viet Nam, in collaboration with the Mekong Farmers Network, is rolling out the project " +
      "“Seeds for Upland Families” in Bao Nam commune.\n";
    const r = rels(text, "en");
    expect(r).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^Hill Farmers Network -INVOLVED_IN\\(${Role.IMPLEMENTER}\\)-> Seeds for Upland Families`, "u"))]));
    expect(r).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^Mekong Farmers Network -INVOLVED_IN\\(${Role.CO_IMPLEMENTER}\\)->`, "u"))]));
  });
});

/** The lines of `rels` of one type (and role) whose ends hold the given words. */

describe("an event of a project: the event's own name holds the project (issue 18, roles)", () => {
  const PROJECT_VI = /Sinh kế phụ nữ vùng cao/u;
  const PROJECT_EN = /Seeds for Upland Families/u;
  const event = /^(?!Sinh kế|Seeds)/u;
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, tại xã Bảo Nam, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo khởi động dự án “Sinh kế phụ nữ vùng cao”.\n", PROJECT_VI],
    ["vi", "Tin từ huyện\n\nSáng 12/5/2024, UBND huyện Kỳ Sơn tổ chức hội nghị tổng kết Dự án “Sinh kế phụ nữ vùng cao” tại xã Hữu Kiệm.\n", PROJECT_VI],
    ["vi", "Tin từ xã\n\nNgày 20/6/2024, lễ ra mắt dự án “Sinh kế phụ nữ vùng cao” đã diễn ra tại xã Mường Típ, huyện Ky Sơn.\n", PROJECT_VI],
    ["en", "Launch in Ky Son\n\nOn 5 April 2024, the Nghe An Farmers' Union held a workshop to launch the project “Seeds for Upland Families” in Bao Nam commune.\n", PROJECT_EN],
    ["en", "Review in Ky Son\n\nOn 5 April 2024, a closing workshop of the project “Seeds for Upland Families” was held in Huu Kiem commune.\n", PROJECT_EN],
    ["en", "Launch in Ky Son\n\nThe launch ceremony for the project “Seeds for Upland Families” took place in Muong Tip commune on 5 April 2024.\n", PROJECT_EN],
  ] as const)("%s: %s", (lang, text, project) => {
    expect(hasRel(rels(text, lang), event, RelType.PART_OF, project)).toBe(true);
  });

  it.each([
    [
      "en",
      "Training in Ky Son\n\nOn 5 April 2024, the Nghe An Farmers' Union held a training course on pig raising in Bao Nam commune. The union also runs the project “Seeds for Upland Families”.\n",
    ],
    ["en", "Workshop in Ky Son\n\nAt a workshop held in Bao Nam commune on 5 April 2024, delegates compared the project “Seeds for Upland Families” with older schemes.\n"],
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn nuôi lợn tại xã Bảo Nam. Hội cũng đang thực hiện dự án “Sinh kế phụ nữ vùng cao”.\n"],
    ["vi", "Tin từ xã\n\nTại hội thảo tổ chức ở xã Bảo Nam ngày 3/4/2024, các đại biểu so sánh dự án “Sinh kế phụ nữ vùng cao” với các mô hình cũ.\n"],
  ] as const)("not when the sentence does not make the event the project's (%s): %s", (lang, text) => {
    expect(rels(text, lang).filter((x) => x.includes(`-${RelType.PART_OF}->`) && /Sinh kế|Seeds/u.test(x))).toEqual([]);
  });
});

describe("who spoke at the event a sentence speaks of without naming it (issue 18, roles)", () => {
  const OPEN_VI = "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo về chăn nuôi bò tại xã Bảo Nam. ";
  const OPEN_EN = "Workshop in Ky Son\n\nOn 5 April 2024, the Nghe An Farmers' Union held a workshop on cattle raising in Bao Nam commune. ";
  it.each([
    ["vi", OPEN_VI + "Phát biểu tại hội thảo, ông Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh Nghệ An, đánh giá cao kết quả của các hộ.\n", /Nguyễn Văn An/u],
    ["vi", OPEN_VI + "Tại buổi hội thảo, bà Trần Thị Lan phát biểu cảm ơn các hộ đã tham gia.\n", /Trần Thị Lan/u],
    ["vi", OPEN_VI + "Phát biểu khai mạc hội thảo, ông Lê Văn Bình nhấn mạnh vai trò của hội viên.\n", /Lê Văn Bình/u],
    ["en", OPEN_EN + "Speaking at the workshop, Ms Jane Miller said the farmers had doubled their herds.\n", /Jane Miller/u],
    ["en", OPEN_EN + "Addressing the event, Mr John Carter thanked the households for their work.\n", /John Carter/u],
    ["en", OPEN_EN + "In his opening remarks at the workshop, Mr Peter Hall praised the union.\n", /Peter Hall/u],
  ] as const)("%s: %s", (lang, text, person) => {
    expect(hasRel(rels(text, lang), person, `${RelType.INVOLVED_IN}(${Role.SPEAKER})`, /./u)).toBe(true);
  });

  it.each([
    ["vi", OPEN_VI + "Ông Nguyễn Văn An cho biết năm 2023 xã có 40 hộ nghèo.\n"],
    ["en", OPEN_EN + "Speaking to reporters a week later, Ms Jane Miller said prices had fallen.\n"],
    ["en", OPEN_EN + "Mr John Carter, who spoke at a different workshop last year, was not there.\n"],
    ["vi", OPEN_VI + "Bà Trần Thị Lan đã phát biểu tại một hội nghị khác ở Hà Nội năm trước.\n"],
  ] as const)("not when nobody speaks at this event (%s): %s", (lang, text) => {
    expect(rels(text, lang).filter((x) => x.includes(`(${Role.SPEAKER})`))).toEqual([]);
  });
});

describe("a person's post: 'X, <title> of Y', '<Y> <title> X', 'Y's <title>, X' (issue 18, roles)", () => {
  const OPEN_VI = "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo về chăn nuôi bò tại xã Bảo Nam. ";
  const OPEN_EN = "Workshop in Ky Son\n\nOn 5 April 2024, the Nghe An Farmers' Union held a workshop on cattle raising in Bao Nam commune. ";
  it.each([
    ["vi", OPEN_VI + "Tham dự có ông Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh Nghệ An.\n", /Nguyễn Văn An/u, /Hội Nông dân tỉnh Nghệ An/u],
    ["vi", OPEN_VI + "Bà Trần Thị Lan - Phó Chủ tịch UBND huyện Kỳ Sơn phát biểu tại hội thảo.\n", /Trần Thị Lan/u, /UBND huyện Kỳ Sơn/u],
    ["en", OPEN_EN + "Ms Jane Miller, Director of the Mekong Farmers Network, said herds had grown.\n", /Jane Miller/u, /Mekong Farmers Network/u],
    ["en", OPEN_EN + "Mekong Farmers Network Director Jane Miller said herds had grown.\n", /Jane Miller/u, /Mekong Farmers Network/u],
    ["en", OPEN_EN + "The Mekong Farmers Network's country director, Jane Miller, said herds had grown.\n", /Jane Miller/u, /Mekong Farmers Network/u],
    ["en", OPEN_EN + "Hill Farmers Network Deputy Representative in Vietnam Mr John Carter thanked the households.\n", /John Carter/u, /Hill Farmers Network/u],
    ["en", OPEN_EN + "Mr John Carter, head of the Hill Farmers Network, attended.\n", /John Carter/u, /Hill Farmers Network/u],
  ] as const)("%s: %s", (lang, text, person, body) => {
    expect(hasRel(rels(text, lang), person, RelType.MEMBER_OF, body)).toBe(true);
  });

  it.each([
    ["en", OPEN_EN + "The Mekong Farmers Network thanked Jane Miller for her visit.\n"],
    ["en", OPEN_EN + "The Mekong Farmers Network and Jane Miller, a farmer, shared the stage.\n"],
    ["en", OPEN_EN + "Jane Miller thanked the Director of the Mekong Farmers Network.\n"],
    ["vi", OPEN_VI + "Bà Trần Thị Lan cảm ơn Hội Nông dân tỉnh Nghệ An và các hộ.\n"],
  ] as const)("not when no title binds the two (%s): %s", (lang, text) => {
    expect(rels(text, lang).filter((x) => x.includes(`-${RelType.MEMBER_OF}->`) && !/Nghe An Farmers|Hội Nông dân tỉnh Nghệ An -/u.test(x))).toEqual([]);
  });
});

describe("an organizer named by its bare head ('Hội', 'Trung tâm', 'the union') after its full name (issue 18, roles)", () => {
  it.each([
    [
      "vi",
      "Tin từ xã\n\nHội Nông dân tỉnh Nghệ An vừa nhận kinh phí hỗ trợ từ tỉnh. Ngày 5/4/2024, Hội đã tổ chức lớp tập huấn nuôi bò cho 40 hội viên tại xã Bảo Nam.\n",
      /^Hội Nông dân tỉnh Nghệ An/u,
    ],
    [
      "vi",
      "Tin từ xã\n\nTrung tâm Dạy nghề tỉnh Nghệ An có 12 giáo viên. Sáng 11/9/2024, Trung tâm tổ chức lớp dạy nghề nuôi gà cho 30 hội viên ở xã Hữu Kiệm.\n",
      /^Trung tâm Dạy nghề tỉnh Nghệ An/u,
    ],
    [
      "en",
      "Training in Ky Son\n\nThe Nghe An Farmers' Union received a grant from the province in March. On 5 April 2024, the union organised a training course on pig raising in Bao Nam commune.\n",
      /^Nghe An Farmers' Union/u,
    ],
    [
      "en",
      "Training in Ky Son\n\nThe Ky Son Vocational Training Centre opened in 2020. On 5 April 2024, the Centre held a training course on duck raising for 30 farmers in Huu Kiem commune.\n",
      /^Ky Son Vocational Training Centre/u,
    ],
  ] as const)("%s: %s", (lang, text, body) => {
    expect(hasRel(rels(text, lang), body, `${RelType.INVOLVED_IN}(${Role.ORGANIZER})`, /./u)).toBe(true);
  });

  it.each([
    [
      "vi",
      "Tin từ xã\n\nHội Nông dân tỉnh Nghệ An và Hội Phụ nữ huyện Kỳ Sơn ký thỏa thuận hợp tác. Ngày 5/4/2024, Hội tổ chức lớp tập huấn nuôi bò cho 40 hội viên tại xã Bảo Nam.\n",
    ],
    ["vi", "Tin từ xã\n\nHội Nông dân tỉnh Nghệ An vừa nhận kinh phí. Ngày 5/4/2024, hội viên tổ chức lớp tập huấn nuôi bò tại xã Bảo Nam.\n"],
    [
      "en",
      "Training in Ky Son\n\nThe Nghe An Farmers' Union and the Ky Son Women's Union signed an agreement. On 5 April 2024, the union organised a training course on pig raising in Bao Nam commune.\n",
    ],
    ["en", "Training in Ky Son\n\nThe Nghe An Farmers' Union received a grant. On 5 April 2024, members organised a training course on pig raising in Bao Nam commune.\n"],
  ] as const)("not when the head could name two bodies or none (%s): %s", (lang, text) => {
    expect(rels(text, lang).filter((x) => x.includes(`(${Role.ORGANIZER})`))).toEqual([]);
  });
});

describe("who led a delegation (issue 18, roles)", () => {
  it.each([
    [
      "vi",
      "Tin từ xã\n\nNgày 5/4/2024, đoàn công tác của Hội Nông dân tỉnh Nghệ An do ông Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh, làm trưởng đoàn đã đến thăm xã Bảo Nam.\n",
      /Nguyễn Văn An/u,
    ],
    ["vi", "Tin từ xã\n\nNgày 5/4/2024, đoàn công tác do bà Trần Thị Lan dẫn đầu đã đến thăm và làm việc tại xã Hữu Kiệm.\n", /Trần Thị Lan/u],
    ["en", "Visit to Ky Son\n\nOn 5 April 2024, a delegation led by Mr John Carter visited Bao Nam commune.\n", /John Carter/u],
    ["en", "Visit to Ky Son\n\nOn 5 April 2024, a study tour delegation of the Hill Farmers Network, headed by Ms Jane Miller, visited Huu Kiem commune.\n", /Jane Miller/u],
  ] as const)("%s: %s", (lang, text, person) => {
    expect(hasRel(rels(text, lang), person, `${RelType.INVOLVED_IN}(${Role.DELEGATION_HEAD})`, /./u)).toBe(true);
  });

  it.each([
    ["vi", "Tin từ xã\n\nNgày 5/4/2024, đoàn công tác đã đến thăm xã Bảo Nam; lớp học do ông Nguyễn Văn An giảng dạy được đánh giá cao.\n"],
    ["en", "Visit to Ky Son\n\nOn 5 April 2024, a delegation visited Bao Nam commune, where a cooperative led by Mr John Carter grows rice. Mr John Carter attended.\n"],
    ["vi", "Tin từ xã\n\nNgày 5/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn tại xã Bảo Nam do ông Nguyễn Văn An dẫn đầu.\n"],
  ] as const)("not when the name leads something else (%s): %s", (lang, text) => {
    expect(rels(text, lang).filter((x) => x.includes(`(${Role.DELEGATION_HEAD})`))).toEqual([]);
  });
});

// (relations2) places, roles, study tours and PART_OF chains by kind of sentence, with look-alikes that must draft nothing; a
// second province (Hà Tĩnh) for a visiting delegation's home
const wideDraft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]), {
  file: "places/ha-tinh.yaml",
  data: {
    source: { id: "src:gazetteer-ha-tinh", kind: "DATASET", title: "test gazetteer", language: "vi" },
    entities: [{ kind: "Place", id: "vn:ha-tinh", name: "Hà Tĩnh", level: "PROVINCE", quote: "q", unitType: "Tỉnh", nameEn: "Ha Tinh province" }],
  },
});
const wideRels = (text: string, lang: "vi" | "en"): string[] => relLines(wideDraft(text, lang));
const BAO_NAM = `${KY_SON}:bao-nam`;
const HUU_KIEM = `${KY_SON}:huu-kiem`;
const of = (list: string[], type: string) => list.filter((r) => r.includes(`-${type}`));

describe("an organization's place: its name, its stated seat, never the place of what it does (relations2)", () => {
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Công ty TNHH Minh Phát, đóng tại xã Hữu Kiệm, trao 30 con bò giống cho hộ nghèo xã Bảo Nam.\n", "Minh Phát"],
    ["vi", "Tin từ xã\n\nHợp tác xã Tân Tiến có trụ sở tại xã Hữu Kiệm đã ký hợp đồng bao tiêu với 40 hộ ở xã Bảo Nam.\n", "Tân Tiến"],
    ["en", "News\n\nGreen Roots, a charity based in Huu Kiem commune, handed over 30 cows to poor households of Bao Nam commune on 3 April 2024.\n", "Green Roots"],
    ["en", "News\n\nThe Tan Tien Cooperative, headquartered in Huu Kiem commune, signed contracts with 40 households in Bao Nam commune in 2024.\n", "Tan Tien"],
  ])("%s: %s", (lang, text, org) => {
    const located = of(wideRels(text, lang as "vi" | "en"), RelType.LOCATED_IN).filter((r) => r.includes(org));
    expect(located).toEqual([expect.stringMatching(new RegExp(`-${RelType.LOCATED_IN}-> ${HUU_KIEM}$`))]);
  });

  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Công ty TNHH Minh Phát trao 30 con bò giống cho hộ nghèo tại xã Bảo Nam.\n"],
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Công ty TNHH Minh Phát làm việc với UBND xã Hữu Kiệm tại xã Bảo Nam.\n"],
    ["en", "News\n\nOn 3 April 2024, Green Roots handed over 30 cows to poor households in Bao Nam commune.\n"],
    ["en", "News\n\nOn 3 April 2024, Green Roots met the Farmers' Union at Bao Nam commune to plan a training.\n"],
    // a national body works where "tại/in" says; its seat is elsewhere
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, tổ chức Oxfam Việt Nam tại xã Bảo Nam đã trao 30 con bò giống cho hộ nghèo.\n"],
    ["en", "News\n\nOn 3 April 2024, Oxfam Vietnam in Bao Nam commune handed over 30 cows to poor households.\n"],
  ])("%s: no seat from the place of an act: %s", (lang, text) => {
    const located = of(wideRels(text, lang as "vi" | "en"), RelType.LOCATED_IN).filter((r) => /Minh Phát|Green Roots|Oxfam/u.test(r.split(" -")[0]));
    expect(located).toEqual([]);
  });
});

describe("a visiting delegation's home is the delegation's place, never the visit's (relations2)", () => {
  it.each([
    ["vi", "Học tập ở Kỳ Sơn\n\nNgày 10/5/2024, đoàn công tác Hội Nông dân tỉnh Hà Tĩnh đã đến thăm, học tập kinh nghiệm tại xã Bảo Nam, huyện Kỳ Sơn.\n"],
    ["vi", "Học tập ở Kỳ Sơn\n\nNgày 10/5/2024, đoàn công tác đến từ tỉnh Hà Tĩnh đã đến thăm và học tập kinh nghiệm tại xã Bảo Nam.\n"],
    ["en", "Study tour\n\nOn 10 May 2024, a delegation from Ha Tinh province visited Bao Nam commune, Ky Son district, to learn from its experience.\n"],
    ["en", "Study tour\n\nOn 10 May 2024, a delegation of the Ha Tinh Farmers' Union paid a study visit to Bao Nam commune.\n"],
  ])("%s: %s", (lang, text) => {
    const list = wideRels(text, lang as "vi" | "en");
    const eventPlaces = of(list, RelType.LOCATED_IN).filter((r) => !/Hội|Union|đoàn|delegation|Đoàn|Delegation/u.test(r.split(" -")[0]));
    expect(eventPlaces.some((r) => r.endsWith(BAO_NAM))).toBe(true);
    expect(eventPlaces.filter((r) => r.endsWith("vn:ha-tinh"))).toEqual([]);
  });
});

describe("roles: the organizer is the organizing verb's subject, participants the bodies the clause joins (relations2)", () => {
  const cases: [string, string, string[], string[]][] = [
    [
      "vi",
      "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo về chăn nuôi bò tại xã Bảo Nam với sự tham dự của đại diện UBND huyện Kỳ Sơn.\n",
      ["Hội Nông dân tỉnh Nghệ An -INVOLVED_IN(ORGANIZER)", "UBND huyện Kỳ Sơn -INVOLVED_IN(PARTICIPANT)"],
      [],
    ],
    [
      "en",
      "News\n\nOn 3 April 2024, the workshop on cattle raising was organised by the Nghe An Farmers' Union in Bao Nam commune, with the participation of the Ky Son District People's Committee.\n",
      ["Farmers' Union -INVOLVED_IN(ORGANIZER)", "People's Committee -INVOLVED_IN(PARTICIPANT)"],
      [],
    ],
    [
      "vi",
      "Tin từ xã\n\nNgày 3/4/2024, UBND xã Bảo Nam tổ chức hội nghị tổng kết; dự án do tổ chức Green Roots tài trợ đã kết thúc.\n",
      ["UBND xã Bảo Nam -INVOLVED_IN(ORGANIZER)"],
      ["Green Roots -INVOLVED_IN(PARTICIPANT)", "Green Roots -INVOLVED_IN(ORGANIZER)"],
    ],
    [
      "en",
      "News\n\nOn 3 April 2024, Oxfam held a training course on goat raising in Bao Nam commune, attended by forty farmers; the Ky Son District People's Committee praised the course.\n",
      ["Oxfam -INVOLVED_IN(ORGANIZER)"],
      ["People's Committee -INVOLVED_IN(PARTICIPANT)", "People's Committee -INVOLVED_IN(ORGANIZER)"],
    ],
    [
      "vi",
      "Tin từ xã\n\nTham dự hội thảo ngày 3/4/2024 tại xã Bảo Nam có đại diện Sở Nông nghiệp và PTNT tỉnh Nghệ An và Hội Nông dân tỉnh Nghệ An.\n",
      ["Sở Nông nghiệp và PTNT tỉnh Nghệ An -INVOLVED_IN(PARTICIPANT)", "Hội Nông dân tỉnh Nghệ An -INVOLVED_IN(PARTICIPANT)"],
      ["-INVOLVED_IN(ORGANIZER)"],
    ],
    [
      "vi",
      "Tin từ xã\n\nVề dự lễ bàn giao bò giống ngày 3/4/2024 tại xã Bảo Nam có ông Nguyễn Văn An, Phó Chủ tịch Hội Nông dân tỉnh Nghệ An; đại diện UBND huyện Kỳ Sơn và 20 hộ nhận bò.\n",
      ["UBND huyện Kỳ Sơn -INVOLVED_IN(PARTICIPANT)", "Nguyễn Văn An -INVOLVED_IN(PARTICIPANT)"],
      ["Hội Nông dân tỉnh Nghệ An -INVOLVED_IN(PARTICIPANT)"],
    ],
    [
      "en",
      "News\n\nOn 3 April 2024, the Nghe An Farmers' Union organised a cattle handover in Bao Nam commune, funded by Oxfam and attended by 20 households.\n",
      ["Farmers' Union -INVOLVED_IN(ORGANIZER)"],
      ["Oxfam -INVOLVED_IN(PARTICIPANT)", "Oxfam -INVOLVED_IN(ORGANIZER)"],
    ],
  ];
  it.each(cases)("%s: %s", (lang, text, want, never) => {
    const list = wideRels(text, lang as "vi" | "en").filter((r) => r.includes(`-${RelType.INVOLVED_IN}`));
    for (const w of want) expect(list.some((r) => r.includes(w))).toBe(true);
    for (const n of never) expect(list.filter((r) => r.includes(n))).toEqual([]);
  });
});

describe("study tours and field visits: what was seen, who received it, who came, where (relations2)", () => {
  const vi =
    "Học tập ở Kỳ Sơn\n\nNgày 10/5/2024, đoàn công tác Hội Nông dân tỉnh Hà Tĩnh đã đến thăm, học tập kinh nghiệm tại xã Bảo Nam, huyện Kỳ Sơn. " +
    "Đoàn đã tham quan mô hình nuôi dê sinh sản và mô hình trồng chè của các hộ. Lãnh đạo UBND xã Bảo Nam đã tiếp đoàn và giới thiệu cách làm.\n";
  const en =
    "Study tour\n\nFrom 10 to 12 May 2024, a delegation of the Ha Tinh Farmers' Union visited Bao Nam commune to learn from its experience. " +
    "The delegation visited goat raising farms and a tea growing cooperative. The delegation was received by the Bao Nam Commune People's Committee.\n";
  it.each([
    ["vi", vi],
    ["en", en],
  ])("%s", (lang, text) => {
    const list = wideRels(text, lang as "vi" | "en");
    expect(of(list, RelType.SHOWCASED).length).toBeGreaterThanOrEqual(1);
    expect(of(list, `${RelType.INVOLVED_IN}(${Role.HOST})`).some((r) => /Bảo Nam|Bao Nam/u.test(r))).toBe(true);
    expect(of(list, RelType.LOCATED_IN).some((r) => r.endsWith(BAO_NAM) && !/UBND|Committee/u.test(r))).toBe(true);
    expect(of(list, RelType.LOCATED_IN).filter((r) => r.endsWith("vn:ha-tinh") && !/Hội|Union|đoàn|Đoàn|delegation|Delegation/u.test(r.split(" -")[0]))).toEqual([]);
  });
});

describe("PART_OF: an event under a project or program its clause names (relations2)", () => {
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, trong khuôn khổ dự án “Sinh kế bền vững cho phụ nữ vùng cao”, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn nuôi dê tại xã Bảo Nam.\n"],
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn nuôi dê tại xã Bảo Nam, thuộc dự án “Sinh kế bền vững cho phụ nữ vùng cao”.\n"],
    [
      "en",
      "News\n\nOn 3 April 2024, as part of the “Sustainable Livelihoods for Upland Women” project, the Nghe An Farmers' Union held a training course on goat raising in Bao Nam commune.\n",
    ],
    [
      "en",
      "News\n\nOn 3 April 2024, the Nghe An Farmers' Union held a training course on goat raising in Bao Nam commune under the “Sustainable Livelihoods for Upland Women” project.\n",
    ],
  ])("%s: %s", (lang, text) => {
    const list = of(wideRels(text, lang as "vi" | "en"), RelType.PART_OF).filter((r) =>
      /^(Lớp tập huấn|Training course)[^:]*-PART_OF-> (Sinh kế bền vững|Sustainable Livelihoods)/u.test(r),
    );
    expect(list.length).toBe(1);
  });
});

describe("a training or handover at a place shows nothing; a visit shows what it saw (relations2)", () => {
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn nuôi dê tại xã Bảo Nam.\n"],
    ["en", "News\n\nOn 3 April 2024, the Nghe An Farmers' Union held a training course on goat raising in Bao Nam commune.\n"],
  ])("%s: %s", (lang, text) => {
    expect(of(wideRels(text, lang as "vi" | "en"), RelType.SHOWCASED)).toEqual([]);
  });

  it.each([
    ["vi", "Thăm mô hình\n\nNgày 10/5/2024, đoàn công tác Hội Nông dân tỉnh Hà Tĩnh đến thăm mô hình nuôi dê tại xã Bảo Nam.\n"],
    ["en", "Field visit\n\nOn 10 May 2024, a delegation of the Ha Tinh Farmers' Union visited goat raising farms in Bao Nam commune.\n"],
  ])("%s: %s", (lang, text) => {
    expect(of(wideRels(text, lang as "vi" | "en"), RelType.SHOWCASED).some((r) => /-> (Nuôi dê|Goat raising)$/iu.test(r))).toBe(true);
  });
});

describe("a seat or a headline's place is not where an event was or a project works (relations2)", () => {
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Công ty TNHH Minh Phát, đóng tại xã Hữu Kiệm, trao 30 con bò giống cho hộ nghèo tại xã Bảo Nam.\n"],
    ["en", "News\n\nGreen Roots, a charity based in Huu Kiem commune, handed over 30 cows to poor households of Bao Nam commune on 3 April 2024.\n"],
  ])("%s: the event is not at the giver's seat: %s", (lang, text) => {
    const list = wideRels(text, lang as "vi" | "en");
    expect(of(list, RelType.LOCATED_IN).filter((r) => r.endsWith(HUU_KIEM) && !/Minh Phát|Green Roots/u.test(r.split(" -")[0]))).toEqual([]);
  });

  it.each([
    [
      "vi",
      "Phụ nữ Kỳ Sơn thoát nghèo nhờ nuôi dê\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An triển khai dự án “Sinh kế bền vững cho phụ nữ vùng cao”. Dự án do tổ chức Oxfam tài trợ.\n",
    ],
    ["en", "Goats lift Ky Son women out of poverty\n\nIn 2024, the Nghe An Farmers' Union implemented the project “Sustainable Livelihoods for Upland Women”, funded by Oxfam.\n"],
  ])("%s: no COVERS from the headline alone: %s", (lang, text) => {
    expect(of(wideRels(text, lang as "vi" | "en"), RelType.COVERS)).toEqual([]);
  });
});

describe("the organizer is the organizing verb's subject, not a body named before it in an aside (relations2)", () => {
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, với sự tài trợ của tổ chức Oxfam, UBND xã Bảo Nam tổ chức lễ bàn giao 20 con bò giống cho hộ nghèo.\n", "UBND xã Bảo Nam", "Oxfam"],
    [
      "en",
      "News\n\nWith funding from Oxfam, the Bao Nam Commune People's Committee organised a cattle handover for poor households on 3 April 2024.\n",
      "Bao Nam Commune People's Committee",
      "Oxfam",
    ],
    [
      "vi",
      "Tin từ xã\n\nThực hiện kế hoạch của UBND huyện Kỳ Sơn, ngày 3/4/2024, Hội Nông dân xã Bảo Nam tổ chức lớp tập huấn nuôi dê.\n",
      "Hội Nông dân xã Bảo Nam",
      "UBND huyện Kỳ Sơn",
    ],
    [
      "vi",
      "Tin từ xã\n\nNgày 3/4/2024, tại hội trường UBND xã Bảo Nam, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tổng kết mô hình nuôi dê.\n",
      "Hội Nông dân tỉnh Nghệ An",
      "UBND xã Bảo Nam",
    ],
  ])("%s: %s", (lang, text, organizer, not) => {
    const list = of(wideRels(text, lang as "vi" | "en"), `${RelType.INVOLVED_IN}(${Role.ORGANIZER})`).filter((r) => !r.includes(":"));
    expect(list.some((r) => r.startsWith(organizer))).toBe(true);
    expect(list.filter((r) => r.startsWith(not))).toEqual([]);
  });
});

describe("who implements or funds a project: 'do (Tổ chức) X thực hiện', a body named by its part, never other projects (rels4)", () => {
  const GOATS = /^(Dê giống cho hộ nghèo|Goats for Poor Households)$/u;
  const part = (text: string, lang: "vi" | "en", role: Role): string[] =>
    rels(text, lang)
      .filter((x) => x.includes(`-${RelType.INVOLVED_IN}(${role})->`) && GOATS.test(x.split("-> ")[1] ?? ""))
      .map((x) => x.split(" -")[0]);
  it.each([
    ["vi", "Tin từ huyện\n\nNăm 2024, dự án “Dê giống cho hộ nghèo” do Tổ chức Mầm Xanh thực hiện tại xã Bảo Nam.\n", /Mầm Xanh/u],
    ["vi", "Tin từ huyện\n\nNăm 2024, Tổ chức Mầm Xanh khởi động dự án “Dê giống cho hộ nghèo” tại xã Bảo Nam. Dự án do Tổ chức Mầm Xanh thực hiện trong 3 năm.\n", /Mầm Xanh/u],
    ["vi", "Tin từ huyện\n\nNăm 2024, dự án “Dê giống cho hộ nghèo” được khởi động tại xã Bảo Nam. Tổ chức Mầm Xanh là đơn vị thực hiện dự án.\n", /Mầm Xanh/u],
    [
      "en",
      "News\n\nIn 2024, Green Roots Viet Nam launched the project “Goats for Poor Households” in Bao Nam commune. Green Roots Viet Nam, the project's implementer, will work with 200 households.\n",
      /Green Roots/u,
    ],
  ])("%s implementer: %s", (lang, text, who) => {
    expect(part(text, lang as "vi" | "en", Role.IMPLEMENTER).some((x) => who.test(x))).toBe(true);
  });

  it.each([
    [
      "en",
      "News\n\nIn 2024, Green Roots Viet Nam launched the project “Goats for Poor Households” in Bao Nam commune. The Rural Aid Fund, the project's donor, provided USD 200,000.\n",
    ],
    ["en", "News\n\nIn 2024, the project “Goats for Poor Households” began in Bao Nam commune. The Rural Aid Fund is the donor of the project.\n"],
    ["vi", "Tin từ huyện\n\nNăm 2024, dự án “Dê giống cho hộ nghèo” được khởi động tại xã Bảo Nam. Nhà tài trợ chính của dự án là Quỹ Hỗ trợ Nông thôn.\n"],
    ["vi", "Tin từ huyện\n\nTổ chức Mầm Xanh triển khai dự án “Dê giống cho hộ nghèo” tại xã Bảo Nam. Dự án có tổng kinh phí 2 tỷ đồng do Quỹ Hỗ trợ Nông thôn tài trợ.\n"],
  ])("%s funder: %s", (lang, text) => {
    expect(part(text, lang as "vi" | "en", Role.FUNDER).some((x) => /Rural Aid Fund|Quỹ Hỗ trợ Nông thôn/u.test(x))).toBe(true);
  });

  it.each([
    ["vi", "Tin từ huyện\n\nNăm 2024, Tổ chức Mầm Xanh triển khai dự án “Dê giống cho hộ nghèo” tại xã Bảo Nam. Quỹ Hỗ trợ Nông thôn từng tài trợ nhiều dự án khác ở tỉnh.\n"],
    [
      "en",
      "News\n\nIn 2024, Green Roots Viet Nam launched the project “Goats for Poor Households” in Bao Nam commune. The Rural Aid Fund has funded other projects in the province before.\n",
    ],
    ["vi", "Tin từ huyện\n\nNăm 2024, dự án “Dê giống cho hộ nghèo” được khởi động tại xã Bảo Nam. Quỹ Hỗ trợ Nông thôn là nhà tài trợ của nhiều dự án khác.\n"],
    ["en", "News\n\nIn 2024, the project “Goats for Poor Households” began in Bao Nam commune. The Rural Aid Fund, a donor in the region, also met the commune leaders.\n"],
    [
      "en",
      "News\n\nIn 2024, the project “Goats for Poor Households” and the project “Seeds for Upland Families” began in Bao Nam commune. The Rural Aid Fund is the project's donor.\n",
    ],
  ])("%s drafts no funder: %s", (lang, text) => {
    expect(rels(text, lang as "vi" | "en").filter((x) => x.includes(`(${Role.FUNDER})`))).toEqual([]);
  });
});

describe("GAVE_TO: the giving verb's subject or agent gave to the handover's group (rels4)", () => {
  const gave = (text: string, lang: "vi" | "en"): string[] => rels(text, lang).filter((x) => x.includes(`-${RelType.GAVE_TO}->`));
  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An trao 20 con bò giống cho 20 hộ nghèo xã Bảo Nam.\n"],
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao 20 con bò giống cho 20 hộ nghèo xã Bảo Nam.\n"],
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An phối hợp với UBND xã Bảo Nam tổ chức cấp phát 20 con bò giống cho 20 hộ nghèo xã Bảo Nam.\n"],
    ["en", "News\n\nOn 3 April 2024, the Nghe An Farmers' Union handed over 20 breeding cows to 20 poor households in Bao Nam commune.\n"],
    [
      "en",
      "News\n\nOn 3 April 2024, the Nghe An Farmers' Union, in cooperation with the Bao Nam Commune People's Committee, handed over 20 breeding cows to 20 poor households in Bao Nam commune.\n",
    ],
  ])("%s: %s", (lang, text) => {
    const list = gave(text, lang as "vi" | "en");
    expect(list.length).toBe(1);
    expect(list[0]).toMatch(/^(Hội Nông dân tỉnh Nghệ An|Nghe An Farmers' Union) -GAVE_TO-> (20 hộ nghèo xã Bảo Nam|20 poor households in Bao Nam commune)$/u);
  });

  it("reads the agent of 'donated by X'", () => {
    const text = "News\n\nOn 3 April 2024, 20 breeding cows donated by Green Roots Viet Nam were handed over to 20 poor households in Bao Nam commune.\n";
    expect(gave(text, "en")).toEqual(["Green Roots Viet Nam -GAVE_TO-> 20 poor households in Bao Nam commune"]);
  });

  it.each([
    ["vi", "Tin từ xã\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An và Tổ chức Mầm Xanh đã trao 20 con bò giống cho 20 hộ nghèo xã Bảo Nam.\n"],
    ["en", "News\n\nOn 3 April 2024, Commune officials and Green Roots Viet Nam staff watched as 20 breeding cows were handed over to 20 poor households in Bao Nam commune.\n"],
  ])("%s drafts no giver for a list of givers or a body that only watched: %s", (lang, text) => {
    expect(gave(text, lang as "vi" | "en")).toEqual([]);
  });
});

describe("an event tied to 'the project' by its own words is the article's one project's (rels4)", () => {
  const partOf = (text: string, lang: "vi" | "en"): string[] => rels(text, lang).filter((x) => /^(Hội thảo|Lễ|Workshop)[^-]*-PART_OF->/u.test(x));
  it.each([
    [
      "vi",
      "Tin từ xã\n\nNăm 2023, Tổ chức Mầm Xanh bắt đầu dự án “Dê giống cho hộ nghèo” ở xã Bảo Nam. Ngày 3/4/2024, Tổ chức Mầm Xanh tổ chức hội thảo tổng kết dự án tại xã Bảo Nam.\n",
    ],
    ["vi", "Tin từ xã\n\nNăm 2023, Tổ chức Mầm Xanh bắt đầu dự án “Dê giống cho hộ nghèo” ở xã Bảo Nam. Ngày 3/4/2024, lễ khởi động dự án đã diễn ra tại xã Bảo Nam.\n"],
    [
      "en",
      "News\n\nIn 2023, Green Roots Viet Nam started the project “Goats for Poor Households” in Bao Nam commune. On 3 April 2024, Green Roots Viet Nam held the project's closing workshop in Bao Nam commune.\n",
    ],
    [
      "en",
      "News\n\nIn 2023, Green Roots Viet Nam started the project “Goats for Poor Households” in Bao Nam commune. On 3 April 2024, a workshop to review the project was held in Bao Nam commune.\n",
    ],
  ])("%s: %s", (lang, text) => {
    expect(partOf(text, lang as "vi" | "en")).toEqual([expect.stringMatching(/-PART_OF-> (Dê giống cho hộ nghèo|Goats for Poor Households)$/u)]);
  });

  it.each([
    [
      "vi",
      "Tin từ xã\n\nNăm 2023, Tổ chức Mầm Xanh bắt đầu dự án “Dê giống cho hộ nghèo” ở xã Bảo Nam. Ngày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo về nuôi gà tại xã Hữu Kiệm.\n",
    ],
    [
      "en",
      "News\n\nIn 2023, the project “Goats for Poor Households” and the project “Seeds for Upland Families” began in Bao Nam commune. On 3 April 2024, Green Roots Viet Nam held the project's closing workshop in Bao Nam commune.\n",
    ],
    [
      "en",
      "News\n\nIn 2023, Green Roots Viet Nam started the project “Goats for Poor Households” in Bao Nam commune. On 3 April 2024, it held a workshop on other projects in Bao Nam commune.\n",
    ],
  ])("%s puts no event under a project it is not tied to: %s", (lang, text) => {
    expect(partOf(text, lang as "vi" | "en")).toEqual([]);
  });
});

describe("the receivers before 'received': a lead date is no part of the group's name (rels4)", () => {
  it.each([
    "News\n\nOn 3 April 2024, 20 poor households in Bao Nam commune received 20 breeding cows from the Nghe An Farmers' Union.\n",
    "News\n\nIn April 2024, 20 poor households in Bao Nam commune received 20 breeding cows from the Nghe An Farmers' Union.\n",
  ])("%s", (text) => {
    expect(rels(text, "en").filter((x) => x.includes(`-${RelType.GAVE_TO}->`))).toEqual(["Nghe An Farmers' Union -GAVE_TO-> 20 poor households in Bao Nam commune"]);
  });
});
