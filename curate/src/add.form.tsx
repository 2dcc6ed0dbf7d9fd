/**
 * Adds a missing fact from words selected in the text: the selection is the quote (its offsets
 * go as start/end). An entity is created under an editable id (or linked to an existing one) and,
 * for an actor, may take part in one of the draft's activities in a role in the same call (a
 * funder is three words selected, its kind, the activity and FUNDER). A relationship picks its two
 * ends (and a role for INVOLVED_IN), a number its metric, value and unit, an outcome its type and
 * what it is about. Any of them may be marked inferred, with the reason.
 *
 * What the words say is preselected (guess.model.ts), so the usual addition is a drag and "add":
 * a name gets its entity kind and key property, a place its gazetteer unit (the first match of
 * the words), a longer quote with a role's cue words becomes a relationship whose type and role
 * are read from the words and whose two ends are the draft's entities nearest to the quote (each
 * end a select of the draft's entities, nearest first, or any entity found by name).
 */
import { useEffect, useMemo, useState } from "react";
import type { Decision, Proposal, ProposalKind } from "./curation.operations";
import { PROPOSAL_KINDS, searchPlaces } from "./curation.operations";
import { EntityPicker, type PickerOption } from "./entity.picker";
import { DEFAULT_REL_TYPE, fold, guessEntity, guessRole, looksLikeRelationship, rankEnds } from "./guess.model";
import { slugId } from "./highlights.model";
import { type Lang, outcomeLabel, OUTCOME_VALUES, roleLabel, ROLE_VALUES, t } from "./labels.i18n";
import { InferredFields, parseProps } from "./proposal.card";
import { ACTIVITY_KINDS, ENTITY_KINDS, ENUM_PROPS, INVOLVEMENT, PLACE_KIND, REL_CHOICES } from "./vocabulary.model";

interface Props {
  lang: Lang;
  text: string;
  selection: { start: number; end: number };
  proposals: readonly Proposal[];
  local: readonly PickerOption[];
  busy: boolean;
  decide(decisions: Decision[]): void;
  onCancel(): void;
}

/** The id prefix the draft already uses for a kind ("org:" for organizations), else the kind's name. */
function prefixFor(kind: string, proposals: readonly Proposal[]): string {
  for (const p of proposals) {
    const id = p.entityId ?? p.candidates[0]?.id;
    if (p.entityKind === kind && id?.includes(":")) return id.slice(0, id.indexOf(":") + 1);
  }
  return `${kind.toLowerCase()}:`;
}

/** The first number of the selection, Vietnamese style accepted ("1.200" and "2,5"). */
function numberIn(words: string): string {
  const m = /\d[\d.,]*/.exec(words);
  if (!m) return "";
  const raw = m[0].replace(/[.,]$/, "");
  const vi = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw) || /^\d+,\d+$/.test(raw);
  return vi ? raw.replace(/\./g, "").replace(",", ".") : raw.replace(/,/g, "");
}

