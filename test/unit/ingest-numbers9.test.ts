/**
 * Round 9 (numbers9): which activity a number belongs to when its sentence does not name it. Every article was written
 * for this file, in our own words, the way provincial portals, national papers and NGO sites write: a title, a date line,
 * a few sentences. Each case names, for a value, the kind of entity that must hold it ("TRAINING", "HANDOVER", "WORKSHOP":
 * an event of that type; "Organization", "Project", "Program"), or [] when nothing may hold it.
 * (1) a sentence that points back at an activity ("Lớp học …", "Buổi bàn giao …", "The training …", "At the handover, …");
 * (2) learners and trainees counted on the training of an article that also held a workshop or conference;
 * (3) another year's figures and a place's own standing, put on no activity (and a sentence of the activity's own year that is);
 * (4) so much per household ("mỗi hộ", "each household") given at the article's handover, not by the program named before.
 */
import { Label } from "../../src/graph/graph.model";
import { drafterOver } from "../helpers/ingest-draft";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const draftSeed = drafterOver(testGazetteer([KY_SON_COMMUNES.baoNam, KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.muongTip]));

/** What holds each metric of `value`: an event's type, else the entity's kind. */
function holders(text: string, lang: "vi" | "en", value: number): string[] {
  return draftSeed(text, lang)
    .entities.filter((e) => ((e as { metrics?: { value: number }[] }).metrics ?? []).some((m) => m.value === value))
    .map((e) => (e.kind === Label.Event ? String((e as { eventType?: string }).eventType) : e.kind))
    .sort();
}

type Case = readonly [lang: "vi" | "en", article: string, want: Readonly<Record<number, readonly string[]>>];

const page = (title: string, dateLine: string, ...body: string[]): string => `${title}\n\n${dateLine}\n\n${body.join(" ")}`;

/** (1) A sentence that points back at an activity: the count is the activity's, not a body's of the sentence. */
const POINTING_BACK: readonly Case[] = [
  [
    "vi",
    page(
      "Kỳ Sơn mở lớp nuôi bò sinh sản cho nông dân",
      "Thứ Ba, 14/11/2023",
      "Sáng 13/11, Hội Nông dân huyện Kỳ Sơn tổ chức lớp tập huấn kỹ thuật nuôi bò sinh sản tại xã Bảo Nam.",
      "Lớp học do cán bộ Trạm Khuyến nông huyện Kỳ Sơn giảng dạy, có 35 học viên.",
      "Học viên được hướng dẫn làm chuồng và ủ thức ăn thô.",
    ),
    { 35: ["TRAINING"] },
  ],
  [
    "vi",
    page(
      "Trao bò giống cho hộ nghèo Hữu Kiệm",
      "Thứ Năm, 16/11/2023",
      "Ngày 15/11, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn tổ chức trao bò giống cho hộ nghèo xã Hữu Kiệm.",
      "Bò giống được mua từ nguồn vốn của Ngân hàng Chính sách xã hội huyện.",
      "Buổi bàn giao có sự chứng kiến của UBND xã Hữu Kiệm, với 25 hộ nhận bò.",
    ),
    { 25: ["HANDOVER"] },
  ],
  [
    "en",
    page(
      "Women in Bao Nam learn to keep pigs healthy",
      "14 November 2023",
      "On 13 November, the Ky Son District Farmers' Union held a training on pig health in Bao Nam commune.",
      "The training, run together with the Ky Son District Women's Union, drew 42 women.",
      "They practised mixing feed and cleaning pens.",
    ),
    { 42: ["TRAINING"] },
  ],
  [
    "en",
    page(
      "Ky Son: a workshop, then a course on goats",
      "17 November 2023",
      "On 15 November, the Ky Son District People's Committee held a workshop on goat farming in Muong Tip commune.",
      "On 16 November, a training on goat care opened in Bao Nam commune.",
      "Speakers at the workshop came from two universities.",
      "The course, taught by the Ky Son District Agricultural Extension Station, had 28 trainees.",
    ),
    { 28: ["TRAINING"] },
  ],
  [
    "vi",
    page(
      "Kỳ Sơn: hội thảo và lớp học về nuôi dê",
      "Thứ Sáu, 17/11/2023",
      "Sáng 15/11, UBND huyện Kỳ Sơn tổ chức hội thảo về phát triển chăn nuôi dê tại xã Mường Típ.",
      "Ngày 16/11, lớp tập huấn kỹ thuật nuôi dê được khai giảng tại xã Bảo Nam.",
      "Các đại biểu dự hội thảo đến từ nhiều huyện miền núi.",
      "Khóa học do Trạm Khuyến nông huyện Kỳ Sơn phụ trách, thu hút 30 học viên.",
    ),
    { 30: ["TRAINING"] },
  ],
  [
    "en",
    page(
      "Cows for poor families in Huu Kiem",
      "16 November 2023",
      "On 15 November, the Ky Son District Women's Union handed over breeding cows to poor households in Huu Kiem commune.",
      "The cows were bought with a loan from the Ky Son District Social Policy Bank.",
      "At the handover, the Huu Kiem Commune People's Committee thanked 18 households for their commitment.",
    ),
    { 18: ["HANDOVER"] },
  ],
];

