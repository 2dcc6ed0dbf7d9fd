import path from "node:path";

/** Repository root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");

export const SEED_DIR = process.env.SEED_DIR ?? path.join(ROOT, "seeds");
/** The five seed articles live beside the repository, in ../shared/seed-articles. */
export const ARTICLE_DIR = process.env.SEED_ARTICLE_DIR ?? path.resolve(ROOT, "..", "shared", "seed-articles");
