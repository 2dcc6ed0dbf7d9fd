/**
 * (round 10, orgs10) Organizations drafted from words that name no body: a short form pointing back at a body named
 * before and followed by what it does ("HTX dự kiến …", "NHCSXH dự kiến phân bổ …", "nhóm đạt 80 con"), a count after
 * the head ("hỗ trợ HTX 2 máy sấy"), the holder's name after a post and the head ("Giám đốc HTX Nguyễn Văn A");
 * countries written with hyphens ("Ai-len", "Ô-xtrây-li-a", "Niu Di-lân") cut at the hyphen, an ambassador's title or
 * name taken for the embassy's country; English page furniture ("About <body>", "Mission", "DARDs and Provincial").
 * Every text is written for this test. Each case: the names that must be drafted, and a pattern no drafted name may match.
 */
import { Label } from "../../src/graph/graph.model";
import { clauseAfterHead, isCountryName, isNotEnglishBodyName, joinsTransliteration } from "../../src/ingest/orgs10.rules";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.muongTip]));

type Lang = "vi" | "en";
const orgs = (text: string, lang: Lang): string[] =>
  draft(text, lang)
    .entities.filter((e) => e.kind === Label.Organization)
    .map((e) => String(e.name).replace(/ \([\p{Lu}&]{2,10}\)$/u, ""));

/** [article, language, names that must be drafted, what no drafted name may match]. */
type Case = readonly [string, Lang, readonly string[], RegExp];

/** Mechanism 1: a short form and the clause after it. */
const CLAUSES: readonly Case[] = [
  [
    "Gừng sạch\n\nHTX Nông nghiệp Hữu Kiệm được thành lập năm 2021 với 30 thành viên. Năm 2025, doanh thu của HTX ước đạt 2 tỷ đồng.\n",
    "vi",
    ["HTX Nông nghiệp Hữu Kiệm"],
    /^HTX (?:ước|doanh)/u,
  ],
  [
    "Bưởi đỏ\n\nÔng Lương Văn Hải, Giám đốc HTX Cây ăn quả Bảo Nam cho biết HTX dự kiến mở rộng thêm 10 ha bưởi trong năm tới.\n",
    "vi",
    ["HTX Cây ăn quả Bảo Nam"],
    /^HTX dự kiến/u,
  ],
  [
    "Vốn vay\n\nNăm 2025, Ngân hàng Chính sách xã hội huyện Kỳ Sơn giải ngân 12 tỷ đồng cho hộ nghèo. Quý IV, NHCSXH dự kiến phân bổ thêm 3 tỷ đồng cho xã Mường Típ.\n",
    "vi",
    ["Ngân hàng Chính sách xã hội huyện Kỳ Sơn"],
    /^NHCSXH dự kiến/u,
  ],
  [
    "Nuôi dê\n\nNhóm nuôi dê bản Bảo Nam được thành lập năm 2023 với 15 hộ. Sau một năm, đàn dê của nhóm đạt 80 con; các thành viên nhóm phấn khởi vì có thêm thu nhập.\n",
    "vi",
    [],
    /^Nhóm (?:đạt|phấn)/u,
  ],
  ["Chè sạch\n\nHTX Chè Bảo Nam có 40 thành viên. Giám đốc HTX Nguyễn Văn Bình cho biết năm nay HTX bán được 12 tấn chè búp.\n", "vi", ["HTX Chè Bảo Nam"], /^HTX (?:Nguyễn|bán)/u],
  [
    "Máy sấy\n\nHTX Dược liệu Mường Típ được tỉnh chọn làm điểm. Sở Nông nghiệp và Môi trường tỉnh Nghệ An hỗ trợ HTX 2 máy sấy công suất 300 kg/mẻ; HTX đối ứng 80 triệu đồng.\n",
    "vi",
    ["HTX Dược liệu Mường Típ", "Sở Nông nghiệp và Môi trường tỉnh Nghệ An"],
    /^HTX (?:máy|đối)/u,
  ],
  ["Bao tiêu\n\nHTX Rau an toàn Hữu Kiệm liên kết với 25 hộ. Các hộ ghi nhật ký sản xuất và HTX đứng ra ký hợp đồng bao tiêu với siêu thị.\n", "vi", [], /^HTX đứng/u],
  [
    "Tiết kiệm\n\nHội LHPN xã Bảo Nam quản lý 12 tổ tiết kiệm. Được Hội phụ nữ hướng dẫn, chị Lô Thị Hoa vay 30 triệu đồng nuôi lợn. Cả huyện có 200 tổ do Hội phụ nữ quản lý.\n",
    "vi",
    ["Hội LHPN xã Bảo Nam"],
    /^Hội phụ nữ/u,
  ],
];

