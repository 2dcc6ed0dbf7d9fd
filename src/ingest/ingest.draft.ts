/**
 * The one draft object the ingest pipeline (ingest.service.ts) passes through its stages, and the
 * small operations stages share on it: declaring an entity (known or new), relating two, cutting a
 * quote. A stage reads the draft and the knowledge it carries and adds its part; no stage reads a
 * file, a clock or a database, so each is a function of its input.
 */
import { slugify } from "../common/text";
import { Role } from "../graph/graph.enums";
import { Label } from "../graph/graph.model";
import type { SeedMetric, SeedRelationship, SeedRelType } from "../seed/seed.schema";
import type { CorpusEntity, Knowledge } from "./ingest.corpus";
import type { DateMention } from "./ingest.dates";
import type { CorpusIndex, ScanHit } from "./ingest.match";
import type { EntityMention } from "./ingest.mentions";
import type { PlaceFinding, PlaceMention } from "./ingest.places";
import type { EntityLabel } from "./ingest.unknown";
import { capitalize, type Doc, foldKey, type Lang, squash, type Span } from "./ingest.text";

export interface IngestOptions {
  /** The article's file name, as the source's `file`. */
  file: string;
  /** The source number (src:NNN). */
  number: number;
  lang?: Lang;
  url?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** The headline, when it is given apart from the text (the workbench's title field). */
  title?: string;
}

/** A number of the draft, where the text says it: for scoring. */
export interface DraftNumber {
  entityId: string;
  key: string;
  value: number;
  qualifier: string;
  /** Where its digits are in the article. */
  at: number;
}

/** A metric of a drafted entity, with the reason the rules proposed it. */
export type DraftMetric = SeedMetric & { draft: string };

/** A claim the draft keeps beside a known value it disagrees with (same-event resolution). */
export interface DraftClaim {
  key: string;
  property: string;
  value: string;
  quote: string;
  /** What the curator keeps: which source says what. */
  note: string;
  draft: string;
}

/** An entity of the draft: a known one redeclared with this article's quote, or a new one. */
export interface DraftEntity {
  kind: EntityLabel;
  id: string;
  name: string;
  props: Record<string, unknown>;
  aliases: string[];
  quote: Span;
  reason: string;
  known?: CorpusEntity;
  metrics: DraftMetric[];
  claims: DraftClaim[];
  /** Mentions of it, for the relationships. */
  spans: Span[];
  /** Set when the article does not state the entity itself: why the rules inferred it. */
  inferred?: string;
  /** An event's date is only the month or year of the article's own date: a guess, no date of its own. */
  dateGuessed?: true;
}

export type DraftRelationship = SeedRelationship & { draft: string };

/** Every mention with its id, places too, in text order (built by the relationships stage). */
export interface Located extends Span {
  id: string;
  kind: EntityLabel;
  mention?: EntityMention;
  place?: PlaceMention;
}

/** An event the draft holds, with the mention that named it. */
export interface EventInstance {
  draft: DraftEntity;
  type: string;
  mention: EntityMention;
  bodyName: string;
}

/** The one object the stages fill in, in order. */
export interface ArticleDraft {
  options: IngestOptions;
  knowledge: Knowledge;
  index: CorpusIndex;
  notes: string[];
  // text and segmentation
  text: string;
  url?: string;
  lang: Lang;
  doc: Doc;
  titleText: string;
  // dates
  published?: string;
  dates: DateMention[];
  /** The article's own date (publication, else its first full date, else its latest year). */
  refDate?: string;
  refYear?: number;
  /** The date the places are named at (undefined: the naming is guessed from the names). */
  placesDate?: string;
  // places, mentions
  places: PlaceFinding;
  mentions: EntityMention[];
  hits: ScanHit[];
  // the entities
  entities: Map<string, DraftEntity>;
  idOf: Map<EntityMention, string>;
  /** New entities by the bag of their name's words, so one name said twice is one entity. */
  byBag: Map<string, DraftEntity>;
  localOffices: { child: DraftEntity; parent: DraftEntity; quote: Span }[];
  variants: { child: DraftEntity; parent: CorpusEntity; quote: Span }[];
  events: EventInstance[];
  // relationships, numbers
  rels: Map<string, DraftRelationship>;
  located: Located[];
  numbers: DraftNumber[];
}

/** The text a span covers, spaces squashed. */
export const surface = (d: ArticleDraft, s: Span): string => squash(d.text.slice(s.start, s.end));

/** The sentence holding a position (an empty span at it when none does). */
export const sentenceOf = (d: ArticleDraft, pos: number): Span => d.doc.sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos };

