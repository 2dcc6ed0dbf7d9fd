/**
 * Builds the 3W dashboard (dashboard/) into dist/dashboard/, served by
 * src/server/dashboard.router.ts at /dashboard. Everything the page needs (scripts, styles, the
 * province boundaries from data/boundaries/) ends up in dist/dashboard/assets with content hashes,
 * so the dashboard works offline and its assets can be cached for good. Run through
 * scripts/build-dashboard.sh. An .mts file: the package is CommonJS and this config is an ES module.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// Vite loads its config through a default export; the one exception to named exports.
export default defineConfig({
  root,
  base: "/dashboard/",
  // Scripts, styles and workers refer to each other relatively (import.meta.url, CSS url()), so
  // the build works under any BASE_PATH; only index.html's own asset URLs carry /dashboard/, and the
  // server prefixes those when it serves the page (src/server/html-page.ts).
  experimental: {
    renderBuiltUrl: (_file, { hostType }) => (hostType === "html" ? undefined : { relative: true }),
  },
  // No @vitejs/plugin-react: Oxc compiles TSX with React's automatic runtime.
  oxc: { jsx: { runtime: "automatic" } },
  resolve: {
    alias: {
      // The committed boundaries (MIT, data/boundaries/SOURCE.txt) and the generated client documents.
      "@boundaries": fileURLToPath(new URL("../data/boundaries", import.meta.url)),
      "@client": fileURLToPath(new URL("../client", import.meta.url)),
    },
  },
  // No inlining of assets as data: URLs: the GeoJSON and anything else stay hashed files.
  build: {
    outDir: fileURLToPath(new URL("../dist/dashboard", import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    sourcemap: false,
  },
  logLevel: "warn",
});
