// ESLint flat config: typescript-eslint's recommended rules for every TypeScript file of the
// project (API, scripts, benchmark, tests, IDE, dashboard, client), React's hook rules for the two
// browser apps, and eslint-config-prettier last so that formatting is Prettier's alone
// (`npm run lint` runs both; `npm test` runs `npm run lint`).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "coverage/", ".tools/", ".neo4j*/", "scripts/neo4j-launcher/", "test-artifacts/", "**/generated/", "test/__generated__/", "client/dist/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed parameters and variables are unused on purpose (handler signatures, skipped tuple slots).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["dashboard/src/**/*.{ts,tsx}", "ide/src/**/*.{ts,tsx}", "curate/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    // The classic hook rules; the React Compiler rules of the recommended preset do not apply (no compiler).
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
