/**
 * Round 5 (places5): where a body or a group is, read off its name, and a project named by an anaphor that carries an
 * amount. Every sentence here is written for the test (never an article's), drafted through the whole pipeline against the
 * small test gazetteer, with Hà Tĩnh and its district Hương Sơn added where an article must name a second province.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { buildKnowledge, type Knowledge } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { bareLevelOf } from "../../src/ingest/stages/places.rules";
import { KY_SON_COMMUNES, testGazetteer, testPlace } from "../helpers/ingest-gazetteer";
import type { ParsedSeedFile } from "../../src/seed/seed.reader";

const base = testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]);
const baseData = base.data as { source: unknown; entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
const gazetteer: ParsedSeedFile = {
  ...base,
  data: {
    ...baseData,
    entities: [
      ...baseData.entities,
      testPlace("vn:ha-tinh", "Hà Tĩnh", "PROVINCE", { unitType: "Tỉnh", nameEn: "Ha Tinh province" }),
      testPlace("vn:ha-tinh:huong-son", "Hương Sơn", "DISTRICT", { unitType: "Huyện", nameEn: "Huong Son district", validTo: "2025-06-30" }),
    ],
    relationships: [...baseData.relationships, { from: "vn:ha-tinh:huong-son", type: "PART_OF", to: "vn:ha-tinh", quote: "q" }],
  },
};
const knowledge: Knowledge = buildKnowledge([gazetteer]);
const index = indexCorpus(knowledge);

const draft = (text: string, lang: "vi" | "en") => ingestArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index).seed;
/** The LOCATED_IN and COVERS of the draft as "from name -TYPE-> place id", with " (inferred)" when inferred. */
const placed = (text: string, lang: "vi" | "en"): string[] => {
  const seed = draft(text, lang);
  const name = new Map(seed.entities.filter((e) => e.kind !== Label.Place).map((e) => [e.id, String(e.name)]));
  return seed.relationships
    .filter((r) => r.type === RelType.LOCATED_IN || r.type === RelType.COVERS)
    .map((r) => `${name.get(r.from) ?? r.from} -${r.type}-> ${r.to}${r.inferred ? " (inferred)" : ""}`);
};
const KY_SON = "vn:nghe-an:ky-son";
const NGHE_AN = "vn:nghe-an";

describe("bareLevelOf: the level a body's name gives without naming the unit", () => {
  it.each([
    ["UBND tỉnh", "PROVINCE", false],
    ["Hội Liên hiệp Phụ nữ huyện", "DISTRICT", false],
    ["Ban quản lý dự án cấp xã", "COMMUNE", false],
    ["Sở Tài nguyên và Môi trường", "PROVINCE", false],
    ["Tỉnh đoàn", "PROVINCE", false],
    ["Huyện ủy", "DISTRICT", false],
    ["các Hội Nông dân xã", "COMMUNE", true],
    ["Provincial Farmers' Union", "PROVINCE", false],
    ["district youth unions", "DISTRICT", true],
  ])("%s → %s", (name, level, plural) => {
    expect(bareLevelOf(name)).toEqual({ level, plural });
  });

  it.each(["Hội Nông dân Việt Nam", "Trung tâm Khuyến nông", "Oxfam", "Bộ Nông nghiệp và Môi trường", "Ban Kinh tế", "Department of Crop Production"])(
    "gives none for %s",
    (name) => {
      expect(bareLevelOf(name)).toBeUndefined();
    },
  );
});

