/**
 * Words the benchmark generator builds names from: Vietnamese as the sources write it, so that
 * names, ids (slugs) and the folded `searchText` look like the seed graph's. Synthetic: no name
 * here stands for a real organization, person or project.
 */
import { ModelCategory, OrgType } from "../src/graph/graph.enums";

/** Syllables of village and business names ("Nà Khương", "Huổi Pha"). */
export const SYLLABLES = [
  "Nà", "Pá", "Huổi", "Nậm", "Phiêng", "Co", "Púng", "Hua", "Mường", "Tà", "Sìn", "Lả", "Khau", "Cốc", "Bó", "Lũng",
  "Tân", "Hòa", "Bình", "An", "Phú", "Thịnh", "Hưng", "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Yên",
  "Minh", "Quang", "Thành", "Long", "Xuân", "Hợp", "Tiến", "Đồng", "Suối", "Kéo", "Pha", "Khương", "Chang", "Lìu",
  "Sáng", "Mới", "Cũ", "Làng", "Dào", "Sủng", "Lao", "Chải", "Hồ", "Ngài", "Thẳm", "Pắc", "Vai", "Noong", "Ta",
];

export const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lò", "Lường", "Giàng", "Sùng", "Vàng", "Thào", "Hà", "Lù", "Y", "Rơ Châm"];
export const MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "A", "Seo", "Thanh", "Hữu"];
export const GIVEN_NAMES = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hằng", "Hoa", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vân", "Xuân", "Páo", "Sểnh", "Chứ", "Dính", "Blúp", "H'Hen"];
export const HONORIFICS = ["Ông", "Bà", "Ts.", "Ths.", "Đồng chí", "Anh", "Chị"];
export const POSITIONS = ["Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Cán bộ dự án", "Trưởng phòng", "Điều phối viên", "Cán bộ khuyến nông", "Trưởng thôn"];

/** The 54 ethnic groups of Vietnam, with the region they mostly live in (for SERVES). */
export const ETHNIC_GROUPS: readonly { name: string; slug: string; highlands?: boolean; north?: boolean }[] = [
  { name: "Kinh", slug: "kinh" }, { name: "Tày", slug: "tay", north: true }, { name: "Thái", slug: "thai", north: true },
  { name: "Mường", slug: "muong", north: true }, { name: "Khmer", slug: "khmer" }, { name: "Hoa", slug: "hoa" },
  { name: "Nùng", slug: "nung", north: true }, { name: "Mông", slug: "mong", north: true }, { name: "Dao", slug: "dao", north: true },
  { name: "Gia Rai", slug: "gia-rai", highlands: true }, { name: "Ê Đê", slug: "e-de", highlands: true }, { name: "Ba Na", slug: "ba-na", highlands: true },
  { name: "Xơ Đăng", slug: "xo-dang", highlands: true }, { name: "Sán Chay", slug: "san-chay", north: true }, { name: "Cơ Ho", slug: "co-ho", highlands: true },
  { name: "Chăm", slug: "cham" }, { name: "Sán Dìu", slug: "san-diu", north: true }, { name: "Hrê", slug: "hre" },
  { name: "Mnông", slug: "mnong", highlands: true }, { name: "Ra Glai", slug: "ra-glai" }, { name: "Xtiêng", slug: "xtieng" },
  { name: "Bru - Vân Kiều", slug: "bru-van-kieu" }, { name: "Thổ", slug: "tho" }, { name: "Giáy", slug: "giay", north: true },
  { name: "Cơ Tu", slug: "co-tu" }, { name: "Giẻ Triêng", slug: "gie-trieng", highlands: true }, { name: "Mạ", slug: "ma" },
  { name: "Khơ Mú", slug: "kho-mu", north: true }, { name: "Co", slug: "co" }, { name: "Tà Ôi", slug: "ta-oi" },
  { name: "Chơ Ro", slug: "cho-ro" }, { name: "Kháng", slug: "khang", north: true }, { name: "Xinh Mun", slug: "xinh-mun", north: true },
  { name: "Hà Nhì", slug: "ha-nhi", north: true }, { name: "Chu Ru", slug: "chu-ru", highlands: true }, { name: "Lào", slug: "lao", north: true },
  { name: "La Chí", slug: "la-chi", north: true }, { name: "La Ha", slug: "la-ha", north: true }, { name: "Phù Lá", slug: "phu-la", north: true },
  { name: "La Hủ", slug: "la-hu", north: true }, { name: "Lự", slug: "lu", north: true }, { name: "Lô Lô", slug: "lo-lo", north: true },
  { name: "Chứt", slug: "chut" }, { name: "Mảng", slug: "mang", north: true }, { name: "Pà Thẻn", slug: "pa-then", north: true },
  { name: "Cơ Lao", slug: "co-lao", north: true }, { name: "Cống", slug: "cong", north: true }, { name: "Bố Y", slug: "bo-y", north: true },
  { name: "Si La", slug: "si-la", north: true }, { name: "Pu Péo", slug: "pu-peo", north: true }, { name: "Brâu", slug: "brau", highlands: true },
  { name: "Ơ Đu", slug: "o-du" }, { name: "Rơ Măm", slug: "ro-mam", highlands: true }, { name: "Ngái", slug: "ngai" },
];

