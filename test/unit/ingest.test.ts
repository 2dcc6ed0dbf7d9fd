import { buildKnowledge, type Knowledge } from "../../src/ingest/ingest.corpus";
import { findDates } from "../../src/ingest/ingest.dates";
import { confirmAll, unconfirmedDrafts } from "../../src/ingest/ingest.drafts";
import { findNumbers } from "../../src/ingest/ingest.numbers";
import { ingestArticle, type IngestResult } from "../../src/ingest/ingest.service";
import { type EntityKind, validateSeedFile } from "../../src/seed/seed.schema";

/** A small gazetteer in the seed format: legacy and 2025 units, and namesakes in other places. */
const place = (id: string, name: string, level: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ kind: "Place", id, name, level, quote: "q", ...extra });
const legacy = { validTo: "2025-06-30" };
const reformed = { validFrom: "2025-07-01" };
const GAZETTEER = {
  source: { id: "src:gazetteer", kind: "DATASET", title: "test gazetteer", language: "vi" },
  entities: [
    place("vn:ha-noi", "Hà Nội", "PROVINCE", { officialName: "Thành phố Hà Nội", unitType: "Thành phố", nameEn: "Ha Noi city", aliases: ["Hanoi"] }),
    place("vn:ha-noi:thach-that", "Thạch Thất", "DISTRICT", { unitType: "Huyện", ...legacy }),
    place("vn:ha-noi:thach-that:tien-xuan", "Tiến Xuân", "COMMUNE", { unitType: "Xã", ...legacy }),
    place("vn:thanh-hoa", "Thanh Hóa", "PROVINCE", { unitType: "Tỉnh" }),
    place("vn:thanh-hoa:thach-thanh", "Thạch Thành", "DISTRICT", { unitType: "Huyện", ...legacy }),
    place("vn:thanh-hoa:thach-thanh:tien-xuan", "Tiến Xuân", "COMMUNE", { unitType: "Xã", ...legacy }),
    place("vn:lai-chau", "Lai Châu", "PROVINCE", { unitType: "Tỉnh", nameEn: "Lai Chau province" }),
    place("vn:lai-chau:phong-tho", "Phong Thổ", "DISTRICT", { unitType: "Huyện", ...legacy }),
    place("vn:lai-chau:phong-tho:dao-san", "Dào San", "COMMUNE", { unitType: "Xã", ...legacy }),
    place("vn2025:lai-chau:dao-san", "Dào San", "COMMUNE", { unitType: "Xã", ...reformed }),
    place("vn:cao-bang", "Cao Bằng", "PROVINCE", { unitType: "Tỉnh", nameEn: "Cao Bang province" }),
    place("vn:cao-bang:trung-khanh", "Trùng Khánh", "DISTRICT", { unitType: "Huyện", nameEn: "Trung Khanh district", ...legacy }),
  ],
  relationships: [
    ["vn:ha-noi:thach-that", "vn:ha-noi"],
    ["vn:ha-noi:thach-that:tien-xuan", "vn:ha-noi:thach-that"],
    ["vn:thanh-hoa:thach-thanh", "vn:thanh-hoa"],
    ["vn:thanh-hoa:thach-thanh:tien-xuan", "vn:thanh-hoa:thach-thanh"],
    ["vn:lai-chau:phong-tho", "vn:lai-chau"],
    ["vn:lai-chau:phong-tho:dao-san", "vn:lai-chau:phong-tho"],
    ["vn2025:lai-chau:dao-san", "vn:lai-chau"],
    ["vn:cao-bang:trung-khanh", "vn:cao-bang"],
  ].map(([from, to]) => ({ from, type: "PART_OF", to, quote: "q" })),
};
/** Entities of an earlier article: what new articles are matched against. */
const EARLIER = {
  source: { id: "src:900", kind: "ARTICLE", title: "earlier", file: "earlier.txt", language: "vi" },
  entities: [
    { kind: "Organization", id: "org:plan-international", name: "Plan International", orgType: "INTERNATIONAL_NGO", quote: "q" },
    { kind: "Organization", id: "org:hanoi-womens-union", name: "Hội LHPN Hà Nội", nameEn: "Hanoi Women's Union", aliases: ["Hội Liên hiệp Phụ nữ Hà Nội"], quote: "q" },
    { kind: "Program", id: "program:ntp-spr", name: "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025", startDate: "2021", endDate: "2025", quote: "q" },
    {
      kind: "Program",
      id: "program:ntp-em",
      name: "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030",
      quote: "q",
    },
    { kind: "Model", id: "model:chicken-raising", name: "Nuôi gà", nameEn: "Chicken raising", quote: "q" },
    { kind: "Organization", id: "org:draft-only", name: "Tổ chức Chưa Duyệt", draft: "new: not confirmed", quote: "q" },
  ],
  relationships: [],
};

