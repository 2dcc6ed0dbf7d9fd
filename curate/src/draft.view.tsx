/**
 * One draft: the article's text with every proposal highlighted at its quote, beside it the
 * proposals grouped by kind, a form for what the curator selects in the text, and the preview
 * (3W rows, partners, places, problems) with the publish buttons, and a publish button that
 * stays at the top of the proposals (one click: what is undecided is accepted). Keyboard: j/k move between
 * proposals, a accepts, r rejects, e edits, l finds an entity to link, p goes to the preview;
 * keys typed into a field are the field's.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AddForm } from "./add.form";
import { apiUrl } from "./base-path";
import { type Decision, type Draft, type Proposal, PROPOSAL_KINDS, publishDraft, updateDraft } from "./curation.operations";
import type { PickerOption } from "./entity.picker";
import { segmentText, trimSelection } from "./highlights.model";
import { type Lang, roleLabel, t } from "./labels.i18n";
import { ProposalCard } from "./proposal.card";

interface Props {
  lang: Lang;
  draft: Draft;
  onDraft(draft: Draft): void;
  /** Reloads the draft from the server (after CONFLICT). */
  reload(): Promise<void>;
  onError(err: unknown): void;
  clearError(): void;
  onPublished(sourceId: string): void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** The offset in the draft's text of a point of the DOM selection inside the text pane. */
function offsetOf(node: Node | null, offset: number): number | null {
  if (!node) return null;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node instanceof Element ? node : null;
  const segment = element?.closest<HTMLElement>("[data-start]");
  if (!segment) return null;
  const start = Number(segment.dataset.start);
  return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? (segment.textContent?.length ?? 0) : 0);
}

