/**
 * The rule families added for issue 18 (articles the rules were not written for), each on
 * sentences written for the test: the corpus header, date lines and ranges, events named by a
 * verb (handovers, launches, visits).
 */
import { buildKnowledge, type Knowledge } from "../../src/ingest/ingest.corpus";
import { confirmAll, unconfirmedDrafts } from "../../src/ingest/ingest.drafts";
import { type EntityKind, validateSeedFile } from "../../src/seed/seed.schema";
import { findDates, publishedDate } from "../../src/ingest/ingest.dates";
import { findNumbers } from "../../src/ingest/ingest.numbers";
import { ingestArticle, type IngestResult } from "../../src/ingest/ingest.service";
import { bagKey, maskCorpusHeader } from "../../src/ingest/ingest.text";
import { EventType } from "../../src/graph/graph.enums";

const place = (id: string, name: string, level: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: "Place", id, name, level, quote: "q", ...extra });
const legacy = { validTo: "2025-06-30" };
const GAZETTEER = {
  source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
  entities: [
    place("vn:nghe-an", "Nghệ An", "PROVINCE", { unitType: "Tỉnh", nameEn: "Nghe An province" }),
    place("vn:nghe-an:ky-son", "Kỳ Sơn", "DISTRICT", { unitType: "Huyện", nameEn: "Ky Son district", ...legacy }),
    place("vn:nghe-an:ky-son:huu-kiem", "Hữu Kiệm", "COMMUNE", { unitType: "Xã", ...legacy }),
  ],
  relationships: [
    ["vn:nghe-an:ky-son", "vn:nghe-an"],
    ["vn:nghe-an:ky-son:huu-kiem", "vn:nghe-an:ky-son"],
  ].map(([from, to]) => ({ from, type: "PART_OF", to, quote: "q" })),
};
const knowledge = (): Knowledge => buildKnowledge([{ file: "places.yaml", data: GAZETTEER }]);
const ingest = (text: string, lang?: "vi" | "en"): IngestResult => ingestArticle(text, { file: "t.txt", number: 7, lang }, knowledge());
const events = (r: IngestResult): Record<string, unknown>[] => r.seed.entities.filter((e) => e.kind === "Event") as Record<string, unknown>[];
const dates = (text: string, refYear?: number): [string, string][] => findDates(text, text.length, refYear).map((d) => [d.from, d.to]);

describe("ingest rules: the corpus header (URL: / TITLE: lines)", () => {
  const text =
    "URL: https://example.org/tin/bo-giong\nTITLE: Trao bò giống cho hộ nghèo [title reconstructed]\n\nSáng 5/3/2024, xã Hữu Kiệm trao tặng 10 con bò giống cho hộ nghèo.\n";

  it("blanks the labels, the URL line and the marker, keeping every offset", () => {
    const { text: masked, url } = maskCorpusHeader(text);
    expect(url).toBe("https://example.org/tin/bo-giong");
    expect(masked).toHaveLength(text.length);
    expect(masked.trim().split("\n")[0].trim()).toBe("Trao bò giống cho hộ nghèo");
    expect(masked.slice(text.indexOf("Sáng"))).toBe(text.slice(text.indexOf("Sáng")));
    expect(maskCorpusHeader("Tin\n\nNội dung").text).toBe("Tin\n\nNội dung");
  });

  it("takes the title from TITLE, never the URL, and keeps the first paragraph as body", () => {
    const r = ingest(text, "vi");
    expect(r.seed.source).toMatchObject({ title: "Trao bò giống cho hộ nghèo", url: "https://example.org/tin/bo-giong" });
    expect(events(r)).toContainEqual(expect.objectContaining({ eventType: EventType.HANDOVER, startDate: "2024-03-05" }));
  });
});