const knowledge = (): Knowledge =>
  buildKnowledge([
    { file: "places.yaml", data: GAZETTEER },
    { file: "earlier.yaml", data: EARLIER },
  ]);

const ingest = (text: string, lang?: "vi" | "en"): IngestResult => ingestArticle(text, { file: "t.txt", number: 7, lang }, knowledge());
const ids = (r: IngestResult, kind?: string): string[] => r.seed.entities.filter((e) => !kind || e.kind === kind).map((e) => e.id);
const entity = (r: IngestResult, id: string): Record<string, unknown> | undefined => r.seed.entities.find((e) => e.id === id);

describe("ingest: places", () => {
  it("resolves a commune by the district beside it, among namesakes", () => {
    const r = ingest("Tập huấn\n\nNgày 10/3/2024, Hội LHPN Hà Nội tổ chức tập huấn cho 80 học viên tại xã Tiến Xuân, huyện Thạch Thất.");
    expect(ids(r, "Place")).toEqual(expect.arrayContaining(["vn:ha-noi:thach-that:tien-xuan", "vn:ha-noi:thach-that"]));
    expect(ids(r, "Place")).not.toContain("vn:thanh-hoa:thach-thanh:tien-xuan");
    expect(String(entity(r, "vn:ha-noi:thach-that:tien-xuan")?.draft)).toMatch(/chosen among 2 .* the units beside it/);
  });

  it("leaves a name that several places fit unresolved, and says so", () => {
    const r = ingest("Tin\n\nNgày 10/3/2024, hội nghị diễn ra tại xã Tiến Xuân.");
    expect(ids(r, "Place").filter((id) => id.endsWith("tien-xuan"))).toEqual([]);
    expect(r.notes.join("\n")).toMatch(/xã Tiến Xuân.*2 places fit equally/);
  });

  it("reads legacy and 2025 naming by the article's date and the units around", () => {
    const before = ingest("Tin\n\nSáng ngày 31/01/2024, dự án xây dựng trung tâm tại xã Dào San, tỉnh Lai Châu.");
    expect(ids(before, "Place")).toEqual(expect.arrayContaining(["vn:lai-chau:phong-tho:dao-san", "vn:lai-chau"]));
    const after = ingest("Tin\n\nSáng ngày 15/8/2025, dự án xây dựng trung tâm tại xã Dào San, tỉnh Lai Châu.");
    expect(ids(after, "Place")).toEqual(expect.arrayContaining(["vn2025:lai-chau:dao-san", "vn:lai-chau"]));
    expect(ids(after, "Place")).not.toContain("vn:lai-chau:phong-tho:dao-san");
    const undated = ingest("Tin\n\nDự án xây dựng trung tâm tại xã Dào San, tỉnh Lai Châu.");
    expect(ids(undated, "Place")).toContain("vn2025:lai-chau:dao-san");
    const former = ingest("Tin\n\nNgày 15/8/2025, lớp học mở tại thôn Nà Ít, xã Dào San (cũ), tỉnh Lai Châu.");
    expect(ids(former, "Place")).toContain("vn:lai-chau:phong-tho:dao-san");
  });

  it("proposes villages as new places PART_OF their commune", () => {
    const r = ingest("Tin\n\nNgày 10/3/2024, mô hình nuôi gà bản Thẩm Phé và bản Hàng (xã Dào San) cho 20 hộ.");
    expect(ids(r, "Place")).toEqual(expect.arrayContaining(["vn:lai-chau:phong-tho:dao-san:tham-phe", "vn:lai-chau:phong-tho:dao-san:hang"]));
    expect(r.seed.relationships).toContainEqual(expect.objectContaining({ from: "vn:lai-chau:phong-tho:dao-san:hang", type: "PART_OF", to: "vn:lai-chau:phong-tho:dao-san" }));
    // "gà đen bản địa": "bản" + a lower-case word is not a village
    expect(ids(ingest("Tin\n\nNgày 10/3/2024, nuôi gà đen bản địa tại xã Dào San."), "Place").some((id) => id.endsWith(":dia"))).toBe(false);
  });

  it("reads English addresses, and proposes a unit the gazetteer lacks under the one beside it", () => {
    const r = ingest("News\n\nOn 23 June 2015, a workshop was held in Tra Linh district, Cao Bang province, and in Trung Khanh district.", "en");
    expect(ids(r, "Place")).toEqual(expect.arrayContaining(["vn:cao-bang", "vn:cao-bang:trung-khanh", "vn:cao-bang:tra-linh"]));
    expect(String(entity(r, "vn:cao-bang:tra-linh")?.draft)).toMatch(/not in the gazetteer/);
  });

  it("proposes a missing unit only directly under its gazetteer parent, the shape the seed loader accepts", () => {
    const underDistrict = ingest("Tin\n\nNgày 10/3/2019, mô hình nuôi vịt ra mắt tại xã Hải Cũ Xưa, huyện Phong Thổ, tỉnh Lai Châu.");
    expect(ids(underDistrict, "Place")).toContain("vn:lai-chau:phong-tho:hai-cu-xua");
    expect(underDistrict.seed.relationships).toContainEqual(expect.objectContaining({ from: "vn:lai-chau:phong-tho:hai-cu-xua", type: "PART_OF", to: "vn:lai-chau:phong-tho" }));
    // a legacy commune named with its province only has no district to hang under: a note, no place
    const underProvince = ingest("Tin\n\nNgày 10/3/2019, mô hình nuôi vịt ra mắt tại xã Hải Cũ Xưa, tỉnh Lai Châu.");
    expect(ids(underProvince, "Place").filter((id) => id.endsWith("hai-cu-xua"))).toEqual([]);
    expect(underProvince.notes.join("\n")).toMatch(/Hải Cũ Xưa.*not in the gazetteer, and vn:lai-chau beside it is not the unit directly above a commune/);
  });
});

