import path from "node:path";
import { SEED_DIR } from "../seed/seed.paths";

/** Where published sources are kept (issue #20), from the environment. */
export interface CurationConfig {
  /** SEED_ARTICLES_DIR: the folder published sources are saved in, as seed files (default seeds/articles/). */
  articlesDir: string;
  /** The seed files the ingest knows entities from (SEED_DIR). */
  seedDir: string;
}

export function loadCurationConfig(env: NodeJS.ProcessEnv = process.env): CurationConfig {
  return { articlesDir: path.resolve(env.SEED_ARTICLES_DIR || path.join(SEED_DIR, "articles")), seedDir: SEED_DIR };
}
