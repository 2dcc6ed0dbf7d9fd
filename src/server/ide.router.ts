import path from "node:path";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { renderBuiltPage } from "./html-page";

export interface IdeRouterOptions {
  /** The Vite build of ide/ (dist/ide): index.html plus content-hashed files under assets/. */
  assetsDir: string;
  /** BASE_PATH the router is mounted under ("" at the root): written into the page (html-page.ts). */
  basePath?: string;
}

/**
 * What the IDE page may load: only this origin. Monaco injects styles at run time
 * ('unsafe-inline' styles) and GraphiQL's fonts are data: URLs. No inline or eval'd scripts, and
 * Monaco's workers are built files under /ide/assets (ide/src/monaco-workers.ts), so no blob:
 * workers either. test/browser/ide.browser.test.ts fails on any violation.
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

/** The page shown when the IDE was not built: no scripts, styles or anything else at all. */
const NOT_BUILT_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>GraphQL IDE not built</title></head>
<body>
<h1>The GraphQL IDE is not built</h1>
<p>Run <code>npm run build:ide</code> on the server, then reload this page.
The API itself answers <code>POST /graphql</code> as usual.</p>
</body>
</html>
`;

/** Query parameters that make a GET a GraphQL request (including persisted queries) rather than a page visit. */
const GRAPHQL_GET_PARAMS = ["query", "extensions", "id", "documentId"];

/** Hashed build output: its name changes whenever its content does. */
const IMMUTABLE = "public, max-age=31536000, immutable";

function setPageHeaders(res: Response): void {
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("Content-Security-Policy", IDE_CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
}

/** A browser navigating to the page, as opposed to a GraphQL client sending a GET request. */
function isPageVisit(req: Request): boolean {
  if (req.accepts(["application/json", "text/html"]) !== "text/html") return false;
  // Parsed here rather than from req.query, which depends on the app's "query parser" setting.
  const params = new URL(req.originalUrl, "http://localhost").searchParams;
  return !GRAPHQL_GET_PARAMS.some((name) => params.has(name));
}

/**
 * Serves the GraphQL IDE (GraphiQL, built by `npm run build:ide` into assetsDir) from this
 * server, so that it works without internet access. Mount it at the app root, before the
 * GraphQL handler:
 *
 * - GET /ide/* serves the build: files under /ide/assets/ are cached for a year (immutable),
 *   index.html is revalidated on every load and carries IDE_CONTENT_SECURITY_POLICY.
 * - GET / and GET /graphql answer with the IDE page only when the client prefers HTML over JSON
 *   and the URL has no `query`, `extensions`, `id` or `documentId` parameter; everything else (POST, GET
 *   requests from GraphQL clients) goes on to the next handler.
 * - Before the IDE is built, those page requests get 503 with a page that says how to build it.
 *   The build is looked up on every request: building it needs no restart.
 */
export function ideRouter({ assetsDir, basePath = "" }: IdeRouterOptions): Router {
  const root = path.resolve(assetsDir);
  const indexFile = path.join(root, "index.html");
  const router = express.Router();

  const sendPage = (res: Response, next: NextFunction): void => {
    setPageHeaders(res);
    renderBuiltPage(indexFile, "ide", basePath).then(
      (html) => void res.type("html").send(html),
      (err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT" && err.code !== "ENOTDIR") return next(err);
        res.status(503).set({ "Content-Security-Policy": NOT_BUILT_POLICY, "Cache-Control": "no-store" }).type("html").send(NOT_BUILT_PAGE);
      },
    );
  };

  router.get(["/", "/graphql"], (req, res, next) => {
    // The answer depends on Accept: caches must not hand the page to a GraphQL client.
    res.vary("Accept");
    if (!isPageVisit(req)) return next();
    sendPage(res, next);
  });

  // The page itself at /ide/ (also /ide and /ide/index.html), whatever the Accept header.
  router.get(["/ide", "/ide/", "/ide/index.html"], (_req, res, next) => sendPage(res, next));

  router.use(
    "/ide",
    express.static(root, {
      index: false,
      redirect: false,
      dotfiles: "ignore",
      setHeaders(res, filePath) {
        const relative = path.relative(root, filePath);
        if (relative.startsWith(`assets${path.sep}`)) {
          res.setHeader("Cache-Control", IMMUTABLE);
          res.setHeader("X-Content-Type-Options", "nosniff");
        } else {
          setPageHeaders(res);
        }
      },
    }),
  );

  return router;
}
