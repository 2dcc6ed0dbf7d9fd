/**
 * Writes schema/schema.graphql from the type-graphql classes (no database needed).
 * Usage: node dist/scripts/emit-schema.js
 */
import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getSchema, printSchemaSdl } from "../src/composition";

const OUT = path.resolve(__dirname, "..", "..", "schema", "schema.graphql");

getSchema()
  .then((schema) => {
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, printSchemaSdl(schema));
    console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
