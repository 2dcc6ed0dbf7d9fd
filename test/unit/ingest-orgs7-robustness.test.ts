/**
 * (orgs7) A robustness suite for organization names: sentences written for this test in the ways
 * news writing names a body (provincial portals, national papers, NGO sites, English papers): full
 * and abbreviated Vietnamese bodies at each level, mass organisations, businesses, NGOs and donors
 * with initials in brackets, passives, headlines without a verb, bodies in lists; and look-alikes
 * (a meeting, a programme, a place, a job title, a person, a verb) that name no body.
 */
import { Label } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

const orgs = (text: string, lang: "vi" | "en"): string[] =>
  draftSeed(text, lang)
    .entities.filter((e) => e.kind === Label.Organization)
    .map((e) => String(e.name));

/**
 * [headline and body, language, the body's name as drafted]. The reader's conventions: "Tổ chức" before a
 * title-case name stays in the quote, not the name; a Vietnamese name may keep its initials in brackets.
 */
const NAMED: readonly [string, "vi" | "en", string][] = [
  ["Trao bò cho hộ nghèo\n\nNgày 12/3/2024, UBND xã Hữu Kiệm tổ chức trao 20 con bò cho các hộ nghèo.\n", "vi", "UBND xã Hữu Kiệm"],
  ["Bàn giao nhà\n\nSáng 5-4, Ủy ban nhân dân huyện Kỳ Sơn đã bàn giao 15 ngôi nhà cho hộ nghèo xã Bảo Nam.\n", "vi", "Ủy ban nhân dân huyện Kỳ Sơn"],
  [
    "Cấp giống lúa\n\nTháng 6/2024, Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An vừa cấp 500 kg giống lúa cho xã Mường Típ.\n",
    "vi",
    "Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An",
  ],
  ["Giải ngân vốn vay\n\nNăm 2024, Ngân hàng Chính sách xã hội huyện Kỳ Sơn đã giải ngân 2 tỷ đồng cho 40 hộ vay vốn.\n", "vi", "Ngân hàng Chính sách xã hội huyện Kỳ Sơn"],
  ["Vốn vay\n\nNgày 3/7/2024, Phòng giao dịch NHCSXH huyện Kỳ Sơn giải ngân cho 30 hộ ở xã Hữu Kiệm.\n", "vi", "Phòng giao dịch NHCSXH huyện Kỳ Sơn"],
  ["Gạo cứu đói\n\nNgày 9/2/2024, HTX Dịch vụ nông nghiệp Bảo Nam trao 2 tấn gạo cho hộ khó khăn.\n", "vi", "HTX Dịch vụ nông nghiệp Bảo Nam"],
  ["Liên kết trồng gừng\n\nNăm 2023, Hợp tác xã Nông nghiệp Hữu Kiệm ký hợp đồng bao tiêu gừng với 50 hộ.\n", "vi", "Hợp tác xã Nông nghiệp Hữu Kiệm"],
  ["Tập huấn\n\nNgày 2/10/2024, Trung tâm Khuyến nông tỉnh Nghệ An mở lớp tập huấn nuôi dê tại xã Mường Típ.\n", "vi", "Trung tâm Khuyến nông tỉnh Nghệ An"],
  ["Phụ nữ giúp nhau\n\nNgày 8/3/2024, Hội Liên hiệp Phụ nữ xã Bảo Nam trao 5 con lợn giống cho hội viên nghèo.\n", "vi", "Hội Liên hiệp Phụ nữ xã Bảo Nam"],
  ["Nhà tình nghĩa\n\nNgày 27/7/2024, Hội Cựu chiến binh huyện Kỳ Sơn bàn giao nhà tình nghĩa tại xã Hữu Kiệm.\n", "vi", "Hội Cựu chiến binh huyện Kỳ Sơn"],
  ["Vốn cho nông dân\n\nNăm 2024, Quỹ Hỗ trợ nông dân tỉnh Nghệ An cho 12 hộ ở xã Bảo Nam vay vốn.\n", "vi", "Quỹ Hỗ trợ nông dân tỉnh Nghệ An"],
  ["Quà Tết\n\nNgày 1/2/2024, Ủy ban MTTQ Việt Nam huyện Kỳ Sơn trao 100 suất quà cho hộ nghèo.\n", "vi", "Ủy ban MTTQ Việt Nam huyện Kỳ Sơn"],
  ["Bò cho thanh niên\n\nNgày 26/3/2024, Huyện đoàn Kỳ Sơn trao 4 con bò cho đoàn viên xã Mường Típ.\n", "vi", "Huyện đoàn Kỳ Sơn"],
  ["Nước sạch\n\nNăm 2023, tổ chức Plan International xây công trình nước sạch tại xã Hữu Kiệm.\n", "vi", "Plan International"],
  ["Dinh dưỡng trẻ em\n\nNăm 2024, Quỹ Nhi đồng Liên hợp quốc (UNICEF) hỗ trợ xã Mường Típ cải thiện dinh dưỡng.\n", "vi", "Quỹ Nhi đồng Liên hợp quốc"],
  ["Giống cây\n\nNăm 2022, Tổ chức Nông lương Liên hợp quốc (FAO) cấp giống ngô cho nông dân xã Bảo Nam.\n", "vi", "Nông lương Liên hợp quốc"],
  ["Thủy lợi\n\nNăm 2021, Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ kênh mương cho xã Hữu Kiệm.\n", "vi", "Cơ quan Hợp tác Quốc tế Nhật Bản"],
  ["Bò giống\n\n30 con bò đã được Hội Nông dân tỉnh Nghệ An trao cho các hộ ở xã Hữu Kiệm vào ngày 4/5/2024.\n", "vi", "Hội Nông dân tỉnh Nghệ An"],
  ["Hội Nông dân huyện Kỳ Sơn: 50 con dê cho hộ nghèo\n\nNgày 6/6/2024, các hộ nghèo xã Bảo Nam nhận dê giống.\n", "vi", "Hội Nông dân huyện Kỳ Sơn"],
  ["Khám bệnh\n\nNgày 14/4/2024, Trạm Y tế xã Mường Típ khám bệnh miễn phí cho 200 người cao tuổi.\n", "vi", "Trạm Y tế xã Mường Típ"],
  ["Sách vở\n\nNgày 5/9/2024, Đồn Biên phòng Mường Típ tặng 100 bộ sách vở cho học sinh nghèo.\n", "vi", "Đồn Biên phòng Mường Típ"],
  ["Bao tiêu sữa\n\nNăm 2024, Công ty Cổ phần Chăn nuôi Nghệ An ký hợp đồng thu mua sữa với 20 hộ xã Hữu Kiệm.\n", "vi", "Công ty Cổ phần Chăn nuôi Nghệ An"],
  ["Giống dê\n\nNgày 11/11/2024, Công ty TNHH Giống vật nuôi Hoàng Long trao 40 con dê cho xã Bảo Nam.\n", "vi", "Công ty TNHH Giống vật nuôi Hoàng Long"],
  ["Trồng quế\n\nNgày 20/5/2024, Phòng Nông nghiệp và PTNT huyện Kỳ Sơn hướng dẫn 60 hộ trồng quế.\n", "vi", "Phòng Nông nghiệp và PTNT huyện Kỳ Sơn"],
  ["Học nghề\n\nNăm 2024, Trung tâm Giáo dục nghề nghiệp huyện Kỳ Sơn mở 3 lớp dạy nghề cho lao động nông thôn.\n", "vi", "Trung tâm Giáo dục nghề nghiệp huyện Kỳ Sơn"],
  ["Ngôi nhà mới\n\nNgày 30/8/2024, Hội Chữ thập đỏ tỉnh Nghệ An bàn giao nhà cho một hộ nghèo ở xã Hữu Kiệm.\n", "vi", "Hội Chữ thập đỏ tỉnh Nghệ An"],
  ["Cows for the poor\n\nOn 14 March 2024, Heifer International handed over 40 cows to poor households in Huu Kiem commune.\n", "en", "Heifer International"],
  ["Clean water\n\nIn 2023 World Vision Vietnam built a water system for Muong Tip commune.\n", "en", "World Vision Vietnam"],
  ["Houses\n\nThe Nghe An Provincial People's Committee handed over 20 houses in Bao Nam commune on 2 June 2024.\n", "en", "Nghe An Provincial People's Committee"],
  ["Schools\n\nIn 2022, Save the Children opened two kindergartens in Huu Kiem commune.\n", "en", "Save the Children"],
  ["Irrigation\n\nThe Japan International Cooperation Agency (JICA) funded a canal in Muong Tip commune in 2021.\n", "en", "Japan International Cooperation Agency"],
  [
    "Seeds\n\nThe Food and Agriculture Organization of the United Nations (FAO) gave maize seed to farmers in Bao Nam commune in 2022.\n",
    "en",
    "Food and Agriculture Organization of the United Nations",
  ],
  ["Loans\n\nIn 2024 the Vietnam Bank for Social Policies (VBSP) lent 2 billion dong to 40 households in Huu Kiem commune.\n", "en", "Vietnam Bank for Social Policies"],
  ["Ginger\n\nSince 2023 the Huu Kiem Agricultural Cooperative has bought ginger from 50 households.\n", "en", "Huu Kiem Agricultural Cooperative"],
  ["Goats\n\nOn 5 May 2024, the Ky Son District Women's Union gave 30 goats to poor women in Bao Nam commune.\n", "en", "Ky Son District Women's Union"],
  ["Training\n\nIn April 2024, CARE International in Vietnam trained 80 women in Muong Tip commune.\n", "en", "CARE International"],
  ["Pigs\n\nOxfam gave 100 pigs to households in Huu Kiem commune in 2020.\n", "en", "Oxfam"],
  ["Grant\n\nIn 2023 the Australian Department of Foreign Affairs and Trade (DFAT) funded roads in Bao Nam commune.\n", "en", "Australian Department of Foreign Affairs and Trade"],
  [
    "Training\n\nIn 2024 the Nghe An Department of Agriculture and Rural Development trained 120 farmers in Ky Son district.\n",
    "en",
    "Nghe An Department of Agriculture and Rural Development",
  ],
  ["Thú y\n\nNgày 18.4.2024, Chi cục Chăn nuôi và Thú y tỉnh Nghệ An tiêm phòng cho 3.000 con gia súc ở xã Bảo Nam.\n", "vi", "Chi cục Chăn nuôi và Thú y tỉnh Nghệ An"],
  ["Học bổng\n\nNgày 15.8.2024, Hội Khuyến học huyện Kỳ Sơn trao 50 suất học bổng cho học sinh nghèo.\n", "vi", "Hội Khuyến học huyện Kỳ Sơn"],
  ["Giữ rừng\n\nNăm 2024, Ban Quản lý rừng phòng hộ Kỳ Sơn giao khoán 300 ha rừng cho 60 hộ.\n", "vi", "Ban Quản lý rừng phòng hộ Kỳ Sơn"],
  ["Vốn tín dụng\n\nNăm 2024, Agribank chi nhánh huyện Kỳ Sơn cho 25 hộ ở xã Mường Típ vay vốn.\n", "vi", "Agribank chi nhánh huyện Kỳ Sơn"],
  ["Chính sách dân tộc\n\nNgày 9 tháng 9 năm 2024, Ban Dân tộc tỉnh Nghệ An cấp 200 con gà cho đồng bào xã Hữu Kiệm.\n", "vi", "Ban Dân tộc tỉnh Nghệ An"],
  ["Chăm sóc người già\n\nNăm 2024, Hội Người cao tuổi xã Bảo Nam thăm hỏi 30 cụ ốm đau.\n", "vi", "Hội Người cao tuổi xã Bảo Nam"],
  ["Members\n\nIn 2024 the Vietnam Farmers' Union (VNFU) trained 200 members in Ky Son district.\n", "en", "Vietnam Farmers' Union"],
  ["Partner\n\nHeifer's local partner, the Nghe An Farmers' Union, gave 25 cows to households in Bao Nam commune in 2024.\n", "en", "Nghe An Farmers' Union"],
  ["Boarding school\n\nIn 2023 the Ky Son Ethnic Boarding School received 100 beds from the Red Cross Society of Vietnam.\n", "en", "Red Cross Society of Vietnam"],
  ["Bank\n\nAgribank's Ky Son branch lent money to 25 households in Muong Tip commune in 2024.\n", "en", "Agribank"],
  ["Thoát nghèo\n\nÔng Vi Văn Sơn, Chủ tịch UBND xã Bảo Nam, cho biết năm 2024 xã có 40 hộ thoát nghèo.\n", "vi", "UBND xã Bảo Nam"],
  ["Gà giống\n\nNgày 10/1/2024, Sở NN&PTNT tỉnh Nghệ An cấp 300 con gà cho xã Hữu Kiệm.\n", "vi", "Sở NN&PTNT tỉnh Nghệ An"],
  ["Bò giống\n\nNăm 2024, Ủy ban nhân dân (UBND) tỉnh Nghệ An trao 500 con bò cho các huyện miền núi.\n", "vi", "Ủy ban nhân dân (UBND) tỉnh Nghệ An"],
  ["Lợn giống\n\nNgày 20/10/2024, Hội Liên hiệp Phụ nữ (LHPN) huyện Kỳ Sơn trao 40 con lợn cho hội viên.\n", "vi", "Hội Liên hiệp Phụ nữ (LHPN) huyện Kỳ Sơn"],
  ["Cho vay\n\nQuý I/2024, Ngân hàng Chính sách xã hội (NHCSXH) huyện Kỳ Sơn cho vay 5 tỷ đồng.\n", "vi", "Ngân hàng Chính sách xã hội (NHCSXH) huyện Kỳ Sơn"],
  ["Phụ nữ nghèo\n\nNgày 3/5/2024, Hội LHPN Việt Nam trao 100 triệu đồng cho phụ nữ nghèo xã Mường Típ.\n", "vi", "Hội LHPN Việt Nam"],
  ["Nuôi lợn\n\nNăm 2024, được sự hỗ trợ của Tổ chức Tầm nhìn Thế giới, 30 hộ ở xã Bảo Nam nuôi lợn.\n", "vi", "Tầm nhìn Thế giới"],
  ["Bò\n\nMới đây, tại xã Hữu Kiệm, Hội Nông dân tỉnh phối hợp với Công ty TNHH MTV Nông sản Miền Tây trao 10 con bò.\n", "vi", "Công ty TNHH MTV Nông sản Miền Tây"],
  ["Nuôi cá\n\nHTX Thủy sản Mường Típ vừa được thành lập với 15 thành viên.\n", "vi", "HTX Thủy sản Mường Típ"],
  ["Bò\n\nNgày 4/4/2024, 20 con bò được trao cho hộ nghèo xã Bảo Nam. Đơn vị tài trợ là Hội Chữ thập đỏ huyện Kỳ Sơn.\n", "vi", "Hội Chữ thập đỏ huyện Kỳ Sơn"],
  ["Sách\n\nNgày 5/9/2024, Trường Tiểu học Bảo Nam nhận 200 bộ sách từ Hội Khuyến học tỉnh.\n", "vi", "Trường Tiểu học Bảo Nam"],
  ["School\n\nThe Korea International Cooperation Agency (KOICA) funded a school in Huu Kiem commune.\n", "en", "Korea International Cooperation Agency"],
  ["Women\n\nThe Vietnam Women's Union (VWU) trained 50 women in Huu Kiem commune in 2024.\n", "en", "Vietnam Women's Union"],
  ["Cows\n\nHuu Kiem commune received 20 cows on 4 April 2024. They were a gift from the Nghe An Red Cross.\n", "en", "Nghe An Red Cross"],
  ["Scholarships\n\nThe scholarships were funded by the Ky Son District Study Promotion Association.\n", "en", "Ky Son District Study Promotion Association"],
  ["Cows\n\nMrs. Lo Thi Mai of the Bao Nam Commune Women's Union said 15 families got cows.\n", "en", "Bao Nam Commune Women's Union"],
  ["Goats\n\nThe local women's union in Bao Nam commune chose 20 households. Each received two goats in May 2024.\n", "en", "Local women's union"],
  ["Youth\n\nIn 2024 the Ho Chi Minh Communist Youth Union of Ky Son district gave 5 cows to young farmers.\n", "en", "Ho Chi Minh Communist Youth Union of Ky Son district"],
];