/** (1) Look-alikes: a body's own count, and a count of a sentence that names its event, stay where they are. */
const POINTING_BACK_LOOKALIKES: readonly Case[] = [
  [
    "vi",
    page(
      "Tập huấn trồng cỏ cho nông dân Bảo Nam",
      "Thứ Tư, 15/11/2023",
      "Sáng 14/11, Hội Nông dân huyện Kỳ Sơn mở lớp tập huấn trồng cỏ nuôi bò tại xã Bảo Nam.",
      "Hội Nông dân huyện Kỳ Sơn hiện có 3.200 hội viên.",
      "Nông dân được phát hom giống cỏ sau buổi học.",
    ),
    { 3200: ["Organization"] },
  ],
  [
    "en",
    page(
      "Pigs for poor households in Muong Tip",
      "20 November 2023",
      "On 18 November, the Ky Son District Farmers' Union handed over piglets to poor households in Muong Tip commune.",
      "The Ky Son District Farmers' Union has 2,400 members.",
      "The piglets were vaccinated before the handover.",
    ),
    { 2400: ["Organization"] },
  ],
  [
    "vi",
    page(
      "Kỳ Sơn: hội thảo và tập huấn về nuôi dê",
      "Thứ Sáu, 17/11/2023",
      "Sáng 15/11, UBND huyện Kỳ Sơn tổ chức hội thảo về phát triển chăn nuôi dê tại xã Mường Típ.",
      "Hội thảo có 80 đại biểu tham dự.",
      "Ngày 16/11, Trạm Khuyến nông huyện mở lớp tập huấn kỹ thuật nuôi dê cho nông dân xã Bảo Nam.",
    ),
    { 80: ["WORKSHOP"] },
  ],
];

/** (2) Learners and trainees are counted on the training, not on the conference the article opened with. */
const GATHERED: readonly Case[] = [
  [
    "vi",
    page(
      "Bảo Nam triển khai mô hình nuôi gà và tập huấn cho nông dân",
      "Thứ Ba, 10/10/2023",
      "Sáng 8/10, UBND xã Bảo Nam tổ chức hội nghị triển khai mô hình nuôi gà thả vườn.",
      "Ngày 9/10, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn kỹ thuật nuôi gà cho nông dân trong xã.",
      "Nội dung tập trung vào phòng bệnh cho gà.",
      "Cuối buổi, 50 học viên đã làm bài kiểm tra.",
    ),
    { 50: ["TRAINING"] },
  ],
  [
    "en",
    page(
      "Muong Tip: a conference, then a training on rice",
      "9 October 2023",
      "On 8 October, the Muong Tip Commune People's Committee held a conference to launch a rice seed model.",
      "In the afternoon, the Ky Son District Agricultural Extension Station held a training on seed selection for local farmers.",
      "The lessons covered drying and storing seed.",
      "In the end, 65 trainees passed the final test.",
    ),
    { 65: ["TRAINING"] },
  ],
  [
    "vi",
    page(
      "Hữu Kiệm: tập huấn rồi tổng kết mô hình nuôi ong",
      "Thứ Sáu, 13/10/2023",
      "Ngày 10/10, Hội Nông dân xã Hữu Kiệm mở lớp tập huấn nuôi ong lấy mật.",
      "Ngày 12/10, UBND xã Hữu Kiệm tổ chức hội nghị tổng kết mô hình nuôi ong.",
      "Đã có 40 học viên được cấp chứng chỉ.",
    ),
    { 40: ["TRAINING"] },
  ],
  [
    "en",
    page(
      "Huu Kiem: a course, then a review meeting on bees",
      "13 October 2023",
      "On 10 October, the Huu Kiem Commune Farmers' Union held a training on bee-keeping.",
      "On 12 October, the Huu Kiem Commune People's Committee held a conference to review the bee-keeping model.",
      "Some 36 learners received certificates.",
    ),
    { 36: ["TRAINING"] },
  ],
  [
    "vi",
    page(
      "Mường Típ: hội thảo và tập huấn trồng quế",
      "Thứ Sáu, 13/10/2023",
      "Ngày 11/10, UBND huyện Kỳ Sơn tổ chức hội thảo về trồng quế tại xã Mường Típ.",
      "Ngày 12/10, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn kỹ thuật trồng quế tại xã Mường Típ.",
      "Nông dân được thực hành ươm cây con.",
      "Có 55 học viên hoàn thành chương trình.",
    ),
    { 55: ["TRAINING"] },
  ],
  [
    "en",
    page(
      "Muong Tip: a workshop and a course on cinnamon",
      "13 October 2023",
      "On 11 October, the Ky Son District People's Committee held a workshop on cinnamon growing in Muong Tip commune.",
      "On 12 October, the Ky Son District Agricultural Extension Station opened a training on cinnamon seedlings in Muong Tip commune.",
      "Farmers practised grafting.",
      "About 48 trainees completed it.",
    ),
    { 48: ["TRAINING"] },
  ],
];

