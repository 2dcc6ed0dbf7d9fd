/**
 * Round 8 (events8b): no event is drafted from a clause that negates, plans, proposes, supposes or recalls it. Every sentence
 * was written for this file, without reading any article, in the ways Vietnamese and English news pages write. Each text runs
 * through the whole pipeline against the small test gazetteer; the first list must draft no event at all, the second exactly
 * one event of the type named (a past event with a date of its own, "không chỉ", "not only", an event the sentence states).
 */
import { EventType } from "../../src/graph/graph.enums";
import { Label } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's event types, for a body under a plain title and a date line. */
const eventTypes = (body: string, lang: "vi" | "en"): string[] =>
  draftSeed(`${lang === "vi" ? "Hoạt động của hội viên" : "Activities of members"}\n\n${lang === "vi" ? "06/10/2023" : "6 October 2023"}\n\n${body}`, lang)
    .entities.filter((e) => e.kind === Label.Event)
    .map((e) => String(e.eventType));

const { WORKSHOP, TRAINING, MEETING, CONFERENCE, LAUNCH } = EventType;

/** Negated, planned, proposed, supposed or recalled: no event. */
const NO_EVENT: ReadonlyArray<readonly [lang: "vi" | "en", body: string]> = [
  ["vi", "Năm nay Hội Nông dân xã Bảo Nam không tổ chức hội thảo về giống lúa mới."],
  ["vi", "Ngày 5/10, xã Hữu Kiệm chưa tổ chức lớp tập huấn nào cho hộ nghèo."],
  ["vi", "Vì mưa lớn, ngày 4/10 Hội Phụ nữ không tổ chức được buổi tập huấn như kế hoạch."],
  ["vi", "Dự kiến tháng 11, huyện sẽ tổ chức lễ ra mắt mô hình nuôi bò."],
  ["vi", "Ngày 3/10, Hội đề xuất tổ chức một hội thảo về nước sạch cho các trường học."],
  ["vi", "Nếu có kinh phí, ngày 20/10 xã Mường Típ sẽ mở lớp tập huấn trồng nấm."],
  ["vi", "Ông Lâm kiến nghị ngày 12/10 tổ chức hội nghị bàn về giá cà phê."],
  ["vi", "Người dân mong muốn ngày 15/10 được dự lớp tập huấn chăn nuôi gà."],
  ["vi", "Từ tháng 3/2023 đến nay, xã Bảo Nam chưa từng tổ chức hội nghị nào về môi trường."],
  ["vi", "Trong trường hợp thời tiết xấu, hội thảo ngày 10/10 tại xã Hữu Kiệm sẽ hoãn lại."],
  ["vi", "Hội Cựu chiến binh có kế hoạch tổ chức lớp tập huấn vào ngày 25/10."],
  ["en", "The union has not held a training on bookkeeping in Bao Nam commune since March 2023."],
  ["en", "On 4 October, the cooperative did not hold its planned workshop because of the floods."],
  ["en", "The district plans to hold a launch ceremony for the cattle model on 20 November."],
  ["en", "On 3 October, the farmers proposed a workshop on clean water for the schools of Huu Kiem."],
  ["en", "If funding arrives, a training on mushroom growing would start on 20 October."],
  ["en", "The youth union never organised a meeting with the teachers of Muong Tip in September 2023."],
  ["en", "On 2 October, the villagers asked the commune to hold a conference on coffee prices."],
  ["en", "The women's union is expected to hold a training on savings groups on 18 October."],
  ["en", "On 5 October, the group failed to hold its meeting with the district leaders."],
  ["en", "The commune hopes to organise a workshop on forest fires on 30 October."],
  ["en", "Unless the road is repaired, the training on 14 October in Bao Nam will not take place."],
];

/** Stated as held: exactly one event of the type. */
const EVENT: ReadonlyArray<readonly [lang: "vi" | "en", body: string, type: EventType]> = [
  ["vi", "Ngày 5/10, Hội Nông dân xã Bảo Nam tổ chức hội thảo về giống lúa mới.", WORKSHOP],
  ["vi", "Ngày 4/10, xã Hữu Kiệm đã tổ chức lớp tập huấn kỹ thuật trồng nấm cho 40 hộ nghèo.", TRAINING],
  ["vi", "Ngày 3/10, Hội Phụ nữ không chỉ tổ chức tập huấn mà còn hướng dẫn hội viên ghi sổ thu chi.", TRAINING],
  ["vi", "Sáng 2/10, huyện tổ chức lễ ra mắt mô hình nuôi bò tại xã Mường Típ.", LAUNCH],
  ["vi", "Ngày 5/10, dù trời mưa lớn, Hội Cựu chiến binh vẫn tổ chức hội nghị tại xã Bảo Nam.", CONFERENCE],
  ["vi", "Chiều 4/10, lãnh đạo xã Hữu Kiệm tổ chức buổi họp với các hộ chăn nuôi.", MEETING],
  ["vi", "Ngày 3/10, Hội Nông dân tổ chức hội thảo nhằm giúp nông dân không phụ thuộc vào phân bón hóa học.", WORKSHOP],
  ["vi", "Ngày 2/10, xã Bảo Nam tổ chức lớp tập huấn cho những hộ chưa có việc làm ổn định.", TRAINING],
  ["vi", "Sau nhiều năm chờ đợi, ngày 5/10 xã Mường Típ đã tổ chức hội thảo về nước sạch.", WORKSHOP],
  ["vi", "Ngày 4/10, Hội Phụ nữ tổ chức tập huấn kỹ năng không ngừng nâng cao thu nhập cho hội viên.", TRAINING],
  ["vi", "Ngày 3/10, sau khi hoàn thành khảo sát, xã Hữu Kiệm tổ chức hội nghị với các trưởng bản.", CONFERENCE],
  ["en", "On 5 October, the farmers' union held a workshop on new rice varieties in Bao Nam commune.", WORKSHOP],
  ["en", "On 4 October, the cooperative held a training on mushroom growing for 40 poor households.", TRAINING],
  ["en", "On 3 October, the women's union not only held a training but also showed members how to keep accounts.", TRAINING],
  ["en", "On 2 October, the district held a launch ceremony for the cattle model in Muong Tip.", LAUNCH],
  ["en", "Despite heavy rain, the veterans' association held a conference in Bao Nam on 5 October.", CONFERENCE],
  ["en", "On 4 October, the commune leaders held a meeting with households that do not yet have clean water.", MEETING],
  ["en", "On 3 October, the farmers' union held a workshop to help farmers who cannot afford fertiliser.", WORKSHOP],
  ["en", "After years of waiting, Muong Tip held its first workshop on clean water on 5 October.", WORKSHOP],
  ["en", "On 2 October, the youth union held a training for young people without stable jobs.", TRAINING],
  ["en", "On 4 October, Huu Kiem commune held a meeting with village heads after the survey was finished.", MEETING],
];

describe("events8b robustness: a clause that negates, plans, proposes, supposes or recalls drafts no event", () => {
  test.each(NO_EVENT)("%s: %s", (lang, body) => {
    expect(eventTypes(body, lang)).toEqual([]);
  });
});

describe("events8b robustness: an event the sentence states is still drafted", () => {
  test.each(EVENT)("%s: %s", (lang, body, type) => {
    expect(eventTypes(body, lang)).toEqual([type]);
  });
});