describe("ingest rules: date lines and ranges", () => {
  it("reads the article's own date from a date stamp, a line holding only a date, or an English dateline", () => {
    expect(publishedDate("Tin tức\n\n date 2023-04-09 (ABC) - Sáng 8-4, hội")).toBe("2023-04-09");
    expect(publishedDate("Tin tức\n\n09/04/2023\n\nSáng 8/4, hội")).toBe("2023-04-09");
    expect(publishedDate("News\n\nHa Giang – 14. March 2021\n\nText")).toBe("2021-03-14");
  });

  it("gives a range's start its own day and the end's month and year", () => {
    expect(dates("Từ ngày 3 đến 7/6/2024, hội")).toEqual([["2024-06-03", "2024-06-07"]]);
    expect(dates("từ ngày 28/12 đến ngày 2/1/2024 tại")).toEqual([["2023-12-28", "2024-01-02"]]);
    expect(dates("From 8th to 10th April 2022, the team")).toEqual([["2022-04-08", "2022-04-10"]]);
    expect(dates("from 4 to 6 May, farmers", 2021)).toEqual([["2021-05-04", "2021-05-06"]]);
  });

  it("dates a day and month after a time of day, or after 'on', by the article's year", () => {
    expect(dates("Chiều 14/8, đoàn", 2022)).toEqual([["2022-08-14", "2022-08-14"]]);
    expect(dates("Sáng 9-10, hội", 2022)).toEqual([["2022-10-09", "2022-10-09"]]);
    expect(dates("Chiều 14/8, đoàn")).toEqual([]);
    expect(dates("Ngày 9-10, hội", 2022)).toEqual([["2022-10-09", "2022-10-09"]]);
    expect(dates("the ceremony on 9 October and on March 3", 2020)).toEqual([
      ["2020-10-09", "2020-10-09"],
      ["2020-03-03", "2020-03-03"],
    ]);
  });

  it("takes a period's end ('từ tháng 3 đến tháng 12/2021') for the article's year, not a target ('đến năm 2030')", () => {
    const r = ingest("Tin\n\nDự án thực hiện từ tháng 3 đến tháng 12/2021, hướng đến năm 2030.\n\nNgày 12/11, hội trao tặng 5 con bò cho hộ nghèo.", "vi");
    expect(events(r)).toContainEqual(expect.objectContaining({ eventType: EventType.HANDOVER, startDate: "2021-11-12" }));
  });

  it("takes the year of a day and month from the latest year the article states when it has no date line", () => {
    const r = ingest("Tin\n\nChương trình giai đoạn 2019-2021 đã giúp nhiều hộ.\n\nSáng 12/11, hội trao tặng 5 con bò cho hộ nghèo xã Hữu Kiệm.", "vi");
    expect(events(r)).toContainEqual(expect.objectContaining({ eventType: EventType.HANDOVER, startDate: "2021-11-12" }));
  });
});

describe("ingest rules: events named by a verb", () => {
  it("drafts one handover for every verb of handing over in the article", () => {
    const r = ingest("Tin\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An cấp phát 20 con dê giống cho hộ nghèo. Hội sẽ tiếp tục bàn giao dê cho các hộ khác.", "vi");
    expect(events(r)).toEqual([expect.objectContaining({ eventType: EventType.HANDOVER, startDate: "2024-03-05" })]);
  });

  it("makes the giver of a handover its organizer", () => {
    const r = ingest("Tin\n\nNgày 5/3/2024, Hội Nông dân tỉnh Nghệ An trao tặng 20 con dê giống cho hộ nghèo.", "vi");
    const event = events(r)[0];
    const union = r.seed.entities.find((e) => e.kind === "Organization" && /Hội Nông dân/.test(e.name));
    expect(r.seed.relationships).toContainEqual(expect.objectContaining({ from: union!.id, type: "INVOLVED_IN", role: "ORGANIZER", to: event.id }));
  });

  it("drafts the event a title reports when the body drafts none", () => {
    const r = ingest("New savings project for mountain women launched\n\nThe project will help 2,000 women in Ky Son district save and borrow.", "en");
    expect(events(r)).toEqual([expect.objectContaining({ eventType: EventType.LAUNCH, name: "New savings project for mountain women launched" })]);
    expect(events(ingest("Savings help mountain women\n\nThe project will help 2,000 women in Ky Son district save and borrow.", "en"))).toEqual([]);
  });

  it("does not take an exchange ('trao đổi') for a handover", () => {
    const r = ingest("Tin\n\nNgày 5/3/2024, cán bộ xã trao đổi kinh nghiệm với người dân.", "vi");
    expect(events(r).filter((e) => e.eventType === EventType.HANDOVER)).toEqual([]);
  });

  it("reads launches, signings and visits in English and Vietnamese", () => {
    const en = ingest("News\n\nOn 3 May 2022, the delegation visited farmers in Ky Son district. On 4 May 2022, the partners signed the grant agreement.", "en");
    expect(events(en).map((e) => [e.eventType, e.startDate])).toEqual(
      expect.arrayContaining([
        [EventType.FIELD_VISIT, "2022-05-03"],
        [EventType.LAUNCH, "2022-05-04"],
      ]),
    );
    const vi = ingest("Tin\n\nNgày 10/6/2023, tại xã Hữu Kiệm, Ban quản lý tổ chức lễ khởi động dự án sinh kế.", "vi");
    expect(events(vi)).toContainEqual(expect.objectContaining({ eventType: EventType.LAUNCH, startDate: "2023-06-10" }));
  });
});

