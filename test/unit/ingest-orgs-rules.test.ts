/**
 * Rules for organizations, funders and relationships written for issue 18 (rules that hold on
 * articles they were not written for): each case is a sentence written for the test (never an
 * article's), run through the whole pipeline against a small gazetteer (Nghệ An, Kỳ Sơn and three
 * of its communes).
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { OrgType, Role } from "../../src/graph/graph.enums";
import { buildKnowledge, type Knowledge } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { shortenedName } from "../../src/ingest/stages/matching.stage";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const knowledge: Knowledge = buildKnowledge([testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem])]);
const index = indexCorpus(knowledge);

const draft = (text: string, lang: "vi" | "en") => ingestArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index).seed;
const orgNames = (text: string, lang: "vi" | "en"): string[] =>
  draft(text, lang)
    .entities.filter((e) => e.kind === Label.Organization)
    .map((e) => String(e.name));
/** The draft's relationships as "from name -TYPE(ROLE)-> to name". */
const rels = (text: string, lang: "vi" | "en"): string[] => {
  const seed = draft(text, lang);
  const name = new Map(seed.entities.map((e) => [e.id, String(e.name)]));
  return seed.relationships.map((r) => `${name.get(r.from) ?? r.from} -${r.type}${r.role ? `(${r.role})` : ""}-> ${name.get(r.to) ?? r.to}`);
};

describe("Vietnamese organization names by their head and where they end", () => {
  it("reads party committees, youth branches, associations, broadcasters and agencies named after 'cơ quan'", () => {
    const text =
      "Tin từ huyện\n\nNăm 2024, Hội Bảo trợ người khuyết tật Nhật Bản gửi quà cho bà con. Chi đoàn thôn Na Lư nhận quà. " +
      "Cơ quan Hợp tác Quốc tế Bỉ khảo sát vùng dự án. Đài Truyền hình tỉnh đưa tin về buổi lễ.\n";
    expect(orgNames(text, "vi")).toEqual(
      expect.arrayContaining(["Hội Bảo trợ người khuyết tật Nhật Bản", "Chi đoàn thôn Na Lư", "Cơ quan Hợp tác Quốc tế Bỉ", "Đài Truyền hình tỉnh"]),
    );
  });

  it("ends a name at a bare unit word followed by a verb", () => {
    const names = orgNames("Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh phối hợp trao bò cho hộ nghèo xã Bảo Nam.\n", "vi");
    expect(names).toContain("Hội Nông dân tỉnh");
    expect(names.some((n) => /phối hợp/u.test(n))).toBe(false);
  });

  it("does not read a member, a case or an event as a body", () => {
    const names = orgNames("Tin từ huyện\n\nÔng Lê Văn Bình, Tỉnh ủy viên, dự lễ. Trường hợp hộ khó khăn được Hội viên giúp. Tổ chức Hội thảo về sinh kế.\n", "vi");
    expect(names.some((n) => /^(Tỉnh ủy|Trường hợp|Hội viên|Tổ chức Hội thảo)/u.test(n))).toBe(false);
  });

  it("gives bare heads listed before a body named with its place that place", () => {
    const seed = draft("Tin từ xã\n\nNgày 2/4/2024, đại diện Đảng ủy, UBND xã Bảo Nam dự lễ bàn giao bò.\n", "vi");
    const party = seed.entities.find((e) => e.kind === Label.Organization && e.name === "Đảng ủy xã Bảo Nam");
    expect(party).toBeDefined();
    expect(seed.relationships.some((r) => r.from === party!.id && r.type === RelType.LOCATED_IN && r.to === "vn:nghe-an:ky-son:bao-nam")).toBe(true);
  });

  it("keeps initials in parentheses inside the name and reads the short form as the same body", () => {
    expect(shortenedName("Hội nông dân (ND) tỉnh Nghệ An")).toBe("Hội ND tỉnh Nghệ An");
    expect(shortenedName("Quỹ Phát triển (QTD) huyện")).toBeUndefined();
    const names = orgNames("Tin từ tỉnh\n\nDự án do Hội nông dân (ND) tỉnh Nghệ An thực hiện. Năm 2025, Hội ND tỉnh Nghệ An tổng kết dự án.\n", "vi");
    expect(names).toEqual(["Hội nông dân (ND) tỉnh Nghệ An"]);
  });

  it("reads a body's short name after its full name as the same body, unless two bodies could be meant", () => {
    const unions = (names: string[]): string[] => names.filter((n) => n.startsWith("Hội "));
    expect(unions(orgNames("Tin từ huyện\n\nNăm 2024, Hội Nông dân huyện Kỳ Sơn trao bò cho hộ nghèo. Cán bộ Hội Nông dân hướng dẫn cách nuôi bò.\n", "vi"))).toEqual([
      "Hội Nông dân huyện Kỳ Sơn",
    ]);
    const two = orgNames(
      "Tin từ huyện\n\nNăm 2024, Hội Nông dân tỉnh Nghệ An và Hội Nông dân huyện Kỳ Sơn trao bò cho hộ nghèo. Cán bộ Hội Nông dân hướng dẫn cách nuôi bò.\n",
      "vi",
    );
    // (orgs6) the bare name is merged into neither, and is no third body: the union in general
    expect(unions(two)).toEqual(["Hội Nông dân tỉnh Nghệ An", "Hội Nông dân huyện Kỳ Sơn"]);
  });

  it("drafts one people's committee for a place, whether the text names the district acting or its UBND", () => {
    const names = orgNames("Tin từ huyện\n\nNăm 2024, huyện Kỳ Sơn triển khai dự án “Bò giống” cho hộ nghèo. Chủ tịch UBND huyện Kỳ Sơn phát biểu.\n", "vi");
    expect(names.filter((n) => /Kỳ Sơn/u.test(n))).toHaveLength(1);
  });
});

