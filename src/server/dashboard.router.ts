import type { Router } from "express";
import { builtPageRouter, sameOriginPagePolicy } from "./built-page.router";

export interface DashboardRouterOptions {
  /** The Vite build of dashboard/ (dist/dashboard): index.html plus content-hashed files under assets/. */
  assetsDir: string;
  /** BASE_PATH the router is mounted under ("" at the root): written into the page (html-page.ts). */
  basePath?: string;
}

/**
 * What the dashboard page may load: only this origin. Its scripts, styles and the province
 * boundaries are built files under /dashboard/assets; data comes from /graphql and the CSV from
 * /export on the same origin. ECharts and React set styles through the CSSOM (element.style),
 * which style-src does not govern, so no 'unsafe-inline' is needed. Fonts are the system's.
 * test/browser/dashboard.browser.test.ts fails on any violation.
 */
export const DASHBOARD_CONTENT_SECURITY_POLICY = sameOriginPagePolicy("'self'");

/**
 * Serves the 3W dashboard (built by scripts/build-dashboard.sh into assetsDir) from this server,
 * so that it works without internet access. Mount it at the app root:
 *
 * - GET /dashboard (also /dashboard/ and /dashboard/index.html) answers with the page, revalidated
 *   on every load (no-cache) and carrying DASHBOARD_CONTENT_SECURITY_POLICY; its query string holds
 *   the filters and is read by the page itself.
 * - GET /dashboard/assets/* serves the hashed build files, cached for a year (immutable).
 * - Before the dashboard is built, the page answers 503 with a page that says how to build it.
 *   The build is looked up on every request: building it needs no restart.
 * Anything else under /dashboard/ is a 404 from the app's handler; other paths pass through.
 */
export function dashboardRouter({ assetsDir, basePath = "" }: DashboardRouterOptions): Router {
  return builtPageRouter({
    name: "dashboard",
    title: "3W dashboard",
    assetsDir,
    basePath,
    contentSecurityPolicy: DASHBOARD_CONTENT_SECURITY_POLICY,
    frameAncestors: "'self'",
    pageCacheControl: "no-cache",
  });
}