/** Look-alikes of mechanism 1: a real name after the head stays whole. */
const CLAUSE_LOOK_ALIKES: readonly Case[] = [
  ["Rau\n\nNăm 2025, HTX dịch vụ nông nghiệp Hữu Kiệm cung ứng 3 tấn phân bón cho xã viên.\n", "vi", ["HTX dịch vụ nông nghiệp Hữu Kiệm"], /^HTX$/u],
  ["Hoa ban\n\nHTX Hoa Ban được thành lập năm 2024 tại xã Bảo Nam.\n", "vi", ["HTX Hoa Ban"], /^HTX$/u],
  ["Rau sạch\n\nTổ hợp tác trồng rau an toàn xã Hữu Kiệm có 18 thành viên.\n", "vi", ["Tổ hợp tác trồng rau an toàn xã Hữu Kiệm"], /^Tổ hợp tác$/u],
  ["Hội nghị\n\nNgày 5/8/2025, Hội Phụ nữ xã Mường Típ tổ chức hội nghị tổng kết.\n", "vi", ["Hội Phụ nữ xã Mường Típ"], /^Hội Phụ nữ$/u],
  ["Tập huấn\n\nNgày 9/9/2025, Hội Nông dân huyện mở lớp tập huấn nuôi ong cho 40 hội viên.\n", "vi", ["Hội Nông dân huyện"], /^Hội Nông dân$/u],
  ["Dê giống\n\nNăm 2025, NHCSXH huyện Kỳ Sơn cho 20 hộ vay mua dê giống.\n", "vi", ["NHCSXH huyện Kỳ Sơn"], /^NHCSXH$/u],
];

/** Mechanism 2: countries written with hyphens, an ambassador's title or name. */
const COUNTRIES: readonly Case[] = [
  ["Quà\n\nNgày 3/6/2025, Đại sứ quán Ai-len trao 50 suất quà cho học sinh xã Bảo Nam.\n", "vi", ["Đại sứ quán Ai-len"], /(?:^|\s)Ai$/u],
  ["Nước sạch\n\nDự án nước sạch do Cơ quan Viện trợ Ai-len tài trợ đã hoàn thành ở xã Mường Típ.\n", "vi", ["Cơ quan Viện trợ Ai-len"], /(?:^|\s)Ai$/u],
  ["Thăm\n\nNgày 10/5/2025, Đoàn công tác Đại sứ quán Ô-xtrây-li-a đến thăm xã Hữu Kiệm.\n", "vi", ["Đoàn công tác Đại sứ quán Ô-xtrây-li-a"], /(?:^|\s)Ô$/u],
  [
    "Làm việc\n\nNgày 12/4/2025, bà Anna Lindqvist, Đại sứ Đặc mệnh toàn quyền Thụy Điển tại Việt Nam, làm việc với UBND tỉnh Nghệ An.\n",
    "vi",
    ["Đại sứ quán Thụy Điển"],
    /Đặc|Anna/u,
  ],
  ["Trao quà\n\nNgày 2/9/2025, Đại sứ Mark Tennant thăm mô hình nuôi bò tại xã Bảo Nam.\n", "vi", [], /Đại sứ quán Mark/u],
  ["Học bổng\n\nNăm 2025, Đại sứ quán Niu Di-lân trao 30 suất học bổng cho học sinh xã Mường Típ.\n", "vi", ["Đại sứ quán Niu Di-lân"], /(?:^|\s)Di$/u],
  ["Quà Tết\n\nNgày 20/1/2025, Đại sứ quán Hàn Quốc trao 100 suất quà cho hộ nghèo xã Hữu Kiệm.\n", "vi", ["Đại sứ quán Hàn Quốc"], /^Đại sứ quán Hàn$/u],
];