describe("ingest: entities", () => {
  const text =
    "Hội thảo sinh kế\n\nSáng ngày 31/01/2024, Tổ chức Plan International phối hợp với Hội LHPN Hà Nội tổ chức Hội thảo chia sẻ kinh nghiệm nuôi gà " +
    "cho hơn 80 thành viên Hợp tác xã Nông nghiệp Tiến Xuân, huyện Thạch Thất. Hoạt động thuộc Chương trình MTQG giảm nghèo bền vững và Chương trình 1719.";
  const r = ingest(text);

  it("matches known entities by name, translation and usual name, and redeclares them with this article's quote", () => {
    expect(ids(r)).toEqual(expect.arrayContaining(["org:plan-international", "org:hanoi-womens-union", "program:ntp-spr", "program:ntp-em", "model:chicken-raising"]));
    expect(String(entity(r, "program:ntp-em")?.draft)).toMatch(/usual name/);
    for (const e of r.seed.entities) expect(text).toContain(e.quote);
    const en = ingestArticle("News\n\nOn 12 September 2025 the Hanoi Women's Union held a training course on chicken raising.", { file: "e.txt", number: 8 }, knowledge());
    expect(ids(en)).toEqual(expect.arrayContaining(["org:hanoi-womens-union", "model:chicken-raising"]));
  });

  it("never matches an entity still marked draft", () => {
    expect(ids(ingest("Tin\n\nNgày 10/3/2024, Tổ chức Chưa Duyệt tổ chức hội nghị."))).not.toContain("org:draft-only");
  });

  it("proposes new entities with a kind from the text's patterns and says why", () => {
    const coop = r.seed.entities.find((e) => e.kind === "Organization" && /Hợp tác xã Nông nghiệp Tiến Xuân/.test(e.name));
    expect(coop).toMatchObject({ orgType: "COOPERATIVE", draft: expect.stringContaining('pattern "Hợp tác xã"') });
    const event = r.seed.entities.find((e) => e.kind === "Event");
    expect(event).toMatchObject({ eventType: "WORKSHOP", startDate: "2024-01-31", endDate: "2024-01-31" });
    expect(r.seed.relationships).toContainEqual(expect.objectContaining({ from: "org:plan-international", type: "INVOLVED_IN", role: "ORGANIZER", to: event!.id }));
    expect(r.seed.relationships).toContainEqual(expect.objectContaining({ from: "org:hanoi-womens-union", type: "INVOLVED_IN", role: "CO_ORGANIZER", to: event!.id }));
    expect(r.numbers).toContainEqual(expect.objectContaining({ value: 80, qualifier: "MORE_THAN" }));
  });

  it("does not take a program of another period for this article's ('giai đoạn 2016-2020')", () => {
    const old = ingest("Tin\n\nNgày 10/3/2018, tỉnh triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020.");
    expect(ids(old)).not.toContain("program:ntp-spr");
    expect(old.seed.entities.find((e) => e.kind === "Program")).toMatchObject({ startDate: "2016", endDate: "2020" });
  });

  it("drafts a file that is a valid seed file once its drafts are confirmed", () => {
    const known = knowledge().kinds as ReadonlyMap<string, EntityKind>;
    expect(() => validateSeedFile("draft.yaml", confirmAll(r.seed), known)).not.toThrow();
    expect(r.seed.source).toMatchObject({ id: "src:007", kind: "ARTICLE", file: "t.txt", language: "vi", title: "Hội thảo sinh kế" });
    for (const rel of r.seed.relationships) expect(text).toContain(rel.quote);
  });
});