export const COUNTRIES: readonly { name: string; nameEn: string; iso: string }[] = [
  { name: "Hàn Quốc", nameEn: "South Korea", iso: "KR" }, { name: "Nhật Bản", nameEn: "Japan", iso: "JP" },
  { name: "Đài Loan", nameEn: "Taiwan", iso: "TW" }, { name: "Hoa Kỳ", nameEn: "United States", iso: "US" },
  { name: "Úc", nameEn: "Australia", iso: "AU" }, { name: "Vương quốc Anh", nameEn: "United Kingdom", iso: "GB" },
  { name: "Thụy Điển", nameEn: "Sweden", iso: "SE" }, { name: "Hà Lan", nameEn: "Netherlands", iso: "NL" },
];

/** Livelihood models: `base` names the model a variant is a form of (PART_OF). Bases come first. */
export const MODELS: readonly { slug: string; name: string; nameEn: string; category: ModelCategory; base?: string; sendsTo?: string }[] = [
  { slug: "native-pig-raising", name: "Nuôi lợn bản địa", nameEn: "Native pig raising", category: ModelCategory.LIVESTOCK },
  { slug: "breeding-cattle-raising", name: "Nuôi bò sinh sản", nameEn: "Breeding cattle raising", category: ModelCategory.LIVESTOCK },
  { slug: "goat-raising", name: "Nuôi dê", nameEn: "Goat raising", category: ModelCategory.LIVESTOCK },
  { slug: "fish-farming", name: "Nuôi cá", nameEn: "Fish farming", category: ModelCategory.LIVESTOCK },
  { slug: "tea-growing", name: "Trồng chè", nameEn: "Tea growing", category: ModelCategory.CROP },
  { slug: "fruit-tree-growing", name: "Trồng cây ăn quả", nameEn: "Fruit tree growing", category: ModelCategory.CROP },
  { slug: "medicinal-plant-growing", name: "Trồng cây dược liệu", nameEn: "Medicinal plant growing", category: ModelCategory.CROP },
  { slug: "quality-rice-growing", name: "Trồng lúa chất lượng cao", nameEn: "High-quality rice growing", category: ModelCategory.CROP },
  { slug: "commercial-forestry", name: "Trồng rừng kinh tế", nameEn: "Commercial forestry", category: ModelCategory.CROP },
  { slug: "agricultural-processing", name: "Chế biến nông sản", nameEn: "Agricultural processing", category: ModelCategory.AGRO_PROCESSING },
  { slug: "brocade-weaving", name: "Dệt thổ cẩm", nameEn: "Brocade weaving", category: ModelCategory.AGRO_PROCESSING },
  { slug: "community-based-tourism", name: "Du lịch cộng đồng", nameEn: "Community-based tourism", category: ModelCategory.COMMUNITY },
  { slug: "labour-export", name: "Xuất khẩu lao động", nameEn: "Labour export", category: ModelCategory.LABOUR_EXPORT },
  { slug: "vocational-training", name: "Đào tạo nghề", nameEn: "Vocational training", category: ModelCategory.SKILLS },
  { slug: "village-savings-and-loans", name: "Tổ tiết kiệm và vay vốn thôn bản", nameEn: "Village savings and loans", category: ModelCategory.COMMUNITY },
  { slug: "womens-club", name: "Câu lạc bộ phụ nữ", nameEn: "Women's club", category: ModelCategory.GENDER_EQUALITY },
  { slug: "market-linkage", name: "Liên kết tiêu thụ sản phẩm", nameEn: "Market linkage", category: ModelCategory.MARKET_ACCESS },
  { slug: "rural-clean-water", name: "Nước sạch nông thôn", nameEn: "Rural clean water", category: ModelCategory.INFRASTRUCTURE },
  { slug: "rural-roads", name: "Đường giao thông nông thôn", nameEn: "Rural roads", category: ModelCategory.INFRASTRUCTURE },
  { slug: "black-pig-raising", name: "Nuôi lợn đen bản địa", nameEn: "Native black pig raising", category: ModelCategory.LIVESTOCK, base: "native-pig-raising" },
  { slug: "muong-khuong-pig-raising", name: "Nuôi lợn Mường Khương", nameEn: "Muong Khuong pig raising", category: ModelCategory.LIVESTOCK, base: "native-pig-raising" },
  { slug: "wild-boar-hybrid-raising", name: "Nuôi lợn rừng lai", nameEn: "Hybrid wild boar raising", category: ModelCategory.LIVESTOCK, base: "native-pig-raising" },
  { slug: "cattle-fattening", name: "Nuôi bò vỗ béo", nameEn: "Cattle fattening", category: ModelCategory.LIVESTOCK, base: "breeding-cattle-raising" },
  { slug: "buffalo-breeding", name: "Nuôi trâu sinh sản", nameEn: "Buffalo breeding", category: ModelCategory.LIVESTOCK, base: "breeding-cattle-raising" },
  { slug: "mountain-goat-raising", name: "Nuôi dê núi", nameEn: "Mountain goat raising", category: ModelCategory.LIVESTOCK, base: "goat-raising" },
  { slug: "rice-field-carp", name: "Nuôi cá chép ruộng lúa", nameEn: "Rice-field carp farming", category: ModelCategory.LIVESTOCK, base: "fish-farming" },
  { slug: "cage-fish-farming", name: "Nuôi cá lồng", nameEn: "Cage fish farming", category: ModelCategory.LIVESTOCK, base: "fish-farming" },
  { slug: "shan-tuyet-tea", name: "Trồng chè shan tuyết", nameEn: "Shan tuyet tea growing", category: ModelCategory.CROP, base: "tea-growing" },
  { slug: "organic-tea", name: "Trồng chè hữu cơ", nameEn: "Organic tea growing", category: ModelCategory.CROP, base: "tea-growing" },
  { slug: "oolong-tea", name: "Trồng chè Ô long hữu cơ", nameEn: "Organic oolong tea growing", category: ModelCategory.CROP, base: "organic-tea" },
  { slug: "king-orange", name: "Trồng cam sành", nameEn: "King orange growing", category: ModelCategory.CROP, base: "fruit-tree-growing" },
  { slug: "plum-growing", name: "Trồng mận hậu", nameEn: "Plum growing", category: ModelCategory.CROP, base: "fruit-tree-growing" },
  { slug: "pomelo-growing", name: "Trồng bưởi da xanh", nameEn: "Green-skin pomelo growing", category: ModelCategory.CROP, base: "fruit-tree-growing" },
  { slug: "mango-growing", name: "Trồng xoài", nameEn: "Mango growing", category: ModelCategory.CROP, base: "fruit-tree-growing" },
  { slug: "durian-growing", name: "Trồng sầu riêng", nameEn: "Durian growing", category: ModelCategory.CROP, base: "fruit-tree-growing" },
  { slug: "ngoc-linh-ginseng", name: "Trồng sâm Ngọc Linh", nameEn: "Ngoc Linh ginseng growing", category: ModelCategory.CROP, base: "medicinal-plant-growing" },
  { slug: "black-cardamom", name: "Trồng thảo quả", nameEn: "Black cardamom growing", category: ModelCategory.CROP, base: "medicinal-plant-growing" },
  { slug: "cinnamon-growing", name: "Trồng quế", nameEn: "Cinnamon growing", category: ModelCategory.CROP, base: "medicinal-plant-growing" },
  { slug: "angelica-growing", name: "Trồng đương quy", nameEn: "Angelica growing", category: ModelCategory.CROP, base: "medicinal-plant-growing" },
  { slug: "seng-cu-rice", name: "Trồng lúa Séng Cù", nameEn: "Seng Cu rice growing", category: ModelCategory.CROP, base: "quality-rice-growing" },
  { slug: "tu-le-sticky-rice", name: "Trồng nếp Tú Lệ", nameEn: "Tu Le sticky rice growing", category: ModelCategory.CROP, base: "quality-rice-growing" },
  { slug: "macadamia-growing", name: "Trồng mắc ca", nameEn: "Macadamia growing", category: ModelCategory.CROP, base: "commercial-forestry" },
  { slug: "acacia-hybrid-growing", name: "Trồng keo lai", nameEn: "Hybrid acacia growing", category: ModelCategory.CROP, base: "commercial-forestry" },
  { slug: "produce-drying", name: "Sấy khô nông sản", nameEn: "Produce drying", category: ModelCategory.AGRO_PROCESSING, base: "agricultural-processing" },
  { slug: "tea-processing", name: "Chế biến chè", nameEn: "Tea processing", category: ModelCategory.AGRO_PROCESSING, base: "agricultural-processing" },
  { slug: "labour-export-korea", name: "Xuất khẩu lao động sang Hàn Quốc", nameEn: "Labour export to South Korea", category: ModelCategory.LABOUR_EXPORT, base: "labour-export", sendsTo: "KR" },
  { slug: "labour-export-japan", name: "Xuất khẩu lao động sang Nhật Bản", nameEn: "Labour export to Japan", category: ModelCategory.LABOUR_EXPORT, base: "labour-export", sendsTo: "JP" },
  { slug: "labour-export-taiwan", name: "Xuất khẩu lao động sang Đài Loan", nameEn: "Labour export to Taiwan", category: ModelCategory.LABOUR_EXPORT, base: "labour-export", sendsTo: "TW" },
  /** Variants of the seed's chicken raising (model:chicken-raising), so its roll-up grows with the scale. */
  { slug: "free-range-chicken", name: "Nuôi gà thả vườn", nameEn: "Free-range chicken raising", category: ModelCategory.LIVESTOCK, base: "chicken-raising" },
  { slug: "hmong-chicken", name: "Nuôi gà H'Mông", nameEn: "H'Mong chicken raising", category: ModelCategory.LIVESTOCK, base: "chicken-raising" },
];