describe("ingest rules: lists of places", () => {
  const gazetteer = {
    source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
    entities: [
      place("vn:ha-giang", "Hà Giang", "PROVINCE", { unitType: "Tỉnh", nameEn: "Ha Giang province" }),
      place("vn:ha-giang:meo-vac", "Mèo Vạc", "DISTRICT", { unitType: "Huyện", nameEn: "Meo Vac district", ...legacy }),
      place("vn:ha-giang:dong-van", "Đồng Văn", "DISTRICT", { unitType: "Huyện", nameEn: "Dong Van district", ...legacy }),
      place("vn:ha-giang:meo-vac:pai-lung", "Pải Lủng", "COMMUNE", { unitType: "Xã", nameEn: "Pai Lung commune", ...legacy }),
      place("vn:ha-giang:meo-vac:lung-pu", "Lũng Pù", "COMMUNE", { unitType: "Xã", nameEn: "Lung Pu commune", ...legacy }),
      place("vn:ha-giang:dong-van:sung-la", "Sủng Là", "COMMUNE", { unitType: "Xã", nameEn: "Sung La commune", ...legacy }),
      place("vn:ha-giang:dong-van:lung-cu", "Lũng Cú", "COMMUNE", { unitType: "Xã", nameEn: "Lung Cu commune", ...legacy }),
      place("vn2025:ha-giang:lung-cu", "Lũng Cú", "COMMUNE", { unitType: "Xã", nameEn: "Lung Cu commune", validFrom: "2025-07-01" }),
      place("vn2025:ha-giang:sa-phin", "Sà Phìn", "COMMUNE", { unitType: "Xã", nameEn: "Sa Phin commune", validFrom: "2025-07-01" }),
      place("vn2025:ha-giang:meo-vac", "Mèo Vạc", "COMMUNE", { unitType: "Xã", nameEn: "Meo Vac commune", validFrom: "2025-07-01" }),
    ],
    relationships: [
      ["vn:ha-giang:meo-vac", "vn:ha-giang"],
      ["vn:ha-giang:dong-van", "vn:ha-giang"],
      ["vn:ha-giang:meo-vac:pai-lung", "vn:ha-giang:meo-vac"],
      ["vn:ha-giang:meo-vac:lung-pu", "vn:ha-giang:meo-vac"],
      ["vn:ha-giang:dong-van:sung-la", "vn:ha-giang:dong-van"],
      ["vn:ha-giang:dong-van:lung-cu", "vn:ha-giang:dong-van"],
      ["vn2025:ha-giang:lung-cu", "vn:ha-giang"],
      ["vn2025:ha-giang:sa-phin", "vn:ha-giang"],
      ["vn2025:ha-giang:meo-vac", "vn:ha-giang"],
    ].map(([from, to]) => ({ from, type: "PART_OF", to, quote: "q" })),
  };
  const run = (text: string, lang: "vi" | "en"): string[] =>
    ingestArticle(text, { file: "t.txt", number: 7, lang }, buildKnowledge([{ file: "places.yaml", data: gazetteer }]))
      .seed.entities.filter((e) => e.kind === "Place")
      .map((e) => e.id)
      .sort();

  it("reads a Vietnamese list after a colon, with each group's district in parentheses", () => {
    expect(run("Tin\n\nNgày 3/4/2019, hội tập huấn cho cán bộ 4 xã: Pải Lủng, Lũng Pù (Mèo Vạc) và Sủng Là, Lũng Cú (huyện Đồng Văn), tỉnh Hà Giang.", "vi")).toEqual([
      "vn:ha-giang",
      "vn:ha-giang:dong-van",
      "vn:ha-giang:dong-van:lung-cu",
      "vn:ha-giang:dong-van:sung-la",
      "vn:ha-giang:meo-vac",
      "vn:ha-giang:meo-vac:lung-pu",
      "vn:ha-giang:meo-vac:pai-lung",
    ]);
  });

  it("reads a list after 'gồm' and a description between the unit and its name", () => {
    expect(run("Tin\n\nNgày 3/4/2019, dự án hỗ trợ các xã gồm Pải Lủng và Lũng Pù của huyện miền núi Mèo Vạc.", "vi")).toEqual([
      "vn:ha-giang:meo-vac",
      "vn:ha-giang:meo-vac:lung-pu",
      "vn:ha-giang:meo-vac:pai-lung",
    ]);
  });

  it("reads English lists after 'of', a colon or 'including', every item and not the first alone", () => {
    expect(run("News\n\nOn 3 April 2019 the project covered four communes of Pai Lung, Lung Pu, Sung La and Lung Cu in two districts of Meo Vac and Dong Van.", "en")).toEqual([
      "vn:ha-giang:dong-van",
      "vn:ha-giang:dong-van:lung-cu",
      "vn:ha-giang:dong-van:sung-la",
      "vn:ha-giang:meo-vac",
      "vn:ha-giang:meo-vac:lung-pu",
      "vn:ha-giang:meo-vac:pai-lung",
    ]);
  });

  it("takes the 2025 naming when the article has a year only and its communes exist only in the 2025 units", () => {
    expect(run("News\n\nIn 2025, officials from 3 communes: Lung Cu, Sa Phin and Meo Vac, Ha Giang province, were trained.", "en")).toEqual(
      ["vn2025:ha-giang:lung-cu", "vn2025:ha-giang:meo-vac", "vn2025:ha-giang:sa-phin", "vn:ha-giang"].sort(),
    );
  });
});

