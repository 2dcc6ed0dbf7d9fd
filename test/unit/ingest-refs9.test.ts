/**
 * (refs9) A body or a person named in full once and referred to again by a short form: a head noun ("Hội", "Trung tâm",
 * "HTX", "Công ty", "the centre", "the union", "the organisation", "the cooperative", "the company"), the initials the
 * article gave it in brackets ("… (TTKN) … TTKN tổ chức …"), or an honorific and the last word of the name ("ông Hùng",
 * "Mr. Hung"). Short articles written for this test, without reading any article, the way provincial portals, national
 * papers and NGO sites write: a title line, a date line and a few sentences. Each row runs through the whole pipeline
 * against the small test gazetteer and says whether one line (type and role, between two names) is drafted. The
 * look-alikes must not draft it: two bodies or two people the short form fits, a form naming a kind ("các Trung tâm",
 * "farmers' unions in the province", "the unions"), a form before the full name, a form inside a longer name, the same
 * initials given to two bodies.
 */
import { RelType } from "../../src/graph/graph.model";
import { Role } from "../../src/graph/graph.enums";
import { backReferences, personReferences } from "../../src/ingest/refs.rules";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { hasRel, relLines } from "../helpers/ingest-rels";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));
const rels = (lang: "vi" | "en", text: string): string[] => relLines(draftSeed(`${text.trim()}\n`, lang));

const role = (r: Role): string => `${RelType.INVOLVED_IN}(${r})`;
const ORGANIZER = role(Role.ORGANIZER);
const TRAINER = role(Role.TRAINER);
const SPEAKER = role(Role.SPEAKER);

