import { parsePartialDate } from "../../src/common/dates";
import { BadInputError } from "../../src/common/errors";
import { assertId, echo } from "../../src/common/ids";
import { MAX_WORD_LENGTH, toDateRange, toSearchWords } from "../../src/common/input";
import { inKeyOrder } from "../../src/common/loaders";
import { decodeCursor, encodeCursor, toConnection, toPageRequest } from "../../src/common/pagination";
import { MAX_EQUALS_LENGTH, listFilterWithEquals } from "../../src/entities/entity.filter";
import { foldDiacritics, slugify } from "../../src/common/text";
import { DatePrecision } from "../../src/graph/graph.enums";
import { statementParams } from "../../src/graph/graph.statement";

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

describe("hostile input (found by fuzzing, see scripts/fuzz.generator.ts)", () => {
  const b64 = (json: string): string => Buffer.from(json, "utf8").toString("base64url");

  it("decodeCursor refuses anything but a flat array of bounded scalars of the right length", () => {
    for (const json of [
      "[1e21]",
      "[1e400]",
      "[9007199254740993]",
      "[NaN]",
      "[[]]",
      "[{}]",
      "[true]",
      `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
      '{"0":1,"length":1}',
      '"org:dwc"',
      "null",
      JSON.stringify(["x".repeat(2_001)]),
    ]) {
      expect(() => decodeCursor(b64(json), 1)).toThrow(BadInputError);
    }
    for (const cursor of ["!!!***", "%00", "a b", "A".repeat(8_193), `${b64("[1]")}!`]) {
      expect(() => decodeCursor(cursor, 1)).toThrow(BadInputError);
    }
    expect(() => decodeCursor(b64('["a","b","c"]'), 2)).toThrow(BadInputError);
    expect(decodeCursor(b64('["Lai Châu", null]'), 2)).toEqual(["Lai Châu", null]);
    expect(decodeCursor(b64("[-1.5]"), 1)).toEqual([-1.5]);
  });

  it("decodeCursor checks each part's kind when given a shape", () => {
    expect(decodeCursor(encodeCursor([40]), ["integer"])).toEqual([40]);
    for (const key of [[-1], [1.5], ["1"], [null], [2 ** 53]]) {
      expect(() => decodeCursor(encodeCursor(key), ["integer"])).toThrow(BadInputError);
    }
    expect(() => decodeCursor(encodeCursor([1, "org:dwc"]), ["string", "string"])).toThrow(BadInputError);
    expect(toPageRequest({ first: 5, after: encodeCursor([3]) }, 100, ["integer"])).toEqual({ first: 5, after: [3] });
  });

  it("a real cursor of a long name still round-trips", () => {
    const key = ["Trung tâm hỗ trợ phát triển vì phụ nữ và trẻ em (DWC) Hà Nội ".repeat(8), `org:${"a".repeat(190)}`];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it("toSearchWords bounds the text, the words and their length", () => {
    expect(toSearchWords('Nuôi ong *?~"( mật', "text")).toEqual(["nuoi", "ong", "mat"]);
    expect(toSearchWords("a".repeat(MAX_WORD_LENGTH), "text")).toEqual(["a".repeat(MAX_WORD_LENGTH)]);
    expect(() => toSearchWords("a".repeat(MAX_WORD_LENGTH + 1), "text")).toThrow(BadInputError);
    expect(() => toSearchWords("a".repeat(1_001), "text")).toThrow(/at most 500 characters/);
    expect(() => toSearchWords(Array.from({ length: 12 }, () => "x".repeat(30_000)).join(" "), "text")).toThrow(BadInputError);
    expect(() => toSearchWords("ong ".repeat(13), "text")).toThrow(/at most 12 words/);
    expect(() => toSearchWords("\u0000 🐝 *?~", "text")).toThrow(/letters or digits/);
    // Combining marks are folded away; the word that is left must still be short enough.
    expect(() => toSearchWords(`${"a\u0301".repeat(60)}`, "text")).toThrow(BadInputError);
    expect(() => toSearchWords("\u0301".repeat(400), "text")).toThrow(/letters or digits/);
    try {
      toSearchWords("x".repeat(2_000), "filter.text");
    } catch (err) {
      expect((err as BadInputError).extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.text" });
    }
  });

  it("toDateRange keeps calendar dates only", () => {
    expect(toDateRange("2024-03-11", "2024-12-31", "filter")).toEqual({ from: "2024-03-11", to: "2024-12-31" });
    expect(toDateRange("0000-02-29", null, "filter")).toEqual({ from: "0000-02-29" });
    for (const bad of ["NaN", "2024-02-30", "2024-13-01", "2024-00-10", "2024", "+275760-09-13", "2024-01-01T00:00:00Z", "１２３４-05-06", "", 20240101]) {
      expect(() => toDateRange(bad, null, "filter")).toThrow(BadInputError);
    }
    expect(() => toDateRange("2024-02-01", "2024-01-01", "filter")).toThrow(/must not be after/);
  });

  it("parsePartialDate reads years 0–99 as themselves", () => {
    expect(parsePartialDate("0004-02-29", "start")).toEqual({ date: "0004-02-29", precision: DatePrecision.DAY });
    expect(parsePartialDate("0099-02", "end")).toEqual({ date: "0099-02-28", precision: DatePrecision.MONTH });
    expect(parsePartialDate("2024-01-00", "start")).toBeNull();
    expect(parsePartialDate(`2024-01-01${"x".repeat(40_000)}`, "start")).toBeNull();
  });

  it("assertId refuses odd characters and echoes them escaped and short", () => {
    for (const bad of ["", "org:", "ORG:DWC", "org:dwc\u0000", "org:dwc ", "org:dwc#", "vn::x", "🙂:x", "org:ä", "org:dwc\nx", `org:${"a".repeat(197)}`]) {
      expect(() => assertId(bad)).toThrow(BadInputError);
    }
    expect(() => assertId("org:a\u0000b")).toThrow(/org:a\\u0000b/);
    expect(() => assertId(`org:${"a".repeat(40_000)}`)).toThrow(/^`id` "org:a{56}…" is not a valid id/);
    expect(echo("🐝".repeat(3), 2)).toBe("🐝🐝…");
    expect(echo("\ud800x")).toBe("\\ud800x");
  });

  it("equality filters refuse over-long values", () => {
    expect(listFilterWithEquals({ code: "03637" } as Record<string, string>, ["code"]).equals).toEqual({ code: "03637" });
    expect(() => listFilterWithEquals({ code: "0".repeat(MAX_EQUALS_LENGTH + 1) } as Record<string, string>, ["code"])).toThrow(BadInputError);
  });
});

describe("inKeyOrder", () => {
  it("answers in the keys' order, shaped, with none for a key no row came back for", () => {
    const rows = [
      { id: "b", items: [2, 3] },
      { id: "a", items: [1] },
    ];
    expect(inKeyOrder(["a", "c", "b", "a"], rows, (n) => n * 10)).toEqual([[10], [], [20, 30], [10]]);
  });
});

describe("statementParams", () => {
  it("records each value under its name and puts only `$name` in the text", () => {
    const { params, param } = statementParams();
    expect(`n.id = ${param("id", "place:x")} AND n.year > ${param("from", 2020)}`).toBe("n.id = $id AND n.year > $from");
    expect(params).toEqual({ id: "place:x", from: 2020 });
  });
});