describe("funders and implementers from the verb that states it", () => {
  it("reads Vietnamese funders after 'được tài trợ bởi', names joined to them, and 'do … thực hiện'", () => {
    const r = rels(
      "Dự án mới\n\nDự án “Nước sạch cho bản” được tài trợ bởi Quỹ Nhi đồng Hà Lan và cơ quan Phát triển Quốc tế Bỉ. Dự án “Nước sạch cho bản” do Hội Liên hiệp Phụ nữ tỉnh Nghệ An thực hiện.\n",
      "vi",
    );
    expect(r).toEqual(
      expect.arrayContaining([
        `Quỹ Nhi đồng Hà Lan -INVOLVED_IN(${Role.FUNDER})-> Nước sạch cho bản`,
        `Cơ quan Phát triển Quốc tế Bỉ -INVOLVED_IN(${Role.FUNDER})-> Nước sạch cho bản`,
        `Hội Liên hiệp Phụ nữ tỉnh Nghệ An -INVOLVED_IN(${Role.IMPLEMENTER})-> Nước sạch cho bản`,
      ]),
    );
  });

  it("takes the subject, not the funder named in an aside, as the implementer", () => {
    const r = rels(
      "Project news\n\nIn 2024, the Mountain Growth Alliance, with funding from the Baltic Development Fund, implemented the project “Green Hills” in Ky Son district. The project “Clean Wells” is implemented by the Hill Farmers Union and funded by the Nordic Water Foundation and the Coastal Trust Fund.\n",
      "en",
    );
    expect(r).toEqual(
      expect.arrayContaining([
        `Mountain Growth Alliance -INVOLVED_IN(${Role.IMPLEMENTER})-> Green Hills`,
        `Baltic Development Fund -INVOLVED_IN(${Role.FUNDER})-> Green Hills`,
        `Hill Farmers Union -INVOLVED_IN(${Role.IMPLEMENTER})-> Clean Wells`,
        `Nordic Water Foundation -INVOLVED_IN(${Role.FUNDER})-> Clean Wells`,
        `Coastal Trust Fund -INVOLVED_IN(${Role.FUNDER})-> Clean Wells`,
      ]),
    );
    expect(r).not.toContain(`Baltic Development Fund -INVOLVED_IN(${Role.IMPLEMENTER})-> Green Hills`);
  });

  it("reads a funder named without an organization word after a funder's cue, and leaves programs alone", () => {
    const en = orgNames(
      "Project news\n\nThe project, worth 2 million USD funded by Norway's development aid, starts in Ky Son district. The road was funded by the National Target Program. The well was funded by Irish Aid.\n",
      "en",
    );
    expect(en).toEqual(expect.arrayContaining(["Norway", "Irish Aid"]));
    expect(en.some((n) => /National Target/u.test(n))).toBe(false);
    expect(orgNames("Dự án mới\n\nDự án “Giếng sạch” do Phần Lan tài trợ được triển khai tại huyện Kỳ Sơn.\n", "vi")).toContain("Phần Lan");
  });

  it("reads the body a project's implementer works with as its co-implementer", () => {
    const r = rels("Dự án mới\n\nNăm 2023, Tổ chức Oxfam tại Việt Nam phối hợp Hội Liên hiệp Phụ nữ tỉnh Nghệ An thực hiện dự án “Vườn rau an toàn” cho nữ nông dân.\n", "vi");
    expect(r).toEqual(
      expect.arrayContaining([
        `Oxfam -INVOLVED_IN(${Role.IMPLEMENTER})-> Vườn rau an toàn`,
        `Hội Liên hiệp Phụ nữ tỉnh Nghệ An -INVOLVED_IN(${Role.CO_IMPLEMENTER})-> Vườn rau an toàn`,
      ]),
    );
    expect(r).not.toContain(`Hội Liên hiệp Phụ nữ tỉnh Nghệ An -INVOLVED_IN(${Role.IMPLEMENTER})-> Vườn rau an toàn`);
  });

  it("does not make the owner of a plan the implementer of the project the plan is about", () => {
    const r = rels("Kế hoạch mới\n\nNgày 3/3/2024, Kế hoạch số 12/KH-UBND của Phòng Nông nghiệp huyện Kỳ Sơn về triển khai thực hiện Dự án “Rừng xanh” được ban hành.\n", "vi");
    expect(r.some((x) => /IMPLEMENTER/.test(x))).toBe(false);
  });
});

describe("where an event is", () => {
  it("leaves the place of a body's office to the body when the sentence places the event elsewhere", () => {
    const seed = draft("Khởi động dự án\n\nNgày 21/8/2024, Văn phòng Tầm nhìn tại huyện Kỳ Sơn đã tổ chức lễ khởi động dự án tại xã Bảo Nam.\n", "vi");
    const event = seed.entities.find((e) => e.kind === Label.Event)!;
    const where = seed.relationships.filter((r) => r.from === event.id && r.type === RelType.LOCATED_IN).map((r) => r.to);
    expect(where).toEqual(["vn:nghe-an:ky-son:bao-nam"]);
  });
});

/** The draft's people. */
const personNames = (text: string, lang: "vi" | "en"): string[] =>
  draft(text, lang)
    .entities.filter((e) => e.kind === Label.Person)
    .map((e) => String(e.name));
/** Organizations of several one-sentence articles, one list per sentence. */
const orgsOf = (lang: "vi" | "en", ...sentences: string[]): string[][] => sentences.map((s) => orgNames(`${lang === "vi" ? "Tin mới" : "News"}\n\n${s}\n`, lang));

