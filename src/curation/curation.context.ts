import type { AccountsSlice } from "../accounts/accounts.module";
import type { BaseContext } from "../context.type";
import type { RequestBookmarks } from "../graph/graph.bookmarks";
import type { CurationService } from "./curation.service";

/** The curation capability's slice of a request's context (issue #20). */
export interface CurationContext {
  service: CurationService;
  /** The request's bookmarks (graph.bookmarks.ts); the response's Neo4j-Bookmark header says what it wrote. */
  bookmarks?: RequestBookmarks;
}

/** Its slice, under its own key; absent when a context is built by hand (tests, scripts). */
export interface CurationSlice {
  curation?: CurationContext;
}

/** What the curation resolvers read: the base context, who is signed in (the accounts slice) and this slice. */
export type CurationRequestContext = BaseContext & AccountsSlice & CurationSlice;
