/**
 * Round 8 (events8): a robustness suite for event types and dates. Every sentence was written for this file, without
 * reading any article, in the ways Vietnamese and English news pages write: (1) the page's date line in every common form
 * (a weekday before the date, a time after or before it, "Cập nhật lúc", "Posted on", ISO, "ngày 6 tháng 10 năm 2023",
 * "6 October 2023", "October 6, 2023"), each read as the same day; (2) weekdays and days relative to that date line
 * ("on Monday", "last Tuesday", "thứ Hai tuần trước", "chiều thứ Sáu"), only under a full date and only when the sentence
 * gives no date of its own; (3) ranges, across months too, and single days that stay single; (4) one type per head word,
 * the same in both languages. Each runs through the whole pipeline against the small test gazetteer and names the event it
 * states as exactly [type, startDate, endDate]; the look-alikes name a type (and, for dates, a start) that must not be drafted.
 *
 * The head-word mapping pinned here (section 4): hội nghị / conference → CONFERENCE; hội thảo, tọa đàm, diễn đàn / workshop,
 * seminar, forum → WORKSHOP; cuộc họp, buổi họp, phiên họp / meeting → MEETING; lễ ra mắt, lễ khởi động, lễ ký kết / launch,
 * signing → LAUNCH; bàn giao, trao tặng / handover → HANDOVER; tập huấn, lớp học nghề / training → TRAINING; tham quan học tập /
 * study tour → STUDY_TOUR; khảo sát, kiểm tra, giám sát / field visit, monitoring visit → FIELD_VISIT. A meeting that reviews a
 * period (tổng kết, sơ kết, summation, review) is a CONFERENCE whatever its head; "closing" or "final" is no review word (the
 * head decides); a meeting held to train is a TRAINING, one held to launch a LAUNCH.
 */
import { EventType } from "../../src/graph/graph.enums";
import { drafterOver, eventLinesOf } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's events as "TYPE start end". */
const events = eventLinesOf(draftSeed);

/** An article of a title, a date line and a body. */
const page = (title: string, dateLine: string, body: string): string => `${title}\n\n${dateLine}\n\n${body}`;

const { CONFERENCE, WORKSHOP, TRAINING, STUDY_TOUR, MEETING, HANDOVER, FIELD_VISIT, LAUNCH } = EventType;

type Case = readonly [lang: "vi" | "en", text: string, type: EventType, start: string, end: string];

/** (1) One date line in every form, all Friday 6 October 2023: "yesterday" is the 5th, a headline alone takes the month. */
const VI_DATE_LINES = [
  "Thứ sáu, 06/10/2023",
  "Thứ Sáu - 06/10/2023 09:30",
  "06/10/2023 09:30",
  "09:30 | 06/10/2023",
  "Cập nhật lúc: 09:30 ngày 06/10/2023",
  "Ngày đăng: 06-10-2023",
  "Thứ Sáu, ngày 6 tháng 10 năm 2023",
  "2023-10-06",
];
const EN_DATE_LINES = ["Friday, 6 October 2023", "Posted on 6 October 2023", "October 6, 2023", "Friday, October 6, 2023 10:15", "Posted on 2023-10-06", "6 October 2023 | 10:15"];

const dateLines: Case[] = [
  ...VI_DATE_LINES.map((line): Case => [
    "vi",
    page("Tin", line, "Hôm qua, Hội Nông dân xã Bảo Nam tổ chức tập huấn kỹ thuật làm phân vi sinh."),
    TRAINING,
    "2023-10-05",
    "2023-10-05",
  ]),
  ...EN_DATE_LINES.map((line): Case => [
    "en",
    page("News", line, "Yesterday, the women's union held a training on bookkeeping in Bao Nam commune."),
    TRAINING,
    "2023-10-05",
    "2023-10-05",
  ]),
  ...VI_DATE_LINES.map((line): Case => [
    "vi",
    page("Trao 30 con dê giống cho hộ nghèo xã Hữu Kiệm", line, "Mỗi hộ được nhận hai con dê và thức ăn cho ba tháng."),
    HANDOVER,
    "2023-10",
    "2023-10",
  ]),
  ...EN_DATE_LINES.map((line): Case => [
    "en",
    page("Ky Son workshop on clean water for schools", line, "Teachers and parents talked about keeping the new taps working."),
    WORKSHOP,
    "2023-10",
    "2023-10",
  ]),
];