describe("Vietnamese bodies with their place, named to their end (session 9)", () => {
  it("reads a unit's syllable inside a word as part of the name: xã hội, nông thôn, hợp tác xã", () => {
    const [bank, office, counter, coop] = orgsOf(
      "vi",
      "Ngân hàng Chính sách xã hội huyện Kỳ Sơn giải ngân 2 tỷ đồng cho 40 hộ.",
      "Văn phòng Điều phối nông thôn mới tỉnh Nghệ An tổng kết năm 2024.",
      "Năm nay, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Sơn đã cho vay 2 tỷ đồng.",
      "Liên hiệp hợp tác xã tỉnh Nghệ An ký hợp đồng với nông dân.",
    );
    expect(bank).toContain("Ngân hàng Chính sách xã hội huyện Kỳ Sơn");
    expect(office).toContain("Văn phòng Điều phối nông thôn mới tỉnh Nghệ An");
    expect(counter).toContain("Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Sơn");
    expect(coop.some((n) => /tỉnh Nghệ An$/u.test(n))).toBe(true);
  });

  it("ends a name at its place or at a bare unit word when a verb follows", () => {
    const [school, committee, union, centre] = orgsOf(
      "vi",
      "Trường Cao đẳng Nghề Kỳ Sơn mở lớp dạy nghề cho 30 thanh niên.",
      "Đoàn công tác do đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.",
      "Hội Nông dân huyện Kỳ Sơn vừa trao 5 con bò.",
      "Trung tâm Khuyến nông tỉnh Nghệ An cấp giống cho bà con.",
    );
    expect(school).toEqual(["Trường Cao đẳng Nghề Kỳ Sơn"]);
    expect(committee).toContain("UBND tỉnh");
    expect(committee.some((n) => /làm|trưởng đoàn/u.test(n))).toBe(false);
    expect(union).toEqual(["Hội Nông dân huyện Kỳ Sơn"]);
    expect(centre).toEqual(["Trung tâm Khuyến nông tỉnh Nghệ An"]);
  });

  it("names a delegation by the body it comes from, and keeps that body", () => {
    const [of, from, bare, belongs] = orgsOf(
      "vi",
      "Ngày 18/4/2024, Đoàn công tác của Hội Nông dân tỉnh Nghệ An đến thăm xã Bảo Nam.",
      "Đoàn công tác đến từ Sở Nông nghiệp và Môi trường tỉnh Nghệ An làm việc tại xã Hữu Kiệm.",
      "Đoàn công tác đã đến thăm mô hình nuôi ong ở xã Bảo Nam.",
      "Đoàn công tác thuộc Trung tâm Khuyến nông tỉnh Nghệ An khảo sát vùng chè.",
    );
    expect(of).toEqual(expect.arrayContaining(["Đoàn công tác của Hội Nông dân tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An"]));
    expect(from).toEqual(expect.arrayContaining(["Đoàn công tác đến từ Sở Nông nghiệp và Môi trường tỉnh Nghệ An", "Sở Nông nghiệp và Môi trường tỉnh Nghệ An"]));
    expect(bare).toEqual([]);
    expect(belongs).toEqual(expect.arrayContaining(["Đoàn công tác thuộc Trung tâm Khuyến nông tỉnh Nghệ An"]));
  });

  it("does not draft residents, households, authorities in general or a program as bodies", () => {
    const all = orgsOf(
      "vi",
      "Các hộ dân xã Bảo Nam đã được nhận bò giống.",
      "Chính quyền địa phương và người dân cùng làm đường.",
      "Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai tại huyện Kỳ Sơn.",
      "Người dân xã Hữu Kiệm vui mừng đón nhận bò.",
    );
    expect(all).toEqual([[], [], [], []]);
  });
});

describe("Vietnamese people with their positions (session 9)", () => {
  it("reads a full name right after the body's place, and no byline from a sentence about a person", () => {
    expect(personNames("Tin mới\n\nUBND tỉnh Nghệ An Lê Hồng Vinh chủ trì cuộc họp.\n", "vi")).toEqual(["Lê Hồng Vinh"]);
    expect(personNames("Tin mới\n\nBà Lê Thị Hoa - Phó Chủ tịch Hội LHPN tỉnh Nghệ An phát biểu.\n", "vi")).toEqual(["Lê Thị Hoa"]);
    expect(personNames("Tin mới\n\nÔng Nguyễn Văn An, Chủ tịch UBND xã Bảo Nam, cho biết bà con rất phấn khởi.\n", "vi")).toEqual(["Nguyễn Văn An"]);
    expect(personNames("Tin mới\n\nĐồng chí Trần Văn Bình, Bí thư Huyện ủy Kỳ Sơn, dự hội nghị.\n", "vi")).toEqual(["Trần Văn Bình"]);
  });

  it("binds each person to the body after the position", () => {
    const r = rels("Tin mới\n\nPhát biểu tại buổi lễ, ông Phạm Văn Cường - Giám đốc Sở Nông nghiệp và Môi trường tỉnh Nghệ An nhấn mạnh vai trò của hợp tác xã.\n", "vi");
    expect(r).toContain(`Phạm Văn Cường -${RelType.MEMBER_OF}-> Sở Nông nghiệp và Môi trường tỉnh Nghệ An`);
  });
});

describe("English bodies named without an organization word (session 9)", () => {
  it("reads governments and agencies named by their country: adjective, possessive, initials that fund", () => {
    const [japan, dfat, ireland, sdc, acts] = orgsOf(
      "en",
      "The irrigation scheme in Ky Son district is supported by the Japanese government with 2 million USD.",
      "With a budget of 3 million AUD, Australia's DFAT backs women's savings groups in Ky Son district.",
      "Funding for the goats came from the Irish government in 2023.",
      "The grant came from the Swiss Agency for Development and Cooperation (SDC) last year.",
      "In 2024 DFAT funded 40 biogas tanks in Bao Nam commune.",
    );
    expect(japan).toEqual(["Government of Japan"]);
    expect(dfat).toEqual(["DFAT"]);
    expect(ireland).toEqual(["Government of Ireland"]);
    expect(sdc).toEqual(["Swiss Agency for Development and Cooperation"]);
    expect(acts).toEqual(["DFAT"]);
  });

  it("reads embassies however they are written, and an ambassador's embassy", () => {
    const [two, ambassador, of, vi] = [
      ...orgsOf(
        "en",
        "The Australian Embassy in Vietnam and the Korean Embassy co-hosted the workshop.",
        "Japanese Ambassador to Vietnam Ito Naoki spoke at the signing.",
        "The Ambassador of Finland handed over 20 cows.",
      ),
      ...orgsOf("vi", "Đại sứ Nhật Bản tại Việt Nam phát biểu tại lễ ký kết."),
    ];
    expect(two).toEqual(["Australian Embassy in Vietnam", "Korean Embassy"]);
    expect(ambassador).toEqual(["Embassy of Japan"]);
    expect(of).toEqual(["Embassy of Finland"]);
    expect(vi).toEqual(["Đại sứ quán Nhật Bản"]);
  });

  it("reads companies by their legal suffix, and bodies by an appositive or a country office", () => {
    const [coLtd, group, jsc, limited, ngo, office] = orgsOf(
      "en",
      "Green Leaf Co., Ltd signed a contract to buy the ginger grown in Ky Son district.",
      "The tea is sold to Minh Phat Group every spring.",
      "Tay Bac Agro JSC buys cinnamon bark from 60 households.",
      "The seedlings were supplied by Sao Mai Seeds Company Limited.",
      "Hill Harvest, a local non-profit organization, trained 60 farmers in Ky Son district.",
      "Good Seeds Viet Nam trained 60 farmers in Ky Son district.",
    );
    expect(coLtd).toEqual(["Green Leaf Co., Ltd"]);
    expect(group).toEqual(["Minh Phat Group"]);
    expect(jsc).toEqual(["Tay Bac Agro JSC"]);
    expect(limited).toEqual(["Sao Mai Seeds Company Limited"]);
    expect(ngo).toEqual(["Hill Harvest"]);
    expect(office).toEqual(["Good Seeds Viet Nam"]);
  });

  it("reads the body a person is of or from, a delegation's and a partner's", () => {
    const [mr, director, delegation, partner] = orgsOf(
      "en",
      "Mr. Tom Hale of Terra Partners praised the results in Ky Son district.",
      "Dr. Peter Lund, Director of Blue Water Trustees, spoke at the meeting.",
      "A delegation from Mekong Learning Hub visited Bao Nam commune on 3 June 2024.",
      "The district works in partnership with Green Roots on the model.",
    );
    expect(mr).toEqual(["Terra Partners"]);
    expect(director).toEqual(["Blue Water Trustees"]);
    expect(delegation).toEqual(["Mekong Learning Hub"]);
    expect(partner).toEqual(["Green Roots"]);
  });

  it("does not draft a place, a country, a field of work, a program's initials or generic groups as bodies", () => {
    const all = orgsOf(
      "en",
      "Farmers in Central Vietnam grow cinnamon on the hills.",
      "Rural Vietnam still has many poor families.",
      "Mr. Nguyen Van Hai of Bao Nam commune raised 10 goats.",
      "Farmers from Cambodia visited the ginger farms.",
      "The PADEE project supported 300 households. PADEE provided seeds.",
      "The OCOP products and VietGAP standards were promoted.",
      "In partnership with local communities, the project built 3 wells.",
      "The project team met local authorities and the households in Bao Nam commune.",
      "Ky Son District, a mountainous district, is poor.",
      "Poor households and ethnic minority women joined the training.",
    );
    expect(all.filter((x) => x.length)).toEqual([]);
    expect(orgNames("News\n\nMs. Anna Berg, Head of Development Cooperation of the EU Delegation, visited the farms.\n", "en")).toEqual(["EU Delegation"]);
  });
});

