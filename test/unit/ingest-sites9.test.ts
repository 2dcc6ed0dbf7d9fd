/**
 * Round 9 (sites9): where an activity happened, read above the sentence (sites.stage.ts). Every article here is a short one
 * written for the test (a title line, a date line, a few sentences; never an article's words), drafted through the whole
 * pipeline against the test gazetteer with more communes of Kỳ Sơn and Hà Tĩnh's district Hương Sơn added.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import type { ParsedSeedFile } from "../../src/seed/seed.reader";
import type { SeedFile } from "../../src/seed/seed.schema";
import { notReported, peopleFrom, unitOfNext, visitStop } from "../../src/ingest/stages/sites.rules";
import { drafterOver } from "../helpers/ingest-draft";
import { gazetteerOf, KY_SON_COMMUNES, testGazetteer, type TestUnit } from "../helpers/ingest-gazetteer";

const legacy = { validTo: "2025-06-30" };
const KS = "vn:nghe-an:ky-son";
const HS = "vn:ha-tinh:huong-son";
const commune = (parent: string, slug: string, name: string, nameEn: string): TestUnit => [`${parent}:${slug}`, name, "COMMUNE", { unitType: "Xã", nameEn, ...legacy }];
/** Hà Tĩnh's Hương Sơn and more communes of Kỳ Sơn, beside the usual test gazetteer. */
const second: ParsedSeedFile = gazetteerOf(
  [
    ["vn:ha-tinh", "Hà Tĩnh", "PROVINCE", { unitType: "Tỉnh", nameEn: "Ha Tinh province" }],
    [HS, "Hương Sơn", "DISTRICT", { unitType: "Huyện", nameEn: "Huong Son district", ...legacy }],
    commune(KS, "muong-long", "Mường Lống", "Muong Long commune"),
    commune(KS, "na-ngoi", "Na Ngoi", "Na Ngoi commune"),
    commune(KS, "ta-ca", "Tà Cạ", "Ta Ca commune"),
    commune(HS, "son-kim-1", "Sơn Kim 1", "Son Kim 1 commune"),
    commune(HS, "son-hong", "Sơn Hồng", "Son Hong commune"),
    commune(HS, "son-tien", "Sơn Tiến", "Son Tien commune"),
  ],
  "places/more.yaml",
  "src:gazetteer-more",
);
const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]), second);

/** Each event's places as "<eventType> -> <place id>", " (inferred)" when inferred. */
const eventSites = (seed: SeedFile): string[] => {
  const type = new Map(seed.entities.filter((e) => e.kind === Label.Event).map((e) => [e.id, String((e as { eventType?: string }).eventType ?? "EVENT")]));
  return seed.relationships.filter((r) => r.type === RelType.LOCATED_IN && type.has(r.from)).map((r) => `${type.get(r.from)} -> ${r.to}${r.inferred ? " (inferred)" : ""}`);
};
const sites = (text: string, lang: "vi" | "en"): string[] => eventSites(draft(text, lang));
/** The places this stage itself drafted (by its reasons): a look-alike must get none (other stages' guesses are theirs). */
const MINE = /^(?:a stop of the visit|the visitors talked|the people it was for|"[^"]+": the place the sentence before names)/u;
const mine = (text: string, lang: "vi" | "en"): string[] =>
  draft(text, lang)
    .relationships.filter((r) => r.type === RelType.LOCATED_IN && MINE.test(String((r as { draft?: string }).draft ?? "")))
    .map((r) => r.to);

