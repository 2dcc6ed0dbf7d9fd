/**
 * A deterministic fuzzer of GraphQL requests, derived from the schema: random root Query fields
 * with selection sets built from the real types (bounded depth, small pages, fragments and
 * inline fragments on interfaces and unions), arguments that are valid (seed ids, real enum
 * values), wrong-typed or hostile (huge strings, Lucene syntax, null bytes, huge numbers,
 * forged cursors), as literals or as variables; plus malformed requests (syntax errors, unknown
 * fields, bad JSON bodies, wrong `variables`/`operationName`…).
 *
 * Request `i` of seed `s` depends on (s, i) only: `generateRequest(schema, s, i)` rebuilds any
 * case printed on failure. Used by scripts/fuzz.ts (against a running server) and by
 * test/integration/fuzz.int.test.ts (against the in-process HTTP app); compiles in both builds,
 * so it imports nothing but graphql and Node.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

// ---------------------------------------------------------------------------------------------
// Seeded PRNG

/** sfc32, seeded through splitmix32 from (seed, index): small, fast, reproducible everywhere. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    let s = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca77) ^ 0x6d2b79f5) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** Up to `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.float() * copy.length), 1)[0]);
    return out;
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.float() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1][0];
  }
}

// ---------------------------------------------------------------------------------------------
// Corpus: real values from seeds/, and hostile ones

const IDS: Record<string, string[]> = {
  org: [
    "org:dwc",
    "org:inkota",
    "org:plan-international",
    "org:plan-international-lai-chau",
    "org:hanoi-womens-union",
    "org:molisa",
    "org:ninh-thuan-delegation-2024",
    "org:dolisa-bac-ninh",
  ],
  model: ["model:watermelon", "model:chicken-raising", "model:native-black-chicken", "model:beekeeping", "model:clean-tea", "model:mulberry-silkworm", "model:labour-export"],
  program: ["program:ocop", "program:ntp-sustainable-poverty-reduction-2021-2025", "program:ntp-new-rural-development"],
  project: ["project:hanoi-project-8-2024", "project:inkota-dwc-community-subprojects-than-uyen", "project:plan-youth-economic-empowerment-lai-chau"],
  place: ["vn:lai-chau", "vn:lai-chau:than-uyen", "vn:lai-chau:than-uyen:muong-kim:hang", "vn:ha-noi", "vn:ha-noi:ba-vi", "vn:bac-ninh", "vn:ninh-thuan", "vn:gia-lai:chu-se"],
  person: ["person:dang-van-cuong", "person:nguyen-thi-van-ulsa", "person:ngoc-thanh-reporter"],
  event: [
    "event:2023-10-04-bac-ninh-poverty-model-replication-conference",
    "event:2024-03-11-ninh-thuan-central-highlands-study-tour",
    "event:2024-01-31-plan-lai-chau-ppp-conference",
  ],
  intervention: ["intervention:than-uyen-watermelon-hang", "intervention:plan-lai-chau-beekeeping", "intervention:chu-se-mulberry-silkworm"],
  document: ["doc:90-qd-ttg", "doc:257-kh-ubnd-ha-noi"],
  product: ["product:chuoi-say-ban-lang"],
  source: ["src:000", "src:001", "src:002", "src:003", "src:004"],
};
const ALL_IDS = Object.values(IDS).flat();

/** Which ids fit an argument or filter field, by its name. */
const ID_KIND: Record<string, string> = {
  organization: "org",
  model: "model",
  program: "program",
  project: "project",
  place: "place",
  within: "place",
  person: "person",
  event: "event",
  intervention: "intervention",
  document: "document",
  product: "product",
  source: "source",
};

const SEARCH_TEXTS = [
  "nuoi ong",
  "Nuôi ong mật",
  "dưa hấu",
  "watermelon",
  "DWC",
  "plan",
  "lai chau",
  "Than Uyên",
  "ocop",
  "chè sạch",
  "ga",
  "hội phụ nữ",
  "inkota",
  "bac ninh 2023",
];
const NAMES = ["Trung tâm hỗ trợ phát triển vì phụ nữ và trẻ em (DWC) Hà Nội", "Lai Châu", "Mường Kim", "A", "Z", "INKOTA", "Ớt"];
const DATES = ["2024-03-11", "2023-01-01", "2021-11-30", "2025-07-01", "2030-12-31", "1990-01-01"];
const CODES = ["03637", "12", "01", "0", "99999"];

/** Characters and strings that have broken text handling somewhere before. */
const ODD_STRINGS = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "ong\u0000mat",
  "\u0000".repeat(100),
  "🐝🍉🐔",
  "👩‍👩‍👧‍👦 nuôi ong",
  "a\u0301\u0302\u0303\u0304",
  "\u200b\u200c\u200d\ufeff",
  "\u202eevil",
  "\ud800",
  "x\udfffy",
  "ﬁ ß İ ǅ",
  "Ⅻ ① ²",
  "𝔑𝔲𝔬𝔦",
  "%s%n%x",
  "${process.exit()}",
  "__proto__",
  "constructor",
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "`; DROP",
  "\\",
  "\\u0000",
  "NaN",
  "Infinity",
  "-0",
  "1e21",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
];

/** Lucene query syntax, which must never reach the full-text index unescaped. */
const LUCENE = [
  "*",
  "?",
  "~",
  '"',
  "(",
  ")",
  '*?~"(',
  "ong*",
  "o?g",
  "ong~2",
  '"nuoi ong',
  "(ong OR mat",
  "+ong -mat",
  "ong AND",
  "NOT",
  "ong && mat || x",
  "name:ong",
  "/reg.*ex/",
  "[a TO z]",
  "{a TO z}",
  "ong^10",
  "\\*",
  "!!",
  ":",
  "ong:mat:",
  "^",
  "a:b:c:d",
];

function longWord(rng: Rng): string {
  const n = rng.pick([51, 200, 1001, 5_000, 30_000, 40_000]);
  return rng
    .pick(["a", "z", "ong", "ư", "🐝", "9"])
    .repeat(n)
    .slice(0, n * 2);
}

