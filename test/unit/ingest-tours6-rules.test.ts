/**
 * Round 6 (tours6): visits and study tours, and who is in them. Each case is a sentence written for the test (never an
 * article's), run through the whole pipeline against the small test gazetteer, or given to the rule's pure function.
 */
import { Label, RelType } from "../../src/graph/graph.model";
import { ENTITY_VERBS_ORGANIZE } from "../../src/ingest/ingest.lexicon";
import {
  cutBeforeShortName,
  datedSpanHead,
  delegationSender,
  modelNamesASite,
  peopleOfBodyBefore,
  receivedFromGiver,
  stopsListEnd,
  venueBodyBefore,
  visitorsTalkedWith,
} from "../../src/ingest/stages/tours.rules";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";
import { relLines } from "../helpers/ingest-rels";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's relationships as "from name -TYPE(ROLE)-> to" (events as "EVENT", places by id). */
/** The draft's relationships, every event named "EVENT". */
const rels = (text: string, lang: "vi" | "en"): string[] => relLines(draft(text, lang), (e) => (e.kind === Label.Event ? "EVENT" : String(e.name)));

describe("organizers written before the event's words, in a span that opens on its date", () => {
  it.each([
    [
      "vi",
      "Tin\n\nTừ ngày 6/5 đến ngày 9/5/2023, Hội Nông dân tỉnh Nghệ An phối hợp với Trung tâm Khuyến nông tỉnh Nghệ An đã tổ chức chuyến đi tham quan học tập cho 20 hội viên tại tỉnh Thanh Hóa.\n",
      "Hội Nông dân tỉnh Nghệ An",
    ],
    [
      "vi",
      "Tin\n\nTrong 3 ngày, từ 12/10 đến 14/10/2022, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn đã tổ chức chuyến tham quan học tập kinh nghiệm cho 25 cán bộ hội tại tỉnh Hà Tĩnh.\n",
      "Hội Liên hiệp Phụ nữ huyện Kỳ Sơn",
    ],
    [
      "vi",
      "Tin\n\nTừ 2/3 đến 4/3/2021, Phòng Nông nghiệp huyện Kỳ Sơn phối hợp cùng Hội Nông dân xã Bảo Nam đã tổ chức chuyến tham quan học tập cho 15 nông dân tại tỉnh Thanh Hóa.\n",
      "Phòng Nông nghiệp huyện Kỳ Sơn",
    ],
    [
      "vi",
      "Tin\n\nTừ ngày 20/9 đến ngày 22/9/2024, Ban Quản lý dự án huyện Kỳ Sơn đã tổ chức chuyến đi học tập mô hình nuôi bò cho 30 hộ dân tại tỉnh Hà Tĩnh.\n",
      "Ban Quản lý dự án huyện Kỳ Sơn",
    ],
  ] as const)("%s: the body before the verb organized it (%#)", (lang, text, organizer) => {
    expect(rels(text, lang)).toContain(`${organizer} -${RelType.INVOLVED_IN}(ORGANIZER)-> EVENT`);
  });

  it("gives the body after 'phối hợp với' the co-organizer's part", () => {
    const text =
      "Tin\n\nTừ ngày 6/5 đến ngày 9/5/2023, Hội Nông dân tỉnh Nghệ An phối hợp với Trung tâm Khuyến nông tỉnh Nghệ An đã tổ chức chuyến đi tham quan học tập cho 20 hội viên tại tỉnh Thanh Hóa.\n";
    expect(rels(text, "vi")).toContain(`Trung tâm Khuyến nông tỉnh Nghệ An -${RelType.INVOLVED_IN}(CO_ORGANIZER)-> EVENT`);
  });

  it("moves the event's start only for a span that opens on a date and holds the verb", () => {
    expect(datedSpanHead("từ 11/3 đến 13/3/2020, Sở A đã tổ chức chuyến đi", ENTITY_VERBS_ORGANIZE)).toBeGreaterThan(0);
    expect(datedSpanHead("On 4 May, the union organised a trip", ENTITY_VERBS_ORGANIZE)).toBeGreaterThan(0);
    // look-alikes: no date at the span's start, or no organizing verb inside it
    expect(datedSpanHead("Sở A đã tổ chức chuyến đi", ENTITY_VERBS_ORGANIZE)).toBe(0);
    expect(datedSpanHead("từ ngày 3/09 đến ngày 5/09/2018, Đoàn cán bộ", ENTITY_VERBS_ORGANIZE)).toBe(0);
  });

  it.each([
    [
      "vi",
      "Tin\n\nTừ ngày 6/5 đến ngày 9/5/2023, đoàn công tác đã đến thăm Hội Nông dân tỉnh Nghệ An để học hỏi cách tổ chức chuyến đi cho hội viên.\n",
      "Hội Nông dân tỉnh Nghệ An",
    ],
    ["vi", "Tin\n\nHội Nông dân tỉnh Nghệ An cho biết, từ 2/3 đến 4/3/2021 sẽ tổ chức chuyến đi học tập tại tỉnh Thanh Hóa.\n", "Hội Nông dân tỉnh Nghệ An"],
  ] as const)("%s: look-alike, no organizer from a visited body or a speaker (%#)", (lang, text, body) => {
    expect(rels(text, lang)).not.toContain(`${body} -${RelType.INVOLVED_IN}(ORGANIZER)-> EVENT`);
  });
});

