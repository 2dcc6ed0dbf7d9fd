/**
 * The event rules for articles the rules were not written for (issue 18): events without a verb
 * of holding, their types, their dates (ranges, series, the article's date as a fallback). Every
 * sentence here was written for the test; a four-place gazetteer.
 */
import { EventType, Role } from "../../src/graph/graph.enums";
import { Label, RelType } from "../../src/graph/graph.model";
import { buildKnowledge, type Knowledge } from "../../src/ingest/ingest.corpus";
import { findDates, publishedDate } from "../../src/ingest/ingest.dates";
import type { ArticleDraft } from "../../src/ingest/ingest.draft";
import { indexCorpus } from "../../src/ingest/ingest.match";
import { readDates } from "../../src/ingest/stages/dates.stage";
import { draftEvents } from "../../src/ingest/stages/events.stage";
import { matchMentions } from "../../src/ingest/stages/matching.stage";
import { readMentions } from "../../src/ingest/stages/mentions.stage";
import { readPlaces } from "../../src/ingest/stages/places.stage";
import { relateMentions } from "../../src/ingest/stages/relationships.stage";
import { readArticle } from "../../src/ingest/stages/text.stage";
import { KY_SON_COMMUNES, testGazetteer } from "../helpers/ingest-gazetteer";

const knowledge: Knowledge = buildKnowledge([testGazetteer([KY_SON_COMMUNES.huuKiem, KY_SON_COMMUNES.baoNam])]);
const index = indexCorpus(knowledge);

const draft = (text: string, lang: "vi" | "en"): ArticleDraft =>
  [readDates, readPlaces, readMentions, matchMentions, draftEvents].reduce((d, s) => s(d), readArticle(text, { file: "t.txt", number: 9, lang }, knowledge, index));
const eventsOf = (text: string, lang: "vi" | "en" = "vi"): [string, unknown, unknown][] =>
  draft(text, lang)
    .events.map((x): [string, unknown, unknown] => [x.type, x.draft.props.startDate, x.draft.props.endDate])
    .sort((a, b) => `${String(a[1])}${a[0]}`.localeCompare(`${String(b[1])}${b[0]}`));

describe("ingest events: an event the article speaks of without a verb of holding", () => {
  it("drafts the only event an article names, undated when the article gives no date", () => {
    expect(eventsOf("Rice farmers of Ky Son\n\nThe best part of the week was a visit to a rice cooperative in Bao Nam commune.", "en")).toEqual([
      [EventType.FIELD_VISIT, undefined, undefined],
    ]);
  });

  it("reads households that were trained as a training held", () => {
    const text = "Tin\n\nSáng 5/3/2024, Hội Nông dân xã Hữu Kiệm trao tặng 20 con bò giống cho hộ nghèo. Các hộ nhận bò còn được tập huấn cách làm chuồng và trồng cỏ.";
    expect(eventsOf(text).map(([type]) => type)).toEqual(expect.arrayContaining([EventType.HANDOVER, EventType.TRAINING]));
  });

  it("reads counted people who received something on stated days as a handover over those days", () => {
    const text = "News\n\nOn 2 November 2016 the donors visited Bao Nam commune. From 2 to 3 November 2016, 120 households in the commune received seed vouchers.";
    expect(eventsOf(text, "en")).toEqual([
      [EventType.FIELD_VISIT, "2016-11-02", "2016-11-02"],
      [EventType.HANDOVER, "2016-11-02", "2016-11-03"],
    ]);
  });

  it("does not read 'the distribution site' as a handover", () => {
    expect(eventsOf("News\n\nOn 2 November 2016 the donors visited the distribution site in Bao Nam commune.", "en")).toEqual([
      [EventType.FIELD_VISIT, "2016-11-02", "2016-11-02"],
    ]);
  });
});

