/**
 * (refs9) A body named in full once and referred to again by a short form: "Hội Nông dân tỉnh A … Hội đã …",
 * "Trung tâm Dịch vụ nông nghiệp huyện B … Trung tâm cấp …", "the Women's Union of C … the union organised …",
 * "Hợp tác xã D … HTX này …", an acronym the article defined in brackets after the name ("… (TTKN) … TTKN tổ chức …").
 *
 * Contract: `backReferences(text, sentences, bodies, taken)` reads the sentences and returns each short form that is a
 * reference to exactly one body of `bodies` named (in full) before it. A short form is a reference only where it acts or
 * is spoken of as one body: a head noun written with its capital letter in Vietnamese ("Hội", "Trung tâm", "HTX",
 * "Ban quản lý dự án", "Công ty", "Quỹ", "Chi hội") or after "the" in English ("the centre", "the union", "the
 * organisation", "the cooperative", "the company", "the association", "the foundation", "the board"), followed by what
 * it does ("đã", "tổ chức", "cấp", "has", "organised", …) and is not the complement of another noun ("the members of
 * the union discussed"), or "này"/"đó", or after "của/với/by/with" at a clause's end.
 * Never when two bodies of the article fit (a farmers' and a women's union before "Hội"), when the form names a kind
 * ("các hội", "unions in the province", "mỗi hợp tác xã": no capital, a plural, a determiner), when no body that fits
 * was named before it, or when it is part of a longer name (it overlaps a mention in `taken`, or a capitalised word
 * runs into it). `personReferences` does the same for a person named in full and then by an honorific and the last
 * word of the name ("ông Hùng", "Mr. Hung"). Both pure; `backReferencesOf` reads the draft for the matching stage,
 * which links each as a reference mention.
 */
import { foldDiacritics } from "../common/text";
import { OrgType } from "../graph/graph.enums";
import { Label } from "../graph/graph.model";
import type { ArticleDraft } from "./ingest.draft";
import type { EntityMention } from "./ingest.mentions";
import { overlapsAny, type Span } from "./ingest.text";

/** A body the article names, with every name it goes by and where it is first named in full. */
export interface NamedBody {
  id: string;
  names: readonly string[];
  orgType?: string;
  /** Where the article first names it in full (not by a reference). */
  firstNamed: number;
}

/** A short form that refers back to one body. */
export interface BackReference extends Span {
  /** The short form as written ("Trung tâm", "the union"). */
  form: string;
  id: string;
  /** Why, for the draft: "'Trung tâm' refers back to …". */
  reason: string;
}

interface Head {
  /** The short form (Vietnamese: written with its capital; English: after "the"). */
  form: RegExp;
  /** Does a body's name (folded, lower case) or type fit it? */
  fits: (folded: string, orgType?: string) => boolean;
}

const starts =
  (...prefixes: string[]) =>
  (folded: string) =>
    prefixes.some((p) => folded === p || folded.startsWith(`${p} `));
const has = (words: RegExp) => (folded: string) => words.test(folded);

/** Vietnamese head nouns, longest first; a form starts with its capital letter (lower-case "hội", "trung tâm" name kinds or places). */
const VI_HEADS: readonly Head[] = [
  { form: /^(?:Ban [Qq]uản lý dự án|Ban QLDA|BQLDA|BQL dự án)/u, fits: starts("ban quan ly du an", "ban qlda", "bqlda", "bql du an") },
  { form: /^Ban [Qq]uản lý/u, fits: starts("ban quan ly", "ban qlda", "bqlda", "bql") },
  { form: /^(?:Hợp tác xã|HTX)/u, fits: starts("hop tac xa", "htx") },
  { form: /^Trung tâm/u, fits: starts("trung tam") },
  { form: /^Chi hội/u, fits: starts("chi hoi") },
  // "Hội" is a union, an association, never "Hội đồng" (a council) nor its branch ("Chi hội")
  { form: /^Hội/u, fits: (f) => starts("hoi")(f) && !f.startsWith("hoi dong") },
  { form: /^Công ty/u, fits: starts("cong ty") },
  { form: /^Quỹ/u, fits: starts("quy") },
];

