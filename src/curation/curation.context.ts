import type { RequestBookmarks } from "../graph/graph.bookmarks";
import type { CurationService } from "./curation.service";

/** The curation capability's slice of a request's context (issue #20). */
export interface CurationContext {
  service: CurationService;
  /** The request's bookmarks (graph.bookmarks.ts); the response's Neo4j-Bookmark header says what it wrote. */
  bookmarks?: RequestBookmarks;
}
