/**
 * The words the ingest rules read: abbreviations, English terms and their Vietnamese
 * equivalents, the national programs' usual names, unit words of places, heads of organization,
 * event and model phrases, number units and qualifiers. Data only; every list is lower-case
 * Unicode (NFC) unless it says "folded" (ASCII, see foldKey in ingest.text.ts).
 */

import { type EventType, Qualifier } from "../graph/graph.enums";
/** Values of the graph's enums (graph.enums.ts) as the seed files write them. */
export type Level = "PROVINCE" | "DISTRICT" | "COMMUNE" | "VILLAGE";
export type OrgTypeName =
  | "INTERNATIONAL_NGO"
  | "NGO"
  | "GOVERNMENT_AGENCY"
  | "PEOPLES_COMMITTEE"
  | "MASS_ORGANIZATION"
  | "PUBLIC_SERVICE_UNIT"
  | "UNIVERSITY"
  | "BANK"
  | "COOPERATIVE"
  | "BUSINESS"
  | "COMMUNITY_GROUP"
  | "DELEGATION"
  | "OTHER";
export type EventTypeName = `${EventType}`;
export type ModelCategoryName = "LIVESTOCK" | "CROP" | "AGRO_PROCESSING" | "LABOUR_EXPORT" | "SKILLS" | "INFRASTRUCTURE" | "COMMUNITY" | "GENDER_EQUALITY" | "MARKET_ACCESS";
export type QualifierName = Qualifier;

/** Folded abbreviation → folded expansion, applied word by word before names are compared. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  lhpn: "lien hiep phu nu",
  ldtbxh: "lao dong thuong binh va xa hoi",
  mtqg: "muc tieu quoc gia",
  ctmtqg: "chuong trinh muc tieu quoc gia",
  dtts: "dan toc thieu so",
  ptnt: "phat trien nong thon",
  nnptnt: "nong nghiep va phat trien nong thon",
  htx: "hop tac xa",
  tp: "thanh pho",
  clb: "cau lac bo",
  ntm: "nong thon moi",
  khdt: "ke hoach va dau tu",
  nhcsxh: "ngan hang chinh sach xa hoi",
  mttq: "mat tran to quoc",
  ubmttq: "uy ban mat tran to quoc",
  tw: "trung uong",
  programme: "program",
  programmes: "programs",
  centre: "center",
};

/** Folded multi-word abbreviations (after punctuation became spaces: "NN&PTNT" → "nn ptnt"). */
export const MULTI_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ["nn va ptnt", "nong nghiep va phat trien nong thon"],
  ["nn ptnt", "nong nghiep va phat trien nong thon"],
  ["kh va dt", "ke hoach va dau tu"],
  ["kh dt", "ke hoach va dau tu"],
  ["ld tb xh", "lao dong thuong binh va xa hoi"],
  ["ld tbxh", "lao dong thuong binh va xa hoi"],
];

/**
 * Folded English phrase → folded Vietnamese phrase, longest first: an English name translated
 * term by term compares with the Vietnamese one as a bag of words ("Hanoi Women's Union" and
 * "Hội LHPN Hà Nội" are the same bag).
 */
export const ENGLISH_TERMS: readonly (readonly [string, string])[] = [
  ["department of labour invalids and social affairs", "so lao dong thuong binh va xa hoi"],
  ["department of labor invalids and social affairs", "so lao dong thuong binh va xa hoi"],
  ["ministry of labour invalids and social affairs", "bo lao dong thuong binh va xa hoi"],
  ["ministry of labor invalids and social affairs", "bo lao dong thuong binh va xa hoi"],
  ["division of labour invalids and social affairs", "phong lao dong thuong binh va xa hoi"],
  ["division of labor invalids and social affairs", "phong lao dong thuong binh va xa hoi"],
  ["department of agriculture and rural development", "so nong nghiep va phat trien nong thon"],
  ["ministry of agriculture and rural development", "bo nong nghiep va phat trien nong thon"],
  ["department of planning and investment", "so ke hoach va dau tu"],
  ["committee for ethnic minority affairs", "ban dan toc"],
  ["ethnic minority committee", "ban dan toc"],
  ["ethnic affairs committee", "ban dan toc"],
  ["bank for social policies", "ngan hang chinh sach xa hoi"],
  ["social policy bank", "ngan hang chinh sach xa hoi"],
  ["agricultural extension center", "trung tam khuyen nong"],
  ["agricultural service center", "trung tam dich vu nong nghiep"],
  ["agriculture service center", "trung tam dich vu nong nghiep"],
  ["national target program", "chuong trinh muc tieu quoc gia"],
  ["sustainable poverty reduction", "giam ngheo ben vung"],
  ["new rural development", "xay dung nong thon moi"],
  ["socio economic development", "phat trien kinh te xa hoi"],
  ["ethnic minority and mountainous areas", "vung dong bao dan toc thieu so va mien nui"],
  ["people committee", "uy ban nhan dan"],
  ["peoples committee", "uy ban nhan dan"],
  ["women union", "hoi lien hiep phu nu"],
  ["womens union", "hoi lien hiep phu nu"],
  ["farmers union", "hoi nong dan"],
  ["farmer union", "hoi nong dan"],
  ["farmers association", "hoi nong dan"],
  ["youth union", "doan thanh nien"],
  ["fatherland front", "mat tran to quoc"],
  ["red cross", "hoi chu thap do"],
  ["cooperative", "hop tac xa"],
  ["dolisa", "so lao dong thuong binh va xa hoi"],
  ["molisa", "bo lao dong thuong binh va xa hoi"],
  ["dard", "so nong nghiep va phat trien nong thon"],
  ["vbsp", "ngan hang chinh sach xa hoi"],
  ["province", "tinh"],
  ["provincial", "tinh"],
  ["district", "huyen"],
  ["commune", "xa"],
  ["city", "thanh pho"],
];

/** Unit words dropped when two names are compared ("Hội LHPN thành phố Hà Nội" = "Hội LHPN Hà Nội"). */
export const DROPPED_UNIT_WORDS: ReadonlySet<string> = new Set(["tinh", "huyen", "thanh", "pho", "thu", "do", "tp", "the", "of"]);

/**
 * The national programs by their usual names (folded): a mention of any phrase is the program,
 * and a seed entity whose name or alias has one of the `cores` (after "chương trình (mục tiêu
 * quốc gia)" and the period are taken off) is that program.
 */
export interface ProgramSynonyms {
  name: string;
  nameEn: string;
  cores: readonly string[];
  phrases: readonly string[];
}

export const PROGRAM_SYNONYMS: readonly ProgramSynonyms[] = [
  {
    name: "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    nameEn: "National Target Program for Sustainable Poverty Reduction",
    cores: ["giam ngheo ben vung"],
    phrases: [
      "chuong trinh muc tieu quoc gia giam ngheo ben vung",
      "chuong trinh giam ngheo ben vung",
      "chuong trinh muc tieu quoc gia ve giam ngheo ben vung",
      "chuong trinh muc tieu quoc gia on sustainable poverty reduction",
      "chuong trinh muc tieu quoc gia for sustainable poverty reduction",
      "sustainable poverty reduction program",
      "giam ngheo ben vung program",
    ],
  },
  {
    name: "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
    nameEn: "National Target Program for Socio-economic Development of Ethnic Minority and Mountainous Areas",
    cores: ["phat trien kinh te xa hoi vung dong bao dan toc thieu so va mien nui"],
    phrases: [
      "chuong trinh muc tieu quoc gia phat trien kinh te xa hoi vung dong bao dan toc thieu so va mien nui",
      "chuong trinh phat trien kinh te xa hoi vung dong bao dan toc thieu so va mien nui",
      "chuong trinh muc tieu quoc gia vung dong bao dan toc thieu so va mien nui",
      "chuong trinh muc tieu quoc gia on phat trien kinh te xa hoi of vung dong bao dan toc thieu so va mien nui",
      "chuong trinh muc tieu quoc gia for phat trien kinh te xa hoi of vung dong bao dan toc thieu so va mien nui",
      "chuong trinh muc tieu quoc gia 1719",
      "chuong trinh 1719",
      "1719 program",
      "program 1719",
      "1719 chuong trinh muc tieu quoc gia",
      "quyet dinh 1719",
      "decision 1719",
      "1719 qd ttg",
    ],
  },
  {
    name: "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    nameEn: "National Target Program on New Rural Development",
    cores: ["xay dung nong thon moi", "nong thon moi"],
    phrases: [
      "chuong trinh muc tieu quoc gia xay dung nong thon moi",
      "chuong trinh xay dung nong thon moi",
      "chuong trinh muc tieu quoc gia on xay dung nong thon moi",
      "xay dung nong thon moi program",
      "xay dung nong thon moi",
      "nong thon moi",
    ],
  },
  {
    name: "Chương trình OCOP (Mỗi xã một sản phẩm)",
    nameEn: "One Commune One Product (OCOP) program",
    cores: ["ocop", "moi xa mot san pham"],
    phrases: ["chuong trinh ocop", "chuong trinh moi xa mot san pham", "one commune one product", "ocop program", "ocop"],
  },
];

/** A word that names a kind of place before (Vietnamese) or after (English) the name. */
export interface PlaceUnitWord {
  words: readonly string[];
  levels: readonly Level[];
  unitType?: string;
  village?: boolean;
}