export function AddForm({ lang, text, selection, proposals, local, busy, decide, onCancel }: Props) {
  const words = text.slice(selection.start, selection.end);
  const guess = useMemo(() => guessEntity(words), [words]);
  const [kind, setKind] = useState<ProposalKind>(() => (looksLikeRelationship(words) ? "RELATIONSHIP" : "ENTITY"));
  const [entityKind, setEntityKind] = useState<string>(guess.entityKind || (ENTITY_KINDS[0] ?? ""));
  const [name, setName] = useState(words);
  const [idEdited, setIdEdited] = useState<string | undefined>();
  const [linked, setLinked] = useState<PickerOption | undefined>();
  const [activity, setActivity] = useState("");
  const [activityRole, setActivityRole] = useState("");
  const [relType, setRelType] = useState<string>(REL_CHOICES.some((r) => r.type === DEFAULT_REL_TYPE) ? DEFAULT_REL_TYPE : (REL_CHOICES[0]?.type ?? ""));
  const [fromPick, setFromPick] = useState<string | undefined>();
  const [toPick, setToPick] = useState<string | undefined>();
  const [found, setFound] = useState<PickerOption[]>([]);
  const [role, setRole] = useState<string>(guessRole(words) ?? "");
  const [metric, setMetric] = useState("");
  const [value, setValue] = useState(numberIn(words));
  const [unit, setUnit] = useState("");
  const [about, setAbout] = useState<PickerOption | undefined>();
  const [outcomeType, setOutcomeType] = useState<string>(OUTCOME_VALUES[0] ?? "");
  const [inferred, setInferred] = useState(false);
  const [reason, setReason] = useState("");
  const [props, setProps] = useState("");
  /** The kind's enum properties (orgType, eventType…), preselected from the words. */
  const [keyProps, setKeyProps] = useState<Record<string, string>>(guess.props);
  const [propsInvalid, setPropsInvalid] = useState(false);
  const [placeSearched, setPlaceSearched] = useState(false);

  // A place is a gazetteer unit: the first unit the selected words find is preselected.
  useEffect(() => {
    if (kind !== "ENTITY" || entityKind !== PLACE_KIND || linked || placeSearched) return;
    let stale = false;
    setPlaceSearched(true);
    searchPlaces(words).then(
      (hits) => {
        // The unit whose parents the article names near the words (the province, the district), then anywhere, else the first.
        const near = fold(text.slice(Math.max(0, selection.start - 400), selection.end + 400));
        const all = fold(text);
        const named = (h: (typeof hits)[number], where: string): number => h.parents.filter((p) => where.includes(fold(p))).length;
        const first = [...hits].sort((a, b) => named(b, near) - named(a, near) || named(b, all) - named(a, all))[0];
        if (!stale && first) setLinked({ id: first.id, name: first.name, kind: first.kind, parents: first.parents, level: first.level });
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [kind, entityKind, linked, placeSearched, words, text, selection]);

  const entityId = linked?.id ?? idEdited ?? slugId(prefixFor(entityKind, proposals), name);
  const rel = REL_CHOICES.find((r) => r.type === relType);
  const ends = useMemo(() => [...local.map((o) => ({ id: o.id, name: o.name, kind: o.kind })), ...found.filter((o) => !local.some((l) => l.id === o.id))], [local, found]);
  const fromOptions = useMemo(() => rankEnds(text, ends, rel?.from ?? [], proposals, selection), [text, ends, rel, proposals, selection]);
  const toOptions = useMemo(() => rankEnds(text, ends, rel?.to ?? [], proposals, selection), [text, ends, rel, proposals, selection]);
  const fromId = fromPick ?? fromOptions[0]?.id ?? "";
  const toId = toPick ?? toOptions.find((o) => o.id !== fromId)?.id ?? "";
  const foundEnd = (set: (id: string) => void) => (o: PickerOption) => {
    setFound((f) => [...f.filter((x) => x.id !== o.id), o]);
    set(o.id);
  };
  const isActor = INVOLVEMENT?.from.includes(entityKind) ?? false;
  const enumProps = ENUM_PROPS.get(entityKind) ?? [];
  const activities = useMemo(() => local.filter((o) => ACTIVITY_KINDS.includes(o.kind)), [local]);

  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const base: Decision = { action: "ADD", kind, start: selection.start, end: selection.end };
    if (inferred) base.inferredReason = reason;
    const decisions: Decision[] = [];
    if (kind === "ENTITY") {
      const parsed = parseProps(props);
      if (parsed instanceof Error) return setPropsInvalid(true);
      // A gazetteer unit keeps the gazetteer's level (a seed file's place states its level).
      const chosen = Object.fromEntries(Object.entries(keyProps).filter(([k, v]) => v && enumProps.some((p) => p.name === k)));
      const merged = Object.keys(chosen).length ? { ...chosen, ...(parsed ?? {}) } : parsed;
      const withLevel = linked?.level && entityKind === PLACE_KIND ? { ...(merged ?? {}), level: linked.level } : merged;
      decisions.push({ ...base, entityKind, entityId, name: linked?.name ?? name, props: withLevel });
      if (isActor && activity && activityRole && INVOLVEMENT) {
        decisions.push({ ...base, kind: "RELATIONSHIP", relType: INVOLVEMENT.type, from: entityId, to: activity, role: activityRole });
      }
    } else if (kind === "RELATIONSHIP") {
      decisions.push({ ...base, relType, from: fromId, to: toId, role: rel?.needsRole ? role : undefined });
    } else if (kind === "METRIC") {
      decisions.push({ ...base, metric, value: value === "" ? undefined : Number(value), unit, about: about?.id });
    } else {
      decisions.push({ ...base, outcomeType, about: about?.id });
    }
    decide(decisions);
  };

  const chosen = (o: PickerOption | undefined) => (o ? <code>{`${o.name} · ${o.id}`}</code> : <code>—</code>);

  return (
    <form
      className="add"
      onSubmit={submit}
      data-testid="add-form"
      data-start={selection.start}
      data-end={selection.end}
      data-kind={kind}
      data-entity-kind={entityKind}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <h3>{t(lang, "addFromSelection")}</h3>
      <blockquote className="quote" data-testid="selection">
        “{words}”
      </blockquote>
      <div className="kinds" role="radiogroup" aria-label={t(lang, "kind")}>
        {PROPOSAL_KINDS.map((k) => (
          <label key={k} className="check">
            <input type="radio" name="add-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(lang, `kind_${k}`)}
          </label>
        ))}
      </div>
      {kind === "ENTITY" && (
        <>
          <label>
            {t(lang, "entityKind")}
            <select
              name="entityKind"
              value={entityKind}
              onChange={(e) => {
                // Another kind: the guessed properties and place were the guessed kind's.
                const next = e.target.value;
                setEntityKind(next);
                setKeyProps(next === guess.entityKind ? guess.props : {});
                setLinked(undefined);
                setPlaceSearched(false);
              }}
            >
              {ENTITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          {linked ? (
            <div className="linked-to">
              {t(lang, "linkedTo")}: {chosen(linked)}{" "}
              <button type="button" onClick={() => setLinked(undefined)}>
                {t(lang, "newEntity")}
              </button>
            </div>
          ) : (
            <>
              <label>
                {t(lang, "entityName")}
                <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <label>
                {t(lang, "id")}
                <input name="entityId" value={entityId} onChange={(e) => setIdEdited(e.target.value)} />
              </label>
              {enumProps.map((p) => (
                <label key={p.name}>
                  {p.name}
                  <select name={`prop-${p.name}`} value={keyProps[p.name] ?? ""} onChange={(e) => setKeyProps((k) => ({ ...k, [p.name]: e.target.value }))}>
                    <option value="">{t(lang, "choose")}</option>
                    {p.values.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <label>
                {t(lang, "props")}
                <input name="props" value={props} onChange={(e) => setProps(e.target.value)} aria-invalid={propsInvalid} placeholder='{"orgType": "NGO"}' />
                {propsInvalid && <span className="warn">{t(lang, "propsInvalid")}</span>}
              </label>
              <EntityPicker
                lang={lang}
                label={entityKind === PLACE_KIND ? t(lang, "findPlace") : t(lang, "findExisting")}
                testId="add-link"
                places={entityKind === PLACE_KIND}
                kinds={[entityKind]}
                onPick={setLinked}
              />
            </>
          )}
          {isActor && (
            <fieldset>
              <legend>{t(lang, "takesPartIn")}</legend>
              <select name="activity" value={activity} onChange={(e) => setActivity(e.target.value)} aria-label={t(lang, "takesPartIn")}>
                <option value="">{t(lang, "choose")}</option>
                {activities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.id})
                  </option>
                ))}
              </select>
              <select name="activityRole" value={activityRole} onChange={(e) => setActivityRole(e.target.value)} aria-label={t(lang, "role")}>
                <option value="">{t(lang, "choose")}</option>
                {ROLE_VALUES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(lang, r)}
                  </option>
                ))}
              </select>
            </fieldset>
          )}
        </>
      )}
      {kind === "RELATIONSHIP" && (
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
          {(
            [
              ["from", fromId, fromOptions, setFromPick, rel?.from ?? []],
              ["to", toId, toOptions, setToPick, rel?.to ?? []],
            ] as const
          ).map(([end, id, options, set, kinds]) => (
            <div key={end} className="end">
              <label>
                {t(lang, end)}
                <select name={end} value={id} onChange={(e) => set(e.target.value)} required>
                  {!id && <option value="">{t(lang, "choose")}</option>}
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name} · {o.kind} · {o.id}
                    </option>
                  ))}
                </select>
              </label>
              <EntityPicker lang={lang} label={t(lang, end)} testId={`add-${end}`} kinds={kinds} local={local} onPick={foundEnd(set)} />
            </div>
          ))}
          {rel?.needsRole && (
            <label>
              {t(lang, "role")}
              <select name="role" value={role} onChange={(e) => setRole(e.target.value)} required>
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
      {kind === "METRIC" && (
        <>
          <label>
            {t(lang, "metric")}
            <input name="metric" value={metric} onChange={(e) => setMetric(e.target.value)} required />
          </label>
          <label>
            {t(lang, "value")}
            <input name="value" value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" required />
          </label>
          <label>
            {t(lang, "unit")}
            <input name="unit" value={unit} onChange={(e) => setUnit(e.target.value)} required />
          </label>
        </>
      )}
      {kind === "OUTCOME" && (
        <label>
          {t(lang, "outcomeType")}
          <select name="outcomeType" value={outcomeType} onChange={(e) => setOutcomeType(e.target.value)}>
            {OUTCOME_VALUES.map((o) => (
              <option key={o} value={o}>
                {outcomeLabel(lang, o)}
              </option>
            ))}
          </select>
        </label>
      )}
      {(kind === "METRIC" || kind === "OUTCOME") && (
        <div>
          {t(lang, "about")}: {chosen(about)}
          <EntityPicker lang={lang} label={t(lang, "about")} testId="add-about" local={local} onPick={setAbout} />
        </div>
      )}
      <InferredFields lang={lang} inferred={inferred} reason={reason} setInferred={setInferred} setReason={setReason} />
      <div className="actions">
        <button type="submit" disabled={busy || ((kind === "METRIC" || kind === "OUTCOME") && !about) || (kind === "RELATIONSHIP" && !(fromId && toId))} data-action="add">
          {t(lang, "add")}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, "cancel")}
        </button>
      </div>
    </form>
  );
}
