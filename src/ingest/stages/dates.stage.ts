/**
 * Stage 2, dates: when the article was written (its date line, else its first full date, else
 * the latest year it states) and every date it gives, days and months completed with that year.
 * Also decides the date the places are named at: a year alone does not say which naming a 2025
 * article uses (the units changed on 1 July 2025).
 */
import { type DateMention, findDates, publishedDate } from "../ingest.dates";
import type { ArticleDraft } from "../ingest.draft";

/** "đến năm 2030", "until 2025": a target, not a date the article is about. */
const isTarget = (text: string, d: DateMention, reach: number): boolean => /(đến|tới|until|by)\s*(năm\s*)?$/iu.test(text.slice(Math.max(0, d.start - reach), d.start));

export function readDates(d: ArticleDraft): ArticleDraft {
  const { text, doc } = d;
  const published = d.options.published ?? publishedDate(text);
  const firstDates = findDates(text, doc.bodyEnd);
  const latestDay = firstDates
    .filter((x) => x.from.length === 10)
    .map((x) => x.from)
    .sort()
    .at(-1);
  // without a date line, the latest year the article gives (a period's end, not a target: "giai đoạn 2016-2022" → 2022);
  // "từ tháng 3 đến tháng 12/2025" is a period's end
  const latestStated = firstDates
    .filter((x) => !(isTarget(text, x, 14) && !/(từ|from)\s[^.;\n]{0,30}$/iu.test(text.slice(Math.max(0, x.start - 40), x.start))))
    .map((x) => x.to.slice(0, 4))
    .sort()
    .at(-1);
  const yearOfText = Number((published ?? latestDay ?? latestStated ?? "").slice(0, 4)) || undefined;
  // (events2) the date line's month too, for a month said as past ("last October", "tháng 10 vừa qua")
  const dates = findDates(text, doc.bodyEnd, yearOfText, published && published.startsWith(String(yearOfText)) ? Number(published.slice(5, 7)) || undefined : undefined, published);
  // the article's own date: its publication, else the first full date it gives that is not a document's
  const documentDate = (x: DateMention): boolean => /\d+\s*\/\s*[\p{L}\d-]+[^.;\n]{0,20}$/u.test(text.slice(Math.max(0, x.start - 40), x.start));
  const firstDay = dates.find((x) => x.from.length === 10 && !documentDate(x) && !isTarget(text, x, 12));
  const latestYear = dates
    .filter((x) => !x.period && !isTarget(text, x, 12) && !documentDate(x))
    .map((x) => x.from.slice(0, 4))
    .sort()
    .at(-1);
  const refDate = published ?? firstDay?.from ?? (latestYear ? `${latestYear}-01-01` : undefined);
  const placesDate = refDate && !published && !firstDay && refDate.startsWith("2025") ? undefined : refDate;
  return { ...d, published, dates, refDate, refYear: refDate ? Number(refDate.slice(0, 4)) : undefined, placesDate };
}