describe("a visit's stops named in the sentences after it", () => {
  it.each<[string, "vi" | "en", string, string[]]>([
    [
      "a study tour's stops, one a sentence",
      "vi",
      [
        "Hội Nông dân Hương Sơn học tập mô hình chè ở Nghệ An",
        "12/06/2024",
        "Từ ngày 10/6 đến ngày 11/6/2024, đoàn công tác của Hội Nông dân huyện Hương Sơn, tỉnh Hà Tĩnh đã có chuyến tham quan học tập tại tỉnh Nghệ An.",
        "Ngày đầu, đoàn đến thăm Hợp tác xã Chè Núi Cao tại xã Mường Lống, huyện Kỳ Sơn.",
        "Sau đó, đoàn làm việc với Hội Nông dân xã Na Ngoi về cách lập tổ hợp tác nuôi dê.",
        "Các thành viên trong đoàn cho rằng chuyến đi rất bổ ích.",
      ].join("\n\n"),
      [`${KS}:muong-long`, `${KS}:na-ngoi`],
    ],
    [
      "a donor's visit, its communes after 'went to' and 'travelled to'",
      "en",
      [
        "Embassy staff see goat groups in Ky Son",
        "14 March 2024",
        "On 12 March 2024, a delegation of the Embassy of Ireland visited Nghe An province to see how a goat project is doing.",
        "The delegation first went to Huu Kiem commune, where twenty households now keep goats in shared sheds.",
        "The visitors then travelled to Bao Nam commune to meet a women's savings group.",
        "Both said they would tell the story back home.",
      ].join("\n\n"),
      [`${KS}:huu-kiem`, `${KS}:bao-nam`],
    ],
    [
      "a study tour in another province, a place-led sentence and 'tiếp tục làm việc tại'",
      "vi",
      [
        "Cán bộ khuyến nông Kỳ Sơn học hỏi cách trồng bưởi",
        "08/09/2024",
        "Trong 2 ngày 5 và 6/9/2024, Phòng Nông nghiệp huyện Kỳ Sơn tổ chức chuyến khảo sát học tập tại tỉnh Hà Tĩnh.",
        "Tại huyện Hương Sơn, đoàn đã tham quan vườn bưởi của một gia đình ở xã Sơn Tiến.",
        "Đoàn tiếp tục làm việc tại xã Sơn Hồng, nơi nhiều hộ trồng chè theo hướng hữu cơ.",
        "Chuyến đi giúp cán bộ có thêm kinh nghiệm để hướng dẫn bà con.",
      ].join("\n\n"),
      [`${HS}:son-tien`, `${HS}:son-hong`],
    ],
    [
      "'the pair stopped at', and 'discussed … with the authorities of' (inferred)",
      "en",
      [
        "Partners meet cattle bank members",
        "4 May 2024",
        "On 2 May 2024, two staff members of a partner charity visited project households in Nghe An province.",
        "The pair stopped at Muong Tip commune to see how the cattle bank passes calves on.",
        "The two also discussed ginger prices with the local authorities of Ta Ca commune, Ky Son district.",
        "They left with a list of questions for the next season.",
      ].join("\n\n"),
      [`${KS}:muong-tip`, `${KS}:ta-ca (inferred)`],
    ],
    [
      "'Chuyến công tác ghé xã …' after a visit placed only in its province",
      "vi",
      [
        "Lãnh đạo Sở thăm mô hình nuôi lợn đen",
        "16/08/2024",
        "Ngày 15/8/2024, lãnh đạo Sở Nông nghiệp tỉnh Hà Tĩnh đã đi thăm các mô hình sinh kế tại tỉnh Hà Tĩnh.",
        "Chuyến công tác ghé xã Sơn Kim 1, nơi 30 hộ nuôi lợn đen thả vườn.",
        "Lãnh đạo Sở đề nghị huyện nhân rộng cách làm này.",
      ].join("\n\n"),
      [`${HS}:son-kim-1`],
    ],
    [
      "a study tour's days told one a paragraph in English",
      "en",
      [
        "Women's union members learn beekeeping",
        "7 October 2024",
        "From 3 to 5 October 2024, the Ha Tinh Women's Union led a study tour for 25 members to Nghe An province.",
        "On the first day the delegation visited a honey group in Na Ngoi commune.",
        "The next day the tour moved on to Muong Long commune, where a cooperative dries and packs the honey.",
        "Members hope to start hives of their own.",
      ].join("\n\n"),
      [`${KS}:na-ngoi`, `${KS}:muong-long`],
    ],
    [
      "'The visits took the delegation to A and then to B'",
      "en",
      [
        "Farmers' union sees pig groups",
        "22 August 2024",
        "From 20 to 21 August 2024, a delegation of the Ha Tinh Farmers' Union made a field visit to Nghe An province.",
        "The visits took the delegation to Huu Kiem commune and then to Muong Tip commune, where pig groups share one boar.",
        "The union plans to try the idea at home.",
      ].join("\n\n"),
      [`${KS}:huu-kiem`, `${KS}:muong-tip`],
    ],
  ])("%s", (_, lang, text, expected) => {
    const got = sites(text, lang);
    for (const x of expected) expect(got.some((g) => g.endsWith(x))).toBe(true);
  });
});