/** (2) Weekdays and days relative to the date line. */
const weekdays: Case[] = [
  [
    "en",
    page("News", "Friday, 6 October 2023", "On Monday, the district extension station held a training on pig vaccination in Huu Kiem commune."),
    TRAINING,
    "2023-10-02",
    "2023-10-02",
  ],
  ["en", page("News", "Friday, 6 October 2023", "Last Tuesday, Plan International handed over 40 bicycles to pupils in Muong Tip commune."), HANDOVER, "2023-10-03", "2023-10-03"],
  [
    "en",
    page("News", "Posted on 12 October 2023", "The farmers' union held a meeting with cooperative members in Bao Nam commune on Wednesday afternoon."),
    MEETING,
    "2023-10-11",
    "2023-10-11",
  ],
  ["en", page("News", "Monday, 9 October 2023", "On Sunday, a workshop on forest protection took place in Ky Son district."), WORKSHOP, "2023-10-08", "2023-10-08"],
  [
    "en",
    page("News", "October 6, 2023", "A delegation of the European Union visited Huu Kiem commune on Thursday to see the water works."),
    FIELD_VISIT,
    "2023-10-05",
    "2023-10-05",
  ],
  [
    "vi",
    page("Tin", "Thứ sáu, 06/10/2023", "Thứ Hai tuần trước, Trung tâm Khuyến nông tỉnh Nghệ An tổ chức tập huấn trồng gừng tại xã Bảo Nam."),
    TRAINING,
    "2023-09-25",
    "2023-09-25",
  ],
  [
    "vi",
    page("Tin", "Thứ hai, 09/10/2023", "Chiều thứ Sáu, UBND huyện Kỳ Sơn đã bàn giao 12 căn nhà đại đoàn kết cho hộ nghèo xã Mường Típ."),
    HANDOVER,
    "2023-10-06",
    "2023-10-06",
  ],
  ["vi", page("Tin", "Thứ năm, 12/10/2023", "Sáng thứ Ba vừa qua, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn tổ chức hội thảo về bình đẳng giới."), WORKSHOP, "2023-10-10", "2023-10-10"],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Hôm thứ Tư, đoàn công tác của tỉnh Nghệ An đã đến thăm và làm việc tại xã Hữu Kiệm."), FIELD_VISIT, "2023-10-04", "2023-10-04"],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Chủ nhật tuần trước, xã Bảo Nam tổ chức cuộc họp với các hộ nuôi ong."), MEETING, "2023-10-01", "2023-10-01"],
  // the sentence's own date wins over its weekday
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Thứ Hai (25/9), Hội Nông dân huyện Kỳ Sơn tổ chức tập huấn nuôi gà thả vườn."), TRAINING, "2023-09-25", "2023-09-25"],
  [
    "en",
    page("News", "Friday, 6 October 2023", "On Tuesday, 26 September, the project held a workshop with village leaders in Bao Nam commune."),
    WORKSHOP,
    "2023-09-26",
    "2023-09-26",
  ],
];

