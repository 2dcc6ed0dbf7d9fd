/**
 * The prefix the API is served under (BASE_PATH), which the server writes into the page as
 * <meta name="base-path" content="/prefix"> ("" at the root). Every URL the page requests goes
 * through apiUrl, so the page works under any prefix of a reverse proxy.
 */
export function basePath(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="base-path"]');
  return (meta?.content ?? "").replace(/\/+$/, "");
}

/** `path` (starting with "/") under the API's prefix. */
export function apiUrl(path: string): string {
  return `${basePath()}${path}`;
}