describe("ingest: dates and numbers", () => {
  const dates = (text: string, refYear?: number): [string, string][] => findDates(text, text.length, refYear).map((d) => [d.from, d.to]);

  it("reads dates and periods as the articles write them", () => {
    expect(dates("Sáng ngày 31/01/2024, trung tâm")).toEqual([["2024-01-31", "2024-01-31"]]);
    expect(dates("Các hoạt động kéo dài từ tháng 11/2021 đến tháng 4/2024.")).toEqual([["2021-11", "2024-04"]]);
    expect(dates("Từ ngày 11-16/3/2024, Đoàn")).toEqual([["2024-03-11", "2024-03-16"]]);
    expect(dates("từ ngày 04 – 6/10/2023.")).toEqual([["2023-10-04", "2023-10-06"]]);
    expect(dates("On 23 June 2015, and from November 2021 to April 2024")).toEqual([
      ["2015-06-23", "2015-06-23"],
      ["2021-11", "2024-04"],
    ]);
    expect(dates("Ngày 14/5, UBND", 2024)).toEqual([["2024-05-14", "2024-05-14"]]);
    expect(dates("giai đoạn 2021 – 2025; năm 2024")).toEqual([
      ["2021", "2025"],
      ["2024", "2024"],
    ]);
    expect(dates("ngày 31/02/2024")).toEqual([]);
  });

  it("reads counts with their qualifier and unit, and skips codes, names and dates", () => {
    const numbers = (text: string): [number, string, string][] => findNumbers(text, text.length, "vi", findDates(text, text.length)).map((n) => [n.value, n.qualifier, n.unitEn]);
    expect(numbers("thông qua hơn 80 cuộc họp bản, cho 20 lớp với 400 học viên")).toEqual([
      [80, "MORE_THAN", "meetings"],
      [20, "EXACT", "classes"],
      [400, "EXACT", "learners"],
    ]);
    expect(numbers("Quyết định số 90/QĐ-TTg ngày 18/5/2023; Dự án 8; Trong năm 3; 1 trong 14 xã; khoảng 1.200 hộ")).toEqual([
      [14, "EXACT", "communes"],
      [1200, "APPROXIMATE", "households"],
    ]);
    const en = "more than 60 participants and about 400 girls";
    expect(findNumbers(en, en.length, "en", []).map((n) => [n.value, n.qualifier])).toEqual([
      [60, "MORE_THAN"],
      [400, "APPROXIMATE"],
    ]);
  });
});

describe("unconfirmedDrafts", () => {
  it("names every draft left, on entities, metrics, claims and relationships", () => {
    const data = {
      source: { id: "src:5", kind: "ARTICLE", title: "t", language: "vi" },
      entities: [
        { kind: "Place", id: "vn:x", name: "X", level: "PROVINCE", quote: "X" },
        {
          kind: "Organization",
          id: "org:foo",
          name: "Foo",
          draft: 'new: pattern "Hợp tác xã"',
          quote: "Foo",
          metrics: [{ key: "members", value: 3, unit: "members", label: "m", draft: "number", quote: "3" }],
        },
        { kind: "Event", id: "event:e", name: "E", quote: "E", claims: [{ key: "start", property: "startDate", value: "2024", quote: "2024", draft: null }] },
      ],
      relationships: [{ from: "org:foo", type: "INVOLVED_IN", role: "ORGANIZER", to: "event:e", draft: "organizer", quote: "Foo E" }],
    };
    expect(unconfirmedDrafts(data)).toEqual([
      'entities[1] (org:foo): draft — new: pattern "Hợp tác xã"',
      "entities[1] (org:foo).metrics[0] (members): draft — number",
      "entities[2] (event:e).claims[0] (start): draft — (no reason given)",
      "relationships[0] (org:foo -INVOLVED_IN ORGANIZER-> event:e): draft — organizer",
    ]);
    expect(unconfirmedDrafts(confirmAll(data))).toEqual([]);
  });

  it("is total: anything that is not a seed file has no drafts", () => {
    for (const junk of [undefined, null, 3, "text", [], { entities: "no" }, { entities: [null, 1, "x"], relationships: [null] }]) {
      expect(unconfirmedDrafts(junk)).toEqual([]);
    }
  });

  it("finds every proposal of an ingested draft", () => {
    const r = ingest("Tin\n\nSáng ngày 31/01/2024, Hội LHPN Hà Nội tổ chức hội nghị cho 80 đại biểu tại xã Tiến Xuân, huyện Thạch Thất.");
    const proposals = r.seed.entities.length + r.seed.entities.reduce((n, e) => n + (e.metrics?.length ?? 0), 0) + r.seed.relationships.length;
    expect(unconfirmedDrafts(r.seed)).toHaveLength(proposals);
  });
});