describe("a name cut short before the body's short name in brackets", () => {
  const text = "Ban điều hành, giám sát Chương trình Nông thôn (Ban GS) và Sở A";
  type Span2 = { start: number; end: number };
  const spans = (t: string, a: string, b: string): [string, Span2, Span2] => [
    t,
    { start: t.indexOf(a), end: t.indexOf(a) + a.length },
    { start: t.indexOf(b), end: t.indexOf(b) + b.length },
  ];
  it.each([
    spans(text, "Ban điều hành", "Ban GS"),
    spans("Trung tâm dịch vụ, hỗ trợ nông nghiệp huyện (Trung tâm DV) phối hợp", "Trung tâm dịch vụ", "Trung tâm DV"),
    spans("Ban điều hành, giám sát dự án nước sạch (Ban ĐH)", "Ban điều hành", "Ban ĐH"),
    spans("Văn phòng điều phối, hỗ trợ kỹ thuật (Văn phòng KT)", "Văn phòng điều phối", "Văn phòng KT"),
  ])("the cut name and its short name are one body (%#)", (t, a, b) => {
    expect(t.slice(b.start, b.end + 1)).toMatch(/\)$/u);
    expect(cutBeforeShortName(t, a, b)).toBe(true);
  });
  it.each([
    // two bodies joined by "và": not a cut name
    spans("Sở Nông nghiệp (SNN) và Hội Nông dân (HND)", "Sở Nông nghiệp", "HND"),
    // the name goes on in upper case: a list of two bodies, not a cut name
    spans("Hội Nông dân, Hội Phụ nữ (HPN)", "Hội Nông dân", "HPN"),
  ])("look-alike: not one body (%#)", (t, a, b) => {
    expect(cutBeforeShortName(t, a, b)).toBe(false);
  });
});

