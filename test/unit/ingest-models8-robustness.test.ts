/**
 * (models8) A robustness suite for livelihood models: sentences written for this test, without reading any article, in
 * the ways provincial portals, national papers and NGO sites name a way of making a living: Vietnamese without "mô
 * hình" (what is raised or grown and how, linkage along a chain, community tourism, savings groups, stock handed over),
 * English practices ("goat raising", "a cattle-breeding model", "community-based tourism", "a value chain for
 * cinnamon", "farmer field schools"), what is handed over or planted; where a model runs only when the sentence says
 * it; and look-alikes (a product sold once, a building, a road, a meeting's topic, a price, a policy goal, an animal
 * disease, a program's name, a gift) that must draft no model.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

const draft = (body: string, lang: "vi" | "en") => draftSeed(`${lang === "vi" ? "Tin Kỳ Sơn" : "News from Ky Son"}\n\n${body}\n`, lang);

/** The names of the models the draft proposes. */
const models = (body: string, lang: "vi" | "en"): string[] =>
  draft(body, lang)
    .entities.filter((e) => e.kind === Label.Model)
    .map((e) => String(e.name));

/** The places a model is said to run in: LOCATED_IN of the model, or of an activity that APPLIES it. */
const modelPlaces = (body: string, lang: "vi" | "en"): string[] => {
  const seed = draft(body, lang);
  const modelIds = new Set(seed.entities.filter((e) => e.kind === Label.Model).map((e) => String(e.id)));
  const rels = seed.relationships.map((r) => ({ from: String(r.from), type: String(r.type), to: String(r.to) }));
  const runs = new Set(rels.filter((r) => r.type === RelType.APPLIES && modelIds.has(r.to)).map((r) => r.from));
  return rels.filter((r) => r.type === RelType.LOCATED_IN && (modelIds.has(r.from) || runs.has(r.from))).map((r) => r.to);
};

const HUU_KIEM = "vn:nghe-an:ky-son:huu-kiem";
const BAO_NAM = "vn:nghe-an:ky-son:bao-nam";
const MUONG_TIP = "vn:nghe-an:ky-son:muong-tip";

