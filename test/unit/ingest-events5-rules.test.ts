/**
 * Round 5 (events5): where a person works, read from the words around the name. Each case is a sentence written for
 * the test (never an article's), run through the whole pipeline against the small test gazetteer.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's MEMBER_OF lines as "person name -> organization name". */
const members = (text: string, lang: "vi" | "en"): string[] => {
  const seed = draft(text, lang);
  const name = new Map(seed.entities.map((e) => [e.id, String(e.name)]));
  return seed.relationships.filter((r) => r.type === RelType.MEMBER_OF).map((r) => `${name.get(r.from) ?? r.from} -> ${name.get(r.to) ?? r.to}`);
};
const people = (text: string, lang: "vi" | "en"): string[] =>
  draft(text, lang)
    .entities.filter((e) => e.kind === Label.Person)
    .map((e) => String(e.name));

describe("a post and its body in an appositive after the name", () => {
  it.each([
    ["en", "News\n\nOn 4 May, Mr. Tom Baker, the Programme Coordinator from Oxfam, opened the training in Ky Son.\n", "Tom Baker -> Oxfam"],
    [
      "en",
      "News\n\nMs. Anna Lind, Head of Development Cooperation of the Delegation of the European Union, visited Huu Kiem commune.\n",
      "Anna Lind -> Delegation of the European Union",
    ],
    ["vi", "Tin\n\nÔng Lê Văn Tám, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Nghệ An dẫn đầu đoàn công tác đến xã Bảo Nam.\n", "Lê Văn Tám -> Hội Nông dân tỉnh Nghệ An"],
    ["vi", "Tin\n\nTham dự có bà Hoàng Thị Mai - Giám đốc Quốc gia, Văn phòng Oxfam tại Việt Nam và đại diện xã Hữu Kiệm.\n", "Hoàng Thị Mai -> Oxfam"],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(members(text, lang).some((m) => m.startsWith(expected.split(" -> ")[0]) && m.includes(expected.split(" -> ")[1]))).toBe(true);
  });

  it("gives two posts in two bodies to one person", () => {
    const got = members(
      "Tin\n\nÔng Trần Văn Hùng, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh Nghệ An phát biểu tại hội nghị ở xã Bảo Nam.\n",
      "vi",
    );
    expect(got).toEqual(expect.arrayContaining(["Trần Văn Hùng -> Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Trần Văn Hùng -> Hội Nông dân tỉnh Nghệ An"]));
  });

  it("gives the body both share to two people listed before 'both from'", () => {
    const got = members(
      "News\n\nIn May, Susan Grey, director of regional programmes, and Peter Holm, manager of donor relations, both from Oxfam headquarters, visited Ky Son.\n",
      "en",
    );
    expect(got).toEqual(expect.arrayContaining(["Susan Grey -> Oxfam", "Peter Holm -> Oxfam"]));
  });

  it("does not give the second person's post to the first", () => {
    const got = members(
      "News\n\nLed by Mr. Mark Stone, Head of Cooperation of the Embassy of Ireland and Dr. Nguyen Van Binh, Country Director of Oxfam, the team visited Ky Son.\n",
      "en",
    );
    expect(got).not.toContain("Mark Stone -> Oxfam");
  });

  it.each([
    // a body after a verb is the clause's, not the post's
    ["vi", "Tin\n\nÔng Lê Văn Tám, Chủ tịch xã cho biết Hội Nông dân tỉnh Nghệ An đã hỗ trợ bò giống cho xã Bảo Nam.\n", "Lê Văn Tám -> Hội Nông dân tỉnh Nghệ An"],
    // no post before the body: a person and a body side by side
    ["en", "News\n\nMr. Tom Baker, a farmer in Ky Son, said that Oxfam helped his family.\n", "Tom Baker -> Oxfam"],
    // "both from" after a verb: the first person is not listed with the second
    ["en", "News\n\nSusan Grey, director of regional programmes, said Peter Holm, manager of donor relations, both from Oxfam, would come.\n", "Susan Grey -> Oxfam"],
  ] as const)("look-alike (%s) drafts no post: %s", (lang, text, notExpected) => {
    expect(members(text, lang)).not.toContain(notExpected);
  });
});

