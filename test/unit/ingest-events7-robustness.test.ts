/**
 * Round 7 (events7): a robustness suite for the event rules. Every sentence was written for this file, in the ways news
 * writing varies (provincial portals, national papers, NGO sites, English-language papers): dates as days, ranges,
 * months and words relative to the article's date, passive voice, headlines without a verb, captions, a fact split
 * over two sentences. Each runs through the whole pipeline against the small test gazetteer and names the event it
 * states as [type, startDate, endDate] (endDate left out where the sentence does not settle it; a day inside a month
 * stated is right, as a headline dated only by the page's date line is dated by its month or its day); the look-alikes
 * name a type that must not be drafted.
 */
import { EventType } from "../../src/graph/graph.enums";
import { drafterOver, eventLinesOf } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** The draft's events as "TYPE start end". */
const events = eventLinesOf(draftSeed);

const { CONFERENCE, WORKSHOP, TRAINING, STUDY_TOUR, FESTIVAL, MEETING, HANDOVER, FIELD_VISIT, LAUNCH } = EventType;

describe("events7 robustness: a sentence that states an event drafts it with its type and dates", () => {
  it.each([
    // Vietnamese, a day before the verb
    ["vi", "Ngày 12/4/2023, UBND huyện Kỳ Sơn tổ chức hội nghị sơ kết công tác giảm nghèo 6 tháng đầu năm.", CONFERENCE, "2023-04-12", "2023-04-12"],
    [
      "vi",
      "Sáng ngày 03-08-2022, tại hội trường xã Bảo Nam, Trung tâm Khuyến nông tỉnh Nghệ An khai giảng lớp tập huấn kỹ thuật trồng gừng.",
      TRAINING,
      "2022-08-03",
      "2022-08-03",
    ],
    ["vi", "Chiều 7/6/2024, Sở Nông nghiệp tỉnh Nghệ An bàn giao 50 con dê giống cho các hộ nghèo xã Bảo Nam.", HANDOVER, "2024-06-07", "2024-06-07"],
    ["vi", "Ngày 15 tháng 3 năm 2023, Ban quản lý dự án huyện Kỳ Sơn tổ chức lễ khởi động dự án cấp nước sạch cho ba xã.", LAUNCH, "2023-03-15", "2023-03-15"],
    ["vi", "Ngày 2/11/2022, đồng chí Phó Chủ tịch UBND tỉnh Nghệ An đã đến thăm và làm việc tại xã Hữu Kiệm.", FIELD_VISIT, "2022-11-02", "2022-11-02"],
    ["vi", "Sáng 9/1/2024, UBND xã Bảo Nam tổ chức cuộc họp triển khai kế hoạch phát triển kinh tế năm 2024.", MEETING, "2024-01-09", "2024-01-09"],
    [
      "vi",
      "Ngày 25/2/2021, tại thành phố Vinh, UBND tỉnh Nghệ An và tổ chức Plan International đã ký kết thỏa thuận hợp tác giai đoạn 2021-2025.",
      LAUNCH,
      "2021-02-25",
      "2021-02-25",
    ],
    ["vi", "Ngày 20/11/2022, tại xã Hữu Kiệm đã diễn ra ngày hội đại đoàn kết toàn dân tộc với sự tham gia của hơn 500 người dân.", FESTIVAL, "2022-11-20", "2022-11-20"],
    // Vietnamese, ranges
    ["vi", "Trong hai ngày 14 và 15/9/2021, Hội Liên hiệp Phụ nữ tỉnh Nghệ An tổ chức tập huấn kỹ năng lãnh đạo cho nữ cán bộ xã Mường Típ.", TRAINING, "2021-09-14", "2021-09-15"],
    ["vi", "Từ ngày 20/10 đến ngày 22/10/2020, đoàn cán bộ xã Hữu Kiệm đi tham quan học tập mô hình chăn nuôi bò tại tỉnh Hà Tĩnh.", STUDY_TOUR, "2020-10-20", "2020-10-22"],
    ["vi", "Từ ngày 5 - 7/7/2023, Trung tâm Giáo dục nghề nghiệp huyện Kỳ Sơn mở lớp đào tạo nghề may cho 35 lao động nữ xã Bảo Nam.", TRAINING, "2023-07-05", "2023-07-07"],
    ["vi", "Đợt cấp phát giống ngô cho người dân xã Bảo Nam diễn ra từ ngày 3 đến ngày 5/4/2022.", HANDOVER, "2022-04-03", "2022-04-05"],
    // Vietnamese, the date after the event, passive voice
    ["vi", "Lớp tập huấn về phòng chống dịch bệnh cho gia cầm đã được tổ chức tại xã Bảo Nam vào ngày 18/7/2023.", TRAINING, "2023-07-18", "2023-07-18"],
    ["vi", "Hội nghị tổng kết chương trình hỗ trợ sinh kế được tổ chức vào sáng 28/12/2022 tại huyện Kỳ Sơn.", CONFERENCE, "2022-12-28", "2022-12-28"],
    ["vi", "Buổi lễ bàn giao nhà đại đoàn kết cho gia đình ông Lô Văn Tình ở xã Mường Típ được tổ chức chiều 14/10/2021.", HANDOVER, "2021-10-14", "2021-10-14"],
    // Vietnamese, a month
    ["vi", "Trong tháng 5/2024, Hội Nông dân huyện Kỳ Sơn đã tổ chức 3 lớp tập huấn trồng cây ăn quả cho nông dân.", TRAINING, "2024-05", "2024-05"],
    ["vi", "Tháng 9 năm 2019, đoàn công tác của Quỹ Nhi đồng Liên hợp quốc đã đến khảo sát tình hình nước sạch tại xã Hữu Kiệm.", FIELD_VISIT, "2019-09", "2019-09"],
    // Vietnamese, a headline without a verb, dated by the date line
    [
      "vi",
      "Hội thảo chia sẻ kinh nghiệm giảm nghèo bền vững tại Kỳ Sơn\n\n10/05/2023 09:30\n\nCác đại biểu đã thảo luận về những cách làm hay ở cơ sở.",
      WORKSHOP,
      "2023-05",
      "2023-05",
    ],
    ["vi", "Trao 200 con gà giống cho hộ nghèo xã Mường Típ\n\nThứ sáu, 06/10/2023\n\nMỗi hộ được nhận 20 con gà cùng thức ăn chăn nuôi.", HANDOVER, "2023-10", "2023-10"],
    // Vietnamese, a fact over two sentences, a caption
    [
      "vi",
      "Ngày 16/8/2023, đoàn công tác của tổ chức Tầm nhìn Thế giới đến xã Mường Típ. Tại đây, đoàn đã trao 100 suất quà cho học sinh nghèo.",
      FIELD_VISIT,
      "2023-08-16",
      "2023-08-16",
    ],
    [
      "vi",
      "Ngày 16/8/2023, đoàn công tác của tổ chức Tầm nhìn Thế giới đến xã Mường Típ. Tại đây, đoàn đã trao 100 suất quà cho học sinh nghèo.",
      HANDOVER,
      "2023-08-16",
      "2023-08-16",
    ],
    ["vi", "Tin\n\nẢnh: Lãnh đạo huyện Kỳ Sơn trao bò giống cho hộ nghèo xã Bảo Nam ngày 4/4/2023.", HANDOVER, "2023-04-04", "2023-04-04"],
    // Vietnamese, relative to the article's date
    ["vi", "Tin\n\nThứ tư, 12/6/2024\n\nHôm qua (11/6), Hội Nông dân xã Hữu Kiệm tổ chức tập huấn kỹ thuật ủ phân hữu cơ cho hội viên.", TRAINING, "2024-06-11", "2024-06-11"],
    ["vi", "Tin\n\nThứ hai, 04/03/2024\n\nTháng 2 vừa qua, Hội Cựu chiến binh huyện Kỳ Sơn đã trao 10 con bò cho hội viên nghèo.", HANDOVER, "2024-02", "2024-02"],
    // English, a day before or after
    ["en", "On 14 March 2023, Oxfam organised a training on climate-smart farming for farmers in Huu Kiem commune.", TRAINING, "2023-03-14", undefined],
    ["en", "A handover ceremony of 40 water tanks took place in Bao Nam commune on June 5, 2021.", HANDOVER, "2021-06-05", "2021-06-05"],
    ["en", "The project was officially launched at a ceremony in Vinh City on 3 April 2022.", LAUNCH, "2022-04-03", "2022-04-03"],
    ["en", "On 21/09/2020, a consultation meeting with village leaders was held in Huu Kiem commune.", MEETING, "2020-09-21", "2020-09-21"],
    ["en", "The annual review conference of the programme was held in Nghe An province on 15 January 2020.", CONFERENCE, "2020-01-15", "2020-01-15"],
    ["en", "A ceremony to distribute 300 chickens to 30 poor households was organised on 9 September 2020 in Bao Nam commune.", HANDOVER, "2020-09-09", "2020-09-09"],
    ["en", "Dec. 2, 2019 – A delegation of Plan International paid a working visit to Ky Son district.", FIELD_VISIT, "2019-12-02", "2019-12-02"],
    ["en", "On the morning of 16th October 2020, the district held a workshop to share lessons from the project.", WORKSHOP, "2020-10-16", "2020-10-16"],
    ["en", "Staff of the provincial extension centre made a monitoring visit to the maize plots in Muong Tip commune on 17 June 2021.", FIELD_VISIT, "2021-06-17", "2021-06-17"],
    // English, ranges
    ["en", "Between 10 and 12 October 2019, a delegation from the European Union visited Muong Tip commune.", FIELD_VISIT, "2019-10-10", "2019-10-12"],
    ["en", "From 4 to 6 May 2022, twenty farmers from Bao Nam commune joined a study tour to Lao Cai province.", STUDY_TOUR, "2022-05-04", "2022-05-06"],
    ["en", "A three-day training on bookkeeping for cooperative members was held from 7-9 November 2018 in Huu Kiem commune.", TRAINING, "2018-11-07", "2018-11-09"],
    // English, a month, passive voice
    ["en", "Over 200 farmers were trained in pig raising techniques in Bao Nam commune in November 2018.", TRAINING, "2018-11", "2018-11"],
    ["en", "In early December 2021, World Vision handed over 500 blankets to poor households in Muong Tip commune.", HANDOVER, "2021-12", "2021-12"],
    // English, a headline without a verb, a caption
    ["en", "Ky Son workshop on sustainable poverty reduction\n\nMay 10, 2023\n\nDelegates shared what has worked in their villages.", WORKSHOP, "2023-05", "2023-05"],
    ["en", "News\n\nPhoto: Participants at the training course on bookkeeping in Huu Kiem commune, 8 July 2022.", TRAINING, "2022-07-08", "2022-07-08"],
    [
      "en",
      "Handover of water filters to schools in Ky Son\n\nThe filters were handed over to four schools in Bao Nam commune on 2 March 2021.",
      HANDOVER,
      "2021-03-02",
      "2021-03-02",
    ],
    // English, relative to the article's date
    [
      "en",
      "News\n\nPosted on 14 September 2023\n\nLast week, officials from Ky Son district joined a study tour to Lao Cai to learn about community tourism.",
      STUDY_TOUR,
      "2023-09",
      "2023-09",
    ],
    ["en", "News\n\nThursday, 14 September 2023\n\nYesterday, the district women's union held a meeting with 40 members in Huu Kiem commune.", MEETING, "2023-09-13", "2023-09-13"],
    ["en", "News\n\nPosted on 5 July 2021\n\nLast month, 60 households in Bao Nam commune received rice seed from the project.", HANDOVER, "2021-06", "2021-06"],
    // (added with the rules) a meeting by its plain word, a delegation that came to a place, more words relative to the article's date
    ["vi", "Sáng 14/3/2022, UBND huyện Kỳ Sơn tổ chức buổi họp với các hộ dân bị ảnh hưởng bởi lũ.", MEETING, "2022-03-14", "2022-03-14"],
    ["vi", "Phiên họp thường kỳ của UBND tỉnh Nghệ An diễn ra ngày 28/4/2023 tại thành phố Vinh.", MEETING, "2023-04-28", "2023-04-28"],
    ["vi", "Cuộc họp bàn về kế hoạch trồng rừng được tổ chức tại xã Bảo Nam chiều 3/5/2021.", MEETING, "2021-05-03", "2021-05-03"],
    ["vi", "Ngày 11/11/2021, đoàn đại biểu Đại sứ quán Ireland đã đến bản Xốp Mạt, xã Hữu Kiệm.", FIELD_VISIT, "2021-11-11", "2021-11-11"],
    ["vi", "Ngày 3/6/2020, đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn tới huyện Kỳ Sơn.", FIELD_VISIT, "2020-06-03", "2020-06-03"],
    ["vi", "Cuối tháng 8/2024, đoàn khảo sát của Ngân hàng Thế giới lên các xã vùng cao của huyện Kỳ Sơn.", FIELD_VISIT, "2024-08", "2024-08"],
    ["vi", "Tin\n\nThứ ba, 10/10/2023\n\nSáng nay, tại xã Mường Típ, Hội Phụ nữ huyện khai mạc lớp tập huấn nấu ăn dinh dưỡng.", TRAINING, "2023-10-10", "2023-10-10"],
    ["vi", "Tin\n\nThứ năm, 02/02/2023\n\nHôm qua, huyện Kỳ Sơn đã bàn giao 15 căn nhà cho hộ nghèo xã Bảo Nam.", HANDOVER, "2023-02-01", "2023-02-01"],
    ["vi", "Tin\n\nThứ hai, 15/01/2024\n\nTháng trước, Hội Nông dân xã Bảo Nam đã tổ chức hội nghị tổng kết năm.", CONFERENCE, "2023-12", "2023-12"],
    ["en", "News\n\nPosted on 3 March 2022\n\nThree days ago, the women's union held a workshop on gender equality in Bao Nam commune.", WORKSHOP, "2022-02-28", "2022-02-28"],
    // a second batch: purposes before the verb, dots and dashes in dates, a day with no year under a date line, ranges in brackets
    ["vi", "Nhằm nâng cao năng lực cho cán bộ, ngày 22/3/2024 Phòng Nông nghiệp huyện Kỳ Sơn đã mở lớp bồi dưỡng nghiệp vụ khuyến nông.", TRAINING, "2024-03-22", "2024-03-22"],
    ["vi", "Hơn 100 hộ dân xã Bảo Nam vừa được tập huấn kỹ thuật nuôi ong lấy mật vào ngày 12/12/2022.", TRAINING, "2022-12-12", "2022-12-12"],
    ["vi", "Ngày 1/6/2023, tại nhà văn hóa bản Huồi Giảng, xã Mường Típ, Đồn Biên phòng đã trao tặng 50 suất quà cho các em thiếu nhi.", HANDOVER, "2023-06-01", "2023-06-01"],
    ["vi", "Ngày 30-4-2022, UBND xã Hữu Kiệm tổ chức lễ ra mắt Tổ hợp tác chăn nuôi dê.", LAUNCH, "2022-04-30", "2022-04-30"],
    ["vi", "Nhân dịp Tết Nguyên đán, ngày 15/1/2023, Hội Chữ thập đỏ tỉnh Nghệ An đã tặng 200 suất quà cho hộ nghèo huyện Kỳ Sơn.", HANDOVER, "2023-01-15", "2023-01-15"],
    ["vi", "Trong 3 ngày (từ 12 đến 14/6/2023), 40 học viên xã Hữu Kiệm tham gia khóa học chế biến nông sản.", TRAINING, "2023-06-12", "2023-06-14"],
    ["vi", "Ngày 12.5.2023, UBND xã Bảo Nam tổ chức tập huấn phòng chống cháy rừng cho người dân.", TRAINING, "2023-05-12", "2023-05-12"],
    ["vi", "Tin\n\nThứ bảy, 09/09/2023\n\nNgày 5 tháng 9, Hội Nông dân xã Bảo Nam tổ chức hội thảo về liên kết tiêu thụ gừng.", WORKSHOP, "2023-09-05", "2023-09-05"],
    ["en", "Representatives of CARE and the district authorities signed a memorandum of understanding on 2 October 2019 in Vinh city.", LAUNCH, "2019-10-02", "2019-10-02"],
    ["en", "On 8 and 9 April 2021, training courses on pig vaccination were organised for veterinary workers in Ky Son district.", TRAINING, "2021-04-08", "2021-04-09"],
    ["en", "Farmers in Muong Tip commune received 2,000 coffee seedlings on 14 August 2020.", HANDOVER, "2020-08-14", "2020-08-14"],
    ["en", "In a ceremony on 1 June 2023, the district handed 30 bicycles to pupils of Huu Kiem commune.", HANDOVER, "2023-06-01", "2023-06-01"],
    ["en", "The provincial Farmers' Union opened a sewing class for 25 women in Bao Nam commune on 10 September 2019.", TRAINING, "2019-09-10", "2019-09-10"],
    ["en", "The two-day workshop, which ended on 18 November 2022, brought together 60 delegates from Nghe An province.", WORKSHOP, "2022-11", undefined],
    [
      "en",
      "Cows for poor families in Muong Tip\n\nPosted on 12 May 2020\n\nThe project gave 25 cows to poor households in Muong Tip commune last week.",
      HANDOVER,
      "2020-05",
      "2020-05",
    ],
    ["en", "The donor team's visit to Bao Nam commune on 23 May 2022 included talks with farmer groups.", FIELD_VISIT, "2022-05-23", "2022-05-23"],
    ["en", "At a ceremony on 9 March 2021 in Bao Nam commune, the project handed out 120 water filters to families.", HANDOVER, "2021-03-09", "2021-03-09"],
    ["en", "A ceremony was held on 4 July 2022 in Muong Tip commune, where the union gave 12 cows to poor households.", HANDOVER, "2022-07-04", "2022-07-04"],
    ["en", "The ceremony on 20 May 2020 in Huu Kiem commune saw the donor hand 40 solar lamps to village schools.", HANDOVER, "2020-05-20", "2020-05-20"],
    // an undated event stays undated
    ["en", "Farmers learn together\n\nThe best day of the programme was a field visit to a ginger farm in Muong Tip commune.", FIELD_VISIT, undefined, undefined],
  ] as const)("%s: %s → %s %s", (lang, text, type, start, end) => {
    const got = events(text, lang);
    expect(got.some((g) => g.startsWith(`${type} ${String(start)}`) && (end === undefined || g.split(" ")[2].startsWith(end)))).toBe(true);
  });
});