describe("a body whose name gives its level but not its unit is in the one unit of that level the article names (inferred)", () => {
  it("places a provincial women's union named 'Hội Liên hiệp Phụ nữ tỉnh' in the article's one province", () => {
    const text =
      "Phụ nữ Kỳ Sơn học nghề\n\nNgày 5/3/2024, Hội Liên hiệp Phụ nữ tỉnh phối hợp với UBND xã Bảo Nam mở lớp dạy nghề may cho 30 chị em tại xã Bảo Nam, huyện Kỳ Sơn, tỉnh Nghệ An.\n";
    expect(placed(text, "vi")).toContain(`Hội Liên hiệp Phụ nữ tỉnh -${RelType.LOCATED_IN}-> ${NGHE_AN} (inferred)`);
  });

  it("places a department named by 'Sở …' in the article's one province", () => {
    const text = "Hội thảo về giống lúa\n\nSáng 12/9/2024, Sở Nông nghiệp và Môi trường tổ chức hội thảo giới thiệu giống lúa chịu hạn tại xã Hữu Kiệm, huyện Kỳ Sơn.\n";
    expect(placed(text, "vi")).toContain(`Sở Nông nghiệp và Môi trường -${RelType.LOCATED_IN}-> ${NGHE_AN} (inferred)`);
  });

  it("places 'UBND huyện' in the one district the article names", () => {
    const text = "Trao bò ở Mường Típ\n\nNgày 20/10/2024, UBND huyện đã trao 15 con bò giống cho các hộ nghèo xã Mường Típ. Các xã Mường Típ và Bảo Nam thuộc huyện Kỳ Sơn.\n";
    expect(placed(text, "vi")).toContain(`UBND huyện -${RelType.LOCATED_IN}-> ${KY_SON} (inferred)`);
  });

  it("places an English 'Provincial Farmers' Union' in the article's one province", () => {
    const text =
      "Farmers learn to compost\n\nOn 4 June 2024, the Provincial Farmers' Union held a training course on composting for 40 farmers in Bao Nam commune, Ky Son district.\n";
    expect(placed(text, "en")).toContain(`Provincial Farmers' Union -${RelType.LOCATED_IN}-> ${NGHE_AN} (inferred)`);
  });

  it("places 'Tỉnh đoàn' in the article's one province", () => {
    const text = "Thanh niên làm kinh tế\n\nNgày 2/8/2024, Tỉnh đoàn tổ chức diễn đàn thanh niên khởi nghiệp tại xã Hữu Kiệm, huyện Kỳ Sơn.\n";
    expect(placed(text, "vi")).toContain(`Tỉnh đoàn -${RelType.LOCATED_IN}-> ${NGHE_AN} (inferred)`);
  });

  it("drafts nothing when the article names two provinces", () => {
    const text =
      "Hai tỉnh trao đổi kinh nghiệm\n\nNgày 9/5/2024, Sở Nông nghiệp và Môi trường tổ chức chuyến học tập cho cán bộ tỉnh Hà Tĩnh tại xã Bảo Nam, huyện Kỳ Sơn, tỉnh Nghệ An.\n";
    expect(placed(text, "vi").filter((r) => r.startsWith("Sở Nông nghiệp"))).toEqual([]);
  });

  it("drafts nothing for 'UBND huyện' when the article names no district", () => {
    const text = "Tin từ tỉnh\n\nNgày 20/10/2024, UBND huyện đã trao 15 con bò giống cho các hộ nghèo của tỉnh Nghệ An.\n";
    expect(placed(text, "vi").filter((r) => r.startsWith("UBND huyện"))).toEqual([]);
  });

  it("does not infer a unit for a body whose name holds its place", () => {
    const text = "Tin từ tỉnh\n\nNgày 1/7/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tại huyện Kỳ Sơn.\n";
    const rels = placed(text, "vi").filter((r) => r.startsWith("Hội Nông dân tỉnh Nghệ An"));
    expect(rels).toEqual([`Hội Nông dân tỉnh Nghệ An -${RelType.LOCATED_IN}-> ${NGHE_AN}`]);
  });
});

