/**
 * Kinds of number sentences (round 4), in our own words: a count given to each household with its cue before the number,
 * money for each household (its currency stays the unit), spans of time that compare rather than count, and a disaster's
 * toll told as background (no activity of the article in its sentence, nobody helped).
 */
import { findNumbers } from "../../src/ingest/ingest.numbers";
import { findDates } from "../../src/ingest/ingest.dates";
import { buildKnowledge } from "../../src/ingest/ingest.corpus";
import { ingestArticle } from "../../src/ingest/ingest.service";

const read = (text: string, lang: "vi" | "en"): [number, string][] => findNumbers(text, text.length, lang, findDates(text, text.length)).map((n) => [n.value, n.unitEn]);

describe("a count for each household, its cue before the number", () => {
  it.each<[string, "vi" | "en", [number, string][]]>([
    ["Theo kế hoạch, mỗi hộ được nhận 50 con vịt giống.", "vi", [[50, "animals per household"]]],
    ["Mỗi hộ gia đình được hỗ trợ 2 con bò sinh sản.", "vi", [[2, "animals per household"]]],
    [
      "Đàn bò 20 con được chia cho 10 hộ (mỗi hộ 2 con).",
      "vi",
      [
        [20, "animals"],
        [10, "households"],
        [2, "animals per household"],
      ],
    ],
    ["Mỗi hộ nghèo, hộ cận nghèo đều nhận 4 con lợn.", "vi", [[4, "animals per household"]]],
    ["Each household received 80 ducklings.", "en", [[80, "animals per household"]]],
    ["Every household was given 2 heifers under the scheme.", "en", [[2, "animals per household"]]],
    ["Each participating household gets 3 goats.", "en", [[3, "animals per household"]]],
  ])("%s", (text, lang, want) => expect(read(text, lang)).toEqual(want));

  it.each<[string, "vi" | "en", [number, string][]]>([
    // the households are the count, not the cue
    [
      "Có 25 hộ được hỗ trợ 500 con gà.",
      "vi",
      [
        [25, "households"],
        [500, "animals"],
      ],
    ],
    [
      "35 households received 700 chicks in total.",
      "en",
      [
        [35, "households"],
        [700, "animals"],
      ],
    ],
    // another count stands between the cue and the number: only the first is each household's
    [
      "Mỗi hộ nhận 30 con gà và 60 kg thức ăn.",
      "vi",
      [
        [30, "animals per household"],
        [60, "kg"],
      ],
    ],
    // a sentence ends between the cue and the number
    ["Mỗi hộ đều phấn khởi. Dự án đã trao 200 con gà.", "vi", [[200, "animals"]]],
    ["Each household was happy. The project gave 90 ducks.", "en", [[90, "animals"]]],
    // each year, each commune: not a household
    ["Mỗi năm hợp tác xã bán 300 con lợn.", "vi", [[300, "animals"]]],
    ["Each commune received 40 cows.", "en", [[40, "animals"]]],
  ])("no per household: %s", (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe("money for each household keeps its currency as the unit", () => {
  it.each<[string, "vi" | "en", [number, string][]]>([
    ["Mỗi hộ được vay 30 triệu đồng trong ba năm.", "vi", [[30000000, "VND"]]],
    ["mỗi hộ nhận 2.000.000 đồng tiền mặt", "vi", [[2000000, "VND"]]],
    ["Each household borrowed VND 25 million at low interest.", "en", [[25000000, "VND"]]],
    ["Every household received US$60 in cash.", "en", [[60, "USD"]]],
  ])("%s", (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe("a span of time that compares is no count", () => {
  it.each<[string, "vi" | "en", [number, string][]]>([
    ["the region suffered its worst drought in the past 90 years", "en", []],
    ["the heaviest floods in 60 years hit the delta", "en", []],
    ["đợt hạn hán khốc liệt nhất trong 100 năm qua", "vi", []],
    ["trận lũ lớn nhất trong vòng 50 năm", "vi", []],
  ])("%s", (text, lang, want) => expect(read(text, lang)).toEqual(want));

  it.each<[string, "vi" | "en", [number, string][]]>([
    ["The project lasts 3 years.", "en", [[3, "years"]]],
    ["Dự án kéo dài 5 năm.", "vi", [[5, "years"]]],
  ])("kept: %s", (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe("a disaster's toll is background, not a fact of the article", () => {
  const GAZ = {
    source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
    entities: [{ kind: "Place", id: "vn:nghe-an", name: "Nghệ An", level: "PROVINCE", quote: "q", unitType: "Tỉnh", nameEn: "Nghe An province" }],
    relationships: [],
  };
  const values = (text: string, lang: "vi" | "en"): number[] =>
    ingestArticle(text, { file: "t.txt", number: 7, lang }, buildKnowledge([{ file: "places.yaml", data: GAZ }]))
      .seed.entities.flatMap((e) => ((e as { metrics?: { value: number }[] }).metrics ?? []).map((m) => m.value))
      .sort((x, y) => x - y);

  it.each<[string, "vi" | "en", number[]]>([
    ["Tin\n\nNăm ngoái, hạn hán làm 3.000 ha lúa bị thiệt hại.\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An trao tặng 10 con bò giống cho 10 hộ nghèo.", "vi", [10, 10]],
    ["Tin\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An trao tặng 10 con bò giống cho hộ nghèo.\n\nTrước đó, khoảng 12.000 người trong tỉnh bị ảnh hưởng bởi lũ.", "vi", [10]],
    [
      "News\n\nLast year floods destroyed 1,200 hectares of rice and some 40,000 people were affected.\n\nOn 5 March 2024 the Nghe An Farmers' Union handed over 20 cows to poor households.",
      "en",
      [20],
    ],
    ["News\n\nOn 5 March 2024 the Nghe An Farmers' Union handed over 20 cows to poor households. The storm had damaged 800 houses and 300 hectares of crops.", "en", [20]],
  ])("drops the toll: %s", (text, lang, want) => expect(values(text, lang)).toEqual(want));

  it.each<[string, "vi" | "en", number[]]>([
    ["News\n\nOn 5 March 2024 the Nghe An Farmers' Union handed over cows to poor households. 50 households affected by the storm received 50 cows.", "en", [50, 50]],
    ["Tin\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An trao tặng bò giống cho hộ nghèo. 30 hộ bị ảnh hưởng bởi lũ được hỗ trợ 30 con bò.", "vi", [30, 30]],
  ])("keeps those helped: %s", (text, lang, want) => expect(values(text, lang)).toEqual(want));
});

describe("a count a handover gave, said again beside its project, is one fact; two events each keep theirs", () => {
  const GAZ = {
    source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
    entities: [{ kind: "Place", id: "vn:nghe-an", name: "Nghệ An", level: "PROVINCE", quote: "q", unitType: "Tỉnh", nameEn: "Nghe An province" }],
    relationships: [],
  };
  /** Each drafted count as "value unit", with how many entities hold it. */
  const holders = (text: string, lang: "vi" | "en"): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const e of ingestArticle(text, { file: "t.txt", number: 7, lang }, buildKnowledge([{ file: "places.yaml", data: GAZ }])).seed.entities)
      for (const m of (e as { metrics?: { value: number; unit: string }[] }).metrics ?? []) out[`${m.value} ${m.unit}`] = (out[`${m.value} ${m.unit}`] ?? 0) + 1;
    return out;
  };

  it.each<[string, "vi" | "en"]>([
    [
      "Tin\n\nDự án nuôi dê sinh sản do Hội Nông dân tỉnh Nghệ An thực hiện. Ngày 5/3/2024, Hội Nông dân tỉnh Nghệ An trao 24 con dê cho 8 hộ hội viên.\n\nĐến nay, 24 con dê của dự án nuôi dê sinh sản được 8 hộ chăm sóc tốt.",
      "vi",
    ],
    [
      "News\n\nThe Goat Raising Project is run by the Nghe An Farmers' Union. On 5 March 2024 the union handed over 24 goats to 8 households.\n\nToday the 24 goats of the Goat Raising Project are doing well in the 8 households.",
      "en",
    ],
  ])("the handover's count repeated beside the project is drafted once: %s", (text, lang) => {
    const h = holders(text, lang);
    expect(Object.entries(h).filter(([k]) => k.startsWith("24 ") || k.startsWith("8 "))).not.toHaveLength(0);
    for (const [k, n] of Object.entries(h)) expect([k, n]).toEqual([k, 1]);
  });

  it.each<[string, "vi" | "en"]>([
    [
      "Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An mở lớp tập huấn nuôi gà cho 30 học viên.\n\nNgày 10/5/2024, Hội Nông dân tỉnh Nghệ An mở lớp tập huấn nuôi vịt cho 30 học viên.",
      "vi",
    ],
    [
      "News\n\nOn 3 April 2024 the Nghe An Farmers' Union held a training course on chicken raising for 30 trainees.\n\nOn 10 May 2024 the Nghe An Farmers' Union held a training course on duck raising for 30 trainees.",
      "en",
    ],
  ])("two events with the same count each keep it: %s", (text, lang) => {
    expect(Object.values(holders(text, lang))).toContain(2);
  });
});

describe("'ba' and 'năm' count places when the places are named after them", () => {
  it.each<[string, [number, string][]]>([
    ["Lớp học được mở tại ba huyện Kỳ Sơn, Tương Dương và Con Cuông.", [[3, "districts"]]],
    ["Dự án triển khai ở năm xã: Hữu Kiệm, Bảo Nam, Nậm Cắn, Tà Cạ và Mường Lống.", [[5, "communes"]]],
    ["Hội đã làm việc với ba tỉnh Nghệ An, Hà Tĩnh và Thanh Hóa", [[3, "provinces"]]],
    ["mô hình được nhân rộng ra năm thôn Na Ngoi, Xốp Cháo, Huồi Tụ, Mường Típ và Phà Đánh", [[5, "villages"]]],
  ])("%s", (text, want) => expect(read(text, "vi")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Trong năm xã đã trồng mới rừng.", []],
    ["Cuối năm xã tổ chức tổng kết.", []],
    ["Ba huyện ủy viên dự họp.", []],
    ["ba hộ gia đình được hỗ trợ", []],
  ])("no count: %s", (text, want) => expect(read(text, "vi")).toEqual(want));
});

describe("Vietnamese counts written as words", () => {
  it.each<[string, [number, string][]]>([
    ["Hội tổ chức hai lớp tập huấn.", [[2, "classes"]]],
    ["dự án hỗ trợ hai xã vùng cao", [[2, "communes"]]],
    ["Bốn hợp tác xã tham gia chuỗi giá trị.", [[4, "cooperatives"]]],
  ])("%s", (text, want) => expect(read(text, "vi")).toEqual(want));

  it.each<[string, [number, string][]]>([
    ["Hai bên đã ký kết biên bản ghi nhớ.", []],
    ["two communes", []],
  ])("no count: %s", (text, want) => expect(read(text, "vi")).toEqual(want));
});