describe("English people with their positions (session 9)", () => {
  it("reads a name after a possessive's position, a position set off by commas, and a ranked position", () => {
    expect(personNames("News\n\nThe foundation's director Maria Svensson thanked the donors.\n", "en")).toEqual(["Maria Svensson"]);
    expect(personNames("News\n\nPlan International's country director Jane Roe visited the site.\n", "en")).toEqual(["Jane Roe"]);
    expect(personNames("News\n\nOxfam's Country Director, Jane Roe, opened the workshop.\n", "en")).toEqual(["Jane Roe"]);
    expect(personNames("News\n\nThe embassy's deputy head Anna Berg handed over the gifts.\n", "en")).toEqual(["Anna Berg"]);
    expect(personNames("News\n\nJane Roe, the project's coordinator, explained the plan.\n", "en")).toEqual(["Jane Roe"]);
    expect(personNames("News\n\nThe district's leaders and the team's members met in May.\n", "en")).toEqual([]);
  });

  it("binds a person to the body after the position", () => {
    expect(rels("News\n\nMr. Tom Hale, Director of Terra Partners, praised the results.\n", "en")).toContain(`Tom Hale -${RelType.MEMBER_OF}-> Terra Partners`);
    expect(orgNames("News\n\nOxfam's Country Director, Jane Roe, opened the workshop.\n", "en")).toEqual(["Oxfam"]);
  });
});

describe("Vietnamese abbreviations, youth unions and proper names inside bodies' names (session 9)", () => {
  it("reads initials joined by '&', a commune's youth union, and ends a name after its proper name", () => {
    const [dard, youth, coop, glued] = orgsOf(
      "vi",
      "Sở NN&PTNT tỉnh Nghệ An và Phòng NN&PTNT huyện Kỳ Sơn cùng kiểm tra mô hình.",
      "Huyện đoàn Kỳ Sơn phối hợp với Đoàn xã Bảo Nam ra quân làm đường.",
      "HTX Nông nghiệp Bảo Nam liên kết với Công ty CP Chè Nghệ An bao tiêu sản phẩm.",
      "Năm 2021, Ban Thường vụ Trung ương Hội Nông dân Việt Nam ban hành quyết định; Hội Nông dân Việt Nam đối với các tỉnh có hướng dẫn riêng.",
    );
    expect(dard).toEqual(["Sở NN&PTNT tỉnh Nghệ An", "Phòng NN&PTNT huyện Kỳ Sơn"]);
    expect(youth).toEqual(["Huyện đoàn Kỳ Sơn", "Đoàn xã Bảo Nam"]);
    expect(coop).toEqual(["HTX Nông nghiệp Bảo Nam", "Công ty CP Chè Nghệ An"]);
    expect(glued).toEqual(expect.arrayContaining(["Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam"]));
    expect(glued.some((n) => /đối|ban hành/u.test(n))).toBe(false);
  });

  it("does not read a group of visitors ('đoàn'), nor 'Đoàn' before a word that is no place, as a youth union", () => {
    const [visitors, other] = orgsOf("vi", "Sáng 3/4/2024, đoàn đã đến thăm xã Bảo Nam.", "Đoàn kết là sức mạnh của bà con xã Bảo Nam.");
    expect(visitors).toEqual([]);
    expect(other).toEqual([]);
  });

  it("reads 'anh'/'chị' before a full name as a person, and not before a word or a single name", () => {
    expect(personNames("Tin mới\n\nTheo anh Vi Văn Tùng, Bí thư Đoàn xã Bảo Nam, mô hình đã giúp 10 thanh niên.\n", "vi")).toEqual(["Vi Văn Tùng"]);
    expect(personNames("Tin mới\n\nGia đình chị Lò Thị Mai có 3 con bò.\n", "vi")).toEqual(["Lò Thị Mai"]);
    expect(personNames("Tin mới\n\nAnh em trong thôn cùng góp công làm đường.\n", "vi")).toEqual([]);
    expect(personNames("Tin mới\n\nAnh Hùng cho biết năm nay được mùa.\n", "vi")).toEqual([]);
    expect(rels("Tin mới\n\nTheo anh Vi Văn Tùng, Bí thư Đoàn xã Bảo Nam, mô hình đã giúp 10 thanh niên.\n", "vi")).toContain(
      `Vi Văn Tùng -${RelType.MEMBER_OF}-> Đoàn xã Bảo Nam`,
    );
  });
});