/** (2) Look-alikes: delegates stay on the meeting, learners a meeting's own sentence counts stay on it, and with no training nothing moves. */
const GATHERED_LOOKALIKES: readonly Case[] = [
  [
    "vi",
    page(
      "Bảo Nam: hội nghị và tập huấn về nuôi gà",
      "Thứ Ba, 10/10/2023",
      "Ngày 8/10, UBND xã Bảo Nam tổ chức hội nghị triển khai mô hình nuôi gà thả vườn.",
      "Ngày 9/10, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn kỹ thuật nuôi gà cho nông dân trong xã.",
      "Hội nghị triển khai có 70 đại biểu tham dự.",
    ),
    { 70: ["CONFERENCE"] },
  ],
  [
    "en",
    page(
      "Bao Nam: a conference and a course on chickens",
      "10 October 2023",
      "On 8 October, the Bao Nam Commune People's Committee held a conference to review the free-range chicken model.",
      "On 9 October, the Ky Son District Agricultural Extension Station held a training on chicken care for local farmers.",
      "The conference heard from 12 learners of earlier courses.",
    ),
    { 12: ["CONFERENCE"] },
  ],
  [
    "vi",
    page(
      "Hội nghị tổng kết mô hình nuôi ong ở Hữu Kiệm",
      "Thứ Sáu, 13/10/2023",
      "Ngày 12/10, UBND xã Hữu Kiệm tổ chức hội nghị tổng kết mô hình nuôi ong.",
      "Mô hình được triển khai trong 3 năm.",
      "Có 20 học viên từng học nghề nuôi ong đã chia sẻ kinh nghiệm.",
    ),
    { 20: ["CONFERENCE"] },
  ],
];

/** (3) Another year's figures and a place's own standing go to no activity. */
const BACKGROUND: readonly Case[] = [
  [
    "vi",
    page(
      "Kỳ Sơn bàn giao gà giống cho hộ nghèo",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, Phòng Nông nghiệp huyện Kỳ Sơn bàn giao gà giống cho các hộ nghèo xã Mường Típ.",
      "Năm 2022, huyện đã hỗ trợ 500 con bò cho các hộ nghèo.",
      "Gà giống đã được tiêm phòng đầy đủ.",
    ),
    { 500: [] },
  ],
  [
    "en",
    page(
      "Goats for poor households in Huu Kiem",
      "20 November 2023",
      "On 18 November, the Ky Son District Farmers' Union handed over goats to poor households in Huu Kiem commune.",
      "In 2021, the province gave 300 cows to poor households.",
      "The goats were checked by a vet before the handover.",
    ),
    { 300: [] },
  ],
  [
    "vi",
    page(
      "Trao lợn giống cho hộ nghèo Bảo Nam",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, UBND xã Bảo Nam trao lợn giống cho các hộ nghèo của xã.",
      "Toàn huyện hiện có 1.200 hộ nghèo.",
      "Các hộ cam kết chăm sóc lợn đúng kỹ thuật.",
    ),
    { 1200: [] },
  ],
  [
    "en",
    page(
      "Ducks for poor households in Bao Nam",
      "20 November 2023",
      "On 18 November, the Bao Nam Commune People's Committee handed over ducklings to poor households.",
      "The district has 4,500 poor households.",
      "The ducklings were three weeks old.",
    ),
    { 4500: [] },
  ],
  [
    "vi",
    page(
      "Tập huấn nuôi ong cho nông dân Mường Típ",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn nuôi ong lấy mật tại xã Mường Típ.",
      "Trong năm 2021, 800 hộ của huyện đã thoát nghèo.",
      "Học viên được thực hành tách đàn ong.",
    ),
    { 800: [] },
  ],
  [
    "en",
    page(
      "Bee-keeping training in Muong Tip",
      "20 November 2023",
      "On 18 November, the Ky Son District Agricultural Extension Station opened a training on bee-keeping in Muong Tip commune.",
      "In 2019, more than 2,000 households in the district escaped poverty.",
      "Learners practised splitting hives.",
    ),
    { 2000: [] },
  ],
];