describe("ingest rules: organizations", () => {
  const orgs = (r: IngestResult): string[] =>
    r.seed.entities
      .filter((e) => e.kind === "Organization")
      .map((e) => e.name)
      .sort();

  it("drafts development partners named without an organization word, once, under their fullest name", () => {
    const r = ingest("News\n\nOn 3 May 2022, Helvetas Vietnam and CARE met farmers in Ky Son district. Helvetas will train 40 farmers; the care of animals matters.", "en");
    expect(orgs(r)).toEqual(["CARE", "Helvetas Vietnam"]);
  });

  it("drafts embassies and foreign governments in English and Vietnamese", () => {
    expect(orgs(ingest("News\n\nOn 3 May 2022, the Embassy of Japan in Vietnam and the Korean Government funded the project.", "en"))).toEqual(
      expect.arrayContaining(["Embassy of Japan in Vietnam", "Korean Government"]),
    );
    expect(orgs(ingest("Tin\n\nNgày 3/5/2022, Đại sứ quán Nhật Bản trao 20 con dê cho hộ nghèo.", "vi"))).toContain("Đại sứ quán Nhật Bản");
  });

  it("cuts possessives and dangling words, and takes no local department for an office of another body", () => {
    const r = ingest("News\n\nOn 3 May 2022, the Department of Home Affairs of Nghe An province met the World Bank’s team.", "en");
    expect(orgs(r)).not.toContain("Department of Home Affairs of");
    expect(orgs(r).some((n) => /’s$/.test(n))).toBe(false);
  });
});

