/**
 * Drafts as proposals (issue #20), pure: the ingest's draft seed file turned into proposals with
 * quote offsets and ranked candidates; a curator's decisions applied to them; the accepted ones
 * turned back into a seed file (the format of seeds/articles/*.yaml). No database, no files.
 */
import { slugify } from "../common/text";
import { KIND_LIST, RelType } from "../graph/graph.model";
import { OutcomeType } from "../graph/graph.enums";
import type { Knowledge } from "../ingest/ingest.corpus";
import type { IngestResult } from "../ingest/ingest.service";
import { DecisionAction, ProposalKind, ProposalState } from "./curation.types";

export interface CandidateData {
  id: string;
  name: string;
  kind: string;
  score: number;
  reasons: string[];
  context?: string | null;
}

/** What a proposal proposes and a decision may set or change: its entity, quote, relationship, metric or outcome. */
export interface ProposedFields {
  entityKind?: string | null;
  entityId?: string | null;
  name?: string | null;
  start?: number | null;
  end?: number | null;
  relType?: string | null;
  from?: string | null;
  to?: string | null;
  role?: string | null;
  metric?: string | null;
  value?: number | null;
  unit?: string | null;
  about?: string | null;
  outcomeType?: OutcomeType | null;
  inferredReason?: string | null;
}

/** A proposal as stored with its draft (JSON): the GraphQL Proposal's fields, and what the seed file needs besides. */
export interface ProposalData extends ProposedFields {
  id: string;
  kind: ProposalKind;
  state: ProposalState;
  isNew: boolean;
  quote?: string | null;
  why?: string | null;
  confidence?: number | null;
  candidates: CandidateData[];
  conflicts: string[];
  /** ENTITY: the other properties the seed file states (level, orgType, aliases, dates…). */
  props?: Record<string, unknown>;
  /** METRIC: its label and qualifier. */
  label?: string | null;
  qualifier?: string | null;
}

/** A decision as the mutation receives it (the GraphQL input's fields). */
export interface DecisionData extends ProposedFields {
  proposalId?: string | null;
  action: DecisionAction;
  kind?: ProposalKind | null;
  props?: Record<string, unknown> | null;
}

/** The seed file's label of a kind, from its GraphQL typeName (or the label itself). */
export const labelOfKind = (kind: string): string | undefined => KIND_LIST.find((k) => k.typeName === kind || k.label === kind)?.label;
/** The GraphQL typeName of a seed file's kind label. */
export const typeNameOfLabel = (label: string): string => KIND_LIST.find((k) => k.label === label)?.typeName ?? label;

const ID_PREFIX: Readonly<Record<string, string>> = { Organization: "org", Document: "doc", EthnicGroup: "ethnic" };
const ID_PATTERN = /^[a-z][a-z0-9]*(?::[a-z0-9][a-z0-9-]*)+$/;

