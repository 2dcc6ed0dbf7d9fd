/**
 * Round 5 (projects5) rules, issue 18: who implements or funds a project when its sentence lists the
 * subjects or names the part after a dash, the body a unit belongs to, and when a model run named
 * with a place is the article's project's. Every sentence is written for the test (never an
 * article's), run through the whole pipeline against the small test gazetteer.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { Role } from "../../src/graph/graph.enums";
import { foldKey } from "../../src/ingest/ingest.text";
import { eventNamesProject } from "../../src/ingest/stages/projects.rules";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel, relLines } from "../helpers/ingest-rels";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's relationships as "from name -TYPE(ROLE)-> to name" (places by id). */
const rels = (text: string, lang: "vi" | "en"): string[] => relLines(draft(text, lang));
const IMPLEMENTER = `${RelType.INVOLVED_IN}(${Role.IMPLEMENTER})`;
const FUNDER = `${RelType.INVOLVED_IN}(${Role.FUNDER})`;

describe("a list of subjects before the implementing verb: every body of it implements the project", () => {
  it.each([
    [
      "en",
      "Water in Ky Son\n\nIn 2023, CARE Vietnam and the Women's Union of Nghe An province, with funding from the Australian Government, implemented the project “Clean Water for Hill Villages”.\n",
      [/^CARE Vietnam/u, /^Women's Union of Nghe An/u],
      /Clean Water for Hill Villages/u,
    ],
    [
      "vi",
      "Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An và Hội Liên hiệp Phụ nữ tỉnh Nghệ An đã triển khai dự án “Sinh kế bền vững cho hộ nghèo vùng cao”.\n",
      [/^Hội Nông dân tỉnh Nghệ An/u, /^Hội Liên hiệp Phụ nữ tỉnh Nghệ An/u],
      /Sinh kế bền vững cho hộ nghèo vùng cao/u,
    ],
    [
      "en",
      "Schools in Ky Son\n\nActionAid Vietnam, Plan International and the Ky Son District People's Committee jointly implemented the project “Safe Water for Schools” in Bao Nam commune.\n",
      [/^ActionAid Vietnam/u, /^Plan International/u],
      /Safe Water for Schools/u,
    ],
    [
      "vi",
      "Tin từ xã\n\nTừ năm 2022, Trung tâm Khuyến nông tỉnh Nghệ An, Hội Nông dân huyện Kỳ Sơn và tổ chức Oxfam đã thực hiện dự án “Chuỗi giá trị gừng vùng cao” tại xã Hữu Kiệm.\n",
      [/^Trung tâm Khuyến nông tỉnh Nghệ An/u, /^Hội Nông dân huyện Kỳ Sơn/u, /^Oxfam/u],
      /Chuỗi giá trị gừng vùng cao/u,
    ],
  ])("%s variant %#", (lang, text, bodies, project) => {
    const r = rels(text, lang as "vi" | "en");
    for (const b of bodies) expect(hasRel(r, b, IMPLEMENTER, project)).toBe(true);
  });

  it("does not make the funders named before the subject implementers ('With funding from A and B, C implemented …')", () => {
    const text =
      "Water in Ky Son\n\nWith funding from the European Union and Irish Aid, the Farmers' Union of Nghe An province implemented the project “Clean Water for Hill Villages”.\n";
    const r = rels(text, "en");
    expect(hasRel(r, /European Union/u, IMPLEMENTER, /Clean Water/u)).toBe(false);
    expect(hasRel(r, /Irish Aid/u, IMPLEMENTER, /Clean Water/u)).toBe(false);
  });

  it("does not read bodies that only praised the project as running it", () => {
    const text = "Water in Ky Son\n\nIn 2024, CARE Vietnam and the Women's Union of Nghe An province praised the results of the project “Clean Water for Hill Villages”.\n";
    const r = rels(text, "en");
    expect(hasRel(r, /CARE Vietnam/u, IMPLEMENTER, /Clean Water/u)).toBe(false);
    expect(hasRel(r, /Women's Union/u, IMPLEMENTER, /Clean Water/u)).toBe(false);
  });
});

describe("a body's part in the project named after a dash", () => {
  it.each([
    [
      "en",
      "Visit to Ky Son\n\nIn May 2024, within the project “Clean Water for Hill Villages”, a field trip was organised by CARE Vietnam and Irish Aid - the project donor.\n",
      /^Irish Aid/u,
      FUNDER,
      /Clean Water for Hill Villages/u,
    ],
    [
      "en",
      "Visit to Ky Son\n\nPlan International - the implementing partner of the project “Safe Water for Schools” - presented the results in Bao Nam commune.\n",
      /^Plan International/u,
      IMPLEMENTER,
      /Safe Water for Schools/u,
    ],
    [
      "vi",
      "Tin từ huyện\n\nNgày 5/4/2024, Quỹ Hỗ trợ Nông thôn – nhà tài trợ của dự án “Dê giống cho hộ nghèo” – đã đến thăm xã Bảo Nam.\n",
      /^Quỹ Hỗ trợ Nông thôn/u,
      FUNDER,
      /Dê giống cho hộ nghèo/u,
    ],
    [
      "vi",
      "Tin từ huyện\n\nHội Nông dân tỉnh Nghệ An – đơn vị thực hiện dự án “Dê giống cho hộ nghèo” – đã báo cáo kết quả tại xã Hữu Kiệm.\n",
      /^Hội Nông dân tỉnh Nghệ An/u,
      IMPLEMENTER,
      /Dê giống cho hộ nghèo/u,
    ],
  ])("%s variant %#", (lang, text, body, type, project) => {
    expect(hasRel(rels(text, lang as "vi" | "en"), body, type, project)).toBe(true);
  });

  it("does not read a dash naming a donor of other projects as this project's donor", () => {
    const text =
      "Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An thực hiện dự án “Dê giống cho hộ nghèo”. Quỹ Hỗ trợ Nông thôn – nhà tài trợ của nhiều dự án khác – cũng đến thăm xã Bảo Nam.\n";
    expect(hasRel(rels(text, "vi"), /Quỹ Hỗ trợ Nông thôn/u, FUNDER, /Dê giống/u)).toBe(false);
  });

  it("does not read a dash naming a donor in general, in a sentence without the project, as the project's donor", () => {
    const text =
      "Water in Ky Son\n\nIn 2023, CARE Vietnam implemented the project “Clean Water for Hill Villages”. Irish Aid - a long-standing donor in the region - visited Bao Nam commune in May.\n";
    expect(hasRel(rels(text, "en"), /Irish Aid/u, FUNDER, /Clean Water/u)).toBe(false);
  });
});

describe("the body a unit belongs to, said right after the unit's name", () => {
  it.each([
    [
      "vi",
      "Tin từ tỉnh\n\nNgày 5/4/2024, Trung tâm Khuyến nông trực thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An tổ chức hội thảo tại xã Bảo Nam.\n",
      /^Trung tâm Khuyến nông/u,
      /^Sở Nông nghiệp/u,
    ],
    [
      "en",
      "Pests in Ky Son\n\nOn 5 April 2024, the Plant Protection Division under the Ministry of Agriculture and Rural Development held a workshop in Bao Nam commune.\n",
      /^Plant Protection Division/u,
      /^Ministry of Agriculture/u,
    ],
    ["vi", "Tin từ huyện\n\nNgày 5/4/2024, Ban Dân tộc thuộc UBND tỉnh Nghệ An đã đến thăm xã Hữu Kiệm.\n", /^Ban Dân tộc/u, /^UBND tỉnh Nghệ An/u],
    [
      "en",
      "Training in Ky Son\n\nThe course was taught by officers of the Social Protection Office - Department of Labour, Invalids and Social Affairs of Nghe An province.\n",
      /^Social Protection Office/u,
      /^Department of Labour/u,
    ],
  ])("%s variant %#", (lang, text, unit, parent) => {
    expect(hasRel(rels(text, lang as "vi" | "en"), unit, RelType.PART_OF, parent)).toBe(true);
  });

  it("does not read two peer bodies joined by a dash as one inside the other", () => {
    const text = "Tin từ tỉnh\n\nNgày 5/4/2024, Hội Nông dân tỉnh Nghệ An - Hội Liên hiệp Phụ nữ tỉnh Nghệ An phối hợp tổ chức hội thảo tại xã Bảo Nam.\n";
    const r = rels(text, "vi");
    expect(hasRel(r, /Hội Nông dân/u, RelType.PART_OF, /Hội Liên hiệp/u)).toBe(false);
  });

  it("does not read a unit and a department joined by 'và' as one inside the other", () => {
    const text = "Tin từ tỉnh\n\nNgày 5/4/2024, Trung tâm Y tế huyện Kỳ Sơn và Sở Y tế tỉnh Nghệ An tổ chức hội thảo tại xã Bảo Nam.\n";
    const r = rels(text, "vi");
    expect(hasRel(r, /Trung tâm Y tế/u, RelType.PART_OF, /Sở Y tế/u)).toBe(false);
  });
});

describe("a model run named with a place is the project's only when its clause says so", () => {
  const PROJECT = "Dê giống cho hộ nghèo";
  const opening = `Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An thực hiện dự án “${PROJECT}”. `;
  /** The runs named with a place ("Mô hình … xã …") drafted PART_OF the project, with whether that line is inferred. */
  const runsOfProject = (text: string): { inferred: boolean }[] => {
    const seed = draft(text, "vi");
    const project = seed.entities.find((e) => e.kind === Label.Project);
    const runs = new Set(seed.entities.filter((e) => e.kind === Label.Intervention && String(e.name).startsWith("Mô hình")).map((e) => e.id));
    return seed.relationships.filter((r) => runs.has(r.from) && r.type === RelType.PART_OF && r.to === project?.id).map((r) => ({ inferred: !!r.inferred }));
  };
  it.each([
    [`${opening}Dự án đã xây dựng mô hình nuôi dê tại xã Hữu Kiệm cho 20 hộ.\n`, true],
    [`${opening}Trong khuôn khổ dự án, mô hình trồng gừng tại xã Bảo Nam được nhân rộng.\n`, true],
    [`${opening}Mô hình nuôi gà thả vườn tại xã Mường Típ của dự án đã cho thu nhập khá.\n`, true],
    [`Tin từ huyện\n\nNăm 2024, dự án “${PROJECT}” hỗ trợ mô hình nuôi bò sinh sản tại xã Bảo Nam.\n`, false],
  ])("variant %#", (text, inferred) => {
    const found = runsOfProject(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.inferred === inferred)).toBe(true);
  });

  it("does not put a run under the project because 'dự án' was said in the sentence before", () => {
    const text = `${opening}Bên cạnh đó, mô hình nuôi lợn đen tại xã Bảo Nam do Hội Phụ nữ xã tự xây dựng từ năm 2015.\n`;
    expect(runsOfProject(text)).toEqual([]);
  });

  it("does not put a run under the project because its clause says the bare word 'dự án' without a tie", () => {
    const text = `${opening}Bên cạnh dự án, mô hình nuôi lợn đen tại xã Bảo Nam do Hội Phụ nữ xã tự làm từ năm 2015.\n`;
    expect(runsOfProject(text)).toEqual([]);
  });

  it("does not read a verb inside a body's name ('Quỹ Hỗ trợ …') as the project running the model", () => {
    const text = `Tin từ huyện\n\nNăm 2024, dự án “${PROJECT}” và Quỹ Hỗ trợ Nông thôn cùng có mặt khi mô hình nuôi lợn đen tại xã Bảo Nam được giới thiệu.\n`;
    expect(runsOfProject(text)).toEqual([]);
  });

  it("does not put a run other projects supported under the article's project", () => {
    const text = `${opening}Các dự án khác đã hỗ trợ mô hình nuôi gà tại xã Mường Típ.\n`;
    expect(runsOfProject(text)).toEqual([]);
  });
});

describe("the partners a program's or project's own name lists after 'hợp tác giữa/cooperation between'", () => {
  const PARTNER = `${RelType.INVOLVED_IN}(${Role.PARTNER})`;
  it.each([
    [
      "vi",
      "Tin từ tỉnh\n\nNgày 5/4/2024, UBND huyện Kỳ Sơn tổ chức hội nghị tổng kết Chương trình hợp tác giữa Tổ chức Tầm nhìn Thế giới và UBND tỉnh Nghệ An giai đoạn 2019-2023 tại xã Bảo Nam.\n",
      [/Tầm nhìn Thế giới/u, /^UBND tỉnh Nghệ An/u],
      /^Chương trình hợp tác/u,
    ],
    [
      "vi",
      "Tin từ tỉnh\n\nNăm 2024, Chương trình hợp tác giữa Hội Nông dân tỉnh Nghệ An và Ngân hàng Chính sách xã hội tỉnh Nghệ An giúp 300 hộ vay vốn tại xã Hữu Kiệm.\n",
      [/^Hội Nông dân tỉnh Nghệ An/u, /^Ngân hàng Chính sách xã hội/u],
      /^Chương trình hợp tác/u,
    ],
    [
      "en",
      "Water in Ky Son\n\nIn 2024, the Cooperation Programme between Plan International and the Nghe An Provincial People's Committee built 12 water stations in Bao Nam commune.\n",
      [/^Plan International/u, /^Nghe An Provincial People's Committee/u],
      /^Cooperation Programme/u,
    ],
    [
      "vi",
      "Tin từ tỉnh\n\nSáng 9/5/2024, tại xã Bảo Nam, Chương trình liên kết giữa Trung tâm Khuyến nông tỉnh Nghệ An, Hội Liên hiệp Phụ nữ tỉnh Nghệ An và Công ty Gừng Xanh được ra mắt.\n",
      [/^Trung tâm Khuyến nông/u, /^Hội Liên hiệp Phụ nữ/u, /Gừng Xanh/u],
      /^Chương trình liên kết/u,
    ],
  ])("%s variant %#", (lang, text, bodies, container) => {
    const r = rels(text, lang as "vi" | "en");
    for (const b of bodies) expect(hasRel(r, b, PARTNER, container)).toBe(true);
  });

  it("does not read bodies named before the cue (who signed it) as the partners the name lists", () => {
    const text = "Tin từ tỉnh\n\nNgày 5/4/2024, Hội Nông dân tỉnh Nghệ An và Tổ chức Tầm nhìn Thế giới ký Chương trình hợp tác giai đoạn 2024-2028 tại xã Bảo Nam.\n";
    expect(rels(text, "vi").filter((x) => x.includes(`(${Role.PARTNER})`))).toEqual([]);
  });

  it("does not read a 'hợp tác giữa' clause far from a program's name as the program's partners", () => {
    const text =
      "Tin từ tỉnh\n\nNăm 2024, Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai ở xã Bảo Nam, nhờ có sự hợp tác giữa Hội Nông dân tỉnh Nghệ An và Hội Liên hiệp Phụ nữ tỉnh Nghệ An.\n";
    expect(rels(text, "vi").filter((x) => x.includes(`(${Role.PARTNER})`))).toEqual([]);
  });
});

describe("an event named after the project it launches, reviews or closes", () => {
  it.each([
    ["Project to bring clean water to hill villages launched", "Project to bring clean water to hill villages"],
    ["Khởi động dự án Sinh kế bền vững cho phụ nữ vùng cao", "Dự án Sinh kế bền vững cho phụ nữ vùng cao"],
    ["Tổng kết Dự án Nước sạch cho trường học miền núi", "Nước sạch cho trường học miền núi"],
    ["Safe Water for Mountain Schools project reviewed after three years", "Safe Water for Mountain Schools"],
  ])("variant %#: %s", (event, project) => {
    expect(eventNamesProject(event, project, foldKey)).toBe(true);
  });

  it.each([
    ["Lễ trao bò giống cho hộ nghèo", "Bò giống cho hộ nghèo"],
    ["Training on clean water for hill villages", "Clean water for hill villages"],
    ["Khởi động dự án", "Dự án"],
  ])("not: %s", (event, project) => {
    expect(eventNamesProject(event, project, foldKey)).toBe(false);
  });

  it("drafts the launch the article's title names after its project as part of the project", () => {
    const text =
      "Project to bring clean water to hill villages launched\n\nOn 5 April 2024, the Nghe An Women's Union launched the project “Project to bring clean water to hill villages” in Bao Nam commune.\n";
    const r = rels(text, "en");
    expect(
      r.some((x) => x.includes(`-${RelType.PART_OF}-> Project to bring clean water to hill villages`) && !x.startsWith("Project to bring clean water to hill villages:")),
    ).toBe(true);
  });
});

describe("an event held under the project its sentence opens on, however long the names between", () => {
  const PROJECT = /Sinh kế phụ nữ vùng cao/u;
  it.each([
    "Tin từ huyện\n\nTrong khuôn khổ Dự án “Sinh kế phụ nữ vùng cao” do Quỹ Hỗ trợ Nông thôn Hàn Quốc tài trợ, ngày 21/8/2024, Ban Quản lý dự án của Sở Nông nghiệp và Môi trường tỉnh Nghệ An, Hội Liên hiệp Phụ nữ tỉnh Nghệ An cùng Trung tâm Khuyến nông tỉnh Nghệ An đã tổ chức lễ khởi động tại xã Bảo Nam.\n",
    "Tin từ huyện\n\nThuộc dự án “Sinh kế phụ nữ vùng cao” do Quỹ Hỗ trợ Nông thôn Hàn Quốc và Tổ chức Tầm nhìn Thế giới đồng tài trợ, sáng ngày 12/9/2024, Hội Nông dân huyện Kỳ Sơn, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn cùng Trạm Khuyến nông huyện Kỳ Sơn đã tổ chức lớp tập huấn nuôi dê tại xã Hữu Kiệm.\n",
  ])("variant %#", (text) => {
    expect(hasRel(rels(text, "vi"), /^(?:Lễ|Lớp)/u, RelType.PART_OF, PROJECT)).toBe(true);
  });

  it("does not reach that far from a container named in the middle of the sentence", () => {
    const text =
      "Tin từ huyện\n\nNăm 2024, nhiều hộ ở xã Hữu Kiệm là hộ thuộc dự án “Sinh kế phụ nữ vùng cao” do Quỹ Hỗ trợ Nông thôn Hàn Quốc và Tổ chức Tầm nhìn Thế giới đồng tài trợ, còn ngày 12/9/2024, Hội Nông dân huyện Kỳ Sơn, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn cùng Trạm Khuyến nông huyện Kỳ Sơn tổ chức lớp tập huấn nuôi dê tại xã Bảo Nam.\n";
    expect(hasRel(rels(text, "vi"), /^(?:Lễ|Lớp)/u, RelType.PART_OF, PROJECT)).toBe(false);
  });
});

describe("who coordinates a project", () => {
  const COORDINATOR = `${RelType.INVOLVED_IN}(${Role.COORDINATOR})`;
  it.each([
    [
      "vi",
      "Tin từ tỉnh\n\nNăm 2024, dự án “Nước sạch cho bản vùng cao” do Hội Chữ thập đỏ tỉnh Nghệ An điều phối được triển khai tại xã Bảo Nam.\n",
      /Chữ thập đỏ/u,
      /Nước sạch cho bản vùng cao/u,
    ],
    [
      "vi",
      "Tin từ tỉnh\n\nDự án “Nước sạch cho bản vùng cao” do Hội Cộng đồng Thiện nguyện Hàn Quốc tổ chức điều phối nguồn vốn của Quỹ Hỗ trợ Nông thôn tài trợ.\n",
      /Cộng đồng Thiện nguyện/u,
      /Nước sạch cho bản vùng cao/u,
    ],
    ["en", "Water in Ky Son\n\nThe project “Safe Water for Schools” is coordinated by the Nghe An Red Cross in Bao Nam commune.\n", /Red Cross/u, /Safe Water for Schools/u],
    ["en", "Water in Ky Son\n\nIn 2024, the Nghe An Red Cross coordinates the project “Safe Water for Schools” in Bao Nam commune.\n", /Red Cross/u, /Safe Water for Schools/u],
  ])("%s variant %#", (lang, text, body, project) => {
    expect(hasRel(rels(text, lang as "vi" | "en"), body, COORDINATOR, project)).toBe(true);
  });

  it("does not read 'Điều phối' inside a body's own name as coordinating the project", () => {
    const text = "Tin từ tỉnh\n\nNăm 2024, Văn phòng Điều phối nông thôn mới tỉnh Nghệ An đã giới thiệu dự án “Nước sạch cho bản vùng cao” tại xã Bảo Nam.\n";
    expect(rels(text, "vi").filter((x) => x.includes(`(${Role.COORDINATOR})`))).toEqual([]);
  });

  it("does not read 'coordinated with' as the body coordinating it", () => {
    const text = "Water in Ky Son\n\nThe project “Safe Water for Schools”, coordinated with local authorities, was implemented by CARE Vietnam in Bao Nam commune.\n";
    const r = rels(text, "en");
    expect(r.filter((x) => x.includes(`(${Role.COORDINATOR})`))).toEqual([]);
    expect(hasRel(r, /CARE Vietnam/u, IMPLEMENTER, /Safe Water for Schools/u)).toBe(true);
  });
});

describe("a bare 'Dự án' bound to another project by its first word means the project named last", () => {
  it("puts the part on the project named before the sentence, not on one whose name starts with 'Dự án'", () => {
    const text =
      "Tin từ tỉnh\n\nNăm 2023, Hội Nông dân huyện Kỳ Sơn làm Dự án 3 về nuôi dê. Năm 2024, dự án “Nước sạch cho bản vùng cao” được triển khai tại xã Bảo Nam. " +
      "Dự án do Hội Chữ thập đỏ tỉnh Nghệ An điều phối.\n";
    const r = rels(text, "vi");
    expect(hasRel(r, /Chữ thập đỏ/u, `${RelType.INVOLVED_IN}(${Role.COORDINATOR})`, /Nước sạch cho bản vùng cao/u)).toBe(true);
    expect(hasRel(r, /Chữ thập đỏ/u, `${RelType.INVOLVED_IN}(${Role.COORDINATOR})`, /^Dự án 3/u)).toBe(false);
  });
});

describe("'project' as a modifier after a sentence's first word, or in a post, names no project", () => {
  const projects = (text: string): string[] =>
    draft(text, "en")
      .entities.filter((e) => e.kind === Label.Project)
      .map((e) => e.name);
  const lead = "News\n\nOn 3 April 2024, CARE Vietnam held a workshop in Ky Son district. ";

  it.each([
    "Good project management helped 200 households, the director said.",
    "Strong project ownership by the commune kept the groups going.",
    "Careful project design made the loans reach poor women first.",
    "Local project staff visited Bao Nam commune twice a month.",
    // a post named "Project …"
    "Mr. Do Van Nam, Deputy Project Coordinator of CARE Vietnam, thanked the commune.",
    "Ms. Le Thi Hoa, Senior Project Officer, said 200 households took part.",
  ])("%s", (sentence) => {
    expect(projects(lead + sentence)).toEqual([]);
  });

  it.each([
    // a name of its own, or "project" as the head of the phrase, still drafts
    ["Bamboo project helped 200 households in Bao Nam commune.", "Bamboo project"],
    ["The Green Livelihoods project staff trained 200 households.", "Green Livelihoods project"],
  ])("%s", (sentence, name) => {
    expect(projects(lead + sentence)).toEqual([name]);
  });
});

describe("a model a sentence names is the run of its own project, not of every project or of one whose people only saw it", () => {
  const APPLIES = RelType.APPLIES;
  /** "project: model" interventions that apply a model, as [project, model]. */
  const runs = (text: string, lang: "vi" | "en"): string[] =>
    rels(text, lang)
      .filter((l) => l.includes(`-${APPLIES}->`) && l.includes(": "))
      .map((l) => l.replace(/: [^-]+ -APPLIES-> /u, " → "));

  it.each([
    [
      "vi",
      "Tin\n\nNăm 2024, dự án “Bò cho bản cao” hỗ trợ nuôi bò và dự án “Quế xanh” hỗ trợ trồng quế cho các hộ xã Bảo Nam.\n",
      ["Bò cho bản cao → Nuôi bò", "Quế xanh → Trồng quế"],
    ],
    [
      "en",
      "News\n\nIn 2024, the “Cows for Hills” project supported cattle raising and the “Green Cinnamon” project supported cinnamon growing in Bao Nam commune.\n",
      ["Cows for Hills → Cattle raising", "Green Cinnamon → Cinnamon growing"],
    ],
    [
      "vi",
      "Tin\n\nNăm 2023, dự án “Ong mật Kỳ Sơn” hỗ trợ nuôi ong, còn dự án “Nước sạch cho bản” hỗ trợ nuôi gà cho 40 hộ xã Hữu Kiệm.\n",
      ["Ong mật Kỳ Sơn → Nuôi ong", "Nước sạch cho bản → Nuôi gà"],
    ],
    [
      "en",
      "News\n\nIn 2023 the “Honey Hills” project promoted beekeeping, while the “Clean Water” project introduced chicken raising for 40 households in Huu Kiem commune.\n",
      ["Honey Hills → Beekeeping", "Clean Water → Chicken raising"],
    ],
  ])("%s: %#", (lang, text, want) => {
    expect(runs(text, lang as "vi" | "en").sort()).toEqual([...want].sort());
  });

  it.each([
    ["vi", "Tin\n\nTrong khuôn khổ dự án “Sinh kế cho bản cao”, ngày 5/3/2024, đoàn nông dân xã Bảo Nam đi tham quan, học tập mô hình nuôi ong tại tỉnh Hà Tĩnh.\n"],
    ["vi", "Tin\n\nThuộc dự án “Bò cho bản cao”, ngày 6/4/2024, hội viên xã Hữu Kiệm đi học tập kinh nghiệm nuôi dê tại huyện Kỳ Sơn.\n"],
  ])("no run of a model the project's people only visited: %#", (lang, text) => {
    expect(runs(text, lang as "vi" | "en")).toEqual([]);
  });
});
