/**
 * Places in an article, resolved to gazetteer ids. A mention is a unit word and a name ("xã Tiến
 * Xuân", "Cao Bang province"), a name in a list after one ("2 xã Mường Kim, Pha Mu"), a province
 * named alone ("Lai Châu"), or a name in an address after another mention ("…, huyện Thạch Thất,
 * Hà Nội"). Mentions side by side form a chain; a chain is resolved as a whole, each unit inside
 * the one after it, helped by the places named elsewhere in the article and by the naming the
 * article uses: legacy (province–district–commune, before July 2025) or 2025 (province–commune).
 * Villages (thôn, bản, ấp, xóm, tổ dân phố; "village") become new places PART_OF their commune.
 * A mention that stays ambiguous is left out and reported, never guessed.
 */
import { slugify } from "../common/text";
import { placeIdFitsLevel } from "../seed/seed.place-ids";
import { type Era, type Gazetteer, levelRank, type PlaceRecord, REFORM_DAY } from "./ingest.gazetteer";
import { EN_PLACE_UNITS, type Level, NAME_PARTICLES, type PlaceUnitWord, VI_PLACE_UNITS } from "./ingest.lexicon";
import { type Doc, foldKey, overlapsAny, type Span, squash, type Token } from "./ingest.text";

export interface PlaceMention extends Span {
  /** The name as written, and where. */
  name: string;
  nameSpan: Span;
  levels: readonly Level[];
  unitType?: string;
  village: boolean;
  candidates: PlaceRecord[];
  how: "unit" | "list" | "bare" | "chain" | "address";
  /** Marked "(cũ)": a former unit. */
  former: boolean;
  /** The id it resolved to (or was proposed as), once resolved. */
  placeId?: string;
  /** Why that candidate was chosen among several. */
  why?: string;
}

/** A place the draft declares: a gazetteer place, or a proposed village or unit. */
export interface FoundPlace {
  id: string;
  name: string;
  level: Level;
  record?: PlaceRecord;
  /** For a proposed place: the place it is PART_OF, and its unit word. */
  parentId?: string;
  unitType?: string;
  mentions: PlaceMention[];
  /** The words of the article that show it (its chain). */
  quote: Span;
  reason: string;
}

/** Units that hold others, largest first. */
const ABOVE_VILLAGE: readonly Level[] = ["PROVINCE", "DISTRICT", "COMMUNE"];

export interface PlaceFinding {
  mentions: PlaceMention[];
  places: Map<string, FoundPlace>;
  era: { era: Era; why: string };
  notes: string[];
}

