/**
 * Kinds of number sentences (round 5, numbers5), in our own words: officials counted as "đồng chí" (people, not the đồng of a
 * sum), animals a Vietnamese count names without "con", a place's make-up told as background ("accounting for 30% of its
 * population"), the same people counted twice on one activity under two words, and a count said first beside the project
 * and then as what a handover gave.
 */
import { findNumbers, NUMBER_WORDS } from "../../src/ingest/ingest.numbers";
import { findDates } from "../../src/ingest/ingest.dates";
import { buildKnowledge } from "../../src/ingest/ingest.corpus";
import { ingestArticle } from "../../src/ingest/ingest.service";

const read = (text: string, lang: "vi" | "en"): [number, string][] => findNumbers(text, text.length, lang, findDates(text, text.length)).map((n) => [n.value, n.unitEn]);

const GAZ = {
  source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
  entities: [{ kind: "Place", id: "vn:nghe-an", name: "Nghệ An", level: "PROVINCE", quote: "q", unitType: "Tỉnh", nameEn: "Nghe An province" }],
  relationships: [],
};
/** Each drafted count as "value unit", sorted. */
const drafted = (text: string, lang: "vi" | "en"): string[] =>
  ingestArticle(text, { file: "t.txt", number: 7, lang }, buildKnowledge([{ file: "places.yaml", data: GAZ }]))
    .seed.entities.flatMap((e) => ((e as { metrics?: { value: number; unit: string }[] }).metrics ?? []).map((m) => `${m.value} ${m.unit}`))
    .sort();

