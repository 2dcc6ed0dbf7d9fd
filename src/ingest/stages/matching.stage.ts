/**
 * Stage 5, matching: each mention other than an event bound to a known entity when the evidence
 * is sure enough (BIND_THRESHOLD, ingest.match.ts), else drafted new with its ranked candidates;
 * one name said twice is one entity (the bag of its words, a project's number, a shorter name of a
 * body named already); a foreign organization's local office ("Plan International Lai Châu") gets
 * its parent; known names the patterns missed are added from the scan; references ("Dự án",
 * "Đoàn công tác") point at the entity they refer to.
 */
import { foldDiacritics } from "../../common/text";
import { Label } from "../../graph/graph.model";
import { addAlias, type ArticleDraft, declareKnown, declareNew, type DraftEntity, firstEntity, sentenceOf, surface } from "../ingest.draft";
import { GENERIC_EN_WORDS, NOT_ORG_ACRONYMS, PROGRAM_SYNONYMS } from "../ingest.lexicon";
import { BIND_THRESHOLD, candidatesLine, inPeriod, matchMention, resolveMention } from "../ingest.match";
import { type EntityMention, isForeignWord } from "../ingest.mentions";
import { bagKey, capitalize, isAcronym, nameWords, squash } from "../ingest.text";
import { bracketTwins } from "../orgs10.rules";
import { backReferencesOf } from "../refs.rules";

/**
 * A model must name what is raised, grown, made or practised: a name that is one word, or whose words after the
 * verb are only a manner, a purpose or a field ("Nuôi nhốt", "Chăn nuôi phát triển kinh tế", "Chăn nuôi thú y",
 * "Poverty reduction", "Hỗ trợ") names no model; nor does one word that names no practice.
 */
const NOT_A_MODEL = /^(?:(?:chăn nuôi|nuôi|trồng|sản xuất)\s+(?:nhốt|thả|phát triển kinh tế|thú y|tập trung|hàng hóa|quy mô lớn)|hỗ trợ|poverty reduction|giảm nghèo)$/iu;
/** One word names a model only when it names a practice ("Beekeeping", "Aquaculture"), not a thing ("Voucher") or a quality ("Classic"). */
export const namesNoModel = (name: string): boolean => NOT_A_MODEL.test(squash(name)) || (squash(name).split(" ").length < 2 && !/(?:ing|culture)$/iu.test(squash(name)));

/** A name holding "(XY)" right after the words XY abbreviates, written with the letters instead: "Hội nông dân (ND) tỉnh A" → "Hội ND tỉnh A". */
export function shortenedName(name: string): string | undefined {
  const m = /\(([\p{Lu}Đ]{2,6})\)/u.exec(name);
  if (!m) return undefined;
  const words = name.slice(0, m.index).trim().split(/\s+/);
  const n = m[1].length;
  if (words.length <= n) return undefined;
  const initials = words
    .slice(-n)
    .map((w) => foldDiacritics(w)[0])
    .join("");
  if (initials !== foldDiacritics(m[1])) return undefined;
  return squash(`${words.slice(0, -n).join(" ")} ${m[1]} ${name.slice(m.index + m[0].length)}`);
}

/** A place's unit word, diacritics folded as nameWords gives them. */
const UNIT_NEXT = /^(?:tinh|huyen|xa|thanh pho|thi xa|thi tran|phuong|quan|thon|ban|ap|province|district|commune|city)(?:\s|$)/u;
const UNIT_LAST = /\s(?:tinh|huyen|xa|thanh pho|thi xa|phuong|quan)$/u;

