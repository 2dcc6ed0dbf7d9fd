/**
 * A 2025 article names its communes by the 2025 units and says where they were before: "các xã Sơn Hồng, Sơn Tiến
 * (huyện Hương Sơn cũ)". The former district is a legacy unit ("cũ" with or without brackets), and it anchors the 2025
 * communes made of its communes (SUCCEEDED_BY in the gazetteer) as it anchors its own: the communes are the 2025 ones.
 * A commune itself marked "cũ" stays the legacy one. Articles in our own words, against the real gazetteer.
 */
import { Label } from "../../src/graph/graph.model";
import { buildKnowledge, parseCorpus } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { SEED_DIR } from "../../src/seed/seed.paths";

const knowledge = buildKnowledge(parseCorpus(SEED_DIR));
const index = indexCorpus(knowledge);
const placesOf = (text: string, lang: "vi" | "en" = "vi"): string[] =>
  ingestArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index)
    .seed.entities.filter((e) => e.kind === Label.Place)
    .map((e) => e.id)
    .sort();
const article = (date: string, body: string): string => `Tổng kết mô hình nuôi bò sinh sản\n\nHà Tĩnh, ${date} - ${body}`;

describe("communes of a 2025 article named with their former district", () => {
  it.each([
    [
      "Dự án hỗ trợ sinh kế triển khai tại các xã Sơn Hồng, Sơn Tiến, Sơn Giang (huyện Hương Sơn cũ) đã giúp 300 hộ thoát nghèo.",
      ["vn2025:ha-tinh:son-giang", "vn2025:ha-tinh:son-hong", "vn2025:ha-tinh:son-tien"],
    ],
    ["Hội Nông dân tỉnh trao 40 con bò cho các hộ ở xã Hà Linh, Hương Xuân (huyện Hương Khê cũ).", ["vn2025:ha-tinh:ha-linh", "vn2025:ha-tinh:huong-xuan"]],
    ["Mô hình được nhân rộng ra xã Sơn Kim 1, xã Sơn Kim 2 thuộc huyện Hương Sơn (cũ).", ["vn2025:ha-tinh:son-kim-1", "vn2025:ha-tinh:son-kim-2"]],
    ["Các xã Cẩm Duệ, Cẩm Hưng (huyện Cẩm Xuyên cũ) đã có 120 hộ tham gia mô hình.", ["vn2025:ha-tinh:cam-due", "vn2025:ha-tinh:cam-hung"]],
    ["Tại xã Đức Đồng (huyện Đức Thọ cũ), 25 hộ đã nhận bò giống.", ["vn2025:ha-tinh:duc-dong"]],
    ["Năm nay, xã Phúc Trạch, xã Hương Đô (huyện Hương Khê cũ) được chọn làm điểm.", ["vn2025:ha-tinh:huong-do", "vn2025:ha-tinh:phuc-trach"]],
  ])("%s", (body, communes) => {
    const places = placesOf(article("12/12/2025", body));
    expect(places.filter((p) => p.split(":").length === 3 && p.startsWith("vn2025:"))).toEqual(communes);
    expect(places.filter((p) => /^vn:ha-tinh:[^:]+:/.test(p))).toEqual([]);
  });

  it("keeps the former district itself as the legacy unit it was", () => {
    expect(placesOf(article("12/12/2025", "Các xã Sơn Hồng, Sơn Tiến (huyện Hương Sơn cũ) có 80 hộ nuôi bò."))).toContain("vn:ha-tinh:huong-son");
  });

  it.each([
    [
      "12/12/2024",
      "Dự án hỗ trợ sinh kế triển khai tại các xã Sơn Hồng, Sơn Tiến (huyện Hương Sơn) đã giúp 300 hộ thoát nghèo.",
      ["vn:ha-tinh:huong-son:son-hong", "vn:ha-tinh:huong-son:son-tien"],
    ],
    ["12/12/2025", "Từ năm 2022, dự án đã hỗ trợ xã Sơn Hồng cũ (huyện Hương Sơn) nuôi bò.", ["vn:ha-tinh:huong-son:son-hong"]],
    ["12/12/2025", "Từ năm 2022, dự án đã hỗ trợ xã Sơn Tiến (cũ) thuộc huyện Hương Sơn nuôi bò.", ["vn:ha-tinh:huong-son:son-tien"]],
  ])("a legacy article, or a commune marked former, keeps the legacy commune (%s: %s)", (date, body, communes) => {
    expect(placesOf(article(date, body)).filter((p) => p.split(":").length === 4)).toEqual(communes);
  });

  it('reads "Cũ" with a capital as a name\'s own word, not as former', () => {
    expect(placesOf(article("12/12/2025", "Tổ hợp tác ở thôn Bãi Cũ, xã Sơn Hồng có 12 thành viên."))).toContain("vn2025:ha-tinh:son-hong");
  });
});
