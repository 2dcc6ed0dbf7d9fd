import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Read your own writes across API instances (issue #20). A request may carry the bookmarks of
 * writes made elsewhere (request header Neo4j-Bookmark): every session the executor opens for it
 * starts after them, so a follower of a cluster (or another instance's driver) waits until it has
 * those writes. The request's own writes add their bookmarks, which its later statements follow
 * and the response returns (header Neo4j-Bookmark). Outside a request (scripts, seeding) nothing
 * changes: the driver chains its own bookmarks.
 */
export interface RequestBookmarks {
  /** Bookmarks the client sent. */
  given: string[];
  /** Bookmarks of the transactions this request committed. */
  written: string[];
}

const storage = new AsyncLocalStorage<RequestBookmarks>();

/** Runs `fn` (the rest of a request's handling) with `bookmarks` as its bookmarks. */
export function runWithBookmarks<T>(bookmarks: RequestBookmarks, fn: () => T): T {
  return storage.run(bookmarks, fn);
}

/** The bookmarks a session opened now must follow; undefined outside a request. */
export function readBookmarks(): string[] | undefined {
  const b = storage.getStore();
  return b ? [...b.given, ...b.written] : undefined;
}

/** Records a committed write's bookmarks in the current request (a no-op outside one). */
export function recordWriteBookmarks(bookmarks: string[]): void {
  const b = storage.getStore();
  if (b) b.written = [...bookmarks];
}
