import path from "node:path";
import express, { type NextFunction, type Response, type Router } from "express";
import { renderBuiltPage } from "./html-page";

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
 * style-src does not govern. test/browser/curate.browser.test.ts fails on any violation.
 */
export const CURATE_CONTENT_SECURITY_POLICY = [
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
  // Sign-in and curation are never framed (no clickjacking of the publish button).
  "frame-ancestors 'none'",
].join("; ");

const NOT_BUILT_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Curators' workbench not built</title></head>
<body>
<h1>The curators' workbench is not built</h1>
<p>Run <code>npm run build</code> on the server, then reload this page.
The API itself answers <code>POST /graphql</code> as usual.</p>
</body>
</html>
`;

/** Hashed build output: its name changes whenever its content does. */
const IMMUTABLE = "public, max-age=31536000, immutable";

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
  const root = path.resolve(assetsDir);
  const router = express.Router();

  const sendPage = (res: Response, next: NextFunction): void => {
    res.setHeader("Cache-Control", "no-cache, private");
    res.setHeader("Content-Security-Policy", CURATE_CONTENT_SECURITY_POLICY);
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    renderBuiltPage(path.join(root, "index.html"), "curate", basePath).then(
      (html) => void res.type("html").send(html),
      (err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT" && err.code !== "ENOTDIR") return next(err);
        res.status(503).set({ "Content-Security-Policy": NOT_BUILT_POLICY, "Cache-Control": "no-store" }).type("html").send(NOT_BUILT_PAGE);
      },
    );
  };

  router.get(["/curate", "/curate/", "/curate/index.html"], (_req, res, next) => sendPage(res, next));
  router.use(
    "/curate/assets",
    express.static(path.join(root, "assets"), {
      index: false,
      redirect: false,
      dotfiles: "ignore",
      fallthrough: true,
      setHeaders(res) {
        res.setHeader("Cache-Control", IMMUTABLE);
      },
    }),
  );
  return router;
}
