/**
 * Vietnamese official writing gives dates in words ("ngày 16 tháng 5 năm 2025") as often as in
 * figures ("16/5/2025"). findDates reads the word form of every date and range it reads in figures,
 * with the span of the words as written. Sentences in our own words.
 */
import { findDates } from "../../src/ingest/ingest.dates";

/** The dates of a sentence as "from..to", and the words each came from. */
function datesOf(text: string, refYear = 2025): string[] {
  return findDates(text, text.length, refYear).map((d) => `${d.from}..${d.to} "${text.slice(d.start, d.end)}"`);
}

describe("dates written in words read as their figures do", () => {
  it.each([
    ["Từ ngày 13 đến ngày 16 tháng 5 năm 2025, Trạm Khuyến nông mở lớp tập huấn.", '2025-05-13..2025-05-16 "Từ ngày 13 đến ngày 16 tháng 5 năm 2025"'],
    ["Lớp học diễn ra từ ngày 11 tháng 4 đến ngày 15 tháng 4 năm 2017 tại xã.", '2017-04-11..2017-04-15 "từ ngày 11 tháng 4 đến ngày 15 tháng 4 năm 2017"'],
    ["Trong hai ngày 3 và 4 tháng 3 năm 2024, đoàn đã làm việc tại huyện.", '2024-03-03..2024-03-04 "Trong hai ngày 3 và 4 tháng 3 năm 2024"'],
    ["Hội nghị diễn ra ngày 11-12 tháng 3 năm 2024 tại thành phố.", '2024-03-11..2024-03-12 "ngày 11-12 tháng 3 năm 2024"'],
    ["Chuyến đi kéo dài từ ngày 28 tháng 11 đến ngày 2 tháng 12 năm 2023.", '2023-11-28..2023-12-02 "từ ngày 28 tháng 11 đến ngày 2 tháng 12 năm 2023"'],
    ["Dự án thực hiện từ tháng 3 năm 2022 đến tháng 5 năm 2024.", '2022-03..2024-05 "từ tháng 3 năm 2022 đến tháng 5 năm 2024"'],
    ["Từ ngày 5 đến ngày 7 tháng 6, hội đã tổ chức ba lớp.", '2025-06-05..2025-06-07 "Từ ngày 5 đến ngày 7 tháng 6"'],
    ["Sáng ngày 9 tháng 10 năm 2023, UBND xã trao bò giống.", '2023-10-09..2023-10-09 "ngày 9 tháng 10 năm 2023"'],
    ["Chiều mùng 5 tháng 3, hội phụ nữ trao vốn.", '2025-03-05..2025-03-05 "Chiều mùng 5 tháng 3"'],
  ])("%s", (text, expected) => {
    expect(datesOf(text)).toEqual([expected]);
  });

  it.each(["Sau 12 tháng 3 hộ đã thoát nghèo.", "Trong 6 tháng 2 lớp học được mở thêm.", "Mỗi năm nuôi 2 lứa, mỗi lứa 4 tháng 5 ngày."])(
    "no date in a count of months: %s",
    (text) => {
      expect(datesOf(text)).toEqual([]);
    },
  );
});