/** Look-alikes of mechanism 2: a dash between words with spaces, a country without hyphens. */
const COUNTRY_LOOK_ALIKES: readonly Case[] = [
  ["Ký kết\n\nNgày 4/4/2025, UBND xã Hữu Kiệm - đơn vị chủ trì - ký kết với doanh nghiệp.\n", "vi", ["UBND xã Hữu Kiệm"], /đơn vị/u],
  ["Gặp gỡ\n\nNgày 7/7/2025, Đại sứ Nhật Bản tại Việt Nam thăm xã Bảo Nam.\n", "vi", ["Đại sứ quán Nhật Bản"], /Đại sứ quán Nhật$/u],
  ["Lúa\n\nNăm 2025, Trung tâm Khuyến nông tỉnh Nghệ An - nơi giữ giống lúa - cấp 2 tấn giống cho xã Mường Típ.\n", "vi", ["Trung tâm Khuyến nông tỉnh Nghệ An"], /nơi/u],
];

/** Mechanism 3: English page furniture and fragments. */
const ENGLISH: readonly Case[] = [
  [
    "Water tanks\n\nOn 4 June 2025, CARE International in Vietnam handed 80 water tanks to households in Huu Kiem commune.\n\nAbout CARE International\n\nCARE works in more than 100 countries.\n",
    "en",
    ["CARE International"],
    /^About/u,
  ],
  [
    "Visit\n\nOn 5 June 2025, a delegation from the Embassy of Ireland led by Deputy Head of Mission Ms. Jane Doyle visited Bao Nam commune.\n",
    "en",
    ["Embassy of Ireland"],
    /^Mission$/u,
  ],
  ["Launch\n\nThe project is run by Oxfam in partnership with the DARDs and Provincial Women's Unions of two provinces.\n", "en", [], /^DARDs and/u],
  ["Vision\n\nOn 3 May 2025, World Vision handed 40 cows to poor households in Muong Tip commune.\n", "en", ["World Vision"], /^Vision$/u],
  ["Training\n\nAbout 60 farmers joined a training by the Farmers' Union of Nghe An province on 2 March 2025.\n", "en", [], /^About/u],
  ["Rice\n\nOn 9 July 2025, the Department of Agriculture and Rural Development of Nghe An gave rice seed to 200 households.\n", "en", [], /^DARDs/u],
];

/** A Vietnamese name and its foreign twin in brackets: one body (the foreign name never a second one). */
const TWINS: readonly Case[] = [
  ["Nước sạch\n\nDự án nước sạch ở xã Mường Típ do Cơ quan Viện trợ Ai-len (Irish Aid) tài trợ 2 tỷ đồng.\n", "vi", ["Cơ quan Viện trợ Ai-len"], /^Irish Aid$/u],
  ["Bò giống\n\nNgày 3/3/2025, Tổ chức Tầm nhìn Thế giới (World Vision) trao 30 con bò cho hộ nghèo xã Bảo Nam.\n", "vi", ["Tầm nhìn Thế giới"], /^World Vision$/u],
  ["Trường học\n\nNăm 2025, Tổ chức Cứu trợ Trẻ em (Save the Children) sửa 2 phòng học ở xã Hữu Kiệm.\n", "vi", ["Cứu trợ Trẻ em"], /^Save the Children$/u],
  [
    "Lúa\n\nTổ chức Nông lương Liên hợp quốc (Food and Agriculture Organization) hỗ trợ giống lúa cho xã Mường Típ.\n",
    "vi",
    ["Nông lương Liên hợp quốc"],
    /^Food and Agriculture Organization$/u,
  ],
  [
    "Cà phê\n\nNăm 2024, Tổ chức Hợp tác Quốc tế Nhật Bản (Japan International Cooperation Agency) khảo sát vùng cà phê xã Bảo Nam.\n",
    "vi",
    ["Hợp tác Quốc tế Nhật Bản"],
    /^Japan International Cooperation Agency$/u,
  ],
  [
    "Nhà vệ sinh\n\nNăm 2025, Tổ chức Phát triển Hà Lan (Netherlands Development Organisation) xây 40 nhà vệ sinh ở xã Hữu Kiệm.\n",
    "vi",
    ["Phát triển Hà Lan"],
    /^Netherlands Development Organisation$/u,
  ],
];

