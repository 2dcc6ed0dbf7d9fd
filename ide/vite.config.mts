/**
 * Builds the GraphQL IDE (ide/) into dist/ide/, served by src/server/ide.router.ts under /ide/.
 * Everything the page needs (scripts, styles, fonts, Monaco workers) ends up in dist/ide/assets
 * with content hashes, so the IDE works offline and its assets can be cached for good.
 * Run through scripts/build-ide.sh (`npm run build:ide`). An .mts file: the package is CommonJS
 * and this config is an ES module.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// Vite loads its config through a default export; the one exception to named exports.
export default defineConfig({
  root,
  base: "/ide/",
  // Scripts, styles and workers refer to each other relatively (import.meta.url, CSS url()), so
  // the build works under any BASE_PATH; only index.html's own asset URLs carry /ide/, and the
  // server prefixes those when it serves the page (src/server/html-page.ts).
  experimental: {
    renderBuiltUrl: (_file, { hostType }) => (hostType === "html" ? undefined : { relative: true }),
  },
  // No @vitejs/plugin-react: Oxc compiles TSX with React's automatic runtime.
  oxc: { jsx: { runtime: "automatic" } },
  // Workers are ES modules (Monaco's workers import other chunks).
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("../dist/ide", import.meta.url)),
    emptyOutDir: true,
    // Monaco and GraphiQL are large; served from the same origin, size is not a concern here.
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
    sourcemap: false,
    rolldownOptions: {
      // framer-motion (used by GraphiQL) marks files "use client", which means nothing in a
      // client-only bundle; every other warning still shows.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  logLevel: "warn",
});
