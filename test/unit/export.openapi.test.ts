import { compileErrors, validate } from "@readme/openapi-parser";
import type { Router } from "express";
import { getSchema } from "../../src/composition";
import { ErrorCode } from "../../src/common/errors";
import { loadConfig } from "../../src/config";
import { filterParameters, openApiDocument } from "../../src/export/export.openapi";
import { exportRouter } from "../../src/export/export.router";
import { silentLogger } from "../helpers/test-graph";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The paths a router answers GET on, read from the router itself. */
function routesOf(router: Router): string[] {
  return router.stack.flatMap((layer) => (layer.route && (layer.route as unknown as { methods: Record<string, boolean> }).methods.get ? [layer.route.path as string] : []));
}

describe("the OpenAPI description", () => {
  let doc: Json;
  let router: Router;
  beforeAll(async () => {
    const schema = await getSchema();
    doc = openApiDocument(schema);
    // Never called here: only its routes are read.
    router = exportRouter({ config: loadConfig({}), repository: {} as never, exportRepository: {} as never, schema, logger: silentLogger });
  });

  it("is valid OpenAPI 3.1 (@readme/openapi-parser)", async () => {
    // validate() dereferences its argument in place: give it a copy.
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
    expect(result).toMatchObject({ valid: true, specification: "OpenAPI" });
    expect(doc.openapi).toBe("3.1.0");
    // The validator does refuse a defect: a response without its required description.
    const broken = structuredClone(doc);
    delete broken.paths["/export/3w.csv"].get.responses["200"].description;
    expect((await validate(broken as Parameters<typeof validate>[0])).valid).toBe(false);
  });

  it("describes every route the export router serves, and no other", () => {
    const served = routesOf(router).map((p) => `/export${p}`);
    expect(served).toEqual(["/export/3w.csv", "/export/3w.hxl.csv", "/export/3w.xlsx", "/export/places.geojson"]);
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith("/export/"))
        .sort(),
    ).toEqual([...served].sort());
  });

  it("describes the health checks and itself", () => {
    for (const path of ["/health", "/health/live", "/health/ready", "/openapi.json"]) expect(doc.paths[path]?.get?.responses?.["200"]).toBeDefined();
    expect(doc.paths["/health/ready"].get.responses["503"]).toBeDefined();
  });

  it("gives each download the filter's parameters, and its error bodies with their codes", async () => {
    const names = filterParameters(await getSchema()).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["organization", "model", "program", "project", "place", "roles", "activities", "from", "to", "includeUndated"]));
    for (const path of Object.keys(doc.paths).filter((p) => p.startsWith("/export/"))) {
      const get = doc.paths[path].get;
      expect({ path, parameters: get.parameters.filter((p: Json) => p.in === "query").map((p: Json) => p.name) }).toEqual({ path, parameters: names });
      expect(get.parameters.find((p: Json) => p.name === "roles")).toMatchObject({ schema: { type: "array", items: { enum: expect.arrayContaining(["FUNDER", "PARTNER"]) } } });
      const codes = (status: string) => get.responses[status].content["application/json"].schema.allOf[1].properties.errors.items.properties.extensions.properties.code.enum;
      expect({ path, codes: ["400", "404", "429", "500", "503"].map(codes) }).toEqual({
        path,
        codes: [[ErrorCode.BAD_USER_INPUT], [ErrorCode.NOT_FOUND], [ErrorCode.RATE_LIMITED], [ErrorCode.INTERNAL_SERVER_ERROR], [ErrorCode.SERVICE_UNAVAILABLE]],
      });
      expect(get.responses["304"]).toBeDefined();
      expect(Object.keys(get.responses["200"].content)).toHaveLength(1);
      expect(get.responses["200"].headers.ETag).toBeDefined();
    }
    expect(Object.keys(doc.paths["/export/3w.xlsx"].get.responses["200"].content)).toEqual(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    expect(doc.components.schemas.Errors.properties.errors.items.properties.extensions.properties.code.enum).toEqual(Object.values(ErrorCode));
  });
});
