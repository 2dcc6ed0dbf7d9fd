/**
 * The workbench's one way to the API: GraphQL over POST /graphql on this origin (under BASE_PATH,
 * base-path.ts), with the session cookie the `login` mutation set (pg_session: HttpOnly, so the
 * page never sees it). Every mutation carries `X-CSRF-Token` (the Session's csrfToken, or after a
 * reload the one GET /auth/csrf returns for the cookie). Writes answer with a `Neo4j-Bookmark`
 * header; every later request sends the last one back, so reads see the curator's own writes
 * even through another API instance or a cluster follower. Each document goes by its id
 * (documents.ids.ts), so the workbench works under PERSISTED_DOCUMENTS=only too.
 */
import { apiUrl } from "./base-path";
import { DOCUMENT_IDS } from "./documents.ids";

/** A GraphQL error from the API, with extensions.code and, for BAD_USER_INPUT, every problem. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; problems?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

const ACCEPT = "application/graphql-response+json, application/json";

let csrfToken: string | undefined;
let bookmark: string | undefined;
/** The server knew no document id of ours: send the text. */
let byText = false;

/** Keeps the csrfToken of the signed-in session (from `login`), or forgets it (sign-out). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Asks the server for the session's csrfToken again (after a reload): undefined when not signed in. */
export async function restoreCsrfToken(): Promise<string | undefined> {
  try {
    const res = await fetch(apiUrl("/auth/csrf"), { headers: { accept: "application/json" }, credentials: "same-origin" });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { csrfToken?: unknown };
    csrfToken = typeof body.csrfToken === "string" ? body.csrfToken : undefined;
    return csrfToken;
  } catch {
    return undefined;
  }
}

function problemsOf(error: GraphQLErrorBody): string[] {
  const problems = error.extensions?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === "string") : [];
}

/**
 * Runs one GraphQL document; resolves with its data or rejects with an ApiError (the first error,
 * with its code and problems), or with an ApiError of code NETWORK when the server cannot be reached
 * or does not answer in JSON. `mutation` adds the CSRF header.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, { mutation = false } = {}): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: ACCEPT };
  if (mutation && csrfToken) headers["x-csrf-token"] = csrfToken;
  if (bookmark) headers["neo4j-bookmark"] = bookmark;
  const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  const documentId = operationName && !byText ? DOCUMENT_IDS.get(operationName) : undefined;
  const post = async (payload: Record<string, unknown>): Promise<{ res: Response; body: GraphQLResponse<T> }> => {
    let res: Response;
    try {
      res = await fetch(apiUrl("/graphql"), { method: "POST", headers, credentials: "same-origin", body: JSON.stringify({ ...payload, operationName, variables }) });
    } catch {
      throw new ApiError("network", "NETWORK");
    }
    const next = res.headers.get("neo4j-bookmark");
    if (next) bookmark = next;
    try {
      return { res, body: (await res.json()) as GraphQLResponse<T> };
    } catch {
      throw new ApiError(`HTTP ${res.status}`, res.status === 429 ? "RATE_LIMITED" : "NETWORK");
    }
  };
  // A trusted document goes by its id (PERSISTED_DOCUMENTS=allow or only); a server that does not
  // know the id (persisted documents off, an older manifest) gets the text, from then on.
  let { res, body } = await post(documentId ? { documentId } : { query });
  if (documentId && res.status === 400 && ["PERSISTED_DOCUMENT_NOT_FOUND", "BAD_REQUEST"].includes(body.errors?.[0]?.extensions?.code ?? "")) {
    byText = true;
    ({ res, body } = await post({ query }));
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code, problemsOf(first));
  if (!body.data) throw new ApiError(`HTTP ${res.status} without data`, undefined);
  return body.data;
}