describe("no stop from a sentence that does not report one", () => {
  it.each<[string, "vi" | "en", string, string]>([
    [
      "a plan for next week",
      "vi",
      [
        "Đoàn Hương Sơn thăm Kỳ Sơn",
        "20/05/2024",
        "Ngày 18/5/2024, đoàn công tác của Hội Nông dân huyện Hương Sơn đã có chuyến tham quan học tập tại tỉnh Nghệ An.",
        "Tuần tới, đoàn sẽ tiếp tục thăm xã Bảo Nam để tìm hiểu cách nuôi ong.",
        "Các hội viên mong học được nhiều điều.",
      ].join("\n\n"),
      `${KS}:bao-nam`,
    ],
    [
      "a visit of another year",
      "vi",
      [
        "Đoàn khảo sát trở lại Nghệ An",
        "22/05/2024",
        "Ngày 21/5/2024, đoàn công tác của Phòng Nông nghiệp huyện Hương Sơn có chuyến khảo sát tại tỉnh Nghệ An.",
        "Năm 2019, đoàn từng đến thăm xã Mường Típ khi mô hình mới bắt đầu.",
        "Lần này, các thành viên đánh giá mô hình đã phát triển tốt.",
      ].join("\n\n"),
      `${KS}:muong-tip`,
    ],
    [
      "another event named in the visitors' sentence",
      "en",
      [
        "Visitors join a goat workshop",
        "10 June 2024",
        "On 8 June 2024, a delegation of the Embassy of Ireland visited Nghe An province.",
        "The delegation also attended a workshop on goat breeding in Huu Kiem commune, held by the district farmers' union.",
        "Farmers asked many questions about feed.",
      ].join("\n\n"),
      `${KS}:huu-kiem`,
    ],
    [
      "a youth union that visits, not the delegation",
      "vi",
      [
        "Tặng quà học sinh vùng cao",
        "02/06/2024",
        "Ngày 1/6/2024, đoàn công tác của Hội Chữ thập đỏ tỉnh Hà Tĩnh đã có chuyến thăm tại tỉnh Nghệ An.",
        "Đoàn Thanh niên xã Tà Cạ đã đến thăm các gia đình khó khăn trong dịp này.",
        "Hội hứa sẽ quay lại vào năm sau.",
      ].join("\n\n"),
      `${KS}:ta-ca`,
    ],
    [
      "a commune youth union ('Đoàn xã') that visits",
      "vi",
      [
        "Thăm hỏi gia đình chính sách",
        "28/07/2024",
        "Ngày 27/7/2024, đoàn công tác của Hội Cựu chiến binh tỉnh Hà Tĩnh có chuyến thăm tại tỉnh Nghệ An.",
        "Cùng ngày, Đoàn xã Hữu Kiệm đã đến thăm các gia đình chính sách trên địa bàn.",
        "Các phần quà được trao tận tay từng gia đình.",
      ].join("\n\n"),
      `${KS}:huu-kiem`,
    ],
    [
      "the delegation going home",
      "vi",
      [
        "Học tập nuôi ong ở Kỳ Sơn",
        "15/09/2024",
        "Ngày 13/9/2024, đoàn công tác của Hội Nông dân huyện Hương Sơn có chuyến tham quan học tập tại tỉnh Nghệ An.",
        "Chiều cùng ngày, đoàn trở về huyện Hương Sơn để chia sẻ kinh nghiệm với hội viên.",
        "Hội dự kiến thử nghiệm mô hình vào năm sau.",
      ].join("\n\n"),
      HS,
    ],
  ])("%s", (_, lang, text, place) => {
    expect(mine(text, lang)).not.toContain(place);
  });
});