describe("one table of number words", () => {
  it("knows each word's value and language, and which words are also common words", () => {
    expect(NUMBER_WORDS.get("seven")).toEqual({ value: 7, lang: "en" });
    expect(NUMBER_WORDS.get("bảy")).toEqual({ value: 7, lang: "vi" });
    expect(NUMBER_WORDS.get("ba")).toEqual({ value: 3, lang: "vi", ambiguous: true });
    expect(NUMBER_WORDS.get("năm")).toEqual({ value: 5, lang: "vi", ambiguous: true });
    expect(NUMBER_WORDS.has("một")).toBe(false);
  });
  it.each<[string, "vi" | "en", [number, string][]]>([
    ["The union works in six communes.", "en", [[6, "communes"]]],
    ["Hội triển khai ở hai xã vùng cao.", "vi", [[2, "communes"]]],
    // a word of the other language is no count
    ["The union works in hai communes.", "en", []],
    ["Hội triển khai ở six xã.", "vi", []],
  ])("%s", (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe("'đồng chí' counts people, not đồng", () => {
  it.each<[string, [number, string][]]>([
    ["Hội nghị có sự tham dự của hơn 60 đồng chí lãnh đạo các xã.", [[60, "people"]]],
    ["Đoàn công tác gồm 12 đồng chí của Sở Nông nghiệp.", [[12, "people"]]],
    ["Khoảng 40 đồng chí cán bộ thôn đã dự lớp.", [[40, "people"]]],
    ["Lớp học thu hút 85 đồng chí là bí thư chi bộ.", [[85, "people"]]],
  ])("%s", (text, want) => expect(read(text, "vi")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Giá mỗi cây giống là 5.000 đồng, chính quyền hỗ trợ toàn bộ.", [[5000, "VND"]]],
    ["Hội trao 2 triệu đồng cho chi hội.", [[2_000_000, "VND"]]],
  ])("money stays money: %s", (text, want) => expect(read(text, "vi")).toEqual(want));
});

describe("animals a Vietnamese count names without 'con'", () => {
  it.each<[string, [number, string][]]>([
    [
      "Đàn dê 30 con được chia cho 10 hộ (mỗi hộ 3 dê cái).",
      [
        [30, "animals"],
        [10, "households"],
        [3, "animals per household"],
      ],
    ],
    ["Huyện trao 20 bò giống cho hộ nghèo.", [[20, "animals"]]],
    ["Mỗi hộ được nhận 2 trâu cái để làm sức kéo.", [[2, "animals per household"]]],
    [
      "Tổ hợp tác nuôi 500 vịt và 200 gà thả vườn.",
      [
        [500, "animals"],
        [200, "animals"],
      ],
    ],
    ["Gia đình anh đã có 15 lợn nái.", [[15, "animals"]]],
  ])("%s", (text, want) => expect(read(text, "vi")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Tháng 3 gà bắt đầu đẻ trứng.", []],
    ["Ngày 12 heo con được tiêm phòng.", []],
    ["Hội chợ năm 2024 gà ta bán chạy.", []],
  ])("a time, not a count: %s", (text, want) => expect(read(text, "vi")).toEqual(want));
});

describe("a place's make-up told as background is no count", () => {
  it.each<[string, "vi" | "en"]>([
    ["The Tay people, accounting for 30% of its population of half a million, live here.", "en"],
    ["Ethnic minorities make up 65% of the district's population.", "en"],
    ["Người Mông chiếm 80% dân số toàn xã.", "vi"],
    ["Đồng bào Khmer chiếm khoảng 31% tổng dân số của tỉnh.", "vi"],
  ])("%s", (text, lang) => expect(read(text, lang)).toEqual([]));

  it.each<[string, "vi" | "en", [number, string][]]>([
    ["The project reached 40% of the population.", "en", [[40, "percent"]]],
    ["Women account for 55% of the trainees.", "en", [[55, "percent"]]],
    ["Phụ nữ chiếm 60% số học viên.", "vi", [[60, "percent"]]],
  ])("kept: %s", (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe("the same people counted twice on one activity are one count, under the word for what they did", () => {
  it.each<[string, "vi" | "en", string[]]>([
    ["Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An mở lớp tập huấn nuôi gà cho 30 hội viên. Trong hai ngày, 30 học viên được hướng dẫn cách làm chuồng.", "vi", ["30 learners"]],
    ["30 người được tập huấn nuôi gà\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An mở lớp tập huấn nuôi gà cho 30 học viên đến từ các xã.", "vi", ["30 learners"]],
    [
      "30 people trained in duck raising\n\nOn 3 April 2024 the Nghe An Farmers' Union held a training course on duck raising for 30 trainees from five communes.",
      "en",
      ["30 trainees", "5 communes"],
    ],
    ["News\n\nOn 3 April 2024 the Nghe An Farmers' Union held a workshop on rice for 45 participants. The 45 members of the union discussed new seed.", "en", ["45 participants"]],
    ["Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo cho 25 đại biểu. Có 25 người phát biểu ý kiến.", "vi", ["25 delegates"]],
  ])("%s", (text, lang, want) => expect(drafted(text, lang)).toEqual(want.sort()));

  it.each<[string, "vi" | "en", string[]]>([
    // a part of the group is another count
    ["News\n\nOn 3 April 2024 the Nghe An Farmers' Union held a training course for 30 trainees; 30 women of the commune came to watch.", "en", ["30 trainees", "30 women"]],
    // another value is another count
    ["Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An mở lớp tập huấn nuôi gà cho 30 hội viên. Cuối khóa, 28 học viên được cấp chứng chỉ.", "vi", ["28 learners", "30 members"]],
  ])("kept apart: %s", (text, lang, want) => expect(drafted(text, lang)).toEqual(want.sort()));
});

describe("a count said first beside the project, then as what a handover gave, is the handover's", () => {
  it.each<[string, "vi" | "en", string[]]>([
    [
      "Dự án nuôi dê sinh sản: 24 con dê cho hộ nghèo\n\nDự án nuôi dê sinh sản do Hội Nông dân tỉnh Nghệ An thực hiện, với 24 con dê giống. Ngày 5/3/2024, Hội Nông dân tỉnh Nghệ An trao 24 con dê cho 8 hộ hội viên.",
      "vi",
      ["24 animals", "8 households"],
    ],
    [
      "News\n\nThe Goat Raising Project of the Nghe An Farmers' Union brings 24 goats to poor families. On 5 March 2024 the union handed over 24 goats to 8 households.",
      "en",
      ["24 animals", "8 households"],
    ],
    [
      "Tin\n\nDự án hỗ trợ sản xuất của tỉnh Nghệ An cấp 500 kg thức ăn cho hộ nghèo. Ngày 5/3/2024, huyện tổ chức bàn giao 500 kg thức ăn chăn nuôi cho 20 hộ.",
      "vi",
      ["20 households", "500 kg"],
    ],
    [
      "News\n\nThe Pig Raising Project in Nghe An province supports 40 pigs for poor families. On 5 March 2024 the Nghe An Farmers' Union handed over 40 pigs to 20 households.",
      "en",
      ["20 households", "40 animals"],
    ],
  ])("%s", (text, lang, want) => expect(drafted(text, lang)).toEqual(want.sort()));

  it.each<[string, "vi" | "en", string[]]>([
    // the project's own count differs from the handover's: both kept
    [
      "News\n\nThe Pig Raising Project in Nghe An province supports 40 pigs for poor families. On 5 March 2024 the Nghe An Farmers' Union handed over 30 pigs to 15 households.",
      "en",
      ["15 households", "30 animals", "40 animals"],
    ],
    // two handovers each keep theirs
    [
      "Tin\n\nDự án nuôi dê sinh sản do Hội Nông dân tỉnh Nghệ An thực hiện. Ngày 5/3/2024, Hội trao 24 con dê cho 8 hộ. Ngày 9/4/2024, Hội trao tiếp 24 con dê cho 8 hộ khác.",
      "vi",
      ["24 animals", "24 animals", "8 households", "8 households"],
    ],
  ])("kept apart: %s", (text, lang, want) => expect(drafted(text, lang)).toEqual(want.sort()));
});

describe("place counts with a word of where before the unit", () => {
  it.each<[string, [number, string][]]>([
    ["The programme covers seven northern provinces of the delta.", [[7, "provinces"]]],
    ["The union works in three coastal districts.", [[3, "districts"]]],
    ["Cooperatives in four border communes joined.", [[4, "communes"]]],
    ["The scheme reached two remote villages.", [[2, "villages"]]],
  ])("%s", (text, want) => expect(read(text, "en")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Farmers in the northern provinces joined.", []],
    ["They built two northern-style houses.", []],
  ])("no count: %s", (text, want) => expect(read(text, "en")).toEqual(want));
});

describe("cash handed out in transfers", () => {
  it.each<[string, [number, string][]]>([
    ["Each family gets the first of 2 unconditional cash transfers.", [[2, "transfers"]]],
    ["Households receive three cash transfers a year.", [[3, "transfers"]]],
    ["Each household got two transfers of one million dong.", [[2, "transfers"]]],
    ["The fund made 4 conditional cash transfers.", [[4, "transfers"]]],
  ])("%s", (text, want) => expect(read(text, "en")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["The cash was transferred within 2 weeks.", []],
    ["The bank transfer fee is 2 percent.", [[2, "percent"]]],
  ])("not a count of transfers: %s", (text, want) => expect(read(text, "en")).toEqual(want));
});

describe("a part of a group, its unit after 'are'", () => {
  it.each<[string, [number, string][]]>([
    [
      "The union supported 900 women, of whom 120 are people with disabilities.",
      [
        [900, "women"],
        [120, "people"],
      ],
    ],
    [
      "The club has 60 members, of which 40 are women.",
      [
        [60, "members"],
        [40, "women"],
      ],
    ],
    [
      "The course trained 50 farmers; among them, 12 were trainees from Laos.",
      [
        [50, "farmers"],
        [12, "trainees"],
      ],
    ],
    [
      "The group has 90 volunteers, among whom 30 are students.",
      [
        [90, "volunteers"],
        [30, "students"],
      ],
    ],
  ])("%s", (text, want) => expect(read(text, "en")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["The union supported 900 women; 120 are people with disabilities.", [[900, "women"]]],
    ["The union supported 900 women, of whom many are people with disabilities.", [[900, "women"]]],
  ])("no cue, or no number: %s", (text, want) => expect(read(text, "en")).toEqual(want));
});

describe("sites a visit sees", () => {
  it.each<[string, [number, string][]]>([
    ["The delegation visited two project sites in the province.", [[2, "project sites"]]],
    ["The team toured 3 project sites near the river.", [[3, "project sites"]]],
    ["The officers inspected four sites in the commune.", [[4, "sites"]]],
    ["Donors went to five project sites last week.", [[5, "project sites"]]],
  ])("%s", (text, want) => expect(read(text, "en")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Site 2 of the project lies near the river.", []],
    ["The union runs 2 websites for farmers.", []],
  ])("no count of sites: %s", (text, want) => expect(read(text, "en")).toEqual(want));
});

describe("young people counted as 'bạn'", () => {
  it.each<[string, [number, string][]]>([
    ["Đoàn trao học bổng cho 5 bạn học sinh nghèo.", [[5, "people"]]],
    ["Tỉnh đoàn trao 02 bạn đoàn viên mỗi người một con bò.", [[2, "people"]]],
    ["Có 10 bạn trẻ tham gia dọn vệ sinh.", [[10, "people"]]],
    ["Hơn 30 bạn tình nguyện viên đã có mặt.", [[30, "people"]]],
  ])("%s", (text, want) => expect(read(text, "vi")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Đoàn đến thăm 3 bản vùng cao.", [[3, "villages"]]],
    ["Bạn Lan năm nay học lớp 9.", []],
  ])("not 'bạn': %s", (text, want) => expect(read(text, "vi")).toEqual(want));
});

describe("a numbered thing's word before places listed after a colon", () => {
  it.each<[string, "vi" | "en", [number, string][]]>([
    ["Cán bộ thú y của Ban quản lý dự án 4 xã: Tân Lập, Tân Minh (huyện A.B) và Hòa Bình, Lạc Sơn được tập huấn.", "vi", [[4, "communes"]]],
    ["Dự án 4 huyện: Kỳ Sơn, Tương Dương, Con Cuông và Quế Phong.", "vi", [[4, "districts"]]],
    ["Tiểu dự án 3 xã: Tân Lập, Tân Minh và Hòa Bình.", "vi", [[3, "communes"]]],
    ["The Project 3 districts: Ky Son, Tuong Duong and Con Cuong.", "en", [[3, "districts"]]],
  ])("%s", (text, lang, want) => expect(read(text, lang)).toEqual(want));

  it.each<[string, [number, string][]]>([
    // the list names fewer places than the number: "Dự án 3" is a name
    ["Dự án 3 xã: Tân Lập và Tân Minh.", []],
    // no list
    ["Dự án 5 xã Tân Lập được triển khai.", []],
  ])("a name, not a count: %s", (text, want) => expect(read(text, "vi")).toEqual(want));
});

describe("a count of localities whose list names that many places of one kind", () => {
  it.each<[string, "vi" | "en", [number, string][]]>([
    [
      "Mô hình được làm thử ở hai địa phương là xã Tân Lập và xã Tân Minh, với kinh phí 2 tỷ đồng.",
      "vi",
      [
        [2_000_000_000, "VND"],
        [2, "communes"],
      ],
    ],
    ["Dự án chọn 3 địa bàn gồm: huyện Kỳ Sơn, huyện Tương Dương và huyện Con Cuông.", "vi", [[3, "districts"]]],
    ["Lớp học mở tại hai địa phương: phường Hưng Dũng (TP Vinh) và phường Bến Thủy.", "vi", [[2, "wards"]]],
    ["The pilot runs in two localities, Tan Lap and Tan Minh communes, for a year.", "en", [[2, "communes"]]],
    ["The pilot runs in three localities, namely Ky Son, Tuong Duong and Con Cuong districts.", "en", [[3, "districts"]]],
  ])("%s", (text, lang, want) => expect(read(text, lang)).toEqual(want));

  it.each<[string, "vi" | "en"]>([
    // the list names more places than the count
    ["Mô hình được làm thử ở hai địa phương là xã Tân Lập, xã Tân Minh và thị trấn Mường Xén.", "vi"],
    // places of two kinds
    ["Hai địa phương là xã Tân Lập và huyện Kỳ Sơn đã ký kết.", "vi"],
    // no list
    ["Mô hình được làm thử ở hai địa phương có nhiều hộ nghèo, và sẽ nhân rộng.", "vi"],
    ["The pilot runs in two localities with many poor households.", "en"],
  ])("no count of places: %s", (text, lang) => expect(read(text, lang)).toEqual([]));
});

describe("a total after a per-household cue is no household's share", () => {
  it.each<[string, "vi" | "en", [number, string][]]>([
    ["Each household received three female goats, 90 goats in all.", "en", [[90, "animals"]]],
    ["Each household received goats, a total of 90 goats.", "en", [[90, "animals"]]],
    ["Every poor household got piglets, 120 piglets altogether.", "en", [[120, "animals"]]],
    ["Mỗi hộ được nhận bò giống, tổng cộng 40 con bò.", "vi", [[40, "animals"]]],
  ])("%s", (text, lang, want) => {
    expect(read(text, lang)).toEqual(want);
  });

  it.each<[string, "vi" | "en", [number, string][]]>([
    // the share itself still reads per household
    ["Each household received 3 female goats.", "en", [[3, "animals per household"]]],
    ["Mỗi hộ được nhận 50 con vịt.", "vi", [[50, "animals per household"]]],
  ])("%s", (text, lang, want) => {
    expect(read(text, lang)).toEqual(want);
  });
});
