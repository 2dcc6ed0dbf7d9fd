import type { GraphExecutor } from "../graph/graph.executor";
import { Label } from "../graph/graph.model";
import { boolean, type Statement, statement, statementParams } from "../graph/graph.statement";
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

const isIdFilter = (key: string): key is IdFilter => key in ID_FILTERS;
/** The id filters, in ID_FILTERS order. */
const ID_FILTER_NAMES: readonly IdFilter[] = Object.keys(ID_FILTERS).filter(isIdFilter);

/** A filter naming an id the graph does not have. */
export interface UnknownId {
  filter: IdFilter;
  id: string;
}

/**
 * One row: of `given` (filters and the ids they name), those no node of the filter's label has,
 * from the id constraints' indexes only.
 */
export function unknownIdsStatement(given: readonly UnknownId[]): Statement<UnknownId[]> {
  const { params, param } = statementParams();
  const tests = given.map(({ filter, id }) => `EXISTS { MATCH (n:${ID_FILTERS[filter]} {id: ${param(filter, id)}}) } AS ${filter}`);
  return statement(`RETURN ${tests.join(", ")}`, params, (row) => given.filter(({ filter }) => boolean(row[filter], `row.${filter}`) !== true));
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
    const given = ID_FILTER_NAMES.flatMap((filter) => {
      const id = q[filter];
      return id == null ? [] : [{ filter, id }];
    });
    if (!given.length) return [];
    const [row] = await this.graph.run(unknownIdsStatement(given));
    return row ?? [];
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
