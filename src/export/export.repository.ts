import type { GraphExecutor } from "../graph/graph.executor";
import { Label } from "../graph/graph.model";
import type { WhoWhatWhereQuery } from "../who-what-where/who-what-where.module";

/** The filters of an export that name a node, and the label whoWhatWhereMatch looks it up by. */
export const ID_FILTERS = {
  organization: Label.Organization,
  model: Label.Model,
  program: Label.Program,
  project: Label.Project,
  place: Label.Place,
} as const satisfies Partial<Record<keyof WhoWhatWhereQuery, Label>>;

export type IdFilter = keyof typeof ID_FILTERS;

/** A filter naming an id the graph does not have. */
export interface UnknownId {
  filter: IdFilter;
  id: string;
}

/** What the export reads besides the 3W rows: whether its ids exist, and the graph's version. */
export class ExportRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * The filters of `q` whose id no node of the filter's label has (in ID_FILTERS order), from
   * one statement that reads the id constraints' indexes only; [] when every id exists or none
   * is given. A filter that names nothing would silently export nothing: callers answer 404.
   */
  async unknownIds(q: WhoWhatWhereQuery): Promise<UnknownId[]> {
    const given = (Object.keys(ID_FILTERS) as IdFilter[]).filter((f) => q[f] != null);
    if (!given.length) return [];
    const [row] = await this.graph.read<Record<string, boolean>>(
      `RETURN ${given.map((f) => `EXISTS { MATCH (n:${ID_FILTERS[f]} {id: $${f}}) } AS ${f}`).join(", ")}`,
      Object.fromEntries(given.map((f) => [f, q[f]])),
    );
    return given.filter((f) => row?.[f] !== true).map((f) => ({ filter: f, id: q[f] as string }));
  }

  /**
   * A token that changes whenever anything is committed to the database: the id of its last
   * committed transaction (executor.version). Equal tokens mean no write came in between, so the
   * same statements read the same rows.
   */
  version(): Promise<string> {
    return this.graph.version();
  }
}