/** A cue that the units after it (up to "vào"/"into", the unit they became) are former ones. */
const FORMER = /(sáp nhập|hợp nhất|trước đây|merg(ed|ing|er)|former(ly)?)(?:(?!\s(?:vào|thành|into)\s)[^.;])*$/iu;
const CHAIN_GAP = /^[\s,:;()\-–—]*(?:(?:của|thuộc|tại|ở|in|of|và|and|&)\s+)?[\s,:;()\-–—]*$/iu;
const PLURAL_BEFORE = new Set(["các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]);
const ADDRESS_BEFORE = new Set(["tại", "ở", "at", "in"]);
const EN_LEADING = new Set(["the", "in", "at", "of", "and", "from", "to", "for", "a", "an", "on", "by", "with"]);
const ADMIN_NAME_STOP = new Set(["hội", "viên"]); // "Xã hội", "xã viên"

const gap = (doc: Doc, a: number, b: number): string => doc.text.slice(a, b);
const spaceOnly = (s: string): boolean => /^[ \t]+$/.test(s);
const nameGap = (s: string): boolean => /^[ \t]*[-–]?[ \t]*$/.test(s) && s.length > 0;

/** Does a phrase (lower-case words) start at token i? Returns the number of tokens, or 0. */
function unitAt(doc: Doc, i: number, unit: PlaceUnitWord): number {
  const { tokens } = doc;
  for (let k = 0; k < unit.words.length; k++) {
    const t = tokens[i + k];
    if (!t) return 0;
    const loose = unit.words.length > 1 && t.fold === foldKey(unit.words[k]);
    if (t.lower !== unit.words[k] && !loose) return 0;
    if (k > 0 && !spaceOnly(gap(doc, tokens[i + k - 1].end, t.start))) return 0;
  }
  return unit.words.length;
}

/**
 * Unit words written as capitals and a dot before a name: "X. Hữu Kiệm", "H. Kỳ Sơn", "P. Hưng Dũng", "Q. Ba Đình", "TX. Phổ
 * Yên", "TT. Mường Xén" (TP. is a unit word of its own). Read only before a name the gazetteer holds at that level.
 */
const ABBREVIATED_UNITS: Readonly<Record<string, PlaceUnitWord>> = {
  X: { words: ["x"], levels: ["COMMUNE"], unitType: "Xã" },
  P: { words: ["p"], levels: ["COMMUNE"], unitType: "Phường" },
  TT: { words: ["tt"], levels: ["COMMUNE"], unitType: "Thị trấn" },
  H: { words: ["h"], levels: ["DISTRICT"], unitType: "Huyện" },
  Q: { words: ["q"], levels: ["DISTRICT"], unitType: "Quận" },
  TX: { words: ["tx"], levels: ["DISTRICT"], unitType: "Thị xã" },
};
const abbreviated = (unit: PlaceUnitWord): boolean => Object.values(ABBREVIATED_UNITS).includes(unit);

function viUnitAt(doc: Doc, i: number): { unit: PlaceUnitWord; length: number } | undefined {
  let best: { unit: PlaceUnitWord; length: number } | undefined;
  for (const unit of VI_PLACE_UNITS) {
    const length = unitAt(doc, i, unit);
    if (length && (!best || length > best.length)) best = { unit, length };
  }
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!best && t && next && Object.hasOwn(ABBREVIATED_UNITS, t.text) && /^\.[ \t]*$/.test(gap(doc, t.end, next.start)) && next.cap)
    return { unit: ABBREVIATED_UNITS[t.text], length: 1 };
  return best;
}

/** Does token i start a phrase (sentence start, after a bracket, colon, dash or quote)? */
function startsPhrase(doc: Doc, i: number): boolean {
  if (i === 0) return true;
  const between = gap(doc, doc.tokens[i - 1].end, doc.tokens[i].start);
  return /[\n.;:(\-–“"!?]/.test(between);
}

/** Up to `max` tokens from j that may form a name: the first capitalised (or a number), joined by spaces or hyphens. */
function nameRun(doc: Doc, j: number, allowDigit: boolean, max = 6): { indices: number[]; capRun: number } {
  const { tokens } = doc;
  const first = tokens[j];
  if (!first || !(first.cap || (allowDigit && first.digit))) return { indices: [], capRun: 0 };
  const indices = [j];
  let capRun = 1;
  let capsGoing = true;
  for (let k = j + 1; k < tokens.length && indices.length < max; k++) {
    if (!nameGap(gap(doc, tokens[k - 1].end, tokens[k].start))) break;
    indices.push(k);
    if (capsGoing && (tokens[k].cap || tokens[k].digit)) capRun++;
    else capsGoing = false;
  }
  return { indices, capRun };
}

const spanOf = (tokens: readonly Token[], from: number, to: number): Span => ({ start: tokens[from].start, end: tokens[to].end });

/** The longest prefix of the run that names places of these levels. */
function longestMatch(doc: Doc, gaz: Gazetteer, run: number[], levels: readonly Level[], minLength = 1): { length: number; candidates: PlaceRecord[] } {
  for (let k = run.length; k >= minLength; k--) {
    const span = spanOf(doc.tokens, run[0], run[k - 1]);
    const candidates = gaz.lookup(foldKey(doc.text.slice(span.start, span.end)), levels);
    if (candidates.length) return { length: k, candidates };
  }
  return { length: 0, candidates: [] };
}

function makeMention(
  doc: Doc,
  start: number,
  nameFrom: number,
  nameTo: number,
  unit: PlaceUnitWord | undefined,
  levels: readonly Level[],
  candidates: PlaceRecord[],
  how: PlaceMention["how"],
  end?: number,
): PlaceMention {
  const nameSpan = spanOf(doc.tokens, nameFrom, nameTo);
  const after = doc.text.slice(end ?? nameSpan.end, (end ?? nameSpan.end) + 8);
  return {
    start,
    end: end ?? nameSpan.end,
    name: squash(doc.text.slice(nameSpan.start, nameSpan.end)),
    nameSpan,
    levels,
    unitType: unit?.unitType,
    village: levels.length === 1 && levels[0] === "VILLAGE",
    candidates,
    how,
    // "Hương Sơn (cũ)", "huyện Hương Sơn cũ"; "Cũ" with a capital is a name's own word ("thôn Ka Đô Cũ")
    former: /^\s*(?:\(\s*cũ\s*\)|cũ(?!\p{L}))/u.test(after),
  };
}

/** Units above a list's, from the smallest. */
const ABOVE: Readonly<Record<string, readonly Level[]>> = { COMMUNE: ["DISTRICT", "PROVINCE"], VILLAGE: ["COMMUNE", "DISTRICT"], DISTRICT: ["PROVINCE"] };

/**
 * "(T.X Phổ Yên)", "(huyện Võ Nhai)", "(Võ Nhai)" right after a list item: the unit above it, when
 * the gazetteer has a unit of that name one level or two above the list's.
 */
function parenthesizedUnit(doc: Doc, gaz: Gazetteer, at: number, levels: readonly Level[]): PlaceMention | undefined {
  const m = /^[ \t]*\(([^()\n]{2,40})\)/u.exec(doc.text.slice(at, at + 48));
  if (!m) return undefined;
  const above = ABOVE[levels[0]] ?? [];
  if (!above.length) return undefined;
  const innerStart = at + m[0].indexOf("(") + 1;
  const inner = m[1].replace(/^(?:t\.?\s*x\.?|tx|tp\.?|thị\s+xã|thành\s+phố|huyện|h\.|tỉnh|quận|q\.)\s*/iu, "");
  const candidates = gaz.lookup(foldKey(inner), above);
  if (!candidates.length) return undefined;
  const nameFrom = doc.tokens.findIndex((t) => t.start >= innerStart + m[1].length - inner.length);
  const nameTo = doc.tokens.findIndex((t) => t.end === innerStart + m[1].trimEnd().length);
  if (nameFrom < 0 || nameTo < nameFrom) return undefined;
  return makeMention(doc, innerStart, nameFrom, nameTo, undefined, [...new Set(candidates.map((c) => c.level))], candidates, "bare");
}

/** "gồm", "là" or "bao gồm" at token k: the cue before a list of names. */
const listCueAt = (tokens: Doc["tokens"], k: number): boolean => ["gồm", "là"].includes(tokens[k].lower) || (tokens[k].lower === "bao" && tokens[k + 1]?.lower === "gồm");

/** Mentions by Vietnamese unit words, and the lists after them. */
function viUnitMentions(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const found = viUnitAt(doc, i);
    if (!found) continue;
    const { unit, length } = found;
    // "Hợp tác xã" is a cooperative, not a commune
    if (unit.words[0] === "xã" && i >= 2 && tokens[i - 2].fold === "hop" && tokens[i - 1].fold === "tac") continue;
    // "Bản Lang", "Buôn Đôn": a capitalised village word inside a sentence starts a name.
    if (unit.village && tokens[i].cap && !startsPhrase(doc, i)) {
      const run = nameRun(doc, i, false);
      const whole = longestMatch(doc, gaz, run.indices, ["PROVINCE", "DISTRICT", "COMMUNE", "VILLAGE"], 2);
      if (whole.length) {
        out.push(makeMention(doc, tokens[i].start, i, run.indices[whole.length - 1], undefined, [...new Set(whole.candidates.map((c) => c.level))], whole.candidates, "bare"));
      }
      continue;
    }
    let j = i + length;
    if (!tokens[j]) continue;
    let between = gap(doc, tokens[j - 1].end, tokens[j].start);
    const plural = i > 0 && (tokens[i - 1].digit || PLURAL_BEFORE.has(tokens[i - 1].lower));
    let inParens = false;
    if ((unit.words[0] === "tp" || abbreviated(unit)) && /^[ \t]*\.[ \t]*$/.test(between)) between = " ";
    // "ba xã được chọn làm điểm: A, B và C", "3 xã vùng khó gồm A, B": a few lower-case words, then the list's cue
    if (plural && spaceOnly(between) && !tokens[j].cap) {
      let k = j;
      while (k < j + 5 && tokens[k] && !tokens[k].cap && !tokens[k].digit && spaceOnly(gap(doc, tokens[k - 1].end, tokens[k].start)) && !viUnitAt(doc, k)) {
        if (listCueAt(tokens, k)) break;
        const after = tokens[k + 1];
        if (after?.cap && /^[ \t]*:[ \t]*$/.test(gap(doc, tokens[k].end, after.start))) {
          k += 1;
          break;
        }
        k++;
      }
      const t = tokens[k];
      const viaCue = t && listCueAt(tokens, k);
      if (k > j && t && (viaCue || (t.cap && /:[ \t]*$/.test(gap(doc, tokens[k - 1].end, t.start))))) {
        if (viaCue) {
          const n = t.lower === "bao" ? 2 : tokens[k + 1]?.lower === "có" ? 2 : 1;
          const first = tokens[k + n];
          if (first?.cap && /^[ \t]*:?[ \t]*$/.test(gap(doc, tokens[k + n - 1].end, first.start))) j = k + n;
        } else j = k;
      }
    }
    if (plural && /^[ \t]*\([ \t]*$/.test(between)) inParens = true;
    else if (plural && /^[ \t]*:[ \t]*$/.test(between))
      inParens = false; // "5 xã: A, B và C"
    else if (!spaceOnly(between)) continue;
    // "các xã gồm A, B", "3 huyện bao gồm: A, B", "hai xã là A và B"
    if (plural && spaceOnly(between)) {
      const intro = [["bao", "gồm"], ["gồm", "có"], ["gồm"], ["là"]].find((w) => w.every((x, n) => tokens[j + n]?.lower === x));
      if (intro) {
        const after = tokens[j + intro.length];
        if (after && /^[ \t]*:?[ \t]*$/.test(gap(doc, tokens[j + intro.length - 1].end, after.start))) j += intro.length;
      }
    }
    // "3 xã của huyện Kỳ Sơn: A, B và C", "các xã thuộc huyện X (A, B)", "các thôn của xã Y gồm A, B": the list after the
    // parent unit's name (the parent is read at its own unit word)
    if (plural && spaceOnly(between) && ["của", "thuộc"].includes(tokens[j].lower)) {
      const parent = viUnitAt(doc, j + 1);
      const parentRun = parent ? nameRun(doc, j + 1 + parent.length, true) : undefined;
      if (parent && parentRun?.capRun) {
        const pl = parentRun.indices[parentRun.capRun - 1];
        const next = tokens[pl + 1];
        const g = next ? gap(doc, tokens[pl].end, next.start) : "";
        if (next && /^[ \t]*\([ \t]*$/.test(g) && next.cap) {
          j = pl + 1;
          inParens = true;
        } else if (next && /^[ \t]*:[ \t]*$/.test(g) && next.cap) j = pl + 1;
        else if (next && spaceOnly(g)) {
          const intro = [["bao", "gồm"], ["gồm", "có"], ["gồm"], ["là"]].find((w) => w.every((x, n) => tokens[pl + 1 + n]?.lower === x));
          if (intro && tokens[pl + 1 + intro.length]?.cap) j = pl + 1 + intro.length;
        }
      }
    }
    if (tokens[j].lower === "số" && tokens[j + 1]?.digit) j++;
    // "huyện miền núi Bá Thước", "xã vùng cao Y Tý", "xã biên giới Ia Dom": a description between the unit and its name
    const described = [
      ["miền", "núi"],
      ["vùng", "cao"],
      ["biên", "giới"],
      ["đặc", "biệt", "khó", "khăn"],
    ].find((w) => w.every((x, n) => tokens[j + n]?.lower === x));
    if (described && tokens[j + described.length]?.cap && spaceOnly(gap(doc, tokens[j + described.length - 1].end, tokens[j + described.length].start))) j += described.length;
    const run = nameRun(doc, j, unit.levels.includes("COMMUNE") || !!unit.village);
    if (!run.indices.length) continue;
    if (!unit.village && ADMIN_NAME_STOP.has(tokens[j].lower)) continue;
    const match = longestMatch(doc, gaz, run.indices, unit.levels);
    if (abbreviated(unit) && !match.length) continue;
    const start = tokens[i].start;
    let last: PlaceMention;
    if (match.length) last = makeMention(doc, start, j, run.indices[match.length - 1], unit, unit.levels, match.candidates, "unit");
    else if (run.capRun) last = makeMention(doc, start, j, run.indices[run.capRun - 1], unit, unit.levels, [], "unit");
    else continue;
    out.push(last);

    // a list after it: "2 xã Mường Kim, Pha Mu", "04 tỉnh A, B, C và D", "A, B (huyện X) và C (Y)"
    for (;;) {
      const paren = parenthesizedUnit(doc, gaz, last.end, unit.levels);
      if (paren) {
        out.push(paren);
        last = { ...last, end: paren.end + 1 };
      }
      const sep = /^[ \t]*(?:,|;|và|hoặc)[ \t]*/u.exec(text.slice(last.end, last.end + 12));
      if (!sep) break;
      let k = tokens.findIndex((t) => t.start >= last.end + sep[0].length);
      if (k < 0 || tokens[k].start !== last.end + sep[0].length) break;
      let repeated = false;
      const again = viUnitAt(doc, k);
      if (again && again.unit === unit) {
        k += again.length;
        repeated = true;
        if (!tokens[k] || !spaceOnly(gap(doc, tokens[k - 1].end, tokens[k].start))) break;
      } else if (again) break;
      const next = nameRun(doc, k, unit.levels.includes("COMMUNE") || !!unit.village);
      if (!next.indices.length) break;
      const nextMatch = longestMatch(doc, gaz, next.indices, unit.levels);
      const from = repeated ? tokens[k - (again?.length ?? 0)].start : tokens[k].start;
      if (nextMatch.length) {
        last = makeMention(doc, from, k, next.indices[nextMatch.length - 1], unit, unit.levels, nextMatch.candidates, "list");
      } else if (next.capRun && (repeated || (unit.village && (inParens || plural)))) {
        last = makeMention(doc, from, k, next.indices[next.capRun - 1], unit, unit.levels, [], "list");
      } else break;
      out.push(last);
    }
  }
}

/**
 * Where the names after an English unit word start: "the province of X" (one), "communes of A, B",
 * "19 communes: A, B", "communes including A and B", "communes, namely A" (plural units only).
 */
function enListStart(doc: Doc, i: number, plural: boolean): number | undefined {
  const { tokens } = doc;
  const next = tokens[i + 1];
  if (!next) return undefined;
  const between = gap(doc, tokens[i].end, next.start);
  if (next.lower === "of" && spaceOnly(between)) return i + 2;
  if (!plural) return undefined;
  if (/^[ \t]*[:(][ \t]*$/.test(between) && next.cap) return i + 1; // "19 communes: A, B", "two communes (A and B)"
  if (
    /^[ \t]*,?[ \t]*$/.test(between) &&
    ["including", "namely", "include", "includes"].includes(next.lower) &&
    /^[ \t]*:?[ \t]*$/.test(gap(doc, next.end, tokens[i + 2]?.start ?? next.end))
  )
    return i + 2;
  if (/^[ \t]*$/.test(between) && next.lower === "such" && tokens[i + 2]?.lower === "as") return i + 3;
  return undefined;
}

/** Mentions by English unit words: "Cao Bang province", "Muong Kim and Pha Mu communes", "the province of Lai Chau". */
function enUnitMentions(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    // "Ky Son district's People's Committee": the unit word with a possessive
    const unit = EN_PLACE_UNITS.find((u) => u.words[0] === tokens[i].lower.replace(/['’]s$/u, ""));
    if (!unit) continue;
    const pluralUnit = tokens[i].lower.endsWith("s") && tokens[i].lower !== "ward" && !/['’]s$/u.test(tokens[i].lower);
    // "the province of X", "communes of X and Y" (not "Pha Mu communes of Than Uyen district")
    const named = i > 0 && tokens[i - 1].cap && nameGap(gap(doc, tokens[i - 1].end, tokens[i].start));
    // a list after a plural unit: "communes of A, B and C", "19 communes: A, B, …, and C", "districts including A and B"
    const introducer = !named ? enListStart(doc, i, pluralUnit) : undefined;
    if (introducer !== undefined) {
      let k = introducer;
      for (;;) {
        const run = nameRun(doc, k, !!unit.village);
        if (!run.capRun) break;
        const capOnly = run.indices.slice(0, run.capRun);
        // "of Than Uyen district": a unit word of its own after the name
        const afterIdx = capOnly[capOnly.length - 1] + 1;
        const after = tokens[afterIdx];
        if (after && EN_PLACE_UNITS.some((u) => u.words[0] === after.lower)) {
          // "communes of Ky Son district: A, B and C", "communes of X district (A and B)", "… district, including A": the list
          // after the parent (read at its own unit word)
          const rest = tokens[afterIdx + 1];
          const g = rest ? gap(doc, after.end, rest.start) : "";
          if (pluralUnit && k === introducer && rest && /^[ \t]*[:(][ \t]*$/.test(g) && rest.cap) k = afterIdx + 1;
          else if (pluralUnit && k === introducer && rest && /^[ \t]*,?[ \t]*$/.test(g) && ["including", "namely"].includes(rest.lower) && tokens[afterIdx + 2]?.cap)
            k = afterIdx + 2;
          else break;
          continue;
        }
        const match = longestMatch(doc, gaz, capOnly, unit.levels);
        const lastIdx = match.length ? capOnly[match.length - 1] : capOnly[capOnly.length - 1];
        const m = makeMention(doc, tokens[i].start, k, lastIdx, unit, unit.levels, match.candidates, "unit");
        out.push(m);
        if (!pluralUnit) break;
        const sep = /^[ \t]*(?:,|and|&)[ \t]*(?:,|and)?[ \t]*/u.exec(text.slice(m.end, m.end + 10));
        if (!sep) break;
        k = tokens.findIndex((t) => t.start >= m.end + sep[0].length);
        if (k < 0) break;
      }
      continue;
    }
    // "X province": the capitalised words before (not "8 communes": a count)
    let j = i - 1;
    const run: number[] = [];
    while (j >= 0 && run.length < 5 && tokens[j].cap && nameGap(gap(doc, tokens[j].end, tokens[j + 1].start))) {
      run.unshift(j);
      j--;
    }
    while (run.length && EN_LEADING.has(tokens[run[0]].lower)) run.shift();
    if (!run.length) continue;
    const pushBefore = (indices: number[], start?: number): PlaceMention | undefined => {
      for (let k = 0; k < indices.length; k++) {
        const sub = indices.slice(k);
        const span = spanOf(tokens, sub[0], sub[sub.length - 1]);
        const candidates = gaz.lookup(foldKey(text.slice(span.start, span.end)), unit.levels);
        if (candidates.length) {
          const m = makeMention(doc, span.start, sub[0], sub[sub.length - 1], unit, unit.levels, candidates, "unit", start);
          out.push(m);
          return m;
        }
      }
      const m = makeMention(doc, tokens[indices[0]].start, indices[0], indices[indices.length - 1], unit, unit.levels, [], "unit", start);
      out.push(m);
      return m;
    };
    const first = pushBefore(run, tokens[i].end);
    // "Muong Kim and Pha Mu communes"
    if (pluralUnit && first) {
      let before = first.start;
      for (;;) {
        const sep = /[ \t]*(?:,|and|&)[ \t]*$/u.exec(text.slice(Math.max(0, before - 8), before));
        if (!sep) break;
        let k = tokens.findIndex((t) => t.end === before - sep[0].length);
        if (k < 0) break;
        const prev: number[] = [];
        while (k >= 0 && prev.length < 4 && tokens[k].cap && (prev.length === 0 || nameGap(gap(doc, tokens[k].end, tokens[k + 1].start)))) {
          prev.unshift(k);
          k--;
        }
        while (prev.length && EN_LEADING.has(tokens[prev[0]].lower)) prev.shift();
        if (!prev.length) break;
        const m = pushBefore(prev);
        if (!m) break;
        before = m.start;
      }
    }
  }
}

/** What follows a dateline's place: an agency in brackets and a dash ("(VNA) –", "(TTXVN) -"), a dash alone, or ", <date> (VNA)". */
const DATELINE_AFTER = /^[ \t]*(?:\([\p{L} .]{1,24}\)[ \t]*[–—-]|[–—-][ \t]|,[ \t]*[^\n]{1,24}\([\p{L} .]{1,24}\)[ \t]*[–—-])/u;

/** Provinces named alone: "Lai Châu", "Hanoi". Not inside a person's name ("Nguyễn Thị Hà Giang"). */
function bareProvinces(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  const taken = (s: number, e: number): boolean => overlapsAny(out, s, e);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    if (i > 0 && tokens[i - 1].cap && NAME_PARTICLES.has(tokens[i - 1].lower) && nameGap(gap(doc, tokens[i - 1].end, tokens[i].start))) continue;
    for (let k = Math.min(4, tokens.length - i); k >= 1; k--) {
      const idx = Array.from({ length: k }, (_, n) => i + n);
      if (idx.some((n) => !tokens[n].cap)) continue;
      if (idx.slice(1).some((n) => !nameGap(gap(doc, tokens[n - 1].end, tokens[n].start)))) continue;
      const span = spanOf(tokens, i, i + k - 1);
      if (taken(span.start, span.end)) continue;
      // a longer capitalised name goes on ("Hà Nội Mới"): not this province
      const next = tokens[i + k];
      if (next?.cap && nameGap(gap(doc, span.end, next.start)) && !viUnitAt(doc, i + k)) {
        const longer = gaz.lookup(foldKey(text.slice(span.start, next.end)));
        if (longer.length || doc.lang === "vi") continue;
      }
      const candidates = gaz.lookup(foldKey(text.slice(span.start, span.end)), ["PROVINCE"]);
      if (!candidates.length) continue;
      // a dateline, where the newspaper wrote from, not a place of the story: "Hanoi (VNA) –", "HÀ NỘI —" opening a line
      if (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, span.start - 40), span.start)) && DATELINE_AFTER.test(text.slice(span.end, span.end + 40))) {
        i += k - 1;
        break;
      }
      out.push(makeMention(doc, span.start, i, i + k - 1, undefined, ["PROVINCE"], candidates, "bare"));
      i += k - 1;
      break;
    }
  }
}

/** Names in an address after a mention: "xã Tiến Xuân, huyện Thạch Thất, Hà Nội" (Hà Nội). */
function chainNames(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  for (let round = 0; round < 4; round++) {
    let added = false;
    for (const m of [...out]) {
      if (!m.candidates.length && !m.village) continue;
      const sep = /^[ \t]*[,(–-]?[ \t]*/.exec(text.slice(m.end, m.end + 6))!;
      const k = tokens.findIndex((t) => t.start === m.end + sep[0].length);
      if (k < 0 || !tokens[k].cap || viUnitAt(doc, k)) continue;
      if (out.some((o) => o.start <= tokens[k].start && tokens[k].start < o.end)) continue;
      const rank = Math.min(...m.levels.map(levelRank));
      const higher = ABOVE_VILLAGE.filter((l) => levelRank(l) < rank);
      if (!higher.length) continue;
      const run = nameRun(doc, k, false, 4);
      const match = longestMatch(doc, gaz, run.indices.slice(0, run.capRun), higher);
      if (!match.length) continue;
      if (match.length < 2 && !match.candidates.some((c) => c.level === "PROVINCE")) continue;
      out.push(makeMention(doc, tokens[k].start, k, run.indices[match.length - 1], undefined, [...new Set(match.candidates.map((c) => c.level))], match.candidates, "chain"));
      added = true;
    }
    if (!added) break;
  }
}

/** The first token of the capitalised run (at most four words) that ends at token `last`. */
function capitalisedRunStart(doc: Doc, last: number): number {
  const { tokens } = doc;
  let first = last;
  while (first > 0 && last - first < 3 && tokens[first - 1].cap && nameGap(gap(doc, tokens[first - 1].end, tokens[first].start))) first--;
  return first;
}

/**
 * A name without its unit word right before its province: "ở Quan Hóa, Thanh Hóa", "in Huong Hoa (Quang Tri)", "Ky Son,
 * Nghe An". Read only when the gazetteer holds a district or commune of that name inside that province; a name after a
 * person's name particle ("Nguyễn Văn Quan, Thanh Hóa") or inside a longer capitalised run is left alone.
 */
function namesBeforeProvince(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  for (const p of [...out]) {
    const provinces = p.candidates.filter((c) => c.level === "PROVINCE");
    if (!provinces.length || p.levels.some((l) => l !== "PROVINCE")) continue;
    const sep = /(?:,|\()[ \t]*$/.exec(text.slice(Math.max(0, p.start - 4), p.start));
    if (!sep || (sep[0].startsWith("(") && !/^[^()\n]{0,24}\)/.test(text.slice(p.end)))) continue;
    const last = tokens.findIndex((t) => t.end === p.start - sep[0].length || (t.end < p.start - sep[0].length && /^[ \t]+$/.test(text.slice(t.end, p.start - sep[0].length))));
    if (last < 0 || !tokens[last].cap) continue;
    const first = capitalisedRunStart(doc, last);
    // the whole capitalised run, or the run after a capitalised "Tại", "In", "At" opening the sentence
    const from = first < last && (ADDRESS_BEFORE.has(tokens[first].lower) || EN_LEADING.has(tokens[first].lower)) ? first + 1 : first;
    if (from > 0 && NAME_PARTICLES.has(tokens[from - 1].lower) && nameGap(gap(doc, tokens[from - 1].end, tokens[from].start))) continue;
    const span = spanOf(tokens, from, last);
    if (out.some((o) => span.start < o.end && o.start < span.end)) continue;
    const inside = gaz.lookup(foldKey(text.slice(span.start, span.end)), ["DISTRICT", "COMMUNE"]).filter((c) => provinces.some((pr) => gaz.isAncestor(pr.id, c.id)));
    if (inside.length) out.push(makeMention(doc, span.start, from, last, undefined, [...new Set(inside.map((c) => c.level))], inside, "bare"));
  }
}

/**
 * An English apposition: "Tan Lap, a commune of Ha Tinh province", "Huong Hoa, a mountainous district in Quang Tri": the
 * name, then "a/an/the", up to three lower-case words, a unit word and "of/in" with the unit holding it right after.
 * Only a name the gazetteer holds at that level inside the holder named after it.
 */
function englishAppositions(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  if (doc.lang !== "en") return;
  const { tokens, text } = doc;
  const re = /,[ \t]+(?:a|an|the|two|three|four|five|six|\d+)[ \t]+(?:[a-z-]+[ \t]+){0,3}?(communes?|districts?|wards?|towns?|township|province)[ \t]+(?:of|in)[ \t]+/g;
  for (const hit of text.matchAll(re)) {
    const unit = EN_PLACE_UNITS.find((u) => u.words.length === 1 && u.words[0] === hit[1]) ?? EN_PLACE_UNITS.find((u) => u.words[0] === hit[1].replace(/s$/, ""));
    const holder = out.find((o) => o.start === hit.index + hit[0].length && o.candidates.length);
    if (!unit || !holder) continue;
    // the name before the comma, and for a plural unit the names listed before it ("A, B and C, three communes of D")
    let end = hit.index;
    for (let n = 0; n < (hit[1].endsWith("s") ? 8 : 1); n++) {
      const last = tokens.findIndex((t) => t.end === end);
      if (last < 0 || !tokens[last].cap) break;
      const first = capitalisedRunStart(doc, last);
      let found = -1;
      for (let from = first; from <= last; from++) {
        const span = spanOf(tokens, from, last);
        if (out.some((o) => span.start < o.end && o.start < span.end)) continue;
        const inside = gaz.lookup(foldKey(text.slice(span.start, span.end)), unit.levels).filter((c) => holder.candidates.some((h) => gaz.isAncestor(h.id, c.id)));
        if (!inside.length) continue;
        out.push(makeMention(doc, span.start, from, last, unit, [...new Set(inside.map((c) => c.level))], inside, n ? "list" : "unit"));
        found = from;
        break;
      }
      if (found < 0) break;
      const sep = /(?:,|,?[ \t]+and)[ \t]+$/.exec(text.slice(Math.max(0, tokens[found].start - 6), tokens[found].start));
      if (!sep) break;
      end = tokens[found].start - sep[0].length;
    }
  }
}

/** A name before ", xã …" after "tại"/"ở": a village the text names without its unit word ("tại Vi Choong, xã Hiếu"). */
function addressVillages(doc: Doc, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  for (const m of [...out]) {
    if (!m.levels.includes("COMMUNE") || m.how === "bare" || m.how === "chain") continue;
    const sep = /,[ \t]*$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (!sep) continue;
    let k = tokens.findIndex((t) => t.end === m.start - sep[0].length);
    const run: number[] = [];
    while (k >= 0 && run.length < 3 && tokens[k].cap && (run.length === 0 || nameGap(gap(doc, tokens[k].end, tokens[k + 1].start)))) {
      run.unshift(k);
      k--;
    }
    if (!run.length || k < 0 || !ADDRESS_BEFORE.has(tokens[k].lower) || !spaceOnly(gap(doc, tokens[k].end, tokens[run[0]].start))) continue;
    const span = spanOf(tokens, run[0], run[run.length - 1]);
    if (out.some((o) => span.start < o.end && o.start < span.end)) continue;
    out.push(makeMention(doc, span.start, run[0], run[run.length - 1], { words: [], levels: ["VILLAGE"], village: true }, ["VILLAGE"], [], "address"));
  }
}

/**
 * Names in brackets after a district or province: the units inside it ("huyện Kỳ Sơn (Hữu Kiệm, Bảo Nam)", "Ky Son district (Huu
 * Kiem and Bao Nam)"). Read only when every name in the brackets is a unit the gazetteer holds inside the one before them.
 */
function bracketChildren(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  const { tokens, text } = doc;
  for (const m of [...out]) {
    if (!m.candidates.length || m.levels.some((l) => l !== "PROVINCE" && l !== "DISTRICT")) continue;
    const open = /^[ \t]*\([ \t]*/.exec(text.slice(m.end, m.end + 6));
    if (!open) continue;
    const close = text.indexOf(")", m.end);
    if (close < 0 || close - m.end > 160 || /[\n(]/.test(text.slice(m.end + open[0].length, close))) continue;
    const lower: Level[] = m.levels.includes("PROVINCE") ? ["DISTRICT", "COMMUNE"] : ["COMMUNE"];
    const found: PlaceMention[] = [];
    let k = tokens.findIndex((t) => t.start === m.end + open[0].length);
    let ok = k >= 0;
    while (ok && k >= 0 && tokens[k].start < close) {
      const run = nameRun(doc, k, true, 4);
      const capOnly = run.indices.slice(0, run.capRun).filter((x) => tokens[x].end <= close);
      const match = capOnly.length ? longestMatch(doc, gaz, capOnly, lower) : { length: 0, candidates: [] };
      const inside = match.candidates.filter((c) => m.candidates.some((p) => gaz.isAncestor(p.id, c.id)));
      if (!inside.length || match.length !== capOnly.length) {
        ok = false;
        break;
      }
      const lastIdx = capOnly[match.length - 1];
      found.push(makeMention(doc, tokens[k].start, k, lastIdx, undefined, [...new Set(inside.map((c) => c.level))], inside, "list"));
      const sep = /^[ \t]*(?:,|;|và|and|&)[ \t]*/u.exec(text.slice(tokens[lastIdx].end, close + 1));
      if (tokens[lastIdx].end === close || /^[ \t]*$/.test(text.slice(tokens[lastIdx].end, close))) break;
      if (!sep) {
        ok = false;
        break;
      }
      k = tokens.findIndex((t) => t.start === tokens[lastIdx].end + sep[0].length);
      ok = k >= 0;
    }
    if (ok && found.length && !found.some((f) => out.some((o) => o.start < f.end && f.start < o.end))) out.push(...found);
  }
}

/**
 * An English "village" the gazetteer holds as a commune of the district named right after it: "Huyen Hoi village, Cang Long
 * district" (English texts often call a xã a village). Only when exactly one commune of that name lies in that district.
 */
function villagesThatAreCommunes(doc: Doc, gaz: Gazetteer, out: PlaceMention[]): void {
  if (doc.lang !== "en") return;
  for (const [k, m] of out.entries()) {
    if (!m.village || m.how !== "unit" || m.candidates.length) continue;
    const next = out.find((n) => n.start >= m.end && n.start - m.end <= 6 && /^[ \t]*,?[ \t]*(?:in|of)?[ \t]*$/.test(doc.text.slice(m.end, n.start)));
    const districts = next?.candidates.filter((c) => c.level === "DISTRICT") ?? [];
    if (!districts.length) continue;
    const communes = gaz.lookup(foldKey(m.name), ["COMMUNE"]).filter((c) => districts.some((d) => gaz.isAncestor(d.id, c.id)));
    if (communes.length !== 1) continue;
    out[k] = { ...m, levels: ["COMMUNE"], village: false, unitType: undefined, candidates: communes };
  }
}

/** Which naming the article uses, and why. */
function decideEra(mentions: readonly PlaceMention[], chains: readonly PlaceMention[][], refDate: string | undefined): { era: Era; why: string } {
  if (refDate)
    return refDate >= REFORM_DAY
      ? { era: "new", why: `2025 naming (the article is of ${refDate})` }
      : { era: "legacy", why: `legacy naming (the article is of ${refDate}, before July 2025)` };
  if (mentions.some((m) => m.how !== "bare" && m.levels.length === 1 && m.levels[0] === "DISTRICT")) return { era: "legacy", why: "legacy naming (the article names districts)" };
  // communes that only one naming has: "19 communes: Mu Cang Chai, Tram Tau, …" are 2025 communes (legacy districts)
  const communes = mentions.filter((m) => m.levels.length === 1 && m.levels[0] === "COMMUNE" && m.candidates.length);
  const onlyNew = communes.filter((m) => m.candidates.every((c) => c.validFrom && !c.validTo)).length;
  const onlyLegacy = communes.filter((m) => m.candidates.every((c) => c.validTo && !c.validFrom)).length;
  if (onlyNew >= 2 && onlyNew > onlyLegacy) return { era: "new", why: `2025 naming (${onlyNew} communes only the 2025 units have)` };
  const communeThenProvince = chains.some((c) =>
    c.some(
      (m, i) =>
        m.levels.includes("COMMUNE") &&
        !m.levels.includes("DISTRICT") &&
        c[i + 1]?.levels.includes("PROVINCE") &&
        !c.some((o) => o.levels.length === 1 && o.levels[0] === "DISTRICT"),
    ),
  );
  if (communeThenProvince) return { era: "new", why: "2025 naming (communes named with their province, no district)" };
  return { era: "legacy", why: "legacy naming (no date and no 2025 commune–province address)" };
}

/** The finest and the coarsest level a mention may be (by rank: province 0 … village 3). */
const finest = (m: PlaceMention): number => Math.max(...m.levels.map(levelRank));
const coarsest = (m: PlaceMention): number => Math.min(...m.levels.map(levelRank));

/**
 * Does `next` start a new address after this chain? "xã A, tỉnh B và xã C, tỉnh D", "A commune (B) and C commune (D)",
 * "A district (B), C's union said": the chain went from a smaller unit up to a larger one, and `next` is not larger still. A unit then the ones inside
 * it ("huyện Kỳ Sơn (Hữu Kiệm, Bảo Nam)", "tỉnh B, huyện C") goes on, since nothing smaller came before the larger.
 */
function addressClosed(chain: readonly PlaceMention[], next: PlaceMention): boolean {
  const last = chain[chain.length - 1];
  if (coarsest(next) < finest(last)) return false;
  return chain.slice(0, -1).some((o) => coarsest(o) > finest(last));
}

/** "based in", "có trụ sở tại", "đóng tại" before a place: a body's seat. */
const SEAT_BEFORE = /(?:\b(?:based|headquartered)[ \t]+in|(?:đóng|trụ sở)[ \t]+(?:tại|ở))[ \t]+(?:(?:the|tỉnh|thành phố|huyện)[ \t]+)?$/iu;
/** "from", "từ", "đến từ" before a place: where people came from. */
const ORIGIN_BEFORE = /(?:\bfrom|(?:^|[^\p{L}])từ)[ \t]+(?:(?:the|tỉnh|thành phố|huyện)[ \t]+)?$/iu;

/** Tone marks (grave, acute, tilde, hook, dot below) as combining characters once decomposed. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A name as written with its diacritics, each syllable as its letters and vowel marks (â, ơ, đ …) plus its tone,
 * wherever the tone mark sits ("Hoà" and "Hòa", "Thuỷ" and "Thủy" are one spelling); undefined when written without any.
 */
function toneKey(name: string): string | undefined {
  const words = name
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter(Boolean);
  if (!words.some((w) => /[^a-z0-9]/.test(w))) return undefined;
  return words
    .map((w) => {
      const nfd = w.normalize("NFD");
      const tone = nfd.match(TONE)?.[0] ?? "";
      return nfd.replace(TONE, "").normalize("NFC") + tone;
    })
    .join(" ");
}

/** The names a gazetteer unit is written with, as tone keys (unit words left out). */
function recordToneKeys(r: PlaceRecord): Set<string> {
  const keys = new Set<string>();
  for (const n of [r.name, r.officialName, ...r.aliases]) {
    if (!n) continue;
    const bare = n.replace(/^(?:tỉnh|thành phố|thủ đô|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/iu, "");
    for (const v of [n, bare]) {
      const k = toneKey(v);
      if (k) keys.add(k);
    }
  }
  return keys;
}

interface Scored {
  score: number;
  why: Set<string>;
}

/**
 * Finds and resolves the places of an article. `refDate` (YYYY-MM-DD) is when the article was
 * written, if known: it says which naming the article uses.
 */
export function findPlaces(doc: Doc, gaz: Gazetteer, refDate?: string): PlaceFinding {
  const raw: PlaceMention[] = [];
  if (doc.lang === "vi") viUnitMentions(doc, gaz, raw);
  else enUnitMentions(doc, gaz, raw);
  bareProvinces(doc, gaz, raw);
  bracketChildren(doc, gaz, raw);
  namesBeforeProvince(doc, gaz, raw);
  englishAppositions(doc, gaz, raw);
  chainNames(doc, gaz, raw);
  addressVillages(doc, raw);
  villagesThatAreCommunes(doc, gaz, raw);

  // one mention per name: the first found (unit words before lists, lists before bare names)
  const mentions: PlaceMention[] = [];
  for (const m of raw) if (!mentions.some((o) => o.nameSpan.start < m.nameSpan.end && m.nameSpan.start < o.nameSpan.end)) mentions.push(m);
  mentions.sort((a, b) => a.start - b.start);
  // units merged into another are former units: "… trên cơ sở sáp nhập các xã A, B và C"
  for (const m of mentions) {
    const sentence = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (sentence && FORMER.test(doc.text.slice(sentence.start, m.start))) m.former = true;
  }

  const chains: PlaceMention[][] = [];
  for (const m of mentions) {
    const chain = chains[chains.length - 1];
    const last = chain?.at(-1);
    // a list's names after one unit word ("communes of A, B and C") start at that word: read the gap between the names
    const from = last && m.start < last.end && m.nameSpan.start >= last.end ? m.nameSpan.start : m.start;
    const between = last && last.end <= from ? doc.text.slice(last.end, from) : undefined;
    if (between !== undefined && !between.includes("\n") && between.length <= 16 && CHAIN_GAP.test(between) && !addressClosed(chain, m)) chain.push(m);
    else chains.push([m]);
  }
  const chainOf = new Map<PlaceMention, PlaceMention[]>();
  for (const c of chains) for (const m of c) chainOf.set(m, c);

  const era = decideEra(mentions, chains, refDate);
  const notes: string[] = [];

  // an article before July 2025 names no 2025 unit: they did not exist yet
  if (refDate && refDate < REFORM_DAY)
    for (const m of mentions) {
      const kept = m.candidates.filter((c) => gaz.eras(c).includes("legacy"));
      if (kept.length < m.candidates.length) {
        if (!kept.length) notes.push(`"${squash(doc.text.slice(m.start, m.end))}": only 2025 units have that name, and the article is of ${refDate}; not proposed`);
        m.candidates = kept;
      }
    }

  // anchors: provinces and districts named with few candidates, anywhere; the nearer, the stronger (the mention's
  // sentence 3, its paragraph 2, the article 1)
  const breaks = [...doc.text.matchAll(/\n\s*\n/g)].map((b) => b.index);
  const paragraphOf = (pos: number): number => breaks.filter((b) => b < pos).length;
  const sentenceIndex = (pos: number): number => doc.sentences.findIndex((x) => x.start <= pos && pos < x.end);
  interface Anchor {
    name: string;
    near: number;
  }
  const anchorsOutside = (chain: PlaceMention[]): Map<string, Anchor> => {
    const anchors = new Map<string, Anchor>();
    const at = chain[0].start;
    const sentence = sentenceIndex(at);
    const paragraph = paragraphOf(at);
    for (const m of mentions) {
      if (chain.includes(m) || !m.candidates.length || m.candidates.length > 3) continue;
      // where people came from ("đoàn từ Hà Tĩnh", "a team from Ha Tinh") counts only as a province of the article; where a
      // body sits ("có trụ sở tại Hà Nội", "based in Hanoi", "Hanoi-based") not at all: neither is where they went
      const before = doc.text.slice(Math.max(0, m.start - 24), m.start);
      if (SEAT_BEFORE.test(before) || /^-based\b/.test(doc.text.slice(m.end, m.end + 7))) continue;
      const origin = ORIGIN_BEFORE.test(before);
      const near = origin ? 1 : sentence >= 0 && sentenceIndex(m.start) === sentence ? 3 : paragraphOf(m.start) === paragraph ? 2 : 1;
      for (const c of m.candidates) if ((c.level === "PROVINCE" || c.level === "DISTRICT") && near > (anchors.get(c.id)?.near ?? 0)) anchors.set(c.id, { name: m.name, near });
    }
    return anchors;
  };

  const scoreOf = (m: PlaceMention, c: PlaceRecord, anchors: Map<string, Anchor>): Scored => {
    const why = new Set<string>();
    let score = 0;
    const eras = gaz.eras(c);
    if (m.former) {
      score += eras.includes("legacy") ? 4 : -4;
      if (eras.length === 1) why.add('"(cũ)": a former unit');
    } else if (eras.includes(era.era)) {
      score += 2;
      if (eras.length === 1) why.add(era.why);
    } else score -= 2;
    if (m.unitType && c.unitType && foldKey(m.unitType) === foldKey(c.unitType)) {
      score += 1;
      why.add(`its unit word (${m.unitType})`);
    }
    // an English "town" is a thị trấn or thị xã, never a rural district or a commune of the same name ("Cam Xuyen town")
    const unitWords = foldKey(`${doc.text.slice(m.start, m.nameSpan.start)} ${doc.text.slice(m.nameSpan.end, m.end)}`);
    if (!m.unitType && /\btowns?\b/.test(unitWords) && c.unitType && !/^thi (?:tran|xa)$/.test(foldKey(c.unitType))) {
      score -= 2;
      why.add(`a town is no ${c.unitType}`);
    }
    let nearest: Anchor | undefined;
    // a former district anchors, in a 2025 article, the 2025 units made of its communes as it does its own communes
    const under = (id: string): boolean => gaz.isAncestor(id, c.id) || (era.era === "new" && !m.former && gaz.succeedsUnder(id, c.id));
    for (const [id, anchor] of anchors) if (anchor.near > (nearest?.near ?? 0) && under(id)) nearest = anchor;
    if (nearest) {
      score += 3 + nearest.near;
      why.add(`${nearest.name} named ${["", "elsewhere in the article", "in its paragraph", "in its sentence"][nearest.near]}`);
    }
    // written with diacritics: a unit whose name has other tone marks ("Quan Hóa" for the ward "Quan Hoa") fits less
    const written = toneKey(m.name);
    if (written && !recordToneKeys(c).has(written)) {
      score -= 3;
      why.add(`"${m.name}" is not written as ${c.name}`);
    }
    return { score, why };
  };

  const lacking = new Set<PlaceMention>();
  for (const chain of chains) {
    const members = chain.filter((m) => m.candidates.length);
    if (!members.length) continue;
    const anchors = anchorsOutside(chain);
    const single = members.map((m) => m.candidates.map((c) => scoreOf(m, c, anchors)));
    const pairScore = (a: PlaceRecord, b: PlaceRecord): number => {
      if (a.level === b.level) return a.parents.some((p) => b.parents.includes(p)) ? 1 : 0;
      // in a 2025 article, "Sơn Hồng, Sơn Tiến (huyện Hương Sơn cũ)": 2025 communes made of the former district's
      const inside = gaz.isAncestor(a.id, b.id) || gaz.isAncestor(b.id, a.id) || (era.era === "new" && (gaz.succeedsUnder(a.id, b.id) || gaz.succeedsUnder(b.id, a.id)));
      return inside ? 10 : -8;
    };
    const listed = (a: number, b: number): boolean =>
      b === a + 1 && members[a].end <= members[b].start && /^[ \t]*(?:và|and|&)[ \t]*$/iu.test(doc.text.slice(members[a].end, members[b].start));
    const size = members.reduce((n, m) => n * m.candidates.length, 1);
    let bestScore = -Infinity;
    let bestChoices: number[][] = [];
    if (size <= 20000) {
      const choice = new Array<number>(members.length).fill(0);
      const walk = (i: number): void => {
        if (i === members.length) {
          let s = 0;
          for (let a = 0; a < members.length; a++) {
            s += single[a][choice[a]].score;
            for (let b = a + 1; b < members.length; b++) {
              const ab = pairScore(members[a].candidates[choice[a]], members[b].candidates[choice[b]]);
              // two names joined by "and"/"và" are a list of equals, not an address: a unit inside the other counts little
              s += listed(a, b) && members[a].candidates[choice[a]].level !== members[b].candidates[choice[b]].level ? (ab > 0 ? 2 : 0) : ab;
            }
          }
          if (s > bestScore) {
            bestScore = s;
            bestChoices = [[...choice]];
          } else if (s === bestScore) bestChoices.push([...choice]);
          return;
        }
        for (let c = 0; c < members[i].candidates.length; c++) {
          choice[i] = c;
          walk(i + 1);
        }
      };
      walk(0);
    } else {
      // too many combinations: each member on its own, against the best of the others
      const choice = members.map(
        (m, a) =>
          m.candidates.reduce(
            (best, c, ci) => {
              const s = single[a][ci].score + members.reduce((acc, o, b) => (b === a ? acc : acc + Math.max(...o.candidates.map((oc) => pairScore(c, oc)))), 0);
              return s > best.s ? { s, ci } : best;
            },
            { s: -Infinity, ci: 0 },
          ).ci,
      );
      bestChoices = [choice];
    }
    members.forEach((m, a) => {
      const picks = new Set(bestChoices.map((c) => c[a]));
      if (picks.size > 1) {
        const ids = [...picks].map((p) => m.candidates[p].id);
        notes.push(
          `"${squash(doc.text.slice(m.start, m.end))}": ${ids.length} places fit equally (${ids.slice(0, 6).join(", ")}${ids.length > 6 ? ", …" : ""}); name its district or province`,
        );
        return;
      }
      const pick = [...picks][0];
      const chosen = m.candidates[pick];
      // "xã A (tỉnh B)" where no A of the gazetteer is in B: not some other A
      const outside = members.find(
        (o, b) => o !== m && finest(o) < coarsest(m) && new Set(bestChoices.map((c) => c[b])).size === 1 && pairScore(chosen, o.candidates[bestChoices[0][b]]) < 0,
      );
      if (outside) {
        // left to the units the gazetteer lacks: a commune right under its district (legacy) or province (2025) is proposed there
        const holder = outside.candidates[bestChoices[0][members.indexOf(outside)]];
        if (coarsest(m) === 2 && holder.level === (era.era === "legacy" ? "DISTRICT" : "PROVINCE")) lacking.add(m);
        else notes.push(`"${squash(doc.text.slice(m.start, m.end))}": no unit of that name in ${outside.name}; not proposed`);
        return;
      }
      // one of several units of that name (of the article's naming), in a province the article never names while it names
      // others: not bound ("xã A" in an article on province B, where provinces C and D have an A and tone marks tip it to C)
      const provinceOf = (id: string): string[] => [id, ...gaz.ancestors(id)].filter((a) => gaz.get(a)?.level === "PROVINCE");
      const named = new Set([...anchors.keys()].flatMap(provinceOf));
      const beside = members.some((o, b) => o !== m && pairScore(chosen, o.candidates[bestChoices[0][b]]) >= 10);
      const sameEra = m.candidates.filter((c) => gaz.eras(c).includes(era.era)).length;
      if (sameEra > 1 && chosen.level !== "PROVINCE" && named.size && !provinceOf(chosen.id).some((p) => named.has(p)) && !beside) {
        notes.push(`"${squash(doc.text.slice(m.start, m.end))}": ${chosen.id} fits best of ${sameEra}, in a province the article does not name; not proposed`);
        return;
      }
      m.placeId = chosen.id;
      if (m.candidates.length > 1) {
        const why = new Set<string>();
        const others = members.filter((o) => o !== m).map((o) => o.name);
        if (others.length && members.some((o, b) => o !== m && pairScore(chosen, o.candidates[bestChoices[0][b]]) >= 10)) why.add(`the units beside it (${others.join(", ")})`);
        for (const w of single[a][pick].why) why.add(w);
        m.why = `chosen among ${m.candidates.length} (${m.candidates
          .map((c) => c.id)
          .slice(0, 4)
          .join(", ")}${m.candidates.length > 4 ? ", …" : ""}) by ${[...why].join("; ") || "the best fit"}`;
      }
    });
  }

  const places = new Map<string, FoundPlace>();
  const chainSpan = (m: PlaceMention): Span => {
    const c = chainOf.get(m) ?? [m];
    return { start: c[0].start, end: c[c.length - 1].end };
  };
  const surface = (m: PlaceMention): string => squash(doc.text.slice(m.start, m.end));
  for (const m of mentions) {
    if (!m.placeId) continue;
    const record = gaz.get(m.placeId)!;
    const known = places.get(record.id);
    if (known) {
      known.mentions.push(m);
      continue;
    }
    const why = m.why;
    places.set(record.id, {
      id: record.id,
      name: record.name,
      level: record.level,
      record,
      mentions: [m],
      quote: chainSpan(m),
      reason: `place "${surface(m)}" is ${record.level.toLowerCase()} ${record.id} in the gazetteer${why ? `, ${why}` : ""}`,
    });
  }

  // villages, and units the gazetteer lacks, under the unit that holds them
  const communeOf = new Map<string, string>();
  const sentenceOf = (pos: number): Span | undefined => doc.sentences.find((s) => s.start <= pos && pos < s.end);
  const resolvedCommunes = mentions.filter((m) => m.placeId && gaz.get(m.placeId)?.level === "COMMUNE");
  const villageParent = (v: PlaceMention): { id?: string; how: string } => {
    const chain = chainOf.get(v) ?? [];
    const inChain = chain.find((o) => o.placeId && gaz.get(o.placeId)?.level === "COMMUNE");
    if (inChain) return { id: inChain.placeId, how: `beside ${surface(inChain)}` };
    const sentence = sentenceOf(v.start);
    if (sentence) {
      const clauseEnd = (() => {
        const semi = doc.text.indexOf(";", v.end);
        return semi >= 0 && semi < sentence.end ? semi : sentence.end;
      })();
      const next = resolvedCommunes.find((o) => o.start >= v.end && o.start < clauseEnd);
      if (next) return { id: next.placeId, how: `${surface(next)} after it in the same clause` };
    }
    return { how: "" };
  };
  const villages = mentions.filter((m) => m.village && !m.placeId);
  const assigned = new Map<PlaceMention, { id: string; how: string }>();
  for (const v of villages) {
    const p = villageParent(v);
    if (p.id) {
      assigned.set(v, { id: p.id, how: p.how });
      communeOf.set(foldKey(v.name), p.id);
    }
  }
  // twice over: a village placed on the first round places the ones named with it on the second
  const noted = new Set<PlaceMention>();
  for (const round of [1, 2]) {
    for (const v of villages) {
      if (assigned.has(v)) continue;
      const place = (id: string, how: string): void => {
        assigned.set(v, { id, how });
        communeOf.set(foldKey(v.name), id);
      };
      const same = communeOf.get(foldKey(v.name));
      if (same) {
        place(same, "the same village named with its commune elsewhere");
        continue;
      }
      const mate = round === 2 ? (chainOf.get(v) ?? []).find((o) => o.village && assigned.has(o)) : undefined;
      if (mate) {
        place(assigned.get(mate)!.id, `as ${surface(mate)}, named with it`);
        continue;
      }
      const sentence = sentenceOf(v.start);
      const inSentence = [...new Set(resolvedCommunes.filter((o) => sentence && o.start >= sentence.start && o.start < sentence.end).map((o) => o.placeId!))];
      if (inSentence.length === 1) {
        place(inSentence[0], "the only commune of its sentence");
        continue;
      }
      const inDoc = [...new Set(resolvedCommunes.map((o) => o.placeId!))];
      if (inDoc.length === 1) {
        place(inDoc[0], "the only commune of the article");
        continue;
      }
      if (round === 2 && !noted.has(v)) {
        noted.add(v);
        notes.push(`village "${surface(v)}": its commune is not clear${inSentence.length ? ` (${inSentence.join(", ")})` : ""}; not proposed`);
      }
    }
  }
  for (const [v, parent] of assigned) {
    const known = gaz.lookup(foldKey(v.name), ["VILLAGE"]).find((r) => r.parents.includes(parent.id));
    const id = known?.id ?? `${parent.id}:${slugify(/^\d+$/.test(v.name) ? `${v.unitType ?? "thon"} ${v.name}` : v.name) || "x"}`;
    v.placeId = id;
    const found = places.get(id);
    if (found) {
      found.mentions.push(v);
      continue;
    }
    places.set(id, {
      id,
      name: known?.name ?? v.name,
      level: "VILLAGE",
      ...(/^\d+$/.test(v.name) ? { name: `${v.unitType ?? "Thôn"} ${v.name}` } : {}),
      record: known,
      parentId: parent.id,
      unitType: v.unitType,
      mentions: [v],
      quote: chainSpan(v),
      reason: known
        ? `village "${surface(v)}" is ${id}, known in ${parent.id} (${parent.how})`
        : `new village "${v.name}" PART_OF ${parent.id} (${parent.how}): the text writes "${surface(v)}"`,
    });
  }
  // an administrative unit the gazetteer lacks, with the unit holding it beside it
  for (const m of mentions) {
    if (m.placeId || m.village || (m.candidates.length && !lacking.has(m))) continue;
    const chain = chainOf.get(m) ?? [];
    const rank = Math.min(...m.levels.map(levelRank));
    const holder = chain
      .filter((o) => o.placeId && levelRank(gaz.get(o.placeId)!.level) < rank)
      .sort((a, b) => levelRank(gaz.get(b.placeId!)!.level) - levelRank(gaz.get(a.placeId!)!.level))[0];
    const level = m.levels.length === 1 ? m.levels[0] : undefined;
    if (!holder || !level || m.how === "bare") {
      notes.push(`"${surface(m)}": not in the gazetteer${holder ? "" : ", and no unit beside it says where it is"}; not proposed`);
      continue;
    }
    const id = `${holder.placeId}:${slugify(m.name) || "x"}`;
    // the seed loader takes a unit the gazetteer lacks only directly under its gazetteer parent
    if (!placeIdFitsLevel(id, level)) {
      notes.push(`"${surface(m)}": not in the gazetteer, and ${holder.placeId} beside it is not the unit directly above a ${level.toLowerCase()}; not proposed`);
      continue;
    }
    m.placeId = id;
    if (places.has(id)) {
      places.get(id)!.mentions.push(m);
      continue;
    }
    places.set(id, {
      id,
      name: m.name,
      level,
      parentId: holder.placeId,
      unitType: m.unitType,
      mentions: [m],
      quote: chainSpan(m),
      reason: `not in the gazetteer: new ${level.toLowerCase()} "${m.name}" PART_OF ${holder.placeId}, named beside it in "${squash(doc.text.slice(chainSpan(m).start, chainSpan(m).end))}" (a unit dissolved before 2025, or a spelling to fix?)`,
    });
  }
  return { mentions, places, era, notes: [...new Set(notes)] };
}