/** [sentence, the model's name as drafted (a pattern over the names)]. */
const VI_MODELS: readonly [string, RegExp][] = [
  // raising or growing a stated kind, without "mô hình"
  ["Năm 2024, 25 hộ ở xã Hữu Kiệm được vay vốn nuôi bò sinh sản.", /^Nuôi bò sinh sản$/u],
  ["Nhiều gia đình ở xã Bảo Nam đã thoát nghèo nhờ nuôi bò sinh sản.", /^Nuôi bò sinh sản$/u],
  ["Hội Nông dân huyện Kỳ Sơn hướng dẫn hội viên trồng sâm dưới tán rừng.", /^Trồng sâm dưới tán rừng$/u],
  ["Trồng sâm dưới tán rừng đang mở ra hướng làm giàu cho đồng bào xã Mường Típ.", /^Trồng sâm dưới tán rừng$/u],
  ["Phong trào nuôi gà thả vườn giúp nhiều hộ ở xã Mường Típ có thu nhập ổn định.", /^Nuôi gà thả vườn$/u],
  ["Hơn 50 hộ ở xã Hữu Kiệm đã chuyển sang trồng chè theo hướng hữu cơ.", /^Trồng chè theo hướng hữu cơ$/u],
  ["Xã Bảo Nam khuyến khích bà con sản xuất lúa theo tiêu chuẩn VietGAP.", /^Sản xuất lúa theo tiêu chuẩn VietGAP$/u],
  ["Huyện Kỳ Sơn hình thành vùng trồng quế hữu cơ rộng hơn 200 ha.", /^Trồng quế hữu cơ$/u],
  ["Chăn nuôi lợn theo hướng an toàn sinh học giúp các hộ hạn chế dịch bệnh.", /^Chăn nuôi lợn theo hướng an toàn sinh học$/u],
  ["Tổ hợp tác nuôi ong ở xã Mường Típ hiện có 12 thành viên.", /^Nuôi ong$/u],
  ["Câu lạc bộ nuôi dê của phụ nữ xã Bảo Nam đã nhân rộng ra ba thôn.", /^Nuôi dê$/u],
  // linkage along a chain, tourism, savings, services
  ["Xã Hữu Kiệm đẩy mạnh liên kết sản xuất lúa theo chuỗi với doanh nghiệp.", /^Liên kết sản xuất lúa theo chuỗi$/u],
  // a linkage of a product without "theo chuỗi" keeps the short name round 2's tests give it ("Liên kết sản xuất")
  ["Năm 2023, 40 hộ ở xã Bảo Nam tham gia liên kết sản xuất gừng với một công ty chế biến.", /^Liên kết sản xuất$/u],
  ["Các hộ ở xã Mường Típ liên kết sản xuất và tiêu thụ chè với hợp tác xã.", /^Liên kết sản xuất và tiêu thụ$/u],
  ["Huyện Kỳ Sơn hỗ trợ các hộ liên kết sản xuất chè theo chuỗi giá trị với hợp tác xã.", /^Liên kết sản xuất chè theo chuỗi giá trị$/u],
  ["Liên kết sản xuất và tiêu thụ lúa theo chuỗi giúp xã Bảo Nam nâng giá bán.", /^Liên kết sản xuất và tiêu thụ lúa theo chuỗi$/u],
  ["Nhiều hộ ở xã Bảo Nam ký hợp đồng bao tiêu sản phẩm với doanh nghiệp.", /^Bao tiêu sản phẩm$/u],
  ["Phát triển chuỗi giá trị quế giúp người dân xã Hữu Kiệm tăng thu nhập.", /^Phát triển chuỗi giá trị quế$/u],
  ["Huyện Kỳ Sơn phát triển du lịch cộng đồng ở các bản vùng cao.", /^Du lịch cộng đồng$/u],
  ["Bà con xã Mường Típ làm du lịch cộng đồng, đón khách nghỉ tại nhà sàn.", /^Du lịch cộng đồng$/u],
  ["Chị em phụ nữ xã Hữu Kiệm lập tổ tiết kiệm để giúp nhau có vốn làm ăn.", /^Tổ tiết kiệm$/u],
  ["Mỗi tháng, thành viên nhóm tiết kiệm và vay vốn ở xã Bảo Nam góp 100.000 đồng.", /^Nhóm tiết kiệm và vay vốn$/u],
  ["Xã Mường Típ có ba nhóm tiết kiệm thôn bản do phụ nữ tự quản lý.", /^Nhóm tiết kiệm/u],
  ["Dự án đào tạo 20 thú y viên thôn bản cho các xã vùng cao của huyện Kỳ Sơn.", /^Thú y viên thôn bản$/u],
  ["Mạng lưới thú y thôn bản giúp bà con xã Bảo Nam tiêm phòng cho đàn gia súc.", /^Thú y thôn bản$/u],
  ["Huyện Kỳ Sơn đẩy mạnh đào tạo nghề gắn với giải quyết việc làm cho lao động nông thôn.", /^Đào tạo nghề gắn với giải quyết việc làm$/u],
  ["Năm 2024, xã Hữu Kiệm tổ chức dạy nghề gắn với tạo việc làm cho 60 thanh niên.", /^Dạy nghề gắn với tạo việc làm$/u],
  // what is handed over or given as stock
  ["Năm 2024, dự án hỗ trợ con giống bò cho 30 hộ nghèo ở xã Bảo Nam.", /^Nuôi bò$/u],
  ["Huyện hỗ trợ con giống lợn đen cho 15 hộ ở xã Mường Típ.", /^Nuôi lợn đen$/u],
  ["Xã Hữu Kiệm hỗ trợ cây giống quế cho các hộ có đất rừng.", /^Trồng quế$/u],
  ["Các hộ nghèo ở xã Bảo Nam được hỗ trợ giống dê để phát triển chăn nuôi.", /^Nuôi dê$/u],
  ["Sáng 12/3/2024, Hội Nông dân huyện Kỳ Sơn trao 20 con bò sinh sản cho 20 hộ nghèo xã Hữu Kiệm.", /^Nuôi bò sinh sản$/u],
  ["Mỗi hộ ở xã Bảo Nam được nhận 2 con dê giống để phát triển kinh tế.", /^Nuôi dê$/u],
  ["Năm 2024, xã Mường Típ cấp 5.000 cây giống mắc ca cho người dân.", /^Trồng mắc ca$/u],
  ["Huyện Kỳ Sơn bàn giao 3.000 cây quế giống cho các hộ ở xã Hữu Kiệm.", /^Trồng quế$/u],
  ["Hai mươi con bò giống đã được trao cho các hộ nghèo xã Mường Típ để chăn nuôi.", /^Nuôi bò$/u],
  // production to a standard
  ["Hợp tác xã hướng dẫn xã viên sản xuất chè theo hướng hữu cơ.", /^Sản xuất chè theo hướng hữu cơ$/u],
  ["Năm 2024, xã Bảo Nam có 30 ha sản xuất rau đạt chuẩn VietGAP.", /^Sản xuất rau đạt chuẩn VietGAP$/u],
  ["Nông dân xã Hữu Kiệm được hỗ trợ sản xuất lúa gạo theo quy trình hữu cơ.", /^Sản xuất lúa gạo theo quy trình hữu cơ$/u],
  ["Sản xuất cà phê theo hướng an toàn đang được nhân rộng ở xã Mường Típ.", /^Sản xuất cà phê theo hướng an toàn$/u],
  // linkage along a chain, value chains of a product, services
  ["Doanh nghiệp liên kết sản xuất ngô theo chuỗi với 120 hộ ở xã Bảo Nam.", /^Liên kết sản xuất ngô theo chuỗi$/u],
  ["Dự án xây dựng chuỗi giá trị gừng tạo việc làm cho phụ nữ xã Mường Típ.", /^Xây dựng chuỗi giá trị gừng$/u],
  ["Phát triển chuỗi giá trị sâm mang lại thu nhập cao cho bà con xã Hữu Kiệm.", /^Phát triển chuỗi giá trị sâm$/u],
  ["Mỗi thôn của xã Bảo Nam có một thú y viên thôn bản.", /^Thú y viên thôn bản$/u],
  ["Huyện Kỳ Sơn duy trì đội ngũ thú y cộng đồng ở 20 bản.", /^Thú y cộng đồng$/u],
  ["Đào tạo nghề gắn với giải quyết việc làm là giải pháp giảm nghèo bền vững của huyện Kỳ Sơn.", /^Đào tạo nghề gắn với giải quyết việc làm$/u],
  ["Năm 2024, huyện Kỳ Sơn đào tạo nghề cho lao động nông thôn gắn với việc làm tại chỗ.", /^Đào tạo nghề cho lao động nông thôn gắn với việc làm$/u],
  // counts in words, stock a project's name hands over
  ["Sáng 5/6/2024, Hội Phụ nữ xã Hữu Kiệm trao năm con lợn giống cho hội viên nghèo.", /^Nuôi lợn$/u],
  ["Mười con dê giống đã được bàn giao cho các hộ ở xã Bảo Nam.", /^Nuôi dê$/u],
  ["Dự án hỗ trợ bò giống cho hộ nghèo xã Hữu Kiệm được triển khai từ năm 2023.", /^Nuôi bò$/u],
  ["Dự án hỗ trợ cây giống cà phê cho đồng bào xã Bảo Nam.", /^Trồng cà phê$/u],
];