describe("an ambassador is a member of the embassy of the country the post names", () => {
  it.each([
    ["vi", "Tin\n\nĐại sứ quán Ireland tài trợ dự án tại xã Bảo Nam. Bà Mary Walsh, Đại sứ Ireland cho biết dự án rất hiệu quả.\n", "Mary Walsh", "Đại sứ quán Ireland"],
    ["en", "News\n\nThe Embassy of Japan funds the project in Ky Son. Japanese Ambassador to Vietnam Sato Kenji spoke at the ceremony.\n", "Sato Kenji", "Embassy of Japan"],
    ["en", "News\n\nThe Australian Embassy funds the project in Ky Son. Mr. John Smith, the Australian Ambassador, spoke at the ceremony.\n", "John Smith", "Australian Embassy"],
    ["vi", "Tin\n\nĐại sứ quán Nhật Bản hỗ trợ xã Hữu Kiệm. Ông Sato Kenji - Đại sứ Nhật Bản tại Việt Nam đã trao quà.\n", "Sato Kenji", "Đại sứ quán Nhật Bản"],
  ] as const)("%s: %s", (lang, text, person, embassy) => {
    const got = members(text, lang);
    expect(people(text, lang)).toContain(person);
    expect(got).toContain(`${person} -> ${embassy}`);
  });

  it.each([
    // the ambassador of another country than the embassy named
    ["vi", "Tin\n\nĐại sứ quán Ireland tài trợ dự án tại xã Bảo Nam. Bà Mary Walsh, Đại sứ Phần Lan cho biết dự án rất hiệu quả.\n", "Mary Walsh -> Đại sứ quán Ireland"],
    // a goodwill ambassador of a body, no country
    [
      "en",
      "News\n\nThe Embassy of Japan funds the project in Ky Son. Mr. John Smith, the goodwill ambassador of the campaign, spoke at the ceremony.\n",
      "John Smith -> Embassy of Japan",
    ],
  ] as const)("look-alike (%s) drafts no embassy: %s", (lang, text, notExpected) => {
    expect(members(text, lang)).not.toContain(notExpected);
  });
});

describe("a byline's body", () => {
  it.each([
    ["vi", "Tin\n\nHội Nông dân tỉnh Nghệ An trao bò cho hộ nghèo xã Bảo Nam.\n\nLan Anh (Đài PT-TH huyện Kỳ Sơn)\n", "Lan Anh", "Đài PT-TH huyện Kỳ Sơn"],
    ["en", "News\n\nOxfam handed over cows to poor households in Ky Son.\n\nText and photos by Nguyen Thi Lan | Communications Officer | Oxfam\n", "Nguyen Thi Lan", "Oxfam"],
    ["vi", "Tin\n\nHội Nông dân tỉnh Nghệ An trao bò cho hộ nghèo xã Bảo Nam.\n\nMinh Châu - Đài PT-TH huyện Kỳ Sơn\n", "Minh Châu", "Đài PT-TH huyện Kỳ Sơn"],
    ["en", "News\n\nOxfam handed over cows to poor households in Ky Son.\n\nStory by Tran Van Binh | Oxfam\n", "Tran Van Binh", "Oxfam"],
  ] as const)("%s: %s", (lang, text, person, body) => {
    expect(members(text, lang)).toContain(`${person} -> ${body}`);
  });

  it.each([
    // a body named later in the writer's line, after words of a sentence
    ["en", "News\n\nOxfam handed over cows to poor households in Ky Son.\n\nText by Tran Van Binh, who thanks Oxfam\n", "Tran Van Binh -> Oxfam"],
    // a person in the body, a body in brackets not ending the line
    ["vi", "Tin\n\nAnh Lê Văn Tám (Hội Nông dân tỉnh Nghệ An) cho biết bò giống đã sinh sản tốt ở xã Bảo Nam.\n", "Lê Văn Tám -> Hội Nông dân tỉnh Nghệ An"],
  ] as const)("look-alike (%s) drafts no body: %s", (lang, text, notExpected) => {
    expect(members(text, lang)).not.toContain(notExpected);
  });
});

