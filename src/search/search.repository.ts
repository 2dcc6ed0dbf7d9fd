import type { GraphExecutor } from "../graph/graph.executor";
import type { Label } from "../graph/graph.model";
import { ALL_PROPERTIES, type Projection } from "../graph/graph.node";
import { searchCypher, type SearchHitRow } from "./search.cypher";

export type { SearchHitRow } from "./search.cypher";

export class SearchRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** Search hits, best first (see searchCypher for the matching rules). */
  async search(words: string[], labels: Label[] | null, limit: number, projection: Projection = ALL_PROPERTIES): Promise<SearchHitRow[]> {
    return this.graph.run(searchCypher(words, labels, limit, projection));
  }
}