describe("a handover's recipients live where their name says", () => {
  it("places 'các hộ nghèo xã Hữu Kiệm' in Hữu Kiệm", () => {
    const text = "Trao bò giống\n\nNgày 3/4/2024, Hội Nông dân huyện Kỳ Sơn trao 20 con bò giống cho các hộ nghèo xã Hữu Kiệm.\n";
    expect(placed(text, "vi").some((r) => r.includes(`-${RelType.LOCATED_IN}-> ${KY_SON}:huu-kiem`) && /^các hộ nghèo/iu.test(r))).toBe(true);
  });

  it("places English recipients 'households in Muong Tip commune' in Muong Tip", () => {
    const text = "Pigs for the poor\n\nOn 8 May 2024, the Ky Son Women's Union handed over 30 breeding pigs to 30 poor households in Muong Tip commune.\n";
    expect(placed(text, "en").some((r) => /households/u.test(r) && r.endsWith(`-${RelType.LOCATED_IN}-> ${KY_SON}:muong-tip`))).toBe(true);
  });

  it("places recipients said to live 'trên địa bàn xã' in the one commune their sentence names, as inferred", () => {
    const text = "Tin từ xã\n\nSáng 14/11/2024, UBND xã Bảo Nam cấp phát 25 con dê giống cho các hộ cận nghèo trên địa bàn xã.\n";
    expect(placed(text, "vi").some((r) => /hộ cận nghèo/u.test(r) && r.endsWith(`-${RelType.LOCATED_IN}-> ${KY_SON}:bao-nam (inferred)`))).toBe(true);
  });

  it("places recipients 'ở xã …' in that commune", () => {
    const text = "Tin từ huyện\n\nNgày 6/6/2024, Hội Cựu chiến binh huyện Kỳ Sơn trao tặng 10 con lợn giống cho 10 gia đình khó khăn ở xã Bảo Nam.\n";
    expect(placed(text, "vi").some((r) => /gia đình khó khăn/iu.test(r) && r.endsWith(`-${RelType.LOCATED_IN}-> ${KY_SON}:bao-nam`))).toBe(true);
  });

  it("places recipients 'trên địa bàn' (no level said) in the one commune their sentence names, as inferred", () => {
    const text = "Tin từ xã\n\nChiều 2/12/2024, UBND xã Mường Típ trao 40 con gà giống cho các hộ mới thoát nghèo trên địa bàn.\n";
    expect(placed(text, "vi").some((r) => /hộ mới thoát nghèo/iu.test(r) && r.endsWith(`-${RelType.LOCATED_IN}-> ${KY_SON}:muong-tip (inferred)`))).toBe(true);
  });

  it("places English recipients 'in the commune' in the one commune their sentence names, as inferred", () => {
    const text = "Goats for families\n\nOn 9 September 2024, the People's Committee of Huu Kiem commune handed over 24 goats to 12 poor households in the commune.\n";
    expect(placed(text, "en").some((r) => /households/u.test(r) && r.endsWith(`-${RelType.LOCATED_IN}-> ${KY_SON}:huu-kiem (inferred)`))).toBe(true);
  });

  it("does not place recipients 'trên địa bàn xã' when their sentence names no commune", () => {
    const text = "Tin từ huyện\n\nSáng 14/11/2024, UBND huyện Kỳ Sơn cấp phát 25 con dê giống cho các hộ cận nghèo trên địa bàn xã.\n";
    expect(placed(text, "vi").filter((r) => /hộ cận nghèo/iu.test(r))).toEqual([]);
  });

  it("places recipients who 'have received' in the district their name holds", () => {
    const text =
      "Seedlings delivered\n\nKY SON — Fifty poor households in Ky Son district have received 2,000 cinnamon seedlings from the district's agricultural service centre.\n";
    expect(placed(text, "en").some((r) => /households/u.test(r) && r.endsWith(`-${RelType.LOCATED_IN}-> ${KY_SON}`))).toBe(true);
  });

  it("does not place recipients 'trên địa bàn xã' when their sentence names two communes", () => {
    const text = "Tin từ xã\n\nSáng 14/11/2024, UBND xã Bảo Nam và UBND xã Hữu Kiệm cấp phát 25 con dê giống cho các hộ cận nghèo trên địa bàn xã.\n";
    expect(placed(text, "vi").filter((r) => /hộ cận nghèo/u.test(r))).toEqual([]);
  });

  it("does not place a group a project only serves (no handover)", () => {
    const text = "Dự án mới\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An khởi động dự án “Sinh kế xanh” nhằm hỗ trợ 50 phụ nữ nghèo xã Bảo Nam nâng cao thu nhập.\n";
    const groups = draft(text, "vi").entities.filter((e) => e.kind === Label.Organization && e.orgType === "COMMUNITY_GROUP");
    const rels = draft(text, "vi").relationships.filter((r) => groups.some((g) => g.id === r.from) && r.type === RelType.LOCATED_IN);
    expect(rels).toEqual([]);
  });
});