describe("the stops of a visit, each body visited a host, over ';'", () => {
  it.each([
    [
      "vi",
      "Tin\n\nNgày 5/6/2023, đoàn công tác của Hội Nông dân huyện Kỳ Sơn đã đến thăm Hợp tác xã Chè Bảo Nam; Công ty TNHH Nông sản Hữu Kiệm tại xã Hữu Kiệm.\n",
      "Công ty TNHH Nông sản Hữu Kiệm",
    ],
    [
      "vi",
      "Tin\n\nNgày 5/6/2023, đoàn công tác của Hội Nông dân huyện Kỳ Sơn đã đến thăm Hợp tác xã Chè Bảo Nam; thăm Hợp tác xã Dịch vụ Mường Típ tại xã Mường Típ.\n",
      "Hợp tác xã Dịch vụ Mường Típ",
    ],
    [
      "vi",
      "Tin\n\nNgày 5/6/2023, đoàn công tác của Hội Nông dân huyện Kỳ Sơn đã đến thăm Hợp tác xã Chè Bảo Nam; mô hình nuôi dê của anh Lò Văn Pha; Công ty TNHH Nông sản Hữu Kiệm tại xã Hữu Kiệm.\n",
      "Công ty TNHH Nông sản Hữu Kiệm",
    ],
    [
      "en",
      "News\n\nOn 5 June 2023, the delegation visited the Bao Nam Agricultural Cooperative; the Huu Kiem Farm Products Company in Huu Kiem commune.\n",
      "Huu Kiem Farm Products Company",
    ],
  ] as const)("%s: a later item of the list is a host (%#)", (lang, text, host) => {
    expect(rels(text, lang)).toContain(`${host} -${RelType.INVOLVED_IN}(HOST)-> EVENT`);
  });
  it("goes on over items that open on a body, a visit verb or a model word", () => {
    const s = "đoàn làm việc tại HTX A; Công ty B tại xã C; tham quan trang trại D; mô hình E của anh F; sau đó Sở G báo cáo";
    const end = stopsListEnd(s, s.indexOf(";"), [s.indexOf("Công ty B")]);
    expect(s.slice(0, end)).toContain("mô hình E của anh F");
    expect(s.slice(0, end)).not.toContain("Sở G");
  });
  it.each([
    "Tin\n\nNgày 5/6/2023, đoàn công tác của Hội Nông dân huyện Kỳ Sơn đã tham quan Hợp tác xã Chè Bảo Nam; sau đó UBND xã Hữu Kiệm tổ chức họp dân.\n",
    "Tin\n\nNgày 5/6/2023, đoàn công tác của Hội Nông dân huyện Kỳ Sơn đã tham quan Hợp tác xã Chè Bảo Nam; kinh phí do Công ty TNHH Nông sản Hữu Kiệm tài trợ.\n",
  ])("look-alike: a clause after ';' that opens otherwise is not a stop (%#)", (text) => {
    const got = rels(text, "vi");
    expect(got.filter((r) => r.includes("(HOST)") && (r.startsWith("UBND xã Hữu Kiệm") || r.startsWith("Công ty TNHH Nông sản Hữu Kiệm")))).toEqual([]);
  });
});

describe("the bodies the visitors talked with took part", () => {
  it.each([
    "The two also discussed the rice market with the local authorities of Bao Nam commune.",
    "The pair talked about cattle prices with the Women's Union of Huu Kiem commune.",
    "The visitors exchanged views on climate change with the Farmers' Union of Muong Tip commune.",
    "Đoàn đã trao đổi kinh nghiệm nuôi bò với Hội Nông dân xã Bảo Nam.",
  ])("the visitors' subject and a verb of talking 'with' (%#)", (s) => {
    expect(visitorsTalkedWith(s)).toBeDefined();
  });
  it.each([
    // someone else talked with the body, not the visitors
    "The commune leaders discussed the plan with the Farmers' Union of Bao Nam commune.",
    // the visitors worked with (visited) the body: a host's reading, left to the visit rules
    "Đoàn đã làm việc và trao đổi với UBND xã Bảo Nam.",
    // the youth union, not the visitors
    "Đoàn Thanh niên xã Bảo Nam đã trao đổi với Hội Nông dân xã.",
  ])("look-alike: no visitors' talk (%#)", (s) => {
    expect(visitorsTalkedWith(s)).toBeUndefined();
  });
  it("drafts the body as a participant of the article's one visit", () => {
    const text =
      "News\n\nOn 3 May 2022, Ms. Jane Roe and Mr. Paul Poe of Oxfam visited Bao Nam commune in Ky Son district.\n" +
      "The two also discussed the rice market with the People's Committee of Bao Nam commune.\n";
    expect(rels(text, "en").some((r) => r.startsWith("People's Committee of Bao Nam") && r.endsWith(`-${RelType.INVOLVED_IN}(PARTICIPANT)-> EVENT`))).toBe(true);
  });
});