export const VI_PLACE_UNITS: readonly PlaceUnitWord[] = [
  { words: ["tỉnh"], levels: ["PROVINCE"], unitType: "Tỉnh" },
  { words: ["thành", "phố"], levels: ["PROVINCE", "DISTRICT"], unitType: "Thành phố" },
  { words: ["tp"], levels: ["PROVINCE", "DISTRICT"], unitType: "Thành phố" },
  { words: ["thủ", "đô"], levels: ["PROVINCE"] },
  { words: ["huyện"], levels: ["DISTRICT"], unitType: "Huyện" },
  { words: ["quận"], levels: ["DISTRICT"], unitType: "Quận" },
  { words: ["thị", "xã"], levels: ["DISTRICT"], unitType: "Thị xã" },
  { words: ["xã"], levels: ["COMMUNE"], unitType: "Xã" },
  { words: ["phường"], levels: ["COMMUNE"], unitType: "Phường" },
  { words: ["thị", "trấn"], levels: ["COMMUNE"], unitType: "Thị trấn" },
  { words: ["đặc", "khu"], levels: ["COMMUNE"], unitType: "Đặc khu" },
  { words: ["tổ", "dân", "phố"], levels: ["VILLAGE"], unitType: "Tổ dân phố", village: true },
  { words: ["khu", "phố"], levels: ["VILLAGE"], unitType: "Khu phố", village: true },
  { words: ["thôn"], levels: ["VILLAGE"], unitType: "Thôn", village: true },
  { words: ["bản"], levels: ["VILLAGE"], unitType: "Bản", village: true },
  { words: ["ấp"], levels: ["VILLAGE"], unitType: "Ấp", village: true },
  { words: ["xóm"], levels: ["VILLAGE"], unitType: "Xóm", village: true },
  { words: ["buôn"], levels: ["VILLAGE"], unitType: "Buôn", village: true },
  { words: ["làng"], levels: ["VILLAGE"], unitType: "Làng", village: true },
  { words: ["plei"], levels: ["VILLAGE"], unitType: "Plei", village: true },
  { words: ["bon"], levels: ["VILLAGE"], unitType: "Bon", village: true },
  { words: ["sóc"], levels: ["VILLAGE"], unitType: "Sóc", village: true },
  { words: ["khóm"], levels: ["VILLAGE"], unitType: "Khóm", village: true },
];

/** English unit words, after the name ("Cao Bang province") or before "of" ("the province of …"). */
export const EN_PLACE_UNITS: readonly PlaceUnitWord[] = [
  { words: ["province"], levels: ["PROVINCE"], unitType: "Tỉnh" },
  { words: ["provinces"], levels: ["PROVINCE"], unitType: "Tỉnh" },
  { words: ["city"], levels: ["PROVINCE", "DISTRICT"], unitType: "Thành phố" },
  { words: ["district"], levels: ["DISTRICT"], unitType: "Huyện" },
  { words: ["districts"], levels: ["DISTRICT"], unitType: "Huyện" },
  { words: ["town"], levels: ["DISTRICT", "COMMUNE"] },
  { words: ["township"], levels: ["COMMUNE"], unitType: "Thị trấn" },
  { words: ["commune"], levels: ["COMMUNE"], unitType: "Xã" },
  { words: ["communes"], levels: ["COMMUNE"], unitType: "Xã" },
  { words: ["ward"], levels: ["COMMUNE"], unitType: "Phường" },
  { words: ["wards"], levels: ["COMMUNE"], unitType: "Phường" },
  { words: ["village"], levels: ["VILLAGE"], village: true },
  { words: ["villages"], levels: ["VILLAGE"], village: true },
  { words: ["hamlet"], levels: ["VILLAGE"], village: true },
  { words: ["hamlets"], levels: ["VILLAGE"], village: true },
];

/** Words after which a capitalised word is part of a person's name, not a place. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "thị",
  "văn",
  "đức",
  "hữu",
  "công",
  "ngọc",
  "quốc",
  "đình",
  "bá",
  "trọng",
  "nguyễn",
  "trần",
  "lê",
  "phạm",
  "hoàng",
  "huỳnh",
  "phan",
  "vũ",
  "võ",
  "đặng",
  "bùi",
  "đỗ",
  "hồ",
  "ngô",
  "dương",
  "lý",
  "đoàn",
  "đinh",
  "lâm",
  "trịnh",
  "lương",
  "tạ",
  "chu",
  "lại",
  "vương",
]);

/** Common Vietnamese family names (folded), which start a person's full name. */
export const SURNAMES: ReadonlySet<string> = new Set([
  "nguyen",
  "tran",
  "le",
  "pham",
  "hoang",
  "huynh",
  "phan",
  "vu",
  "vo",
  "dang",
  "bui",
  "do",
  "ho",
  "ngo",
  "duong",
  "ly",
  "doan",
  "dinh",
  "lam",
  "trinh",
  "luong",
  "ta",
  "chu",
  "lai",
  "vuong",
  "mai",
  "cao",
  "ha",
  "to",
  "quach",
  "thai",
  "kieu",
  "giang",
  "tong",
  "trieu",
  "luu",
  "hua",
  "sung",
  "vang",
  "giang",
  "lo",
  "lu",
  "ma",
]);

/** Honorifics before a person's name (lower case; a trailing dot is optional in the text). */
export const HONORIFICS: readonly string[][] = [
  ["pgs", "ts"],
  ["gs", "ts"],
  ["đồng", "chí"],
  ["ông"],
  ["bà"],
  ["ts"],
  ["ths"],
  ["tiến", "sĩ"],
  ["thạc", "sĩ"],
  ["bs"],
  ["đ/c"],
  ["mr"],
  ["mrs"],
  ["ms"],
  ["dr"],
  ["prof"],
];

/** Positions, longest first: "<position> <organization>" after a person's name. */
export const POSITIONS: readonly string[] = [
  "phó trưởng đoàn công tác",
  "trưởng đoàn công tác",
  "phó trưởng phòng",
  "trưởng phòng",
  "phó trưởng ban",
  "trưởng ban",
  "phó giám đốc",
  "giám đốc",
  "phó hiệu trưởng",
  "hiệu trưởng",
  "phó chủ tịch",
  "chủ tịch",
  "phó bí thư",
  "bí thư",
  "phó viện trưởng",
  "viện trưởng",
  "phó chánh văn phòng",
  "chánh văn phòng",
  "chủ nhiệm",
  "trưởng đoàn",
  "trưởng thôn",
  "trưởng bản",
  "chuyên viên",
  "cán bộ",
  "điều phối viên",
  "phó cục trưởng",
  "cục trưởng",
  "thứ trưởng",
  "bộ trưởng",
  "trưởng đại diện",
  "giám đốc quốc gia",
  "deputy director general",
  "director general",
  "deputy director",
  "director",
  "vice chairwoman",
  "vice chairman",
  "vice president",
  "chairwoman",
  "chairman",
  "president",
  "head",
  "deputy head",
  "country director",
  "coordinator",
];

export interface OrgHead {
  words: readonly string[];
  orgType: OrgTypeName;
  /** The head's first word must be capitalised (Sở, Bộ, Ban: lower-case they are common words). */
  cap?: boolean;
  /** Lower case only when a capitalised word follows ("phòng Lao động…"). */
  capOrNextCap?: boolean;
  /** A head alone names no organization ("Hợp tác xã," with nothing after it). */
  needsTail?: boolean;
  /** "các doanh nghiệp": a group of bodies the text names together, without a name. */
  collective?: boolean;
}