/** (3) Look-alikes: a year that holds the activity's own does not make a sentence background. */
const BACKGROUND_LOOKALIKES: readonly Case[] = [
  [
    "vi",
    page(
      "Trao bò giống cho hộ nghèo Hữu Kiệm",
      "Thứ Năm, 16/11/2023",
      "Sáng 15/11, Hội Liên hiệp Phụ nữ huyện Kỳ Sơn trao bò giống cho hộ nghèo xã Hữu Kiệm.",
      "Trong năm 2023, 30 hộ của xã được nhận bò giống.",
      "Các hộ cam kết trồng cỏ nuôi bò.",
    ),
    { 30: ["HANDOVER"] },
  ],
  [
    "en",
    page(
      "Cows for poor households in Huu Kiem",
      "16 November 2023",
      "On 15 November, the Ky Son District Women's Union handed over breeding cows to poor households in Huu Kiem commune.",
      "In November 2023, 45 households received cows.",
      "Each family pledged to grow grass.",
    ),
    { 45: ["HANDOVER"] },
  ],
  [
    "vi",
    page(
      "Lớp tập huấn nuôi bò tại Bảo Nam",
      "Thứ Hai, 20/11/2023",
      "Hội Nông dân huyện Kỳ Sơn mở lớp tập huấn nuôi bò tại xã Bảo Nam từ ngày 13 đến 17/11/2023.",
      "Năm 2023, lớp có 35 học viên.",
      "Học viên được thực hành ủ rơm.",
    ),
    { 35: ["TRAINING"] },
  ],
  [
    "vi",
    page(
      "Mường Típ trao dê giống cho hộ mới thoát nghèo",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, UBND xã Mường Típ tổ chức trao dê giống tại nhà văn hóa xã.",
      "Đợt này, xã hỗ trợ dê cho 40 hộ mới thoát nghèo từ năm 2021.",
      "Các hộ cam kết không bán dê trong hai năm đầu.",
    ),
    { 40: ["HANDOVER"] },
  ],
  [
    "en",
    page(
      "Piglets for Bao Nam families that left poverty",
      "20 November 2023",
      "On 18 November, the Bao Nam Commune People's Committee handed over piglets at the commune hall.",
      "This time, the commune gave piglets to 25 households that left poverty in 2020.",
      "Each family signed a pledge to vaccinate the pigs.",
    ),
    { 25: ["HANDOVER"] },
  ],
];