describe("the units of the people a course or a handover was for", () => {
  it.each<[string, "vi" | "en", string, string[]]>([
    [
      "'Học viên là … của 5 xã …' after the course",
      "vi",
      [
        "Tập huấn chăm sóc bò cho thú y viên",
        "20/11/2024",
        "Ngày 18/11/2024, Trung tâm Dịch vụ nông nghiệp huyện Kỳ Sơn tổ chức lớp tập huấn kỹ thuật chăm sóc bò sinh sản.",
        "Học viên là 35 thú y viên của 5 xã Hữu Kiệm, Bảo Nam, Mường Típ, Na Ngoi và Tà Cạ.",
        "Các học viên được hướng dẫn cách phòng bệnh cho bò trong mùa rét.",
      ].join("\n\n"),
      [`${KS}:huu-kiem (inferred)`, `${KS}:bao-nam (inferred)`, `${KS}:muong-tip (inferred)`, `${KS}:na-ngoi (inferred)`, `${KS}:ta-ca (inferred)`],
    ],
    [
      "'The participants came from …' after a training",
      "en",
      [
        "Vets learn to vaccinate pigs",
        "5 June 2024",
        "On 3 June 2024, the veterinary station of Ky Son district held a one-day training on pig vaccination.",
        "The 40 participants came from Huu Kiem and Bao Nam communes.",
        "Each went home with a cool box and a set of needles.",
      ].join("\n\n"),
      [`${KS}:huu-kiem (inferred)`, `${KS}:bao-nam (inferred)`],
    ],
    [
      "'Các hộ được nhận bò ở …' after a handover",
      "vi",
      [
        "Trao bò giống cho hộ nghèo Hương Sơn",
        "12/04/2024",
        "Ngày 10/4/2024, Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh đã trao 20 con bò giống cho hội viên nghèo.",
        "Các hộ được nhận bò ở xã Sơn Kim 1 và xã Sơn Tiến, huyện Hương Sơn.",
        "Mỗi con bò trị giá khoảng 15 triệu đồng.",
      ].join("\n\n"),
      [`${HS}:son-kim-1 (inferred)`, `${HS}:son-tien (inferred)`],
    ],
    [
      "'The recipients live in …' after a handover",
      "en",
      [
        "Chickens for poor families",
        "10 August 2024",
        "On 8 August 2024, a charity handed over 500 laying hens to poor families in Nghe An province.",
        "The recipients live in Na Ngoi and Muong Long communes of Ky Son district.",
        "Staff will come back in three months to check the flocks.",
      ].join("\n\n"),
      [`${KS}:na-ngoi (inferred)`, `${KS}:muong-long (inferred)`],
    ],
    [
      "'cho các cán bộ … thuộc Ban Quản lý dự án 3 xã: …' in the course's own sentence",
      "vi",
      [
        "Tập huấn trồng gừng",
        "25/10/2024",
        "Ngày 23/10/2024, Tổ chức Hạt Giống Xanh tổ chức tập huấn kỹ thuật trồng gừng cho các cán bộ khuyến nông thuộc Ban Quản lý dự án 3 xã: Hữu Kiệm, Bảo Nam và Mường Típ (huyện Kỳ Sơn).",
        "Lớp học kéo dài một ngày với nhiều bài thực hành.",
      ].join("\n\n"),
      [`${KS}:huu-kiem (inferred)`, `${KS}:bao-nam (inferred)`, `${KS}:muong-tip (inferred)`],
    ],
    [
      "'The course was for … members … from' a list of communes",
      "en",
      [
        "Savings groups learn bookkeeping",
        "20 November 2024",
        "On 18 November 2024, the Ky Son district women's union held a training on bookkeeping.",
        "The course was for 30 members of savings groups from Ta Ca, Na Ngoi and Muong Long communes.",
        "Most had never kept written accounts before.",
      ].join("\n\n"),
      [`${KS}:ta-ca (inferred)`, `${KS}:na-ngoi (inferred)`, `${KS}:muong-long (inferred)`],
    ],
  ])("%s", (_, lang, text, expected) => {
    const got = sites(text, lang);
    for (const x of expected) expect(got.some((g) => g.endsWith(x))).toBe(true);
  });
});

