/**
 * The group a handover is for is quoted where the text names it: from its "các" or its count, not at the
 * next "các" of the sentence. Sentences written for the test.
 */
import { Label } from "../../src/graph/graph.model";
import { buildKnowledge } from "../../src/ingest/ingest.corpus";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { ingestArticle } from "../../src/ingest/ingest.service";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const knowledge = buildKnowledge([testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem])]);
const index = indexCorpus(knowledge);
const groupQuote = (text: string): string | undefined =>
  ingestArticle(text, { file: "t.txt", number: 9, lang: "vi" }, knowledge, index).seed.entities.find(
    (e) => e.kind === Label.Organization && /^(?:các|những|\d)/iu.test(String(e.name)),
  )?.quote as string | undefined;

describe("the quote of the group a handover is for", () => {
  it.each([
    ["Trao bò\n\nSáng 12/3/2024, Hội Nông dân huyện Kỳ Sơn trao 20 con bò giống cho các hộ nghèo xã Bảo Nam, các hộ này đều thuộc diện khó khăn.\n", "các hộ nghèo xã Bảo Nam"],
    [
      "Trao dê\n\nNgày 5/6/2024, Trung tâm Khuyến nông huyện Kỳ Sơn đã trao 40 con dê cho các hộ cận nghèo xã Hữu Kiệm; các hộ được chọn từ danh sách của xã.\n",
      "các hộ cận nghèo xã Hữu Kiệm",
    ],
    ["Cấp gà\n\nNgày 9/9/2024, xã Bảo Nam cấp phát 600 con gà giống cho 30 hộ nghèo, các hộ nhận gà cam kết chăm sóc tốt.\n", "30 hộ nghèo"],
    [
      "Trao lợn\n\nSáng 2/4/2024, Hội Phụ nữ huyện Kỳ Sơn trao 15 con lợn giống cho những hộ phụ nữ nghèo xã Bảo Nam, những hộ còn lại sẽ nhận vào năm sau.\n",
      "những hộ phụ nữ nghèo xã Bảo Nam",
    ],
  ])("%#: quoted from its first word", (text, name) => {
    expect(groupQuote(text)).toBe(name);
  });
});
