/**
 * The IDE's fonts, bundled from npm and served from the API's own origin (CSP `font-src 'self'`):
 * GraphiQL 5's own "Fira Code" and "Roboto" lack most Vietnamese letters (ế, ấ, ữ, ợ, ạ, ỹ…),
 * so Chromium drew them from a second font ("chế" came out as "chê´"). Both fonts here carry
 * Fontsource's `vietnamese` subset (U+0102-0103, U+0110-0111, U+01A0-01B0, U+1EA0-1EF9…) next to
 * `latin` and `latin-ext`, each subset a file loaded only when the page shows one of its letters.
 *
 * - JetBrains Mono: every Monaco editor (query, variables, headers, results) and GraphiQL's
 *   monospace text (docs' type names, the explorer).
 * - Be Vietnam Pro: GraphiQL's proportional UI text (docs, explorer, tabs, dialogs).
 *
 * ide.css points GraphiQL's --font-family / --font-family-mono at them; Monaco takes its font
 * from editor options, set by applyBundledFontToEditors.
 */
import "@fontsource/jetbrains-mono/400.css";
import "@fontsource/jetbrains-mono/700.css";
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/700.css";

/** The bundled monospace family, as the fonts' own name tables spell it. */
export const MONO_FONT_FAMILY = "JetBrains Mono";
/** The bundled proportional family. */
export const UI_FONT_FAMILY = "Be Vietnam Pro";
/** CSS font-family of the editors; the generic fallback is only for the instant before loading. */
export const MONO_FONT_STACK = `"${MONO_FONT_FAMILY}", monospace`;

/** Letters outside Latin-1 that only the `vietnamese` subsets have: loading them fetches those files. */
const VIETNAMESE_SAMPLE = "ăâđêôơưĐếấữợạỹ";

/**
 * Makes every Monaco editor GraphiQL creates use the bundled monospace font. GraphiQL 5 hard-codes
 * `fontFamily: "Fira Code"` in its editor options; Monaco's `onDidCreateEditor` runs for each new
 * editor, before GraphiQL shows it. Monaco measures glyph widths once per font, so once the
 * bundled faces have loaded it re-measures (`remeasureFonts`), keeping the cursor and selection
 * aligned with what is drawn. GraphiQL loads Monaco lazily; this imports the same module.
 */
export async function applyBundledFontToEditors(): Promise<void> {
  const { editor } = await import("monaco-graphql/esm/monaco-editor.js");
  const apply = (e: { updateOptions(options: { fontFamily: string }): void }): void => e.updateOptions({ fontFamily: MONO_FONT_STACK });
  editor.onDidCreateEditor(apply);
  editor.getEditors().forEach(apply);
  await Promise.all(["400", "700"].map((weight) => document.fonts.load(`${weight} 15px "${MONO_FONT_FAMILY}"`, `Aa${VIETNAMESE_SAMPLE}`)));
  editor.remeasureFonts();
}
