/**
 * (round 8, orgs8) A second robustness suite for organizations and people: sentences written for this test (no
 * article read), the way provincial portals, national papers and NGO sites write. English bodies with their
 * place after "of", possessives, long institute and university names, acronyms in brackets used alone later,
 * embassies, foundations, country offices and donors' agencies; Vietnamese bodies after the 2025 reform (commune
 * level, "Sở Nông nghiệp và Môi trường"), short forms, cooperatives and companies, bodies in lists; people with
 * a post in brackets, before or after the name, Ede and Jarai names, English titles. Look-alikes: a place alone,
 * a programme, a post with no body, a headline-cased sentence, a product's brand.
 * Each case runs through the whole pipeline against the small test gazetteer.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel, relLines } from "../helpers/ingest-rels";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

type Lang = "vi" | "en";
const namesOf = (seed: ReturnType<typeof draft>, kind: Label): string[] => seed.entities.filter((e) => e.kind === kind).map((e) => String(e.name));
/** A drafted body's name; a Vietnamese name may keep its initials in brackets (the reader's convention). */
const orgs = (text: string, lang: Lang): string[] => namesOf(draft(text, lang), Label.Organization).map((o) => o.replace(/ \([\p{Lu}&]{2,10}\)$/u, ""));
const matches = (got: readonly string[], want: string | RegExp): boolean => got.some((g) => (typeof want === "string" ? g === want : want.test(g)));