export function matchMentions(d: ArticleDraft): ArticleDraft {
  const { text, doc, index, places, mentions, hits, idOf, byBag, refYear } = d;
  const compact = d.knowledge.gazetteer.compact;
  const hasPlace = (m: EntityMention): boolean => places.mentions.some((p) => p.placeId && m.start <= p.start && p.end <= m.end);
  const placeless = new Set<string>();
  // a shorter or longer name of a body named already, with no place in either: "nhóm nòng cốt" = "nhóm thành viên nòng cốt cộng đồng"
  const sameBody = (m: EntityMention): DraftEntity | undefined => {
    const words = nameWords(m.name.replace(/ \d+ /g, " "));
    if (words.length < 3) return undefined;
    return [...d.entities.values()].find((e) => {
      if (e.kind !== Label.Organization || e.known || !placeless.has(e.id) || e.props.orgType !== m.props.orgType) return false;
      const other = nameWords(e.name);
      if (other.length < 3) return false;
      const [small, big] = words.length <= other.length ? [words, other] : [other, words];
      const rest = [...big];
      return small.every((w) => {
        const i = rest.indexOf(w);
        if (i < 0) return false;
        rest.splice(i, 1);
        return true;
      });
    });
  };
  const projectsByNumber = new Map<string, DraftEntity>();
  /** People's committees drafted, by the place their name holds (the whole name is that place's: "UBND xã A", "xã A"). */
  const committees = new Map<string, DraftEntity>();
  const committeePlace = (m: EntityMention): string | undefined => {
    const inside = places.mentions.filter((p) => p.placeId && m.start <= p.start && p.end <= m.end);
    if (inside.length !== 1 || inside[0].end !== m.end) return undefined;
    return inside[0].placeId;
  };
  /**
   * "Hội Nông dân" after "Hội Nông dân huyện A": the body named before with its place, when the article named only
   * one such body (with two, "Hội Nông dân tỉnh" and "… huyện", the short name says not which, and stays its own).
   */
  const namedWithPlace = (m: EntityMention): DraftEntity | undefined => {
    const key = nameWords(m.name).join(" ");
    const endsWithUnit = UNIT_LAST.test(key);
    const fuller = [...d.entities.values()].filter(
      (e) =>
        e.kind === Label.Organization &&
        !placeless.has(e.id) &&
        [e.name, ...(e.aliases ?? [])].some((n) => {
          const words = nameWords(n).join(" ");
          // the longer name goes on with a unit and its place ("… huyện A"), or with the place after the unit the short one ends with ("… tỉnh" → "… tỉnh B")
          return words.startsWith(`${key} `) && (endsWithUnit || UNIT_NEXT.test(words.slice(key.length + 1)));
        }),
    );
    return fuller.length === 1 ? fuller[0] : undefined;
  };
  for (const m of mentions) {
    if (m.kind === Label.Event || m.ref) continue;
    if (m.kind === Label.Model && namesNoModel(m.name)) continue;
    const quote = m.quote ?? { start: m.start, end: m.end };
    const scanned = hits.find((h) => h.entity && h.kind === m.kind && h.start <= m.start && m.end <= h.end);
    // bound only when sure (BIND_THRESHOLD); else drafted new with the ranked candidates for the curator
    const resolved = resolveMention(m, index, refYear, { context: surface(d, sentenceOf(d, m.start)), text });
    const match =
      resolved.bound ??
      (m.kind !== Label.Person && scanned?.entity && (scanned.confidence ?? 0) >= BIND_THRESHOLD && inPeriod(scanned.entity, refYear)
        ? { entity: scanned.entity, reason: scanned.reason, confidence: scanned.confidence ?? 0 }
        : undefined);
    if (match) {
      idOf.set(m, declareKnown(d, match.entity, quote, match.reason, m.name).id);
      continue;
    }
    if (m.kind === Label.Project && m.number) {
      const same = projectsByNumber.get(m.number);
      if (same) {
        idOf.set(m, same.id);
        same.spans.push(quote);
        if (m.quotedName) addAlias(same, m.name);
        continue;
      }
    }
    const bag = `${m.kind}|${bagKey(m.kind === Label.Model ? m.name.replace(/^chăn nuôi /iu, "nuôi ") : m.name, compact)}`;
    // "huyện A triển khai …" (the district acting) and "UBND huyện A": one people's committee per place
    const committeeKey = m.kind === Label.Organization && m.props.orgType === "PEOPLES_COMMITTEE" ? committeePlace(m) : undefined;
    const same =
      byBag.get(bag) ??
      (committeeKey ? committees.get(committeeKey) : undefined) ??
      (m.kind === Label.Organization && !hasPlace(m) ? (namedWithPlace(m) ?? sameBody(m)) : undefined);
    if (same) {
      idOf.set(m, same.id);
      same.spans.push(quote);
      if (nameWords(m.name).length > nameWords(same.name).length) {
        addAlias(same, same.name);
        same.name = capitalize(m.name);
      } else addAlias(same, m.name);
      continue;
    }
    // a known program's usual name inside a longer program name found by pattern: the known one
    const inner = hits.find((h) => h.kind === m.kind && h.entity && m.start <= h.start && h.end <= m.end && m.kind === Label.Program);
    if (inner?.entity && inPeriod(inner.entity, refYear)) {
      idOf.set(m, declareKnown(d, inner.entity, { start: inner.start, end: inner.end }, inner.reason).id);
      continue;
    }
    const props = { ...m.props };
    if (m.kind === Label.Program || m.kind === Label.Project) {
      const period = d.dates.find((x) => x.period && x.start >= m.start && x.end <= m.end + 2);
      if (period) Object.assign(props, { startDate: period.from, endDate: period.to });
    }
    if (m.kind === Label.Organization && m.acronym) props.acronym = m.acronym;
    if (m.kind === Label.Person) delete props.byline;
    const e = declareNew(d, m.kind, m.name, props, quote, `new: ${m.pattern}${resolved.candidates.length ? `; ${candidatesLine(resolved.candidates)}` : ""}`);
    byBag.set(bag, e);
    if (committeeKey) committees.set(committeeKey, e);
    // "Hội nông dân (ND) tỉnh A" is "Hội ND tỉnh A" when the article shortens it: the short form is the same body
    const short = m.kind === Label.Organization ? shortenedName(m.name) : undefined;
    if (short) byBag.set(`${m.kind}|${bagKey(short, compact)}`, e);
    if (m.kind === Label.Organization && !hasPlace(m)) placeless.add(e.id);
    // "Plan International Lai Châu": the local office of an organization the text names with it
    if (m.kind === Label.Organization) {
      const last = places.mentions.find((p) => p.placeId && p.end === m.end && p.start > m.start);
      const parentName = last ? squash(text.slice(m.start, last.start)) : "";
      const before = doc.tokens.filter((t) => t.start >= m.start && last !== undefined && t.end <= last.start);
      const foreign =
        last &&
        !/\s(?:of|in|for|của|tại)$/iu.test(parentName) && // "Department of Home Affairs of Lao Cai province" is the province's own department
        before.length >= 2 &&
        before.every((t) => isForeignWord(t) && !NOT_ORG_ACRONYMS.has(t.text)) &&
        before.some((t) => !isAcronym(t) && t.cap && !GENERIC_EN_WORDS.has(t.lower));
      if (last && foreign) {
        const parentMention: EntityMention = { ...m, name: parentName, end: last.start, acronym: undefined };
        const known = matchMention(parentMention, index, refYear, { text });
        const parentBag = `${Label.Organization}|${bagKey(parentName, compact)}`;
        const parent = known
          ? declareKnown(d, known.entity, quote, `${known.reason}; "${m.name}" is its office in ${last.name}`)
          : (byBag.get(parentBag) ??
            declareNew(d, Label.Organization, parentName, { orgType: m.props.orgType }, quote, `new: the organization whose office in ${last.name} is "${m.name}"`));
        byBag.set(parentBag, parent);
        d.localOffices.push({ child: e, parent, quote });
      }
    }
    if (m.kind === Label.Project && m.number) projectsByNumber.set(m.number, e);
    idOf.set(m, e.id);
  }

  // known entities the patterns missed, found by their names
  const draftOf = (m: EntityMention): DraftEntity | undefined => {
    const id = idOf.get(m);
    return id === undefined ? undefined : d.entities.get(id);
  };
  for (const h of hits) {
    const covered = mentions.some((m) => m.kind === h.kind && m.start <= h.start && h.end <= m.end && draftOf(m)?.known);
    if (covered) continue;
    // "trồng chè sạch" holding "chè sạch": a form of the known model, not a second mention
    const holder = mentions.find((m) => m.kind === Label.Model && h.kind === Label.Model && idOf.has(m) && m.start <= h.start && h.end <= m.end);
    const holderDraft = holder && draftOf(holder);
    // …but a common phrase of a known model ("chuỗi giá trị" in "chuỗi giá trị mây") makes no form of it
    if (holder && holderDraft && h.entity && (h.confidence ?? 1) >= BIND_THRESHOLD) {
      d.variants.push({ child: holderDraft, parent: h.entity, quote: { start: holder.start, end: holder.end } });
      continue;
    }
    if (h.entity && !inPeriod(h.entity, refYear)) {
      d.notes.push(`"${surface(d, h)}" names ${h.entity.id}, whose period does not hold the article's year ${refYear}: proposed as another program`);
    }
    if (h.entity && inPeriod(h.entity, refYear) && (h.confidence ?? 0) < BIND_THRESHOLD) {
      // a mention drafted over it lists its candidates itself
      if (!mentions.some((m) => m.kind === h.kind && idOf.has(m) && m.start <= h.start && h.end <= m.end))
        d.notes.push(`"${surface(d, h)}" may name ${h.entity.id}; not bound: ${h.reason.replace(/^matched existing \S+: /, "")}`);
      continue;
    }
    if (h.entity && inPeriod(h.entity, refYear)) declareKnown(d, h.entity, { start: h.start, end: h.end }, h.reason);
    else if (h.group !== undefined) {
      const g = PROGRAM_SYNONYMS[h.group];
      const program = mentions.find((m) => m.kind === Label.Program && idOf.has(m) && m.start < h.end && h.start < m.end);
      const programDraft = program && draftOf(program);
      if (programDraft) {
        programDraft.props.nameEn ??= g.nameEn;
        continue;
      }
      const bag = `${Label.Program}|${bagKey(g.name)}`;
      const had = byBag.get(bag);
      const e = had ?? declareNew(d, Label.Program, g.name, {}, { start: h.start, end: h.end }, `new: ${h.reason} ("${surface(d, h)}")`);
      if (had) had.spans.push({ start: h.start, end: h.end });
      else byBag.set(bag, e);
      e.props.nameEn ??= g.nameEn;
    }
  }

  mergeNamesOfOneBody(d);

  // references: "Dự án" is the project named, "Đoàn công tác" the delegation
  for (const m of mentions) {
    if (!m.ref || m.kind === Label.Event) continue;
    let target: DraftEntity | undefined;
    if (m.kind === Label.Project) target = firstEntity(d, (e) => e.kind === Label.Project);
    if (m.kind === Label.Organization) target = firstEntity(d, (e) => e.kind === Label.Organization && e.props.orgType === m.props.orgType && !e.known);
    if (target) {
      idOf.set(m, target.id);
      target.spans.push({ start: m.start, end: m.end });
    }
  }
  // (refs9) "Trung tâm", "the union", bracketed initials, "ông Hùng": a short form of the one body or person named before it that fits
  for (const { mention, id, reason } of backReferencesOf(d)) {
    const body = d.entities.get(id)!;
    mentions.push(mention);
    idOf.set(mention, id);
    body.spans.push({ start: mention.start, end: mention.end });
    if (!body.reason.includes(reason)) body.reason += `; ${reason}`;
  }
  mentions.sort((a, b) => a.start - b.start);
  return d;
}