describe("events7 robustness: look-alikes that must not draft an event of the type", () => {
  it.each([
    ["vi", "Hội trường xã Bảo Nam được xây dựng năm 2019 với kinh phí 2 tỷ đồng.", undefined],
    ["vi", "Trung tâm Đào tạo nghề huyện Kỳ Sơn hiện có 12 giáo viên cơ hữu.", TRAINING],
    ["vi", "Chương trình giảm nghèo của tỉnh Nghệ An sẽ kết thúc vào năm 2025.", undefined],
    ["vi", "Tỷ lệ hộ nghèo của xã Mường Típ giảm từ 60% năm 2018 xuống còn 45% năm 2022.", undefined],
    ["vi", "Nhà văn hóa bản được dùng làm nơi họp của người dân trong thôn.", MEETING],
    ["vi", "Đường vào xã Bảo Nam bị sạt lở nghiêm trọng ngày 12/9/2022 sau trận mưa lớn.", undefined],
    ["vi", "Quỹ được thành lập theo Quyết định số 12/2019/QĐ-UBND ngày 5/3/2019 của UBND tỉnh Nghệ An.", HANDOVER],
    ["en", "The conference hall of the district People's Committee seats 200 people.", CONFERENCE],
    ["en", "The visitor centre in Huu Kiem commune opens every day of the week.", FIELD_VISIT],
    ["en", "The training manual was translated into the Thai language in 2020.", TRAINING],
    ["en", "Poverty in Muong Tip commune fell from 60 percent in 2018 to 45 percent in 2022.", undefined],
    ["en", "Maize yields in Bao Nam commune doubled between 2019 and 2021.", undefined],
    ["en", "The road to Huu Kiem commune was damaged by floods on 12 September 2022.", undefined],
    ["vi", "Phòng họp của UBND xã Bảo Nam vừa được trang bị máy chiếu mới.", MEETING],
    ["vi", "Đoàn công tác sẽ đến xã Mường Típ vào ngày 20/10/2023 để kiểm tra tiến độ.", FIELD_VISIT],
    ["vi", "Ngày 5/5/2023, đoàn viên thanh niên xã Hữu Kiệm đến từng hộ dân tuyên truyền về an toàn giao thông.", FIELD_VISIT],
    ["vi", "Tin\n\nThứ hai, 04/03/2024\n\nHôm nay, nhiều hộ nghèo ở xã Bảo Nam đã có nhà ở kiên cố.", undefined],
    ["en", "News\n\nPosted on 5 July 2021\n\nThe cooperative in Bao Nam commune was set up two months ago with 15 members.", undefined],
    ["en", "The training centre of Huu Kiem commune has ten classrooms.", TRAINING],
    ["vi", "Kinh phí tổ chức hội nghị do ngân sách tỉnh Nghệ An chi trả.", CONFERENCE],
    ["vi", "Ông Lê Văn Hùng từng tham dự nhiều hội nghị quốc tế về nông nghiệp.", CONFERENCE],
    ["en", "The workshop report is available on the project website.", WORKSHOP],
    ["en", "At a ceremony on 9 March 2021, the chairman handed the floor to the guests from Bao Nam commune.", HANDOVER],
    ["en", "A ceremony on 2 June 2020 honoured 15 model farmers of Bao Nam commune.", HANDOVER],
    ["en", "The cost of the training was covered by the district budget.", TRAINING],
    ["en", "Many workshops on climate change have been held in Vietnam.", WORKSHOP],
  ] as const)("%s: %s", (lang, text, type) => {
    const got = events(text, lang);
    expect(type === undefined ? got : got.filter((g) => g.startsWith(`${type} `))).toEqual([]);
  });
});
