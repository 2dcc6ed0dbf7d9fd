/**
 * A Vietnamese news page signs its article on the last line: the writer's name alone, or with the writer's body in
 * brackets. That name is the byline (a person, the main event's reporter, inferred). Articles in our own words.
 */
import { Label } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draft = drafterOver(testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam]));
const BODY = [
  "Trao bò giống cho hộ nghèo xã Hữu Kiệm",
  "",
  "Sáng ngày 12/3/2024, Hội Nông dân huyện Kỳ Sơn tổ chức trao 20 con bò giống cho 20 hộ nghèo tại xã Hữu Kiệm.",
  "Mỗi hộ nhận một con bò trị giá 15 triệu đồng.",
  "",
].join("\n");
const bylineOf = (last: string): string[] =>
  draft(`${BODY}${last}\n`, "vi")
    .entities.filter((e) => e.kind === Label.Person)
    .map((e) => String(e.name));

describe("a signature on the last line", () => {
  it.each([
    ["Vân Anh", "Vân Anh"],
    ["Thu Trang", "Thu Trang"],
    ["Lê Văn Minh", "Lê Văn Minh"],
    ["Minh Hằng (Sở Nông nghiệp và Môi trường)", "Minh Hằng"],
    ["Hồng Nhung (Hội LHPN xã Hữu Kiệm)", "Hồng Nhung"],
    ["Quang Hưng (Trung tâm VH-TT huyện)", "Quang Hưng"],
  ])("%s signs the article", (last, name) => {
    expect(bylineOf(last)).toEqual([name]);
  });

  it.each([
    ["a sentence", "Hội sẽ tiếp tục nhân rộng mô hình."],
    ["a place's name", "Kỳ Sơn"],
    ["a name before more lines", "Vân Anh\n\nHội Nông dân huyện cảm ơn nhà tài trợ đã đồng hành."],
  ])("%s is no signature", (_what, last) => {
    expect(bylineOf(last)).toEqual([]);
  });
});