// the names the rows use
const FARMERS = /^(?:Hội Nông dân tỉnh Nghệ An|Nghe An Farmers' Union)/u;
const WOMEN = /^(?:Hội Liên hiệp Phụ nữ huyện Kỳ Sơn|Ky Son Women's Union)/u;
const EXTENSION = /^(?:Trung tâm Khuyến nông tỉnh Nghệ An|Nghe An Agricultural Extension Centre)/u;
const COOP = /^(?:Hợp tác xã Chè xanh Bảo Nam|Bao Nam Green Tea Cooperative)/u;
const COMPANY = /^(?:Công ty TNHH Nông sản Kỳ Sơn|Ky Son Ginseng Company)/u;
const CARE = /^CARE International/u;
const HUNG = /^(?:Nguyễn Văn Hùng|Nguyen Van Hung)$/u;
const LAN = /^(?:Trần Thị Lan|Tran Thi Lan)$/u;
const ANY_BODY = /./u;
const ANY_PERSON = /\p{L}/u;

type Mechanism = "head noun" | "initials" | "person";
/** [mechanism, language, article, from, line type (and role), to, drafted?] */
type Row = readonly [mechanism: Mechanism, lang: "vi" | "en", text: string, from: RegExp, type: string, to: RegExp, drafts: boolean];

const ROWS: readonly Row[] = [
  // ---- a head noun after the body's full name: it acts, so the readers link it
  [
    "head noun",
    "vi",
    `Hội Nông dân tỉnh Nghệ An hỗ trợ hộ nghèo nuôi bò
Thứ hai - 14/04/2025 09:10
Ngày 12/4/2025, Hội Nông dân tỉnh Nghệ An phối hợp với UBND xã Bảo Nam trao 20 con bò giống cho các hộ nghèo. Mỗi con bò trị giá 15 triệu đồng. Ngày 14/4/2025, Hội đã tổ chức lớp tập huấn kỹ thuật nuôi bò cho các hộ nhận bò tại xã Hữu Kiệm. Các hộ cam kết chăm sóc bò tốt để phát triển đàn.`,
    FARMERS,
    ORGANIZER,
    /[Tt]ập huấn/u,
    true,
  ],
  [
    "head noun",
    "vi",
    `Mở lớp dạy nghề trồng chè cho nông dân vùng cao
Cập nhật: 03/10/2024
Ngày 1/10/2024, Trung tâm Khuyến nông tỉnh Nghệ An khai giảng lớp dạy nghề trồng chè tại xã Hữu Kiệm, huyện Kỳ Sơn. Lớp học có 30 học viên là hội viên nông dân. Ngày 20/10/2024, Trung tâm tổ chức thêm hội thảo về kỹ thuật chăm sóc chè tại xã Mường Típ. Học viên được hỗ trợ giống và phân bón.`,
    EXTENSION,
    ORGANIZER,
    /[Hh]ội thảo/u,
    true,
  ],
  [
    "head noun",
    "vi",
    `Bàn giao máy sao chè cho nông dân Bảo Nam
15/06/2024
Ngày 10/6/2024, UBND huyện Kỳ Sơn bàn giao máy sao chè cho Hợp tác xã Chè xanh Bảo Nam. Đây là máy thứ hai huyện hỗ trợ trong năm. Ngày 12/6/2024, HTX tổ chức hội thảo giới thiệu sản phẩm chè tại xã Bảo Nam. Nhiều hộ dân trong xã đã tham dự.`,
    COOP,
    ORGANIZER,
    /[Hh]ội thảo/u,
    true,
  ],
  [
    "head noun",
    "vi",
    `Doanh nghiệp đồng hành cùng nông dân trồng gừng
20/11/2024
Công ty TNHH Nông sản Kỳ Sơn đã ký hợp đồng bao tiêu gừng với 60 hộ dân xã Hữu Kiệm. Ngày 18/11/2024, Công ty tổ chức lớp tập huấn kỹ thuật trồng gừng tại xã Hữu Kiệm. Lớp học thu hút 60 học viên tham gia.`,
    COMPANY,
    ORGANIZER,
    /[Tt]ập huấn/u,
    true,
  ],
  [
    "head noun",
    "vi",
    `Phụ nữ Kỳ Sơn học cách quản lý chi tiêu
08/03/2025
Hội Liên hiệp Phụ nữ huyện Kỳ Sơn vừa ra mắt 5 tổ tiết kiệm tại các xã vùng cao. Ngày 6/3/2025, Hội tổ chức hội thảo chia sẻ kinh nghiệm quản lý chi tiêu gia đình tại xã Bảo Nam. Hơn 80 hội viên đã tham dự.`,
    WOMEN,
    ORGANIZER,
    /[Hh]ội thảo/u,
    true,
  ],
  [
    "head noun",
    "en",
    `Tea growers in Ky Son learn new skills
Monday, 7 October 2024
The Nghe An Agricultural Extension Centre opened a tea-growing class in Huu Kiem commune on 1 October 2024. Thirty farmers joined the class. On 20 October, the centre also organised a workshop on tea care in Muong Tip commune. Each learner received seedlings and fertiliser.`,
    EXTENSION,
    ORGANIZER,
    /[Ww]orkshop/u,
    true,
  ],
  [
    "head noun",
    "en",
    `New cattle for poor families in Bao Nam
12 May 2024
CARE International in Vietnam has worked in Nghe An province since 2015. On 10 May 2024, the organisation organised a cattle handover for 20 poor households in Bao Nam commune. Each household received one cow worth 15 million dong.`,
    CARE,
    ORGANIZER,
    /[Hh]andover/u,
    true,
  ],
  [
    "head noun",
    "en",
    `Cooperative shows off its green tea
18 June 2024
The Bao Nam Green Tea Cooperative was founded in 2020 with 45 members. On 12 June 2024, the cooperative organised a workshop to introduce its tea products in Bao Nam commune. Buyers from the province attended.`,
    COOP,
    ORGANIZER,
    /[Ww]orkshop/u,
    true,
  ],
  [
    "head noun",
    "en",
    `Ginseng company trains farmers
22 November 2024
The Ky Son Ginseng Company signed purchase contracts with 60 households in Huu Kiem commune. On 18 November 2024, the company organised a training course on ginseng growing in Huu Kiem commune. Sixty farmers took part.`,
    COMPANY,
    ORGANIZER,
    /[Tt]raining/u,
    true,
  ],
  // ---- head nouns that must not link: two bodies fit, a kind, before the full name, inside a longer name, lower case
  [
    "head noun",
    "vi",
    `Hai hội đoàn thể cùng hỗ trợ hộ nghèo
14/04/2025
Hội Nông dân tỉnh Nghệ An và Hội Liên hiệp Phụ nữ huyện Kỳ Sơn vừa ký kết chương trình phối hợp giai đoạn 2025-2027. Ngày 13/4/2025, Hội đã tổ chức lớp tập huấn kỹ thuật nuôi bò tại xã Bảo Nam. Hơn 40 hộ nghèo tham dự.`,
    ANY_BODY,
    ORGANIZER,
    /[Tt]ập huấn/u,
    false,
  ],
  [
    "head noun",
    "vi",
    `Nông dân Kỳ Sơn học trồng chè
03/10/2024
Ngày 1/10/2024, Trung tâm Khuyến nông tỉnh Nghệ An khai giảng lớp dạy nghề trồng chè tại xã Hữu Kiệm. Hiện nay các Trung tâm tổ chức nhiều lớp tập huấn cho nông dân vùng cao. Ngày 20/10/2024, các hội đoàn thể tổ chức hội thảo về kỹ thuật chăm sóc chè tại xã Mường Típ.`,
    EXTENSION,
    ORGANIZER,
    /[Hh]ội thảo/u,
    false,
  ],
  [
    "head noun",
    "vi",
    `Tập huấn kỹ thuật nuôi dê
05/09/2024
Ngày 4/9/2024, Trung tâm tổ chức lớp tập huấn kỹ thuật nuôi dê tại xã Mường Típ. Theo Trung tâm Khuyến nông tỉnh Nghệ An, lớp học có 35 học viên. Các học viên được phát tài liệu kỹ thuật.`,
    EXTENSION,
    ORGANIZER,
    /[Tt]ập huấn/u,
    false,
  ],
  [
    "head noun",
    "vi",
    `Giám sát mô hình nuôi vịt ở Bảo Nam
20/08/2024
Hội Nông dân tỉnh Nghệ An đang triển khai mô hình nuôi vịt tại xã Bảo Nam. Ngày 18/8/2024, Ban Kinh tế Trung ương Hội tổ chức hội thảo đánh giá mô hình tại xã Bảo Nam. Các hộ tham gia mô hình đều có thu nhập ổn định.`,
    FARMERS,
    ORGANIZER,
    /[Hh]ội thảo/u,
    false,
  ],
  [
    "head noun",
    "vi",
    `Doanh nghiệp và hợp tác xã cùng làm chè
15/06/2024
Hợp tác xã Chè xanh Bảo Nam và Hợp tác xã Nông nghiệp Hữu Kiệm cùng ký hợp đồng bán chè cho doanh nghiệp. Ngày 12/6/2024, HTX tổ chức hội thảo giới thiệu sản phẩm chè tại xã Bảo Nam. Nhiều hộ dân đã tham dự.`,
    ANY_BODY,
    ORGANIZER,
    /[Hh]ội thảo/u,
    false,
  ],
  [
    "head noun",
    "en",
    `Two centres train tea growers
7 October 2024
The Nghe An Agricultural Extension Centre and the Ky Son Vocational Training Centre signed a plan to train tea growers. On 20 October, the centre organised a workshop on tea care in Muong Tip commune. Thirty farmers attended.`,
    ANY_BODY,
    ORGANIZER,
    /[Ww]orkshop/u,
    false,
  ],
  [
    "head noun",
    "en",
    `Unions step up support for farmers
9 March 2025
The Nghe An Farmers' Union has set up five savings groups in upland communes. On 6 March 2025, farmers' unions in the province held a workshop on household budgeting in Bao Nam commune. The unions organised a second meeting in Huu Kiem commune.`,
    FARMERS,
    ORGANIZER,
    /[Ww]orkshop|[Mm]eeting/u,
    false,
  ],
  [
    "head noun",
    "en",
    `A training course on cattle
3 April 2025
On 1 April 2025, the centre organised a training course on cattle raising in Bao Nam commune. The Nghe An Agricultural Extension Centre said forty farmers attended. Each farmer received a handbook.`,
    EXTENSION,
    ORGANIZER,
    /[Tt]raining/u,
    false,
  ],
  [
    "head noun",
    "en",
    `A company and a cooperative in Huu Kiem
22 November 2024
The Ky Son Ginseng Company and the Huu Kiem Ginseng Company buy roots from 60 households in Huu Kiem commune. On 18 November 2024, the company organised a training course on ginseng growing in Huu Kiem commune. Sixty farmers took part.`,
    ANY_BODY,
    ORGANIZER,
    /[Tt]raining/u,
    false,
  ],

  // ---- initials the article gave the body in brackets, used again on their own
  [
    "initials",
    "en",
    `Farmers' union trains cattle keepers
3 April 2025
The Nghe An Farmers' Union (NAFU) has supported poor households in Ky Son district for many years. On 1 April 2025, NAFU organised a training course on cattle raising in Bao Nam commune. Forty farmers attended.`,
    FARMERS,
    ORGANIZER,
    /[Tt]raining/u,
    true,
  ],
  [
    "initials",
    "vi",
    `Trung tâm Khuyến nông mở lớp nuôi dê
Thứ tư - 02/04/2025 08:00
Trung tâm Khuyến nông tỉnh Nghệ An (TTKN) vừa ký kết chương trình hợp tác với huyện Kỳ Sơn. Ngày 1/4/2025, TTKN tổ chức lớp tập huấn kỹ thuật nuôi dê tại xã Mường Típ. Lớp học có 35 học viên.`,
    EXTENSION,
    ORGANIZER,
    /[Tt]ập huấn/u,
    true,
  ],
  [
    "initials",
    "vi",
    `Phụ nữ vùng cao học làm sổ tiết kiệm
10/05/2025
Hội Liên hiệp Phụ nữ huyện Kỳ Sơn (HLHPN) có hơn 3.000 hội viên. Ngày 8/5/2025, HLHPN tổ chức hội thảo về quản lý chi tiêu gia đình tại xã Hữu Kiệm. Hơn 60 chị em đã tham gia.`,
    WOMEN,
    ORGANIZER,
    /[Hh]ội thảo/u,
    true,
  ],
  [
    "initials",
    "en",
    `Tea cooperative hosts buyers
2 July 2024
The Bao Nam Green Tea Cooperative (BGTC) now counts 45 members. On 30 June 2024, BGTC organised a workshop for tea buyers in Bao Nam commune. Ten companies sent their staff.`,
    COOP,
    ORGANIZER,
    /[Ww]orkshop/u,
    true,
  ],
  [
    "initials",
    "en",
    `Extension workers train ginseng growers
15 August 2024
The Nghe An Agricultural Extension Centre (NAEC) was set up in 1993. On 12 August 2024, NAEC held a training course on ginseng growing in Huu Kiem commune. Twenty-five farmers took part.`,
    EXTENSION,
    ORGANIZER,
    /[Tt]raining/u,
    true,
  ],
  [
    "initials",
    "vi",
    `Hội Nông dân tỉnh tập huấn nuôi gà
11/11/2024
Hội Nông dân tỉnh Nghệ An (HND) đang triển khai nhiều mô hình sinh kế ở huyện Kỳ Sơn. Ngày 9/11/2024, HND tổ chức lớp tập huấn kỹ thuật nuôi gà tại xã Bảo Nam. Lớp học có 40 học viên.`,
    FARMERS,
    ORGANIZER,
    /[Tt]ập huấn/u,
    true,
  ],
  // ---- initials that must not link: the same initials for two bodies, used before they are given, inside a longer word
  [
    "initials",
    "en",
    `Cattle handover in Bao Nam
3 April 2025
The Nghe An Farmers' Union (NAU) and the Nghe An Women's Union (NAU) have worked together since 2020. On 1 April 2025, NAU organised a cattle handover in Bao Nam commune. Forty poor households received cows.`,
    ANY_BODY,
    ORGANIZER,
    /[Hh]andover/u,
    false,
  ],
  [
    "initials",
    "en",
    `Ginseng training in Huu Kiem
15 August 2024
On 12 August 2024, NAEC held a training course on ginseng growing in Huu Kiem commune. The Nghe An Agricultural Extension Centre (NAEC) was set up in 1993. Twenty-five farmers took part.`,
    EXTENSION,
    ORGANIZER,
    /[Tt]raining/u,
    false,
  ],
  [
    "initials",
    "vi",
    `Lớp tập huấn nuôi gà ở Bảo Nam
11/11/2024
Hội Nông dân tỉnh Nghệ An (HND) đang triển khai nhiều mô hình sinh kế ở huyện Kỳ Sơn. Ngày 9/11/2024, nhóm HND-2 tổ chức lớp tập huấn kỹ thuật nuôi gà tại xã Bảo Nam. Lớp học có 40 học viên.`,
    FARMERS,
    ORGANIZER,
    /[Tt]ập huấn/u,
    false,
  ],

  // ---- a person named in full, then by an honorific and the last word of the name
  [
    "person",
    "vi",
    `Hội Nông dân tỉnh Nghệ An tập huấn nuôi bò
14/04/2025
Ông Nguyễn Văn Hùng, Phó Chủ tịch Hội Nông dân tỉnh Nghệ An, đã đến thăm các hộ nuôi bò ở xã Bảo Nam. Ngày 13/4/2025, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn kỹ thuật nuôi bò tại xã Bảo Nam. Tại lớp tập huấn, ông Hùng hướng dẫn các hộ cách phòng bệnh cho bò.`,
    HUNG,
    TRAINER,
    /[Tt]ập huấn/u,
    true,
  ],
  [
    "person",
    "vi",
    `Hội thảo về chăn nuôi dê ở Kỳ Sơn
21/06/2024
Bà Trần Thị Lan là cán bộ Trung tâm Khuyến nông tỉnh Nghệ An nhiều năm nay. Ngày 20/6/2024, Trung tâm Khuyến nông tỉnh Nghệ An tổ chức hội thảo về chăn nuôi dê tại xã Hữu Kiệm. Phát biểu tại hội thảo, bà Lan đề nghị các hộ giữ chuồng trại sạch sẽ.`,
    LAN,
    SPEAKER,
    /[Hh]ội thảo/u,
    true,
  ],
  [
    "person",
    "en",
    `Cattle keepers learn disease control
4 April 2025
Mr. Nguyen Van Hung has led the Nghe An Farmers' Union for six years. On 1 April 2025, the Nghe An Farmers' Union organised a training course on cattle raising in Bao Nam commune. Speaking at the training course, Mr. Hung asked the farmers to keep their cows healthy.`,
    HUNG,
    SPEAKER,
    /[Tt]raining/u,
    true,
  ],
  [
    "person",
    "en",
    `Goat keepers meet in Huu Kiem
21 June 2024
Ms. Tran Thi Lan has worked for the Nghe An Agricultural Extension Centre since 2010. On 20 June 2024, the Nghe An Agricultural Extension Centre held a workshop on goat raising in Huu Kiem commune. Speaking at the workshop, Ms. Lan asked households to keep their pens clean.`,
    LAN,
    SPEAKER,
    /[Ww]orkshop/u,
    true,
  ],
  [
    "person",
    "vi",
    `Trao bò cho hộ nghèo Mường Típ
02/03/2025
Ông Nguyễn Văn Hùng là Chủ tịch Hội Nông dân tỉnh Nghệ An. Ngày 1/3/2025, Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao 10 con bò cho các hộ nghèo xã Mường Típ. Phát biểu tại lễ bàn giao, ông Hùng mong các hộ chăm sóc bò thật tốt.`,
    HUNG,
    SPEAKER,
    /[Bb]àn giao|[Tt]rao bò/u,
    true,
  ],
  [
    "person",
    "en",
    `Women farmers share their savings stories
12 March 2025
Ms. Tran Thi Lan chairs the Ky Son Women's Union. On 10 March 2025, the Ky Son Women's Union held a workshop on household savings in Bao Nam commune. Speaking at the workshop, Ms. Lan praised the savings groups of the district.`,
    LAN,
    SPEAKER,
    /[Ww]orkshop/u,
    true,
  ],
  // ---- people that must not link: two people end on the word, the short name comes first, another name
  [
    "person",
    "vi",
    `Hai cán bộ cùng hướng dẫn nuôi bò
14/04/2025
Ông Nguyễn Văn Hùng và ông Lê Văn Hùng đều là cán bộ Hội Nông dân tỉnh Nghệ An. Ngày 13/4/2025, Hội Nông dân tỉnh Nghệ An tổ chức lớp tập huấn kỹ thuật nuôi bò tại xã Bảo Nam. Tại lớp tập huấn, ông Hùng hướng dẫn các hộ cách phòng bệnh cho bò.`,
    ANY_PERSON,
    TRAINER,
    /[Tt]ập huấn/u,
    false,
  ],
  [
    "person",
    "en",
    `Cattle keepers learn disease control
4 April 2025
On 1 April 2025, the Nghe An Farmers' Union organised a training course on cattle raising in Bao Nam commune. Speaking at the training course, Mr. Hung asked the farmers to keep their cows healthy. Mr. Nguyen Van Hung has led the union for six years.`,
    HUNG,
    SPEAKER,
    /[Tt]raining/u,
    false,
  ],
  [
    "person",
    "vi",
    `Hội thảo về chăn nuôi dê ở Kỳ Sơn
21/06/2024
Bà Trần Thị Lan là cán bộ Trung tâm Khuyến nông tỉnh Nghệ An nhiều năm nay. Ngày 20/6/2024, Trung tâm Khuyến nông tỉnh Nghệ An tổ chức hội thảo về chăn nuôi dê tại xã Hữu Kiệm. Phát biểu tại hội thảo, bà Lân đề nghị các hộ giữ chuồng trại sạch sẽ.`,
    LAN,
    SPEAKER,
    /[Hh]ội thảo/u,
    false,
  ],
];

describe("refs9: a short form of a body or a person named before it", () => {
  it.each(ROWS.map(([mechanism, lang, text, from, type, to, drafts], i) => [i + 1, mechanism, lang, text.split("\n")[0], text, from, type, to, drafts] as const))(
    "#%i %s (%s) %s",
    (_i, _mechanism, lang, _title, text, from, type, to, drafts) => {
      expect(hasRel(rels(lang, text), from, type, to)).toBe(drafts);
    },
  );

  it("holds at least 6 rows that draft and 3 look-alikes for each mechanism", () => {
    for (const mechanism of ["head noun", "initials", "person"] as const) {
      expect(ROWS.filter((r) => r[0] === mechanism && r[6]).length).toBeGreaterThanOrEqual(6);
      expect(ROWS.filter((r) => r[0] === mechanism && !r[6]).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("says in the body's draft which short form refers back to it", () => {
    const seed = draftSeed(`${ROWS[1][2]}\n`, "vi");
    const centre = seed.entities.find((e) => EXTENSION.test(String(e.name)));
    expect(centre?.draft).toMatch(/"Trung tâm" refers back to "Trung tâm Khuyến nông tỉnh Nghệ An"/u);
  });
});

describe("refs9: the rules on their own", () => {
  const text = "Hội Nông dân tỉnh A họp. Hội đã tổ chức lớp học. Các Hội cũng tham gia.";
  const sentences = [
    { start: 0, end: 24 },
    { start: 25, end: 48 },
    { start: 49, end: 72 },
  ];
  const bodies = [{ id: "org:a", names: ["Hội Nông dân tỉnh A"], firstNamed: 0 }];

  it("links a head noun that acts to the one body it fits, never a kind", () => {
    const refs = backReferences(text, "vi", sentences, bodies, [{ start: 0, end: 19 }]);
    expect(refs.map((r) => [text.slice(r.start, r.end), r.id])).toEqual([["Hội", "org:a"]]);
  });

  it("links nothing when a second body fits", () => {
    const two = [...bodies, { id: "org:b", names: ["Hội Liên hiệp Phụ nữ xã B"], firstNamed: 5 }];
    expect(backReferences(text, "vi", sentences, two, [{ start: 0, end: 19 }])).toEqual([]);
  });

  it("links an honorific and a given name to the one person named before it", () => {
    const t = "Ông Lê Văn Tâm đến dự. Sau đó ông Tâm phát biểu.";
    const s = [
      { start: 0, end: 22 },
      { start: 23, end: 48 },
    ];
    const refs = personReferences(t, "vi", s, [{ id: "person:tam", names: ["Lê Văn Tâm"], firstNamed: 4 }], [{ start: 0, end: 14 }]);
    expect(refs.map((r) => [t.slice(r.start, r.end), r.id])).toEqual([["ông Tâm", "person:tam"]]);
  });
});
