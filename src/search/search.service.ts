import type { Config } from "../config";
import { BadInputError } from "../common/errors";
import { toSearchWords } from "../common/input";
import { KIND_LIST, type Label } from "../graph/graph.model";
import type { NodeRow, Projection } from "../graph/graph.node";
import type { SearchRepository } from "./search.repository";

/** The label of each GraphQL kind name (EntityKind), from the model table. */
const LABEL_OF = new Map<string, Label>(KIND_LIST.map((k) => [k.typeName, k.label]));

/** The search capability's slice of a request's context. */
export interface SearchSlice {
  search: SearchService;
}

/** Full-text search over names and aliases: the request's words, kinds and size checked here. */
export class SearchService {
  constructor(
    private readonly repo: SearchRepository,
    private readonly config: Pick<Config, "maxPageSize">,
  ) {}

  /** Hits best first; BAD_USER_INPUT for text without a word or `first` out of 1..MAX_PAGE_SIZE. */
  async search(text: string, kinds: readonly string[] | null | undefined, first: number, projection: Projection): Promise<{ score: number; entity: NodeRow }[]> {
    const words = toSearchWords(text, "text");
    if (!Number.isInteger(first) || first < 1 || first > this.config.maxPageSize) {
      throw new BadInputError(`\`first\` must be between 1 and ${this.config.maxPageSize}`, "first");
    }
    const labels = kinds?.length ? [...new Set(kinds.map((k) => LABEL_OF.get(k)).filter((l): l is Label => !!l))] : null;
    const hits = await this.repo.search(words, labels, first, projection);
    return hits.map((h) => ({ score: h.score, entity: h.node }));
  }
}
