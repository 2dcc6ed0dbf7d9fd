/**
 * Two projects: `unit` needs no database; `integration` runs against the real Neo4j at
 * NEO4J_URI (default: the launcher on bolt://127.0.0.1:7687), which its global setup seeds.
 * @type {import('jest').Config}
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.ts$": tsJest },
      testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
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
  ],
  testTimeout: 60000,
};