describe("no place from people a sentence does not tie to the one event", () => {
  it.each<[string, "vi" | "en", string, string]>([
    [
      "two courses, the learners' sentence says neither",
      "vi",
      [
        "Hai lớp tập huấn cho nông dân",
        "08/04/2024",
        "Ngày 3/4/2024, Hội Nông dân huyện Kỳ Sơn tổ chức lớp tập huấn kỹ thuật nuôi dê.",
        "Ngày 5/4/2024, Hội tiếp tục tổ chức lớp tập huấn kỹ thuật trồng chè.",
        "Học viên là nông dân của xã Hữu Kiệm và xã Bảo Nam.",
      ].join("\n\n"),
      `${KS}:bao-nam`,
    ],
    [
      "a plan for more courses",
      "vi",
      [
        "Tập huấn nuôi ong",
        "15/07/2024",
        "Ngày 12/7/2024, Trung tâm Khuyến nông tỉnh Nghệ An tổ chức lớp tập huấn kỹ thuật nuôi ong.",
        "Thời gian tới, Trung tâm sẽ mở thêm lớp cho nông dân xã Na Ngoi.",
        "Lớp học nhận được nhiều phản hồi tích cực.",
      ].join("\n\n"),
      `${KS}:na-ngoi`,
    ],
    [
      "a programme that is a lifeline for farmers of a commune, no course named",
      "en",
      [
        "Pig farmers trained",
        "12 September 2024",
        "On 10 September 2024, the Nghe An extension centre held a training on pig housing.",
        "The province's poverty programme has long been a lifeline for farmers in Muong Tip commune.",
        "Trainers showed how to keep sties dry in the rainy season.",
      ].join("\n\n"),
      `${KS}:muong-tip`,
    ],
    [
      "the recipients of another year's handover",
      "en",
      [
        "More calves handed over",
        "3 March 2024",
        "On 1 March 2024, the district farmers' union handed over 12 calves to poor households in Nghe An province.",
        "The recipients of a similar handover in 2022 live in Ta Ca commune.",
        "Each calf is insured for its first year.",
      ].join("\n\n"),
      `${KS}:ta-ca`,
    ],
  ])("%s", (_, lang, text, place) => {
    expect(mine(text, lang)).not.toContain(place);
  });
});

describe("the rules' pure functions", () => {
  it("reads a stop after the visitors' verb, and a talk as inferred", () => {
    expect(visitStop("Đoàn tiếp tục làm việc tại xã A.")?.talk).toBe(false);
    expect(visitStop("The two also discussed prices with the authorities of A commune.")?.talk).toBe(true);
    expect(visitStop("Đoàn Thanh niên xã A đến thăm các gia đình.")).toBeUndefined();
    expect(visitStop("Đoàn xã A đến thăm các gia đình.")).toBeUndefined();
    expect(visitStop("Chiều cùng ngày, đoàn trở về huyện A.")).toBeUndefined();
    expect(visitStop("The visits took the delegation to A commune.")?.talk).toBe(false);
    expect(visitStop("Dự án cũng hỗ trợ xã A.")).toBeUndefined();
  });
  it("reads who a course or a handover was for", () => {
    expect(peopleFrom("Học viên là thú y viên của xã A.")?.named).toBe(false);
    expect(peopleFrom("The recipients live in A commune.")?.kinds).toEqual(["HANDOVER"]);
    expect(peopleFrom("The course was for 30 members of groups from A.")?.named).toBe(true);
    expect(peopleFrom("Bò được chăm sóc tốt.")).toBeUndefined();
  });
  it("reads a sub-unit joined to its broader body", () => {
    expect(unitOfNext("Ban Kinh tế", " (", "Hội Nông dân tỉnh A")).toBe(true);
    expect(unitOfNext("Poverty Reduction Division", " - ", "Department of Agriculture of A province")).toBe(true);
    expect(unitOfNext("Oxfam", " - ", "Hội Nông dân tỉnh A")).toBe(false);
    expect(unitOfNext("Ban Kinh tế", " và ", "Hội Nông dân tỉnh A")).toBe(false);
  });
  it("says why a sentence does not report", () => {
    expect(notReported("Đoàn sẽ thăm xã A.", 2024)).toBe("sẽ");
    expect(notReported("In 2019 the delegation went to A.", 2024)).toBe("2019");
    expect(notReported("Đoàn thăm xã A.", 2024)).toBeUndefined();
  });
});

