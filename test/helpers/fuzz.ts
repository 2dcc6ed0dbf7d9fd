/**
 * The schema-driven request fuzzer, for tests. It lives in scripts/fuzz.generator.ts so that
 * `npm run fuzz` (compiled by tsconfig.build.json, which leaves test/ out) uses the same one.
 */
export {
  Rng,
  describeFailure,
  formatSummary,
  generateRequest,
  judge,
  runFuzz,
  sendRequest,
  toJsonText,
  toLiteral,
  LEAK,
  type FuzzFailure,
  type FuzzRequest,
  type FuzzResponse,
  type FuzzSummary,
  type Value,
  type Verdict,
} from "../../scripts/fuzz.generator";