describe("a project named by 'This <amount> project' covers the places its sentence lists", () => {
  const lead = "Livelihoods for Ky Son\n\nIn March 2024, the Nghe An Farmers' Union launched the project “Green Livelihoods for Upland Women”. ";
  const covers = (sentence: string): string[] => placed(lead + sentence + "\n", "en").filter((r) => r.includes(`-${RelType.COVERS}->`));

  it.each([
    ["This USD-150,000 project will be implemented in three communes, namely Huu Kiem, Bao Nam and Muong Tip in 2024-2025."],
    ["This EUR 300,000 project will be carried out in three communes, namely Huu Kiem, Bao Nam and Muong Tip."],
    ["This VND 1.200.000.000 project is implemented in three communes: Huu Kiem, Bao Nam and Muong Tip."],
    ["The USD-2,500,000 project covers three communes, namely Huu Kiem, Bao Nam and Muong Tip."],
  ])("%s", (sentence) => {
    expect(covers(sentence)).toEqual(
      expect.arrayContaining([
        `Green Livelihoods for Upland Women -${RelType.COVERS}-> ${KY_SON}:huu-kiem`,
        `Green Livelihoods for Upland Women -${RelType.COVERS}-> ${KY_SON}:bao-nam`,
        `Green Livelihoods for Upland Women -${RelType.COVERS}-> ${KY_SON}:muong-tip`,
      ]),
    );
  });

  it("does not read 'This USD-200,000 grant' as the project", () => {
    expect(covers("This USD-200,000 grant went to a cooperative in Muong Tip commune.")).toEqual([]);
  });

  it("does not read 'These 200,000 households' as the project", () => {
    expect(covers("These 200,000 households live in Huu Kiem, Bao Nam and Muong Tip communes.")).toEqual([]);
  });
});

describe("an event its sentences place nowhere is put at the article's dateline (inferred)", () => {
  const eventPlaces = (text: string, lang: "vi" | "en"): string[] => placed(text, lang).filter((r) => /workshop|meeting|conference|hội thảo|hội nghị/iu.test(r));

  it.each([
    [
      "en",
      "Closing the season\n\nNghe An – On 3 May 2024, the Farmers' Union and Oxfam in Vietnam held a closing workshop of their rice project. The project ran in two districts of Nghe An province.\n",
    ],
    [
      "en",
      "Closing the season\n\nNGHE AN — On 3 May 2024, the Farmers' Union and Oxfam in Vietnam held a closing workshop of their rice project. The project ran in two districts of Nghe An province.\n",
    ],
    [
      "en",
      "Closing the season\n\n(VNA) Nghe An - On 3 May 2024, the Farmers' Union and Oxfam in Vietnam held a closing workshop of their rice project. The project ran in two districts of Nghe An province.\n",
    ],
    ["vi", "Tổng kết mùa vụ\n\nNghệ An – Ngày 3/5/2024, Hội Nông dân và tổ chức Oxfam tổ chức hội thảo tổng kết dự án lúa gạo. Dự án đã làm ở hai huyện của tỉnh Nghệ An.\n"],
  ])("%s: %s", (lang, text) => {
    expect(eventPlaces(text, lang as "vi" | "en").some((r) => r.endsWith(`-${RelType.LOCATED_IN}-> ${NGHE_AN} (inferred)`))).toBe(true);
  });

  it("prefers a place the event's sentence states over the dateline", () => {
    const text = "Closing the season\n\nHa Tinh – On 3 May 2024, the Farmers' Union held a closing workshop of its rice project in Bao Nam commune.\n";
    const rels = eventPlaces(text, "en");
    expect(rels.some((r) => r.endsWith(`${KY_SON}:bao-nam`))).toBe(true);
    expect(rels.some((r) => r.includes("vn:ha-tinh"))).toBe(false);
  });

  it("does not read a heading with a dash as a dateline", () => {
    const text = "Closing the season\n\nFarmers learn together - a report\n\nOn 3 May 2024, the Farmers' Union held a closing workshop of its rice project.\n";
    expect(eventPlaces(text, "en")).toEqual([]);
  });

  it("does not read a person's name and post as a dateline", () => {
    const text = "Tổng kết mùa vụ\n\nNguyễn Văn Nam – Phó Chủ tịch Hội Nông dân phát biểu tại hội thảo tổng kết dự án lúa gạo ngày 3/5/2024.\n";
    expect(eventPlaces(text, "vi")).toEqual([]);
  });
});

