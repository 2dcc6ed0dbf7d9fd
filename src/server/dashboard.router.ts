import path from "node:path";
import express, { type NextFunction, type Response, type Router } from "express";
import { renderBuiltPage } from "./html-page";

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
export const DASHBOARD_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

/** The page shown when the dashboard was not built: no scripts, styles or anything else at all. */
const NOT_BUILT_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>3W dashboard not built</title></head>
<body>
<h1>The 3W dashboard is not built</h1>
<p>Run <code>npm run build</code> on the server, then reload this page.
The API itself answers <code>POST /graphql</code> as usual.</p>
</body>
</html>
`;

/** Hashed build output: its name changes whenever its content does. */
const IMMUTABLE = "public, max-age=31536000, immutable";

function setPageHeaders(res: Response): void {
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("Content-Security-Policy", DASHBOARD_CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
}

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
  const root = path.resolve(assetsDir);
  const router = express.Router();

  const sendPage = (res: Response, next: NextFunction): void => {
    setPageHeaders(res);
    renderBuiltPage(path.join(root, "index.html"), "dashboard", basePath).then(
      (html) => void res.type("html").send(html),
      (err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT" && err.code !== "ENOTDIR") return next(err);
        res.status(503).set({ "Content-Security-Policy": NOT_BUILT_POLICY, "Cache-Control": "no-store" }).type("html").send(NOT_BUILT_PAGE);
      },
    );
  };

  router.get(["/dashboard", "/dashboard/", "/dashboard/index.html"], (_req, res, next) => sendPage(res, next));

  router.use(
    "/dashboard/assets",
    express.static(path.join(root, "assets"), {
      index: false,
      redirect: false,
      dotfiles: "ignore",
      fallthrough: true,
      setHeaders(res) {
        res.setHeader("Cache-Control", IMMUTABLE);
        res.setHeader("X-Content-Type-Options", "nosniff");
      },
    }),
  );

  return router;
}
