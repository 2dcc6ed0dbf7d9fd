import { parsePartialDate } from "../../src/common/dates";
import { BadInputError } from "../../src/common/errors";
import { assertId } from "../../src/common/ids";
import { decodeCursor, encodeCursor, toConnection, toPageRequest } from "../../src/common/pagination";
import { foldDiacritics, slugify } from "../../src/common/text";
import { DatePrecision } from "../../src/graph/graph.model";

describe("foldDiacritics", () => {
  it("folds Vietnamese to plain lower-case ASCII, đ included", () => {
    expect(foldDiacritics("Nuôi ong mật")).toBe("nuoi ong mat");
    expect(foldDiacritics("Đắk Lắk")).toBe("dak lak");
    expect(foldDiacritics("Thẩm Phé, bản Hàng")).toBe("tham phe, ban hang");
    expect(slugify("Huyện Than Uyên")).toBe("huyen-than-uyen");
  });
});

describe("parsePartialDate", () => {
  it("stores a period's start as its first day and its end as its last", () => {
    expect(parsePartialDate("2021-11", "start")).toEqual({ date: "2021-11-01", precision: DatePrecision.MONTH });
    expect(parsePartialDate("2024-04", "end")).toEqual({ date: "2024-04-30", precision: DatePrecision.MONTH });
    expect(parsePartialDate("2024-02", "end")).toEqual({ date: "2024-02-29", precision: DatePrecision.MONTH });
    expect(parsePartialDate("2030", "end")).toEqual({ date: "2030-12-31", precision: DatePrecision.YEAR });
    expect(parsePartialDate("2024-03-11", "start")).toEqual({ date: "2024-03-11", precision: DatePrecision.DAY });
  });

  it("rejects impossible dates", () => {
    expect(parsePartialDate("2023-02-29", "start")).toBeNull();
    expect(parsePartialDate("2023-13", "start")).toBeNull();
    expect(parsePartialDate("18.9.2023", "start")).toBeNull();
  });
});

describe("assertId", () => {
  it("accepts graph ids and rejects anything else as bad input", () => {
    expect(assertId("vn:lai-chau:than-uyen:muong-kim")).toBe("vn:lai-chau:than-uyen:muong-kim");
    expect(() => assertId("Mường Kim")).toThrow(BadInputError);
    expect(() => assertId("org:x' OR 1=1")).toThrow(BadInputError);
    expect(() => assertId(`org:${"a".repeat(300)}`)).toThrow(BadInputError);
  });
});

describe("pagination", () => {
  it("round-trips cursors and refuses foreign ones", () => {
    expect(decodeCursor(encodeCursor(["Mường Kim", "vn:x"]), 2)).toEqual(["Mường Kim", "vn:x"]);
    expect(() => decodeCursor("bm9wZQ", 2)).toThrow(BadInputError);
    expect(() => decodeCursor(encodeCursor([1]), 2)).toThrow(BadInputError);
  });

  it("bounds the page size", () => {
    expect(() => toPageRequest({ first: 0 }, 100, 2)).toThrow(BadInputError);
    expect(() => toPageRequest({ first: 101 }, 100, 2)).toThrow(BadInputError);
    expect(toPageRequest({ first: 100 }, 100, 2)).toEqual({ first: 100, after: null });
  });

  it("uses the extra row only to tell that a next page exists, and counts lazily", async () => {
    let counted = 0;
    const count = async (): Promise<number> => {
      counted += 1;
      return 3;
    };
    const page = toConnection([{ k: "a" }, { k: "b" }, { k: "c" }], { first: 2, after: null }, (r) => [r.k], count);
    expect(page.nodes).toEqual([{ k: "a" }, { k: "b" }]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, endCursor: encodeCursor(["b"]) });
    expect(counted).toBe(0);
    await expect(page.totalCount).resolves.toBe(3);
    await expect(page.totalCount).resolves.toBe(3);
    expect(counted).toBe(1);
  });
});