describe("an event is not placed where a project's name says the project works", () => {
  it("does not put the event in the province a project's name holds", () => {
    const text =
      "Grant signed\n\nOn 5 March 2024, the embassy signed a grant for the project “Better Nutrition for Children in Nghe An Province through Home Gardens” at a ceremony.\n";
    expect(placed(text, "en").filter((r) => /ceremony|grant/iu.test(r.split(" -")[0]) && r.includes(NGHE_AN))).toEqual([]);
  });
});

describe("a unit named with its owner ('X của/thuộc Y') is where its owner is (inferred)", () => {
  const of = (text: string, head: RegExp): string[] => placed(text, "vi").filter((r) => head.test(r.split(" -")[0]));

  it.each([
    [
      "Ban Quản lý dự án của Sở Nông nghiệp và Môi trường",
      "Tin từ tỉnh\n\nNgày 4/9/2024, Ban Quản lý dự án của Sở Nông nghiệp và Môi trường tổ chức lễ khởi động tại xã Hữu Kiệm, huyện Kỳ Sơn.\n",
      NGHE_AN,
    ],
    ["Ban Quản lý dự án của UBND huyện Kỳ Sơn", "Tin từ huyện\n\nNgày 4/9/2024, Ban Quản lý dự án của UBND huyện Kỳ Sơn tổ chức lễ khởi động tại xã Hữu Kiệm.\n", KY_SON],
    [
      "Văn phòng điều phối thuộc UBND tỉnh Nghệ An",
      "Tin từ tỉnh\n\nNgày 4/9/2024, Văn phòng điều phối thuộc UBND tỉnh Nghệ An tổ chức hội nghị sơ kết tại xã Bảo Nam, huyện Kỳ Sơn.\n",
      NGHE_AN,
    ],
    [
      "Trạm Khuyến nông trực thuộc Trung tâm Dịch vụ nông nghiệp huyện Kỳ Sơn",
      "Tin từ huyện\n\nNgày 4/9/2024, Trạm Khuyến nông trực thuộc Trung tâm Dịch vụ nông nghiệp huyện Kỳ Sơn mở lớp tập huấn tại xã Mường Típ.\n",
      KY_SON,
    ],
  ])("%s", (_, text, place) => {
    const rels = placed(text, "vi");
    expect(rels.some((r) => /^(?:Ban Quản lý|Văn phòng|Trạm)/u.test(r) && r.includes(`-${RelType.LOCATED_IN}-> ${place}`))).toBe(true);
  });

  it("drafts nothing when the owner's place is not known", () => {
    const text = "Tin từ xã\n\nNgày 4/9/2024, Ban Quản lý dự án của Hội Nông dân Việt Nam tổ chức lễ khởi động tại xã Hữu Kiệm và xã Bảo Nam.\n";
    expect(of(text, /^Ban Quản lý/u)).toEqual([]);
  });

  it("does not read a partner ('phối hợp với') as the owner", () => {
    const text = "Tin từ xã\n\nNgày 4/9/2024, Ban Quản lý dự án phối hợp với UBND huyện Kỳ Sơn tổ chức lễ khởi động tại xã Hữu Kiệm và xã Bảo Nam.\n";
    expect(of(text, /^Ban Quản lý/u)).toEqual([]);
  });
});