describe("a delegation PART_OF the body its name holds, that body the organizer of a study tour no sentence organizes", () => {
  const bodies = [
    { id: "org:a", name: "Hội Nông dân huyện Kỳ Sơn" },
    { id: "org:b", name: "Embassy of Ireland" },
    { id: "org:c", name: "Hội Liên hiệp Phụ nữ huyện Kỳ Sơn" },
  ];
  it.each([
    ["Đoàn công tác của Hội Nông dân huyện Kỳ Sơn", "org:a"],
    ["Delegation of the Embassy of Ireland", "org:b"],
    ["Đoàn cán bộ của Hội Liên hiệp Phụ nữ huyện Kỳ Sơn", "org:c"],
    ["A delegation from Embassy of Ireland", "org:b"],
  ])("%s -> %s", (name, id) => {
    expect(delegationSender(name, bodies)).toBe(id);
  });
  it.each(["Đoàn công tác tỉnh Nghệ An", "Delegation of farmers from Ky Son"])("look-alike: no body of that whole name (%s)", (name) => {
    expect(delegationSender(name, bodies)).toBeUndefined();
  });
  it("drafts PART_OF and the inferred organizer through the pipeline", () => {
    const text =
      "Tin\n\nTừ ngày 6/5 đến ngày 9/5/2023, Đoàn công tác của Hội Nông dân huyện Kỳ Sơn do ông Lê Văn Tám làm trưởng đoàn đi tham quan học tập tại tỉnh Thanh Hóa.\n" +
      "Tại tỉnh Thanh Hóa, đoàn đã thăm Hợp tác xã Nông nghiệp Bảo Nam.\n";
    const got = rels(text, "vi");
    expect(got).toContain(`Đoàn công tác của Hội Nông dân huyện Kỳ Sơn -${RelType.PART_OF}-> Hội Nông dân huyện Kỳ Sơn`);
    expect(got).toContain(`Hội Nông dân huyện Kỳ Sơn -${RelType.INVOLVED_IN}(ORGANIZER)-> EVENT`);
  });
  it("look-alike: a tour whose organizer a sentence names keeps that one only", () => {
    const text =
      "Tin\n\nTừ ngày 6/5 đến ngày 9/5/2023, Phòng Nông nghiệp huyện Kỳ Sơn đã tổ chức chuyến tham quan học tập cho Đoàn công tác của Hội Nông dân huyện Kỳ Sơn tại tỉnh Thanh Hóa.\n" +
      "Tại tỉnh Thanh Hóa, đoàn đã thăm Hợp tác xã Nông nghiệp Bảo Nam.\n";
    const got = rels(text, "vi");
    expect(got).toContain(`Phòng Nông nghiệp huyện Kỳ Sơn -${RelType.INVOLVED_IN}(ORGANIZER)-> EVENT`);
    expect(got).not.toContain(`Hội Nông dân huyện Kỳ Sơn -${RelType.INVOLVED_IN}(ORGANIZER)-> EVENT`);
  });
});

