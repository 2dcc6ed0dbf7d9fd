import type { Router } from "express";
import { builtPageRouter, sameOriginPagePolicy } from "./built-page.router";

export interface CurateRouterOptions {
  /** The Vite build of curate/ (dist/curate): index.html plus content-hashed files under assets/. */
  assetsDir: string;
  /** BASE_PATH the router is mounted under ("" at the root): written into the page (html-page.ts). */
  basePath?: string;
}

/**
 * What the workbench page may load: only this origin. Its scripts, styles and fonts (Be Vietnam
 * Pro, bundled with its Vietnamese subset) are built files under /curate/assets; data and every
 * write go to /graphql and /auth on the same origin. React sets styles through the CSSOM, which
 * style-src does not govern. Sign-in and curation are never framed (no clickjacking of the publish
 * button). test/browser/curate.browser.test.ts fails on any violation.
 */
export const CURATE_CONTENT_SECURITY_POLICY = sameOriginPagePolicy("'none'");

/**
 * Serves the curators' workbench (built by scripts/build-curate.sh into assetsDir) from this
 * server, like the dashboard (dashboard.router.ts). Mount it at the app root:
 *
 * - GET /curate (also /curate/ and /curate/index.html) answers with the page, revalidated on every
 *   load (no-cache, never stored by shared caches) under CURATE_CONTENT_SECURITY_POLICY.
 * - GET /curate/assets/* serves the hashed build files, cached for a year (immutable).
 * - Before the workbench is built, the page answers 503 with a page that says how to build it.
 * Anything else under /curate/ is a 404 from the app's handler; other paths pass through.
 */
export function curateRouter({ assetsDir, basePath = "" }: CurateRouterOptions): Router {
  return builtPageRouter({
    name: "curate",
    title: "curators' workbench",
    assetsDir,
    basePath,
    contentSecurityPolicy: CURATE_CONTENT_SECURITY_POLICY,
    frameAncestors: "'none'",
    pageCacheControl: "no-cache, private",
  });
}