const EN_MODELS: readonly [string, RegExp][] = [
  ["The project piloted a cattle-breeding model in Huu Kiem commune.", /^Cattle breeding$/u],
  ["A cow-raising model has spread to three more villages of Bao Nam commune.", /^Cow raising$/u],
  ["Goat raising has helped 40 poor families in Bao Nam commune earn a steady income.", /^Goat raising$/u],
  ["The commune supports black-pig raising in its upland villages.", /^Black pig raising$/u],
  ["Under the project, 50 households raise black pigs for sale.", /^(?:Black pig|Pig) raising$/u],
  ["The project helps ethnic minority women raise chickens for a living.", /^Chicken raising$/u],
  ["Duck farming has lifted many families in Huu Kiem commune out of poverty.", /^Duck farming$/u],
  ["The cooperative promotes beekeeping among young farmers.", /^Beekeeping$/u],
  ["The project introduced mushroom growing to 30 households in Bao Nam commune.", /^Mushroom growing$/u],
  ["Ginseng grown under the forest canopy has become a main source of income in Muong Tip commune.", /^Ginseng growing under the forest canopy$/u],
  ["The project trains households to grow ginseng under forest canopy.", /^Ginseng growing under forest canopy$/u],
  ["Farmers in Bao Nam commune were trained in climate-smart rice cultivation.", /^Climate-smart rice cultivation$/u],
  ["The project promotes climate-smart rice among 400 farmers of Ky Son district.", /^Climate-smart rice$/u],
  ["VietGAP rice now covers 50 hectares in Bao Nam commune.", /^VietGAP rice$/u],
  ["Organic cinnamon is grown by 80 households under contract with an exporter.", /^Organic cinnamon$/u],
  ["The programme supports a value chain for cinnamon in Ky Son district.", /^Cinnamon value chain$/u],
  ["The project developed the value chain for tea in three communes.", /^Tea value chain$/u],
  ["A cinnamon value chain project links 300 growers with exporters.", /^Cinnamon value chain$/u],
  ["Contract farming with a tea company gives 60 households in Bao Nam commune a secure market.", /contract farming$/iu],
  ["Community-based tourism now brings visitors to Muong Tip commune all year round.", /^Community-based tourism$/iu],
  ["Homestays run by Thai families are a new livelihood in Muong Tip commune.", /^Homestays? model$/iu],
  ["Women in Huu Kiem commune run savings and loan groups that meet every month.", /^Savings and loans? groups$/iu],
  ["Savings groups in Huu Kiem commune now hold more than 200 million dong.", /^Savings groups$/iu],
  ["Microcredit groups lend small sums to women who want to start a business.", /^Microcredit/iu],
  ["Farmer field schools taught 120 growers how to manage pests without chemicals.", /^Farmer field schools?$/iu],
  ["The district trained village veterinarians to care for livestock in remote hamlets.", /^Village veterinarians$/iu],
  ["Vocational training linked to jobs helped 200 young people in Ky Son district find work.", /^Vocational training linked to jobs$/iu],
  ["The NGO handed over 20 breeding cows to poor households in Huu Kiem commune.", /^Cow raising$/u],
  ["Each family received 300 cinnamon seedlings from the district.", /^Cinnamon growing$/u],
  ["Forty goats were handed over to women's groups in Bao Nam commune.", /^Goat raising$/u],
  ["The women's union provided maize seed to 40 families in Muong Tip commune.", /^Maize growing$/u],
  ["A buffalo bank passes calves from one poor family to the next in Huu Kiem commune.", /^Buffalo bank$/iu],
  // a word of the animal's kind, a practice opening a sentence
  ["The project supports 30 families to raise local chickens.", /^Local chicken raising$/u],
  ["Women in the savings group rear native pigs to earn extra income.", /^Native pig raising$/u],
  ["With a loan from the bank, the couple now raise dairy cows for a living.", /^Dairy cow raising$/u],
  ["Rabbit raising is a new source of income in Bao Nam commune.", /^Rabbit raising$/u],
  ["Mushroom growing suits women with little land.", /^Mushroom growing$/u],
  ["Pig farming remains the main livelihood in Muong Tip commune.", /^Pig farming$/u],
  // climate-smart crops, value chains of a product, crops under the canopy
  ["Farmers in Huu Kiem commune learned climate-resilient maize growing.", /^Climate-resilient maize growing$/u],
  ["The project promotes climate-smart coffee among 200 farmers.", /^Climate-smart coffee$/u],
  ["The project aims to strengthen the value chain of cinnamon in Bao Nam commune.", /^Cinnamon value chain$/u],
  ["Support for the value chain for ginger began in 2023.", /^Ginger value chain$/u],
  ["Cardamom planted under the forest canopy earns each household about 20 million dong a year.", /^Cardamom growing under the forest canopy$/u],
  ["Households in Muong Tip commune were supported to plant cardamom under forest canopy.", /^Cardamom growing under forest canopy$/u],
  // microcredit, village veterinarians, training tied to jobs
  ["Microfinance services reach 500 women in Ky Son district.", /^Microfinance services$/u],
  ["The union runs micro-credit groups for poor women in Huu Kiem commune.", /^Micro-credit groups$/u],
  ["Women join microcredit clubs to borrow small sums for pig raising.", /^Microcredit clubs$/u],
  ["Village vets in Bao Nam commune vaccinate pigs twice a year.", /^Village vets$/u],
  ["The project trained 15 community animal health workers in Ky Son district.", /^Community animal health workers$/u],
  ["Commune-based veterinarians now visit every hamlet of Ky Son district.", /^Commune-based veterinarians$/u],
  ["The centre offers vocational training tied to jobs at local factories.", /^Vocational training tied to jobs$/u],
  ["Vocational training linked to employment is a priority of the district.", /^Vocational training linked to employment$/u],
];