describe("a person with a post who speaks, in a sentence naming no event, speaks at the article's one event", () => {
  /** The draft's SPEAKER lines as "person name -> event id". */
  const speakers = (text: string, lang: "vi" | "en"): string[] => {
    const seed = draft(text, lang);
    const name = new Map(seed.entities.map((e) => [e.id, String(e.name)]));
    return seed.relationships.filter((r) => r.type === RelType.INVOLVED_IN && r.role === "SPEAKER").map((r) => `${name.get(r.from) ?? r.from}`);
  };
  it.each([
    [
      "vi",
      "Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao 20 con bò giống cho hộ nghèo xã Bảo Nam. Ông Lê Văn Tám, Chủ tịch Hội Nông dân tỉnh Nghệ An cho biết, số bò sẽ giúp các hộ thoát nghèo.\n",
      "Lê Văn Tám",
    ],
    [
      "vi",
      "Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao 20 con bò giống cho hộ nghèo xã Bảo Nam. “Các hộ cần chăm sóc bò thật tốt” - bà Hoàng Thị Mai, Phó Chủ tịch Hội Nông dân tỉnh Nghệ An nhấn mạnh.\n",
      "Hoàng Thị Mai",
    ],
    [
      "en",
      "News\n\nOn 4 May 2024, Oxfam handed over 50 cows to poor households in Ky Son. Mr. Tom Baker, the Programme Coordinator from Oxfam, hoped the cows would lift the families out of poverty.\n",
      "Tom Baker",
    ],
    ["en", "News\n\nOn 4 May 2024, Oxfam launched a project on clean water in Ky Son. Oxfam Country Director Jane Holm said the project would reach 3,000 people.\n", "Jane Holm"],
  ] as const)("%s: %s", (lang, text, person) => {
    expect(speakers(text, lang)).toContain(person);
  });

  it.each([
    // a quoted farmer holds no post: what she says is not a speech at the event
    [
      "vi",
      "Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao 20 con bò giống cho hộ nghèo xã Bảo Nam. Bà Hoàng Thị Mai ở xã Bảo Nam cho biết gia đình rất vui.\n",
      "Hoàng Thị Mai",
    ],
    // two events in the article: which one the speech was at is not known
    [
      "en",
      "News\n\nOn 4 May 2024, Oxfam handed over 50 cows to poor households in Ky Son. On 6 May, Oxfam held a training course on cow care in Huu Kiem. Mr. Tom Baker, the Programme Coordinator from Oxfam, said the families were ready.\n",
      "Tom Baker",
    ],
    // the name is not the verb's subject
    [
      "en",
      "News\n\nOn 4 May 2024, Oxfam handed over 50 cows to poor households in Ky Son. Farmers told Mr. Tom Baker, the Programme Coordinator from Oxfam, that they were happy.\n",
      "Tom Baker",
    ],
  ] as const)("look-alike (%s) drafts no speaker: %s", (lang, text, person) => {
    expect(speakers(text, lang)).not.toContain(person);
  });
});

/** The draft's BENEFICIARY and GAVE_TO lines as "from name -TYPE-> to name". */
const gifts = (text: string, lang: "vi" | "en"): string[] => {
  const seed = draft(text, lang);
  const name = new Map(seed.entities.map((e) => [e.id, String(e.name)]));
  return seed.relationships
    .filter((r) => r.type === RelType.GAVE_TO || r.role === "BENEFICIARY")
    .map((r) => `${name.get(r.from) ?? r.from} -${r.type === RelType.GAVE_TO ? "GAVE_TO" : "BENEFICIARY"}-> ${name.get(r.to) ?? r.to}`);
};

