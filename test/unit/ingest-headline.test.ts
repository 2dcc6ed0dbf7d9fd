/**
 * Where an article's headline is, when the text is a page copy or a body pasted alone: the page's furniture (breadcrumbs,
 * menus, links back, date lines) is no headline, a paragraph is no headline, and a headline's words are read like the
 * body's. A title given apart (the workbench's field) is the source's title. Articles in our own words.
 */
import { Label } from "../../src/graph/graph.model";
import { buildKnowledge } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { titleSpan } from "../../src/ingest/ingest.text";
import type { SeedFile } from "../../src/seed/seed.schema";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const knowledge = buildKnowledge([testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam])]);
const index = indexCorpus(knowledge);
const draft = (text: string, lang: "vi" | "en", title?: string): SeedFile => ingestArticle(text, { file: "t.txt", number: 9, lang, title }, knowledge, index).seed;
const titleOf = (text: string): string => {
  const t = titleSpan(text);
  return text.slice(t.start, t.end);
};

const HEADLINE = "Kỳ Sơn trao dê giống cho hộ nghèo";
const LEAD =
  "Sáng ngày 12/3/2024, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn phối hợp với UBND xã Hữu Kiệm tổ chức trao 40 con dê giống cho 20 hộ nghèo tại xã Hữu Kiệm. Dự án do tổ chức CARE tài trợ.";
const MORE = "Trước đó, Trạm Khuyến nông huyện Kỳ Sơn đã mở lớp tập huấn kỹ thuật chăn nuôi dê cho 35 học viên tại xã Bảo Nam.";

describe("titleSpan: the headline among the first lines", () => {
  it.each([
    ["Trang chủ » Kinh tế » Nông nghiệp - Nông thôn\n\n", "a breadcrumb"],
    ["Home > News > Stories\n", "an English breadcrumb"],
    ["Kinh tế | Xã hội | Văn hóa | Thể thao\n", "a menu"],
    ["Return to the project blog\n\n", "a link back"],
    ["leftcenterrightdel\n", "an image's alignment buttons run together"],
    ["24/04/2024 15:24\n", "a date line"],
    ["Kỳ Sơn – 12. March 2024\n", "a place and a date"],
    ["Hoạt động Hội\n\n", "a section label before the headline"],
  ])("skips %j (%s)", (before) => {
    expect(titleOf(`${before}${HEADLINE}\n\n${LEAD}`)).toBe(HEADLINE);
  });

  it("keeps a headline that ends in the outlet's name after one bar", () => {
    expect(titleOf(`${HEADLINE} | Báo Nghệ An\n\n${LEAD}`)).toBe(`${HEADLINE} | Báo Nghệ An`);
  });

  it("keeps a section label when a paragraph, not a headline, follows it", () => {
    expect(titleOf(`Tin địa phương\n\n${LEAD}`)).toBe("Tin địa phương");
  });

  it("finds no headline in a body pasted alone: an empty span where the first paragraph starts", () => {
    expect(titleSpan(`\n${LEAD}\n${MORE}`)).toEqual({ start: 1, end: 1 });
    expect(titleSpan(`Trang chủ » Tin tức\n${MORE}`)).toEqual({ start: 20, end: 20 });
  });
});

describe("a body pasted without its headline drafts what the same article with its headline drafts", () => {
  const bodies = (seed: SeedFile): string[] =>
    seed.entities
      .filter((e) => e.kind === Label.Organization || e.kind === Label.Event)
      .map((e) => `${e.kind}:${String(e.name)}`)
      .filter((n) => !n.startsWith(`${Label.Event}:`))
      .sort();
  const withHeadline = draft(`${HEADLINE}\n\n${LEAD}\n${MORE}`, "vi");
  const alone = draft(`${LEAD}\n${MORE}`, "vi");

  it("reads the bodies and the handover of the first paragraph", () => {
    expect(bodies(withHeadline)).toEqual(expect.arrayContaining([expect.stringMatching(/Phụ nữ huyện Kỳ Sơn/), expect.stringMatching(/CARE/)]));
    expect(bodies(alone)).toEqual(bodies(withHeadline));
    expect(alone.entities.filter((e) => e.kind === Label.Event).map((e) => e.eventType)).toEqual(
      withHeadline.entities.filter((e) => e.kind === Label.Event).map((e) => e.eventType),
    );
  });

  it("titles the source by its opening words, and by the title given apart when there is one", () => {
    expect(withHeadline.source.title).toBe(HEADLINE);
    expect(alone.source.title).toBe("Sáng ngày 12/3/2024, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn phối hợp với UBND xã Hữu Kiệm tổ chức …");
    expect(draft(`${LEAD}\n${MORE}`, "vi", HEADLINE).source.title).toBe(HEADLINE);
  });

  it("reads the bodies a headline names when no line repeats it", () => {
    const seed = draft(`Hội Nông dân huyện Kỳ Sơn mở lớp tập huấn nuôi dê\n\n${MORE}`, "vi");
    expect(bodies(seed)).toEqual(expect.arrayContaining([expect.stringMatching(/^Organization:Hội Nông dân huyện Kỳ Sơn$/)]));
  });
});