/** (4) So much per household: the handover's, not the program's or the body's named in the sentence before. */
const PER_HOUSEHOLD: readonly Case[] = [
  [
    "vi",
    page(
      "Trao gà giống cho hộ nghèo Mường Típ",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, UBND xã Mường Típ tổ chức trao gà giống cho các hộ nghèo.",
      "Kinh phí lấy từ Chương trình 135 của huyện Kỳ Sơn.",
      "Theo đó, mỗi hộ được nhận 100 con gà và 12 kg thức ăn.",
    ),
    { 12: ["HANDOVER"] },
  ],
  [
    "en",
    page(
      "Goats for poor households in Huu Kiem",
      "20 November 2023",
      "On 18 November, the Huu Kiem Commune People's Committee handed over goats to poor households.",
      "The goats were funded by the Program 135 of Ky Son district.",
      "Each household received two goats and 6 kg of mineral blocks.",
    ),
    { 6: ["HANDOVER"] },
  ],
  [
    "vi",
    page(
      "Bảo Nam nhận bò giống",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, Hội Nông dân xã Bảo Nam tổ chức trao bò giống cho hộ nghèo.",
      "Nguồn vốn do Chương trình 135 bố trí.",
      "Mỗi hộ còn được hỗ trợ 2 triệu đồng để làm chuồng.",
    ),
    { 2000000: ["HANDOVER"] },
  ],
  [
    "en",
    page(
      "Cows for Bao Nam",
      "20 November 2023",
      "On 18 November, the Bao Nam Commune Farmers' Union handed over breeding cows to poor households.",
      "The money came from the Program 135 of the district.",
      "Each household was also given 1,500,000 VND to build a shed.",
    ),
    { 1500000: ["HANDOVER"] },
  ],
  [
    "vi",
    page(
      "Trao lúa giống cho hộ nghèo Hữu Kiệm",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, UBND xã Hữu Kiệm bàn giao lúa giống cho các hộ nghèo.",
      "Giống lúa do Trung tâm Giống cây trồng tỉnh Nghệ An cung ứng.",
      "Mỗi hộ nhận từ 10 - 15 kg lúa giống.",
    ),
    { 15: ["HANDOVER"] },
  ],
  [
    "en",
    page(
      "Rice seed for Huu Kiem",
      "20 November 2023",
      "On 18 November, the Huu Kiem Commune People's Committee handed over rice seed to poor households.",
      "The seed came from the Nghe An Provincial Seed Centre.",
      "Every poor household received 20 kg of seed.",
    ),
    { 20: ["HANDOVER"] },
  ],
];

/** (4) Look-alikes: no handover in the article, or a household's income told as the project's aim. */
const PER_HOUSEHOLD_LOOKALIKES: readonly Case[] = [
  [
    "vi",
    page(
      "Tập huấn trồng ngô cho nông dân Bảo Nam",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, Trạm Khuyến nông huyện Kỳ Sơn mở lớp tập huấn trồng ngô tại xã Bảo Nam.",
      "Lớp học dành cho hội viên nông dân của xã.",
      "Mỗi hộ tham gia được hỗ trợ 3 kg ngô giống.",
    ),
    { 3: ["TRAINING"] },
  ],
  [
    "vi",
    page(
      "Trao dê giống cho hộ nghèo Mường Típ",
      "Thứ Hai, 20/11/2023",
      "Sáng 18/11, Dự án Sinh kế vùng cao bàn giao dê giống cho các hộ nghèo xã Mường Típ.",
      "Dự án đặt mục tiêu mỗi hộ có thu nhập 40 triệu đồng mỗi năm.",
      "Dê giống được kiểm dịch trước khi bàn giao.",
    ),
    { 40000000: ["Project"] },
  ],
  [
    "en",
    page(
      "Maize training in Bao Nam",
      "20 November 2023",
      "On 18 November, the Ky Son District Agricultural Extension Station opened a training on maize growing in Bao Nam commune.",
      "The class was open to members of the farmers' union.",
      "Each household taking part was given 4 kg of maize seed.",
    ),
    { 4: ["TRAINING"] },
  ],
];

const SUITE: readonly (readonly [string, readonly Case[]])[] = [
  ["a sentence points back at an activity", POINTING_BACK],
  ["look-alike: a body's own count, a sentence naming its event", POINTING_BACK_LOOKALIKES],
  ["learners are counted on the training", GATHERED],
  ["look-alike: delegates, a meeting's own learners, no training", GATHERED_LOOKALIKES],
  ["another year's figures, a place's own standing", BACKGROUND],
  ["look-alike: a sentence of the activity's own year", BACKGROUND_LOOKALIKES],
  ["so much per household, at the handover", PER_HOUSEHOLD],
  ["look-alike: no handover, or the project's aim", PER_HOUSEHOLD_LOOKALIKES],
];

describe.each(SUITE)("%s", (_, cases) => {
  it.each(cases.map((c) => [c[1].split("\n")[0], c] as const))("%s", (_title, [lang, article, want]) => {
    for (const [value, kinds] of Object.entries(want)) expect([value, holders(article, lang, Number(value))]).toEqual([value, [...kinds].sort()]);
  });
});