/** Look-alikes: a price, a sale, a building, a road, a meeting's topic, a policy goal, a disease, a program's name, a gift. */
const NOT_MODELS: readonly [string, "vi" | "en"][] = [
  ["Giá bò hơi tại chợ xã Hữu Kiệm tăng mạnh trong tháng 3.", "vi"],
  ["Một thương lái ở xã Bảo Nam vừa mua 3 tấn gừng của bà con.", "vi"],
  ["Huyện Kỳ Sơn khánh thành nhà văn hóa thôn tại xã Mường Típ.", "vi"],
  ["Con đường bê tông nối xã Hữu Kiệm với trung tâm huyện đã hoàn thành.", "vi"],
  ["Hội nghị bàn về giá lúa và tình hình tiêu thụ nông sản trong tỉnh.", "vi"],
  ["Xã Bảo Nam phấn đấu đạt chuẩn nông thôn mới vào năm 2025.", "vi"],
  ["Huyện Kỳ Sơn tập trung xây dựng nông thôn mới trong năm 2024.", "vi"],
  ["Dịch tả lợn châu Phi xuất hiện tại xã Hữu Kiệm khiến 50 con lợn bị tiêu hủy.", "vi"],
  ["Bệnh lở mồm long móng trên đàn bò ở xã Bảo Nam đã được khống chế.", "vi"],
  ["Chương trình Sinh kế bền vững cho đồng bào vùng cao được phát động năm 2024.", "vi"],
  ["Dịp Tết, Hội Chữ thập đỏ tặng 100 con gà cho các hộ khó khăn ăn Tết.", "vi"],
  ["Ngoài trồng lúa, gia đình bà còn nuôi vài con gà.", "vi"],
  ["Huyện đã trao 200 suất quà gồm gạo, dầu ăn và thịt lợn cho hộ nghèo.", "vi"],
  ["Trạm y tế xã Bảo Nam được xây mới với kinh phí 3 tỷ đồng.", "vi"],
  ["Người dân xã Hữu Kiệm mang gà, lợn ra chợ bán dịp cuối năm.", "vi"],
  ["Giá chè búp tươi năm nay cao hơn năm ngoái.", "vi"],
  ["The price of live pigs in Ky Son district fell by a third this spring.", "en"],
  ["A trader bought 10 tonnes of cinnamon bark from the cooperative last week.", "en"],
  ["The district opened a new market building in Huu Kiem commune.", "en"],
  ["A concrete road now links Bao Nam commune with the district town.", "en"],
  ["The meeting discussed rice prices and the coming harvest.", "en"],
  ["Bao Nam commune aims to meet the new rural development standards by 2025.", "en"],
  ["African swine fever killed more than 200 pigs in Muong Tip commune.", "en"],
  ["Foot-and-mouth disease spread among cattle in Huu Kiem commune last year.", "en"],
  ["The Sustainable Livelihoods Programme was launched in Ky Son district in 2024.", "en"],
  ["Ahead of Tet, the Red Cross gave 100 chickens to poor families as gifts.", "en"],
  ["Cattle prices have risen since the floods.", "en"],
  ["Most families in the district grow rice, maize and cassava.", "en"],
  ["Growing demand for ginger has pushed up prices.", "en"],
  ["Tea from Bao Nam commune sells well at the provincial fair.", "en"],
  ["Nguyen Van Lam is a model student at the Huu Kiem school.", "en"],
  // look-alikes of this round's rules: production of what is no crop, staff and bodies, courses and rates, deaths, prices
  ["Cơ sở ở xã Bảo Nam sản xuất gạch theo hướng an toàn.", "vi"],
  ["Doanh nghiệp sản xuất phân bón theo tiêu chuẩn VietGAP.", "vi"],
  ["Cán bộ thú y cơ sở của huyện Kỳ Sơn họp bàn kế hoạch năm 2025.", "vi"],
  ["Trạm Thú y huyện Kỳ Sơn có 8 cán bộ.", "vi"],
  ["Tỷ lệ lao động qua đào tạo nghề của huyện Kỳ Sơn đạt 55%.", "vi"],
  ["Hai mươi con bò chết rét ở xã Bảo Nam trong tháng 1.", "vi"],
  ["Năm con lợn mắc bệnh đã được tiêu hủy tại xã Hữu Kiệm.", "vi"],
  ["Rice growing areas in the district were flooded in October.", "en"],
  ["Duck prices rose sharply before the holiday.", "en"],
  ["The district adopted climate-smart approaches to planning.", "en"],
  ["Traders dominate the value chain for tea in the district.", "en"],
  ["Microcredit is one of many tools the bank uses.", "en"],
  ["Veterinarians from the province vaccinated cattle in Huu Kiem commune.", "en"],
  ["Wild orchids grown under the forest canopy were seized by rangers.", "en"],
  ["Xã Bảo Nam sản xuất lúa chủ yếu để ăn.", "vi"],
  ["Lớp đào tạo nghề may khai giảng tại xã Bảo Nam ngày 5/9/2024.", "vi"],
  ["Farmers here have always raised black pigs.", "en"],
  ["Climate-smart agriculture was one topic of the conference.", "en"],
  ["Prices along the value chain for rice fell this year.", "en"],
  ["Little grows under the forest canopy in the dry season.", "en"],
  ["Microfinance is regulated by the central bank.", "en"],
  ["A veterinarian from the district checked the herd.", "en"],
];