/** Project themes: Vietnamese name, English slug for the id. */
export const PROJECT_THEMES: readonly { name: string; slug: string; goal: string }[] = [
  { name: "Tăng cường sinh kế cho hộ nghèo", slug: "livelihoods-poor-households", goal: "Tăng thu nhập bền vững cho hộ nghèo và cận nghèo" },
  { name: "Phát triển chuỗi giá trị nông sản", slug: "agricultural-value-chains", goal: "Liên kết sản xuất và tiêu thụ nông sản của đồng bào dân tộc thiểu số" },
  { name: "Nâng cao năng lực cộng đồng", slug: "community-capacity", goal: "Cộng đồng tự quản các tiểu dự án phát triển" },
  { name: "Thích ứng với biến đổi khí hậu", slug: "climate-adaptation", goal: "Sinh kế thích ứng với hạn hán và lũ quét" },
  { name: "Trao quyền kinh tế cho phụ nữ", slug: "womens-economic-empowerment", goal: "Phụ nữ dân tộc thiểu số tham gia và hưởng lợi từ phát triển kinh tế" },
  { name: "Nước sạch và vệ sinh môi trường", slug: "water-and-sanitation", goal: "Hộ gia đình vùng cao được dùng nước sạch" },
  { name: "Giảm nghèo đa chiều", slug: "multidimensional-poverty", goal: "Giảm tỷ lệ hộ nghèo đa chiều" },
  { name: "Hỗ trợ thanh niên khởi nghiệp", slug: "youth-startups", goal: "Thanh niên dân tộc thiểu số khởi nghiệp tại quê hương" },
];