/** Vietnamese heads of organization names, longest first; matched on lower-case words. */
export const VI_ORG_HEADS: readonly OrgHead[] = [
  { words: ["trung", "ương", "hội", "liên", "hiệp", "phụ", "nữ"], orgType: "MASS_ORGANIZATION" },
  { words: ["trung", "ương", "hội", "lhpn"], orgType: "MASS_ORGANIZATION" },
  { words: ["hội", "liên", "hiệp", "phụ", "nữ"], orgType: "MASS_ORGANIZATION" },
  { words: ["hội", "lhpn"], orgType: "MASS_ORGANIZATION" },
  { words: ["hội", "phụ", "nữ"], orgType: "MASS_ORGANIZATION", cap: true },
  { words: ["hội", "nông", "dân"], orgType: "MASS_ORGANIZATION", cap: true },
  { words: ["hội", "cựu", "chiến", "binh"], orgType: "MASS_ORGANIZATION", cap: true },
  { words: ["hội", "chữ", "thập", "đỏ"], orgType: "MASS_ORGANIZATION" },
  { words: ["đoàn", "thanh", "niên"], orgType: "MASS_ORGANIZATION", cap: true },
  { words: ["ủy", "ban", "mặt", "trận", "tổ", "quốc"], orgType: "MASS_ORGANIZATION" },
  { words: ["uỷ", "ban", "mặt", "trận", "tổ", "quốc"], orgType: "MASS_ORGANIZATION" },
  { words: ["mặt", "trận", "tổ", "quốc"], orgType: "MASS_ORGANIZATION" },
  { words: ["liên", "đoàn", "lao", "động"], orgType: "MASS_ORGANIZATION", cap: true },
  { words: ["ủy", "ban", "nhân", "dân"], orgType: "PEOPLES_COMMITTEE" },
  { words: ["uỷ", "ban", "nhân", "dân"], orgType: "PEOPLES_COMMITTEE" },
  { words: ["ubnd"], orgType: "PEOPLES_COMMITTEE" },
  { words: ["hội", "đồng", "nhân", "dân"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["hđnd"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["ngân", "hàng"], orgType: "BANK", needsTail: true },
  { words: ["hợp", "tác", "xã"], orgType: "COOPERATIVE", needsTail: true },
  { words: ["htx"], orgType: "COOPERATIVE", needsTail: true },
  { words: ["tổ", "hợp", "tác"], orgType: "COOPERATIVE", needsTail: true },
  { words: ["trường", "đại", "học"], orgType: "UNIVERSITY", needsTail: true },
  { words: ["đại", "học"], orgType: "UNIVERSITY", cap: true, needsTail: true },
  { words: ["học", "viện"], orgType: "UNIVERSITY", cap: true, needsTail: true },
  { words: ["viện"], orgType: "PUBLIC_SERVICE_UNIT", cap: true, needsTail: true },
  { words: ["trung", "tâm"], orgType: "PUBLIC_SERVICE_UNIT", needsTail: true },
  { words: ["công", "ty"], orgType: "BUSINESS", needsTail: true },
  { words: ["tập", "đoàn"], orgType: "BUSINESS", cap: true, needsTail: true },
  { words: ["doanh", "nghiệp"], orgType: "BUSINESS", needsTail: true, collective: true },
  { words: ["cơ", "quan", "chuyên", "môn"], orgType: "GOVERNMENT_AGENCY", needsTail: true, collective: true },
  { words: ["thủ", "tướng", "chính", "phủ"], orgType: "GOVERNMENT_AGENCY", cap: true },
  { words: ["tổng", "hội"], orgType: "MASS_ORGANIZATION", cap: true, needsTail: true },
  { words: ["tổng", "cục"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["chi", "cục"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["cục"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["văn", "phòng"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["sở"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["bộ"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["phòng"], orgType: "GOVERNMENT_AGENCY", capOrNextCap: true, needsTail: true },
  { words: ["ban"], orgType: "GOVERNMENT_AGENCY", cap: true, needsTail: true },
  { words: ["đoàn", "công", "tác"], orgType: "DELEGATION" },
  { words: ["nhóm"], orgType: "COMMUNITY_GROUP", needsTail: true },
];

/** English words that make a capitalised run an organization name. */
export const EN_ORG_WORDS: ReadonlyMap<string, OrgTypeName> = new Map([
  ["committee", "GOVERNMENT_AGENCY"],
  ["union", "MASS_ORGANIZATION"],
  ["association", "MASS_ORGANIZATION"],
  ["front", "MASS_ORGANIZATION"],
  ["cross", "MASS_ORGANIZATION"],
  ["department", "GOVERNMENT_AGENCY"],
  ["ministry", "GOVERNMENT_AGENCY"],
  ["office", "GOVERNMENT_AGENCY"],
  ["division", "GOVERNMENT_AGENCY"],
  ["agency", "GOVERNMENT_AGENCY"],
  ["bureau", "GOVERNMENT_AGENCY"],
  ["centre", "PUBLIC_SERVICE_UNIT"],
  ["center", "PUBLIC_SERVICE_UNIT"],
  ["institute", "PUBLIC_SERVICE_UNIT"],
  ["cooperative", "COOPERATIVE"],
  ["co-operative", "COOPERATIVE"],
  ["bank", "BANK"],
  ["university", "UNIVERSITY"],
  ["academy", "UNIVERSITY"],
  ["college", "UNIVERSITY"],
  ["international", "INTERNATIONAL_NGO"],
  ["foundation", "NGO"],
  ["fund", "NGO"],
  ["network", "NGO"],
  ["alliance", "NGO"],
  ["trust", "NGO"],
  ["vision", "INTERNATIONAL_NGO"],
  ["aid", "INTERNATIONAL_NGO"],
  ["company", "BUSINESS"],
  ["corporation", "BUSINESS"],
  ["ltd", "BUSINESS"],
  ["jsc", "BUSINESS"],
  ["delegation", "DELEGATION"],
]);

/**
 * Development partners whose names hold no organization word ("Oxfam", "CARE", "Helvetas"): an
 * organization wherever named, in either language, with the country office after it when the text
 * names one ("Oxfam in Vietnam", "Helvetas Vietnam", "Save the Children Japan").
 */
export const KNOWN_PARTNER_NAMES: readonly { words: readonly string[]; orgType: OrgTypeName; /** Another name of the same body. */ same?: string }[] = [
  { words: ["oxfam"], orgType: "INTERNATIONAL_NGO" },
  { words: ["helvetas"], orgType: "INTERNATIONAL_NGO" },
  { words: ["heifer"], orgType: "INTERNATIONAL_NGO" },
  { words: ["care"], orgType: "INTERNATIONAL_NGO" },
  { words: ["save", "the", "children"], orgType: "INTERNATIONAL_NGO" },
  { words: ["childfund"], orgType: "INTERNATIONAL_NGO" },
  { words: ["actionaid"], orgType: "INTERNATIONAL_NGO" },
  { words: ["snv"], orgType: "INTERNATIONAL_NGO" },
  { words: ["cideal"], orgType: "INTERNATIONAL_NGO" },
  { words: ["fao"], orgType: "INTERNATIONAL_NGO" },
  { words: ["food", "and", "agriculture", "organization"], orgType: "INTERNATIONAL_NGO", same: "fao" },
  { words: ["undp"], orgType: "INTERNATIONAL_NGO" },
  { words: ["unicef"], orgType: "INTERNATIONAL_NGO" },
  { words: ["ifad"], orgType: "INTERNATIONAL_NGO" },
  { words: ["koica"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["jica"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["usaid"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["giz"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["echo"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["european", "commission"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["european", "union"], orgType: "GOVERNMENT_AGENCY" },
  { words: ["liên", "minh", "châu", "âu"], orgType: "GOVERNMENT_AGENCY", same: "european union" },
];

/** Country-office words after a partner's name ("in Vietnam", "Việt Nam", "Japan", "International"). */
export const PARTNER_SUFFIXES: readonly (readonly string[])[] = [
  ["in", "vietnam"],
  ["in", "viet", "nam"],
  ["tại", "việt", "nam"],
  ["việt", "nam"],
  ["viet", "nam"],
  ["vietnam"],
  ["international"],
  ["novib"],
  ["japan"],
  ["korea"],
  ["australia"],
];

/** English words of the names of kinds of bodies: a name made only of these (and places) is nobody's in particular. */
export const GENERIC_EN_WORDS: ReadonlySet<string> = new Set(
  (
    "women women's union unions people people's committee committees department departments labour labor invalids social affairs " +
    "centre center centres development support children community groups group youth young farmers farmer interest core members member " +
    "provincial district districts commune communes city office offices division divisions national ministry bank banks policy policies " +
    "extension agricultural agriculture association general science economics rural training officials civil servants university of and " +
    "the for four provinces province conference delegates local businesses business residents running poverty reduction models model poor " +
    "village villages heads red cross societies society fatherland front standing central outstanding specialised specialized agencies agency " +
    "public service unit units delegation working cooperative cooperatives production linkage government prime minister planning investment " +
    "ethnic minorities minority meritorious services vocational education project projects program programs programme target sustainable " +
    "new economic socio mountainous areas area vietnam viet nam international organization organisation organizations organisations"
  ).split(" "),
);

/** Lower-case words that may join the capitalised words of an English name. */
export const EN_NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "&"]);

/** Acronyms that are not organizations (programs, abbreviations of common words, document codes). */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  "OCOP",
  "DTTS",
  "UBND",
  "HĐND",
  "HDND",
  "LĐTBXH",
  "LDTBXH",
  "QĐ",
  "QD",
  "TTG",
  "TTg",
  "KH",
  "NQ",
  "CLB",
  "HTX",
  "MTQG",
  "PTNT",
  "NN",
  "TP",
  "VN",
  "THCS",
  "THPT",
  "NTM",
  "CT",
  "NĐ",
  "ND",
  "CP",
  "TW",
  "BCĐ",
  "BCD",
  "GDP",
  "NTP",
  "VND",
  "USD",
  "EU",
  "ODA",
  "SDG",
  "SDGS",
  "COVID",
  "ID",
  "PDF",
  "HTML",
  "I",
  "II",
  "III",
  "IV",
  "V",
  "LHPN",
  "MTTQ",
  "NHCSXH",
  "BTV",
  "BCH",
  "ĐTN",
  "DTN",
  "TNCS",
  "HND",
  "CCB",
  "CTMTQG",
  "KHĐT",
  "KHDT",
  "UBMTTQ",
]);

export interface EventHead {
  words: readonly string[];
  eventType: EventTypeName;
  /** A study tour needs a delegation in its sentence ("Đoàn công tác … học tập kinh nghiệm"). */
  needsDelegation?: boolean;
  /**
   * A verb that is the event ("xã … cấp phát bò giống cho …", "FAO distributed vouchers"): every
   * such verb of one type in an article is one event unless their sentences give other dates.
   */
  verbal?: boolean;
  /** Words that must not follow the head ("trao đổi" is an exchange, not a handover). */
  notBefore?: readonly string[];
}

export const VI_EVENT_HEADS: readonly EventHead[] = [
  { words: ["hội", "nghị", "tập", "huấn"], eventType: "TRAINING" },
  { words: ["lớp", "tập", "huấn"], eventType: "TRAINING" },
  { words: ["khóa", "tập", "huấn"], eventType: "TRAINING" },
  { words: ["lớp", "đào", "tạo"], eventType: "TRAINING" },
  { words: ["lớp", "dạy", "nghề"], eventType: "TRAINING" },
  { words: ["lớp", "học", "nghề"], eventType: "TRAINING" },
  { words: ["khóa", "đào", "tạo"], eventType: "TRAINING" },
  { words: ["tập", "huấn"], eventType: "TRAINING" },
  { words: ["hội", "nghị"], eventType: "CONFERENCE" },
  { words: ["hội", "thảo"], eventType: "WORKSHOP" },
  { words: ["tọa", "đàm"], eventType: "WORKSHOP" },
  { words: ["toạ", "đàm"], eventType: "WORKSHOP" },
  { words: ["diễn", "đàn"], eventType: "WORKSHOP" },
  { words: ["ngày", "hội"], eventType: "FESTIVAL" },
  { words: ["lễ", "hội"], eventType: "FESTIVAL" },
  { words: ["hội", "chợ"], eventType: "FESTIVAL" },
  { words: ["lễ", "bàn", "giao"], eventType: "HANDOVER" },
  { words: ["lễ", "trao", "tặng"], eventType: "HANDOVER" },
  { words: ["lễ", "trao"], eventType: "HANDOVER" },
  { words: ["lễ", "cấp", "phát"], eventType: "HANDOVER" },
  { words: ["lễ", "ra", "mắt"], eventType: "LAUNCH" },
  { words: ["lễ", "khởi", "động"], eventType: "LAUNCH" },
  { words: ["lễ", "ký", "kết"], eventType: "LAUNCH" },
  { words: ["hội", "thảo", "khởi", "động"], eventType: "LAUNCH" },
  { words: ["hội", "nghị", "khởi", "động"], eventType: "LAUNCH" },
  { words: ["lễ", "phát", "động"], eventType: "MEETING" },
  { words: ["lễ", "khởi", "công"], eventType: "MEETING" },
  // verbs that are the event (handovers, launches, visits)
  { words: ["bàn", "giao"], eventType: "HANDOVER", verbal: true },
  { words: ["trao", "tặng"], eventType: "HANDOVER", verbal: true },
  { words: ["cấp", "phát"], eventType: "HANDOVER", verbal: true },
  { words: ["giải", "ngân"], eventType: "HANDOVER", verbal: true },
  { words: ["trao"], eventType: "HANDOVER", verbal: true, notBefore: ["đổi", "quyền", "dồi", "giải"] },
  { words: ["khởi", "động"], eventType: "LAUNCH", verbal: true },
  { words: ["ra", "mắt"], eventType: "LAUNCH", verbal: true },
  { words: ["ký", "kết"], eventType: "LAUNCH", verbal: true },
  { words: ["đến", "thăm"], eventType: "FIELD_VISIT", verbal: true },
  { words: ["thăm", "và", "làm", "việc"], eventType: "FIELD_VISIT", verbal: true },
  { words: ["khảo", "sát", "thực", "tế"], eventType: "FIELD_VISIT", verbal: true },
  { words: ["học", "tập", ",", "trao", "đổi", "kinh", "nghiệm"], eventType: "STUDY_TOUR", needsDelegation: true },
  { words: ["học", "tập", "trao", "đổi", "kinh", "nghiệm"], eventType: "STUDY_TOUR", needsDelegation: true },
  { words: ["học", "tập", "kinh", "nghiệm"], eventType: "STUDY_TOUR", needsDelegation: true },
  { words: ["tham", "quan", "học", "tập"], eventType: "STUDY_TOUR", needsDelegation: true },
  { words: ["tham", "quan", ",", "học", "tập"], eventType: "STUDY_TOUR", needsDelegation: true },
  // (events2) gatherings named by a classifier and what is done there, with no verb of their own: a session of
  // recruiting, interviewing, meeting or talking ("buổi tuyển chọn lao động", "buổi gặp mặt"); a ceremony by what it
  // honours or marks ("lễ tuyên dương", "lễ khen thưởng"); a series of activities or events (a FESTIVAL, as "ngày hội")
  { words: ["buổi", "tuyển", "chọn"], eventType: "MEETING" },
  { words: ["buổi", "tuyển", "dụng"], eventType: "MEETING" },
  { words: ["buổi", "phỏng", "vấn"], eventType: "MEETING" },
  { words: ["buổi", "gặp", "mặt"], eventType: "MEETING" },
  { words: ["buổi", "giao", "lưu"], eventType: "MEETING" },
  { words: ["buổi", "đối", "thoại"], eventType: "MEETING" },
  { words: ["buổi", "sinh", "hoạt"], eventType: "MEETING" },
  { words: ["phiên", "giao", "dịch", "việc", "làm"], eventType: "MEETING" },
  { words: ["lễ", "tuyên", "dương"], eventType: "MEETING" },
  { words: ["lễ", "biểu", "dương"], eventType: "MEETING" },
  { words: ["lễ", "khen", "thưởng"], eventType: "MEETING" },
  { words: ["lễ", "vinh", "danh"], eventType: "MEETING" },
  { words: ["lễ", "kỷ", "niệm"], eventType: "MEETING" },
  { words: ["lễ", "kỉ", "niệm"], eventType: "MEETING" },
  // (events7) a meeting said by its plain word with a classifier ("cuộc họp", "buổi họp", "phiên họp"): "nơi họp", "họp" alone are not heads
  { words: ["cuộc", "họp"], eventType: "MEETING" },
  { words: ["buổi", "họp"], eventType: "MEETING" },
  { words: ["phiên", "họp"], eventType: "MEETING" },
  { words: ["chuỗi", "hoạt", "động"], eventType: "FESTIVAL" },
  { words: ["chuỗi", "sự", "kiện"], eventType: "FESTIVAL" },
];

/** (events7) Things named after an activity, after its head word: the head names the thing, not an event. */
const EVENT_THINGS: readonly string[] = [
  "hall",
  "halls",
  "room",
  "rooms",
  "centre",
  "center",
  "centres",
  "centers",
  "venue",
  "manual",
  "manuals",
  "material",
  "materials",
  "handbook",
  "handbooks",
  "curriculum",
  "facility",
  "facilities",
  "report",
  "reports",
  "proceedings",
];

export const EN_EVENT_HEADS: readonly EventHead[] = [
  { words: ["study", "tour"], eventType: "STUDY_TOUR" },
  { words: ["study", "visit"], eventType: "STUDY_TOUR" },
  { words: ["exchange", "visit"], eventType: "STUDY_TOUR" },
  { words: ["training", "course"], eventType: "TRAINING" },
  { words: ["training", "workshop"], eventType: "TRAINING" },
  { words: ["training", "session"], eventType: "TRAINING" },
  // (events7) a thing named after the activity, not the activity: "the training manual", "the conference hall", "a workshop room"
  { words: ["training"], eventType: "TRAINING", notBefore: EVENT_THINGS },
  { words: ["conference"], eventType: "CONFERENCE", notBefore: EVENT_THINGS },
  { words: ["workshop"], eventType: "WORKSHOP", notBefore: EVENT_THINGS },
  { words: ["seminar"], eventType: "WORKSHOP" },
  { words: ["forum"], eventType: "WORKSHOP" },
  { words: ["festival"], eventType: "FESTIVAL" },
  { words: ["fair"], eventType: "FESTIVAL" },
  { words: ["handover", "ceremony"], eventType: "HANDOVER" },
  { words: ["signing", "ceremony"], eventType: "LAUNCH" },
  { words: ["launching", "ceremony"], eventType: "LAUNCH" },
  { words: ["launch", "ceremony"], eventType: "LAUNCH" },
  { words: ["launching", "workshop"], eventType: "LAUNCH" },
  { words: ["launch", "workshop"], eventType: "LAUNCH" },
  { words: ["kick", "off"], eventType: "LAUNCH" },
  { words: ["monitoring", "trip"], eventType: "FIELD_VISIT" },
  { words: ["monitoring", "visit"], eventType: "FIELD_VISIT" },
  { words: ["field", "trip"], eventType: "FIELD_VISIT" },
  { words: ["field", "visit"], eventType: "FIELD_VISIT" },
  { words: ["meeting"], eventType: "MEETING" },
  { words: ["ceremony"], eventType: "MEETING" },
  // verbs that are the event
  { words: ["handed", "over"], eventType: "HANDOVER", verbal: true },
  { words: ["distributed"], eventType: "HANDOVER", verbal: true },
  { words: ["donated"], eventType: "HANDOVER", verbal: true },
  // "Forty households … have received 3,300 free plants from the centre on February 11": what is handed over, not a course or advice received
  {
    words: ["received"],
    eventType: "HANDOVER",
    verbal: true,
    notBefore: ["training", "trainings", "instruction", "instructions", "guidance", "information", "advice", "attention", "technical", "skills", "a", "the", "their", "its"],
  },
  { words: ["distribution"], eventType: "HANDOVER", verbal: true, notBefore: ["of", "channels", "channel", "network"] },
  { words: ["launched"], eventType: "LAUNCH", verbal: true },
  { words: ["launch"], eventType: "LAUNCH", verbal: true, notBefore: ["of"] },
  { words: ["signed"], eventType: "LAUNCH", verbal: true },
  { words: ["visited"], eventType: "FIELD_VISIT", verbal: true },
  { words: ["visit"], eventType: "FIELD_VISIT", verbal: true },
  { words: ["visits"], eventType: "FIELD_VISIT", verbal: true },
  // (events2) a session named by what is done there ("a recruitment session", "an information session"; "training session"
  // is the longer head above); a series of activities or events, a FESTIVAL as "ngày hội"
  { words: ["session"], eventType: "MEETING", notBefore: ["of"] },
  { words: ["series", "of", "activities"], eventType: "FESTIVAL" },
  { words: ["series", "of", "events"], eventType: "FESTIVAL" },
];

/** Verbs that make an event happen in their sentence: it is an event, not a mention of a kind of event. */
export const EVENT_VERBS: readonly string[] = [
  "tổ chức",
  "khai mạc",
  "diễn ra",
  "tham dự",
  "chủ trì",
  "phối hợp",
  "organized",
  "organised",
  "held",
  "hosted",
  "took place",
  "opened",
  "attended",
  "co-organized",
  "co-organised",
  "convened",
  "joined",
];

/** Function words that end a name (Vietnamese, lower case). */
export const VI_STOP_WORDS: ReadonlySet<string> = new Set([
  "đã",
  "đang",
  "sẽ",
  "được",
  "bị",
  "là",
  "có",
  "cho",
  "với",
  "tại",
  "ở",
  "trên",
  "về",
  "do",
  "nhằm",
  "để",
  "từ",
  "đến",
  "theo",
  "trong",
  "khi",
  "thì",
  "mà",
  "hoặc",
  "nhưng",
  "cũng",
  "các",
  "những",
  "này",
  "đó",
  "gồm",
  "như",
  "cùng",
  "thuộc",
  "của",
  "vào",
  "qua",
  "sau",
  "trước",
  "tới",
  "nhân",
  "dịp",
  "ngày",
  "năm",
  "tháng",
  "sáng",
  "chiều",
  "tối",
  "hôm",
  "nay",
  "đây",
  "vừa",
  "rồi",
  "lại",
  "và",
  "hay",
  "nên",
  "hơn",
  "gần",
  "khoảng",
  "tặng",
  "nghe",
  "giúp",
]);

/** Verbs and roles (two words, lower case) that end a name: "… phối hợp với …", "… tổ chức Hội nghị". */
export const VI_STOP_PHRASES: readonly string[][] = [
  "tham dự",
  "phối hợp",
  "chủ trì",
  "ban hành",
  "triển khai",
  "thực hiện",
  "phát biểu",
  "làm việc",
  "hướng dẫn",
  "truyền đạt",
  "giới thiệu",
  "chia sẻ",
  "tổ chức",
  "báo cáo",
  "đại diện",
  "lãnh đạo",
  "chuyên viên",
  "cán bộ",
  "góp phần",
  "tặng quà",
  "nâng cao",
  "tham quan",
  "học tập",
  "trao đổi",
  "khai mạc",
  "diễn ra",
  "xây dựng",
].map((p) => p.split(" "));

/** Lower-case words inside a name that would otherwise stop it ("phòng Người có công và xã hội"). */
export const VI_NAME_PHRASES: readonly string[][] = [
  ["có", "công"],
  ["có", "thời", "hạn"],
  // models2: nouns whose second syllable is a stop word alone ("nhân dịp", "nhân rộng"): "phòng chống tảo hôn và hôn nhân cận huyết"
  ["hôn", "nhân"],
  ["công", "nhân"],
  ["doanh", "nhân"],
];

/** Words that end an English name. */
export const EN_STOP_WORDS: ReadonlySet<string> = new Set([
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "to",
  "with",
  "at",
  "by",
  "from",
  "on",
  "in",
  "said",
  "says",
  "organized",
  "organised",
  "held",
  "hosted",
  "which",
  "who",
  "that",
  "this",
  "these",
  "their",
  "its",
]);

/** Verbs of livelihood models: "<verb> <object>" names a model ("nuôi gà", "trồng dưa hấu"). */
export const VI_MODEL_VERBS: readonly string[][] = [
  ["chăn", "nuôi"],
  ["nuôi", "trồng"],
  ["nuôi"],
  ["trồng"],
  ["sấy"],
  ["dệt"],
  ["thêu"],
  ["sản", "xuất", "và", "chế", "biến"],
  ["chế", "biến"],
];

/** Objects after a model verb that are not a model ("nuôi dưỡng", "trồng trọt" alone). */
export const VI_NOT_MODEL_OBJECTS: ReadonlySet<string> = new Set(["dưỡng", "dạy", "sống", "trọt", "con", "các", "những", "cho", "và"]);

/** Tails of "mô hình …" that name no particular model. */
export const GENERIC_MODEL_TAILS: ReadonlySet<string> = new Set([
  "giam ngheo",
  "giam ngheo hieu qua",
  "kinh te",
  "sinh ke",
  "san xuat",
  "phat trien kinh te",
  "hieu qua",
  "kinh te hieu qua",
  "sinh ke giam ngheo",
  "sinh ke giam ngheo hieu qua",
  "moi",
  "nay",
  "do",
  "tren",
  "giam ngheo ben vung",
  "phat trien",
  // production along a value chain, no product named (session 9: value-chain phrases are no models)
  "san xuat theo chuoi gia tri",
  "san xuat theo chuoi",
  "phat trien san xuat theo chuoi gia tri",
  "san xuat lien ket theo chuoi gia tri",
  "chuoi gia tri",
]);

/** Models the text names by a fixed phrase (a regular expression on the text), with their name and category. */
export const KNOWN_MODEL_PHRASES: readonly (readonly [RegExp, string, ModelCategoryName])[] = [
  [
    /(?:đưa\s+(?:người\s+)?lao\s+động\s+đi\s+làm\s+việc(?:\s+có\s+thời\s+hạn)?\s+ở\s+nước\s+ngoài|xuất\s+khẩu\s+lao\s+động)/giu,
    "Đưa người lao động đi làm việc có thời hạn ở nước ngoài",
    "LABOUR_EXPORT",
  ],
  [/\blabou?r\s+export\b/giu, "Labour export", "LABOUR_EXPORT"],
];

/** English model phrases: "<object> raising" / "raising <object>" and the like. */
export const EN_MODEL_VERBS: readonly string[] = [
  "raising",
  "rearing",
  "farming",
  "growing",
  "keeping",
  "fattening",
  "breeding",
  "cultivation",
  "processing",
  "weaving",
  "husbandry",
];

/** Category of a new model from words of its name (folded), first match wins. */
export const MODEL_CATEGORY_HINTS: readonly (readonly [RegExp, ModelCategoryName])[] = [
  [/\b(xuat khau lao dong|lam viec (co thoi han )?o nuoc ngoai|labou?r export)\b/, "LABOUR_EXPORT"],
  [/\b(binh dang gioi|gender)\b/, "GENDER_EQUALITY"],
  [/\b(che bien|say|processing|drying|det|weaving)\b/, "AGRO_PROCESSING"],
  [/\b(nuoi|chan nuoi|ga|ong|lon|heo|bo|trau|ca|de|tam|vit|tho|raising|keeping|fattening|breeding|chicken|pig|cattle|bee|fish|goat|livestock)\b/, "LIVESTOCK"],
  [/\b(trong|rau|lua|che|cay|dua|lac|dau|ngo|san|qua|growing|cultivation|crop|rice|tea|vegetable|fruit|watermelon)\b/, "CROP"],
  [/\b(ky nang|ky thuat|dao tao|tin hoc|may tinh|skills?|training|literacy)\b/, "SKILLS"],
  [/\b(duong|dien|nuoc sinh hoat|co so ha tang|cau|road|water|electric|infrastructure|bridge)\b/, "INFRASTRUCTURE"],
  [/\b(thi truong|tieu thu|chuoi gia tri|xuc tien thuong mai|ocop|lien ket|market|value chain)\b/, "MARKET_ACCESS"],
  [/\b(cong dong|cau lac bo|clb|community|club|group)\b/, "COMMUNITY"],
];

/** Number units: the words after a number (lower case) → the unit in English, longest first. */
export const NUMBER_UNITS: readonly (readonly [string, string])[] = [
  ["hộ cận nghèo", "near-poor households"],
  ["hộ nghèo", "poor households"],
  ["hộ gia đình", "households"],
  ["hộ dân", "households"],
  ["hộ nông dân", "households"],
  ["nông hộ", "households"],
  ["gia đình", "households"],
  ["hộ", "households"],
  ["cán bộ", "officials"],
  ["học viên", "learners"],
  ["đại biểu", "delegates"],
  ["thành viên", "members"],
  ["người", "people"],
  ["lao động", "workers"],
  ["thanh niên", "young people"],
  ["nữ nông dân", "women farmers"],
  ["phụ nữ", "women"],
  ["trẻ em", "children"],
  ["nông dân", "farmers"],
  ["hội viên", "members"],
  ["lớp", "classes"],
  ["khóa", "courses"],
  ["buổi", "sessions"],
  ["cuộc họp", "meetings"],
  ["cuộc", "meetings"],
  ["hội nghị", "conferences"],
  ["hội thảo", "workshops"],
  ["sự kiện", "events"],
  ["lượt", "times"],
  ["đợt", "rounds"],
  ["chuyến", "trips"],
  ["tiểu dự án", "subprojects"],
  ["dự án", "projects"],
  ["mô hình", "models"],
  ["loại hình", "types"],
  ["công trình", "works"],
  ["trung tâm", "centres"],
  ["clb", "clubs"],
  ["câu lạc bộ", "clubs"],
  ["nhóm", "groups"],
  ["tổ", "groups"],
  ["hợp tác xã", "cooperatives"],
  ["htx", "cooperatives"],
  ["doanh nghiệp", "businesses"],
  ["sản phẩm", "products"],
  ["gian hàng", "booths"],
  ["đàn", "herds"],
  ["tỉnh", "provinces"],
  ["huyện", "districts"],
  ["xã", "communes"],
  ["phường", "wards"],
  ["thôn", "villages"],
  ["bản", "villages"],
  ["làng", "villages"],
  ["xóm", "villages"],
  ["ấp", "villages"],
  ["năm", "years"],
  ["tháng", "months"],
  ["ngày", "days"],
  ["giờ", "hours"],
  ["tỷ đồng", "billion VND"],
  ["triệu đồng", "million VND"],
  ["nghìn đồng", "thousand VND"],
  ["đồng", "VND"],
  ["ha", "hectares"],
  ["héc-ta", "hectares"],
  ["tấn", "tonnes"],
  ["kg", "kg"],
  ["km", "km"],
  ["m", "metres"],
  ["con", "animals"],
  ["cây giống", "seedlings"],
  ["cây", "plants"], // a plant of any kind: seedlings, ginseng, cinnamon
  // rates and yields: "0,65%/tháng", "1% a month", "6 – 7 t/ha", "5 tấn/ha"
  ["%/tháng", "%/month"],
  ["%/năm", "%/year"],
  ["% per month", "%/month"],
  ["% a month", "%/month"],
  ["% per year", "%/year"],
  ["% a year", "%/year"],
  ["tấn/ha", "t/ha"],
  ["t/ha", "t/ha"],
  ["tonnes/ha", "t/ha"],
  ["tons/ha", "t/ha"],
  ["tonnes per hectare", "t/ha"],
  ["tons per hectare", "t/ha"],
  ["tạ/ha", "quintals/ha"],
  ["%", "percent"],
  ["phần trăm", "percent"],
  ["near-poor households", "near-poor households"],
  ["poor households", "poor households"],
  ["households", "households"],
  ["household", "households"],
  ["learners", "learners"],
  ["trainees", "trainees"],
  ["girls", "girls"],
  ["boys", "boys"],
  ["youths", "young people"],
  ["participants", "participants"],
  ["delegates", "delegates"],
  ["people", "people"],
  ["members", "members"],
  ["women", "women"],
  ["children", "children"],
  ["farmers", "farmers"],
  ["young people", "young people"],
  ["students", "students"],
  ["workers", "workers"],
  ["classes", "classes"],
  ["courses", "courses"],
  ["sessions", "sessions"],
  ["meetings", "meetings"],
  ["workshops", "workshops"],
  ["events", "events"],
  ["sub-projects", "subprojects"],
  ["subprojects", "subprojects"],
  ["projects", "projects"],
  ["models", "models"],
  ["groups", "groups"],
  ["clubs", "clubs"],
  ["cooperatives", "cooperatives"],
  ["businesses", "businesses"],
  ["products", "products"],
  ["provinces", "provinces"],
  ["districts", "districts"],
  ["communes", "communes"],
  ["villages", "villages"],
  ["wards", "wards"],
  ["years", "years"],
  ["months", "months"],
  ["days", "days"],
  ["hectares", "hectares"],
  ["ha", "hectares"],
  ["tonnes", "tonnes"],
  ["tons", "tonnes"],
  ["million vnd", "million VND"],
  ["billion vnd", "billion VND"],
  ["million dong", "million VND"],
  ["billion dong", "billion VND"],
  ["usd", "USD"],
  ["percent", "percent"],
  ["cattle", "animals"],
  ["chickens", "animals"],
  ["cows", "animals"],
  ["pigs", "animals"],
  ["trees", "trees"],
  // counts and amounts of any article (issue 18): currencies, people, animals, plants, areas
  ["ngàn đồng", "thousand VND"],
  ["vietnamese dong", "VND"],
  ["vietnam dong", "VND"],
  ["vnđ", "VND"],
  ["vnd", "VND"],
  ["dong", "VND"],
  ["đô la mỹ", "USD"],
  ["đô la", "USD"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["chương trình", "programmes"],
  ["nhân khẩu", "people"],
  ["sào", "sao"],
  ["m2", "m2"],
  ["suất quà", "gifts"],
  ["suất", "gifts"],
  ["phần quà", "gifts"],
  ["families", "households"],
  ["family", "households"],
  ["beneficiaries", "people"],
  ["persons", "people"],
  ["officials", "officials"],
  ["staff", "staff"],
  ["volunteers", "volunteers"],
  ["bridges", "bridges"],
  ["kilometers", "km"],
  ["kilometres", "km"],
  ["hectare", "hectares"],
  ["plants", "plants"],
  ["seedlings", "seedlings"],
  ["saplings", "seedlings"],
  ["goats", "animals"],
  ["buffaloes", "animals"],
  ["ducks", "animals"],
  ["ducklings", "animals"],
  ["chicks", "animals"],
  ["piglets", "animals"],
  ["heifers", "animals"],
  ["programmes", "programmes"],
  ["programs", "programmes"],
  ["schools", "schools"],
  ["training courses", "courses"],
  ["training sessions", "sessions"],
];

/** Words before a number that qualify it, longest first. */
export const QUALIFIERS: readonly (readonly [string, QualifierName])[] = [
  ["ít nhất", Qualifier.AT_LEAST],
  ["tối thiểu", Qualifier.AT_LEAST],
  ["không dưới", Qualifier.AT_LEAST],
  ["at least", Qualifier.AT_LEAST],
  ["hơn", Qualifier.MORE_THAN],
  ["trên", Qualifier.MORE_THAN],
  ["vượt", Qualifier.MORE_THAN],
  ["more than", Qualifier.MORE_THAN],
  ["over", Qualifier.MORE_THAN],
  ["gần", Qualifier.APPROXIMATE],
  ["khoảng", Qualifier.APPROXIMATE],
  ["xấp xỉ", Qualifier.APPROXIMATE],
  ["chừng", Qualifier.APPROXIMATE],
  ["hàng", Qualifier.APPROXIMATE],
  ["about", Qualifier.APPROXIMATE],
  ["around", Qualifier.APPROXIMATE],
  ["approximately", Qualifier.APPROXIMATE],
  ["nearly", Qualifier.APPROXIMATE],
  ["almost", Qualifier.APPROXIMATE],
  ["some", Qualifier.APPROXIMATE],
  ["roughly", Qualifier.APPROXIMATE],
];

/** Words before a number that make it part of a name or a code, not a count. */
export const NOT_COUNT_BEFORE: ReadonlySet<string> = new Set([
  "năm",
  "số",
  "dự",
  "án",
  "chương",
  "trình",
  "quyết",
  "định",
  "nghị",
  "kế",
  "hoạch",
  "thông",
  "tư",
  "phường",
  "thôn",
  "xóm",
  "tổ",
  "khu",
  "đội",
  "giai",
  "đoạn",
  "lần",
  "thứ",
  "mức",
  "độ",
  "điểm",
  "project",
  "program",
  "programme",
  "decision",
  "no",
  "year",
  "phase",
  "ward",
  "hamlet",
  "group",
  "level",
  "article",
  "resolution",
  "circular",
  "round",
]);

/** Lines that start the site chrome after an article (related news, comments, ratings). */
export const FOOTER_MARKERS: readonly string[] = [
  "tổng số điểm của bài viết",
  "click để đánh giá bài viết",
  "những tin mới hơn",
  "những tin cũ hơn",
  "tin mới",
  "tin liên quan",
  "bài viết liên quan",
  "các tin khác",
  "tin khác",
  "trả lời",
  "email của bạn sẽ không được hiển thị",
  "bình luận",
  "ý kiến bạn đọc",
  "related articles",
  "related news",
  "related posts",
  "share this",
  "leave a reply",
  "comments",
  "tags:",
  "từ khóa:",
];

/** Verbs of organizing, and of organizing together with someone, in a sentence with an event. */
/** Verbs whose subject organizes the event: holding it, or handing over and launching (the giver, the launcher). */
export const ENTITY_VERBS_ORGANIZE: readonly string[] = [
  "tổ chức",
  "organized",
  "organised",
  "held",
  "hosted",
  "chủ trì",
  "convened",
  "cấp phát",
  "bàn giao",
  "trao tặng",
  "trao",
  "giải ngân",
  "khởi động",
  "handed over",
  "distributed",
  "launched",
  // a course is opened, not organized: "khai giảng lớp dạy nghề", "mở lớp tập huấn", "conducted a training"
  "khai giảng",
  "mở lớp",
  "conducted",
];
export const ENTITY_VERBS_COORGANIZE: readonly string[] = ["phối hợp với", "cùng với", "phối hợp cùng", "in cooperation with", "in collaboration with", "together with", "with"];

/**
 * What is handed over or raised as a livelihood ("cấp phát bò cái lai giống sinh sản", "trao 6.000
 * con gà giống", "hỗ trợ cây sâm Ngọc Linh"): the object word, the verb its model takes, its category.
 */
export const VI_LIVELIHOOD_OBJECTS: ReadonlyMap<string, readonly [verb: string, category: ModelCategoryName]> = new Map([
  ["bò", ["Nuôi", "LIVESTOCK"]],
  ["trâu", ["Nuôi", "LIVESTOCK"]],
  ["dê", ["Nuôi", "LIVESTOCK"]],
  ["lợn", ["Nuôi", "LIVESTOCK"]],
  ["heo", ["Nuôi", "LIVESTOCK"]],
  ["gà", ["Nuôi", "LIVESTOCK"]],
  ["vịt", ["Nuôi", "LIVESTOCK"]],
  ["ngan", ["Nuôi", "LIVESTOCK"]],
  ["ong", ["Nuôi", "LIVESTOCK"]],
  ["sâm", ["Trồng", "CROP"]],
  ["quế", ["Trồng", "CROP"]],
  ["cà", ["Trồng", "CROP"]], // cà phê
  ["chè", ["Trồng", "CROP"]],
  ["bưởi", ["Trồng", "CROP"]],
  ["cam", ["Trồng", "CROP"]],
  // common livestock and crops of poverty-reduction work, beyond the seed articles
  ["thỏ", ["Nuôi", "LIVESTOCK"]],
  ["cừu", ["Nuôi", "LIVESTOCK"]],
  ["ngựa", ["Nuôi", "LIVESTOCK"]],
  ["ngỗng", ["Nuôi", "LIVESTOCK"]],
  ["cá", ["Nuôi", "LIVESTOCK"]], // not "cá nhân", "cá thể" (VI_NOT_LIVELIHOOD_AFTER)
  ["tằm", ["Nuôi", "LIVESTOCK"]],
  ["lươn", ["Nuôi", "LIVESTOCK"]],
  ["hàu", ["Nuôi", "LIVESTOCK"]],
  ["tôm", ["Nuôi", "LIVESTOCK"]],
  ["mãng", ["Trồng", "CROP"]], // mãng cầu
  ["ếch", ["Nuôi", "LIVESTOCK"]],
  ["lúa", ["Trồng", "CROP"]],
  ["ngô", ["Trồng", "CROP"]],
  ["lạc", ["Trồng", "CROP"]],
  ["sắn", ["Trồng", "CROP"]],
  ["mía", ["Trồng", "CROP"]],
  ["chuối", ["Trồng", "CROP"]],
  ["xoài", ["Trồng", "CROP"]],
  ["nhãn", ["Trồng", "CROP"]], // not "nhãn hiệu"
  ["dứa", ["Trồng", "CROP"]],
  ["nấm", ["Trồng", "CROP"]],
  ["rau", ["Trồng", "CROP"]],
  ["keo", ["Trồng", "CROP"]],
  ["mắc", ["Trồng", "CROP"]], // mắc ca
  ["dược", ["Trồng", "CROP"]], // dược liệu
  ["hồi", ["Trồng", "CROP"]], // not "phục hồi" (a verb before it)
  ["thảo", ["Trồng", "CROP"]], // thảo quả
  // what is raised or grown in any province's poverty-reduction work (issue 18: rules for articles they were not written for)
  ["gia", ["Nuôi", "LIVESTOCK"]], // gia cầm, gia súc; not "gia đình" (VI_NOT_LIVELIHOOD_AFTER)
  ["thủy", ["Nuôi", "LIVESTOCK"]], // thủy sản
  ["thuỷ", ["Nuôi", "LIVESTOCK"]],
  ["hươu", ["Nuôi", "LIVESTOCK"]],
  ["nhím", ["Nuôi", "LIVESTOCK"]],
  ["dúi", ["Nuôi", "LIVESTOCK"]],
  ["ốc", ["Nuôi", "LIVESTOCK"]],
  ["cua", ["Nuôi", "LIVESTOCK"]],
  ["ngao", ["Nuôi", "LIVESTOCK"]],
  ["bồ", ["Nuôi", "LIVESTOCK"]], // bồ câu
  ["khoai", ["Trồng", "CROP"]],
  ["đậu", ["Trồng", "CROP"]],
  ["dưa", ["Trồng", "CROP"]],
  ["bí", ["Trồng", "CROP"]],
  ["gừng", ["Trồng", "CROP"]],
  ["nghệ", ["Trồng", "CROP"]], // not "nghệ thuật", "nghệ nhân"
  ["sả", ["Trồng", "CROP"]],
  ["mít", ["Trồng", "CROP"]],
  ["dừa", ["Trồng", "CROP"]],
  ["chanh", ["Trồng", "CROP"]],
  ["quýt", ["Trồng", "CROP"]],
  ["mận", ["Trồng", "CROP"]],
  ["ổi", ["Trồng", "CROP"]],
  ["dâu", ["Trồng", "CROP"]], // dâu tằm, dâu tây
  ["hồ", ["Trồng", "CROP"]], // hồ tiêu; not "hồ chứa", "Hồ Chí Minh"
  ["cao", ["Trồng", "CROP"]], // cao su only
  ["thanh", ["Trồng", "CROP"]], // thanh long only
  ["vải", ["Trồng", "CROP"]], // vải thiều only
  ["sầu", ["Trồng", "CROP"]], // sầu riêng only
  ["mộc", ["Trồng", "CROP"]], // mộc nhĩ only
]);

/** An object word that is another word with what follows it ("cá nhân", "nhãn hiệu", "cam kết"), folded. */
export const VI_NOT_LIVELIHOOD_AFTER: Readonly<Record<string, RegExp>> = {
  cá: /^(nhân|thể|biệt)$/,
  nhãn: /^(hiệu|mác)$/,
  cam: /^(kết|đoan)$/,
  cà: /^(?!phê$|chua$|tím$)/,
  mắc: /^(?!ca$)/,
  dược: /^(?!liệu$)/,
  thảo: /^(?!quả$)/,
  lạc: /^(hậu|quan)$/,
  keo: /^(kiệt)$/,
  gia: /^(?!cầm$|súc$)/,
  thủy: /^(?!sản$)/,
  thuỷ: /^(?!sản$)/,
  bồ: /^(?!câu$)/,
  hồ: /^(?!tiêu$)/,
  cao: /^(?!su$)/,
  thanh: /^(?!long$)/,
  vải: /^(?!thiều$)/,
  sầu: /^(?!riêng$)/,
  mộc: /^(?!nhĩ$)/,
  nghệ: /^(thuật|nhân|sĩ|an)$/,
  đậu: /^(xe|lại|đỗ)$/,
  dâu: /^(?!tằm$|tây$)/, // not "con dâu"
  bí: /^(thư|mật|quyết|ẩn)$/,
};

/** Words that describe a handed-over animal or plant and stay in the model's name. */
export const VI_LIVELIHOOD_QUALIFIERS: ReadonlySet<string> = new Set([
  "cái",
  "đực",
  "lai",
  "giống",
  "sinh",
  "sản",
  "thịt",
  "đẻ",
  "trứng",
  "hậu",
  "bị",
  "phê",
  "con",
  "siêu",
  "ca",
  "liệu",
  "quả",
  "lồng",
  "nước",
  "ngọt",
  "thương",
  "phẩm",
  // the second syllable of a two-syllable animal or plant ("gia cầm", "cao su", "hồ tiêu", "khoai lang")
  "cầm",
  "súc",
  "su",
  "tiêu",
  "long",
  "thiều",
  "riêng",
  "nhĩ",
  "câu",
  "lang",
  "tây",
  "môn",
  "hấu",
  "lưới",
  "leo",
  "tằm",
  "màu",
  "đồng",
  "nhồi",
  "hương",
  "đen",
  "xanh",
  "tím",
  "chua",
]);

/** Verbs after which an animal or plant is a livelihood handed over. */
export const VI_HANDOVER_VERBS: readonly (readonly string[])[] = [
  ["trao", "tặng"],
  ["bàn", "giao"],
  ["cấp", "phát"],
  ["cung", "cấp"],
  ["trao"],
  ["tặng"],
  ["hỗ", "trợ"],
  ["cấp"],
  ["giao"],
  // the receiver's side and plain giving out: "mỗi hộ được nhận 2 con dê giống", "phát 300 cây quế"
  ["nhận"],
  ["phát"],
];

/**
 * What English texts hand over ("received 2,400 cardamom plants", "distributed 36 breeding cows"): the
 * object's word → [the model's name for it, the practice, category].
 */
export type EnObject = readonly [name: string, practice: string, category: ModelCategoryName];
const enObjects = (words: readonly string[], entry: EnObject): [string, EnObject][] => words.map((w) => [w, entry]);
export const EN_LIVELIHOOD_OBJECTS: ReadonlyMap<string, EnObject> = new Map([
  ...enObjects(["cow", "cows", "cattle", "heifer", "heifers"], ["cow", "raising", "LIVESTOCK"]),
  ...enObjects(["buffalo", "buffaloes", "buffalos"], ["buffalo", "raising", "LIVESTOCK"]),
  ...enObjects(["goat", "goats"], ["goat", "raising", "LIVESTOCK"]),
  ...enObjects(["pig", "pigs", "piglets", "sows"], ["pig", "raising", "LIVESTOCK"]),
  ...enObjects(["chicken", "chickens", "chicks", "hens"], ["chicken", "raising", "LIVESTOCK"]),
  ...enObjects(["duck", "ducks", "ducklings"], ["duck", "raising", "LIVESTOCK"]),
  ...enObjects(["rabbit", "rabbits"], ["rabbit", "raising", "LIVESTOCK"]),
  ...enObjects(["sheep"], ["sheep", "raising", "LIVESTOCK"]),
  ...enObjects(["fish", "fingerlings"], ["fish", "farming", "LIVESTOCK"]),
  ...enObjects(["bees", "beehives", "hives"], ["bee", "keeping", "LIVESTOCK"]),
  ...enObjects(["poultry"], ["poultry", "raising", "LIVESTOCK"]),
  ...enObjects(["livestock"], ["livestock", "raising", "LIVESTOCK"]),
  ...enObjects(["geese", "goose"], ["goose", "raising", "LIVESTOCK"]),
  ...enObjects(["shrimp", "shrimps", "prawns"], ["shrimp", "farming", "LIVESTOCK"]),
  ...enObjects(["oysters", "oyster"], ["oyster", "farming", "LIVESTOCK"]),
  ...enObjects(["crabs"], ["crab", "farming", "LIVESTOCK"]),
  ...enObjects(["snails"], ["snail", "farming", "LIVESTOCK"]),
  ...enObjects(["frogs"], ["frog", "farming", "LIVESTOCK"]),
  ...enObjects(["silkworms", "silkworm"], ["silkworm", "raising", "LIVESTOCK"]),
  ...enObjects(["deer"], ["deer", "raising", "LIVESTOCK"]),
  ...enObjects(["horses"], ["horse", "raising", "LIVESTOCK"]),
  ...[
    "ginseng",
    "cinnamon",
    "coffee",
    "tea",
    "orange",
    "pomelo",
    "cardamom",
    "bamboo",
    "rice",
    "maize",
    "corn",
    "cassava",
    "mushrooms",
    "vegetables",
    "avocado",
    "macadamia",
    "pepper",
    "banana",
    "mango",
    "acacia",
    "sugarcane",
    "peanuts",
    "groundnuts",
    "soybeans",
    "beans",
    "potatoes",
    "lychee",
    "lychees",
    "longan",
    "durian",
    "cashew",
    "rubber",
    "anise",
    "herbs",
    "flowers",
    "cocoa",
    "coconut",
    "ginger",
    "turmeric",
    "mulberry",
    "rattan",
    "lemongrass",
    "pineapple",
    "grapefruit",
    "plum",
    "plums",
    "watermelon",
    "cabbage",
    "tomatoes",
  ].flatMap((w) => enObjects([w], [w.replace(/oes$/, "o").replace(/s$/, ""), "growing", "CROP"])),
]);

/** English verbs of handing over, after which an animal or plant is a livelihood. */
export const EN_HANDOVER_VERBS: ReadonlySet<string> = new Set(["received", "distributed", "donated", "handed", "gave", "given", "provided", "presented"]);

/** English livelihood models named by a fixed phrase: [pattern, category]. */
export const EN_MODEL_PHRASES: readonly [RegExp, ModelCategoryName][] = [
  [/\bvillage savings and loans? (?:associations?|groups?)\b/giu, "COMMUNITY"],
  [/\b(?:(?:un)?conditional |direct )?cash (?:transfers?|grants?|assistance)\b/giu, "COMMUNITY"],
  [/\b(?:agricultural |farm |input )?vouchers?\b/giu, "CROP"],
  [/\b(?:[a-z]+ )?contract farming\b/giu, "MARKET_ACCESS"],
  [/\bfarmer field schools?\b/giu, "SKILLS"],
  [/\bself-help groups?\b/giu, "COMMUNITY"],
  [/\bsystem of rice intensification\b/giu, "CROP"],
  [/\b(?:cattle|cow|buffalo|goat|pig|duck|chicken|poultry) (?:raising|rearing|bank)\b/giu, "LIVESTOCK"],
  [/\b(?:(?!\w+ing )[a-z]+ ){0,2}value chains?\b/giu, "MARKET_ACCESS"],
  // a crop grown to a standard ("VietGAP vegetables", "organic rice", "safe vegetables")
  [/\b(?:VietGAP|GlobalGAP|organic|safe|clean)(?:-certified| standard)? (?:vegetables?|rice|tea|coffee|fruits?|pepper|cinnamon|oranges?|pomelos?|mushrooms?|ginger)\b/giu, "CROP"],
  [/\bpost-harvest equipment\b/giu, "AGRO_PROCESSING"],
  [/\bmodel gardens?\b/giu, "CROP"],
  [/\blivelihoods? (?:improvement )?groups?\b/giu, "COMMUNITY"],
  // support named by what is provided or built (infrastructure is a model of the gold when a project builds it)
  [/\b(?:seeds?|seedlings?|inputs?)(?: and (?:livestock|breeding stock|animals|fertili[sz]ers?))? (?:provision|distribution|support)\b/giu, "CROP"],
  [/\b(?:livestock |animal )?vaccination (?:guidance|campaigns?|support)\b/giu, "LIVESTOCK"],
  [/\binfrastructure (?:improvements? |upgrades? |development )?for (?:production|farming|agriculture)\b/giu, "INFRASTRUCTURE"],
  [/\b(?:inter-commune|inter-village|rural|village|commune) roads(?:,? (?:and )?(?:\d+ )?bridges)?\b/giu, "INFRASTRUCTURE"],
  [/\b(?:clean |domestic )?water supply (?:stations?|systems?|works)\b/giu, "INFRASTRUCTURE"],
  [/\birrigation (?:works|systems?|canals?|schemes?|projects?|areas?)\b/giu, "INFRASTRUCTURE"],
  // the sheds a visit sees: "cow sheds", "pig pens" (the animal raised there)
  [/\b(?:cow|cattle|pig|goat|chicken|duck|buffalo) (?:sheds?|barns?|pens?|stalls?|stables?|coops?|sties)\b/giu, "LIVESTOCK"],
  [/\bparent(?:s'?)? groups?\b/giu, "COMMUNITY"],
  // livelihoods named by a common phrase of development work, in any article
  [/\bcash crops?\b/giu, "CROP"],
  [/\b(?:home|household|kitchen|family) gardens?\b/giu, "CROP"],
  [/\bVAC(?: model| system)?\b/gu, "CROP"],
  [/\b(?:community |village |women's |self-managed )?savings(?: and credit| and loans?)? (?:groups?|clubs?)\b/giu, "COMMUNITY"],
  [/\b(?:community-based |community |eco-|agri-|agro-)tourism\b/giu, "COMMUNITY"],
  [/\bhomestays?(?: tourism| services?)?\b/giu, "COMMUNITY"],
  [/\b(?:vocational|job|skills?) training\b/giu, "SKILLS"],
  [/\b(?:micro-?credit|micro-?finance|revolving funds?)\b/giu, "COMMUNITY"],
];

// --- models2 (issue 18, round 3): models named by what the work does, analyses or develops ---------------------------------
/**
 * English models named by the work ("online selling", "start-up support for young people", "promotion of local products",
 * "sustainable coffee production", "pro-poor market access", "market mapping and value chain analysis"): [pattern, category].
 * Drafted only where the sentence or list item speaks of the work (`EN_WORK_MODEL_CUES`): "e-commerce is growing" names none.
 */
export const EN_WORK_MODEL_PHRASES: readonly [RegExp, ModelCategoryName][] = [
  [
    /\b(?:online (?:selling|sales|marketing|shops?|stores?)|e-commerce(?: platforms?| sales| skills)?|livestream(?:ing)? (?:sales|selling)|selling (?:online|via livestream(?:ing)?|through livestream(?:ing)?))\b/giu,
    "MARKET_ACCESS",
  ],
  [/\b(?:business |enterprise )?(?:start-?up|entrepreneurship) support(?: for (?:young people|youth|young women|women|ethnic minority youth|students))?\b/giu, "SKILLS"],
  [/\bpromotion of (?:[a-z]+ ){0,2}(?:products|produce|specialties|specialities|goods)\b/giu, "MARKET_ACCESS"],
  [/\b(?:sustainable|climate-smart|climate-resilient|organic|safe|clean) (?:[a-z]+ )?production\b/giu, "CROP"],
  [/\b(?:pro-poor|inclusive|improved|better) market access\b/giu, "MARKET_ACCESS"],
  [/\b(?:gender(?:ed)? |participatory )?market mapping(?: and (?:gender(?:ed)? )?value chain analys[ie]s)?|\b(?:gender(?:ed)? )?value chain analys[ie]s\b/giu, "MARKET_ACCESS"],
];
/** A sentence or list item about the work a model above names. */
export const EN_WORK_MODEL_CUES =
  /\b(?:projects?|programm?es?|activit(?:y|ies)|support(?:s|ed|ing)?|help(?:s|ed|ing)?|train(?:s|ed|ing)?|taught|learn(?:s|ed|ing)?|develop\w*|promot\w*|strengthen\w*|work(?:s|ed)? on|include[sd]?|through|via|introduc\w*|focus(?:es|ed)? on|key)\b/iu;