describe("'Tại đây', 'There' opening the event's sentence: the one unit the sentence before names", () => {
  it.each<[string, "vi" | "en", string, string]>([
    [
      "a handover after the leaders came to a commune",
      "vi",
      [
        "Trao bò giống cho hộ nghèo Bảo Nam",
        "06/03/2024",
        "Đầu tháng 3, lãnh đạo Hội Nông dân tỉnh Nghệ An về xã Bảo Nam, huyện Kỳ Sơn.",
        "Tại đây, sáng 5/3/2024, Hội đã trao 10 con bò giống cho các hộ nghèo.",
        "Các hộ cam kết chăm sóc bò chu đáo.",
      ].join("\n\n"),
      `${KS}:bao-nam`,
    ],
    [
      "a training after the staff drove to a commune",
      "en",
      [
        "Composting lessons in the hills",
        "10 April 2024",
        "On 9 April 2024, staff of the Nghe An extension centre drove up to Muong Long commune.",
        "There, they held a training on composting for 40 farmers.",
        "The farmers built two compost heaps together.",
      ].join("\n\n"),
      `${KS}:muong-long`,
    ],
    [
      "a workshop after officials arrived in a commune ('Tại đó')",
      "vi",
      [
        "Bàn về chuỗi giá trị chè",
        "13/05/2024",
        "Ngày 12/5/2024, cán bộ Sở Nông nghiệp tỉnh Hà Tĩnh có mặt tại xã Sơn Tiến, huyện Hương Sơn.",
        "Tại đó, Sở đã tổ chức hội thảo về chuỗi giá trị chè.",
        "Nhiều hộ trồng chè đã nêu khó khăn về đầu ra.",
      ].join("\n\n"),
      `${HS}:son-tien`,
    ],
    [
      "a handover 'At the site'",
      "en",
      [
        "Cinnamon seedlings for Ta Ca",
        "3 June 2024",
        "On 2 June 2024, the district women's union brought seedlings by truck to Ta Ca commune.",
        "At the site, union staff handed over 2,000 cinnamon seedlings to 50 households.",
        "The trees should be ready to harvest in ten years.",
      ].join("\n\n"),
      `${KS}:ta-ca`,
    ],
    [
      "a training by experts who went up to a commune ('Ở đó')",
      "vi",
      [
        "Hướng dẫn ghép cam",
        "21/06/2024",
        "Ngày 20/6/2024, Trung tâm Khuyến nông tỉnh Nghệ An đưa chuyên gia lên xã Na Ngoi.",
        "Ở đó, các chuyên gia tổ chức lớp tập huấn kỹ thuật ghép cam cho 30 nông dân.",
        "Mỗi học viên được tặng một bộ dụng cụ.",
      ].join("\n\n"),
      `${KS}:na-ngoi`,
    ],
    [
      "a workshop 'Once there'",
      "en",
      [
        "Clean tea talks",
        "16 May 2024",
        "On 14 May 2024, provincial officials travelled to Son Hong commune in Huong Son district.",
        "Once there, they held a workshop on clean tea with local growers.",
        "Growers asked for help with organic labels.",
      ].join("\n\n"),
      `${HS}:son-hong`,
    ],
  ])("%s", (_, lang, text, place) => {
    expect(sites(text, lang)).toContainEqual(expect.stringMatching(new RegExp(`-> ${place}$`, "u")));
  });

  it.each<[string, "vi" | "en", string, string]>([
    [
      "the sentence before names two communes",
      "vi",
      [
        "Trao bò cho hai xã",
        "06/03/2024",
        "Sáng 5/3/2024, lãnh đạo Hội Nông dân tỉnh Nghệ An về xã Bảo Nam và xã Hữu Kiệm.",
        "Tại đây, Hội đã trao 10 con bò giống cho các hộ nghèo.",
        "Các hộ cam kết chăm sóc bò chu đáo.",
      ].join("\n\n"),
      `${KS}:bao-nam`,
    ],
    [
      "a plan opened by 'Tại đây'",
      "vi",
      [
        "Khảo sát điểm trồng sâm",
        "08/07/2024",
        "Ngày 6/7/2024, Trung tâm Khuyến nông tỉnh Nghệ An đã tổ chức lớp tập huấn kỹ thuật trồng gừng tại huyện Kỳ Sơn.",
        "Cán bộ trung tâm sau đó lên xã Mường Típ.",
        "Tại đây, trung tâm sẽ tổ chức lớp tập huấn nuôi ong vào tháng sau.",
      ].join("\n\n"),
      `${KS}:muong-tip`,
    ],
    [
      "'There,' opening a sentence that names no event",
      "en",
      [
        "Seedlings handed over",
        "3 June 2024",
        "On 2 June 2024, a charity handed over 2,000 cinnamon seedlings to households in Nghe An province.",
        "Staff later walked up to the forest plots of Ta Ca commune.",
        "There, farmers were shown how deep to plant each seedling.",
      ].join("\n\n"),
      `${KS}:ta-ca`,
    ],
  ])("nothing when %s", (_, lang, text, place) => {
    expect(mine(text, lang)).not.toContain(place);
  });
});

