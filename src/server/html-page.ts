import { readFile } from "node:fs/promises";

/**
 * A built page (Vite's index.html) as served under BASE_PATH. Vite builds with the root-absolute
 * base `/<mount>/` and JS/CSS that refer to each other relatively (renderBuiltUrl), so only the
 * page's own asset URLs carry the mount: they get the prefix here. The page also learns the prefix
 * from `<meta name="base-path" content="/prefix">` ("" at the root), which its scripts read
 * (ide/src/base-path.ts, dashboard/src/base-path.ts) for every URL they request.
 * Read on every request, so a rebuild needs no restart; the file is a few hundred bytes.
 */
export async function renderBuiltPage(file: string, mount: string, basePath: string): Promise<string> {
  const html = await readFile(file, "utf8");
  // basePath is validated by config.ts (URL-safe characters only): nothing to escape.
  const meta = `<meta name="base-path" content="${basePath}" />`;
  const withMeta = /<head>/i.test(html) ? html.replace(/<head>/i, `<head>\n    ${meta}`) : `${meta}\n${html}`;
  if (!basePath) return withMeta;
  return withMeta.replace(new RegExp(`(\\s(?:src|href)=")/${mount}/`, "g"), `$1${basePath}/${mount}/`);
}