export function DraftView({ lang, draft, onDraft, reload, onError, clearError, onPublished }: Props) {
  const [selectedId, setSelectedId] = useState<string | undefined>(draft.proposals[0]?.id);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [selection, setSelection] = useState<{ start: number; end: number } | undefined>();
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<string | undefined>();
  const textRef = useRef<HTMLDivElement>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLElement>(null);
  const open = draft.status === "OPEN";

  // Proposals in the order shown: by kind, then where they stand in the text.
  const ordered = useMemo(
    () =>
      PROPOSAL_KINDS.flatMap((kind) => draft.proposals.filter((p) => p.kind === kind).sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER))),
    [draft.proposals],
  );
  const byId = useMemo(() => new Map(draft.proposals.map((p) => [p.id, p])), [draft.proposals]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of draft.proposals) {
      if (p.kind !== "ENTITY" || !p.entityId) continue;
      map.set(p.entityId, p.name ?? p.candidates.find((c) => c.id === p.entityId)?.name ?? p.entityId);
    }
    return map;
  }, [draft.proposals]);
  const local = useMemo<PickerOption[]>(
    () =>
      draft.proposals
        .filter((p): p is Proposal & { entityId: string } => p.kind === "ENTITY" && p.state !== "REJECTED" && Boolean(p.entityId))
        .map((p) => ({ id: p.entityId, name: p.name ?? p.entityId, kind: p.entityKind ?? "", parents: [], local: true })),
    [draft.proposals],
  );
  const segments = useMemo(
    () =>
      segmentText(
        draft.text.length,
        draft.proposals.filter((p) => p.start !== null && p.end !== null).map((p) => ({ id: p.id, start: p.start ?? 0, end: p.end ?? 0 })),
      ),
    [draft.text, draft.proposals],
  );

  const decide = useCallback(
    (decisions: Decision[]): void => {
      setBusy(true);
      clearError();
      updateDraft(draft.id, draft.version, decisions).then(
        (next) => {
          onDraft(next);
          setBusy(false);
        },
        (err: unknown) => {
          setBusy(false);
          onError(err);
          if ((err as { code?: string }).code === "CONFLICT") void reload();
        },
      );
    },
    [draft.id, draft.version, onDraft, onError, clearError, reload],
  );

  const publish = (acceptAll: boolean): void => {
    setBusy(true);
    clearError();
    publishDraft(draft.id, acceptAll).then(
      (source) => {
        setBusy(false);
        setPublished(source.id);
        onPublished(source.id);
      },
      (err: unknown) => {
        setBusy(false);
        onError(err);
      },
    );
  };

  // The selection in the text pane, as offsets into the draft's text; kept while the curator
  // fills the form (selecting inside the form does not clear it).
  useEffect(() => {
    const onChange = (): void => {
      const sel = document.getSelection();
      const pane = textRef.current;
      if (!sel || sel.isCollapsed || !pane || !sel.anchorNode || !pane.contains(sel.anchorNode) || !sel.focusNode || !pane.contains(sel.focusNode)) return;
      const a = offsetOf(sel.anchorNode, sel.anchorOffset);
      const b = offsetOf(sel.focusNode, sel.focusOffset);
      if (a === null || b === null) return;
      const span = trimSelection(draft.text, a, b);
      if (span) setSelection(span);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [draft.text]);

  // Keyboard shortcuts for the selected proposal.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || !open) return;
      const at = ordered.findIndex((p) => p.id === selectedId);
      const current = at >= 0 ? ordered[at] : undefined;
      const go = (i: number): void => {
        const next = ordered[Math.max(0, Math.min(ordered.length - 1, i))];
        if (!next) return;
        setSelectedId(next.id);
        document.querySelector(`[data-proposal-id="${CSS.escape(next.id)}"]`)?.scrollIntoView({ block: "nearest" });
      };
      switch (e.key) {
        case "j":
          go(at + 1);
          break;
        case "k":
          go(at - 1);
          break;
        case "a":
          if (current && !busy) decide([{ proposalId: current.id, action: "ACCEPT" }]);
          break;
        case "r":
          if (current && !busy) decide([{ proposalId: current.id, action: "REJECT" }]);
          break;
        case "e":
          if (current) setEditingId((id) => (id === current.id ? undefined : current.id));
          break;
        case "l":
          linkInput.current?.focus();
          break;
        case "p":
          previewRef.current?.scrollIntoView({ block: "start" });
          previewRef.current?.focus();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [ordered, selectedId, busy, decide, open]);

  const selectProposal = (id: string): void => {
    setSelectedId(id);
    document.querySelector(`[data-proposal-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  };

  const { preview } = draft;
  return (
    <div className="draft" data-testid="draft" data-draft-id={draft.id} data-source-id={draft.sourceId} data-status={draft.status} data-version={draft.version}>
      <section className="text-pane" aria-label={t(lang, "articleText")}>
        <h2>{draft.title || t(lang, "untitled")}</h2>
        <div className="meta">
          {[draft.outlet, draft.publishedOn, draft.language, draft.url].filter(Boolean).join(" · ")} · <code>{draft.sourceId}</code>
        </div>
        {open && <p className="hint">{t(lang, "selectHint")}</p>}
        <div className="article" ref={textRef} data-testid="article">
          {segments.map((s) => {
            const words = draft.text.slice(s.start, s.end);
            if (!s.ids.length) {
              return (
                <span key={s.start} data-start={s.start}>
                  {words}
                </span>
              );
            }
            const top = byId.get(s.ids[0]);
            const selected = selectedId !== undefined && s.ids.includes(selectedId);
            return (
              <mark
                key={s.start}
                data-start={s.start}
                data-proposals={s.ids.join(" ")}
                className={`hl kind-${top?.kind ?? ""} state-${top?.state ?? ""}${selected ? " selected" : ""}`}
                title={s.ids.map((id) => byId.get(id)?.kind ?? "").join(", ")}
                onClick={() => {
                  if (document.getSelection()?.isCollapsed !== false) selectProposal(s.ids[0]);
                }}
              >
                {words}
              </mark>
            );
          })}
        </div>
      </section>
      <aside className="side">
        {open && (
          <div className="publish-bar" data-testid="publish-bar">
            <button type="button" className="primary" disabled={busy} onClick={() => publish(draft.undecided > 0)} data-action="publish-now">
              {draft.undecided > 0 ? t(lang, "publishAcceptAll") : t(lang, "publish")}
            </button>
            {draft.undecided > 0 && <span className="sub">{t(lang, "undecidedCount", { count: draft.undecided })}</span>}
          </div>
        )}
        {open && selection && (
          <AddForm
            key={`${selection.start}-${selection.end}`}
            lang={lang}
            text={draft.text}
            selection={selection}
            proposals={draft.proposals}
            local={local}
            busy={busy}
            decide={(decisions) => {
              decide(decisions);
              setSelection(undefined);
              document.getSelection()?.removeAllRanges();
            }}
            onCancel={() => setSelection(undefined)}
          />
        )}
        <p className="hint">{t(lang, "keys")}</p>
        {PROPOSAL_KINDS.map((kind) => {
          const group = ordered.filter((p) => p.kind === kind);
          if (!group.length) return null;
          return (
            <section key={kind} className="group" data-testid={`group-${kind}`}>
              <h3>
                {t(lang, `kind_${kind}`)} <span className="sub">({group.length})</span>
              </h3>
              <ul className="proposals">
                {group.map((p) => (
                  <ProposalCard
                    key={p.id}
                    lang={lang}
                    proposal={p}
                    selected={p.id === selectedId}
                    editing={p.id === editingId}
                    busy={busy || !open}
                    names={names}
                    local={local}
                    linkInput={p.id === selectedId ? linkInput : undefined}
                    onSelect={() => setSelectedId(p.id)}
                    onEdit={(on) => setEditingId(on ? p.id : undefined)}
                    decide={decide}
                  />
                ))}
              </ul>
            </section>
          );
        })}
        <section className="preview" ref={previewRef} tabIndex={-1} data-testid="preview" aria-label={t(lang, "preview")}>
          <h3>{t(lang, "preview")}</h3>
          {preview.problems.length > 0 && (
            <div className="problems" role="alert" data-testid="problems">
              <strong>{t(lang, "problems")}</strong>
              <ul>
                {preview.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <h4>{t(lang, "previewRows")}</h4>
          {preview.rows.length === 0 ? (
            <p className="sub">{t(lang, "noRows")}</p>
          ) : (
            <table data-testid="preview-rows">
              <thead>
                <tr>
                  <th>{t(lang, "colOrganization")}</th>
                  <th>{t(lang, "colRole")}</th>
                  <th>{t(lang, "colActivity")}</th>
                  <th>{t(lang, "colModel")}</th>
                  <th>{t(lang, "colPlace")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.id} data-row-id={r.id}>
                    <td>{r.organization}</td>
                    <td>{roleLabel(lang, r.role)}</td>
                    <td>{r.activity}</td>
                    <td>{r.model ?? ""}</td>
                    <td>{r.place}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h4>{t(lang, "partners")}</h4>
          <p data-testid="preview-partners">{preview.partners.join(" · ") || "—"}</p>
          <h4>{t(lang, "places")}</h4>
          <p data-testid="preview-places">{preview.places.join(" · ") || "—"}</p>
          {open && (
            <div className="actions publish">
              <button type="button" className="primary" disabled={busy || draft.undecided > 0} onClick={() => publish(false)} data-action="publish">
                {t(lang, "publish")}
              </button>
              {draft.undecided > 0 && (
                <>
                  <span className="sub">{t(lang, "undecidedCount", { count: draft.undecided })}</span>
                  <button type="button" disabled={busy} onClick={() => publish(true)} data-action="publish-accept-all">
                    {t(lang, "publishAcceptAll")}
                  </button>
                </>
              )}
            </div>
          )}
          {published && (
            <p className="done" role="status" data-testid="published">
              {t(lang, "published", { id: published })} <a href={apiUrl("/dashboard")}>{t(lang, "seeDashboard")}</a>
            </p>
          )}
        </section>
      </aside>
    </div>
  );
}
