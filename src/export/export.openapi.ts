import path from "node:path";
import express, { type Router } from "express";
import { assertInputObjectType, getNullableType, type GraphQLInputType, type GraphQLSchema, isEnumType, isListType, isNonNullType, isScalarType } from "graphql";
import { ErrorCode } from "../common/errors";
import type { Config } from "../config";
import { cacheableFor } from "../server/http-cache";
import { WhoWhatWhereFilter } from "../who-what-where/who-what-where.module";
import { packageVersion } from "./export.etag";
import { EXPORT_ROUTES } from "./export.router";

type Json = Record<string, unknown>;

/** The API's version, from package.json (beside src/ or dist/). */
function apiVersion(): string {
  for (const up of ["../..", "../../.."]) {
    try {
      const version = packageVersion(path.resolve(__dirname, up, "package.json"));
      if (version !== undefined) return version;
    } catch {
      // not there: try one level further up (dist/src/export)
    }
  }
  return "0.0.0";
}

/** A JSON Schema (OpenAPI 3.1 is JSON Schema 2020-12) for one value of a GraphQL input type. */
function valueSchema(type: GraphQLInputType): Json {
  const named = getNullableType(type);
  if (isEnumType(named)) return { type: "string", enum: named.getValues().map((v) => String(v.value)) };
  if (isScalarType(named) && named.name === "Boolean") return { type: "boolean" };
  if (isScalarType(named) && named.name === "LocalDate") return { type: "string", format: "date" };
  if (isScalarType(named) && named.name === "ID") return { type: "string", pattern: "^[a-z][a-z0-9]*(:[a-z0-9][a-z0-9-]*)+(#[a-z0-9-]+)?$", examples: ["vn:lai-chau"] };
  return { type: "string", minLength: 1 };
}

/**
 * The query parameters of every /export route: the fields of the schema's WhoWhatWhereFilter,
 * as export.filter.ts reads them (lists repeated or comma-separated, a Boolean alone is true,
 * no value may be empty), so the description cannot drift from what the router accepts.
 */
export function filterParameters(schema: GraphQLSchema): Json[] {
  const filter = assertInputObjectType(schema.getType(WhoWhatWhereFilter.name));
  return Object.values(filter.getFields()).map((field) => {
    const type = getNullableType(field.type);
    const list = isListType(type);
    const item = list ? (isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType) : type;
    const description = [
      field.description ?? "",
      list ? "Repeat the parameter or separate values with commas; an empty item is refused." : "",
      isScalarType(item) && item.name === "Boolean" ? "Given without a value, it means true." : "",
    ]
      .filter(Boolean)
      .join(" ");
    return {
      name: field.name,
      in: "query",
      required: false,
      description,
      schema: list ? { type: "array", items: valueSchema(item), minItems: 1 } : valueSchema(item),
      ...(list ? { style: "form", explode: true } : {}),
    };
  });
}

/** A GraphQL-shaped error body (sendError's), with the codes a route may answer. */
const errorResponse = (description: string, codes: ErrorCode[], extra: Json = {}): Json => ({
  description,
  headers: { "Cache-Control": { $ref: "#/components/headers/NoStore" } },
  content: {
    "application/json": {
      schema: {
        allOf: [
          { $ref: "#/components/schemas/Errors" },
          { properties: { errors: { items: { properties: { extensions: { properties: { code: { enum: codes }, ...extra } } } } } } },
        ],
      },
    },
  },
});

/** The answers every download shares: 304, 400, 404, 429, 500, 503. */
const DOWNLOAD_ERRORS: Json = {
  "304": { description: "Not modified: If-None-Match named the current ETag.", headers: { ETag: { $ref: "#/components/headers/ETag" } } },
  "400": errorResponse("A filter parameter that is unknown, malformed, given twice or empty.", [ErrorCode.BAD_USER_INPUT]),
  "404": errorResponse("A filter names an id the graph does not have: `filter` is the parameter, `id` the id.", [ErrorCode.NOT_FOUND], {
    filter: { type: "string", enum: ["organization", "model", "program", "project", "place"] },
    id: { type: "string" },
  }),
  "429": errorResponse("More requests a minute from this address than RATE_LIMIT_PER_MINUTE.", [ErrorCode.RATE_LIMITED]),
  "500": errorResponse("An unexpected failure; its details stay in the server's log.", [ErrorCode.INTERNAL_SERVER_ERROR]),
  "503": errorResponse("The graph database did not answer, or the graph changed while the file was read: try again.", [ErrorCode.SERVICE_UNAVAILABLE]),
};

/** The body of a 200 download, per media type. */
function downloadContent(type: string): Json {
  const mediaType = type.split(";")[0];
  if (mediaType === "application/geo+json") return { [type]: { schema: { $ref: "#/components/schemas/PlacesFeatureCollection" } } };
  return { [type]: { schema: { type: "string", contentMediaType: mediaType } } };
}

/**
 * The OpenAPI 3.1 description of the downloads (every EXPORT_ROUTES entry, with the filter's
 * parameters read from the GraphQL schema), of the health checks and of this document. Server
 * URL "." : paths resolve against where the document is served, so it holds under a proxy's
 * sub-path too.
 */