/** (3) Ranges, across months too; the year from the date line when the text gives none. */
const ranges: Case[] = [
  ["vi", page("Tin", "Thứ năm, 07/03/2024", "Từ ngày 3 đến 5/3, Hội Nông dân xã Hữu Kiệm tổ chức tập huấn trồng nấm cho hội viên."), TRAINING, "2024-03-03", "2024-03-05"],
  ["vi", "Từ 28/2 đến 2/3/2024, đoàn cán bộ xã Bảo Nam đi tham quan học tập mô hình trồng chè tại tỉnh Hà Tĩnh.", STUDY_TOUR, "2024-02-28", "2024-03-02"],
  ["vi", page("Tin", "Thứ sáu, 17/05/2024", "Trong 2 ngày 14-15/5, UBND huyện Kỳ Sơn tổ chức lớp tập huấn kỹ năng quản lý hợp tác xã."), TRAINING, "2024-05-14", "2024-05-15"],
  ["vi", "Từ ngày 30/12/2023 đến ngày 2/1/2024, Sở Lao động tỉnh Nghệ An trao tặng 500 suất quà cho hộ nghèo huyện Kỳ Sơn.", HANDOVER, "2023-12-30", "2024-01-02"],
  [
    "vi",
    page("Tin", "Thứ tư, 03/01/2024", "Từ ngày 29/12 đến ngày 2/1, đoàn giám sát của HĐND tỉnh Nghệ An đã kiểm tra tiến độ các công trình nước sạch tại huyện Kỳ Sơn."),
    FIELD_VISIT,
    "2023-12-29",
    "2024-01-02",
  ],
  ["vi", "Trong hai ngày 14 và 15/5/2024, tại xã Mường Típ diễn ra hội thảo về phát triển du lịch cộng đồng.", WORKSHOP, "2024-05-14", "2024-05-15"],
  ["vi", "Từ ngày 3 - 5/4/2024, Trung tâm Khuyến nông tỉnh mở lớp tập huấn chăn nuôi bò cho nông dân xã Bảo Nam.", TRAINING, "2024-04-03", "2024-04-05"],
  ["en", "From 3 to 5 March 2024, the provincial Red Cross ran a first-aid training for volunteers in Bao Nam commune.", TRAINING, "2024-03-03", "2024-03-05"],
  ["en", "A workshop on seed saving was held in Huu Kiem commune on March 3–5, 2024.", WORKSHOP, "2024-03-03", "2024-03-05"],
  ["en", "Between 3 and 5 March 2024, a study tour took twenty farmers from Muong Tip commune to Lao Cai province.", STUDY_TOUR, "2024-03-03", "2024-03-05"],
  ["en", "Over three days from 3 March 2024, the district ran a training on tea processing for women in Bao Nam commune.", TRAINING, "2024-03-03", "2024-03-05"],
  ["en", "From 28 February to 2 March 2024, a monitoring visit by the donor took place in Huu Kiem commune.", FIELD_VISIT, "2024-02-28", "2024-03-02"],
  ["en", "From March 3 to 5, 2024, CARE held a forum on women's leadership in Ky Son district.", WORKSHOP, "2024-03-03", "2024-03-05"],
  ["en", page("News", "Posted on 8 March 2024", "A training for village health workers was held in Muong Tip commune from 4 to 6 March."), TRAINING, "2024-03-04", "2024-03-06"],
  // a single day stays a single day, whatever counts follow it
  ["vi", "Ngày 15/5/2024, Hội Phụ nữ xã Bảo Nam tổ chức tập huấn nuôi gà cho 14-15 hộ mỗi thôn.", TRAINING, "2024-05-15", "2024-05-15"],
  ["en", "The one-day workshop on 5 March 2024 in Huu Kiem commune gathered 30 to 40 farmers.", WORKSHOP, "2024-03-05", "2024-03-05"],
  ["vi", "Sáng 12/4/2024, UBND xã Hữu Kiệm bàn giao 3 - 4 con lợn giống cho mỗi hộ nghèo.", HANDOVER, "2024-04-12", "2024-04-12"],
  ["en", "On 9 May 2024, the union handed over 2-3 goats each to 20 households in Bao Nam commune.", HANDOVER, "2024-05-09", "2024-05-09"],
];