describe("one person a handover is for", () => {
  it.each([
    ["vi", "Tin\n\nSáng 3/4, Hội Chữ thập đỏ tỉnh Nghệ An bàn giao 1 con bò giống cho gia đình bà Hoàng Thị Mai ở xã Bảo Nam.\n", "Hoàng Thị Mai", "Hội Chữ thập đỏ tỉnh Nghệ An"],
    ["vi", "Tin\n\nNgày 5/6, Hội Nông dân tỉnh Nghệ An trao tặng 2 con lợn giống cho anh Lê Văn Tám, xã Hữu Kiệm.\n", "Lê Văn Tám", "Hội Nông dân tỉnh Nghệ An"],
    ["vi", "Tin\n\nNgày 5/6, Hội Nông dân tỉnh Nghệ An phối hợp với UBND xã Mường Típ trao 1 con bò cho hội viên Trần Văn Hùng.\n", "Trần Văn Hùng", "Hội Nông dân tỉnh Nghệ An"],
    ["en", "News\n\nOn 4 May 2024, Oxfam handed over a breeding cow to the family of Mr. Nguyen Van Binh in Ky Son.\n", "Nguyen Van Binh", "Oxfam"],
  ] as const)("%s: %s", (lang, text, person, giver) => {
    const got = gifts(text, lang);
    expect(got.some((g) => g.startsWith(`${person} -BENEFICIARY->`))).toBe(true);
    expect(got).toContain(`${giver} -GAVE_TO-> ${person}`);
  });

  it.each([
    // the person speaks at the handover, the gift is for households
    ["vi", "Tin\n\nNgày 5/6, Hội Nông dân tỉnh Nghệ An trao 20 con bò cho hộ nghèo xã Bảo Nam, ông Lê Văn Tám cho biết các hộ rất phấn khởi.\n", "Lê Văn Tám"],
    // the person hands over, nobody is given to by name
    ["en", "News\n\nOn 4 May 2024, Mr. Nguyen Van Binh of Oxfam handed over 50 cows to poor households in Ky Son.\n", "Nguyen Van Binh"],
  ] as const)("look-alike (%s) drafts no person beneficiary: %s", (lang, text, person) => {
    expect(gifts(text, lang).filter((g) => g.includes(person))).toEqual([]);
  });
});

describe("a passive handover: 'được X tổ chức trao tặng cho …'", () => {
  it.each([
    ["vi", "Tin\n\n20 con bò giống đã được Hội Nông dân tỉnh Nghệ An tổ chức trao tặng cho các hộ nghèo xã Bảo Nam.\n", "Hội Nông dân tỉnh Nghệ An"],
    ["vi", "Tin\n\nNăm 2024, 50 con dê được Hội Liên hiệp Phụ nữ tỉnh Nghệ An tổ chức bàn giao cho các hộ nghèo xã Hữu Kiệm.\n", "Hội Liên hiệp Phụ nữ tỉnh Nghệ An"],
    ["vi", "Tin\n\n15 con bò đã được UBND huyện Kỳ Sơn trao tặng cho các hộ nghèo xã Mường Típ.\n", "UBND huyện Kỳ Sơn"],
    ["vi", "Tin\n\nSáng 3/4, 30 con lợn giống được Hội Chữ thập đỏ tỉnh Nghệ An tổ chức lễ trao cho các hộ nghèo xã Bảo Nam.\n", "Hội Chữ thập đỏ tỉnh Nghệ An"],
  ] as const)("%s: %s", (lang, text, giver) => {
    expect(gifts(text, lang).some((g) => g.startsWith(`${giver} -GAVE_TO->`))).toBe(true);
  });

  it.each([
    // the body organised a training, the gift's giver is not said
    ["vi", "Tin\n\n20 con bò giống được trao cho các hộ nghèo xã Bảo Nam sau lớp tập huấn được Hội Nông dân tỉnh Nghệ An tổ chức.\n", "Hội Nông dân tỉnh Nghệ An"],
    // the body is thanked, it did not give
    ["vi", "Tin\n\n20 con bò giống được trao cho các hộ nghèo xã Bảo Nam, các hộ được UBND huyện Kỳ Sơn khen ngợi.\n", "UBND huyện Kỳ Sơn"],
  ] as const)("look-alike (%s) drafts no giver: %s", (lang, text, body) => {
    expect(gifts(text, lang).filter((g) => g.startsWith(`${body} -GAVE_TO->`))).toEqual([]);
  });
});