export function openApiDocument(schema: GraphQLSchema): Json {
  const parameters = filterParameters(schema);
  const paths: Json = {};
  for (const route of EXPORT_ROUTES) {
    paths[`/export${route.path}`] = {
      get: {
        operationId: `export${route.path.replace(/[^a-z0-9]+(.)/gi, (_m, c: string) => c.toUpperCase())}`,
        tags: ["exports"],
        summary: route.summary,
        description:
          "Filtered like `whoWhatWhere(filter:)`, with every row (not a page), streamed. An error after the first bytes cuts the response, so a partial file never passes for a whole one. Cacheable for CACHE_MAX_AGE_SECONDS, with a strong ETag of the uncompressed body.",
        parameters: [...parameters, { $ref: "#/components/parameters/IfNoneMatch" }],
        responses: {
          "200": {
            description: "The file, as an attachment.",
            headers: {
              ETag: { $ref: "#/components/headers/ETag" },
              "Cache-Control": { $ref: "#/components/headers/Cacheable" },
              "Content-Disposition": { description: "attachment, with a file name made of the export's kind and the ids it was filtered on", schema: { type: "string" } },
            },
            content: downloadContent(route.type),
          },
          ...DOWNLOAD_ERRORS,
        },
      },
    };
  }
  const health = (summary: string, ok: string, down?: string): Json => ({
    get: {
      tags: ["health"],
      summary,
      responses: {
        "200": { description: ok, content: { "application/json": { schema: { type: "object" } } } },
        ...(down ? { "503": { description: down, content: { "application/json": { schema: { type: "object" } } } } } : {}),
      },
    },
  });
  paths["/health"] = health(
    "Whether the API and its database answer.",
    "Both answer: `{api: true, database: true}`.",
    "The database did not answer within a second: `{api: true, database: false}`.",
  );
  paths["/health/live"] = health("Liveness: the process answers (no database is asked).", "The process is alive.");
  paths["/health/ready"] = health("Readiness: the database answers, within its own timeout.", "Ready to serve.", "The database does not answer: not ready.");
  paths["/openapi.json"] = {
    get: {
      tags: ["meta"],
      summary: "This description.",
      responses: {
        "200": { description: "OpenAPI 3.1", headers: { ETag: { $ref: "#/components/headers/ETag" } }, content: { "application/json": { schema: { type: "object" } } } },
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Poverty-reduction knowledge graph: downloads and health",
      version: apiVersion(),
      description:
        "The HTTP routes beside GraphQL (POST/GET /graphql, described by its own schema): the 3W downloads and the health checks. Errors are GraphQL-shaped: `{errors: [{message, extensions: {code}}]}`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: ".", description: "Where this document is served (any base path)." }],
    tags: [
      { name: "exports", description: "The 3W rows and places, filtered like whoWhatWhere." },
      { name: "health", description: "For load balancers and orchestrators." },
      { name: "meta", description: "About the API." },
    ],
    paths,
    components: {
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "An ETag from an earlier download: 304 when the file is still the same.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "Strong entity tag of the uncompressed body.", schema: { type: "string", pattern: '^"[^"]+"$' } },
        Cacheable: { description: "public, max-age=CACHE_MAX_AGE_SECONDS", schema: { type: "string" } },
        NoStore: { description: "no-store: errors are never cached", schema: { type: "string", const: "no-store" } },
      },
      schemas: {
        Errors: {
          type: "object",
          required: ["errors"],
          properties: {
            errors: {
              type: "array",
              minItems: 1,
              items: {
                type: "object",
                required: ["message", "extensions"],
                properties: {
                  message: { type: "string" },
                  extensions: { type: "object", required: ["code"], properties: { code: { type: "string", enum: Object.values(ErrorCode) } } },
                },
              },
            },
          },
        },
        PlacesFeatureCollection: {
          type: "object",
          description: "GeoJSON (RFC 7946): one Point per place, at [longitude, latitude].",
          required: ["type", "features"],
          properties: {
            type: { const: "FeatureCollection" },
            features: {
              type: "array",
              items: {
                type: "object",
                required: ["type", "id", "geometry", "properties"],
                properties: {
                  type: { const: "Feature" },
                  id: { type: "string" },
                  geometry: {
                    type: "object",
                    properties: { type: { const: "Point" }, coordinates: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 } },
                  },
                  properties: {
                    type: "object",
                    required: ["id", "name", "activities", "interventions", "events", "organizations"],
                    properties: {
                      id: { type: "string" },
                      name: { type: "string" },
                      level: { type: ["string", "null"] },
                      code: { type: ["string", "null"] },
                      coordinatesApproximate: { type: "boolean" },
                      activities: { type: "integer", minimum: 1, description: "Distinct activities: interventions and events." },
                      interventions: { type: "integer", minimum: 0 },
                      events: { type: "integer", minimum: 0 },
                      organizations: { type: "integer", minimum: 0 },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}

/**
 * GET /openapi.json: the description, built once; cacheable like a GET query, with express's
 * strong ETag of its body (304 on If-None-Match).
 */
export function openApiRouter({ config, schema }: { config: Config; schema: GraphQLSchema }): Router {
  const body = JSON.stringify(openApiDocument(schema));
  const router = express.Router();
  router.get("/openapi.json", (_req, res) => {
    res.status(200).type("application/json").set("Cache-Control", cacheableFor(config.cacheMaxAgeSeconds)).send(body);
  });
  return router;
}
