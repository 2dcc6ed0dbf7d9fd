/**
 * An autocomplete for an entity: the draft's own entities first (what this article names), then
 * existing entities of the graph from the `search` query, or, for places, the gazetteer (`places`:
 * legacy and 2025 units, each shown with its parents). Arrow keys move, Enter picks, Escape closes.
 */
import { useEffect, useId, useRef, useState } from "react";
import { ApiError } from "./api.client";
import { type FoundEntity, searchEntities, searchPlaces } from "./curation.operations";
import { type Lang, t } from "./labels.i18n";

export interface PickerOption {
  id: string;
  name: string;
  kind: string;
  parents: string[];
  /** True for entities this draft proposes (not yet in the graph, or linked). */
  local?: boolean;
  /** A place's level (the gazetteer's). */
  level?: string | null;
}

interface Props {
  lang: Lang;
  /** Accessible name and test hook. */
  label: string;
  testId: string;
  /** Only these kinds (type names); all when empty. */
  kinds?: readonly string[];
  /** Search the gazetteer (places) instead of every entity. */
  places?: boolean;
  /** The draft's entities, offered before the graph's. */
  local?: readonly PickerOption[];
  onPick(option: PickerOption): void;
  autoFocus?: boolean;
  placeholder?: string;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}

function fromFound(f: FoundEntity): PickerOption {
  return { id: f.id, name: f.name, kind: f.kind, parents: f.parents, level: f.level };
}

function fold(s: string): string {
  return s
    .replace(/[đĐ]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function EntityPicker({ lang, label, testId, kinds = [], places = false, local = [], onPick, autoFocus, placeholder, inputRef }: Props) {
  const [text, setText] = useState("");
  const [found, setFound] = useState<PickerOption[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const listId = useId();
  const own = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? own;
  const kindsKey = kinds.join(",");

  useEffect(() => {
    const words = text.trim();
    if (words.length < 2) {
      setFound([]);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      const request = places ? searchPlaces(words) : searchEntities(words, kindsKey ? kindsKey.split(",") : undefined);
      request.then(
        (hits) => {
          if (stale) return;
          setFound(hits.map(fromFound));
          setFailed(undefined);
        },
        (err: unknown) => {
          if (!stale) setFailed(err instanceof ApiError ? (err.code ?? err.message) : String(err));
        },
      );
    }, 180);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text, places, kindsKey]);

  const query = fold(text.trim());
  const localHits = query ? local.filter((o) => (!kinds.length || kinds.includes(o.kind)) && (fold(o.name).includes(query) || o.id.includes(query))) : [];
  const seen = new Set(localHits.map((o) => o.id));
  const options = [...localHits, ...found.filter((o) => !seen.has(o.id))];

  const pick = (option: PickerOption | undefined): void => {
    if (!option) return;
    onPick(option);
    setText("");
    setOpen(false);
  };

  return (
    <div className="picker" data-testid={testId}>
      <input
        ref={ref}
        type="search"
        aria-label={label}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
          e.stopPropagation();
        }}
      />
      {open && text.trim().length >= 2 && (
        <ul className="picker-list" id={listId} role="listbox" aria-label={label}>
          {options.map((o, i) => (
            <li
              key={`${o.local ? "local" : "graph"}-${o.id}`}
              role="option"
              aria-selected={i === active}
              data-id={o.id}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
            >
              <span className="picker-name">{o.name}</span>
              {o.parents.length > 0 && <span className="picker-parents"> · {o.parents.join(" · ")}</span>}
              <span className="picker-id">
                {o.kind} · {o.id}
                {o.local ? " ✎" : ""}
              </span>
            </li>
          ))}
          {options.length === 0 && <li className="picker-empty">{failed ? `${t(lang, "err_OTHER")} (${failed})` : t(lang, "noMatches")}</li>}
        </ul>
      )}
    </div>
  );
}
