/**
 * Rewrites the README's graph tables from the model table (src/graph/graph.model.ts).
 * Usage: npm run docs
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withGraphModelDocs } from "../src/graph/graph.docs";

const README = path.resolve(__dirname, "..", "..", "README.md");
writeFileSync(README, withGraphModelDocs(readFileSync(README, "utf8")));
console.log(`wrote the graph tables of ${path.relative(process.cwd(), README) || README}`);