describe("an opening that says who led the delegation the sentence is about", () => {
  /** The draft's DELEGATION_HEAD lines, by person name. */
  const heads = (text: string, lang: "vi" | "en"): string[] => {
    const seed = draft(text, lang);
    const name = new Map(seed.entities.map((e) => [e.id, String(e.name)]));
    return seed.relationships.filter((r) => r.type === RelType.INVOLVED_IN && r.role === "DELEGATION_HEAD").map((r) => `${name.get(r.from) ?? r.from}`);
  };
  it.each([
    [
      "en",
      "News\n\nHeaded by Ms. Anna Lind, Head of Cooperation of the Embassy of Ireland, and Mr. Tom Baker of Oxfam, the delegation visited farms in Ky Son on 4 May 2024.\n",
      ["Anna Lind", "Tom Baker"],
    ],
    ["en", "News\n\nLed by Mr. Tom Baker, the mission visited poor households in Huu Kiem commune on 4 May 2024.\n", ["Tom Baker"]],
    ["en", "News\n\nOn 4 May 2024, led by Dr. Susan Grey, the Oxfam team visited cow farms in Ky Son.\n", ["Susan Grey"]],
    ["vi", "Tin\n\nDo ông Lê Văn Tám, Chủ tịch Hội Nông dân tỉnh Nghệ An dẫn đầu, đoàn công tác đã đến thăm mô hình nuôi bò tại xã Bảo Nam ngày 3/4/2024.\n", ["Lê Văn Tám"]],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(heads(text, lang)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    // "led by" inside the visited place's clause: the cooperative's head, not the delegation's
    ["en", "News\n\nOn 4 May 2024, the delegation visited a cooperative in Ky Son led by Mr. Tom Baker.\n", "Tom Baker"],
    // "Led by" opening a sentence whose subject is no delegation
    ["en", "News\n\nLed by Mr. Tom Baker, the cooperative in Ky Son welcomed the delegation on 4 May 2024.\n", "Tom Baker"],
    // a sentence opening on "Do" that says who funded it, not who led
    ["vi", "Tin\n\nDo ông Lê Văn Tám tài trợ, đoàn công tác đã đến thăm mô hình nuôi bò tại xã Bảo Nam ngày 3/4/2024.\n", "Lê Văn Tám"],
  ] as const)("look-alike (%s) drafts no head: %s", (lang, text, person) => {
    expect(heads(text, lang)).not.toContain(person);
  });
});

describe("a body named at the person by its initials or in other capitals, with an English title", () => {
  it.each([
    [
      "News\n\nThe Provincial Farmers Support Centre held a workshop in Ky Son on 4 May 2024. PFSC Director Nguyen Van Binh said the farmers were ready.\n",
      "Nguyen Van Binh -> Provincial Farmers Support Centre",
    ],
    [
      "News\n\nThe Ky Son Women Savings Network held a meeting in Ky Son on 4 May 2024. KSWSN Chairwoman Tran Thi Lan opened the meeting.\n",
      "Tran Thi Lan -> Ky Son Women Savings Network",
    ],
    [
      "News\n\nGREEN LEAF COOPERATIVE sells tea from Ky Son. According to Mr. Le Van Nam, Green Leaf Cooperative Director, the members earn more.\n",
      "Le Van Nam -> GREEN LEAF COOPERATIVE",
    ],
    [
      "News\n\nThe Highland Seed Company supplied maize seed in Ky Son. Mrs. Pham Thi Hoa, Highland Seed Company Deputy Director, visited the farms.\n",
      "Pham Thi Hoa -> Highland Seed Company",
    ],
  ] as const)("%s", (text, expected) => {
    expect(members(text, "en")).toContain(expected);
  });

  it.each([
    // initials that fit no drafted body
    [
      "News\n\nThe Provincial Farmers Support Centre held a workshop in Ky Son on 4 May 2024. WWF Director Nguyen Van Binh said the farmers were ready.\n",
      "Nguyen Van Binh -> Provincial Farmers Support Centre",
    ],
    // the capitalised words are a place, not the body
    [
      "News\n\nThe Highland Seed Company supplied maize seed in Ky Son. Mrs. Pham Thi Hoa, Ky Son District Deputy Director, visited the farms.\n",
      "Pham Thi Hoa -> Highland Seed Company",
    ],
  ] as const)("look-alike drafts no post: %s", (text, notExpected) => {
    expect(members(text, "en")).not.toContain(notExpected);
  });
});

describe("the organizing verb inside what a speaker said", () => {
  /** The draft's ORGANIZER and CO_ORGANIZER lines of events, as "org name -ROLE->". */
  const organizers = (text: string, lang: "vi" | "en"): string[] => {
    const seed = draft(text, lang);
    const name = new Map(seed.entities.map((e) => [e.id, String(e.name)]));
    const events = new Set(seed.entities.filter((e) => e.kind === Label.Event).map((e) => e.id));
    return seed.relationships.filter((r) => events.has(r.to) && (r.role === "ORGANIZER" || r.role === "CO_ORGANIZER")).map((r) => `${name.get(r.from) ?? r.from} -${r.role}->`);
  };
  it.each([
    [
      "vi",
      "Tin\n\nÔng Lê Văn Tám - Trưởng ban Kinh tế (UBND huyện Kỳ Sơn) cho biết, Hội Nông dân tỉnh Nghệ An đã tổ chức lớp tập huấn nuôi bò tại xã Bảo Nam.\n",
      "UBND huyện Kỳ Sơn",
      "Hội Nông dân tỉnh Nghệ An",
    ],
    [
      "vi",
      "Tin\n\nĐại diện UBND huyện Kỳ Sơn chia sẻ, Hội Liên hiệp Phụ nữ tỉnh Nghệ An tổ chức hội thảo về sinh kế tại xã Hữu Kiệm ngày 3/4/2024.\n",
      "UBND huyện Kỳ Sơn",
      "Hội Liên hiệp Phụ nữ tỉnh Nghệ An",
    ],
    [
      "vi",
      "Tin\n\nÔng Trần Văn Hùng, cán bộ UBND huyện Kỳ Sơn nói: Trung tâm Khuyến nông tỉnh Nghệ An đã tổ chức 3 lớp tập huấn tại xã Mường Típ.\n",
      "UBND huyện Kỳ Sơn",
      "Trung tâm Khuyến nông tỉnh Nghệ An",
    ],
    [
      "vi",
      "Tin\n\nBà Hoàng Thị Mai (Hội Chữ thập đỏ tỉnh Nghệ An) cho biết: UBND xã Mường Típ đã tổ chức lễ bàn giao 10 con bò giống ngày 3/4/2024.\n",
      "Hội Chữ thập đỏ tỉnh Nghệ An",
      "UBND xã Mường Típ",
    ],
  ] as const)("%s: %s", (lang, text, speakersBody, organizer) => {
    const got = organizers(text, lang);
    expect(got.filter((g) => g.startsWith(`${speakersBody} -`))).toEqual([]);
    expect(got).toContain(`${organizer} -ORGANIZER->`);
  });

  it.each([
    // the reporting verb comes after the organizing verb: the body before it organized
    ["vi", "Tin\n\nHội Nông dân tỉnh Nghệ An đã tổ chức lớp tập huấn nuôi bò tại xã Bảo Nam, ông Lê Văn Tám cho biết.\n", "Hội Nông dân tỉnh Nghệ An"],
    // "cho biết" with no comma or colon is no opening of what was said
    ["vi", "Tin\n\nUBND xã Bảo Nam tổ chức hội nghị cho biết kết quả giảm nghèo năm 2024 ngày 3/4/2024.\n", "UBND xã Bảo Nam"],
  ] as const)("look-alike (%s) keeps the organizer: %s", (lang, text, organizer) => {
    expect(organizers(text, lang)).toContain(`${organizer} -ORGANIZER->`);
  });

  // a consistency rule (it removed one wrong line on the dev split); this sentence pair reads right with or without it
  it("does not keep an organizer as its own co-organizer", () => {
    const text =
      "Tin\n\nNgày 3/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao 20 con bò giống tại xã Bảo Nam. UBND xã Bảo Nam phối hợp với Hội Nông dân tỉnh Nghệ An tổ chức lễ bàn giao.\n";
    const got = organizers(text, "vi");
    expect(got).toContain("Hội Nông dân tỉnh Nghệ An -ORGANIZER->");
    expect(got).not.toContain("Hội Nông dân tỉnh Nghệ An -CO_ORGANIZER->");
  });
});
