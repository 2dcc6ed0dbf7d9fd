import path from "node:path";

/** Repository root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");

export const SEED_DIR = process.env.SEED_DIR ?? path.join(ROOT, "seeds");
/** The five seed articles live beside the repository, in ../shared/seed-articles. */
export const ARTICLE_DIR = process.env.SEED_ARTICLE_DIR ?? path.resolve(ROOT, "..", "shared", "seed-articles");
/**
 * Where the curation workbench saves published sources (SEED_ARTICLES_DIR, default
 * `<SEED_DIR>/articles`). `npm run seed` and `npm run seed:check` read it besides `<SEED_DIR>/articles`.
 */
export const curatedArticlesDir = (env: NodeJS.ProcessEnv = process.env): string => path.resolve(env.SEED_ARTICLES_DIR || path.join(SEED_DIR, "articles"));