/** Each body's places as "<name> -> <place id>", " (inferred)" when inferred. */
const bodySites = (text: string, lang: "vi" | "en"): string[] => {
  const seed = draft(text, lang);
  const name = new Map(seed.entities.filter((e) => e.kind === Label.Organization).map((e) => [e.id, String(e.name)]));
  return seed.relationships.filter((r) => r.type === RelType.LOCATED_IN && name.has(r.from)).map((r) => `${name.get(r.from)} -> ${r.to}${r.inferred ? " (inferred)" : ""}`);
};

describe("a sub-unit named right before its broader body, by a dash or a bracket: where that body is", () => {
  it.each<[string, "vi" | "en", string, string]>([
    [
      "a centre and its department in brackets",
      "vi",
      [
        "Tư vấn việc làm cho thanh niên",
        "05/03/2024",
        "Ngày 4/3/2024, Trung tâm Dịch vụ việc làm (Sở Nội vụ tỉnh Nghệ An) tổ chức hội nghị tư vấn việc làm cho thanh niên.",
        "Hơn 200 thanh niên đã tham dự.",
      ].join("\n\n"),
      "Trung tâm Dịch vụ việc làm -> vn:nghe-an (inferred)",
    ],
    [
      "a board and its union in brackets",
      "vi",
      [
        "Nuôi dê theo tổ hợp tác",
        "11/04/2024",
        "Ban Kinh tế (Hội Nông dân tỉnh Hà Tĩnh) đã phối hợp với các xã lập 12 tổ hợp tác nuôi dê trong năm 2024.",
        "Mỗi tổ có từ 10 đến 15 hộ.",
      ].join("\n\n"),
      "Ban Kinh tế -> vn:ha-tinh (inferred)",
    ],
    [
      "an English division and its department after a dash",
      "en",
      [
        "Poverty staff meet commune leaders",
        "9 July 2024",
        "On 8 July 2024, officers of the Poverty Reduction Division - Department of Agriculture of Ha Tinh province met commune leaders.",
        "They reviewed the lists of poor households.",
      ].join("\n\n"),
      "Poverty Reduction Division -> vn:ha-tinh (inferred)",
    ],
    [
      "a district office and its committee in brackets",
      "vi",
      [
        "Hướng dẫn trồng gừng",
        "12/05/2024",
        "Ngày 10/5/2024, Phòng Nông nghiệp và Phát triển nông thôn (UBND huyện Kỳ Sơn) đã hướng dẫn 50 hộ dân cách trồng gừng dưới tán rừng.",
        "Gừng được bao tiêu toàn bộ sản phẩm.",
      ].join("\n\n"),
      `Phòng Nông nghiệp và Phát triển nông thôn -> ${KS} (inferred)`,
    ],
    [
      "an English office and its union in brackets",
      "en",
      [
        "Savings rules reviewed",
        "10 July 2024",
        "On 9 July 2024, the Poverty Reduction Office (Ha Tinh Farmers' Union) met leaders of savings groups.",
        "Members asked for lower fees.",
      ].join("\n\n"),
      "Poverty Reduction Office -> vn:ha-tinh (inferred)",
    ],
    [
      "a sub-department and its department in brackets",
      "vi",
      [
        "Kiểm tra mô hình liên kết",
        "19/09/2024",
        "Ngày 18/9/2024, Chi cục Phát triển nông thôn (Sở Nông nghiệp tỉnh Hà Tĩnh) kiểm tra các mô hình liên kết sản xuất.",
        "Nhiều mô hình cho thu nhập ổn định.",
      ].join("\n\n"),
      "Chi cục Phát triển nông thôn -> vn:ha-tinh (inferred)",
    ],
  ])("%s", (_, lang, text, line) => {
    expect(bodySites(text, lang)).toContain(line);
  });

  it.each<[string, "vi" | "en", string, RegExp]>([
    [
      "two partners joined by a dash",
      "vi",
      [
        "Hội thảo về nước sạch",
        "21/03/2024",
        "Ngày 20/3/2024, tổ chức Oxfam - Hội Nông dân tỉnh Nghệ An phối hợp tổ chức hội thảo về nước sạch.",
        "Nhiều ý kiến đã được ghi nhận.",
      ].join("\n\n"),
      /^Oxfam/u,
    ],
    [
      "a bracket that names a funder, not the body's owner",
      "vi",
      [
        "Tập huấn sơ cấp cứu",
        "16/04/2024",
        "Ngày 15/4/2024, Trung tâm Khuyến nông (do Hội Chữ thập đỏ tỉnh Hà Tĩnh tài trợ) tổ chức tập huấn sơ cấp cứu cho 40 người.",
        "Học viên được thực hành băng bó vết thương.",
      ].join("\n\n"),
      /^Trung tâm Khuyến nông ->/u,
    ],
    [
      "a person between the board and a union",
      "vi",
      [
        "Bàn giao bò giống",
        "03/08/2024",
        "Ngày 2/8/2024, Ban Quản lý dự án - ông Nguyễn Văn Bình, cán bộ Hội Nông dân tỉnh Nghệ An, bàn giao 10 con bò giống.",
        "Các hộ nhận bò cam kết chăm sóc tốt.",
      ].join("\n\n"),
      /^Ban Quản lý dự án ->/u,
    ],
  ])("nothing for %s", (_, lang, text, line) => {
    expect(bodySites(text, lang).filter((x) => line.test(x) && x.endsWith("(inferred)"))).toEqual([]);
  });
});