function manyWords(rng: Rng): string {
  const count = rng.pick([13, 50, 500, 5_000]);
  const word = rng.pick(["ong", "a", "nuôi", "x1", "*"]);
  return Array.from({ length: count }, () => word).join(" ");
}

/** A hostile free-text value: long, many words, odd characters, Lucene syntax, or a mix. */
function hostileText(rng: Rng): string {
  switch (rng.int(0, 8)) {
    case 0:
      return longWord(rng);
    case 1:
      return manyWords(rng);
    case 2:
      return rng.pick(ODD_STRINGS);
    case 3:
      return rng.pick(LUCENE);
    case 4:
      // twelve huge words: the Lucene TooManyClauses case (~360 kB)
      return Array.from({ length: 12 }, (_, i) => `${"ab"[i % 2]}${"x".repeat(rng.pick([1_000, 30_000]))}`).join(" ");
    case 5:
      return `${rng.pick(SEARCH_TEXTS)} ${rng.pick(LUCENE)} ${rng.pick(ODD_STRINGS)}`;
    case 6: {
      // random code points, surrogates and controls included
      const n = rng.pick([1, 5, 50, 2_000]);
      let s = "";
      for (let i = 0; i < n; i++) s += String.fromCharCode(rng.chance(0.2) ? rng.int(0, 0x1f) : rng.int(0x20, 0xffff));
      return s;
    }
    case 7:
      return rng.pick(["a", "ư ", "x y "]).repeat(rng.pick([10_000, 20_000]));
    default:
      return `${rng.pick(SEARCH_TEXTS)}${"\u0301".repeat(rng.pick([10, 5_000]))}`;
  }
}

function hostileId(rng: Rng): string {
  return rng.pick([
    () => "",
    () => "org:",
    () => "ORG:DWC",
    () => "org:dwc\u0000",
    () => "org:dwc ",
    () => " org:dwc",
    () => "org:dwc#",
    () => "org:dwc#x",
    () => "org:dwc'--",
    () => 'org:dwc"}) RETURN 1 //',
    () => "vn:lai-chau/../x",
    () => "vn:lai-chau:",
    () => "vn::x",
    () => "🙂:x",
    () => "org:ä",
    () => "org:dwc\nx",
    () => `org:${"a".repeat(196)}`,
    () => `org:${"a".repeat(rng.pick([197, 1_000, 40_000]))}`,
    () => `vn${":a".repeat(rng.pick([50, 5_000]))}`,
    () => "org:nope-not-there",
    () => "x:y",
    () => "1:2",
    () => rng.pick(ODD_STRINGS),
    () => hostileText(rng),
  ])();
}

function hostileDate(rng: Rng): string {
  return rng.pick([
    "NaN",
    "Invalid Date",
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-1-1",
    "0000-01-01",
    "0000-00-00",
    "9999-12-31",
    "-000001-01-01",
    "+275760-09-13",
    "275760-09-13",
    "2024-01-01T00:00:00Z",
    "2024-01-01 ",
    "2024-01-01\u0000",
    "20240101",
    "",
    "Infinity",
    "1e21",
    "2024",
    "2024-03",
    "１２３４-05-06",
    `2024-01-01${"x".repeat(40_000)}`,
  ]);
}

function b64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/** Cursors: real-looking keys and forged ones (base64url JSON of hostile arrays, non-base64…). */
function cursor(rng: Rng, hostile: boolean, keyLength: number): string {
  if (!hostile) {
    return keyLength === 1 ? b64url(JSON.stringify([rng.int(1, 40)])) : b64url(JSON.stringify([rng.pick(NAMES), rng.pick(ALL_IDS)]));
  }
  return rng.pick<() => string>([
    () => b64url("[1e21]"),
    () => b64url("[1e308]"),
    () => b64url("[1e400]"),
    () => b64url("[-1e400]"),
    () => b64url("[9007199254740993]"),
    () => b64url("[9223372036854775807]"),
    () => b64url("[9223372036854775808]"),
    () => b64url("[-1]"),
    () => b64url("[-0]"),
    () => b64url("[0]"),
    () => b64url("[1.5]"),
    () => b64url("[2147483648]"),
    () => b64url("[1e15]"),
    () => b64url('["x"]'),
    () => b64url('["1"]'),
    () => b64url("[null]"),
    () => b64url("[true]"),
    () => b64url("[{}]"),
    () => b64url("[[]]"),
    () => b64url(`${"[".repeat(5_000)}${"]".repeat(5_000)}`),
    () => b64url(`[${"[".repeat(5_000)}1${"]".repeat(5_000)}, "org:dwc"]`),
    () => b64url(`${"[".repeat(100_000)}`),
    () => b64url("[]"),
    () => b64url("[1,2,3]"),
    () => b64url('["a","b","c"]'),
    () => b64url('{"0":1,"length":1}'),
    () => b64url('"org:dwc"'),
    () => b64url("null"),
    () => b64url("42"),
    () => b64url("[NaN]"),
    () => b64url("[1e21, 1e21]"),
    () => b64url('[1e21, "org:dwc"]'),
    () => b64url('["Lai Châu", 1e21]'),
    () => b64url("[null, null]"),
    () => b64url("[true, false]"),
    () => b64url('[{"a":1}, ["x"]]'),
    () => b64url(JSON.stringify(["x".repeat(40_000), "org:dwc"])),
    () => b64url(JSON.stringify(["Lai Châu", "\u0000"])),
    () => b64url(JSON.stringify([hostileText(rng), hostileId(rng)])),
    () => b64url(JSON.stringify([rng.pick(NAMES), { __proto__: 1 }])),
    () => b64url("[1,"),
    () => b64url("\u0000"),
    () => "!!!***",
    () => "====",
    () => "a",
    () => "%00",
    () => "eyJ",
    () => Buffer.from("[1e21]").toString("base64"),
    () => `${b64url("[1]")}${"A".repeat(rng.pick([100, 40_000]))}`,
    () => "A".repeat(rng.pick([1_000, 40_000])),
    () => rng.pick(ODD_STRINGS),
  ])();
}

// ---------------------------------------------------------------------------------------------
// Values: one model, printed as a GraphQL literal or as JSON for variables