describe("bodies named once for several places, initials after a title-case name, and sentences that are no byline (session 9)", () => {
  it("drafts one people's committee in each commune of 'UBND các xã A, B'", () => {
    expect(orgsOf("vi", "UBND các xã Bảo Nam, Hữu Kiệm đã rà soát danh sách hộ nghèo.")[0]).toEqual(["UBND xã Bảo Nam", "UBND xã Hữu Kiệm"]);
  });

  it("keeps a word that closes with a unit's syllable inside the name, and the initials after a title-case name as its own", () => {
    const [centre, jica] = orgsOf(
      "vi",
      "Trung tâm Phát triển Nông thôn Bền vững thực hiện dự án ở xã Bảo Nam.",
      "Dự án do Tổ chức Hợp tác Quốc tế Nhật Bản (JICA) tài trợ cho huyện Kỳ Sơn.",
    );
    expect(centre).toEqual(["Trung tâm Phát triển Nông thôn Bền vững"]);
    expect(jica).toEqual(["Hợp tác Quốc tế Nhật Bản"]);
  });

  it("reads a buyer's country office after 'to', and no byline from a last sentence with a hyphenated word", () => {
    expect(orgsOf("en", "Farmers sold their cinnamon to Olam Vietnam in 2024.")[0]).toEqual(["Olam Vietnam"]);
    expect(personNames("News\n\nThe Swiss-funded project was carried out by Helvetas.\n", "en")).toEqual([]);
  });
});

describe("a foreign body's office (session 9)", () => {
  it("reads the country office as the body, an office in a province as an office and its body, and initials as the office's own name", () => {
    const [country, province, initials] = orgsOf(
      "vi",
      "Oxfam Việt Nam tài trợ dự án. Ông Trần Minh, Giám đốc Văn phòng Oxfam tại Việt Nam, phát biểu khai mạc.",
      "Văn phòng Plan tại Nghệ An phối hợp với Hội LHPN tỉnh Nghệ An tổ chức lễ khởi động.",
      "Văn phòng PMC tổ chức chuyến tham quan cho cán bộ xã Bảo Nam.",
    );
    expect(country).toEqual(["Oxfam Việt Nam"]);
    expect(province).toEqual(expect.arrayContaining(["Văn phòng Plan tại Nghệ An", "Plan"]));
    expect(initials).toEqual(["Văn phòng PMC"]);
  });
});

describe("delegations by their country, funders after 'with support from', and authorities nobody names (session 9)", () => {
  it("reads a delegation named by its country or nationality, never one of Vietnam", () => {
    const [from, lao, cambodian, home] = orgsOf(
      "en",
      "A delegation from Cambodia visited the ginger farms in Bao Nam commune.",
      "The Lao delegation learned how farmers keep goats.",
      "A Cambodian delegation of 20 farmers came to Ky Son district.",
      "The delegation from Vietnam went to Laos.",
    );
    expect(from).toEqual(["Delegation from Cambodia"]);
    expect(lao).toEqual(["Lao delegation"]);
    expect(cambodian).toEqual(["Cambodian delegation"]);
    expect(home).toEqual([]);
  });

  it("reads a funder after 'with (financial) support from' and 'co-funded by'", () => {
    const [government, aid, cofunded] = orgsOf(
      "en",
      "The wells were built with support from the Australian government.",
      "The school was built with financial support from Irish Aid.",
      "The project is co-funded by the Nordic Water Foundation.",
    );
    expect(government).toEqual(["Government of Australia"]);
    expect(aid).toEqual(["Irish Aid"]);
    expect(cofunded).toEqual(["Nordic Water Foundation"]);
  });

  it("does not draft 'local authorities' alone, but the local authorities of a named place", () => {
    const [alone, named] = orgsOf("en", "With support from local authorities, farmers planted tea.", "The project works with the local authorities of Huu Kiem commune.");
    expect(alone).toEqual([]);
    expect(named).toEqual(["Local authorities"]);
  });
});

describe("sentence openers and practices are not bodies (session 9)", () => {
  it("drafts no body from a word opening a sentence before 'Vietnam', nor from a practice's initials", () => {
    const all = orgsOf(
      "en",
      "Today Vietnam has fewer poor households than in 2010.",
      "Across Vietnam, farmers plant more cinnamon.",
      "The farmers learned the SRI method. SRI supports higher rice yields.",
      "Since 2020 Vietnam's MARD has promoted the model.",
    );
    expect(all).toEqual([[], [], [], ["MARD"]]);
  });
});

describe("names glued to a person or a verb (session 9)", () => {
  it("ends an English name before a position and the person after it", () => {
    const seed = (s: string) => [orgNames(`News\n\n${s}\n`, "en"), personNames(`News\n\n${s}\n`, "en")];
    expect(seed("Ky Son District People's Committee Chairman Nguyen Van Minh said the goats did well.")).toEqual([["Ky Son District People's Committee"], ["Nguyen Van Minh"]]);
    expect(seed("The Women's Union President Lo Thi Mai thanked the donors.")).toEqual([["Women's Union"], ["Lo Thi Mai"]]);
    expect(seed("Oxfam Country Director Jane Roe visited Ky Son district.")).toEqual([["Oxfam"], ["Jane Roe"]]);
  });

  it("ends a Vietnamese name at its initials or its proper name when a verb follows", () => {
    const [bank, coop, company, place] = orgsOf(
      "vi",
      "Ngân hàng CSXH giải ngân 2 tỷ đồng trong tháng 3.",
      "HTX Bảo Nam thu mua toàn bộ chè của bà con.",
      "Công ty TNHH Minh Phát bao tiêu sản phẩm cho bà con.",
      "Ban QLDA huyện Kỳ Sơn nghiệm thu công trình.",
    );
    expect(bank).toEqual(["Ngân hàng CSXH"]);
    expect(coop).toEqual(["HTX Bảo Nam"]);
    expect(company).toEqual(["Công ty TNHH Minh Phát"]);
    expect(place).toEqual(["Ban QLDA huyện Kỳ Sơn"]);
  });
});

describe("a place's body by its initials (session 9)", () => {
  it("reads initials after a place's name as that place's body, never a program's or a currency's", () => {
    const [dard, dolisa, pmu, ocop, usd] = orgsOf(
      "en",
      "Nghe An DARD Director Le Van Hai visited the farms.",
      "The training was given by Nghe An DOLISA in May.",
      "Ky Son district PMU staff visited the site.",
      "Farmers in Nghe An OCOP programme sell honey.",
      "In Nghe An USD 2 million was spent.",
    );
    expect(dard).toEqual(["Nghe An DARD"]);
    expect(dolisa).toEqual(["Nghe An DOLISA"]);
    expect(pmu).toEqual(["Ky Son district PMU"]);
    expect(ocop).toEqual([]);
    expect(usd).toEqual([]);
  });
});

describe("English lower-case bodies and grants (session 9)", () => {
  it("reads a lower-case body at a sentence's start and a funder after 'with a grant from', and no clause as a body", () => {
    const [start, grant, clause, thanks] = orgsOf(
      "en",
      "The district agricultural service centre trained 40 farmers.",
      "With a grant from Terra Partners, farmers in Bao Nam commune planted tea.",
      "In 2024 the commune built a school for 200 children.",
      "Thanks to funding from the Baltic Fund, 50 households got goats.",
    );
    expect(start).toEqual(["District agricultural service centre"]);
    expect(grant).toEqual(["Terra Partners"]);
    expect(clause).toEqual([]);
    expect(thanks).toEqual(["Baltic Fund"]);
  });
});

