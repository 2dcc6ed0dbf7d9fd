/**
 * Builds the client package (`npm run build:client`, part of `npm run build`; runs in client/,
 * whose package.json says "type": "module") into client/dist: ES module JavaScript (index.js) and
 * CommonJS (index.cjs) for Node 22+ and bundlers, each with its declarations (index.d.ts,
 * index.d.cts), which the `exports` map of client/package.json points at. The generated
 * documents are bundled as they are, their ids (sha256 of their text) unchanged.
 */
import { defineConfig } from "tsup";

// tsup loads its config through a default export; the one exception to named exports.
export default defineConfig({
  entry: { index: "index.ts" },
  outDir: "dist",
  format: ["esm", "cjs"],
  // The declarations import TypedDocumentNode from @graphql-typed-document-node/core (and so
  // graphql's DocumentNode): peer dependencies, for types only; nothing of either runs.
  dts: true,
  tsconfig: "tsconfig.json",
  target: "node22",
  platform: "neutral",
  clean: true,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  // Errors only: `npm run build` stays as quiet as its other steps.
  silent: true,
});