describe("ingest events: types", () => {
  it("types a visit of people who came to learn as a study tour, a monitoring visit stays a field visit", () => {
    expect(eventsOf("A learning journey to Ky Son\n\nThe second day ended with a visit to a rice cooperative in Bao Nam commune.", "en")[0][0]).toBe(EventType.STUDY_TOUR);
    expect(eventsOf("A monitoring mission to Ky Son\n\nThe second day ended with a visit to a learning centre in Bao Nam commune.", "en")[0][0]).toBe(EventType.FIELD_VISIT);
  });

  it("types a meeting that reviews a period as a conference, whatever its head word; a closing workshop stays a workshop", () => {
    expect(eventsOf("Tin\n\nChiều 6/7/2022, tại huyện Kỳ Sơn, UBND huyện tổ chức hội thảo tổng kết dự án giai đoạn 2018-2022.")).toEqual([
      [EventType.CONFERENCE, "2022-07-06", "2022-07-06"],
    ]);
    expect(eventsOf("News\n\nOn December 26, 2019 the partners held a summation workshop in Ky Son district.", "en")).toEqual([[EventType.CONFERENCE, "2019-12-26", "2019-12-26"]]);
    expect(eventsOf("News\n\nOn December 26, 2019 the partners held a closing workshop in Ky Son district.", "en")).toEqual([[EventType.WORKSHOP, "2019-12-26", "2019-12-26"]]);
  });
});

describe("ingest events: dates", () => {
  it("folds a headline's event dated by its year into the body's event of that day", () => {
    const text =
      "HỘI NGHỊ TẬP HUẤN CÁN BỘ GIẢM NGHÈO XÃ HỮU KIỆM NĂM 2025\n\nNgày 04/11/2025, UBND xã Hữu Kiệm tổ chức Hội nghị tập huấn về cách rà soát hộ nghèo cho cán bộ thôn.";
    expect(eventsOf(text)).toEqual([[EventType.TRAINING, "2025-11-04", "2025-11-04"]]);
  });

  it("reads a day and month in parentheses after a place, with the article's year", () => {
    const text = "tại xã Bảo Nam (16/5) và xã Hữu Kiệm (13-5)";
    expect(findDates(text, text.length, 2025).map((x) => x.from)).toEqual(["2025-05-16", "2025-05-13"]);
  });

  it("splits a series over a range into one event per place and day, each part of the series and at its place", () => {
    const text = "Tin\n\nTừ ngày 13 đến 16/5/2025, Hội Nông dân tỉnh Nghệ An tổ chức tập huấn nuôi gà cho hộ nghèo tại xã Hữu Kiệm (13/5) và xã Bảo Nam (16/5).";
    const d = draft(text, "vi");
    expect(d.events.map((x) => [x.type, x.draft.props.startDate, x.draft.props.endDate])).toEqual([
      [EventType.TRAINING, "2025-05-13", "2025-05-16"],
      [EventType.TRAINING, "2025-05-13", "2025-05-13"],
      [EventType.TRAINING, "2025-05-16", "2025-05-16"],
    ]);
    const [series, first, second] = d.events.map((x) => x.draft.id);
    const rels = [...d.rels.values()].map((r) => [r.from, r.type, r.to]);
    expect(rels).toEqual(
      expect.arrayContaining([
        [first, RelType.PART_OF, series],
        [second, RelType.PART_OF, series],
        [first, RelType.LOCATED_IN, "vn:nghe-an:ky-son:huu-kiem"],
        [second, RelType.LOCATED_IN, "vn:nghe-an:ky-son:bao-nam"],
      ]),
    );
    expect(d.entities.get(first)?.kind).toBe(Label.Event);
  });

  it("dates an event with no date of its own by the day that opens the article", () => {
    const text =
      "Hỗ trợ gà giống cho hộ nghèo Kỳ Sơn\n\nSáng 11/12/2020, huyện Kỳ Sơn triển khai dự án hỗ trợ sinh kế cho hộ nghèo.\n\nTrao 600 con gà giống cho hộ nghèo xã Hữu Kiệm.";
    expect(eventsOf(text)).toEqual([[EventType.HANDOVER, "2020-12-11", "2020-12-11"]]);
  });

  it("dates an event with no date of its own by the month of the article's date line", () => {
    expect(publishedDate("Some title\n\nPosted at July 5, 2015 by the field team")).toBe("2015-07-05");
    const text = "Farmers learn from farmers\n\nPosted at July 5, 2015 by the field team\n\nThe most useful part of the trip was a visit to a cooperative in Bao Nam commune.";
    expect(eventsOf(text, "en")).toEqual([[EventType.STUDY_TOUR, "2015-07", "2015-07"]]);
  });

  it("dates an event with no date of its own by the only year the article is dated by, and leaves it undated without one", () => {
    const dated = "Officials trained\n\nIn 2025, Ky Son district carries out its poverty programme. Commune officials of Ky Son district took part in two training courses.";
    expect(eventsOf(dated, "en")).toEqual([[EventType.TRAINING, "2025", "2025"]]);
    const undated = "Officials trained\n\nKy Son district carries out its poverty programme. Commune officials of Ky Son district took part in two training courses.";
    expect(eventsOf(undated, "en")).toEqual([[EventType.TRAINING, undefined, undefined]]);
  });
});