describe("the communes an article names are not given to one of two events of a type", () => {
  it.each<[string, "vi" | "en", string[]]>([
    [
      "two courses, one learners' sentence",
      "vi",
      [
        "Tin",
        "Ngày 5/3/2024, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn nuôi ong. Ngày 12/3/2024, Trạm mở lớp tập huấn trồng quế. Học viên là nông dân các xã Bảo Nam và Hữu Kiệm.",
      ],
    ],
    [
      "two handovers, one sentence of homes",
      "vi",
      [
        "Tin",
        "Ngày 5/3/2024, Hội Nông dân huyện Kỳ Sơn bàn giao 20 con bò. Ngày 9/3/2024, Hội Nông dân huyện Kỳ Sơn bàn giao 30 con dê. Các hộ nhận ở xã Bảo Nam và xã Mường Típ.",
      ],
    ],
  ])("%s", (_name, lang, parts) => {
    const got = sites(parts.join("\n\n"), lang);
    // no event takes a commune the article names for one of them without saying which
    expect(got.filter((x) => /:(bao-nam|huu-kiem|muong-tip)/u.test(x))).toEqual([]);
  });

  it("still gives them to the article's one event of its type", () => {
    const got = sites("Tin\n\nNgày 5/3/2024, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn nuôi ong. Học viên là nông dân các xã Bảo Nam và Hữu Kiệm.", "vi");
    expect(got).toEqual(expect.arrayContaining([expect.stringMatching(/:bao-nam/u), expect.stringMatching(/:huu-kiem/u)]));
  });
});
