/**
 * The workbench's shell: sign-in (the `login` mutation; the session is an HttpOnly cookie, the
 * csrfToken kept in memory and asked for again after a reload), the signed-in name and role,
 * sign-out, the language (vi/en, in ?lang=), and three views in the URL so that a reload or a
 * shared link lands on the same one: the list of my drafts and sources (?), a new draft (?new)
 * and one draft (?draft=<id>). Errors show the message of their extensions.code, with every
 * problem a BAD_USER_INPUT lists.
 */
import { useCallback, useEffect, useState } from "react";
import { ApiError, restoreCsrfToken, setCsrfToken } from "./api.client";
import { apiUrl } from "./base-path";
import {
  changePassword,
  createDraft,
  type Draft,
  type DraftInput,
  type DraftSummary,
  getDraft,
  hasCuration,
  listDrafts,
  login,
  logout,
  me,
  removeSource,
  reopenSource,
  type User,
} from "./curation.operations";
import { DraftView } from "./draft.view";
import { errorText, type Lang, LANGS, t, type UiKey } from "./labels.i18n";

type View = { name: "list" } | { name: "new" } | { name: "draft"; id: string };

function viewFromUrl(): View {
  const params = new URLSearchParams(location.search);
  const id = params.get("draft");
  if (id) return { name: "draft", id };
  return params.has("new") ? { name: "new" } : { name: "list" };
}

function langFromUrl(): Lang {
  const lang = new URLSearchParams(location.search).get("lang");
  return lang === "en" ? "en" : "vi";
}