describe("a foreign body's country office in a Vietnamese text (session 9)", () => {
  it("reads foreign words before 'Việt Nam' as a country office, never a program's, a standard's or one word", () => {
    const [office, company, program, standard, one] = orgsOf(
      "vi",
      "Hill Harvest Việt Nam phối hợp với xã Bảo Nam. Năm 2024, Hill Harvest Vietnam trao 20 con bò.",
      "Công ty Green Farm Việt Nam thu mua toàn bộ chè của bà con.",
      "Chương trình Startup Hub Việt Nam khởi động năm 2024.",
      "Sản phẩm đạt tiêu chuẩn Global Gap Việt Nam.",
      "Startup Việt Nam được nhắc tới nhiều.",
    );
    expect(office).toEqual(["Hill Harvest Việt Nam"]);
    expect(company).toEqual(["Công ty Green Farm Việt Nam"]);
    expect(program).toEqual([]);
    expect(standard).toEqual([]);
    expect(one).toEqual([]);
  });
});

describe("the body a Vietnamese position names with its own head word (session 9)", () => {
  it("reads 'Trưởng phòng …' and 'Phó Trưởng ban …' as a position in that body", () => {
    const phong = rels("Tin mới\n\nÔng Trần Văn Nam, Trưởng phòng Nông nghiệp huyện Kỳ Sơn, cho biết năm nay được mùa.\n", "vi");
    expect(phong).toContain(`Trần Văn Nam -${RelType.MEMBER_OF}-> Phòng Nông nghiệp huyện Kỳ Sơn`);
    const ban = rels("Tin mới\n\nBà Lê Thị Hoa, Phó Trưởng ban Dân tộc tỉnh Nghệ An, phát biểu.\n", "vi");
    expect(ban).toContain(`Lê Thị Hoa -${RelType.MEMBER_OF}-> Ban Dân tộc tỉnh Nghệ An`);
    expect(orgsOf("vi", "Ông Vi Văn Lâm, Chủ nhiệm HTX Nông nghiệp Bảo Nam, chia sẻ kinh nghiệm.")[0]).toEqual(["HTX Nông nghiệp Bảo Nam"]);
    expect(orgsOf("vi", "Ông Lê Văn Hải - Trưởng thôn Na Lư cho biết cả thôn có 40 hộ.")[0]).toEqual([]);
  });
});

describe("an ambassador of a country (session 9)", () => {
  it("reads the embassy and the ambassador's name after the country, never an ambassador of no country", () => {
    const text = "News\n\nThe Ambassador of Finland Anna Berg handed over 20 cows in Bao Nam commune.\n";
    expect(orgNames(text, "en")).toEqual(["Embassy of Finland"]);
    expect(personNames(text, "en")).toEqual(["Anna Berg"]);
    expect(orgsOf("en", "The Ambassador of Goodwill sang a song for the children.")[0]).toEqual([]);
  });
});

describe("the group an activity or a project is for (issue 18, ingest-groups)", () => {
  /** The community groups of a draft, by name. */
  const groups = (text: string, lang: "vi" | "en"): string[] =>
    draft(text, lang)
      .entities.filter((e) => e.kind === Label.Organization && e.orgType === OrgType.COMMUNITY_GROUP)
      .map((e) => String(e.name));

  it.each([
    ["Dự án hỗ trợ sinh kế cho khoảng 600 hộ nông dân nghèo xã Bảo Nam được khởi động hôm qua.", "600 hộ nông dân nghèo xã Bảo Nam"],
    ["Tỉnh triển khai mô hình nuôi gà cho các phụ nữ dân tộc thiểu số ở huyện Kỳ Sơn.", "Phụ nữ dân tộc thiểu số ở huyện Kỳ Sơn"],
    ["Huyện mở lớp tập huấn cho 45 nông dân nghèo tại xã Hữu Kiệm trong hai ngày.", "45 nông dân nghèo tại xã Hữu Kiệm"],
    ["Chương trình hỗ trợ hộ nghèo, cận nghèo và hộ mới thoát nghèo của hai xã vùng cao.", "Hộ nghèo, cận nghèo và hộ mới thoát nghèo của hai xã vùng cao"],
    ["Mục tiêu là tăng thu nhập cho 300 hộ sản xuất nhỏ (ưu tiên hộ có người khuyết tật) trong ba năm.", "300 hộ sản xuất nhỏ (ưu tiên hộ có người khuyết tật)"],
  ])("Vietnamese: %s", (sentence, group) => {
    expect(groups(`Tin địa phương\n\n${sentence}\n`, "vi")).toEqual([group]);
  });

  it.each([
    [
      "The programme supported 2,400 poor and near-poor women farmers of the three pilot communes over two years.",
      "2,400 poor and near-poor women farmers of the three pilot communes",
    ],
    ["A new fund for ethnic minority households in Ky Son District opened on Monday.", "Ethnic minority households in Ky Son District"],
    ["Last year the training helped about 90 smallholder farmers in Bao Nam commune.", "90 smallholder farmers in Bao Nam commune"],
    ["The cooperative is training young H'mong women of Huu Kiem commune to weave.", "Young H'mong women of Huu Kiem commune"],
  ])("English: %s", (sentence, group) => {
    expect(groups(`Local news\n\n${sentence}\n`, "en")).toEqual([group]);
  });

  it.each([
    ["UBND xã tổ chức buổi gặp mặt cho người dân trong thôn.", "vi"],
    ["Hỗ trợ hộ nghèo là nhiệm vụ trọng tâm của xã.", "vi"],
    // (orgs6) a union's own members are the union's, not a group of their own
    ["Hội Nông dân mở lớp tập huấn cho 45 hội viên nông dân tại xã Hữu Kiệm trong hai ngày.", "vi"],
    ["Đoàn trao quà cho bà Lò Thị Mai ở bản Na Lư.", "vi"],
    ["Cán bộ hướng dẫn cho người dân cách làm hồ sơ vay vốn.", "vi"],
    ["The project brings benefits to local people.", "en"],
    ["The workshop was meant for poor households.", "en"],
    ["Support for women farmers is growing across the region.", "en"],
    ["A study on ethnic minority women was published.", "en"],
    ["KY SON — The commune has received 40 cows from the province.", "en"],
  ] as const)("drafts no group from a sentence that names nobody a curator would: %s", (sentence, lang) => {
    expect(groups(`Tin\n\n${sentence}\n`, lang)).toEqual([]);
  });

  it.each([
    ["Tin địa phương\n\nDự án “Nuôi dê sinh sản ở vùng cao” hỗ trợ sinh kế cho 250 hộ nghèo của xã Bảo Nam từ năm 2024.\n", "vi", "250 hộ nghèo của xã Bảo Nam"],
    [
      "Local news\n\nThe Mountain Goats project has supported 1,300 poor and ethnic minority households in Ky Son District since 2023.\n",
      "en",
      "1,300 poor and ethnic minority households in Ky Son District",
    ],
  ] as const)("the project of the sentence is for the group: %s", (text, lang, group) => {
    expect(groups(text, lang)).toEqual([group]);
    expect(rels(text, lang).filter((r) => r.startsWith(`${group} -INVOLVED_IN(BENEFICIARY)->`))).toHaveLength(1);
  });

  it.each([
    ["HUE — Thirty women farmers in Phong Dien District have received 60 breeding pigs from the Red Cross on Monday.", "Thirty women farmers in Phong Dien District"],
    ["NGHE AN – 25 near-poor households in Ky Son District received 50 cows from the district on 3 May.", "25 near-poor households in Ky Son District"],
    ["Twelve poor families in Bao Nam commune have received rice seedlings from a local company.", "Twelve poor families in Bao Nam commune"],
    ["KY SON — Eighteen ethnic minority farmers have received tea seedlings from the cooperative.", "Eighteen ethnic minority farmers"],
  ])("the group that received a handover, after a dateline or none: %s", (sentence, group) => {
    expect(groups(`Local news\n\n${sentence}\n`, "en")).toEqual([group]);
  });

  it("drafts one group an article is about, the best described, and none when a handover's group is drafted", () => {
    const text = "Tin địa phương\n\nDự án dạy nghề cho thanh niên dân tộc thiểu số. Giai đoạn hai hỗ trợ sinh kế cho 250 hộ nghèo, cận nghèo của xã Bảo Nam.\n";
    expect(groups(text, "vi")).toEqual(["250 hộ nghèo, cận nghèo của xã Bảo Nam"]);
  });
});