/** A new entity id from its kind label and name, unused in `taken`. */
export function newEntityId(label: string, name: string, taken: ReadonlySet<string>): string {
  const base = `${ID_PREFIX[label] ?? label.toLowerCase()}:${slugify(name).split("-").slice(0, 8).join("-") || "unnamed"}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Where `quote` is in `text` (white space may differ), as UTF-16 offsets; undefined when it is not there. */
export function locateQuote(text: string, quote: string | null | undefined, from = 0): { start: number; end: number } | undefined {
  if (!quote) return undefined;
  const exact = text.indexOf(quote, from);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const m = new RegExp(words.join("\\s+"), "u").exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** "… (0.95: same acronym)" → 0.95 and its evidence. */
function confidenceOf(reason: string): { score?: number; evidence?: string } {
  const m = /\((\d(?:\.\d+)?):\s*([^()]*)\)\s*$/.exec(reason);
  return m ? { score: Number(m[1]), evidence: m[2].trim() } : {};
}

/** The ranked candidates a new entity's draft line names: `candidates: org:a (0.40: …), org:b (0.20: …)`. */
function candidatesOf(reason: string, knowledge: Knowledge): CandidateData[] {
  const at = reason.indexOf("candidates:");
  if (at < 0) return [];
  const out: CandidateData[] = [];
  for (const m of reason.slice(at).matchAll(/([a-z][a-z0-9]*(?::[a-z0-9][a-z0-9-]*)+) \((\d(?:\.\d+)?)(?::\s*([^()]*))?\)/g)) {
    const c = candidateOf(m[1], Number(m[2]), m[3]?.trim() || "similar name", knowledge);
    if (c) out.push(c);
  }
  return out.sort((a, b) => b.score - a.score);
}

/** An existing entity as a candidate, with where it is (a place's parents). */
function candidateOf(id: string, score: number, reason: string, knowledge: Knowledge): CandidateData | undefined {
  const entity = knowledge.entities.get(id);
  const place = knowledge.gazetteer.get(id);
  const kind = entity?.kind ?? (place ? "Place" : knowledge.kinds.get(id));
  if (!kind) return undefined;
  const parents = place?.parents.map((p) => knowledge.gazetteer.get(p)?.name ?? p) ?? [];
  return { id, name: entity?.name ?? place?.name ?? id, kind: typeNameOfLabel(kind), score, reasons: [reason], context: parents.length ? parents.join(", ") : null };
}

const SEED_ENTITY_KEYS = new Set(["kind", "id", "name", "quote", "draft", "metrics", "claims", "inferred"]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** What a known entity's stored properties say differently from this article's: kept as claims by the merge, shown to the curator. */
function conflictsOf(props: Record<string, unknown>, known: Record<string, unknown> | undefined): string[] {
  if (!known) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key === "aliases" || known[key] === undefined || value === undefined) continue;
    if (JSON.stringify(known[key]) !== JSON.stringify(value)) out.push(`${key}: other sources say ${JSON.stringify(known[key])}, this article ${JSON.stringify(value)}`);
  }
  return out;
}

/** The ingest's draft as proposals, every one UNDECIDED, with its quote located in `articleText`. */
export function proposalsFromIngest(result: IngestResult, articleText: string, knowledge: Knowledge): ProposalData[] {
  const out: ProposalData[] = [];
  const next = (): string => `p${out.length + 1}`;
  const located = (quote: string | undefined): { quote: string | null; start: number | null; end: number | null } => {
    const at = locateQuote(articleText, quote);
    return { quote: quote ?? null, start: at?.start ?? null, end: at?.end ?? null };
  };
  for (const e of result.seed.entities) {
    const reason = text(e.draft) ?? "";
    const known = knowledge.kinds.has(e.id);
    const { score, evidence } = confidenceOf(reason);
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) if (!SEED_ENTITY_KEYS.has(k)) props[k] = v;
    const self = known ? candidateOf(e.id, score ?? 0.9, evidence ?? reason, knowledge) : undefined;
    out.push({
      id: next(),
      kind: ProposalKind.ENTITY,
      state: ProposalState.UNDECIDED,
      entityKind: typeNameOfLabel(e.kind),
      entityId: e.id,
      isNew: !known,
      name: e.name,
      ...located(e.quote),
      why: reason || null,
      confidence: score ?? (known ? 0.9 : 0.5),
      candidates: [...(self ? [self] : []), ...candidatesOf(reason, knowledge).filter((c) => c.id !== e.id)],
      conflicts: conflictsOf(props, knowledge.entities.get(e.id)?.props),
      props,
    });
    for (const m of e.metrics ?? []) {
      const why = isRecord(m) ? text(m.draft) : undefined;
      out.push({
        id: next(),
        kind: ProposalKind.METRIC,
        state: ProposalState.UNDECIDED,
        isNew: true,
        metric: m.key,
        value: m.value,
        unit: m.unit,
        label: m.label,
        qualifier: m.qualifier ?? null,
        about: e.id,
        ...located(m.quote),
        why: why ?? null,
        confidence: 0.6,
        candidates: [],
        conflicts: [],
      });
    }
  }
  for (const r of result.seed.relationships) {
    out.push({
      id: next(),
      kind: ProposalKind.RELATIONSHIP,
      state: ProposalState.UNDECIDED,
      isNew: true,
      relType: r.type,
      from: r.from,
      to: r.to,
      role: r.role ?? null,
      ...located(r.quote),
      why: text(r.draft) ?? null,
      confidence: confidenceOf(text(r.draft) ?? "").score ?? 0.6,
      candidates: [],
      conflicts: [],
    });
  }
  return out;
}

/** Decisions applied to proposals: the new list, or every problem found (nothing applied then). */
export function applyDecisions(
  proposals: readonly ProposalData[],
  decisions: readonly DecisionData[],
  articleText: string,
  knownKinds: ReadonlyMap<string, string>,
): { proposals: ProposalData[]; problems: string[] } {
  const list = proposals.map((p) => ({ ...p }));
  const problems: string[] = [];
  let counter = list.reduce((max, p) => Math.max(max, Number(p.id.slice(1)) || 0), 0);
  const taken = new Set<string>([...knownKinds.keys(), ...list.flatMap((p) => (p.entityId ? [p.entityId] : []))]);

  const span = (d: DecisionData, where: string): { quote: string; start: number; end: number } | undefined => {
    if (d.start == null && d.end == null) return undefined;
    const start = d.start ?? -1;
    const end = d.end ?? -1;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= articleText.length)) {
      problems.push(`${where}: start and end must select text (0 ≤ start < end ≤ ${articleText.length})`);
      return undefined;
    }
    return { quote: articleText.slice(start, end).trim(), start, end };
  };
  /** Renames an entity id in every proposal that refers to it. */
  const rename = (from: string, to: string): void => {
    for (const p of list) {
      if (p.from === from) p.from = to;
      if (p.to === from) p.to = to;
      if (p.about === from) p.about = to;
    }
  };
  const edit = (p: ProposalData, d: DecisionData, where: string): void => {
    const s = span(d, where);
    if (s) Object.assign(p, s);
    if (d.entityKind != null) {
      if (!labelOfKind(d.entityKind)) problems.push(`${where}: unknown entityKind ${d.entityKind}`);
      else p.entityKind = typeNameOfLabel(labelOfKind(d.entityKind) ?? d.entityKind);
    }
    if (d.name != null) p.name = d.name.trim();
    if (d.entityId != null && d.entityId !== p.entityId) {
      if (!ID_PATTERN.test(d.entityId)) problems.push(`${where}: entityId ${d.entityId} must look like "org:plan-international"`);
      else {
        if (p.entityId) rename(p.entityId, d.entityId);
        p.entityId = d.entityId;
        p.isNew = !knownKinds.has(d.entityId);
      }
    }
    for (const key of ["relType", "from", "to", "role", "metric", "unit", "about"] as const) {
      const v = d[key];
      if (v != null) p[key] = v === "" ? null : v;
    }
    if (d.value != null) p.value = d.value;
    if (d.outcomeType != null) p.outcomeType = d.outcomeType;
    if (d.inferredReason != null) p.inferredReason = d.inferredReason.trim() || null;
    if (d.props) {
      const props = { ...(p.props ?? {}) };
      for (const [k, v] of Object.entries(d.props)) {
        if (["kind", "id", "name", "quote", "metrics", "claims", "inferred", "draft"].includes(k)) problems.push(`${where}: props.${k} is set by its own field`);
        else if (v === null) delete props[k];
        else props[k] = v;
      }
      p.props = props;
    }
  };

  decisions.forEach((d, i) => {
    const where = `decisions[${i}] (${d.action}${d.proposalId ? ` ${d.proposalId}` : ""})`;
    if (d.action === DecisionAction.ADD) {
      if (d.proposalId) problems.push(`${where}: ADD takes no proposalId`);
      if (!d.kind) return void problems.push(`${where}: ADD needs the kind of proposal`);
      const s = span(d, where);
      if (!s) return void problems.push(`${where}: ADD needs start and end (the quote)`);
      const p: ProposalData = {
        id: `p${++counter}`,
        kind: d.kind,
        state: ProposalState.ACCEPTED,
        isNew: true,
        ...s,
        why: "added by the curator",
        confidence: 1,
        candidates: [],
        conflicts: [],
      };
      edit(p, { ...d, start: null, end: null }, where);
      if (p.kind === ProposalKind.ENTITY) {
        const label = labelOfKind(p.entityKind ?? "");
        if (!label) problems.push(`${where}: an ENTITY needs its entityKind`);
        p.name ??= s.quote;
        if (!p.entityId && label) p.entityId = newEntityId(label, p.name, taken);
        p.isNew = !knownKinds.has(p.entityId ?? "");
      }
      if (p.kind === ProposalKind.RELATIONSHIP && !(p.relType && p.from && p.to)) problems.push(`${where}: a RELATIONSHIP needs relType, from and to`);
      if (p.kind === ProposalKind.METRIC && !(p.metric && p.value != null && p.unit && p.about)) problems.push(`${where}: a METRIC needs metric (its key), value, unit and about`);
      if (p.kind === ProposalKind.OUTCOME && !(p.outcomeType && p.about)) problems.push(`${where}: an OUTCOME needs outcomeType and about`);
      if (p.entityId) taken.add(p.entityId);
      list.push(p);
      return;
    }
    const p = list.find((x) => x.id === d.proposalId);
    if (!p) return void problems.push(`${where}: no proposal ${d.proposalId ?? "(none given)"} in this draft`);
    switch (d.action) {
      case DecisionAction.ACCEPT:
        p.state = ProposalState.ACCEPTED;
        break;
      case DecisionAction.REJECT:
        p.state = ProposalState.REJECTED;
        break;
      case DecisionAction.EDIT:
        edit(p, d, where);
        p.state = ProposalState.ACCEPTED;
        break;
      case DecisionAction.LINK: {
        if (p.kind !== ProposalKind.ENTITY) return void problems.push(`${where}: only an ENTITY links to an existing entity`);
        if (!d.entityId) return void problems.push(`${where}: LINK needs the entityId of an existing entity`);
        const kind = knownKinds.get(d.entityId);
        if (!kind) return void problems.push(`${where}: ${d.entityId} is not an existing entity`);
        edit(p, { ...d, entityKind: null }, where);
        const candidate = p.candidates.find((c) => c.id === d.entityId);
        p.entityKind = typeNameOfLabel(kind);
        if (candidate && d.name == null) p.name = candidate.name;
        p.isNew = false;
        p.state = ProposalState.ACCEPTED;
        break;
      }
    }
  });
  return problems.length ? { proposals: [...proposals], problems } : { proposals: list, problems };
}

/** What the source says of itself in its seed file. */
export interface SourceMeta {
  id: string;
  /** The draft holding the source's text: the seed file's `curated:` (its text never goes in a file). */
  draftId: string;
  title: string;
  url?: string | null;
  outlet?: string | null;
  publishedOn?: string | null;
  language: string;
}

/**
 * The accepted proposals as a seed file (plain data, to be written as YAML and validated like
 * any seed file), and the accepted facts left out because an entity they need was rejected.
 */
export function seedFileOf(meta: SourceMeta, proposals: readonly ProposalData[]): { seed: Record<string, unknown>; dropped: string[] } {
  const accepted = proposals.filter((p) => p.state === ProposalState.ACCEPTED);
  const notAccepted = new Set(proposals.filter((p) => p.kind === ProposalKind.ENTITY && p.state !== ProposalState.ACCEPTED && p.isNew && p.entityId).map((p) => p.entityId));
  const dropped: string[] = [];
  const entities = new Map<string, Record<string, unknown>>();
  const inferred = (p: ProposalData): Record<string, unknown> => (p.inferredReason ? { inferred: p.inferredReason } : {});
  for (const p of accepted) {
    if (p.kind !== ProposalKind.ENTITY || !p.entityId || entities.has(p.entityId)) continue;
    entities.set(p.entityId, { kind: labelOfKind(p.entityKind ?? "") ?? p.entityKind, id: p.entityId, name: p.name, ...(p.props ?? {}), ...inferred(p), quote: p.quote ?? "" });
  }
  const relationships: Record<string, unknown>[] = [];
  for (const p of accepted) {
    if (p.kind === ProposalKind.METRIC || p.kind === ProposalKind.OUTCOME) {
      const holder = entities.get(p.about ?? "");
      if (!holder) {
        dropped.push(`${p.id} (${p.kind} about ${p.about ?? "nothing"}): ${p.about ?? "its entity"} is not an accepted entity of this draft`);
        continue;
      }
      if (p.kind === ProposalKind.METRIC) {
        const metrics = Array.isArray(holder.metrics) ? holder.metrics : [];
        holder.metrics = [
          ...metrics,
          {
            key: p.metric,
            value: p.value,
            unit: p.unit,
            label: p.label ?? p.metric,
            ...(p.qualifier ? { qualifier: p.qualifier } : {}),
            quote: p.quote ?? "",
            ...inferred(p),
          },
        ];
      } else {
        const id = newEntityId("Outcome", `${p.about?.split(":").at(-1) ?? ""} ${p.quote ?? ""}`, new Set(entities.keys()));
        entities.set(id, { kind: labelOfKind("Outcome"), id, name: (p.name ?? p.quote ?? "").slice(0, 200), outcomeType: p.outcomeType, ...inferred(p), quote: p.quote ?? "" });
        relationships.push({ from: p.about, type: RelType.HAS_OUTCOME, to: id, quote: p.quote ?? "", ...inferred(p) });
      }
    }
  }
  for (const p of accepted) {
    if (p.kind !== ProposalKind.RELATIONSHIP) continue;
    const missing = [p.from, p.to].filter((id) => id && notAccepted.has(id) && !entities.has(id));
    if (missing.length) {
      dropped.push(`${p.id} (${p.from} -${p.relType}-> ${p.to}): ${missing.join(", ")} not accepted`);
      continue;
    }
    relationships.push({ from: p.from, type: p.relType, to: p.to, ...(p.role ? { role: p.role } : {}), quote: p.quote ?? "", ...inferred(p) });
  }
  const source = {
    id: meta.id,
    kind: "ARTICLE",
    title: meta.title,
    curated: meta.draftId,
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.outlet ? { publisher: meta.outlet } : {}),
    ...(meta.publishedOn ? { publishedOn: meta.publishedOn } : {}),
    language: meta.language,
  };
  return { seed: { source, entities: [...entities.values()], relationships }, dropped };
}

export const isOutcomeType = (v: unknown): v is OutcomeType => Object.values(OutcomeType).some((t) => t === v);
