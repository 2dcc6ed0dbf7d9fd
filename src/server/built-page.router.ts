import path from "node:path";
import express, { type NextFunction, type Response, type Router } from "express";
import { renderBuiltPage } from "./html-page";

/** A Vite-built page of its own served by the API (the dashboard, the workbench). */
export interface BuiltPage {
  /** The page's path segment and its name for html-page.ts: /<name>, /<name>/assets/*. */
  name: "dashboard" | "curate";
  /** What the "not built" page calls it, e.g. "3W dashboard". */
  title: string;
  /** Its Vite build: index.html plus content-hashed files under assets/. */
  assetsDir: string;
  /** BASE_PATH the router is mounted under ("" at the root): written into the page (html-page.ts). */
  basePath?: string;
  /** The Content-Security-Policy of the page. */
  contentSecurityPolicy: string;
  /** Who may frame it: "'self'" (the dashboard embeds in the IDE's origin) or "'none'". */
  frameAncestors: "'self'" | "'none'";
  /** Cache-Control of the page itself: always revalidated; "no-cache, private" keeps it out of shared caches. */
  pageCacheControl: "no-cache" | "no-cache, private";
}

/**
 * The Content-Security-Policy of a built page that loads only from its own origin: its scripts,
 * styles and fonts are built files under /<name>/assets, its data and writes go to the same origin.
 * React and ECharts set styles through the CSSOM, which style-src does not govern, so no
 * 'unsafe-inline'. Only who may frame the page differs between pages.
 */
export const sameOriginPagePolicy = (frameAncestors: BuiltPage["frameAncestors"]): string =>
  [
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
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

/** Hashed build output: its name changes whenever its content does. */
const IMMUTABLE = "public, max-age=31536000, immutable";

const notBuiltPage = (title: string): string => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title.charAt(0).toUpperCase()}${title.slice(1)} not built</title></head>
<body>
<h1>The ${title} is not built</h1>
<p>Run <code>npm run build</code> on the server, then reload this page.
The API itself answers <code>POST /graphql</code> as usual.</p>
</body>
</html>
`;

/**
 * Serves a built page from this server, so that it works without internet access. Mount it at the app root:
 * - GET /<name> (also /<name>/ and /<name>/index.html) answers with the page, revalidated on every
 *   load and carrying the page's Content-Security-Policy.
 * - GET /<name>/assets/* serves the hashed build files, cached for a year (immutable).
 * - Before the page is built, it answers 503 with a page that says how to build it (a policy that
 *   allows nothing at all). The build is looked up on every request: building needs no restart.
 * Anything else under /<name>/ is a 404 from the app's handler; other paths pass through.
 */
export function builtPageRouter(page: BuiltPage): Router {
  const root = path.resolve(page.assetsDir);
  const router = express.Router();
  const notBuilt = notBuiltPage(page.title);
  const notBuiltPolicy = `default-src 'none'; base-uri 'none'; frame-ancestors ${page.frameAncestors}`;

  const sendPage = (res: Response, next: NextFunction): void => {
    res.setHeader("Cache-Control", page.pageCacheControl);
    res.setHeader("Content-Security-Policy", page.contentSecurityPolicy);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    if (page.frameAncestors === "'none'") res.setHeader("X-Frame-Options", "DENY");
    renderBuiltPage(path.join(root, "index.html"), page.name, page.basePath ?? "").then(
      (html) => void res.type("html").send(html),
      (err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT" && err.code !== "ENOTDIR") return next(err);
        res.status(503).set({ "Content-Security-Policy": notBuiltPolicy, "Cache-Control": "no-store" }).type("html").send(notBuilt);
      },
    );
  };

  router.get([`/${page.name}`, `/${page.name}/`, `/${page.name}/index.html`], (_req, res, next) => sendPage(res, next));
  router.use(
    `/${page.name}/assets`,
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