describe("a delegation whose name holds its home body's place is in that place (not where it went)", () => {
  const delegation = (text: string): string[] => placed(text, "vi").filter((r) => /^Đoàn/u.test(r));

  it.each([
    ["Ngày 18/4/2024, Đoàn công tác của Hội Nông dân tỉnh Nghệ An đã đến học tập mô hình nuôi bò tại xã Bảo Nam.", NGHE_AN],
    ["Ngày 18/4/2024, Đoàn công tác của UBND huyện Kỳ Sơn đã đến thăm mô hình trồng gừng tại xã Hữu Kiệm.", KY_SON],
    ["Sáng 2/5/2024, Đoàn công tác của Hội Liên hiệp Phụ nữ tỉnh Nghệ An đã tham quan mô hình nuôi dê tại xã Mường Típ.", NGHE_AN],
    ["Chiều 9/6/2024, Đoàn công tác của Hội Nông dân xã Bảo Nam đã học tập mô hình trồng chè tại xã Hữu Kiệm.", `${KY_SON}:bao-nam`],
  ])("%s", (sentence, home) => {
    expect(delegation(`Học tập mô hình\n\n${sentence}\n`).some((r) => r.endsWith(`-${RelType.LOCATED_IN}-> ${home}`))).toBe(true);
  });

  it("does not place a delegation of a national body", () => {
    expect(delegation("Học tập mô hình\n\nNgày 18/4/2024, Đoàn công tác của Hội Nông dân Việt Nam đã đến học tập mô hình nuôi bò tại xã Bảo Nam.\n")).toEqual([]);
  });

  it("does not place the delegation where it went", () => {
    const rels = delegation("Học tập mô hình\n\nNgày 18/4/2024, Đoàn công tác của Hội Nông dân tỉnh Nghệ An đã đến học tập mô hình nuôi bò tại xã Bảo Nam.\n");
    expect(rels.some((r) => r.includes("bao-nam"))).toBe(false);
  });
});

describe("a project's sentence counts its units, and a sentence right after it names that many", () => {
  const lead = "Tin dự án\n\n";
  const covers = (text: string, lang: "vi" | "en"): string[] => placed(lead + text + "\n", lang).filter((r) => r.includes(`-${RelType.COVERS}->`));
  const all3 = [`${KY_SON}:huu-kiem`, `${KY_SON}:bao-nam`, `${KY_SON}:muong-tip`];

  it.each([
    [
      "en",
      "In 2024, the Nghe An Farmers' Union launched the project “Clean Water for Hill Villages” in three communes. Its pipes now reach Huu Kiem, Bao Nam and Muong Tip communes.",
    ],
    [
      "en",
      "The project “Clean Water for Hill Villages” reached 900 households in three communes of Ky Son district. Its budget was small. Most of the households live in Huu Kiem, Bao Nam and Muong Tip communes.",
    ],
    ["vi", "Năm 2024, Hội Nông dân tỉnh Nghệ An triển khai dự án “Nước sạch cho bản vùng cao” tại 3 xã. Đó là các xã Hữu Kiệm, Bảo Nam và Mường Típ."],
    ["vi", "Dự án “Nước sạch cho bản vùng cao” được thực hiện ở ba xã của huyện Kỳ Sơn. Các xã được chọn là xã Hữu Kiệm, xã Bảo Nam và xã Mường Típ."],
  ])("%s: %s", (lang, text) => {
    const rels = covers(text, lang as "vi" | "en");
    for (const id of all3) expect(rels.some((r) => r.endsWith(`-${RelType.COVERS}-> ${id} (inferred)`))).toBe(true);
    expect(rels.some((r) => r.endsWith(`-${RelType.COVERS}-> ${KY_SON}`))).toBe(false);
  });

  it("drafts nothing when the next sentence names another number of units", () => {
    const text = "Năm 2024, Hội Nông dân tỉnh Nghệ An triển khai dự án “Nước sạch cho bản vùng cao” tại 4 xã. Trong đó có xã Hữu Kiệm, Bảo Nam và Mường Típ.";
    expect(covers(text, "vi").filter((r) => r.endsWith("(inferred)"))).toEqual([]);
  });

  it("drafts nothing when the units named after are of another level", () => {
    const text =
      "In 2024, the Nghe An Farmers' Union launched the project “Clean Water for Hill Villages” in three districts. Its first pipes reached Huu Kiem, Bao Nam and Muong Tip communes.";
    expect(covers(text, "en").filter((r) => r.endsWith("(inferred)"))).toEqual([]);
  });

  it("drafts nothing when the counting sentence speaks of no project", () => {
    const text = "In 2024, the Nghe An Farmers' Union trained 300 farmers in three communes. The communes are Huu Kiem, Bao Nam and Muong Tip.";
    expect(covers(text, "en")).toEqual([]);
  });
});