describe("businesses and cooperatives named together after a cue (issue 18, ingest-groups)", () => {
  it.each([
    ["Đoàn đã thăm các HTX Hoa Ban, Tân Tiến và Công ty Minh Phát.", "vi", ["HTX Hoa Ban", "HTX Tân Tiến", "Công ty Minh Phát"]],
    ["Sản phẩm được các công ty Hương Rừng, Sơn Cước thu mua.", "vi", ["Công ty Hương Rừng", "Công ty Sơn Cước"]],
    ["Các doanh nghiệp Bình Minh, Lúa Vàng và Đất Xanh ký hợp đồng bao tiêu.", "vi", ["Doanh nghiệp Bình Minh", "Doanh nghiệp Lúa Vàng", "Doanh nghiệp Đất Xanh"]],
    ["The delegation visited the factories of Green Leaf, AGRIMEX and Song Da Herbs and met farmers.", "en", ["Green Leaf", "AGRIMEX", "Song Da Herbs"]],
    ["The tour was hosted by Hoa Sen, Phu Gia Farm and Bao Nam Cooperative.", "en", ["Hoa Sen", "Phu Gia Farm", "Bao Nam Cooperative"]],
    ["Rice is bought by companies such as Loc Troi, Vinarice and Tan Long.", "en", ["Loc Troi", "Vinarice", "Tan Long"]],
  ] as const)("one body for each name: %s", (sentence, lang, names) => {
    expect(orgNames(`News\n\n${sentence}\n`, lang)).toEqual(expect.arrayContaining([...names]));
  });

  it.each([
    ["The team visited Ky Son, Bao Nam and Huu Kiem to meet farmers.", "en"],
    ["The visit was hosted by Bao Nam.", "en"],
    ["Farms of this kind are common.", "en"],
    ["Các hộ Lò Văn A và Vi Văn B nhận bò.", "vi"],
  ] as const)("no list, or a list of places, is no business: %s", (sentence, lang) => {
    expect(orgNames(`News\n\n${sentence}\n`, lang)).toEqual([]);
  });
});