describe("the last of three organizers after ', and the'", () => {
  it.each([
    ["en", "News\n\nOn 3 May 2023, Oxfam, CARE, and the Embassy of Ireland organized a workshop in Ky Son district.\n", "Embassy of Ireland"],
    ["en", "News\n\nOn 3 May 2023, Oxfam, CARE and the Embassy of Ireland organised a training course in Bao Nam commune.\n", "Embassy of Ireland"],
    ["en", "News\n\nOn 9 June 2021, Plan International, World Vision, and the Embassy of Japan held a conference in Ky Son district.\n", "Embassy of Japan"],
    [
      "vi",
      "Tin\n\nNgày 3/5/2023, Hội Nông dân tỉnh Nghệ An, Phòng Nông nghiệp huyện Kỳ Sơn, và Hội Liên hiệp Phụ nữ huyện Kỳ Sơn đã tổ chức hội thảo tại xã Bảo Nam.\n",
      "Hội Liên hiệp Phụ nữ huyện Kỳ Sơn",
    ],
  ] as const)("%s: a co-organizer (%#)", (lang, text, co) => {
    expect(rels(text, lang).some((r) => r.includes(co) && r.endsWith(`-${RelType.INVOLVED_IN}(CO_ORGANIZER)-> EVENT`))).toBe(true);
  });
  it.each([
    "News\n\nOn 3 May 2023, Oxfam organized a workshop in Ky Son district, and the Embassy of Ireland paid for it.\n",
    "News\n\nOn 3 May 2023, Oxfam organized a workshop for CARE and the Embassy of Ireland in Ky Son district.\n",
  ])("look-alike: a body after the verb is no co-organizer (%#)", (text) => {
    expect(rels(text, "en").some((r) => r.includes("Embassy of Ireland") && r.includes("ORGANIZER"))).toBe(false);
  });
});

describe("a model's words that name the site visited are not what the visit showed", () => {
  const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
  it.each([
    ["They visited the seed and fertiliser distribution site in Bao Nam commune.", "fertiliser"],
    ["The guests walked through homes, pig sheds and gardens.", "pig sheds"],
    ["The team went to the cash transfer point of Huu Kiem commune.", "cash transfer"],
    ["Đoàn đến điểm cấp phát giống lúa tại xã Bảo Nam.", "giống lúa"],
  ])("names a site: %s", (t, w) => {
    expect(modelNamesASite(t, at(t, w))).toBe(true);
  });
  it.each([
    ["The delegation visited the cow raising model of Mr. Lo Van Pha.", "cow raising"],
    ["Đoàn đã tham quan mô hình nuôi dê của hộ ông Lương Văn Hải.", "nuôi dê"],
  ])("look-alike: the model itself was seen (%s)", (t, w) => {
    expect(modelNamesASite(t, at(t, w))).toBe(false);
  });
  it.each([
    "News\n\nOn 4 May 2022, a delegation of Oxfam visited the goat raising model of Bao Nam commune.\n",
    "Tin\n\nNgày 4/5/2022, đoàn công tác của Hội Nông dân huyện Kỳ Sơn đã tham quan mô hình nuôi dê tại xã Bảo Nam.\n",
  ])("still drafts what a visit saw (%#)", (text) => {
    expect(rels(text, text.startsWith("News") ? "en" : "vi").some((r) => r.startsWith("EVENT -SHOWCASED->"))).toBe(true);
  });
  it("drafts no SHOWCASED for a site named after the model", () => {
    const text = "News\n\nOn 4 May 2022, a delegation of Oxfam visited the goat distribution site in Bao Nam commune.\n";
    expect(rels(text, "en").filter((r) => r.startsWith("EVENT -SHOWCASED->"))).toEqual([]);
  });
});

describe("the body whose hall or seat an event was held in hosted it", () => {
  it.each([
    [
      "vi",
      "Tin\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An đã tổ chức hội nghị tập huấn cho 50 hội viên tại Hội trường Ủy ban nhân dân xã Bảo Nam.\n",
      "Ủy ban nhân dân xã Bảo Nam",
    ],
    ["vi", "Tin\n\nSáng ngày 8/6/2023, Phòng Nông nghiệp huyện Kỳ Sơn tổ chức hội thảo về nuôi bò tại trụ sở Hội Nông dân xã Hữu Kiệm.\n", "Hội Nông dân xã Hữu Kiệm"],
    ["en", "News\n\nOn 2 April 2022, Oxfam organized a training course for 40 farmers at the hall of the Farmers' Union of Bao Nam commune.\n", "Farmers' Union of Bao Nam"],
    ["en", "News\n\nOn 9 May 2021, CARE held a workshop at the headquarters of the Women's Union of Huu Kiem commune.\n", "Women's Union of Huu Kiem"],
  ] as const)("%s: the venue's body is the host (%#)", (lang, text, host) => {
    expect(rels(text, lang).some((r) => r.startsWith(host) && r.endsWith(`-${RelType.INVOLVED_IN}(HOST)-> EVENT`))).toBe(true);
  });
  it.each(["tại xã Bảo Nam, ", "Tham dự có đại diện ", "in cooperation with the ", "the hall was lent by the "])("look-alike: no venue before the body (%s)", (before) => {
    expect(venueBodyBefore(before)).toBe(false);
  });
  it("look-alike: a body merely attending is not the host", () => {
    const text = "Tin\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tại hội trường lớn; tham dự có Ủy ban nhân dân xã Bảo Nam.\n";
    expect(rels(text, "vi").some((r) => r.includes("(HOST)"))).toBe(false);
  });
});