describe("the rest of a body's address is not where the event was", () => {
  const eventRels = (text: string, lang: "vi" | "en"): string[] => {
    const seed = draft(text, lang);
    const events = new Set(seed.entities.filter((e) => e.kind === Label.Event).map((e) => e.id));
    return seed.relationships.filter((r) => events.has(r.from) && r.type === RelType.LOCATED_IN).map((r) => r.to);
  };

  it.each([
    ["vi", "Tin từ huyện\n\nNgày 5/6/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo tại xã Hữu Kiệm, có Hợp tác xã Chè Xanh tại xã Bảo Nam, huyện Kỳ Sơn tham dự.\n"],
    ["vi", "Tin từ huyện\n\nNgày 5/6/2024, UBND xã Mường Típ tổ chức hội nghị tại xã Mường Típ với đại diện Công ty TNHH Nông sản Việt ở xã Hữu Kiệm, huyện Kỳ Sơn.\n"],
    ["en", "News\n\nOn 5 June 2024, the Farmers' Union held a workshop in Huu Kiem commune, attended by the Green Tea Cooperative in Bao Nam commune, Ky Son district.\n"],
    ["en", "News\n\nOn 5 June 2024, the Women's Union held a meeting in Muong Tip commune with the Hill Fruit Company based in Huu Kiem commune, Ky Son district.\n"],
  ])("%s: keeps the event at its own commune, not the body's district", (lang, text) => {
    const to = eventRels(text, lang as "vi" | "en");
    expect(to.some((x) => x.startsWith(`${KY_SON}:`))).toBe(true);
    expect(to).not.toContain(KY_SON);
  });

  it("still reads an event's own address down to its smallest unit", () => {
    expect(eventRels("Tin từ huyện\n\nNgày 5/6/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo tại xã Bảo Nam, huyện Kỳ Sơn.\n", "vi")).toEqual([`${KY_SON}:bao-nam`]);
  });

  it("still places an event at a district its own 'in' names", () => {
    expect(eventRels("News\n\nOn 5 June 2024, the Farmers' Union held a workshop in Ky Son district.\n", "en")).toEqual([KY_SON]);
  });
});

describe("an English body's place after 'of' its name", () => {
  const bodyPlaces = (text: string, head: RegExp): string[] => placed(text, "en").filter((r) => head.test(r.split(" -")[0]) && r.includes(`-${RelType.LOCATED_IN}->`));

  it.each([
    ["On 2 May 2024, the visitors met the local authorities of Huu Kiem commune, Ky Son district, to discuss rice prices.", /authorities/iu, `${KY_SON}:huu-kiem`],
    ["On 2 May 2024, the team talked with local authorities of Bao Nam commune about clean water.", /authorities/iu, `${KY_SON}:bao-nam`],
    ["On 2 May 2024, the local authorities of Ky Son district welcomed the visitors.", /authorities/iu, KY_SON],
    ["On 2 May 2024, the delegation worked with the local authorities of Muong Tip commune in Ky Son district.", /authorities/iu, `${KY_SON}:muong-tip`],
  ])("%s", (sentence, head, place) => {
    expect(bodyPlaces(`Visit\n\n${sentence}\n`, head).some((r) => r.endsWith(`-> ${place}`))).toBe(true);
  });

  const drafted = (text: string, head: RegExp): boolean => draft(text, "en").entities.some((e) => e.kind === Label.Organization && head.test(String(e.name)));

  it("does not read a place further on in the sentence as the body's", () => {
    const text = "Visit\n\nOn 2 May 2024, the visitors met the Green Tea Cooperative and then toured a tea farm of Huu Kiem commune.\n";
    expect(drafted(text, /Green Tea Cooperative/u)).toBe(true);
    expect(bodyPlaces(text, /Green Tea/u)).toEqual([]);
  });

  it("does not read 'of' a count of units as the body's place", () => {
    const text = "Visit\n\nOn 2 May 2024, the visitors met the Green Tea Cooperative of two communes, Huu Kiem and Bao Nam, to discuss tea prices.\n";
    expect(drafted(text, /Green Tea Cooperative/u)).toBe(true);
    expect(bodyPlaces(text, /Green Tea/u)).toEqual([]);
  });
});