describe("mass organisations and state bodies by their short forms, bodies of several places, long English names (issue 18, orgs2)", () => {
  const vi = (s: string): string[] => orgNames(`Tin địa phương\n\n${s}\n`, "vi");
  const en = (s: string): string[] => orgNames(`Local news\n\n${s}\n`, "en");

  it("reads the Front, the youth union, the unions and the social policy bank by their initials or short forms, at each level", () => {
    expect(vi("Năm 2024, UBMTTQ xã Bảo Nam vận động người dân góp quỹ.")).toContain("UBMTTQ xã Bảo Nam");
    expect(vi("Ban Thường trực UBMTTQ tỉnh Nghệ An đã thăm hộ nghèo xã Hữu Kiệm.")).toContain("Ban Thường trực UBMTTQ tỉnh Nghệ An");
    expect(vi("Năm 2024, NHCSXH huyện Kỳ Sơn cho 40 hộ vay vốn.")).toContain("NHCSXH huyện Kỳ Sơn");
    expect(vi("Năm 2024, HND xã Bảo Nam tổ chức hội nghị.")).toContain("HND xã Bảo Nam");
    expect(vi("Năm 2024, Trung ương Đoàn phối hợp với Tỉnh Đoàn Nghệ An tổ chức hội thảo.")).toEqual(expect.arrayContaining(["Trung ương Đoàn", "Tỉnh Đoàn Nghệ An"]));
    expect(vi("Năm 2024, Huyện Đoàn Kỳ Sơn trao 10 con dê cho thanh niên.")).toContain("Huyện Đoàn Kỳ Sơn");
    expect(vi("Năm 2024, Hội LHPN huyện Kỳ Sơn tập huấn cho 40 hội viên.")).toContain("Hội LHPN huyện Kỳ Sơn");
  });

  it("drafts no body from a bare short form, and none from a delegation named by what it does", () => {
    expect(vi("Năm 2024, hội viên HND đã góp quỹ.")).toEqual([]);
    expect(vi("Năm 2024, Đoàn công tác viếng nghĩa trang liệt sĩ huyện Kỳ Sơn.").some((n) => /viếng/u.test(n))).toBe(false);
    expect(vi("Năm 2024, đoàn công tác đến thăm hộ nghèo xã Bảo Nam.").some((n) => /thăm/u.test(n))).toBe(false);
    expect(vi("Năm 2024, Đoàn công tác của Hội Nông dân tỉnh Nghệ An thăm mô hình nuôi bò.")).toContain("Đoàn công tác của Hội Nông dân tỉnh Nghệ An");
  });

  it("drafts one body in each place of 'UBND xã A và xã B', 'UBND xã A và B', 'xã A, xã B và xã C', 'hai xã A và B'", () => {
    expect(vi("Năm 2024, UBND xã Bảo Nam và xã Hữu Kiệm tổ chức trao bò.")).toEqual(expect.arrayContaining(["UBND xã Bảo Nam", "UBND xã Hữu Kiệm"]));
    expect(vi("Năm 2024, UBND xã Bảo Nam và Hữu Kiệm phối hợp trao bò.")).toEqual(expect.arrayContaining(["UBND xã Bảo Nam", "UBND xã Hữu Kiệm"]));
    expect(vi("Năm 2024, Hội Nông dân xã Bảo Nam, xã Hữu Kiệm cùng ký cam kết.")).toEqual(expect.arrayContaining(["Hội Nông dân xã Bảo Nam", "Hội Nông dân xã Hữu Kiệm"]));
    const two = vi("Năm 2024, Hội Phụ nữ hai xã Bảo Nam và Hữu Kiệm tổ chức tập huấn.");
    expect(two).toEqual(expect.arrayContaining(["Hội Phụ nữ xã Bảo Nam", "Hội Phụ nữ xã Hữu Kiệm"]));
    expect(two.some((n) => /hai xã/u.test(n))).toBe(false);
  });

  it("does not carry a body to a place of another level, nor to people or a number after 'và'", () => {
    const other = vi("Năm 2024, UBND xã Bảo Nam và huyện Kỳ Sơn tổ chức lễ trao bò.");
    expect(other).toContain("UBND xã Bảo Nam");
    expect(other).not.toContain("UBND xã Kỳ Sơn");
    expect(vi("Năm 2024, UBND xã Bảo Nam và bà con thôn Na Lư dọn vệ sinh.")).toEqual(["UBND xã Bảo Nam"]);
    expect(vi("Năm 2024, đại diện UBND xã Bảo Nam và 15 hộ hội viên dự lễ.").some((n) => /15/u.test(n))).toBe(false);
  });

  it("runs an English name through 'in'/'on' after 'for'/'of', and through a lower-case typo before its initials", () => {
    expect(en("In 2024 the Centre for Rural Development in Central Vietnam held a training.")).toContain("Centre for Rural Development in Central Vietnam");
    expect(en("In 2024 the Committee on Ethnic Minority Affairs visited Ky Son district.")).toContain("Committee on Ethnic Minority Affairs");
    expect(en("In 2024 the Center for Sustainable development of mountainous Areas (CSDM) trained farmers.")).toContain("Center for Sustainable development of mountainous Areas");
    expect(en("In 2024 the Institute for Policy and Strategy of Agriculture and Rural Development (IPSARD) published a study.")).toContain(
      "Institute for Policy and Strategy of Agriculture and Rural Development",
    );
  });

  it("stops an English name before a place or a country after 'in', and reads no lower-case clause before initials of another name", () => {
    const dept = en("In 2024 the Department of Agriculture and Rural Development in Nghe An province trained 40 farmers.");
    expect(dept).toContain("Department of Agriculture and Rural Development");
    expect(dept.some((n) => /in Nghe An/u.test(n))).toBe(false);
    expect(en("In 2024 the Institute of Agricultural Science in Vietnam held a workshop.").some((n) => /in Vietnam/u.test(n))).toBe(false);
    expect(en("In 2024 the Women's Union of Ky Son district trained members in raising goats (TOT).").some((n) => /trained|goats/u.test(n))).toBe(false);
  });
});

describe("people after a body's place, and bylines as curators record them (issue 18, orgs2)", () => {
  const people = (text: string, lang: "vi" | "en"): string[] =>
    draft(text, lang)
      .entities.filter((e) => e.kind === Label.Person)
      .map((e) => String(e.name));
  const news = "Năm 2024, xã Bảo Nam trao 20 con bò cho hộ nghèo.";

  it("reads a full name right after a body's named place as a person, and ends the body before it", () => {
    const text = "Tin\n\nBí thư Đảng ủy xã Hữu Kiệm Lô Văn Tâm cho biết xã có 200 hộ nghèo.\n";
    expect(people(text, "vi")).toEqual(["Lô Văn Tâm"]);
    expect(orgNames(text, "vi")).toEqual(["Đảng ủy xã Hữu Kiệm"]);
    expect(people("Tin\n\nChủ tịch UBND xã Bảo Nam Nguyễn Văn Hùng phát biểu tại buổi lễ.\n", "vi")).toEqual(["Nguyễn Văn Hùng"]);
  });

  it("reads a byline after a reporter's cue or before a newsroom, in title case, the source's line after it skipped", () => {
    expect(people(`Tin\n\n${news}\n\nTin, ảnh: HOÀNG LAN\n`, "vi")).toEqual(["Hoàng Lan"]);
    expect(people(`Tin\n\n${news}\n\nBài và ảnh: Lê Minh Đức\n\nNguồn Nghệ An: https://example.org/x\n`, "vi")).toEqual(["Lê Minh Đức"]);
    expect(people(`Tin\n\n${news}\n\nThanh Hà (Đài PT-TH huyện)\n`, "vi")).toEqual(["Thanh Hà"]);
    expect(people(`Tin\n\n${news}\n\nMinh Khôi - Báo Nghệ An\n`, "vi")).toEqual(["Minh Khôi"]);
    expect(people("News\n\nIn 2024 Bao Nam commune received 20 cows.\n\nStory and photos: Hoang Minh\n", "en")).toEqual(["Hoang Minh"]);
  });

  // 2026-12-08: a signature line (a name alone, or before its body in brackets) is the byline too, as news pages sign
  // (test/unit/ingest-signature.test.ts); a cue before no name still drafts none.
  it("drafts the byline from a signature line, none from a cue before no name", () => {
    expect(people(`Tin\n\n${news}\n\nThanh Hà\n`, "vi")).toEqual(["Thanh Hà"]);
    expect(people(`Tin\n\n${news}\n\nThanh Hà (Hội Nông dân huyện)\n`, "vi")).toEqual(["Thanh Hà"]);
    expect(people(`Tin\n\n${news}\n\nẢnh: sưu tầm\n`, "vi")).toEqual([]);
  });
});
