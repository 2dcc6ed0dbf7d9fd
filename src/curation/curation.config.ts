import { curatedArticlesDir, SEED_DIR } from "../seed/seed.paths";

/** Where published sources are kept (issue #20), from the environment. */
export interface CurationConfig {
  /** SEED_ARTICLES_DIR: the folder published sources are saved in, as seed files (default seeds/articles/). */
  articlesDir: string;
  /** The seed files the ingest knows entities from (SEED_DIR). */
  seedDir: string;
}

export function loadCurationConfig(env: NodeJS.ProcessEnv = process.env): CurationConfig {
  return { articlesDir: curatedArticlesDir(env), seedDir: SEED_DIR };
}