describe("ingest events: who organized it", () => {
  it("does not take a funder named in its own clause, nor the body that owns the organizer, for an organizer", () => {
    const text =
      "Tin\n\nTrong khuôn khổ dự án do Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ, ngày 21/8/2025, Ban Quản lý dự án của Sở Nông nghiệp tỉnh Nghệ An, " +
      "Hội Nông dân tỉnh Nghệ An cùng Văn phòng Plan tại Nghệ An đã tổ chức lễ khởi động tại xã Hữu Kiệm.";
    const d = relateMentions(draft(text, "vi"));
    const name = (id: string): string => d.entities.get(id)?.name ?? id;
    const parts = [...d.rels.values()].filter((r) => r.type === RelType.INVOLVED_IN).map((r) => [name(r.from), r.role]);
    expect(parts).toEqual(
      expect.arrayContaining([
        ["Ban Quản lý dự án", Role.ORGANIZER],
        ["Hội Nông dân tỉnh Nghệ An", Role.CO_ORGANIZER],
      ]),
    );
    expect(parts.filter(([n, role]) => (role === Role.ORGANIZER || role === Role.CO_ORGANIZER) && /KOICA|Hàn Quốc|Sở Nông nghiệp/u.test(String(n)))).toEqual([]);
  });
});

describe("ingest events: who was visited", () => {
  it("drafts the body a visit goes to as its host, not the visitors", () => {
    const text = "Tin\n\nNgày 5/3/2024, cán bộ Hội Nông dân tỉnh Nghệ An đến thăm và làm việc với UBND xã Hữu Kiệm về mô hình nuôi gà.";
    const d = relateMentions(draft(text, "vi"));
    const name = (id: string): string => d.entities.get(id)?.name ?? id;
    const hosts = [...d.rels.values()].filter((r) => r.type === RelType.INVOLVED_IN && r.role === Role.HOST).map((r) => name(r.from));
    expect(d.events.map((x) => x.type)).toEqual([EventType.FIELD_VISIT]);
    expect(hosts).toEqual(["UBND xã Hữu Kiệm"]);
  });
});

describe("ingest events: verbs the event heads do not list", () => {
  it("drafts a visit, a handover of gifts and an opening from a dated sentence", () => {
    expect(eventsOf("Tin\n\nSáng 3/4/2024, lãnh đạo huyện Kỳ Sơn làm việc với xã Hữu Kiệm về tiến độ dự án.")).toEqual([[EventType.FIELD_VISIT, "2024-04-03", "2024-04-03"]]);
    expect(eventsOf("Tin\n\nNgày 9/2/2024, Hội Nông dân xã Hữu Kiệm tặng 50 suất quà cho hộ nghèo.")).toEqual([[EventType.HANDOVER, "2024-02-09", "2024-02-09"]]);
    expect(eventsOf("News\n\nOn 12 March 2024 the district kicked off its new rice programme in Bao Nam commune.", "en")).toEqual([[EventType.LAUNCH, "2024-03-12", "2024-03-12"]]);
  });

  it("does not draft them from a sentence without a date", () => {
    expect(eventsOf("Tin\n\nLãnh đạo huyện Kỳ Sơn thường xuyên làm việc với xã Hữu Kiệm về tiến độ dự án. Bài viết nói về nông thôn mới.")).toEqual([]);
  });
});