/** [headline and body, language, the body's name as drafted]. */
const NAMED: readonly [string, Lang, string | RegExp][] = [
  // Vietnamese: the two-level state after 2025, short forms, businesses, a place that ends the sentence
  ["Bò giống\n\nNgày 15/7/2025, UBND xã Hữu Kiệm trao 12 con bò giống cho các hộ nghèo.\n", "vi", "UBND xã Hữu Kiệm"],
  ["Sơ kết\n\nNgày 20/7/2025, Đảng ủy xã Bảo Nam họp sơ kết công tác 6 tháng đầu năm.\n", "vi", "Đảng ủy xã Bảo Nam"],
  ["Cây quế\n\nTháng 8/2025, Sở Nông nghiệp và Môi trường tỉnh Nghệ An cấp 2.000 cây quế giống cho xã Mường Típ.\n", "vi", "Sở Nông nghiệp và Môi trường tỉnh Nghệ An"],
  ["Lợn giống\n\nNăm 2025, Hội LHPN xã Bảo Nam trao 8 con lợn cho hội viên khó khăn.\n", "vi", "Hội LHPN xã Bảo Nam"],
  ["Trồng gừng\n\nNgày 3/9/2025, Hội ND xã Hữu Kiệm mở lớp hướng dẫn trồng gừng cho 40 hộ.\n", "vi", "Hội ND xã Hữu Kiệm"],
  ["Làm đường\n\nChủ nhật vừa qua, Đoàn TN xã Mường Típ ra quân sửa 2 km đường liên bản.\n", "vi", "Đoàn TN xã Mường Típ"],
  ["Quà Tết\n\nNgày 20/1/2025, Ủy ban MTTQ xã Bảo Nam trao 50 suất quà Tết cho hộ nghèo.\n", "vi", "Ủy ban MTTQ xã Bảo Nam"],
  ["Nhà Đại đoàn kết\n\nNăm 2025, MTTQ xã Hữu Kiệm vận động xây 3 ngôi nhà Đại đoàn kết.\n", "vi", "MTTQ xã Hữu Kiệm"],
  ["Thu mua gừng\n\nVụ này, HTX Nông nghiệp dịch vụ Hữu Kiệm thu mua 20 tấn gừng của bà con.\n", "vi", "HTX Nông nghiệp dịch vụ Hữu Kiệm"],
  ["Chanh leo\n\nNăm 2025, Công ty TNHH Nông sản Xanh Nghệ An ký hợp đồng bao tiêu chanh leo với 60 hộ.\n", "vi", "Công ty TNHH Nông sản Xanh Nghệ An"],
  ["Chè búp\n\nNăm nay, Công ty CP Chè Kỳ Sơn mua chè búp tươi của 120 hộ ở xã Bảo Nam.\n", "vi", "Công ty CP Chè Kỳ Sơn"],
  ["Bò giống\n\nNăm 2025, 30 hộ nghèo đã nhận bò giống từ Hội Chữ thập đỏ xã Mường Típ.\n", "vi", "Hội Chữ thập đỏ xã Mường Típ"],
  ["Ra mắt\n\nBuổi ra mắt mô hình có sự tham gia của Hội Nông dân xã Hữu Kiệm.\n", "vi", "Hội Nông dân xã Hữu Kiệm"],
  ["Nuôi dê\n\nDự án nuôi dê năm 2025 do Phòng Kinh tế xã Bảo Nam.\n", "vi", "Phòng Kinh tế xã Bảo Nam"],
  ["Một cửa\n\nTháng 7/2025, Trung tâm Phục vụ hành chính công xã Hữu Kiệm tiếp nhận 200 hồ sơ.\n", "vi", "Trung tâm Phục vụ hành chính công xã Hữu Kiệm"],
  ["Giám sát\n\nNgày 9/10/2025, HĐND xã Bảo Nam giám sát việc cấp bò tại 5 bản.\n", "vi", "HĐND xã Bảo Nam"],
  ["Nhà tình nghĩa\n\nNăm 2025, Hội CCB xã Hữu Kiệm bàn giao 2 ngôi nhà tình nghĩa.\n", "vi", "Hội CCB xã Hữu Kiệm"],
  ["Ngô giống\n\nVụ xuân 2025, Công ty Cổ phần Giống cây trồng Nghệ An cung ứng 5 tấn ngô giống cho xã Mường Típ.\n", "vi", "Công ty Cổ phần Giống cây trồng Nghệ An"],
  ["Nuôi dê\n\nHTX Chăn nuôi dê Bảo Nam được thành lập năm 2025 với 12 thành viên.\n", "vi", "HTX Chăn nuôi dê Bảo Nam"],
  ["Dụng cụ\n\nNăm 2025, Quỹ Dân số Liên hợp quốc cấp 500 bộ dụng cụ sơ sinh cho xã Mường Típ.\n", "vi", "Quỹ Dân số Liên hợp quốc"],
  ["Sửa nhà\n\nNăm 2025, Quỹ Vì người nghèo xã Hữu Kiệm hỗ trợ 3 hộ sửa nhà.\n", "vi", "Quỹ Vì người nghèo xã Hữu Kiệm"],
  ["Học bổng\n\nNăm học này, Quỹ Bảo trợ trẻ em tỉnh Nghệ An trao 40 suất học bổng cho học sinh xã Bảo Nam.\n", "vi", "Quỹ Bảo trợ trẻ em tỉnh Nghệ An"],
  ["Giống lúa\n\nNăm 2025, Viện Khoa học Nông nghiệp Việt Nam chuyển giao giống lúa mới cho nông dân xã Bảo Nam.\n", "vi", "Viện Khoa học Nông nghiệp Việt Nam"],
  ["Khảo sát\n\nTháng 5/2025, Trường Đại học Vinh khảo sát sinh kế của 100 hộ ở xã Mường Típ.\n", "vi", "Trường Đại học Vinh"],
  ["Áo ấm\n\nNgày 2/12/2025, Bộ đội Biên phòng tỉnh Nghệ An tặng 300 áo ấm cho học sinh xã Mường Típ.\n", "vi", "Bộ đội Biên phòng tỉnh Nghệ An"],
  ["Nước sạch\n\nNăm 2025, Tổ chức Tầm nhìn Thế giới Việt Nam xây 2 bể nước cho xã Hữu Kiệm.\n", "vi", /^(?:Tổ chức )?Tầm nhìn Thế giới Việt Nam$/u],
  ["Tập huấn\n\nNgày 5/6/2025, Trung tâm Dịch vụ nông nghiệp xã Bảo Nam tập huấn cho 50 hộ trồng rau.\n", "vi", "Trung tâm Dịch vụ nông nghiệp xã Bảo Nam"],
  ["Vay vốn\n\nNăm 2025, Phòng giao dịch Ngân hàng Chính sách xã hội xã Hữu Kiệm cho 45 hộ vay vốn.\n", "vi", "Phòng giao dịch Ngân hàng Chính sách xã hội xã Hữu Kiệm"],
  // English: the place after "of", possessives, long names, donors' agencies, embassies, foundations, country offices
  [
    "Training\n\nIn May 2025 the Department of Agriculture and Rural Development of Nghe An province trained 80 farmers in Bao Nam commune.\n",
    "en",
    "Department of Agriculture and Rural Development of Nghe An province",
  ],
  [
    "Seedlings\n\nThe Department of Agriculture and Environment of Nghe An province gave 2,000 cinnamon seedlings to Muong Tip commune in 2025.\n",
    "en",
    "Department of Agriculture and Environment of Nghe An province",
  ],
  [
    "Seedlings\n\nIn August 2025 the Nghe An Provincial Department of Agriculture and Environment delivered tea seedlings to 70 households.\n",
    "en",
    "Nghe An Provincial Department of Agriculture and Environment",
  ],
  ["Goats\n\nIn 2025 Nghe An's provincial Women's Union gave 40 goats to poor women in Bao Nam commune.\n", "en", /^Nghe An(?:'s)? [Pp]rovincial Women's Union$/u],
  ["Cows\n\nOn 12 July 2025 the People's Committee of Huu Kiem commune handed over 15 cows to poor families.\n", "en", "People's Committee of Huu Kiem commune"],
  [
    "Plan\n\nIn June 2025 the Standing Committee of the Ky Son District Party Committee approved a plan to end poverty.\n",
    "en",
    "Standing Committee of the Ky Son District Party Committee",
  ],
  ["Rice\n\nIn 2025 the Vietnam Academy of Agricultural Sciences tested three new rice varieties in Bao Nam commune.\n", "en", "Vietnam Academy of Agricultural Sciences"],
  ["Students\n\nIn 2025 the Vietnam National University of Agriculture sent 20 students to Huu Kiem commune.\n", "en", "Vietnam National University of Agriculture"],
  [
    "Maize\n\nThe Northern Mountainous Agriculture and Forestry Science Institute tested maize in Muong Tip commune in 2024.\n",
    "en",
    "Northern Mountainous Agriculture and Forestry Science Institute",
  ],
  ["NGO\n\nIn 2025 the Centre for Sustainable Rural Development, a Vietnamese NGO, trained 30 women in Bao Nam commune.\n", "en", "Centre for Sustainable Rural Development"],
  ["Relief\n\nIn October 2025 the Vietnam Red Cross Society gave rice to 200 households in Muong Tip commune.\n", "en", "Vietnam Red Cross Society"],
  ["Wells\n\nThe Embassy of Ireland in Vietnam funded four wells in Huu Kiem commune in 2024.\n", "en", /^Embassy of Ireland(?: in Vietnam)?$/u],
  ["Classrooms\n\nIn 2025 the Asia Foundation built two classrooms in Bao Nam commune.\n", "en", /^(?:The )?Asia Foundation$/u],
  ["Grant\n\nIn 2024 the Ford Foundation funded a study of ginger farming in Huu Kiem commune.\n", "en", /^(?:The )?Ford Foundation$/u],
  ["Nutrition\n\nIn 2025 the UNICEF Country Office in Viet Nam supported nutrition classes in Muong Tip commune.\n", "en", /^(?:UNICEF Country Office|UNICEF)(?: in Viet Nam)?$/u],
  ["Loans\n\nIn 2024 USAID funded a loan fund for 50 women in Bao Nam commune.\n", "en", "USAID"],
  ["Clinic\n\nIn 2025 KOICA built a clinic in Huu Kiem commune.\n", "en", "KOICA"],
  ["Forest\n\nIn 2023 GIZ helped Muong Tip commune plan its forest land.\n", "en", "GIZ"],
  ["Water\n\nIn 2024 the Swiss Agency for Development and Cooperation funded clean water for Bao Nam commune.\n", "en", "Swiss Agency for Development and Cooperation"],
  ["Roads\n\nIn 2025 the French Development Agency lent money for rural roads in Ky Son district.\n", "en", "French Development Agency"],
  ["Grant\n\nIn 2025 the EU Delegation to Vietnam funded a forest project in Muong Tip commune.\n", "en", "EU Delegation to Vietnam"],
  ["Cows\n\nIn 2025 Heifer International Vietnam gave 60 cows to households in Huu Kiem commune.\n", "en", "Heifer International Vietnam"],
  ["Farmers\n\nIn 2025 the Ky Son District Farmers' Association trained 90 farmers in Bao Nam commune.\n", "en", "Ky Son District Farmers' Association"],
  ["Meeting\n\nIn March 2025 the Bao Nam Commune Party Committee met to review the goat project.\n", "en", "Bao Nam Commune Party Committee"],
  ["Youth\n\nIn 2025 the Huu Kiem Commune Youth Union repaired 3 km of road.\n", "en", "Huu Kiem Commune Youth Union"],
  ["Tea\n\nSince 2024 the Bao Nam Tea Cooperative has bought fresh tea from 80 households.\n", "en", "Bao Nam Tea Cooperative"],
  ["Seed\n\nIn 2025 Hoang Long Seed Company supplied maize seed to Muong Tip commune.\n", "en", "Hoang Long Seed Company"],
  ["Policy\n\nIn 2025 the Ministry of Agriculture and Environment sent a team to Ky Son district.\n", "en", "Ministry of Agriculture and Environment"],
  [
    "Study\n\nIn 2024 the Institute of Policy and Strategy for Agriculture and Rural Development surveyed 100 households in Huu Kiem commune.\n",
    "en",
    "Institute of Policy and Strategy for Agriculture and Rural Development",
  ],
  [
    "Students\n\nIn 2025 the Thai Nguyen University of Agriculture and Forestry trained 40 farmers in Bao Nam commune.\n",
    "en",
    "Thai Nguyen University of Agriculture and Forestry",
  ],
  ["Union\n\nThe Vice Chairman of the Nghe An Farmers' Union Mr. Tran Van Binh visited Huu Kiem commune in 2025.\n", "en", "Nghe An Farmers' Union"],
  ["Loans\n\nIn 2025 the Ky Son branch of the Vietnam Bank for Social Policies lent money to 45 households.\n", "en", "Vietnam Bank for Social Policies"],
  ["Women\n\nIn 2025 the Women's Union of Bao Nam commune set up a savings group with 25 members.\n", "en", "Women's Union of Bao Nam commune"],
  // written after the first run: more variants of the shapes the rules were widened for
  [
    "Visit\n\nIn 2025 the Standing Committee of the Nghe An Provincial Party Committee visited Muong Tip commune.\n",
    "en",
    "Standing Committee of the Nghe An Provincial Party Committee",
  ],
  [
    "Cow bank\n\nThe Standing Committee of the Bao Nam Commune Party Committee met on 3 March 2025 to discuss the cow bank.\n",
    "en",
    "Standing Committee of the Bao Nam Commune Party Committee",
  ],
  ["Model farmers\n\nThe Executive Committee of the Nghe An Farmers' Union chose 20 model farmers in 2025.\n", "en", "Executive Committee of the Nghe An Farmers' Union"],
  ["Farmers\n\nIn 2025 Ky Son's district Farmers' Union trained 50 farmers in Huu Kiem commune.\n", "en", /^Ky Son(?:'s)? [Dd]istrict Farmers' Union$/u],
  ["Blankets\n\nIn 2025 Nghe An's provincial Red Cross gave 100 blankets to Muong Tip commune.\n", "en", /^Nghe An(?:'s)? [Pp]rovincial Red Cross$/u],
  ["Market\n\nIn April 2025 Bao Nam's commune Youth Union cleaned the market.\n", "en", /^Bao Nam(?:'s)? [Cc]ommune Youth Union$/u],
  ["Forest school\n\nThe EU Delegation to Viet Nam funded a forest school in Bao Nam commune in 2025.\n", "en", "EU Delegation to Viet Nam"],
  ["Visit\n\nIn 2024 the European Union Delegation to Vietnam visited Huu Kiem commune.\n", "en", "European Union Delegation to Vietnam"],
  ["Cows\n\nA grant from the EU Delegation to Vietnam paid for 12 cows in Muong Tip commune in 2025.\n", "en", "EU Delegation to Vietnam"],
  [
    "Mango\n\nIn 2025 the Southern Fruit and Vegetable Research Institute tested five mango varieties in Bao Nam commune.\n",
    "en",
    "Southern Fruit and Vegetable Research Institute",
  ],
  ["Soil\n\nIn 2025 the Soil and Fertilizer Research Institute took soil samples in Huu Kiem commune.\n", "en", "Soil and Fertilizer Research Institute"],
  ["Forest\n\nThe Forest Science and Technology Centre planted 20 hectares in Muong Tip commune in 2024.\n", "en", "Forest Science and Technology Centre"],
  ["Staff\n\nIn 2025 the Provincial Project Management Unit hired five staff for the goat project in Bao Nam commune.\n", "en", "Provincial Project Management Unit"],
  ["Canal\n\nIn 2025 the Ky Son District Project Management Board built 4 km of canal in Huu Kiem commune.\n", "en", "Ky Son District Project Management Board"],
  ["Contracts\n\nIn 2025 the Project Management Unit of Nghe An province signed 12 contracts for Muong Tip commune.\n", "en", "Project Management Unit of Nghe An province"],
  ["Meeting\n\nThe Central Project Management Unit of the CSSP project met in Ky Son district in 2025.\n", "en", "Central Project Management Unit of the CSSP project"],
  ["Gừng\n\nNăm 2025, Công ty TNHH Hoàng Văn Thụ mua gừng của bà con xã Bảo Nam.\n", "vi", "Công ty TNHH Hoàng Văn Thụ"],
  ["Gừng\n\nGiám đốc Công ty TNHH Lê Lợi cho biết năm 2025 công ty mua 30 tấn gừng.\n", "vi", "Công ty TNHH Lê Lợi"],
  ["Phân bón\n\nNăm 2025, HTX Nông nghiệp Bảo Nam cung ứng 3 tấn phân bón cho xã viên.\n", "vi", "HTX Nông nghiệp Bảo Nam"],
  ["Gừng\n\nNăm 2025, Công ty TNHH Gừng Kỳ Sơn mua gừng tươi của bà con xã Mường Típ.\n", "vi", "Công ty TNHH Gừng Kỳ Sơn"],
  ["Vắc xin\n\nNăm 2025, Quỹ Nhi đồng Liên hợp quốc cung cấp vắc xin cho trẻ em xã Mường Típ.\n", "vi", "Quỹ Nhi đồng Liên hợp quốc"],
  ["Nước sạch\n\nNăm 2025, Công ty Cấp nước Nghệ An lắp đồng hồ nước cho 200 hộ ở xã Hữu Kiệm.\n", "vi", "Công ty Cấp nước Nghệ An"],
  [
    "Vật tư\n\nNăm 2025, Trung tâm Dịch vụ cung ứng vật tư nông nghiệp xã Bảo Nam bán phân bón trả chậm cho 40 hộ.\n",
    "vi",
    "Trung tâm Dịch vụ cung ứng vật tư nông nghiệp xã Bảo Nam",
  ],
];

/** Bodies in a list with "và", "cùng", commas or "and": every one named is drafted. */
const LISTED: readonly [string, Lang, (string | RegExp)[]][] = [
  ["Trao bò\n\nNgày 2/8/2025, UBND xã Hữu Kiệm cùng Hội Nông dân xã Bảo Nam trao 10 con bò.\n", "vi", ["UBND xã Hữu Kiệm", "Hội Nông dân xã Bảo Nam"]],
  ["Khám bệnh\n\nNgày 4/8/2025, Trạm Y tế xã Mường Típ và Hội LHPN xã Mường Típ khám bệnh cho 80 phụ nữ.\n", "vi", ["Trạm Y tế xã Mường Típ", "Hội LHPN xã Mường Típ"]],
  [
    "Cây giống\n\nNăm 2025, Sở Nông nghiệp và Môi trường tỉnh Nghệ An, Công ty CP Chè Kỳ Sơn và HTX Chè Bảo Nam ký kết liên kết.\n",
    "vi",
    ["Sở Nông nghiệp và Môi trường tỉnh Nghệ An", "Công ty CP Chè Kỳ Sơn", "HTX Chè Bảo Nam"],
  ],
  [
    "Donors\n\nThe project is funded by KOICA, the Asia Foundation and the People's Committee of Bao Nam commune.\n",
    "en",
    ["KOICA", /Asia Foundation$/u, "People's Committee of Bao Nam commune"],
  ],
  [
    "Partners\n\nIn 2025 Heifer International Vietnam and the Nghe An Farmers' Union gave 30 cows to Huu Kiem commune.\n",
    "en",
    ["Heifer International Vietnam", "Nghe An Farmers' Union"],
  ],
  [
    "Partners\n\nThe Vietnam Red Cross Society, the Bao Nam Commune Women's Union and Hoang Long Seed Company joined the relief drive in 2025.\n",
    "en",
    ["Vietnam Red Cross Society", "Bao Nam Commune Women's Union", "Hoang Long Seed Company"],
  ],
  // written after the first run: short forms that share the list's place
  ["Vệ sinh\n\nNăm 2025, Hội LHPN, Hội ND và Đoàn TN xã Bảo Nam ra quân dọn vệ sinh.\n", "vi", ["Hội LHPN xã Bảo Nam", "Hội ND xã Bảo Nam", "Đoàn TN xã Bảo Nam"]],
  ["Bò\n\nNgày 2/9/2025, Hội CCB, Hội ND xã Hữu Kiệm trao 3 con bò cho hộ khó khăn.\n", "vi", ["Hội CCB xã Hữu Kiệm", "Hội ND xã Hữu Kiệm"]],
  ["Sửa nhà\n\nNăm 2025, Đoàn TN cùng Hội LHPN xã Mường Típ sửa nhà cho 2 hộ.\n", "vi", ["Đoàn TN xã Mường Típ", "Hội LHPN xã Mường Típ"]],
  ["Dê\n\nNăm 2025, Hội ND và UBND xã Bảo Nam trao 10 con dê.\n", "vi", ["Hội ND xã Bảo Nam", "UBND xã Bảo Nam"]],
  ["Thăm hộ\n\nNăm 2025, Đảng ủy cùng UBND xã Hữu Kiệm thăm 20 hộ khó khăn.\n", "vi", ["Đảng ủy xã Hữu Kiệm", "UBND xã Hữu Kiệm"]],
];

/** [text, language, the full name, its initials]: the full name is drafted, the initials used alone later are no second body. */
const ACRONYMS: readonly [string, Lang, string, string][] = [
  [
    "Rice\n\nThe Vietnam Academy of Agricultural Sciences (VAAS) tested rice in Bao Nam commune in 2025. VAAS will return next year.\n",
    "en",
    "Vietnam Academy of Agricultural Sciences",
    "VAAS",
  ],
  [
    "Study\n\nThe Centre for Sustainable Rural Development (SRD) surveyed Huu Kiem commune in 2024. SRD then trained 30 farmers there.\n",
    "en",
    "Centre for Sustainable Rural Development",
    "SRD",
  ],
  [
    "Water\n\nThe Swiss Agency for Development and Cooperation (SDC) funded water tanks in Muong Tip commune in 2024. In 2025 SDC added two more.\n",
    "en",
    "Swiss Agency for Development and Cooperation",
    "SDC",
  ],
  [
    "Roads\n\nThe French Development Agency (AFD) lent money for roads in Ky Son district in 2025. AFD said the roads would open in 2026.\n",
    "en",
    "French Development Agency",
    "AFD",
  ],
];

/** [headline and body, language, a pattern no drafted body's name may match]. */
const ORG_LOOK_ALIKES: readonly [string, Lang, RegExp][] = [
  ["Place\n\nIn 2025 Nghe An province planted 2,000 hectares of cinnamon.\n", "en", /^Nghe An(?: province)?$/iu],
  ["Nơi\n\nNăm 2025, xã Hữu Kiệm trồng mới 30 ha quế.\n", "vi", /Hữu Kiệm$/u],
  ["Programme\n\nIn 2025 the National Target Programme for New Rural Development paved 5 km of road in Bao Nam commune.\n", "en", /Programme|Development$/u],
  ["Chương trình\n\nNăm 2025, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số hỗ trợ 20 hộ.\n", "vi", /^Chương trình|dân tộc thiểu số$/u],
  ["Post\n\nThe Chairman said 40 households in Huu Kiem commune had escaped poverty in 2025.\n", "en", /Chairman/u],
  ["Chức danh\n\nGiám đốc cho biết năm 2025 có 40 hộ ở xã Bảo Nam thoát nghèo.\n", "vi", /^Giám đốc/u],
  ["Headline\n\nHow Farmers In Muong Tip Commune Beat Poverty With Goats\n", "en", /Farmers|Goats|Poverty/u],
  ["Headline\n\nWomen Of The Highlands Build A Better Future\n", "en", /Women|Highlands/u],
  ["Tiêu đề\n\nNông Dân Bảo Nam Làm Giàu Từ Cây Gừng\n", "vi", /Nông Dân|Cây Gừng/u],
  ["Brand\n\nIn 2025 a farmer in Bao Nam commune bought a Honda Wave motorbike with his ginger money.\n", "en", /Honda/u],
  ["Thương hiệu\n\nNăm 2025, sản phẩm Chè Bảo Nam đạt chuẩn OCOP 3 sao.\n", "vi", /^Chè Bảo Nam$/u],
  ["Sở hữu\n\nSở hữu 3 ha chè, ông Lò Văn Minh ở xã Bảo Nam có thu nhập 200 triệu đồng mỗi năm.\n", "vi", /^Sở hữu/u],
  ["Đoàn kết\n\nĐoàn kết giúp nhau, 20 hộ ở xã Mường Típ đã thoát nghèo trong năm 2025.\n", "vi", /^Đoàn kết/u],
  ["Hội chợ\n\nNgày 5/9/2025, Hội chợ nông sản xã Hữu Kiệm thu hút 3.000 lượt khách.\n", "vi", /^Hội chợ/u],
  ["Ban hành\n\nBan hành kế hoạch từ tháng 3/2025, xã Bảo Nam đã trồng 20 ha rừng.\n", "vi", /^Ban hành/u],
  ["Day\n\nOn Vietnamese Farmers' Day 2025, 30 farmers in Huu Kiem commune received awards.\n", "en", /Farmers' Day/u],
  ["Fund\n\nThe fund gave 12 loans to women in Bao Nam commune in 2025.\n", "en", /^(?:The )?fund$/iu],
  ["Brand\n\nIn 2025 Ky Son Ginger won a national award for its packaging.\n", "en", /^Ky Son Ginger$/u],
  // written after the first run
  ["Member\n\nIn 2025 a member of the Nghe An Provincial Party Committee visited Muong Tip commune.\n", "en", /^(?:A )?[Mm]ember/u],
  ["Chairman\n\nIn 2025 the Chairman of the Ky Son District Party Committee visited Bao Nam commune.\n", "en", /Chairman/u],
  ["Roads\n\nIn 2025 Nghe An's provincial leaders met the Women's Union in Huu Kiem commune.\n", "en", /leaders|Nghe An provincial/u],
  ["Delegation\n\nIn May 2025 a delegation to Huu Kiem commune from the district checked the cows.\n", "en", /[Dd]elegation/u],
  ["Minister\n\nIn 2025 the Prime Minister and Ky Son District Health Centre staff met in Bao Nam commune.\n", "en", /Minister/u],
  ["Project\n\nIn 2025 the Heifer Project and Bao Nam Training Centre trained 30 farmers.\n", "en", /Project and/u],
  ["Management\n\nGood project management helped 40 farmers in Bao Nam commune in 2025.\n", "en", /[Mm]anagement/u],
  ["Management\n\nIn 2025 the CSSP Project hired a management unit for Huu Kiem commune.\n", "en", /[Mm]anagement/u],
  ["Hội tụ\n\nHội tụ đủ điều kiện, 12 hộ ở xã Bảo Nam được vay vốn năm 2025.\n", "vi", /^Hội tụ/u],
  ["Viện dẫn\n\nViện dẫn số liệu năm 2025, báo cáo nêu xã Hữu Kiệm có 40 hộ thoát nghèo.\n", "vi", /^Viện dẫn/u],
  ["Cùng\n\nNăm 2025, Hội ND tỉnh cùng UBND xã Bảo Nam trao 10 con bò.\n", "vi", /^Hội ND (?:tỉnh )?xã Bảo Nam$/u],
  ["Đoàn viên\n\nNăm 2025, đoàn viên Đoàn TN và người dân xã Hữu Kiệm làm 2 km đường.\n", "vi", /^Đoàn TN xã Hữu Kiệm$/u],
  ["Bà con\n\nCán bộ Hội ND cùng bà con xã Mường Típ trồng 500 cây quế.\n", "vi", /^Hội ND xã Mường Típ$/u],
  ["Credit\n\nNăm 2025, xã Bảo Nam có 30 hộ nuôi dê.\n\nLan Anh (Hội LHPN xã Bảo Nam)\n", "vi", /Hội LHPN/u],
  ["Credit\n\nNăm 2025, xã Hữu Kiệm trồng 20 ha chè.\n\nMinh Hà (Đoàn TN xã Hữu Kiệm)\n", "vi", /Đoàn TN/u],
];

/** [language, headline, sentence, the person's name, the body the person is a member of (null: the person alone)]. */
const PEOPLE: [Lang, string, string, string, RegExp | null][] = [
  // a post in brackets
  ["vi", "Tin hội", "Bà Lữ Thị Hoa (Chủ tịch Hội LHPN xã Bảo Nam) trao quà cho các hộ nghèo.", "Lữ Thị Hoa", /Hội LHPN xã Bảo Nam/u],
  ["vi", "Tin xã", "Ông Vi Văn Thành (Phó Chủ tịch UBND xã Hữu Kiệm) cho biết năm nay xã có 25 hộ thoát nghèo.", "Vi Văn Thành", /UBND xã Hữu Kiệm/u],
  ["vi", "Tin hội", "Anh Lô Văn Hùng (Bí thư Đoàn TN xã Mường Típ) dẫn đầu nhóm thanh niên sửa đường.", "Lô Văn Hùng", /Đoàn TN xã Mường Típ/u],
  ["en", "News", "Mr. Lo Van Sang (Chairman of the Bao Nam Commune People's Committee) welcomed the guests.", "Lo Van Sang", /Bao Nam Commune People's Committee/u],
  // an English body's name and the honorific after it
  ["en", "News", "Director of the Nghe An Red Cross Mr. Hoang Van Duc handed over the rice.", "Hoang Van Duc", /Nghe An Red Cross/u],
  ["en", "News", "The Vice Chairman of the Nghe An Farmers' Union Mr. Tran Van Binh visited the farms.", "Tran Van Binh", /Nghe An Farmers' Union/u],
  ["en", "News", "Chairwoman of the Ky Son District Women's Union Ms. Vi Thi Lan opened the class.", "Vi Thi Lan", /Ky Son District Women's Union/u],
  // Ede and Jarai names
  ["vi", "Tin xã", "Ông Y Bhin Niê, Chủ tịch UBND xã Bảo Nam, cho biết xã đã trồng 50 ha cà phê.", "Y Bhin Niê", /UBND xã Bảo Nam/u],
  ["vi", "Tin xã", "Chị H'Nga Êban ở xã Mường Típ nuôi 5 con bò sinh sản.", "H'Nga Êban", null],
  ["vi", "Tin xã", "Anh Ksor Nhông được vay 50 triệu đồng để trồng sầu riêng.", "Ksor Nhông", null],
  ["vi", "Tin hội", "Bà Rơ Mah H'Lim, Chủ tịch Hội LHPN xã Hữu Kiệm, trao 10 suất quà cho hội viên.", "Rơ Mah H'Lim", /Hội LHPN xã Hữu Kiệm/u],
  ["vi", "Tin xã", "Ông Siu Blơi, người dân xã Bảo Nam, đã trồng 2 ha cà phê.", "Siu Blơi", null],
  ["vi", "Tin xã", "Gia đình ông Y Kông Mlô năm nay thu 6 tấn cà phê.", "Y Kông Mlô", null],
  ["vi", "Tin xã", "Theo bà H'Yăm Niê, Phó Chủ tịch UBND xã Mường Típ, 30 hộ đã có nước sạch.", "H'Yăm Niê", /UBND xã Mường Típ/u],
  ["en", "News", "Mr. Y Bhin Nie, Chairman of the Bao Nam Commune People's Committee, said the coffee crop doubled.", "Y Bhin Nie", /Bao Nam Commune People's Committee/u],
  ["en", "News", "Ms. H'Nga Eban, a farmer in Muong Tip commune, now keeps five cows.", "H'Nga Eban", null],
  // a post before and after the name
  ["vi", "Tin xã", "Chủ tịch Hội Nông dân xã Bảo Nam Lò Văn Tiến cho biết hội đã giúp 12 hộ vay vốn.", "Lò Văn Tiến", /Hội Nông dân xã Bảo Nam/u],
  ["vi", "Tin xã", "Bí thư Đảng ủy xã Hữu Kiệm, ông Lương Văn Hải, chủ trì hội nghị.", "Lương Văn Hải", /Đảng ủy xã Hữu Kiệm/u],
  ["en", "News", "Chairman of Huu Kiem Commune People's Committee, Nguyen Van Toan, said 20 houses were finished.", "Nguyen Van Toan", /Huu Kiem Commune People's Committee/u],
  ["en", "News", "Dr. Tran Thi Mai, Director of the Vietnam Academy of Agricultural Sciences, praised the farmers.", "Tran Thi Mai", /Vietnam Academy of Agricultural Sciences/u],
  ["en", "News", "Ms. Hoang Thi Lan, head of the Ky Son District Women's Union, said the loans were repaid.", "Hoang Thi Lan", /Ky Son District Women's Union/u],
  ["en", "News", "Mr. Pham Van Hung, Vice Chairman of the Nghe An Farmers' Union, visited the goat farms.", "Pham Van Hung", /Nghe An Farmers' Union/u],
  // written after the first run
  [
    "vi",
    "Tin doanh nghiệp",
    "Giám đốc Công ty TNHH Nông sản Xanh Nghệ An Trần Văn Long cho biết công ty sẽ mua hết gừng.",
    "Trần Văn Long",
    /^Công ty TNHH Nông sản Xanh Nghệ An$/u,
  ],
  ["vi", "Tin HTX", "Chủ nhiệm HTX Chè Bảo Nam Lò Thị Hằng cho biết HTX có 30 thành viên.", "Lò Thị Hằng", /^HTX Chè Bảo Nam$/u],
  [
    "vi",
    "Tin doanh nghiệp",
    "Giám đốc Công ty CP Giống cây trồng Nghệ An Nguyễn Thị Hồng Vân trao 2 tấn ngô giống.",
    "Nguyễn Thị Hồng Vân",
    /^Công ty CP Giống cây trồng Nghệ An$/u,
  ],
  ["vi", "Tin khuyến nông", "Giám đốc Trung tâm Khuyến nông Nghệ An Lê Văn Hòa dự buổi nghiệm thu mô hình.", "Lê Văn Hòa", /^Trung tâm Khuyến nông Nghệ An$/u],
  ["vi", "Tin hội", "Ông Lò Văn Minh (Chủ tịch Hội Nông dân xã Mường Típ) phát biểu tại buổi lễ.", "Lò Văn Minh", /Hội Nông dân xã Mường Típ/u],
  ["vi", "Tin xã", "Chị Ksor H'Bơ ở xã Hữu Kiệm năm nay thu 3 tấn cà phê.", "Ksor H'Bơ", null],
  ["vi", "Tin xã", "Nhờ vốn vay, gia đình Y Thuân Niê đã xây được nhà mới.", "Y Thuân Niê", null],
  ["en", "News", "Mr. Ksor Nhong of Bao Nam commune planted two hectares of durian.", "Ksor Nhong", null],
  [
    "en",
    "News",
    "Director of the Nghe An Department of Agriculture and Environment Mr. Le Van Thanh praised the farmers.",
    "Le Van Thanh",
    /Department of Agriculture and Environment/u,
  ],
];

/** [language, sentence, a name that must not be drafted as a person]. */
const PEOPLE_LOOK_ALIKES: [Lang, string, RegExp][] = [
  ["en", "Nghe An Province planted 2,000 hectares of cinnamon in 2025.", /Nghe An/u],
  ["en", "The goods were trucked to Ho Chi Minh City in October.", /Ho Chi Minh/u],
  ["en", "The Bao Nam Commune People's Committee held a meeting in May 2025.", /Bao Nam|People/u],
  ["en", "Hoang Long Seed Company supplied maize seed to the commune.", /Hoang Long/u],
  ["vi", "Trạm Y tế xã Bảo Nam khám bệnh cho 200 người cao tuổi.", /^Y /u],
  ["vi", "Y Tế Cơ Sở Được Đầu Tư Mạnh Ở Xã Mường Típ", /^Y /u],
  ["vi", "Đoàn đã đến thăm xã Mường Típ và xã Hữu Kiệm trong chuyến công tác.", /Mường Típ|Hữu Kiệm/u],
  ["vi", "Công ty TNHH Hoàng Long cung ứng 5 tấn ngô giống cho bà con.", /Hoàng Long/u],
  ["en", "Women In Ky Son Build A Better Future With Goats", /Ky Son|Women/u],
  ["vi", "Hội LHPN Việt Nam phát động phong trào trồng cây xanh.", /Việt Nam|Hội/u],
  ["en", "The tea was sold under the Ky Son Gold brand in Hanoi.", /Ky Son Gold/u],
  ["vi", "Ông bà con cháu trong bản cùng nhau dọn vệ sinh đường làng.", /bà con|Ông bà/iu],
  // written after the first run
  ["vi", "Năm 2025, Công ty TNHH Hoàng Văn Thụ mua gừng của bà con xã Bảo Nam.", /Hoàng Văn Thụ/u],
  ["vi", "Đồng Bào H'Mông Vượt Khó Làm Giàu", /H'Mông/u],
  ["vi", "Năm 2025, người H'Mông Bảo Nam trồng thêm 20 ha quế.", /H'Mông/u],
  ["vi", "Trường Trung cấp Y tế Nghệ An tuyển 200 học viên cho các xã vùng cao.", /^Y /u],
  ["vi", "Y Học Cổ Truyền Giúp Người Dân Vùng Cao Khỏe Mạnh", /^Y /u],
  ["en", "The ginger reached markets in Ho Chi Minh City and Hanoi in 2025.", /Ho Chi Minh/u],
];

describe("orgs8 robustness: a body named in a sentence is drafted with its whole name", () => {
  it.each(NAMED)("%#: %s", (text, lang, name) => {
    const got = orgs(text, lang);
    expect({ got, ok: matches(got, name) }).toEqual({ got, ok: true });
  });
});

describe("orgs8 robustness: every body of a list", () => {
  it.each(LISTED)("%#: %s", (text, lang, names) => {
    const got = orgs(text, lang);
    expect({ got, missing: names.filter((n) => !matches(got, n)).map(String) }).toEqual({ got, missing: [] });
  });
});

describe("orgs8 robustness: initials in brackets used alone later are the same body", () => {
  it.each(ACRONYMS)("%#: %s", (text, lang, full, initials) => {
    const got = orgs(text, lang);
    expect({ got, full: got.includes(full), alone: got.includes(initials) }).toEqual({ got, full: true, alone: false });
  });
});

describe("orgs8 robustness: look-alikes draft no body", () => {
  it.each(ORG_LOOK_ALIKES)("%#: %s", (text, lang, pattern) => {
    expect(orgs(text, lang).filter((o) => pattern.test(o))).toEqual([]);
  });
});

describe("orgs8 robustness: a person and the body they hold a post in", () => {
  it.each(PEOPLE)("(%s) %s: %s", (lang, title, sentence, name, body) => {
    const seed = draft(`${title}\n\n${sentence}\n`, lang);
    const got = namesOf(seed, Label.Person);
    expect({ got, person: got.includes(name) }).toEqual({ got, person: true });
    if (body) expect({ rels: relLines(seed), member: hasRel(relLines(seed), new RegExp(`^${name}$`, "u"), RelType.MEMBER_OF, body) }).toMatchObject({ member: true });
  });
});

describe("orgs8 robustness: look-alikes draft no person", () => {
  it.each(PEOPLE_LOOK_ALIKES)("(%s) %s", (lang, sentence, name) => {
    const seed = draft(`Tin\n\n${sentence}\n`, lang);
    expect(namesOf(seed, Label.Person).filter((p) => name.test(p))).toEqual([]);
  });
});

describe("a body's name ends before 'cấp cho' (the verb of giving), not before 'cấp' of a level", () => {
  it.each([
    ["Tin\n\nNgày 5/3/2024, Ban quản lý dự án cấp cho mỗi hộ nghèo xã Bảo Nam hai con dê giống.", "Ban quản lý dự án"],
    ["Tin\n\nNgày 5/3/2024, Trạm Khuyến nông huyện Kỳ Sơn cấp tặng 500 cây quế cho nông dân xã Hữu Kiệm.", "Trạm Khuyến nông huyện Kỳ Sơn"],
    ["Tin\n\nNgày 5/3/2024, Hội Nông dân xã Bảo Nam cấp miễn phí 300 kg phân bón cho hội viên.", "Hội Nông dân xã Bảo Nam"],
    // a level word keeps "cấp" in the name
    ["Tin\n\nNgày 5/3/2024, Ban quản lý dự án cấp tỉnh bàn giao 20 con bò cho hộ nghèo xã Bảo Nam.", "Ban quản lý dự án cấp tỉnh"],
  ])("%s", (text, name) => {
    expect(orgs(text, "vi")).toContain(name);
  });
});
