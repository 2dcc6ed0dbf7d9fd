import type { Config } from "../config";
import { BadInputError } from "../common/errors";
import { type Connection, type PageArgs, toConnection, toPageRequest } from "../common/pagination";
import type { WhoWhatWhereQuery } from "./who-what-where.cypher";
import { toWhoWhatWhereQuery } from "./who-what-where.filter";
import type { PlaceCount, WhoWhatWhereRepository } from "./who-what-where.repository";
import type { WhoWhatWhereFilter, WhoWhatWhereRow, WhoWhatWhereSummary } from "./who-what-where.type";

/** Largest offset a whoWhatWhere cursor may carry. */
export const MAX_OFFSET = 1_000_000;

/** The who-what-where capability's slice of a request's context. */
export interface WhoWhatWhereSlice {
  whoWhatWhere: WhoWhatWhereService;
}

/** The 3W rows: pages and counts for `whoWhatWhere`, facets for its summary, batches and place counts for the downloads. */
export class WhoWhatWhereService {
  constructor(
    private readonly repo: WhoWhatWhereRepository,
    private readonly config: Pick<Config, "maxPageSize">,
  ) {}

  /** A client's filter checked and put in the Cypher builder's form (BAD_USER_INPUT otherwise). */
  toQuery(filter: WhoWhatWhereFilter | null): WhoWhatWhereQuery {
    return toWhoWhatWhereQuery(filter);
  }

  /**
   * A page of the rows the filter selects. The cursor is the offset of the page's last row: a
   * safe integer, and no further than MAX_OFFSET (the 3W rows are far fewer), so Neo4j's SKIP
   * never sees 1e21 or 2^53 + 1. totalCount comes with the rows when `withTotal`, else is counted if asked.
   */
  async page(filter: WhoWhatWhereFilter | null, pageArgs: PageArgs, withTotal: boolean): Promise<Connection<WhoWhatWhereRow & { offset: number }>> {
    const q = toWhoWhatWhereQuery(filter);
    const page = toPageRequest(pageArgs, this.config.maxPageSize, ["integer"]);
    const skip = page.after ? page.after[0] : 0;
    if (typeof skip !== "number" || !Number.isSafeInteger(skip) || skip < 0 || skip > MAX_OFFSET)
      throw new BadInputError("`after` is not a cursor returned by this field", "after");
    const { rows, total } = await this.repo.rows(q, skip, page.first + 1, withTotal);
    const withOffsets = rows.map((r, i) => ({ ...r, offset: skip + i + 1 }));
    return toConnection(withOffsets, page, (r) => [r.offset], total ?? (() => this.repo.count(q)));
  }

  /** Counts per organization, model, province, role and program over the rows the filter selects. */
  summary(filter: WhoWhatWhereFilter | null): Promise<WhoWhatWhereSummary> {
    return this.repo.facets(toWhoWhatWhereQuery(filter));
  }

  /** `limit` rows of a checked query from `skip`, in whoWhatWhere's order (the downloads read them in batches). */
  rows(q: WhoWhatWhereQuery, skip: number, limit: number): Promise<{ rows: WhoWhatWhereRow[] }> {
    return this.repo.rows(q, skip, limit);
  }

  /**
   * The export's keyset chunks: the organizations that can have rows of a checked query, in the
   * rows' order, with an estimate of their rows; null for a filter anchored on a place, project,
   * organization, model or program (exportKeysetApplies), whose rows are read in pages (`rows`).
   */
  exportOrganizations(q: WhoWhatWhereQuery): Promise<{ id: string; involvements: number }[] | null> {
    return this.repo.exportOrganizations(q);
  }

  /** Every row of a checked query whose organization is one of `organizations` (consecutive in exportOrganizations' order), in whoWhatWhere's order. */
  organizationRows(q: WhoWhatWhereQuery, organizations: string[]): Promise<WhoWhatWhereRow[]> {
    return this.repo.organizationRows(q, organizations);
  }

  /** The places with coordinates holding some of a checked query's rows, with what they count there. */
  placeCounts(q: WhoWhatWhereQuery): Promise<PlaceCount[]> {
    return this.repo.placeCounts(q);
  }
}
