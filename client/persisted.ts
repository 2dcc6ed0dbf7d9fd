import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/** A GraphQL error as the API sends it: every one has `extensions.code`. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

/** A GraphQL response: `data` typed by the document. */
export interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

export interface PersistedFetchOptions {
  /**
   * GET (default): the response is cacheable (Cache-Control, ETag, 304) and small requests stay
   * small. POST: never cached.
   */
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The document id of a generated document: "sha256:<hex>", the key of the document in
 * generated/persisted-documents.json, which the server trusts (PERSISTED_DOCUMENTS).
 */
export function documentIdOf<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>): string {
  const meta = "__meta__" in document ? document.__meta__ : undefined;
  const hash = typeof meta === "object" && meta !== null && "hash" in meta ? meta.hash : undefined;
  if (typeof hash !== "string") throw new Error("This document has no persisted document id; generate it with the client preset (persistedDocuments)");
  return hash;
}

/**
 * Runs a generated document on the API at `endpoint` (…/graphql) by its id, never its text, so
 * it works when the server accepts trusted documents only. A GET carries the
 * `apollo-require-preflight` header: the server's CSRF protection refuses GET queries without
 * it (or a non-simple content type), and a cross-origin page then goes through a CORS preflight.
 * Resolves with the GraphQL response (also for 4xx request errors, which are GraphQL-shaped);
 * rejects when the answer is not JSON.
 */
export async function fetchPersisted<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  { method = "GET", headers = {}, signal }: PersistedFetchOptions = {},
): Promise<GraphQLResponse<TResult>> {
  const documentId = documentIdOf(document);
  let response: Response;
  if (method === "GET") {
    const url = new URL(endpoint);
    url.searchParams.set("documentId", documentId);
    if (variables !== undefined) url.searchParams.set("variables", JSON.stringify(variables));
    response = await fetch(url, { headers: { accept: "application/json", "apollo-require-preflight": "true", ...headers }, signal });
  } else {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json", ...headers },
      body: JSON.stringify({ documentId, variables }),
      signal,
    });
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<TResult>;
  } catch {
    throw new Error(`HTTP ${response.status} from ${endpoint}: not a GraphQL response: ${text.slice(0, 200)}`);
  }
}