/** The few organizations that run most of the work (the skew of S3), each with provincial units. */
export const HEAVY_NGOS: readonly { name: string; acronym: string; slug: string; country: string }[] = [
  { name: "Tổ chức Hỗ trợ Sinh kế Vùng cao", acronym: "HLS", slug: "highland-livelihood-support", country: "GB" },
  { name: "Quỹ Phát triển Cộng đồng Bền vững", acronym: "SCDF", slug: "sustainable-community-development-fund", country: "US" },
  { name: "Liên minh Nông nghiệp Xanh", acronym: "GAA", slug: "green-agriculture-alliance", country: "NL" },
  { name: "Mạng lưới Phụ nữ vì Phát triển", acronym: "WND", slug: "women-network-for-development", country: "SE" },
  { name: "Tổ chức Nước sạch và Sinh kế", acronym: "WLO", slug: "water-and-livelihoods-organisation", country: "AU" },
  { name: "Hội Hỗ trợ Trẻ em và Gia đình Vùng khó khăn", acronym: "CFSA", slug: "children-families-support-association", country: "KR" },
];

/** National mass organizations with provincial and district chapters (PART_OF chains). */
export const MASS_ORGANIZATIONS: readonly { name: string; short: string; slug: string }[] = [
  { name: "Hội Liên hiệp Phụ nữ Việt Nam", short: "Hội Liên hiệp Phụ nữ", slug: "vietnam-womens-union" },
  { name: "Hội Nông dân Việt Nam", short: "Hội Nông dân", slug: "vietnam-farmers-union" },
  { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", short: "Đoàn Thanh niên", slug: "ho-chi-minh-youth-union" },
  { name: "Hội Cựu chiến binh Việt Nam", short: "Hội Cựu chiến binh", slug: "vietnam-veterans-association" },
];

/** Local organizations a province has, by type: how each is named from a place. */
export const LOCAL_ORG_KINDS: readonly { type: OrgType; weight: number; name: (place: string, word: string) => string; level: "PROVINCE" | "DISTRICT" | "COMMUNE" }[] = [
  { type: OrgType.PEOPLES_COMMITTEE, weight: 3, name: (p) => `UBND xã ${p}`, level: "COMMUNE" },
  { type: OrgType.COOPERATIVE, weight: 3, name: (p, w) => `Hợp tác xã ${w} ${p}`, level: "COMMUNE" },
  { type: OrgType.COMMUNITY_GROUP, weight: 2, name: (p, w) => `Tổ hợp tác ${w.toLowerCase()} xã ${p}`, level: "COMMUNE" },
  { type: OrgType.GOVERNMENT_AGENCY, weight: 1, name: (p) => `Phòng Nông nghiệp và Phát triển nông thôn huyện ${p}`, level: "DISTRICT" },
  { type: OrgType.PUBLIC_SERVICE_UNIT, weight: 1, name: (p) => `Trung tâm Dịch vụ Nông nghiệp huyện ${p}`, level: "DISTRICT" },
  { type: OrgType.BANK, weight: 0.5, name: (p) => `Ngân hàng Chính sách Xã hội huyện ${p}`, level: "DISTRICT" },
  { type: OrgType.BUSINESS, weight: 1, name: (p, w) => `Công ty TNHH ${w} ${p}`, level: "PROVINCE" },
  { type: OrgType.NGO, weight: 0.5, name: (p, w) => `Trung tâm Phát triển Cộng đồng ${w} ${p}`, level: "PROVINCE" },
];

/** Words of cooperative, group and business names. */
export const TRADES = ["Nông nghiệp", "Chè", "Dược liệu", "Chăn nuôi", "Thổ cẩm", "Nông lâm", "Cây ăn quả", "Dịch vụ", "Thủy sản", "Mây tre đan"];

export const FOR_WHOM = [
  "Hộ nghèo, hộ cận nghèo",
  "Phụ nữ dân tộc thiểu số",
  "Thanh niên dân tộc thiểu số",
  "Hộ mới thoát nghèo",
  "Người khuyết tật và gia đình",
  "Thành viên tổ hợp tác",
  "Lao động nông thôn",
];

export const STATUSES = ["hoàn thành", "đang triển khai", "đã nghiệm thu", "giai đoạn 2"];