describe("a handover told from the receivers' side: the giver after 'received … from' organized it", () => {
  it.each([
    "received 300 young goats from the ",
    "have received over 2,000 coffee seedlings free of charge from ",
    "đã nhận được 20 con bò giống từ ",
    "nhận 500 con gà giống từ ",
  ])("the giver follows (%s)", (between) => {
    expect(receivedFromGiver(between)).toBe(true);
  });
  it.each(["received funding from the ", "nhận được kinh phí hỗ trợ từ ", "received 20 cows. Then the officials from "])("look-alike: money, or another clause (%s)", (between) => {
    expect(receivedFromGiver(between)).toBe(false);
  });
  it("drafts the giver as the handover's organizer", () => {
    const text = "News\n\nOn 5 March 2024, thirty poor households in Bao Nam commune received 60 breeding cows from the Ky Son District Agricultural Service Centre.\n";
    expect(rels(text, "en").some((r) => r.startsWith("Ky Son District Agricultural Service Centre") && r.endsWith(`-${RelType.INVOLVED_IN}(ORGANIZER)-> EVENT`))).toBe(true);
  });
});

describe("an event for the people of a body: the body took part", () => {
  it.each([
    [
      "vi",
      "Tin\n\nNgày 12/5/2023, Hội Nông dân tỉnh Nghệ An tổ chức tập huấn kỹ thuật nuôi dê cho nhân viên kỹ thuật thuộc Trạm Khuyến nông huyện Kỳ Sơn tại xã Bảo Nam.\n",
      "Trạm Khuyến nông huyện Kỳ Sơn",
    ],
    ["vi", "Tin\n\nNgày 3/8/2022, Phòng Nông nghiệp huyện Kỳ Sơn tổ chức lớp tập huấn cho 40 hội viên của Hội Liên hiệp Phụ nữ xã Hữu Kiệm.\n", "Hội Liên hiệp Phụ nữ xã Hữu Kiệm"],
    ["en", "News\n\nOn 4 June 2021, Oxfam organized a training course on pig raising for officials of the Farmers' Union of Bao Nam commune.\n", "Farmers' Union of Bao Nam"],
    ["en", "News\n\nOn 9 July 2020, CARE held a workshop for staff from the Women's Union of Huu Kiem commune.\n", "Women's Union of Huu Kiem"],
  ] as const)("%s: a participant (%#)", (lang, text, body) => {
    expect(rels(text, lang).some((r) => r.startsWith(body) && r.endsWith(`-${RelType.INVOLVED_IN}(PARTICIPANT)-> EVENT`))).toBe(true);
  });
  it.each(["cho xã Bảo Nam thuộc ", "for the benefit of ", "của cán bộ ", "with officials and "])("look-alike: not people of the body (%s)", (before) => {
    expect(peopleOfBodyBefore(before)).toBe(false);
  });
  it("look-alike: a handover's receivers are not drafted as participants", () => {
    const text = "Tin\n\nNgày 3/8/2022, Phòng Nông nghiệp huyện Kỳ Sơn trao 20 con bò giống cho các hội viên của Hội Nông dân xã Hữu Kiệm.\n";
    expect(rels(text, "vi").some((r) => r.startsWith("Hội Nông dân xã Hữu Kiệm") && r.includes("(PARTICIPANT)"))).toBe(false);
  });
});