/** Look-alikes: a bracket that is no second name, two bodies side by side. */
const TWIN_LOOK_ALIKES: readonly Case[] = [
  ["Tài trợ\n\nNăm 2025, Tổ chức Tầm nhìn Thế giới (World Vision) và Plan International cùng tài trợ cho xã Bảo Nam.\n", "vi", ["Plan International"], /^$/u],
  ["Chè\n\nNăm 2025, Hội Nông dân xã Hữu Kiệm và World Vision mở lớp tập huấn trồng chè.\n", "vi", ["World Vision"], /^$/u],
  ["Đối tác\n\nNăm 2025, HTX Chè Bảo Nam (đối tác của Oxfam) bán 10 tấn chè.\n", "vi", ["HTX Chè Bảo Nam"], /^$/u],
];

const run = (text: string, lang: Lang, names: readonly string[], never: RegExp): void => {
  const got = orgs(text, lang);
  expect({ got, missing: names.filter((n) => !got.includes(n)), wrong: got.filter((g) => never.test(g)) }).toEqual({ got, missing: [], wrong: [] });
};

describe("orgs10: a short form followed by what the body does names no new body", () => {
  it.each(CLAUSES)("%#: %s", run);
});
describe("orgs10: look-alikes keep a real name after the head", () => {
  it.each(CLAUSE_LOOK_ALIKES)("%#: %s", run);
});
describe("orgs10: a country written with hyphens stays whole; an ambassador's title or name is no country", () => {
  it.each(COUNTRIES)("%#: %s", run);
});
describe("orgs10: look-alikes of a hyphened country", () => {
  it.each(COUNTRY_LOOK_ALIKES)("%#: %s", run);
});
describe("orgs10: English page furniture and fragments are no body", () => {
  it.each(ENGLISH)("%#: %s", run);
});

describe("orgs10: a Vietnamese name and its foreign twin in brackets are one body", () => {
  it.each(TWINS)("%#: %s", run);
});
describe("orgs10: look-alikes of a twin in brackets", () => {
  it.each(TWIN_LOOK_ALIKES)("%#: %s", run);
});

describe("orgs10 rules, alone", () => {
  const w = (text: string, cap = false, place = false, digit = false) => ({ text, cap, place, digit });
  const surname = (x: string): boolean => ["Nguyễn", "Lương"].includes(x);
  it("reads a clause, a count and a holder after a head, and keeps names", () => {
    expect(clauseAfterHead("HTX", [w("dự"), w("kiến"), w("trồng")], "cho biết ", surname)).toBe(true);
    expect(clauseAfterHead("HTX", [w("1", false, false, true), w("máy"), w("sấy")], "hỗ trợ ", surname)).toBe(true);
    expect(clauseAfterHead("HTX", [w("Nguyễn", true), w("Văn", true), w("An", true)], "Giám đốc ", surname)).toBe(true);
    expect(clauseAfterHead("NHCSXH", [w("xin"), w("thêm")], "", surname)).toBe(true);
    expect(clauseAfterHead("HTX", [w("Nguyễn", true), w("Văn", true), w("An", true)], "thăm ", surname)).toBe(false);
    expect(clauseAfterHead("HTX", [w("dịch"), w("vụ"), w("nông"), w("nghiệp")], "", surname)).toBe(false);
    expect(clauseAfterHead("Hội Nông dân", [w("huyện", false, true)], "", surname)).toBe(false);
    expect(clauseAfterHead("nhóm", [w("sinh"), w("kế")], "", surname)).toBe(false);
  });
  it("joins a transliterated country and knows countries", () => {
    expect(joinsTransliteration("Ai", "-", "len")).toBe(true);
    expect(joinsTransliteration("Ai", " - ", "len")).toBe(false);
    expect(joinsTransliteration("xtrây", "-", "li", true)).toBe(true);
    expect(joinsTransliteration("tế", "-", "xã")).toBe(false);
    expect(isCountryName("Ai-len")).toBe(true);
    expect(isCountryName("Siobhán Kearney")).toBe(false);
  });
  it("knows English page furniture", () => {
    expect(isNotEnglishBodyName("About Plan International")).toBe(true);
    expect(isNotEnglishBodyName("Mission")).toBe(true);
    expect(isNotEnglishBodyName("DARDs and Provincial")).toBe(true);
    expect(isNotEnglishBodyName("World Vision")).toBe(false);
  });
});