/** [sentence, language, every model drafted]: names that take what the sentence says and no more. */
const EXACT: readonly [string, "vi" | "en", string[]][] = [
  ["Xã Bảo Nam mở rộng liên kết sản xuất với hai công ty.", "vi", ["Liên kết sản xuất"]],
  ["Năm nay, 30 hộ ở xã Hữu Kiệm tham gia liên kết sản xuất lúa gạo với doanh nghiệp.", "vi", ["Liên kết sản xuất"]],
  ["Dự án hỗ trợ vốn cho hộ nghèo xã Mường Típ nuôi dê sinh sản quy mô 50 con.", "vi", ["Nuôi dê sinh sản"]],
  ["Năm 2024, ba con bò giống đã được trao cho một hộ ở xã Bảo Nam để chăn nuôi.", "vi", ["Nuôi bò"]],
  ["The project offers vocational training for 200 workers in Ky Son district.", "en", ["Vocational training"]],
  ["Farmers in the district raise black pigs.", "en", []],
  ["The project helps poor families raise breeding cows.", "en", ["Cow raising"]],
  ["The project helped 20 families start climate-resilient coffee farming.", "en", ["Climate-resilient coffee farming"]],
  ["Gia đình anh ở xã Bảo Nam nuôi bò sinh sản quy mô 15 con.", "vi", ["Nuôi bò sinh sản"]],
  ["Hội viên xã Hữu Kiệm trồng chè hữu cơ diện tích 40 ha.", "vi", ["Trồng chè hữu cơ"]],
  ["Chuỗi giá trị chè đã giúp 100 hộ ở xã Bảo Nam có thu nhập ổn định.", "vi", ["Chuỗi giá trị chè"]],
];