/** Words an English or Vietnamese organization name skips when it is shortened to its initials. */
const NOT_INITIALS = new Set(["of", "for", "and", "the", "in", "on", "và", "của"]);
/** What a body's fuller name adds to its short one: "World Vision International", "Helvetas Vietnam". */
const NAME_TAILS = /^(?:international|vietnam|viet nam|việt nam|inc\.?|foundation)$/iu;
/** A unit word a local body's name ends on when the article says it without the place ("UBND tỉnh", "Hội Nông dân huyện"). */
const BARE_UNIT = /\s(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường)$/iu;

/**
 * One organization the article names two ways, drafted once (every name kept as an alias): a name
 * and its initials ("Japan International Cooperation Agency" and "JICA"; "Global Civic Sharing (GCS)"
 * and "GCS"), a foreign name and the same with "International" or "Vietnam" after it, and a local
 * body without its place ("UBND tỉnh") when the article names exactly one such body with its place
 * ("UBND tỉnh Bắc Kạn"). Only new organizations; a known one keeps its binding.
 */
export function mergeNamesOfOneBody(d: ArticleDraft): void {
  const orgs = (): DraftEntity[] => [...d.entities.values()].filter((e) => e.kind === Label.Organization && !e.known);
  // "JICA" of Japan International Cooperation Agency, "KOICA" of Korea International…: each capitalized word gives its first one to three letters, in order
  const spells = (acronym: string, name: string): boolean => {
    const words = name
      .replace(/\([^)]*\)/g, " ")
      .split(/[\s-]+/)
      .filter((w) => w && !NOT_INITIALS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
      .map((w) => w.toUpperCase());
    const go = (ai: number, wi: number): boolean => {
      if (wi === words.length) return ai === acronym.length;
      for (let n = 1; n <= 3 && ai + n <= acronym.length; n++) if (words[wi].startsWith(acronym.slice(ai, ai + n)) && go(ai + n, wi + 1)) return true;
      return false;
    };
    return words.length >= 2 && go(0, 0);
  };
  const merge = (from: DraftEntity, into: DraftEntity, why: string): void => {
    for (const [m, id] of d.idOf) if (id === from.id) d.idOf.set(m, into.id);
    for (const o of d.localOffices) {
      if (o.child === from) o.child = into;
      if (o.parent === from) o.parent = into;
    }
    into.spans.push(...from.spans);
    addAlias(into, from.name);
    for (const a of from.aliases) addAlias(into, a);
    into.reason += `; ${why}`;
    d.entities.delete(from.id);
    for (const [bag, e] of d.byBag) if (e === from) d.byBag.set(bag, into);
  };
  for (const short of orgs()) {
    const acronym = short.name.trim();
    if (!/^[\p{Lu}&]{2,8}$/u.test(acronym)) continue;
    const full = orgs().find((e) => e !== short && (spells(acronym, e.name) || e.name.includes(`(${acronym})`) || e.props.acronym === acronym) && e.name.split(/\s+/).length >= 2);
    if (full) merge(short, full, `"${acronym}" is its initials`);
  }
  for (const short of orgs()) {
    const words = short.name.split(/\s+/);
    const full = orgs().find((e) => {
      if (e === short || !d.entities.has(short.id)) return false;
      const other = e.name.split(/\s+/);
      return other.length > words.length && words.every((w, i) => other[i] === w) && other.slice(words.length).every((w) => NAME_TAILS.test(w) || /^(?:nam|viet)$/iu.test(w));
    });
    if (full && words.length >= 2) merge(short, full, `"${short.name}" is its shorter name`);
  }
  for (const bare of orgs()) {
    if (!BARE_UNIT.test(bare.name) || !d.entities.has(bare.id)) continue;
    const fuller = orgs().filter((e) => e !== bare && e.props.orgType === bare.props.orgType && e.name.toLowerCase().startsWith(`${bare.name.toLowerCase()} `));
    if (fuller.length === 1) merge(bare, fuller[0], `"${bare.name}" is its name without the place`);
  }
  // (orgs10) "Cơ quan Viện trợ Ai-len (Irish Aid)": the foreign name in brackets after a Vietnamese one is the same body
  for (const [from, into] of bracketTwins(d.text, orgs())) merge(d.entities.get(from)!, d.entities.get(into)!, `"${d.entities.get(from)!.name}" is its name in brackets`);
}