export const spanning = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/** A free id for a new entity: `<prefix>:<slug of its first eight words>`, numbered when taken. */
export function newId(d: ArticleDraft, prefix: string, name: string): string {
  const base = `${prefix}:${slugify(name).split("-").slice(0, 8).join("-").replace(/-+$/, "") || "x"}`;
  let id = base;
  for (let n = 2; d.knowledge.kinds.has(id) || d.entities.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function addAlias(e: DraftEntity, alias: string): void {
  const key = foldKey(alias);
  if (!key || key === foldKey(e.name) || e.aliases.some((a) => foldKey(a) === key) || e.known?.aliases.some((a) => foldKey(a) === key)) return;
  if (alias.length > 160) return;
  e.aliases.push(alias);
}

/** Redeclares a known entity with this article's quote (once; later mentions add spans). */
export function declareKnown(d: ArticleDraft, e: CorpusEntity, quote: Span, reason: string, spanText?: string): DraftEntity {
  const had = d.entities.get(e.id);
  if (had) {
    had.spans.push(quote);
    if (spanText) addAlias(had, spanText);
    return had;
  }
  const entity: DraftEntity = { kind: e.kind, id: e.id, name: e.name, props: {}, aliases: [], quote, reason, known: e, metrics: [], claims: [], spans: [quote] };
  d.entities.set(e.id, entity);
  if (spanText) addAlias(entity, spanText);
  return entity;
}

/** The id prefix of a new entity of a kind. */
const PREFIX: Readonly<Partial<Record<Label, string>>> = {
  [Label.Organization]: "org",
  [Label.Person]: "person",
  [Label.Program]: "program",
  [Label.Project]: "project",
  [Label.Model]: "model",
  [Label.EthnicGroup]: "ethnic",
  [Label.Product]: "product",
  [Label.Document]: "doc",
  [Label.Event]: "event",
  [Label.Intervention]: "intervention",
  [Label.Outcome]: "outcome",
};

export function declareNew(d: ArticleDraft, kind: EntityLabel, name: string, props: Record<string, unknown>, quote: Span, reason: string, idHint?: string): DraftEntity {
  const id = newId(d, PREFIX[kind] ?? kind.toLowerCase(), idHint ?? name);
  const entity: DraftEntity = { kind, id, name: kind === Label.Person ? name : capitalize(name), props, aliases: [], quote, reason, metrics: [], claims: [], spans: [quote] };
  d.entities.set(id, entity);
  return entity;
}

/** Extra fields of a relationship: its role, position, event… and, when the article does not state it, why it is inferred. */
export interface RelExtra {
  role?: Role;
  inferred?: string;
  [prop: string]: string | undefined;
}

/** The key of a proposed relationship in `ArticleDraft.rels`: one per type, ends and role. */
export const relKey = (from: string, type: SeedRelType, to: string, role?: Role): string => `${from}|${type}|${role ?? ""}|${to}`;

/** Proposes a relationship, quoting the words it rests on; the same type, ends and role are proposed once. */
export function relate(d: ArticleDraft, from: string, type: SeedRelType, to: string, quote: Span, reason: string, extra: RelExtra = {}): void {
  if (from === to || (!d.entities.has(from) && !d.knowledge.kinds.has(from))) return;
  const { role, ...rest } = extra;
  const key = relKey(from, type, to, role);
  if (d.rels.has(key)) return;
  const q = { start: Math.max(0, quote.start), end: Math.min(d.text.length, quote.end) };
  const props = Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => e[1] !== undefined));
  d.rels.set(key, { from, type, ...(role ? { role } : {}), to, ...props, draft: reason, quote: d.text.slice(q.start, q.end).trim() });
}

/** Proposes a relationship the article states, in place of the same one proposed before as inferred (a stated line wins). */
export function relateStated(d: ArticleDraft, from: string, type: SeedRelType, to: string, quote: Span, reason: string, extra: RelExtra = {}): void {
  const key = relKey(from, type, to, extra.role);
  if (d.rels.get(key)?.inferred) d.rels.delete(key);
  relate(d, from, type, to, quote, reason, extra);
}

export const firstEntity = (d: ArticleDraft, pred: (e: DraftEntity) => boolean): DraftEntity | undefined => [...d.entities.values()].find(pred);

/** The article's main event (the first drafted) and project, what numbers and bylines fall back on. */
export const mainEvent = (d: ArticleDraft): DraftEntity | undefined => d.events[0]?.draft ?? firstEntity(d, (e) => e.kind === Label.Event);
export const mainProject = (d: ArticleDraft): DraftEntity | undefined => firstEntity(d, (e) => e.kind === Label.Project);