/** Bodies in a list: every one is drafted. */
const LISTED: readonly [string, "vi" | "en", string[]][] = [
  ["Ra quân\n\nNgày 2/9/2024, Hội Nông dân, Hội Phụ nữ và Huyện đoàn Kỳ Sơn ra quân làm đường tại xã Hữu Kiệm.\n", "vi", ["Huyện đoàn Kỳ Sơn"]],
  ["Partners\n\nIn 2024, Oxfam and the Ky Son District Farmers' Union trained 60 farmers in Bao Nam commune.\n", "en", ["Oxfam", "Ky Son District Farmers' Union"]],
  ["Khám bệnh\n\nNgày 4/4/2024, Hội Phụ nữ xã Hữu Kiệm phối hợp với Trạm Y tế xã Hữu Kiệm khám bệnh cho 80 phụ nữ.\n", "vi", ["Hội Phụ nữ xã Hữu Kiệm", "Trạm Y tế xã Hữu Kiệm"]],
  [
    "Donors\n\nThe project is funded by UNICEF, Save the Children and the Nghe An Provincial People's Committee.\n",
    "en",
    ["UNICEF", "Save the Children", "Nghe An Provincial People's Committee"],
  ],
];

/** [headline and body, language, a pattern no drafted body's name may match]. */
const LOOK_ALIKES: readonly [string, "vi" | "en", RegExp][] = [
  ["Tổng kết\n\nNgày 20/12/2024, xã Hữu Kiệm tổ chức Hội nghị tổng kết công tác giảm nghèo.\n", "vi", /^Hội nghị/u],
  ["Nấu ăn\n\nNgày 10/10/2024, xã Bảo Nam tổ chức Hội thi nấu ăn cho 12 đội.\n", "vi", /^Hội thi/u],
  ["Dịch bệnh\n\nNăm 2024, xã Mường Típ đẩy mạnh công tác Phòng chống dịch bệnh cho đàn bò.\n", "vi", /^Phòng chống/u],
  ["Mô hình\n\nSở dĩ mô hình nuôi dê ở xã Hữu Kiệm thành công là nhờ 30 hộ tham gia tích cực.\n", "vi", /^Sở dĩ/u],
  ["Chợ phiên\n\nNgày 1/6/2024, chợ phiên họp tại Trung tâm xã Bảo Nam thu hút 500 người.\n", "vi", /^Trung tâm xã/u],
  ["Ngân hàng bò\n\nNăm 2024, mô hình Ngân hàng bò ở xã Hữu Kiệm giúp 10 hộ có bò giống.\n", "vi", /^Ngân hàng bò/u],
  ["Giảm nghèo\n\nNăm 2024, Chương trình mục tiêu quốc gia giảm nghèo bền vững hỗ trợ 40 hộ ở xã Mường Típ.\n", "vi", /^Chương trình/u],
  ["Gương sáng\n\nÔng Lò Văn Hội ở xã Bảo Nam nuôi 20 con bò và giúp 5 hộ nghèo.\n", "vi", /Hội$/u],
  ["Chủ tịch\n\nNgày 3/3/2024, Chủ tịch Hội Nông dân xã Hữu Kiệm thăm 10 hộ nuôi dê.\n", "vi", /^Chủ tịch/u],
  ["Nhóm hộ\n\nNăm 2024, Tổ hợp tác nuôi ong xã Bảo Nam có 12 hộ tham gia.\n", "vi", /^Tổ hợp tác nuôi ong.*(?:có|tham gia)/u],
  ["Programme\n\nIn 2024 the Sustainable Poverty Reduction Programme supported 40 households in Muong Tip commune.\n", "en", /Programme/u],
  ["Day\n\nOn International Women's Day 2024, women in Bao Nam commune received 30 goats.\n", "en", /Women's Day/u],
  ["Director\n\nThe Director of the provincial department visited 10 households in Huu Kiem commune in May 2024.\n", "en", /^(?:The )?Director/u],
  ["District\n\nIn 2024 Ky Son District gave 20 cows to poor households in Bao Nam commune.\n", "en", /^Ky Son District$/u],
  ["Tập huấn\n\nTổ chức tốt các lớp tập huấn, xã Bảo Nam giúp 40 hộ nắm kỹ thuật nuôi bò.\n", "vi", /^Tổ chức tốt/u],
  ["Phong trào\n\nNăm 2024, Công tác Hội ở xã Mường Típ có nhiều đổi mới, 20 hộ thoát nghèo.\n", "vi", /^Công tác/u],
  ["Hội viên\n\nNgày 7/7/2024, 25 hội viên Hội Nông dân xã Hữu Kiệm nhận 50 con lợn giống.\n", "vi", /^hội viên/iu],
  ["Women\n\nIn 2024, the women of Bao Nam commune formed a savings group and bought 12 cows.\n", "en", /^(?:the )?women of/iu],
  ["Tặng bò\n\nNgày 2/2/2024, ông Hội và bà Sở ở xã Bảo Nam được tặng 2 con bò.\n", "vi", /(?:Hội|Sở)/u],
  ["Chăn thả\n\nBan ngày, các hộ ở xã Mường Típ chăn thả 50 con bò trên đồi.\n", "vi", /^Ban ngày/u],
  ["Đất công\n\nNăm 2024, Quỹ đất công của xã Hữu Kiệm được giao cho 12 hộ trồng rau.\n", "vi", /^Quỹ đất/u],
];

describe("orgs7 robustness: a body named in a sentence is drafted with its whole name", () => {
  it.each(NAMED)("%#: %s", (text, lang, name) => {
    expect(orgs(text, lang).map((o) => o.replace(/ \([\p{Lu}&]{2,10}\)$/u, ""))).toContain(name);
  });
});

describe("orgs7 robustness: every body of a list", () => {
  it.each(LISTED)("%#: %s", (text, lang, names) => {
    const got = orgs(text, lang);
    for (const n of names) expect(got).toContain(n);
  });
});

describe("orgs7 robustness: look-alikes draft no body", () => {
  it.each(LOOK_ALIKES)("%#: %s", (text, lang, pattern) => {
    expect(orgs(text, lang).filter((o) => pattern.test(o))).toEqual([]);
  });
});
