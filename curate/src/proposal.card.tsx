/**
 * One proposal beside the text: what it says, its quote, why it was proposed, what other sources
 * say differently, and its actions, each a single updateDraft call: accept (a), reject (r), edit
 * (e, then save), each also a button on every card (one click, the card need not be selected
 * first), and for an entity link to one of its ranked candidates (each saying why; listed on
 * every card, one click links), to an
 * entity found by name (l), or a place picked from the gazetteer, or keep it new under an
 * editable id, with its other seed properties (level, orgType…) as JSON. Linking and saving an
 * edit accept the proposal in the same call (the API's LINK and EDIT do).
 */
import { useState } from "react";
import type { Decision, Proposal } from "./curation.operations";
import { EntityPicker, type PickerOption } from "./entity.picker";
import { type Lang, outcomeLabel, OUTCOME_VALUES, roleLabel, ROLE_VALUES, t } from "./labels.i18n";
import { PLACE_KIND, REL_CHOICES } from "./vocabulary.model";

interface Props {
  lang: Lang;
  proposal: Proposal;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  /** Names of the draft's entities and of linked ones, by id (relationship ends, `about`). */
  names: ReadonlyMap<string, string>;
  local: readonly PickerOption[];
  linkInput: React.RefObject<HTMLInputElement | null> | undefined;
  onSelect(): void;
  onEdit(editing: boolean): void;
  decide(decisions: Decision[]): void;
}

function summary(lang: Lang, p: Proposal, names: ReadonlyMap<string, string>): string {
  const nameOf = (id: string | null): string => (id ? (names.get(id) ?? id) : "?");
  switch (p.kind) {
    case "ENTITY":
      return `${p.name ?? p.quote ?? ""}`;
    case "RELATIONSHIP":
      return `${nameOf(p.from)} — ${p.relType ?? "?"}${p.role ? ` (${roleLabel(lang, p.role)})` : ""} → ${nameOf(p.to)}`;
    case "METRIC":
      return `${p.metric ?? "?"} = ${p.value ?? "?"}${p.unit ? ` ${p.unit}` : ""}${p.about ? ` · ${nameOf(p.about)}` : ""}`;
    case "OUTCOME":
      return `${p.outcomeType ? outcomeLabel(lang, p.outcomeType) : "?"}${p.about ? ` · ${nameOf(p.about)}` : ""}`;
  }
}

/** An entity's other properties, one line: "level: COMMUNE · orgType: NGO". */
function propsText(props: Record<string, unknown>): string {
  return Object.entries(props)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" · ");
}

/** Parses the JSON object of the props field; undefined for an empty field, an Error when it is not an object. */
export function parseProps(text: string): Record<string, unknown> | undefined | Error {
  if (!text.trim()) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return Object.fromEntries(Object.entries(value));
  } catch {
    // fall through
  }
  return new Error("props");
}

