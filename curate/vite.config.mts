/**
 * Builds the curators' workbench (curate/) into dist/curate/, served by src/server/curate.router.ts
 * at /curate. Scripts, styles and the Be Vietnam Pro fonts (with their Vietnamese subsets) end up
 * in dist/curate/assets with content hashes, so the workbench works offline and its assets can be
 * cached for good. Run through scripts/build-curate.sh. An .mts file: the package is CommonJS and
 * this config is an ES module. React and the fonts come from the root package: no install of its own.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// Vite loads its config through a default export; the one exception to named exports.
export default defineConfig({
  root,
  base: "/curate/",
  // As the dashboard: only index.html's own asset URLs carry /curate/ (prefixed with BASE_PATH by
  // the server, src/server/html-page.ts); scripts, styles and fonts refer to each other relatively.
  experimental: {
    renderBuiltUrl: (_file, { hostType }) => (hostType === "html" ? undefined : { relative: true }),
  },
  oxc: { jsx: { runtime: "automatic" } },
  resolve: {
    alias: {
      // The graph's vocabulary (relationship types, roles, outcome types), declared once in src/graph.
      "@graph": fileURLToPath(new URL("../src/graph", import.meta.url)),
      // The ingest's word lists (data only), read to preselect what a selection names.
      "@ingest": fileURLToPath(new URL("../src/ingest", import.meta.url)),
      // The generated client documents: the ids of the workbench's trusted documents.
      "@client": fileURLToPath(new URL("../client", import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL("../dist/curate", import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    sourcemap: false,
  },
  logLevel: "warn",
});