export type Value =
  | { k: "string"; v: string }
  | { k: "int"; raw: string }
  | { k: "float"; raw: string }
  | { k: "bool"; v: boolean }
  | { k: "null" }
  | { k: "enum"; v: string }
  | { k: "list"; items: Value[] }
  | { k: "object"; fields: [string, Value][] }
  /** Printed as is, in literals only (syntax errors inside values). */
  | { k: "raw"; text: string };

const str = (v: string): Value => ({ k: "string", v });
const int = (n: number | string): Value => ({ k: "int", raw: String(n) });
const float = (raw: string): Value => ({ k: "float", raw });

/** A GraphQL literal. Strings use JSON escapes, which GraphQL shares (\uXXXX, \n, \"…). */
export function toLiteral(value: Value): string {
  switch (value.k) {
    case "string":
      return JSON.stringify(value.v);
    case "int":
    case "float":
      return value.raw;
    case "bool":
      return String(value.v);
    case "null":
      return "null";
    case "enum":
      return value.v;
    case "list":
      return `[${value.items.map(toLiteral).join(", ")}]`;
    case "object":
      return `{${value.fields.map(([k, v]) => `${k}: ${toLiteral(v)}`).join(", ")}}`;
    case "raw":
      return value.text;
  }
}

/** JSON text for a variable; numbers keep their raw digits (9007199254740993, 1e400). */
export function toJsonText(value: Value): string {
  switch (value.k) {
    case "string":
      return JSON.stringify(value.v);
    case "int":
    case "float":
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value.raw) ? value.raw : JSON.stringify(value.raw);
    case "bool":
      return String(value.v);
    case "null":
      return "null";
    case "enum":
      return JSON.stringify(value.v);
    case "list":
      return `[${value.items.map(toJsonText).join(",")}]`;
    case "object":
      return `{${value.fields.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(",")}}`;
    case "raw":
      return JSON.stringify(value.text);
  }
}

/** Nesting built by repetition, not recursion: a 100,000-deep value must not overflow the generator's stack. */
function nestedText(depth: number, open: string, close: string, inner: string): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

// ---------------------------------------------------------------------------------------------
// Requests