export function ProposalCard({ lang, proposal: p, selected, editing, busy, names, local, linkInput, onSelect, onEdit, decide }: Props) {
  const isPlace = p.kind === "ENTITY" && p.entityKind === PLACE_KIND;
  const link = (o: PickerOption): void =>
    decide([
      { proposalId: p.id, action: "LINK", entityId: o.id },
      { proposalId: p.id, action: "ACCEPT" },
    ]);
  return (
    <li
      className={`proposal kind-${p.kind} state-${p.state}${selected ? " selected" : ""}`}
      data-testid="proposal"
      data-proposal-id={p.id}
      data-kind={p.kind}
      data-state={p.state}
      data-entity-kind={p.entityKind ?? ""}
      data-entity-id={p.entityId ?? ""}
      aria-current={selected ? "true" : undefined}
      onClick={onSelect}
    >
      <div className="proposal-head">
        <span className="badge">{p.kind === "ENTITY" ? (p.entityKind ?? "") : p.kind === "RELATIONSHIP" ? (p.relType ?? "") : ""}</span>
        <strong className="proposal-summary">{summary(lang, p, names)}</strong>
        <span className={`state state-${p.state}`}>{t(lang, `state_${p.state}`)}</span>
      </div>
      {p.kind === "ENTITY" && (
        <div className="proposal-id" data-testid="entity-id">
          {p.isNew ? t(lang, "createsNew") : t(lang, "linkedTo")}: <code>{p.entityId}</code>
        </div>
      )}
      {p.kind === "ENTITY" && p.props && Object.keys(p.props).length > 0 && <div className="props">{propsText(p.props)}</div>}
      {p.quote ? (
        <blockquote className="quote">
          “{p.quote}”{p.start === null && <em className="warn"> ({t(lang, "quoteNotFound")})</em>}
        </blockquote>
      ) : null}
      {p.why && (
        <div className="why">
          {t(lang, "why")}: {p.why}
          {p.confidence !== null && ` · ${Math.round(p.confidence * 100)}%`}
        </div>
      )}
      {p.inferredReason && (
        <div className="inferred">
          {t(lang, "inferred")}: {p.inferredReason}
        </div>
      )}
      {p.conflicts.length > 0 && (
        <div className="conflicts" data-testid="conflicts">
          <div>{t(lang, "conflicts")}</div>
          <ul>
            {p.conflicts.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => decide([{ proposalId: p.id, action: "ACCEPT" }])} aria-keyshortcuts="a" data-action="accept">
          {t(lang, "accept")} <kbd>a</kbd>
        </button>
        <button type="button" disabled={busy} onClick={() => decide([{ proposalId: p.id, action: "REJECT" }])} aria-keyshortcuts="r" data-action="reject">
          {t(lang, "reject")} <kbd>r</kbd>
        </button>
        <button type="button" disabled={busy} onClick={() => onEdit(!editing)} aria-keyshortcuts="e" aria-expanded={editing} data-action="edit">
          {t(lang, "edit")} <kbd>e</kbd>
        </button>
      </div>
      {p.kind === "ENTITY" && (selected || p.candidates.length > 0) && (
        <div className="link">
          {p.candidates.length > 0 && (
            <>
              <div className="sub">{t(lang, "candidates")}</div>
              <ul className="candidates" data-testid="candidates">
                {p.candidates.map((c) => (
                  <li key={c.id} data-candidate-id={c.id} className={c.id === p.entityId && !p.isNew ? "linked" : undefined}>
                    <button type="button" disabled={busy} onClick={() => link({ id: c.id, name: c.name, kind: c.kind, parents: [] })}>
                      {t(lang, "link")}
                    </button>{" "}
                    <strong>{c.name}</strong> <code>{c.id}</code> <span className="score">{c.score.toFixed(2)}</span>
                    <div className="reasons">
                      {c.reasons.join(" · ")}
                      {c.context ? ` — ${c.context}` : ""}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
          {selected && (
            <EntityPicker
              lang={lang}
              label={isPlace ? t(lang, "findPlace") : t(lang, "findExisting")}
              testId={isPlace ? "place-picker" : "entity-picker"}
              places={isPlace}
              kinds={p.entityKind ? [p.entityKind] : []}
              onPick={link}
              inputRef={linkInput}
            />
          )}
        </div>
      )}
      {editing && <EditForm lang={lang} proposal={p} local={local} busy={busy} names={names} decide={decide} onDone={() => onEdit(false)} />}
    </li>
  );
}

/** The fields of one proposal, by its kind; saving sends EDIT with what changed, then ACCEPT. */
function EditForm({
  lang,
  proposal: p,
  local,
  busy,
  names,
  decide,
  onDone,
}: {
  lang: Lang;
  proposal: Proposal;
  local: readonly PickerOption[];
  busy: boolean;
  names: ReadonlyMap<string, string>;
  decide(decisions: Decision[]): void;
  onDone(): void;
}) {
  const [name, setName] = useState(p.name ?? "");
  const [entityId, setEntityId] = useState(p.entityId ?? "");
  const [relType, setRelType] = useState(p.relType ?? "");
  const [from, setFrom] = useState(p.from ?? "");
  const [to, setTo] = useState(p.to ?? "");
  const [role, setRole] = useState(p.role ?? "");
  const [metric, setMetric] = useState(p.metric ?? "");
  const [value, setValue] = useState(p.value === null ? "" : String(p.value));
  const [unit, setUnit] = useState(p.unit ?? "");
  const [about, setAbout] = useState(p.about ?? "");
  const [outcomeType, setOutcomeType] = useState(p.outcomeType ?? "");
  const [inferred, setInferred] = useState(Boolean(p.inferredReason));
  const [reason, setReason] = useState(p.inferredReason ?? "");
  const [props, setProps] = useState(p.props && Object.keys(p.props).length ? JSON.stringify(p.props) : "");
  const [propsInvalid, setPropsInvalid] = useState(false);
  const rel = REL_CHOICES.find((r) => r.type === relType);

  const save = (e: React.FormEvent): void => {
    e.preventDefault();
    const edit: Decision = { proposalId: p.id, action: "EDIT", inferredReason: inferred ? reason : "" };
    if (p.kind === "ENTITY") {
      const parsed = parseProps(props);
      if (parsed instanceof Error) return setPropsInvalid(true);
      // Properties removed from the JSON are removed on the server too (null removes one).
      const removed = Object.fromEntries(Object.keys(p.props ?? {}).map((k) => [k, null]));
      Object.assign(edit, { name, entityId, props: { ...removed, ...(parsed ?? {}) } });
    }
    if (p.kind === "RELATIONSHIP") Object.assign(edit, { relType, from, to, role: rel?.needsRole ? role : undefined });
    if (p.kind === "METRIC") Object.assign(edit, { metric, value: value === "" ? undefined : Number(value), unit, about: about || undefined });
    if (p.kind === "OUTCOME") Object.assign(edit, { outcomeType, about: about || undefined });
    decide([edit]);
    onDone();
  };

  const endPicker = (label: string, id: string, set: (id: string) => void, kinds: readonly string[], testId: string) => (
    <label>
      {label}: <code>{id ? `${names.get(id) ?? ""} ${id}` : "—"}</code>
      <EntityPicker lang={lang} label={label} testId={testId} kinds={kinds} local={local} onPick={(o) => set(o.id)} />
    </label>
  );

  return (
    <form className="edit" onSubmit={save} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === "Escape" && onDone()} data-testid="edit-form">
      {p.kind === "ENTITY" && (
        <>
          <label>
            {t(lang, "entityName")}
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>
          <label>
            {t(lang, "id")}
            <input value={entityId} onChange={(e) => setEntityId(e.target.value)} name="entityId" />
          </label>
          <label>
            {t(lang, "props")}
            <input value={props} onChange={(e) => setProps(e.target.value)} name="props" aria-invalid={propsInvalid} placeholder='{"orgType": "NGO"}' />
            {propsInvalid && <span className="warn">{t(lang, "propsInvalid")}</span>}
          </label>
        </>
      )}
      {p.kind === "RELATIONSHIP" && (
        <>
          <label>
            {t(lang, "relType")}
            <select name="relType" value={relType} onChange={(e) => setRelType(e.target.value)}>
              {REL_CHOICES.map((r) => (
                <option key={r.type} value={r.type} title={r.description}>
                  {r.type}
                </option>
              ))}
            </select>
          </label>
          {endPicker(t(lang, "from"), from, setFrom, rel?.from ?? [], "edit-from")}
          {endPicker(t(lang, "to"), to, setTo, rel?.to ?? [], "edit-to")}
          {rel?.needsRole && (
            <label>
              {t(lang, "role")}
              <select value={role} onChange={(e) => setRole(e.target.value)} name="role">
                <option value="">{t(lang, "choose")}</option>
                {ROLE_VALUES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(lang, r)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      {p.kind === "METRIC" && (
        <>
          <label>
            {t(lang, "metric")}
            <input value={metric} onChange={(e) => setMetric(e.target.value)} autoFocus />
          </label>
          <label>
            {t(lang, "value")}
            <input value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" />
          </label>
          <label>
            {t(lang, "unit")}
            <input value={unit} onChange={(e) => setUnit(e.target.value)} />
          </label>
          {endPicker(t(lang, "about"), about, setAbout, [], "edit-about")}
        </>
      )}
      {p.kind === "OUTCOME" && (
        <>
          <label>
            {t(lang, "outcomeType")}
            <select value={outcomeType} onChange={(e) => setOutcomeType(e.target.value)}>
              {OUTCOME_VALUES.map((o) => (
                <option key={o} value={o}>
                  {outcomeLabel(lang, o)}
                </option>
              ))}
            </select>
          </label>
          {endPicker(t(lang, "about"), about, setAbout, [], "edit-about")}
        </>
      )}
      <InferredFields lang={lang} inferred={inferred} reason={reason} setInferred={setInferred} setReason={setReason} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t(lang, "save")}
        </button>
        <button type="button" onClick={onDone}>
          {t(lang, "cancel")}
        </button>
      </div>
    </form>
  );
}

export function InferredFields({
  lang,
  inferred,
  reason,
  setInferred,
  setReason,
}: {
  lang: Lang;
  inferred: boolean;
  reason: string;
  setInferred(v: boolean): void;
  setReason(v: string): void;
}) {
  return (
    <div className="inferred-fields">
      <label className="check">
        <input type="checkbox" checked={inferred} onChange={(e) => setInferred(e.target.checked)} name="inferred" /> {t(lang, "markInferred")}
      </label>
      {inferred && (
        <label>
          {t(lang, "inferredReason")}
          <input value={reason} onChange={(e) => setReason(e.target.value)} required name="inferredReason" />
        </label>
      )}
    </div>
  );
}