const NGO_TYPES = new Set<string>([OrgType.INTERNATIONAL_NGO, OrgType.NGO]);
/** English nouns after "the", and the bodies they fit. */
const EN_HEADS: readonly Head[] = [
  { form: /^(?:centre|center)/iu, fits: (f) => has(/\b(?:centre|center)\b/u)(f) || starts("trung tam")(f) },
  { form: /^union/iu, fits: (f) => has(/\bunion\b/u)(f) || /^hoi (?:nong dan|lien hiep phu nu|lhpn|nd)\b/u.test(f) },
  { form: /^organi[sz]ation/iu, fits: (f, t) => (t !== undefined && NGO_TYPES.has(t)) || has(/\borgani[sz]ation\b/u)(f) },
  { form: /^(?:cooperative|co-op)/iu, fits: (f, t) => t === OrgType.COOPERATIVE || has(/\b(?:cooperative|co-op)\b/u)(f) || starts("hop tac xa", "htx")(f) },
  { form: /^company/iu, fits: (f, t) => t === OrgType.BUSINESS || has(/\b(?:company|corporation|jsc|ltd)\b/u)(f) || starts("cong ty")(f) },
  { form: /^association/iu, fits: has(/\bassociation\b/u) },
  { form: /^foundation/iu, fits: has(/\bfoundation\b/u) },
  { form: /^board/iu, fits: has(/\b(?:board|management unit)\b/u) },
];

/** What a body does or is said to be, right after its short form (Vietnamese). */
const VI_ACTS = new RegExp(
  String.raw`^[ \t]+(?:này|đó|nói trên|đã|sẽ|cũng|đang|vẫn|luôn|còn|tiếp tục|thường xuyên|chủ động|tổ chức|phối hợp|triển khai|thực hiện|cấp|hỗ trợ|trao|tặng|bàn giao|khai giảng|mở|phát|cung cấp|hướng dẫn|vận động|chủ trì|tài trợ|mời|kết hợp|xây dựng|giới thiệu|chỉ đạo|ký|đầu tư|giải ngân|cho vay|thu mua|bao tiêu|liên kết|tiếp nhận|đứng ra|chuyển giao|tập huấn|đón|tiếp|duy trì|nhân rộng|theo dõi|giám sát|kiểm tra|đánh giá|huy động|dành|phân bổ|lựa chọn|chọn|tuyên truyền|thành lập|hiện có|có)(?!\p{L})`,
  "u",
);
/** What a body does right after "the centre", "the union" (English). */
const EN_ACTS =
  /^[ \t]+(?:has|have|had|is|was|will|would|can|could|also|then|now|still|plans|said|says|provides|gives|organi[sz]es|holds|hands|runs|funds|supports|trains|helps|works|implements|signs|delivers|distributes|donates|launches|opens|builds|introduces|instructs|teaches|hosts|invites|buys|sells|lends|manages|coordinates|and|[a-z]+ed)(?!\p{L})/u;
/** After "của Hội", "with the union", "by the centre": the body spoken of, when its clause ends there. */
const VI_OF = /(?:^|[ \t])(?:của|với|cùng|và|cho|từ)[ \t]+$/u;
const EN_OF = /(?:^|[ \t])(?:of|with|by|and|from|to|for)[ \t]+$/iu;
const CLAUSE_END = /^[ \t]*(?:[,.;:!?)]|$)/u;
/** After "members of", "cán bộ của", "thuộc": the form modifies another noun, which is what acts ("the 45 members of the union discussed …"). */
const MODIFIES = /(?:^|[ \t])(?:of|của|thuộc|về|from|to|for|with|với|từ|cho)[ \t]+$/iu;
/** A determiner or count that makes the form a kind: "các hội", "mỗi Hợp tác xã", "hai Trung tâm". */
const VI_KIND_BEFORE = /(?:^|[ \t])(?:các|những|mỗi|từng|nhiều|một|hai|ba|mọi|cấp|\d+)[ \t]+$/iu;

/** An acronym defined in brackets right after a body's name: "Trung tâm Khuyến nông tỉnh (TTKN)" → "TTKN". */
export function bracketAcronym(text: string, nameEnd: number): string | undefined {
  const m = /^[ \t]*\(([\p{Lu}Đ][\p{Lu}Đ&-]{1,9})\)/u.exec(text.slice(nameEnd, nameEnd + 16));
  return m?.[1];
}