export interface FuzzRequest {
  /** Seed and index rebuild the request: generateRequest(schema, seed, index). */
  seed: number;
  index: number;
  /** What kind of case this is, for the summary: valid, hostile, wrong-type, malformed-… */
  category: string;
  method: "POST" | "GET" | "PUT" | "PATCH" | "DELETE";
  /** Path and query string, e.g. /graphql or /graphql?query=… */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Argument policy of one request. */
type ArgMode = "valid" | "hostile" | "wrong";

interface BuildState {
  rng: Rng;
  schema: GraphQLSchema;
  /** Arguments as `$v0…` variables instead of literals. */
  useVariables: boolean;
  variableDefs: string[];
  variableValues: string[];
  fragments: string[];
  /** Probability that one argument is hostile / wrong-typed. */
  pHostile: number;
  pWrong: number;
  hostileUsed: boolean;
  wrongUsed: boolean;
  maxDepth: number;
  aliases: number;
  /** The field whose arguments are being built (its cursors have their own shape). */
  field: string;
}

function argMode(state: BuildState): ArgMode {
  const r = state.rng.float();
  if (r < state.pHostile) {
    state.hostileUsed = true;
    return "hostile";
  }
  if (r < state.pHostile + state.pWrong) {
    state.wrongUsed = true;
    return "wrong";
  }
  return "valid";
}

/** A value of some other kind than `type` expects. */
function wrongValue(rng: Rng, type: GraphQLInputType): Value {
  const named = getNamedType(type);
  const options: (() => Value)[] = [
    () => str(rng.pick(["5", "ong", "true", "ORGANIZATION"])),
    () => int(rng.pick([0, 1, 42, -7])),
    () => float(rng.pick(["1.5", "-0.0", "3.14e10"])),
    () => ({ k: "bool", v: rng.chance(0.5) }),
    () => ({ k: "object", fields: [["a", int(1)]] }),
    () => ({ k: "object", fields: [] }),
    () => ({ k: "list", items: [str("x"), int(1)] }),
    () => ({ k: "list", items: [] }),
    () => ({ k: "enum", v: rng.pick(["ORGANIZATION", "FUNDER", "PROVINCE", "Organization", "nope"]) }),
    () => ({ k: "null" }),
  ];
  let value = rng.pick(options)();
  // Keep the value wrong: avoid the one kind that would fit.
  for (let tries = 0; tries < 5 && fits(value, named.name, isEnumType(named), isInputObjectType(named)); tries++) value = rng.pick(options)();
  if (isListType(isNonNullType(type) ? type.ofType : type) && rng.chance(0.3)) return { k: "list", items: [value] };
  return value;
}

function fits(value: Value, typeName: string, isEnum: boolean, isInput: boolean): boolean {
  if (isEnum) return value.k === "enum";
  if (isInput) return value.k === "object";
  if (typeName === "Int") return value.k === "int";
  if (typeName === "Float") return value.k === "int" || value.k === "float";
  if (typeName === "Boolean") return value.k === "bool";
  if (typeName === "ID") return value.k === "string" || value.k === "int";
  return value.k === "string";
}

function hostileInt(rng: Rng): Value {
  return rng.pick<() => Value>([
    () => int(0),
    () => int(-1),
    () => int(-2147483648),
    () => int(2147483647),
    () => int(2147483648),
    () => int("9007199254740993"),
    () => int("99999999999999999999999"),
    () => int("-0"),
    () => float("1e21"),
    () => float("1e400"),
    () => float("1.5"),
    () => float("-1.0"),
    () => int(101),
    () => int(100),
    () => int(1_000_000),
  ])();
}

/** A value for an argument or input field of `type`, named `hint` (after, first, text, place…). */
function valueFor(state: BuildState, type: GraphQLInputType, hint: string, mode: ArgMode): Value {
  const { rng } = state;
  if (mode === "wrong") return wrongValue(rng, type);
  if (isNonNullType(type)) {
    if (mode === "hostile" && rng.chance(0.05)) return { k: "null" };
    return valueFor(state, type.ofType, hint, mode);
  }
  if (isListType(type)) {
    if (mode === "hostile") {
      switch (rng.int(0, 4)) {
        case 0:
          return { k: "list", items: Array.from({ length: rng.pick([100, 2_000]) }, () => valueFor(state, type.ofType, hint, "valid")) };
        case 1:
          return { k: "list", items: [{ k: "null" }] };
        case 2:
          return { k: "raw", text: nestedText(rng.pick([50, 3_000]), "[", "]", toLiteral(valueFor(state, type.ofType, hint, "valid"))) };
        case 3:
          return { k: "list", items: [] };
        default:
          return { k: "list", items: [valueFor(state, type.ofType, hint, "hostile")] };
      }
    }
    if (rng.chance(0.2)) return valueFor(state, type.ofType, hint, mode); // input coercion: one item
    return { k: "list", items: Array.from({ length: rng.int(1, 3) }, () => valueFor(state, type.ofType, hint, mode)) };
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (mode === "hostile") {
      switch (rng.int(0, 5)) {
        case 0:
          return { k: "object", fields: [["nope", str("x")]] };
        case 1:
          // deeply nested input object under a real field
          return { k: "raw", text: nestedText(rng.pick([20, 200, 3_000]), `{${rng.pick(fields).name}: `, "}", '"x"') };
        case 2:
          return { k: "object", fields: [["text", { k: "object", fields: [["text", str("ong")]] }]] };
        default: {
          // real fields, at least one of them hostile
          const chosen = rng.sample(fields, rng.int(1, fields.length));
          return {
            k: "object",
            fields: chosen.map((f, i) => [f.name, valueFor(state, f.type, f.name, i === 0 || rng.chance(0.3) ? "hostile" : "valid")]),
          };
        }
      }
    }
    const chosen = rng.sample(fields, rng.int(0, Math.min(3, fields.length)));
    return { k: "object", fields: chosen.map((f) => [f.name, valueFor(state, f.type, f.name, "valid")]) };
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    if (mode === "hostile") {
      return rng.pick<() => Value>([
        () => ({ k: "enum", v: "NOPE" }),
        () => ({ k: "enum", v: rng.pick(values).toLowerCase() }),
        () => str(rng.pick(values)),
        () => ({ k: "enum", v: `${rng.pick(values)}_${"X".repeat(rng.pick([10, 10_000]))}` }),
        () => ({ k: "enum", v: "__proto__" }),
        () => ({ k: "enum", v: "constructor" }),
        () => ({ k: "enum", v: "true" }),
      ])();
    }
    return { k: "enum", v: rng.pick(values) };
  }
  return scalarValue(state, type.name, hint, mode === "hostile");
}

function scalarValue(state: BuildState, typeName: string, hint: string, hostile: boolean): Value {
  const { rng } = state;
  if (hint === "after") return str(cursor(rng, hostile, state.field === "whoWhatWhere" ? 1 : 2));
  switch (typeName) {
    case "Int":
      if (hostile) return hostileInt(rng);
      return int(hint === "first" ? rng.int(1, 5) : rng.int(0, 10));
    case "Float":
      return hostile ? float(rng.pick(["1e400", "-1e400", "1e21", "NaN"])) : float(`${rng.int(0, 100)}.5`);
    case "Boolean":
      return hostile ? rng.pick<Value>([str("true"), int(1), { k: "enum", v: "TRUE" }]) : { k: "bool", v: rng.chance(0.5) };
    case "LocalDate":
      return str(hostile ? hostileDate(rng) : rng.pick(DATES));
    case "ID": {
      if (hostile) return rng.chance(0.1) ? int(rng.pick(["5", "-1", "99999999999999999999"])) : str(hostileId(rng));
      const kind = ID_KIND[hint];
      return str(rng.pick(kind && !rng.chance(0.1) ? IDS[kind] : ALL_IDS));
    }
    case "NonEmptyString":
    case "String":
    default:
      if (hostile) return str(rng.chance(0.1) ? hostileId(rng) : hostileText(rng));
      if (hint === "code") return str(rng.pick(CODES));
      return str(rng.pick(SEARCH_TEXTS));
  }
}

/** `(a: 1, b: $v0)` for the chosen arguments of a field; required ones always. */
function argumentsText(state: BuildState, args: readonly GraphQLArgument[]): string {
  const { rng } = state;
  const parts: string[] = [];
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const wanted = required || rng.chance(arg.name === "first" || arg.name === "filter" ? 0.6 : 0.4);
    if (!wanted) continue;
    const mode = argMode(state);
    const value = valueFor(state, arg.type, arg.name, mode);
    if (state.useVariables && value.k !== "raw") {
      const name = `v${state.variableDefs.length}`;
      // Now and then declare a type that does not fit the argument.
      const declared = mode === "wrong" && rng.chance(0.3) ? rng.pick(["String", "Int!", "[ID]", "Boolean", "Nope"]) : String(arg.type);
      state.variableDefs.push(`$${name}: ${declared}`);
      if (!(mode === "hostile" && rng.chance(0.05))) state.variableValues.push(`${JSON.stringify(name)}:${toJsonText(value)}`);
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${toLiteral(value)}`);
    }
  }
  if (state.pWrong > 0 && rng.chance(0.05)) {
    state.wrongUsed = true;
    parts.push(`${rng.pick(["nope", "limit", "offset"])}: 1`);
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** A selection set on a composite type: a few fields, nested to maxDepth, sometimes fragments. */
function selectionSet(state: BuildState, type: GraphQLNamedType, depth: number): string {
  const { rng, schema } = state;
  const parts: string[] = [];
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    if (isInterfaceType(type) && rng.chance(0.7)) parts.push(fieldSelections(state, type, depth));
    for (const t of rng.sample(possible, rng.int(isUnionType(type) ? 1 : 0, 2))) {
      const inner = selectionSet(state, t, depth);
      if (rng.chance(0.3)) parts.push(namedFragment(state, t.name, inner));
      else parts.push(`... on ${t.name} ${inner}`);
    }
    parts.push("__typename");
    return `{ ${parts.join(" ")} }`;
  }
  if (!isObjectType(type)) return "";
  const body = fieldSelections(state, type, depth);
  if (rng.chance(0.1)) return `{ ${namedFragment(state, type.name, `{ ${body} }`)} }`;
  if (rng.chance(0.05)) return `{ ... on ${type.name} { ${body} } }`;
  if (rng.chance(0.05)) return `{ ... @include(if: true) { ${body} } __typename }`;
  return `{ ${body} }`;
}

function namedFragment(state: BuildState, typeName: string, selection: string): string {
  const name = `F${state.fragments.length}`;
  state.fragments.push(`fragment ${name} on ${typeName} ${selection}`);
  return `...${name}`;
}

function fieldSelections(state: BuildState, type: GraphQLNamedType, depth: number): string {
  const { rng } = state;
  if (!isObjectType(type) && !isInterfaceType(type)) return "__typename";
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const usable = depth >= state.maxDepth ? fields.filter((f) => isLeafType(getNamedType(f.type))) : fields;
  if (!usable.length) return "__typename";
  const out: string[] = [];
  for (const field of rng.sample(usable, rng.int(1, 4))) {
    const alias = state.aliases < 10 && rng.chance(0.08) ? `a${state.aliases++}: ` : "";
    state.field = field.name;
    const args = argumentsText(state, field.args);
    const named = getNamedType(field.type);
    out.push(isLeafType(named) ? `${alias}${field.name}${args}` : `${alias}${field.name}${args} ${selectionSet(state, named, depth + 1)}`);
  }
  if (rng.chance(0.1)) out.push("__typename");
  return out.join(" ");
}

/** A query over 1–2 random root fields. */
function queryRequest(schema: GraphQLSchema, rng: Rng, seed: number, index: number, profile: "valid" | "hostile" | "wrong"): FuzzRequest {
  const state: BuildState = {
    rng,
    schema,
    useVariables: rng.chance(0.4),
    variableDefs: [],
    variableValues: [],
    fragments: [],
    pHostile: profile === "hostile" ? 0.5 : 0,
    pWrong: profile === "wrong" ? 0.4 : 0,
    hostileUsed: false,
    wrongUsed: false,
    maxDepth: rng.int(1, 4),
    aliases: 0,
    field: "",
  };
  const queryType = schema.getQueryType()!;
  const roots = Object.values(queryType.getFields());
  // Hostile and wrong-typed requests mostly go to fields that take arguments.
  const withArgs = roots.filter((f) => f.args.length > 0);
  const parts: string[] = [];
  const n = rng.chance(0.8) ? 1 : 2;
  for (let i = 0; i < n; i++) {
    const field = rng.pick(profile !== "valid" && rng.chance(0.9) ? withArgs : roots);
    const alias = n > 1 ? `r${i}: ` : "";
    state.field = field.name;
    const args = argumentsText(state, field.args);
    const named = getNamedType(field.type);
    parts.push(isLeafType(named) ? `${alias}${field.name}${args}` : `${alias}${field.name}${args} ${selectionSet(state, named, 1)}`);
  }
  // Force the profile: a "hostile" request without a hostile argument would just be valid.
  const category = state.hostileUsed ? "hostile" : state.wrongUsed ? "wrong-type" : "valid";
  const operationName = rng.chance(0.5) ? `Fuzz${index}` : "";
  const defs = state.variableDefs.length ? `(${state.variableDefs.join(", ")})` : "";
  const head = operationName || defs ? `query ${operationName}${defs} ` : rng.chance(0.5) ? "query " : "";
  const query = [`${head}{ ${parts.join(" ")} }`, ...state.fragments].join("\n");
  const body =
    `{"query":${JSON.stringify(query)}` +
    (state.variableValues.length || rng.chance(0.3) ? `,"variables":{${state.variableValues.join(",")}}` : "") +
    (operationName && rng.chance(0.5) ? `,"operationName":${JSON.stringify(operationName)}` : "") +
    "}";
  return { seed, index, category, method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body };
}

const JSON_HEADERS = { "content-type": "application/json" };
const HEALTH = "{ health { api } }";
const SMALL = '{ organization(id: "org:dwc") { name } }';

/** Malformed requests: broken documents, broken bodies, broken envelopes, other transports. */
function malformedRequest(schema: GraphQLSchema, rng: Rng, seed: number, index: number): FuzzRequest {
  const post = (category: string, body: string, headers: Record<string, string> = JSON_HEADERS): FuzzRequest => ({
    seed,
    index,
    category,
    method: "POST",
    path: "/graphql",
    headers,
    body,
  });
  const doc = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });
  const randomBytes = (n: number): string => {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(rng.int(0, 255));
    return s;
  };
  const valid = (): string => queryRequest(schema, new Rng(seed, index + 0x40000000), seed, index, "valid").body!;
  const validQuery = (): string => (JSON.parse(valid()) as { query: string }).query;

  const cases: (() => FuzzRequest)[] = [
    // documents that do not parse
    () => post("malformed-syntax", doc(validQuery().slice(0, rng.int(1, validQuery().length - 1)))),
    () =>
      post(
        "malformed-syntax",
        doc(
          rng.pick([
            "{",
            "}",
            "{{{{",
            "{ organization(id: }",
            "query {",
            "{ health { api }",
            "{ a: }",
            '{ search(text: "ong) { score } }',
            "fragment F on Query { health { api } }",
            "query Q($: Int) { health { api } }",
            "{ ...on }",
            "{ health @ }",
            "#",
            "",
            "   ",
            "\u0000",
            "{ health { api } } }",
          ]),
        ),
      ),
    () => post("malformed-syntax", doc(randomBytes(rng.pick([10, 500, 5_000])))),
    () => post("malformed-syntax", doc(`{ ${'organization(id: "org:dwc") { '.repeat(rng.pick([20, 500]))}`)),
    () => post("malformed-syntax", doc(`{ health { api } } ${"#".repeat(rng.pick([10, 100_000]))}`)),
    () => post("malformed-syntax", doc(`{ search(text: "${"\\u".repeat(rng.pick([1, 100]))}") { score } }`)),
    () => post("malformed-syntax", doc(`{ search(text: """${hostileText(rng).replace(/"""/g, "")}""") { score } }`)),
    // documents that parse but do not validate
    () =>
      post(
        "malformed-unknown-field",
        doc(
          rng.pick([
            "{ nope }",
            '{ organization(id: "org:dwc") { nope } }',
            "{ __type(name: 5) { name } }",
            "{ health }",
            '{ organization(id: "org:dwc") }',
            "{ health { api { x } } }",
            "{ organizations { nodes { name(first: 1) } } }",
            "{ search { score } }",
            "{ organization { name } }",
            '{ organization(id: "org:dwc", id: "org:dwc") { name } }',
          ]),
        ),
      ),
    () =>
      post(
        "malformed-operation-type",
        doc(rng.pick(["mutation { x }", "subscription { x }", "mutation M { health { api } }", "subscription S { health { api } }", "mutation { x } query { health { api } }"])),
      ),
    () => {
      const n = rng.pick([13, 40, 300]);
      return post("malformed-depth", doc(`{ place(id: "vn:lai-chau") { ${"parent { ".repeat(n)}id${" }".repeat(n)} } }`));
    },
    () => post("malformed-aliases", doc(`{ ${Array.from({ length: rng.pick([31, 200]) }, (_, i) => `a${i}: health { api }`).join(" ")} }`)),
    () => post("malformed-fragments", doc("{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }")),
    () => post("malformed-fragments", doc('{ organization(id: "org:dwc") { ...F } } fragment F on Place { name }')),
    () => post("malformed-fragments", doc("{ health { api } } fragment F on Nope { x }")),
    () => post("malformed-variables", doc('query($n: Int!) { search(text: "ong", first: $n) { score } }')),
    () => post("malformed-variables", doc('query($n: Int!) { search(text: "ong", first: $n) { score } }', { variables: { n: rng.pick(["5", 1.5, 1e21, null, [], {}, true]) } })),
    () => post("malformed-variables", doc("query($t: String) { health { api } }", { variables: { t: 1, extra: "x" } })),
    () => post("malformed-variables", doc("query($t: Nope) { health { api } }")),
    () => post("malformed-variables", doc("{ search(text: $t) { score } }", { variables: { t: "ong" } })),
    () =>
      post(
        "malformed-variables",
        `{"query":"query($f: NameFilter) { people(filter: $f) { totalCount } }","variables":{"f":${nestedText(rng.pick([100, 5_000, 100_000]), '{"text":', "}", '"x"')}}}`,
      ),
    () =>
      post(
        "malformed-variables",
        `{"query":"query($r: [Role!]) { whoWhatWhere(filter: {roles: $r}) { totalCount } }","variables":{"r":${nestedText(rng.pick([100, 5_000, 100_000]), "[", "]", '"FUNDER"')}}}`,
      ),
    () => post("malformed-variables", `{"query":"query($t: NonEmptyString!) { search(text: $t) { score } }","variables":{"t":${JSON.stringify(hostileText(rng))}}}`),
    // envelopes
    () => post("malformed-envelope", doc(HEALTH, { variables: rng.pick(["str", 5, [1], true, "{}"]) })),
    () => post("malformed-envelope", doc(HEALTH, { operationName: rng.pick(["Nope", 5, {}, [], ""]) })),
    () => post("malformed-envelope", doc("query A { health { api } } query B { sources { id } }")),
    () => post("malformed-envelope", doc("query A { health { api } } query A { sources { id } }", { operationName: "A" })),
    () => post("malformed-envelope", doc("query A { health { api } } query B { sources { id } }", { operationName: "C" })),
    () => post("malformed-envelope", doc(HEALTH, { extensions: rng.pick(["x", 5, { persistedQuery: { version: 1, sha256Hash: "abc" } }, { persistedQuery: "x" }]) })),
    () => post("malformed-envelope", JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })),
    () =>
      post(
        "malformed-envelope",
        JSON.stringify(rng.pick([{}, { variables: {} }, { query: null }, { query: 5 }, { query: { a: 1 } }, { query: [HEALTH] }, { query: true }, { Query: HEALTH }])),
      ),
    () => post("malformed-envelope", rng.pick(["[]", '"str"', "42", "null", "true", `[${doc(HEALTH)}]`, `[${doc(HEALTH)},${doc(SMALL)}]`, `"${HEALTH}"`])),
    () => post("malformed-envelope", `{"query":${JSON.stringify(SMALL)},"query":${JSON.stringify(HEALTH)}}`),
    () => post("malformed-envelope", `{"__proto__":{"query":${JSON.stringify(HEALTH)}},"constructor":{"prototype":{"x":1}}}`),
    // bodies that are not JSON
    () =>
      post(
        "malformed-json",
        rng.pick(['{"query": ', "{query: '{ health { api } }'}", "{", "}", '{"query":"{ health { api } }",}', "\u0000", "NaN", "undefined", "{'a':1}", '{"query":"\\x"}']),
      ),
    () => post("malformed-json", randomBytes(rng.pick([1, 64, 4_096]))),
    () => post("malformed-json", `${nestedText(rng.pick([1_000, 200_000]), "[", "]", "")}`),
    () => post("malformed-json", `{"query":${JSON.stringify(HEALTH)},"variables":${nestedText(200_000, '{"a":', "}", "1")}}`),
    () => post("malformed-json", "", JSON_HEADERS),
    // other transports and headers
    () =>
      post(
        "malformed-content-type",
        doc(HEALTH),
        rng.pick<Record<string, string>>([
          { "content-type": "text/plain" },
          { "content-type": "application/x-www-form-urlencoded" },
          { "content-type": "application/graphql" },
          { "content-type": "multipart/form-data; boundary=x" },
          {},
          { "content-type": "application/json; charset=latin1" },
          { "content-type": "application/json; charset=utf-16" },
        ]),
      ),
    () =>
      post("malformed-content-type", rng.pick([HEALTH, "query=%7B%20health%20%7B%20api%20%7D%20%7D"]), {
        "content-type": rng.pick(["application/graphql", "application/x-www-form-urlencoded", "text/plain"]),
      }),
    () => post("malformed-content-type", doc(HEALTH), { "content-type": "application/json", "content-encoding": rng.pick(["gzip", "deflate", "br", "nope"]) }),
    () => ({
      seed,
      index,
      category: "malformed-get",
      method: "GET",
      path: `/graphql?${rng.pick([
        `query=${encodeURIComponent(HEALTH)}`,
        `query=${encodeURIComponent(SMALL)}&variables=%7Bbad`,
        `query=${encodeURIComponent("mutation { x }")}`,
        `query=${encodeURIComponent(HEALTH)}&extensions=%5B`,
        "query=",
        "query[]=a&query[]=b",
        `query=${"%7B".repeat(2_000)}`,
        "variables=%7B%7D",
      ])}`,
      headers: rng.chance(0.7) ? { "apollo-require-preflight": "true" } : ({} as Record<string, string>),
    }),
    () => post("malformed-too-large", doc(`{ health { api } } #${"x".repeat(1_100_000)}`)),
    // single huge tokens, which a token limit does not see
    () => post("malformed-huge-token", doc(`query ${"Q".repeat(rng.pick([1_000, 200_000]))} { health { api } }`)),
    () => post("malformed-huge-token", doc(`{ ${"a".repeat(rng.pick([1_000, 200_000]))}: health { api } }`)),
    () => post("malformed-huge-token", doc(`{ health { api } __type(name: ${JSON.stringify("T".repeat(rng.pick([100, 200_000])))}) { name } }`)),
    () => post("malformed-huge-token", doc(`{ health @include(if: true) { api } } # ${"\u0000".repeat(10)}`)),
    () => post("malformed-huge-token", doc(`{ health { api } }`, { operationName: "X".repeat(rng.pick([1_000, 200_000])) })),
    () => post("malformed-huge-token", doc(`{ sources { id } }`, { variables: Object.fromEntries(Array.from({ length: rng.pick([100, 20_000]) }, (_, i) => [`v${i}`, i])) })),
    () => post("malformed-huge-token", doc(`{ sources { id } }`, { variables: { constructor: { prototype: { polluted: 1 } } } })),
    () => post("malformed-huge-token", `{"query":"query($p: String) { health { api } }","variables":{"__proto__":{"p":"x"}}}`),
    // directives and introspection
    () =>
      post(
        "malformed-directives",
        doc(
          rng.pick([
            '{ health @skip(if: "yes") { api } }',
            "{ health @include { api } }",
            "{ health @nope { api } }",
            "{ health @deprecated { api } }",
            "{ health @skip(if: $x) { api } }",
            "query @include(if: true) { health { api } }",
          ]),
        ),
      ),
    () =>
      post(
        "introspection",
        doc(
          rng.pick([
            "{ __schema { queryType { name } types { name kind } } }",
            '{ __type(name: "Organization") { fields { name args { name type { name } } } } }',
            "{ __typename }",
            '{ __type(name: "") { name } }',
          ]),
        ),
      ),
    // other methods, paths and URLs
    () => ({
      seed,
      index,
      category: "malformed-method",
      method: "POST",
      path: rng.pick(["/graphql/", "/graphql/x", "/GRAPHQL", "/%", "/graphql%00", "/%E0%A4%A", "/../../etc/passwd", "/graphql?%"]),
      headers: JSON_HEADERS,
      body: doc(HEALTH),
    }),
    () => ({
      seed,
      index,
      category: "malformed-get",
      method: "GET",
      path: `/graphql?query=${encodeURIComponent(`{ health { api } } #${"x".repeat(rng.pick([2_000, 20_000, 100_000]))}`)}`,
      headers: { "apollo-require-preflight": "true" },
    }),
    () => ({ seed, index, category: "malformed-method", method: rng.pick(["PUT", "PATCH", "DELETE"] as const), path: "/graphql", headers: JSON_HEADERS, body: doc(HEALTH) }),
    () =>
      post("malformed-headers", doc(HEALTH), {
        "content-type": "application/json",
        "x-forwarded-for": rng.pick(["not-an-ip", "1.2.3.4, ::1, garbage", "x".repeat(8_000), "999.999.999.999", ", , ,"]),
        "apollo-require-preflight": "1",
      }),
  ];
  return rng.pick(cases)();
}

/** Request `index` of `seed`: about a quarter valid, the rest hostile, wrong-typed or malformed. */
export function generateRequest(schema: GraphQLSchema, seed: number, index: number): FuzzRequest {
  const rng = new Rng(seed, index);
  const profile = rng.weighted({ valid: 25, hostile: 40, wrong: 15, malformed: 20 });
  if (profile === "malformed") return malformedRequest(schema, rng, seed, index);
  return queryRequest(schema, rng, seed, index, profile);
}

// ---------------------------------------------------------------------------------------------
// Sending and judging

export interface FuzzResponse {
  status: number;
  text: string;
  ms: number;
  /** Set when no HTTP response came back (connection reset, timeout). */
  failure?: string;
}

/**
 * A keep-alive socket the server closed while it sat idle in the client's pool (the API closes idle
 * sockets after 65 s, another server may sooner; a long pause between two batches is enough):
 * the request never reached the server, so sending it again on a new socket is not a retry of
 * anything the server did. Any other failure is reported as it is.
 */
function isStaleSocket(err: unknown): boolean {
  const code = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE";
}

export async function sendRequest(baseUrl: string, req: FuzzRequest, timeoutMs = 30_000): Promise<FuzzResponse> {
  const started = performance.now();
  const send = async (): Promise<FuzzResponse> => {
    const res = await fetch(`${baseUrl}${req.path}`, {
      method: req.method,
      headers: req.headers,
      body: req.method === "GET" ? undefined : req.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  };
  try {
    return await send().catch((err: unknown) => {
      if (isStaleSocket(err)) return send();
      throw err;
    });
  } catch (err) {
    return { status: 0, text: "", ms: performance.now() - started, failure: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

/** Words of database and JVM internals that must never reach a client. */
export const LEAK = /Neo\.|java\.|lucene|Cypher|org\.neo4j|neo4j|TooManyClauses|automaton|long overflow|StackOverflow|at [\w$.]+\(/i;

export interface Verdict {
  /** extensions.code of every error, or "OK" for a response without errors. */
  codes: string[];
  problems: string[];
}

/** What is wrong with a response, if anything: the contract every response must meet. */
export function judge(req: FuzzRequest, res: FuzzResponse): Verdict {
  const problems: string[] = [];
  if (res.failure) return { codes: ["NO_RESPONSE"], problems: [`no response: ${res.failure}`] };
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    problems.push(`HTTP ${res.status} body is not JSON: ${res.text.slice(0, 200)}`);
    return { codes: [`HTTP_${res.status}_NOT_JSON`], problems };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    problems.push(`body is not a JSON object: ${res.text.slice(0, 200)}`);
    return { codes: ["NOT_AN_OBJECT"], problems };
  }
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (errors !== undefined && !Array.isArray(errors)) problems.push("`errors` is not a list");
  const list = Array.isArray(errors) ? (errors as { message?: unknown; extensions?: { code?: unknown } }[]) : [];
  if (data === undefined && list.length === 0) problems.push("neither data nor errors");
  if (list.length === 0 && res.status >= 400) problems.push(`HTTP ${res.status} without errors`);
  const codes: string[] = [];
  const sent = (req.body ?? req.path).toLowerCase();
  for (const e of list) {
    const code = typeof e?.extensions?.code === "string" ? e.extensions.code : undefined;
    codes.push(code ?? "NO_CODE");
    if (!code) problems.push(`error without extensions.code: ${String(e?.message).slice(0, 200)}`);
    if (code === "INTERNAL_SERVER_ERROR") problems.push(`INTERNAL_SERVER_ERROR: ${String(e?.message).slice(0, 300)}`);
    const message = typeof e?.message === "string" ? e.message : "";
    if (typeof e?.message !== "string") problems.push("error without a message");
    // A message may quote the client's own input back; only words the client did not send count.
    const leak = LEAK.exec(message);
    if (leak && !sent.includes(leak[0].toLowerCase())) problems.push(`internals in the message: ${message.slice(0, 300)}`);
    const detail = JSON.stringify(e?.extensions ?? {});
    const leakExt = LEAK.exec(detail);
    if (leakExt && !sent.includes(leakExt[0].toLowerCase())) problems.push(`internals in extensions: ${detail.slice(0, 300)}`);
  }
  return { codes: codes.length ? codes : ["OK"], problems };
}

export interface FuzzFailure {
  request: FuzzRequest;
  status: number;
  problems: string[];
  response: string;
}

export interface FuzzSummary {
  seed: number;
  count: number;
  /** Responses per code (a response with two errors counts under both). */
  codes: Record<string, number>;
  /** Requests per category. */
  categories: Record<string, number>;
  statuses: Record<string, number>;
  failures: FuzzFailure[];
  maxMs: number;
  totalMs: number;
  /** The slowest requests: index, category, milliseconds, first codes. */
  slowest: { index: number; category: string; ms: number; codes: string[] }[];
}

/**
 * Sends requests `first` … `first + count - 1` of `seed`, `concurrency` at a time. Keeps only
 * counts and failing cases, so memory stays flat however many requests are sent.
 */
export async function runFuzz(options: {
  schema: GraphQLSchema;
  url: string;
  seed: number;
  count: number;
  first?: number;
  concurrency?: number;
  timeoutMs?: number;
  onProgress?: (done: number) => void;
  /** Called with every request, its response and verdict (e.g. to write a log of the run). */
  onResult?: (req: FuzzRequest, res: FuzzResponse, verdict: Verdict) => void;
}): Promise<FuzzSummary> {
  const { schema, url, seed, count, first = 0, concurrency = 8, timeoutMs = 30_000 } = options;
  const summary: FuzzSummary = { seed, count, codes: {}, categories: {}, statuses: {}, failures: [], maxMs: 0, totalMs: 0, slowest: [] };
  const started = performance.now();
  let next = first;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < first + count) {
      const index = next++;
      const req = generateRequest(schema, seed, index);
      const res = await sendRequest(url, req, timeoutMs);
      const verdict = judge(req, res);
      summary.categories[req.category] = (summary.categories[req.category] ?? 0) + 1;
      summary.statuses[String(res.status)] = (summary.statuses[String(res.status)] ?? 0) + 1;
      for (const code of new Set(verdict.codes)) summary.codes[code] = (summary.codes[code] ?? 0) + 1;
      summary.maxMs = Math.max(summary.maxMs, res.ms);
      if (summary.slowest.length < 5 || res.ms > summary.slowest[summary.slowest.length - 1].ms) {
        summary.slowest.push({ index, category: req.category, ms: Math.round(res.ms), codes: verdict.codes.slice(0, 3) });
        summary.slowest.sort((a, b) => b.ms - a.ms).splice(5);
      }
      if (verdict.problems.length) summary.failures.push({ request: req, status: res.status, problems: verdict.problems, response: res.text.slice(0, 1_000) });
      options.onResult?.(req, res, verdict);
      done++;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  summary.totalMs = performance.now() - started;
  return summary;
}

/** A failing case, short enough to read and complete enough to replay. */
export function describeFailure(f: FuzzFailure): string {
  const body = f.request.body ?? "";
  const shown = body.length > 1_500 ? `${body.slice(0, 1_500)}… (${body.length} chars)` : body;
  return [
    `seed ${f.request.seed} index ${f.request.index} [${f.request.category}] ${f.request.method} ${f.request.path.slice(0, 300)} ${JSON.stringify(f.request.headers)}`,
    `  body: ${shown}`,
    `  → HTTP ${f.status}: ${f.problems.join("; ")}`,
    `  response: ${f.response.slice(0, 600)}`,
  ].join("\n");
}

/** The summary as a table of codes, then categories and statuses. */
export function formatSummary(s: FuzzSummary): string {
  const rows = (title: string, counts: Record<string, number>): string[] => [
    `${title.padEnd(34)} count`,
    ...Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `  ${k.padEnd(32)} ${String(n).padStart(6)}`),
  ];
  return [
    `seed ${s.seed}: ${s.count} requests in ${(s.totalMs / 1000).toFixed(1)} s (slowest ${Math.round(s.maxMs)} ms)`,
    ...rows("code (responses)", s.codes),
    ...rows("category (requests)", s.categories),
    ...rows("HTTP status (requests)", s.statuses),
    `slowest: ${s.slowest.map((x) => `#${x.index} ${x.category} ${x.ms} ms ${x.codes.join(",")}`).join("; ")}`,
    `failures: ${s.failures.length}`,
  ].join("\n");
}