/** [sentence, language, the place the model runs in]. */
const PLACED: readonly [string, "vi" | "en", string][] = [
  ["Mô hình nuôi bò sinh sản tại xã Hữu Kiệm có 20 hộ tham gia.", "vi", HUU_KIEM],
  ["Tại xã Bảo Nam, mô hình trồng sâm dưới tán rừng cho thu nhập cao.", "vi", BAO_NAM],
  ["Mô hình nuôi dê ở xã Mường Típ được nhiều hộ học tập.", "vi", MUONG_TIP],
  ["The cow-raising model in Huu Kiem commune has 20 member households.", "en", HUU_KIEM],
];

/** Models whose sentence names no place where they run, or names a place of someone else. */
const NOT_PLACED: readonly [string, "vi" | "en"][] = [
  ["Mô hình nuôi bò sinh sản giúp nhiều hộ thoát nghèo.", "vi"],
  ["Hội Nông dân xã Hữu Kiệm cho biết mô hình nuôi dê đang được nhân rộng.", "vi"],
  ["The goat-raising model has helped many poor families.", "en"],
];

describe("models8: Vietnamese livelihoods named without “mô hình”, and stock handed over", () => {
  it.each(VI_MODELS)("drafts the model of %s", (sentence, name) => {
    expect(models(sentence, "vi").some((n) => name.test(n))).toBe(true);
  });
});

describe("models8: English livelihood practices, and stock handed over", () => {
  it.each(EN_MODELS)("drafts the model of %s", (sentence, name) => {
    expect(models(sentence, "en").some((n) => name.test(n))).toBe(true);
  });
});

describe("models8: look-alikes that name no model", () => {
  it.each(NOT_MODELS)("drafts no model from %s", (sentence, lang) => {
    expect(models(sentence, lang)).toEqual([]);
  });
});

describe("models8: names that take what the sentence says and no more", () => {
  it.each(EXACT)("drafts exactly the models of %s", (sentence, lang, expected) => {
    expect(models(sentence, lang).sort()).toEqual([...expected].sort());
  });
});

describe("models8: where a model runs, only when the sentence says it", () => {
  it.each(PLACED)("places the model of %s", (sentence, lang, place) => {
    expect(modelPlaces(sentence, lang)).toContain(place);
  });
  it.each(NOT_PLACED)("places no model of %s", (sentence, lang) => {
    expect(modelPlaces(sentence, lang)).toEqual([]);
  });
});