const foldName = (n: string): string => foldDiacritics(n).toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Short forms that refer back to one body named before them (see the file's contract). `acronyms` are initials the
 * article defined in brackets after a body's name, each with its body's id; a whole-word use of one after it, outside
 * every mention, is that body.
 */
export function backReferences(
  text: string,
  lang: "vi" | "en",
  sentences: readonly Span[],
  bodies: readonly NamedBody[],
  taken: readonly Span[],
  acronyms: readonly { acronym: string; id: string; at: number }[] = [],
): BackReference[] {
  const out: BackReference[] = [];
  const free = (s: Span): boolean => !overlapsAny(taken, s.start, s.end) && !overlapsAny(out, s.start, s.end);
  const fitting = (head: Head, at: number): NamedBody[] => bodies.filter((b) => b.firstNamed < at && b.names.some((n) => head.fits(foldName(n), b.orgType)));
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (lang === "vi") {
      for (const w of sentence.matchAll(/(?<![\p{L}\p{M}\p{N}])(?=[\p{Lu}])/gu)) {
        const at = s.start + w.index;
        const rest = text.slice(at, s.end);
        const head = VI_HEADS.find((h) => h.form.test(rest));
        if (!head) continue;
        const form = head.form.exec(rest)![0];
        const span = { start: at, end: at + form.length };
        if (/^[\p{L}\p{M}\p{N}]/u.test(text.slice(span.end, span.end + 1)) || !free(span)) continue;
        const before = text.slice(s.start, at);
        const after = text.slice(span.end, s.end);
        // part of a longer name: a capitalised word runs into it ("TW Hội", "Trung tâm Y tế"), or a kind: "các Hội"
        if (/[\p{Lu}][\p{L}\p{M}]*[ \t-]+$/u.test(before) || /^[ \t]+[\p{Lu}\d]/u.test(after) || VI_KIND_BEFORE.test(before)) continue;
        if (!((VI_ACTS.test(after) && !MODIFIES.test(before)) || (VI_OF.test(before) && CLAUSE_END.test(after)))) continue;
        add(out, form, span, fitting(head, at));
      }
    } else {
      for (const w of sentence.matchAll(/(?<![\p{L}\p{M}\p{N}])the[ \t]+/giu)) {
        const at = s.start + w.index + w[0].length;
        const rest = text.slice(at, s.end);
        const head = EN_HEADS.find((h) => h.form.test(rest));
        if (!head) continue;
        const noun = head.form.exec(rest)![0];
        // a plural or a longer word ("the unions", "the centres", "the organisational"): a kind, not the body
        if (/^[\p{L}\p{M}\p{N}-]/u.test(text.slice(at + noun.length, at + noun.length + 1))) continue;
        const span = { start: s.start + w.index, end: at + noun.length };
        if (!free(span)) continue;
        const after = text.slice(span.end, s.end);
        const before = text.slice(s.start, span.start);
        if (!((EN_ACTS.test(after) && !MODIFIES.test(before)) || (EN_OF.test(before) && CLAUSE_END.test(after)))) continue;
        add(out, text.slice(span.start, span.end), span, fitting(head, span.start));
      }
    }
    // an acronym the article defined after a body's name, used again on its own
    for (const a of acronyms) {
      const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}(-])${a.acronym.replace(/[-&]/g, "\\$&")}(?![\p{L}\p{M}\p{N})-])`, "gu");
      for (const m of sentence.matchAll(pattern)) {
        const span = { start: s.start + m.index, end: s.start + m.index + a.acronym.length };
        if (span.start <= a.at || !free(span)) continue;
        // the same initials defined for two bodies: neither
        const owners = new Set(acronyms.filter((x) => x.acronym === a.acronym && x.at < span.start).map((x) => x.id));
        if (owners.size !== 1) continue;
        const body = bodies.find((b) => b.id === a.id);
        if (body) add(out, a.acronym, span, [body], "the initials the article gave it in brackets");
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function add(out: BackReference[], form: string, span: Span, fits: NamedBody[], how = "the one body named before it that the word fits"): void {
  if (fits.length !== 1) return;
  const [body] = fits;
  out.push({ ...span, form, id: body.id, reason: `"${form}" refers back to "${body.names[0]}", ${how}` });
}

/** An honorific before a short name: "ông", "bà", "anh", "chị", "đồng chí", "Mr.", "Ms.", "Mrs.", "Dr.". */
const HONORIFIC = /(?<![\p{L}\p{M}])(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[ \t]+([\p{Lu}][\p{L}\p{M}]*)(?![\p{L}\p{M}])/gu;

/**
 * (refs9) A person the article named in full, referred to again by an honorific and the last word of the name ("ông
 * Hùng" after "Nguyễn Văn Hùng", "Mr. Hung" after "Nguyen Van Hung", "Ms. Beresford" after "Caroline Beresford"):
 * when exactly one person named before it ends on that word (Vietnamese as written, English with its tone marks
 * folded), and no capitalised word follows (that is a full name, a mention of its own). Pure.
 */
export function personReferences(text: string, lang: "vi" | "en", sentences: readonly Span[], people: readonly NamedBody[], taken: readonly Span[]): BackReference[] {
  const out: BackReference[] = [];
  const key = (w: string): string => (lang === "en" ? foldDiacritics(w) : w).toLowerCase();
  for (const s of sentences) {
    for (const m of text.slice(s.start, s.end).matchAll(HONORIFIC)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (overlapsAny(taken, span.start, span.end) || /^[ \t]+[\p{Lu}]/u.test(text.slice(span.end, s.end))) continue;
      const fits = people.filter((p) => p.firstNamed < span.start && p.names.some((n) => n.trim().split(/\s+/).length >= 2 && key(n.trim().split(/\s+/).pop()!) === key(m[1])));
      if (fits.length === 1)
        out.push({ ...span, form: m[0], id: fits[0].id, reason: `"${m[0]}" refers back to "${fits[0].names[0]}", the one person named before it whose name ends so` });
    }
  }
  return out;
}

/**
 * What the matching stage links: each short form `backReferences` finds in the draft, as a reference mention (`ref`)
 * of its body, with the reason for the body's draft. Reads the draft (its bound mentions, the scan's hits, the
 * sentences); changes nothing.
 */
export function backReferencesOf(d: ArticleDraft): { mention: EntityMention; id: string; reason: string }[] {
  const bodies = new Map<string, NamedBody & { names: string[] }>();
  const acronyms: { acronym: string; id: string; at: number }[] = [];
  const note = (id: string, name: string, at: number, orgType: unknown): void => {
    const b = bodies.get(id) ?? { id, names: [], orgType: typeof orgType === "string" ? orgType : undefined, firstNamed: at };
    if (!b.names.includes(name)) b.names.push(name);
    b.firstNamed = Math.min(b.firstNamed, at);
    bodies.set(id, b);
  };
  const people = new Map<string, NamedBody & { names: string[] }>();
  for (const [m, id] of d.idOf) {
    const e = d.entities.get(id);
    if (e?.kind === Label.Person && m.kind === Label.Person && !m.ref && !m.props.byline) {
      const p = people.get(id) ?? { id, names: [e.name], firstNamed: m.start };
      p.firstNamed = Math.min(p.firstNamed, m.start);
      people.set(id, p);
    }
    if (!e || e.kind !== Label.Organization || m.ref || m.kind !== Label.Organization) continue;
    note(id, m.name, m.start, e.props.orgType);
    const acronym = bracketAcronym(d.text, m.end) ?? m.acronym;
    if (acronym) acronyms.push({ acronym, id, at: m.end });
  }
  for (const h of d.hits) if (h.entity?.kind === Label.Organization && d.entities.has(h.entity.id)) note(h.entity.id, h.entity.name, h.start, undefined);
  for (const b of bodies.values()) {
    const e = d.entities.get(b.id);
    for (const n of e ? [e.name, ...e.aliases] : []) if (!b.names.includes(n)) b.names.push(n);
  }
  const taken: Span[] = [...d.mentions, ...d.places.mentions, ...d.hits];
  const sentences = d.doc.sentences.filter((s) => s.start < d.doc.bodyEnd);
  const asMention = (kind: Label.Organization | Label.Person) => (r: BackReference) => ({
    mention: {
      kind,
      start: r.start,
      end: r.end,
      name: r.form,
      pattern: "a short form referring back (refs9)",
      props: kind === Label.Person ? {} : { ...d.entities.get(r.id)?.props },
      ref: true,
    },
    id: r.id,
    reason: r.reason,
  });
  return [
    ...backReferences(d.text, d.doc.lang, sentences, [...bodies.values()], taken, acronyms).map(asMention(Label.Organization)),
    ...personReferences(d.text, d.doc.lang, sentences, [...people.values()], taken).map(asMention(Label.Person)),
  ].sort((x, y) => x.mention.start - y.mention.start);
}