describe("ingest rules: livelihood models", () => {
  const models = (r: IngestResult): string[] =>
    r.seed.entities
      .filter((e) => e.kind === "Model")
      .map((e) => e.name)
      .sort();

  it("drafts what is handed over as the model of raising or growing it, one per animal", () => {
    const r = ingest("Tin\n\nNgày 5/3/2024, hội cấp phát 1.200 con dê cái sinh sản cho hộ nghèo xã Hữu Kiệm. Hộ nhận dê sẽ nuôi dê theo hướng dẫn.", "vi");
    expect(models(r)).toEqual(["Nuôi dê cái sinh sản"]);
    expect(models(ingest("Tin\n\nNgày 5/3/2024, huyện hỗ trợ 500 cây sâm Ngọc Linh cho hộ nghèo.", "vi"))).toEqual(["Trồng sâm Ngọc Linh"]);
  });

  it("takes an animal bank for a model, not a bank", () => {
    const r = ingest("Tin\n\nNgày 5/3/2024, Hội Chữ thập đỏ trao 1 con bò từ chương trình Ngân hàng bò cho hộ nghèo.", "vi");
    expect(models(r)).toContain("Ngân hàng bò");
    expect(r.seed.entities.filter((e) => e.kind === "Organization" && /Ngân hàng/.test(e.name))).toEqual([]);
  });

  it("reads English livelihood phrases", () => {
    const r = ingest(
      "News\n\nOn 3 May 2022, the project set up village savings and loan associations and gave unconditional cash transfers and agricultural vouchers to farmers.",
      "en",
    );
    expect(models(r)).toEqual(expect.arrayContaining(["Village savings and loan associations", "Unconditional cash transfers", "Agricultural vouchers"]));
  });
});

