/**
 * Three projects: `unit` needs no database; `integration` runs against the real Neo4j at
 * NEO4J_URI (default: the launcher on bolt://127.0.0.1:7687), which its global setup seeds;
 * `browser` drives the IDE in headless Chromium against the same seeded graph.
 * @type {import('jest').Config}
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.ts$": tsJest },
      // test/cypher: generated Cypher against committed snapshots, no database either.
      testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/cypher/**/*.test.ts"],
      setupFiles: ["reflect-metadata"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      transform: { "^.+\\.ts$": tsJest },
      testMatch: ["<rootDir>/test/integration/**/*.int.test.ts"],
      setupFiles: ["reflect-metadata"],
      globalSetup: "<rootDir>/test/integration/global-setup.ts",
    },
    {
      // The GraphQL IDE in headless Chromium (the system's, see scripts/ensure-chromium.sh),
      // against the API on the seeded Neo4j; needs the IDE build (scripts/build-ide.sh).
      displayName: "browser",
      testEnvironment: "node",
      transform: { "^.+\\.ts$": tsJest },
      testMatch: ["<rootDir>/test/browser/**/*.browser.test.ts"],
      setupFiles: ["reflect-metadata"],
      globalSetup: "<rootDir>/test/integration/global-setup.ts",
    },
  ],
  testTimeout: 60000,
};