function writeUrl(view: View, lang: Lang, push: boolean): void {
  const params = new URLSearchParams();
  if (view.name === "draft") params.set("draft", view.id);
  if (view.name === "new") params.set("new", "");
  if (lang !== "vi") params.set("lang", lang);
  const query = params.toString().replace(/=(&|$)/g, "$1");
  const url = `${location.pathname}${query ? `?${query}` : ""}`;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

interface ShownError {
  code: string;
  message: string;
  problems: readonly string[];
}

function toShown(err: unknown): ShownError {
  if (err instanceof ApiError) return { code: err.code ?? "OTHER", message: err.message, problems: err.problems };
  return { code: "OTHER", message: String(err), problems: [] };
}

export function CurateApp() {
  const [lang, setLang] = useState<Lang>(langFromUrl);
  const [view, setView] = useState<View>(viewFromUrl);
  /** undefined: not known yet; null: signed out. */
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [error, setError] = useState<ShownError | undefined>();
  const [notice, setNotice] = useState<UiKey | undefined>();
  const [noCuration, setNoCuration] = useState(false);

  const showError = useCallback((err: unknown) => {
    const shown = toShown(err);
    setError(shown);
    if (shown.code === "UNAUTHENTICATED") setUser(null);
  }, []);
  const clearError = useCallback(() => setError(undefined), []);

  const go = useCallback(
    (next: View) => {
      setView(next);
      setError(undefined);
      setNotice(undefined);
      writeUrl(next, lang, true);
    },
    [lang],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    writeUrl(view, lang, false);
    // Only the language: views write the URL themselves, pushing history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  useEffect(() => {
    const onPop = (): void => setView(viewFromUrl());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Who is signed in (the cookie survives a reload; the csrfToken is asked for again). A server
  // without the curation API says so once, instead of failing on every request.
  useEffect(() => {
    const whoAmI = async (): Promise<User | null> => {
      // Introspection that fails (turned off by a proxy, say) is no reason to stop: ask anyway.
      if (!(await hasCuration().catch(() => true))) {
        setNoCuration(true);
        return null;
      }
      // `me` first: /auth/csrf is asked only with a session (no 401 logged for a signed-out visitor).
      const u = await me();
      if (u) await restoreCsrfToken();
      return u;
    };
    whoAmI().then(
      (u) => setUser(u),
      (err: unknown) => {
        setUser(null);
        if (!(err instanceof ApiError && err.code === "UNAUTHENTICATED")) showError(err);
      },
    );
  }, [showError]);

  const signOut = (): void => {
    logout().then(
      () => undefined,
      () => undefined,
    );
    setCsrfToken(undefined);
    setUser(null);
    go({ name: "list" });
  };

  return (
    <div className="curate">
      <header>
        <div>
          <h1>{t(lang, "title")}</h1>
          <p className="subtitle">{t(lang, "subtitle")}</p>
        </div>
        <div className="header-tools">
          <div className="langs" role="group" aria-label={t(lang, "language")}>
            {LANGS.map((l) => (
              <button key={l} type="button" aria-pressed={l === lang} onClick={() => setLang(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
          {user && (
            <>
              <span data-testid="signed-in" data-name={user.name} data-role={user.role}>
                {t(lang, "signedInAs", { name: user.name, role: user.role })}
              </span>
              <button type="button" onClick={signOut}>
                {t(lang, "signOut")}
              </button>
            </>
          )}
        </div>
      </header>
      {noCuration && (
        <div className="error" role="alert" data-testid="no-curation">
          {t(lang, "noCuration")}
        </div>
      )}
      {error && (
        <div className="error" role="alert" data-testid="error" data-code={error.code}>
          <strong>{errorText(lang, error.code)}</strong>
          {error.problems.length > 0 && (
            <ul>
              {error.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
          <div className="sub">
            {t(lang, "errorCode")}: {error.code}
            {error.code !== "BAD_USER_INPUT" && error.message && error.message !== "network" ? ` · ${error.message}` : ""}
          </div>
          <button type="button" onClick={clearError} aria-label="×">
            ×
          </button>
        </div>
      )}
      {notice && (
        <p className="notice" role="status">
          {t(lang, notice)}
        </p>
      )}
      {user === undefined ? (
        <p>{t(lang, "loading")}</p>
      ) : noCuration ? null : user === null ? (
        <SignIn
          lang={lang}
          onSignedIn={(u) => {
            setUser(u);
            setError(undefined);
          }}
          onError={showError}
        />
      ) : user.mustChangePassword ? (
        <ChangePassword
          lang={lang}
          name={user.name}
          onChanged={() => {
            setUser({ ...user, mustChangePassword: false });
            setError(undefined);
          }}
          onError={showError}
        />
      ) : view.name === "list" ? (
        <DraftList lang={lang} go={go} onError={showError} onNotice={setNotice} />
      ) : view.name === "new" ? (
        <NewDraft lang={lang} onCreated={(d) => go({ name: "draft", id: d.id })} onError={showError} go={go} />
      ) : (
        <DraftLoader key={view.id} lang={lang} id={view.id} go={go} onError={showError} clearError={clearError} />
      )}
    </div>
  );
}

function SignIn({ lang, onSignedIn, onError }: { lang: Lang; onSignedIn(user: User): void; onError(err: unknown): void }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    login(name, password).then(
      (session) => {
        setCsrfToken(session.csrfToken);
        setBusy(false);
        onSignedIn(session.user);
      },
      (err: unknown) => {
        setBusy(false);
        onError(err);
      },
    );
  };
  return (
    <form className="card sign-in" onSubmit={submit} data-testid="sign-in">
      <h2>{t(lang, "signIn")}</h2>
      <label>
        {t(lang, "name")}
        <input name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
      </label>
      <label>
        {t(lang, "password")}
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t(lang, "signIn")}
      </button>
    </form>
  );
}

/**
 * The first sign-in with a one-time password (npm run user:add, or an admin's reset): the account
 * sets its own password before anything else (the API refuses every other write until then).
 */
function ChangePassword({ lang, name, onChanged, onError }: { lang: Lang; name: string; onChanged(): void; onError(err: unknown): void }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const mismatch = again.length > 0 && again !== next;
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    if (next !== again) return;
    setBusy(true);
    changePassword(current, next).then(
      () => {
        setBusy(false);
        onChanged();
      },
      (err: unknown) => {
        setBusy(false);
        onError(err);
      },
    );
  };
  return (
    <form className="card sign-in" onSubmit={submit} data-testid="change-password">
      <h2>{t(lang, "changePassword")}</h2>
      <p className="sub">{t(lang, "mustChangePassword", { name })}</p>
      <input type="text" name="username" autoComplete="username" value={name} readOnly hidden />
      <label>
        {t(lang, "currentPassword")}
        <input name="currentPassword" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required autoFocus />
      </label>
      <label>
        {t(lang, "newPassword")}
        <input name="newPassword" type="password" autoComplete="new-password" minLength={12} value={next} onChange={(e) => setNext(e.target.value)} required />
      </label>
      <label>
        {t(lang, "repeatPassword")}
        <input name="repeatPassword" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required aria-invalid={mismatch} />
        {mismatch && <span className="warn">{t(lang, "passwordsDiffer")}</span>}
      </label>
      <p className="hint">{t(lang, "passwordPolicy")}</p>
      <button type="submit" className="primary" disabled={busy || mismatch} data-action="change-password">
        {t(lang, "changePassword")}
      </button>
    </form>
  );
}

function DraftList({ lang, go, onError, onNotice }: { lang: Lang; go(view: View): void; onError(err: unknown): void; onNotice(key: UiKey): void }) {
  const [drafts, setDrafts] = useState<DraftSummary[] | undefined>();
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    listDrafts().then(setDrafts, (err: unknown) => {
      setDrafts([]);
      onError(err);
    });
  }, [onError]);
  useEffect(load, [load]);

  const reopen = (d: DraftSummary): void => {
    setBusy(true);
    reopenSource(d.sourceId).then(
      (draft) => {
        setBusy(false);
        go({ name: "draft", id: draft.id });
      },
      (err: unknown) => {
        setBusy(false);
        onError(err);
      },
    );
  };
  const remove = (d: DraftSummary): void => {
    if (!window.confirm(t(lang, "confirmRemove", { title: d.title || d.sourceId }))) return;
    setBusy(true);
    removeSource(d.sourceId).then(
      () => {
        setBusy(false);
        onNotice("removed");
        load();
      },
      (err: unknown) => {
        setBusy(false);
        onError(err);
      },
    );
  };

  return (
    <section className="card list" data-testid="drafts" data-state={drafts ? "ready" : "loading"}>
      <div className="list-head">
        <h2>{t(lang, "myDrafts")}</h2>
        <button type="button" className="primary" onClick={() => go({ name: "new" })} data-action="new-draft">
          {t(lang, "newDraft")}
        </button>
      </div>
      {!drafts ? (
        <p>{t(lang, "loading")}</p>
      ) : drafts.length === 0 ? (
        <p className="sub">{t(lang, "noDrafts")}</p>
      ) : (
        <table>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id} data-draft-id={d.id} data-source-id={d.sourceId} data-status={d.status}>
                <td>
                  <strong>{d.title || t(lang, "untitled")}</strong>
                  <div className="sub">
                    {[d.outlet, d.publishedOn, d.sourceId].filter(Boolean).join(" · ")}
                    {d.undecided > 0 && ` · ${t(lang, "undecidedCount", { count: d.undecided })}`}
                  </div>
                </td>
                <td>{t(lang, `status_${d.status}`)}</td>
                <td className="actions">
                  {d.status === "OPEN" && (
                    <button type="button" onClick={() => go({ name: "draft", id: d.id })} data-action="open">
                      {t(lang, "open")}
                    </button>
                  )}
                  {d.status === "PUBLISHED" && (
                    <button type="button" disabled={busy} onClick={() => reopen(d)} data-action="reopen">
                      {t(lang, "reopen")}
                    </button>
                  )}
                  {d.status !== "REMOVED" && (
                    <button type="button" disabled={busy} onClick={() => remove(d)} data-action="remove">
                      {t(lang, "remove")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * What a pasted (or uploaded) text says of itself: a first line that is a URL (the line is taken
 * off the text), or the `URL: …` / `TITLE: …` header of a saved article (kept in the text, whose
 * ingest reads it too), and its language (Vietnamese when its letters carry Vietnamese marks).
 */
export function readPasted(pasted: string): { text: string; url?: string; title?: string; language: string } {
  let text = pasted.replace(/^\uFEFF/, "");
  let url: string | undefined;
  let title: string | undefined;
  const bare = /^\s*(https?:\/\/\S+)[ \t]*\r?\n/.exec(text);
  if (bare) {
    url = bare[1];
    text = text.slice(bare[0].length).replace(/^\s*\n/, "");
  } else {
    url = /^\s*URL:[ \t]*(https?:\/\/\S+)/.exec(text)?.[1];
    title = /^\s*URL:[^\n]*\n\s*TITLE:[ \t]*([^\n]+)/.exec(text)?.[1]?.trim();
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const marked = text.match(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/giu)?.length ?? 0;
  return { text, url, title, language: letters > 0 && marked / letters > 0.03 ? "vi" : "en" };
}

function NewDraft({ lang, onCreated, onError, go }: { lang: Lang; onCreated(draft: Draft): void; onError(err: unknown): void; go(view: View): void }) {
  const [input, setInput] = useState<DraftInput>({ text: "", language: "vi" });
  const [langChosen, setLangChosen] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DraftInput>): void => setInput((i) => ({ ...i, ...patch }));
  /** A new text fills the URL, title and language it says, unless the curator typed them. */
  const setText = (pasted: string): void =>
    setInput((i) => {
      const read = readPasted(pasted);
      return { ...i, text: read.text, url: i.url || read.url, title: i.title || read.title, language: langChosen || !read.text.trim() ? i.language : read.language };
    });
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    // Empty optional fields are left out rather than sent as "".
    const clean: DraftInput = { text: input.text, language: input.language };
    for (const key of ["url", "outlet", "publishedOn", "title"] as const) if (input[key]) clean[key] = input[key];
    createDraft(clean).then(
      (draft) => {
        setBusy(false);
        onCreated(draft);
      },
      (err: unknown) => {
        setBusy(false);
        onError(err);
      },
    );
  };
  const upload = (file: File | undefined): void => {
    if (!file) return;
    file.text().then(
      (text) => setText(text),
      (err: unknown) => onError(err),
    );
  };
  return (
    <form className="card new-draft" onSubmit={submit} data-testid="new-draft">
      <div className="list-head">
        <h2>{t(lang, "newDraft")}</h2>
        <button type="button" onClick={() => go({ name: "list" })}>
          {t(lang, "back")}
        </button>
      </div>
      <label>
        {t(lang, "articleText")}
        <textarea name="text" rows={14} value={input.text} onChange={(e) => setText(e.target.value)} required autoFocus />
      </label>
      <label>
        {t(lang, "uploadTxt")}
        <input type="file" name="file" accept=".txt,text/plain" onChange={(e) => upload(e.target.files?.[0])} />
      </label>
      <div className="fields">
        <label>
          {t(lang, "titleField")}
          <input name="title" value={input.title ?? ""} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label>
          {t(lang, "url")}
          <input name="url" type="url" value={input.url ?? ""} onChange={(e) => set({ url: e.target.value })} />
        </label>
        <label>
          {t(lang, "outlet")}
          <input name="outlet" value={input.outlet ?? ""} onChange={(e) => set({ outlet: e.target.value })} />
        </label>
        <label>
          {t(lang, "language")}
          <select
            name="language"
            value={input.language}
            onChange={(e) => {
              setLangChosen(true);
              set({ language: e.target.value });
            }}
          >
            <option value="vi">{t(lang, "lang_vi")}</option>
            <option value="en">{t(lang, "lang_en")}</option>
          </select>
        </label>
        <label>
          {t(lang, "date")}
          <input name="publishedOn" type="date" value={input.publishedOn ?? ""} onChange={(e) => set({ publishedOn: e.target.value })} />
        </label>
      </div>
      <button type="submit" className="primary" disabled={busy} data-action="create-draft">
        {busy ? t(lang, "creating") : t(lang, "createDraft")}
      </button>
    </form>
  );
}

function DraftLoader({ lang, id, go, onError, clearError }: { lang: Lang; id: string; go(view: View): void; onError(err: unknown): void; clearError(): void }) {
  const [draft, setDraft] = useState<Draft | null | undefined>();
  const reload = useCallback(
    () =>
      getDraft(id).then(setDraft, (err: unknown) => {
        setDraft(null);
        onError(err);
      }),
    [id, onError],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return (
    <>
      <nav className="crumbs">
        <button type="button" onClick={() => go({ name: "list" })} data-action="back">
          {t(lang, "back")}
        </button>{" "}
        <a href={apiUrl("/dashboard")}>3W</a>
      </nav>
      {draft === undefined ? (
        <p>{t(lang, "loading")}</p>
      ) : draft === null ? (
        <p>{errorText(lang, "NOT_FOUND")}</p>
      ) : (
        <DraftView lang={lang} draft={draft} onDraft={setDraft} reload={reload} onError={onError} clearError={clearError} onPublished={() => void reload()} />
      )}
    </>
  );
}