describe("ingest rules: matching that does not guess", () => {
  const withSeed = (): Knowledge =>
    buildKnowledge([
      { file: "places.yaml", data: GAZETTEER },
      {
        file: "earlier.yaml",
        data: {
          source: { id: "src:900", kind: "ARTICLE", title: "earlier", file: "earlier.txt", language: "vi" },
          entities: [
            place("vn:ha-tinh", "Hà Tĩnh", "PROVINCE", { unitType: "Tỉnh", nameEn: "Ha Tinh province" }),
            {
              kind: "Organization",
              id: "org:dard-ha-tinh",
              name: "Sở Nông nghiệp và PTNT tỉnh Hà Tĩnh",
              nameEn: "Ha Tinh Department of Agriculture and Rural Development",
              aliases: ["Sở Nông nghiệp và PTNT"],
              quote: "q",
            },
            { kind: "Organization", id: "org:molisa", name: "Bộ Lao động – Thương binh và Xã hội", quote: "q" },
            { kind: "Organization", id: "org:htx-song-lam", name: "Hợp tác xã Sông Lam", quote: "q" },
            { kind: "Person", id: "person:tran-van-hung-dard", name: "Trần Văn Hùng", quote: "q" },
            { kind: "Person", id: "person:le-thi-mai-htx", name: "Lê Thị Mai", quote: "q" },
          ],
          relationships: [
            { from: "person:tran-van-hung-dard", type: "MEMBER_OF", position: "Phó Giám đốc", to: "org:dard-ha-tinh", quote: "q" },
            { from: "person:le-thi-mai-htx", type: "MEMBER_OF", position: "Giám đốc", to: "org:htx-song-lam", quote: "q" },
          ],
        },
      },
    ]);
  const bound = (text: string, lang: "vi" | "en"): string[] =>
    ingestArticle(text, { file: "t.txt", number: 7, lang }, withSeed())
      .seed.entities.filter((e) => e.kind === "Organization")
      .map((e) => e.id);

  it("binds a local body only within its place", () => {
    expect(bound("News\n\nOn 3 May 2022, the Nghe An Department of Agriculture and Rural Development (DARD) met farmers. DARD staff advised them.", "en")).not.toContain(
      "org:dard-ha-tinh",
    );
    expect(bound("Tin\n\nNgày 3/5/2022, Sở Nông nghiệp và PTNT tỉnh Hà Tĩnh tập huấn cho nông dân.", "vi")).toContain("org:dard-ha-tinh");
  });

  const draftOf = (text: string, kind: string): Record<string, unknown>[] =>
    ingestArticle(text, { file: "t.txt", number: 7, lang: "vi" }, withSeed()).seed.entities.filter((e) => e.kind === kind) as Record<string, unknown>[];

  it("binds a person with the same full name (diacritics folded) and organization, saying how sure", () => {
    const people = draftOf("Tin\n\nNgày 3/5/2022, ông Trần Văn Hùng, Phó Giám đốc Sở Nông nghiệp và PTNT tỉnh Hà Tĩnh, tập huấn cho nông dân.", "Person");
    const hung = people.find((p) => p.id === "person:tran-van-hung-dard");
    expect(hung?.draft).toMatch(/^matched existing person:tran-van-hung-dard .*\(0\.95: same full name and organization org:dard-ha-tinh\)$/);
    // diacritics folded: the same name typed without them
    expect(draftOf("Tin\n\nNgày 3/5/2022, ông Tran Van Hung, Phó Giám đốc Sở Nông nghiệp và PTNT tỉnh Hà Tĩnh, tập huấn cho nông dân.", "Person").map((p) => p.id)).toContain(
      "person:tran-van-hung-dard",
    );
  });

  it("never binds a person who only shares words of the name", () => {
    const people = draftOf("Tin\n\nNgày 3/5/2022, ông Nguyễn Văn Hùng, Phó Giám đốc Sở Nông nghiệp và PTNT tỉnh Hà Tĩnh, tập huấn cho nông dân.", "Person");
    expect(people.map((p) => p.id)).not.toContain("person:tran-van-hung-dard");
    const hung = people.find((p) => p.name === "Nguyễn Văn Hùng");
    expect(hung?.draft).toMatch(/^new: .*; candidates: person:tran-van-hung-dard \(0\.20: shared words of the name only\)$/);
  });

  it("lists, not binds, the same full name with another organization or position", () => {
    const people = draftOf("Tin\n\nNgày 3/5/2022, bà Lê Thị Mai, cán bộ Hội Nông dân huyện Kỳ Sơn, hướng dẫn bà con trồng rau.", "Person");
    expect(people.map((p) => p.id)).not.toContain("person:le-thi-mai-htx");
    const mai = people.find((p) => p.name === "Lê Thị Mai");
    expect(mai?.draft).toMatch(/; candidates: person:le-thi-mai-htx \(0\.50: same full name, another organization or position\)$/);
    // the same name with her position binds
    const again = draftOf("Tin\n\nNgày 3/5/2022, bà Lê Thị Mai, Giám đốc, hướng dẫn bà con trồng rau.", "Person");
    expect(again.find((p) => p.id === "person:le-thi-mai-htx")?.draft).toMatch(/\(0\.90: same full name and position "Giám đốc"\)$/);
  });

  it("lists a local body named without its place as a candidate when the article does not name that place", () => {
    const orgs = draftOf("Tin\n\nNgày 3/5/2022, Sở Nông nghiệp và PTNT tập huấn cho nông dân xã Hữu Kiệm, huyện Kỳ Sơn.", "Organization");
    expect(orgs.map((o) => o.id)).not.toContain("org:dard-ha-tinh");
    const so = orgs.find((o) => /candidates/.test(String(o.draft)));
    expect(so?.draft).toMatch(/^new: .*; candidates: org:dard-ha-tinh \(0\.40: a local body of ha tinh, which the article does not name\)$/);
    // the same words in an article about Hà Tĩnh bind, saying how sure
    const there = draftOf("Tin\n\nNgày 3/5/2022, tại Hà Tĩnh, Sở Nông nghiệp và PTNT tập huấn cho nông dân.", "Organization");
    expect(there.find((o) => o.id === "org:dard-ha-tinh")?.draft).toMatch(/\(0\.[89]\d: [^)]+\)$/);
  });

  it("keeps a draft with candidates a valid seed file once confirmed", () => {
    const r = ingestArticle(
      "Tin\n\nNgày 3/5/2022, bà Lê Thị Mai, cán bộ Hội Nông dân huyện Kỳ Sơn, hướng dẫn bà con trồng rau.",
      { file: "t.txt", number: 7, lang: "vi" },
      withSeed(),
    );
    expect(unconfirmedDrafts(r.seed).some((l) => l.includes("candidates: person:le-thi-mai-htx"))).toBe(true);
    const k = withSeed();
    expect(() => validateSeedFile("t.yaml", confirmAll(r.seed), k.kinds as ReadonlyMap<string, EntityKind>)).not.toThrow();
  });

  it("does not take staff for the ministry ('cán bộ Lao động - Thương binh và Xã hội')", () => {
    expect(bound("Tin\n\nNgày 3/5/2022, cán bộ Lao động - Thương binh và Xã hội xã dự tập huấn.", "vi")).not.toContain("org:molisa");
    expect(bound("Tin\n\nNgày 3/5/2022, Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị.", "vi")).toContain("org:molisa");
  });
});