/** (4) One type per head word, both languages, each in a dated sentence. */
const heads: Case[] = [
  ["vi", "Ngày 10/4/2024, UBND tỉnh Nghệ An tổ chức hội nghị triển khai chương trình giảm nghèo.", CONFERENCE, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo về chuỗi giá trị gừng.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, tại xã Bảo Nam diễn ra buổi tọa đàm về nước sạch nông thôn.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Tỉnh đoàn Nghệ An tổ chức diễn đàn thanh niên khởi nghiệp.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, UBND xã Mường Típ tổ chức cuộc họp bàn kế hoạch phòng chống lũ.", MEETING, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, tại xã Hữu Kiệm đã diễn ra lễ ra mắt hợp tác xã dệt thổ cẩm.", LAUNCH, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Ban quản lý dự án tổ chức lễ khởi động dự án sinh kế tại huyện Kỳ Sơn.", LAUNCH, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, tại thành phố Vinh, UBND tỉnh Nghệ An và tổ chức CARE tổ chức lễ ký kết biên bản ghi nhớ.", LAUNCH, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, UBND huyện Kỳ Sơn bàn giao công trình nước sạch cho xã Bảo Nam.", HANDOVER, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Hội Chữ thập đỏ huyện Kỳ Sơn trao tặng 100 chăn ấm cho học sinh xã Mường Típ.", HANDOVER, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Hội Nông dân xã Hữu Kiệm tổ chức tập huấn kỹ thuật trồng quế.", TRAINING, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Trung tâm Giáo dục nghề nghiệp huyện Kỳ Sơn khai giảng lớp học nghề may công nghiệp.", TRAINING, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, cán bộ Hội Phụ nữ xã Bảo Nam đi tham quan học tập mô hình nuôi ong tại huyện Con Cuông.", STUDY_TOUR, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, đoàn công tác của Sở Nông nghiệp tỉnh Nghệ An khảo sát vùng trồng gừng tại xã Mường Típ.", FIELD_VISIT, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, đoàn kiểm tra của huyện Kỳ Sơn kiểm tra thực tế mô hình nuôi bò tại xã Bảo Nam.", FIELD_VISIT, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, đoàn giám sát của HĐND huyện Kỳ Sơn giám sát việc triển khai dự án tại xã Hữu Kiệm.", FIELD_VISIT, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, the province held a workshop on climate-resilient farming in Ky Son district.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a conference on rural water supply was held in Vinh city.", CONFERENCE, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, Oxfam organised a seminar on land rights for ethnic minority women in Muong Tip commune.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a forum on youth employment took place in Ky Son district.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, commune leaders held a meeting with donors in Bao Nam commune.", MEETING, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a launch ceremony for the new livelihoods project took place in Ky Son district.", LAUNCH, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a signing ceremony between the province and World Vision was held in Vinh city.", LAUNCH, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a handover ceremony for 20 water tanks was held in Huu Kiem commune.", HANDOVER, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, the extension centre held a training on rice seed selection in Bao Nam commune.", TRAINING, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, farmers from Huu Kiem commune joined a study tour to Lao Cai province.", STUDY_TOUR, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, project staff made a field visit to the cinnamon plots in Muong Tip commune.", FIELD_VISIT, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, the donor paid a monitoring visit to the school latrines in Bao Nam commune.", FIELD_VISIT, "2024-04-10", "2024-04-10"],
  // compounds: a meeting that reviews a period, one held to train, one held to launch; "closing" is no review word
  ["vi", "Ngày 10/4/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội thảo tổng kết dự án chăn nuôi dê.", CONFERENCE, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, the partners held a summation workshop of the water project in Ky Son district.", CONFERENCE, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, the project held its closing workshop in Vinh city.", WORKSHOP, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, UBND huyện Kỳ Sơn tổ chức hội nghị tập huấn công tác giảm nghèo cho cán bộ xã.", TRAINING, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a training workshop on food safety was held for cooperative staff in Bao Nam commune.", TRAINING, "2024-04-10", "2024-04-10"],
  ["vi", "Ngày 10/4/2024, Sở Nông nghiệp tỉnh Nghệ An tổ chức hội thảo khởi động dự án phát triển chè.", LAUNCH, "2024-04-10", "2024-04-10"],
  ["en", "On 10 April 2024, a launch workshop for the nutrition project was held in Ky Son district.", LAUNCH, "2024-04-10", "2024-04-10"],
];

describe("events8 robustness: a sentence that states an event drafts it with exactly its type and dates", () => {
  it.each([...dateLines, ...weekdays, ...ranges, ...heads])("%s: %j → %s %s %s", (lang, text, type, start, end) => {
    expect(events(text, lang)).toContain(`${type} ${start} ${end}`);
  });
});

/** [lang, text, type, start]: no event of the type (with that start, when one is given) may be drafted. */
type LookAlike = readonly [lang: "vi" | "en", text: string, type: EventType, start?: string];

const lookAlikes: LookAlike[] = [
  // lines that are not a date line: a document's number, a reference; "yesterday" under them is no day
  ["vi", page("Tin", "Số: 12-10-2023/KH-UBND", "Hôm qua, Hội Nông dân xã Bảo Nam tổ chức tập huấn kỹ thuật làm phân vi sinh."), TRAINING, "2023-10-11"],
  ["en", page("News", "Ref. 2023-10-06-A", "Yesterday, the women's union held a training on bookkeeping in Bao Nam commune."), TRAINING, "2023-10-05"],
  ["en", page("News", "Hotline 06.10.2023 press office Ky Son", "Yesterday, the women's union held a training on bookkeeping in Bao Nam commune."), TRAINING, "2023-10-05"],
  // ordinals, recurring weekdays, weekdays still to come, weekdays with no full date line
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Đây là lần thứ hai Hội Nông dân xã Bảo Nam tổ chức tập huấn trồng gừng trong năm nay."), TRAINING, "2023-10-02"],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Thứ hai, các hộ được tập huấn kỹ thuật ủ phân chuồng tại xã Hữu Kiệm."), TRAINING, "2023-10-02"],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Các buổi họp của tổ hợp tác được tổ chức vào thứ Hai hằng tuần tại nhà văn hóa bản."), MEETING, "2023-10-02"],
  ["en", page("News", "Friday, 6 October 2023", "The cooperative meeting takes place every Monday in the Bao Nam commune hall."), MEETING, "2023-10-02"],
  ["en", page("News", "Friday, 6 October 2023", "The union holds a meeting every Monday and Thursday in Bao Nam commune."), MEETING, "2023-10-05"],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Tổ hợp tác tổ chức buổi họp vào thứ Bảy và chủ nhật hằng tuần tại xã Hữu Kiệm."), MEETING, "2023-09-30"],
  ["en", page("News", "Friday, 6 October 2023", "The district will hold a workshop on flood preparedness next Monday in Huu Kiem commune."), WORKSHOP],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Thứ Hai tuần tới, huyện Kỳ Sơn sẽ tổ chức hội thảo về phòng chống lũ."), WORKSHOP],
  ["en", "In 2023 the union ran many activities. On Monday, it held a training on bookkeeping in Bao Nam commune.", TRAINING, "2023-"],
  ["vi", "Năm 2023, Hội có nhiều hoạt động. Chiều thứ Sáu, Hội tổ chức tập huấn trồng rau sạch tại xã Hữu Kiệm.", TRAINING, "2023-"],
  ["en", page("News", "Friday, 6 October 2023", "Black Friday sales have reached the market town of Ky Son district."), FIELD_VISIT],
  // days relative to the date line that must not be read as the event's day
  ["en", page("News", "Friday, 6 October 2023", "On Monday, 11 September, the union held a training on composting in Huu Kiem commune."), TRAINING, "2023-10-02"],
  ["vi", page("Tin", "Thứ sáu, 06/10/2023", "Chiều thứ Tư, ngày 20/9, xã Bảo Nam tổ chức cuộc họp với các hộ trồng chè."), MEETING, "2023-10-04"],
  // single days that must not become ranges
  ["vi", "Ngày 15/5/2024, Hội Phụ nữ xã Bảo Nam tổ chức tập huấn nuôi gà cho 14-15 hộ mỗi thôn.", TRAINING, "2024-05-14"],
  ["en", "On 5 March 2024, the project trained 3 to 5 farmers from each village in Huu Kiem commune.", TRAINING, "2024-03-03"],
  ["vi", "Sáng 12/4/2024, tập huấn được tổ chức cho 3 - 4 thôn của xã Hữu Kiệm.", TRAINING, "2024-04-03"],
  ["en", "The forum on March 3, 2024 ran from March 3 to 5 pm in Huu Kiem commune.", WORKSHOP, "2024-03-03 2024-03-05"],
  // head words that name a place, a thing or a plan, not an occasion
  ["vi", "Trung tâm Hội nghị tỉnh Nghệ An có sức chứa 1.000 chỗ ngồi.", CONFERENCE],
  ["vi", "Phòng họp của UBND xã Mường Típ được sửa chữa năm 2023.", MEETING],
  ["vi", "Xã Bảo Nam đang xây dựng thêm 4 phòng lớp học cho trường tiểu học.", TRAINING],
  ["en", "The workshop hall of the vocational school can seat 80 learners.", WORKSHOP],
  ["en", "The forum website lists every project in Ky Son district.", WORKSHOP],
  ["en", "The meeting room of the commune People's Committee was repainted.", MEETING],
  ["vi", "Kế hoạch tổ chức hội thảo tổng kết dự án đã được trình lên UBND huyện Kỳ Sơn ngày 2/4/2024.", CONFERENCE],
  ["en", "The seminar materials were printed in Vietnamese and Thai.", WORKSHOP],
  ["vi", "Tài liệu tập huấn được in bằng tiếng Việt và tiếng Thái.", TRAINING],
  ["en", "The training manual on pig raising was updated in 2024.", TRAINING],
];

describe("events8 robustness: look-alikes that must not draft an event of the type (or on that day)", () => {
  it.each(lookAlikes.map(([lang, text, type, start]) => [lang, text, type, start ?? ""] as const))("%s: %j ≠ %s %s", (lang, text, type, start) => {
    const got = events(text, lang).filter((g) => g.startsWith(`${type} ${start}`));
    expect(got).toEqual([]);
  });
});
