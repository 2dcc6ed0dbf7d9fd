import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { PersistedDocumentsMode } from "../config";
import { ErrorCode } from "../common/errors";
import { sendError } from "../common/http.errors";
import { foundRequestInfo } from "./request-info";

/** Repository root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");

/** The manifest `npm run codegen` writes for the client package (codegen.yml). */
export const PERSISTED_DOCUMENTS_FILE = path.join(ROOT, "client", "generated", "persisted-documents.json");

/** Trusted documents by id: "sha256:<64 hex>" → the document text. */
export type PersistedDocuments = ReadonlyMap<string, string>;

const ID = /^sha256:[0-9a-f]{64}$/;
const BARE_HASH = /^[0-9a-f]{64}$/;

/**
 * Reads a manifest of the client preset: `{"sha256:<hex>": "<document>"}`. Every id must be the
 * sha256 of its text, so a hand-edited manifest cannot make an id run another document. A
 * missing file is an empty manifest when nothing needs it (`off`), and an error otherwise.
 */
export function loadPersistedDocuments(file: string, mode: PersistedDocumentsMode): PersistedDocuments {
  if (mode === "off") return new Map();
  if (!existsSync(file)) throw new Error(`PERSISTED_DOCUMENTS=${mode} needs ${file}; run \`npm run codegen\` or set PERSISTED_DOCUMENTS=off`);
  const manifest: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) throw new Error(`${file} is not a persisted-documents manifest`);
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    if (!ID.test(id) || typeof text !== "string" || `sha256:${createHash("sha256").update(text).digest("hex")}` !== id) {
      throw new Error(`${file}: "${id.slice(0, 80)}" is not the sha256 id of its document`);
    }
    documents.set(id, text);
  }
  return documents;
}

interface Lookup {
  /** documentId (GraphQL over HTTP, persisted documents), normalised to "sha256:<hex>". */
  documentId?: string;
  /** extensions.persistedQuery.sha256Hash (Apollo's automatic persisted queries). */
  apqHash?: string;
  hasQuery: boolean;
  /** The JSON of extensions could not be read: left to Apollo to refuse. */
  unreadable: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function persistedQueryHash(extensions: unknown): string | undefined {
  const pq = isObject(extensions) ? extensions.persistedQuery : undefined;
  return isObject(pq) && typeof pq.sha256Hash === "string" ? pq.sha256Hash : undefined;
}

function normaliseId(raw: unknown): string | undefined {
  if (typeof raw !== "string") return raw === undefined ? undefined : "";
  return BARE_HASH.test(raw) ? `sha256:${raw}` : raw;
}

function lookupOf(req: Request, params: URLSearchParams | null): Lookup {
  if (params) {
    let extensions: unknown;
    let unreadable = false;
    const raw = params.get("extensions");
    if (raw !== null) {
      try {
        extensions = JSON.parse(raw);
      } catch {
        unreadable = true;
      }
    }
    return { documentId: normaliseId(params.get("documentId") ?? undefined), apqHash: persistedQueryHash(extensions), hasQuery: params.has("query"), unreadable };
  }
  const body: unknown = req.body;
  if (!isObject(body)) return { hasQuery: false, unreadable: true };
  return { documentId: normaliseId(body.documentId), apqHash: persistedQueryHash(body.extensions), hasQuery: body.query !== undefined, unreadable: false };
}

/** Replaces the id of a GET or POST request with the document's text, for Apollo to run as usual. */
function swapIn(req: Request, params: URLSearchParams | null, text: string): void {
  if (params) {
    params.delete("documentId");
    params.set("query", text);
    const raw = params.get("extensions");
    if (raw !== null) {
      const parsed: unknown = JSON.parse(raw);
      const { persistedQuery: _, ...rest } = isObject(parsed) ? parsed : {};
      if (Object.keys(rest).length) params.set("extensions", JSON.stringify(rest));
      else params.delete("extensions");
    }
    // Apollo's express integration reads the GET request from req.url.
    req.url = `${req.url.split("?")[0]}?${params.toString()}`;
    return;
  }
  const { documentId: _id, extensions, ...body }: Record<string, unknown> = req.body;
  const { persistedQuery: _pq, ...otherExtensions } = isObject(extensions) ? extensions : {};
  req.body = { ...body, query: text, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
}

export interface PersistedDocumentsOptions {
  mode: PersistedDocumentsMode;
  documents: PersistedDocuments;
  /** Apollo's APQ registers documents (APQ=true); otherwise only the manifest's hashes are known. */
  apq?: boolean;
}

/**
 * Lets clients send a trusted document by id instead of its text, on GET and POST. Mount before
 * Apollo, after the JSON body parser:
 *
 * - `documentId` ("sha256:<hex>", or the bare hex) as a GET parameter or a body field, as the
 *   client preset's `__meta__.hash` and the GraphQL-over-HTTP persisted-documents appendix have
 *   it; or Apollo's `extensions.persistedQuery.sha256Hash` (same hash, bare).
 * - A known id: the request goes on as if it had sent the text (same limits, CSRF check, cost).
 *   An unknown documentId: 400 PERSISTED_DOCUMENT_NOT_FOUND. An unknown APQ hash goes on to
 *   Apollo: with APQ=true to its own APQ cache in `allow` mode (a client may have registered it
 *   there); otherwise Apollo answers PERSISTED_QUERY_NOT_SUPPORTED and APQ clients send the text.
 * - `only`: anything but a known id is refused with 400 PERSISTED_DOCUMENTS_ONLY, so the server
 *   runs exactly the documents of client/generated/persisted-documents.json.
 * - `off`: does nothing; Apollo answers as before (a documentId alone is a bad request).
 */
export function persistedDocumentsMiddleware({ mode, documents, apq = false }: PersistedDocumentsOptions): RequestHandler {
  const refuse = (res: Response, code: ErrorCode, message: string): void => {
    foundRequestInfo(res)?.errorCodes.push(code);
    sendError(res, code, message);
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (mode === "off") return next();
    const params = req.method === "GET" || req.method === "HEAD" ? new URL(req.originalUrl, "http://localhost").searchParams : null;
    const lookup = lookupOf(req, params);
    if (lookup.documentId !== undefined) {
      if (lookup.hasQuery) return refuse(res, ErrorCode.BAD_REQUEST, "Send either `documentId` or `query`, not both");
      const text = documents.get(lookup.documentId);
      if (text === undefined) {
        return refuse(
          res,
          ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND,
          `No persisted document has the id "${lookup.documentId.slice(0, 80)}"; ids come from the client package (client/generated)`,
        );
      }
      swapIn(req, params, text);
      return next();
    }
    if (lookup.apqHash !== undefined && !lookup.unreadable) {
      const text = documents.get(`sha256:${lookup.apqHash}`);
      // With text too and APQ=true, `allow` leaves the hash check (and registration) to Apollo's APQ.
      if (text !== undefined && (!lookup.hasQuery || mode === "only" || !apq)) {
        swapIn(req, params, text);
        return next();
      }
      if (mode === "only") return refuse(res, ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND, `No persisted document has the sha256 hash "${lookup.apqHash.slice(0, 80)}"`);
    }
    if (mode === "only") {
      return refuse(res, ErrorCode.PERSISTED_DOCUMENTS_ONLY, "This server runs trusted documents only: send the `documentId` of a document of the client package, not query text");
    }
    next();
  };
}