describe("ingest rules: amounts of money read whole", () => {
  const amounts = (text: string, lang: "vi" | "en"): [number, string][] => findNumbers(text, text.length, lang, []).map((n) => [n.value, n.unitEn]);

  it("reads tỷ and triệu together, and scales millions and billions to the currency", () => {
    expect(amounts("Tổng kinh phí 2 tỷ 350 triệu đồng cho 40 hộ.", "vi")).toEqual([
      [2350000000, "VND"],
      [40, "households"],
    ]);
    expect(amounts("với tổng kinh phí 4,5 tỷ đồng", "vi")).toEqual([[4500000000, "VND"]]);
    expect(amounts("a budget of 3.2 billion VND and $12 million from donors", "en")).toEqual([
      [3200000000, "VND"],
      [12000000, "USD"],
    ]);
  });
});

describe("ingest rules: funders", () => {
  it("links the body after 'funded by', 'with funding from' or 'do … tài trợ' to the project as FUNDER", () => {
    const en = ingest('News\n\nOn 3 May 2022, Helvetas Vietnam launched the project "Green Hills" in Ky Son district, funded by the European Union.', "en");
    const project = en.seed.entities.find((e) => e.kind === "Project");
    const eu = en.seed.entities.find((e) => e.kind === "Organization" && e.name === "European Union");
    expect(project && eu).toBeTruthy();
    expect(en.seed.relationships).toContainEqual(expect.objectContaining({ from: eu!.id, type: "INVOLVED_IN", role: "FUNDER", to: project!.id }));
    expect(en.seed.relationships.filter((r) => r.role === "FUNDER" && r.from !== eu!.id)).toEqual([]);
  });
});

describe("ingest rules: a place that acts", () => {
  it("drafts the authorities of a commune that hands over, or that the text calls 'chính quyền xã …'", () => {
    const names = (text: string): string[] =>
      ingest(text, "vi")
        .seed.entities.filter((e) => e.kind === "Organization")
        .map((e) => e.name);
    expect(names("Tin\n\nSáng 5/3/2024, xã Hữu Kiệm cấp phát 20 con dê cho hộ nghèo.")).toContain("Xã Hữu Kiệm");
    expect(names("Tin\n\nNgày 5/3/2024, hội phối hợp với chính quyền xã Hữu Kiệm trao bò.")).toContain("Chính quyền xã Hữu Kiệm");
    expect(names("Tin\n\nNgày 5/3/2024, người dân xã Hữu Kiệm trồng lúa.")).toEqual([]);
  });
});

describe("ingest rules: more heads", () => {
  it("reads 'Tập đoàn <Name>' as a business and 'lớp dạy nghề' as a training", () => {
    const r = ingest("Tin\n\nNgày 5/3/2024, Tập đoàn Sông Xanh tổ chức lớp dạy nghề chăn nuôi cho 30 nông dân.", "vi");
    expect(r.seed.entities).toContainEqual(expect.objectContaining({ kind: "Organization", name: "Tập đoàn Sông Xanh", orgType: "BUSINESS" }));
    expect(events(r)).toContainEqual(expect.objectContaining({ eventType: EventType.TRAINING, startDate: "2024-03-05" }));
  });
});

describe("ingest rules: names compared", () => {
  it("folds 'Vietnam' and 'Việt Nam' together", () => {
    expect(bagKey("ChildFund Vietnam")).toBe(bagKey("ChildFund Việt Nam"));
    expect(bagKey("ChildFund Vietnam")).not.toBe(bagKey("ChildFund Lào"));
  });
});
