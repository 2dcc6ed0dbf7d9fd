/**
 * Fuzzes a running API with schema-derived requests (scripts/fuzz.generator.ts): valid,
 * hostile, wrong-typed and malformed. Prints a table of error codes and every request that got
 * INTERNAL_SERVER_ERROR, a 5xx, a non-JSON body, an error without a code or database internals
 * in a message; exits 1 if there is any. The schema is read from the server by introspection.
 *
 * Usage: npm run fuzz [-- --url http://127.0.0.1:4000] [--count 10000] [--seed N]
 *        [--concurrency 8] [--first 0] [--index I (replays one request and prints it)]
 *        [--log file.jsonl (one line per request: index, category, status, codes, first message)]
 * The server's rate limit counts these requests too: run it with RATE_LIMIT_PER_MINUTE=0.
 */
import { createWriteStream } from "node:fs";
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { describeFailure, formatSummary, generateRequest, judge, runFuzz, sendRequest } from "./fuzz.generator";

interface Options {
  url: string;
  count: number;
  seed: number;
  concurrency: number;
  first: number;
  index?: number;
  log?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { url: "http://127.0.0.1:4000", count: 10_000, seed: Date.now() % 1_000_000, concurrency: 8, first: 0 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = inline ?? argv[++i];
    const number = (): number => {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer, got "${value}"`);
      return n;
    };
    switch (flag) {
      case "--url":
        options.url = String(value)
          .replace(/\/+$/, "")
          .replace(/\/graphql$/, "");
        break;
      case "--count":
        options.count = number();
        break;
      case "--seed":
        options.seed = number();
        break;
      case "--concurrency":
        options.concurrency = Math.max(1, number());
        break;
      case "--first":
        options.first = number();
        break;
      case "--index":
        options.index = number();
        break;
      case "--log":
        options.log = String(value);
        break;
      default:
        throw new Error(`unknown option ${flag}; see the usage at the top of scripts/fuzz.ts`);
    }
  }
  return options;
}

async function loadSchema(url: string): Promise<GraphQLSchema> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await res.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!body.data) throw new Error(`introspection failed: HTTP ${res.status} ${JSON.stringify(body.errors).slice(0, 300)}`);
  return buildClientSchema(body.data);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const schema = await loadSchema(options.url).catch((err: Error) => {
    throw new Error(`No API answers at ${options.url}/graphql (${err.message}); start one with \`npm run serve\` or pass --url`);
  });
  if (options.index !== undefined) {
    const req = generateRequest(schema, options.seed, options.index);
    const res = await sendRequest(options.url, req);
    console.log(JSON.stringify({ request: req, status: res.status, response: res.text.slice(0, 5_000), verdict: judge(req, res) }, null, 2));
    return;
  }
  console.log(`fuzzing ${options.url}/graphql: ${options.count} requests, seed ${options.seed}, ${options.concurrency} at a time`);
  const log = options.log ? createWriteStream(options.log) : undefined;
  const summary = await runFuzz({
    schema,
    url: options.url,
    seed: options.seed,
    count: options.count,
    first: options.first,
    concurrency: options.concurrency,
    onResult: (req, res, verdict) => {
      let message: string;
      try {
        message = String((JSON.parse(res.text) as { errors?: { message?: unknown }[] }).errors?.[0]?.message ?? "").slice(0, 200);
      } catch {
        message = res.text.slice(0, 200);
      }
      log?.write(
        `${JSON.stringify({ index: req.index, category: req.category, status: res.status, ms: Math.round(res.ms), codes: verdict.codes, message, problems: verdict.problems })}\n`,
      );
    },
    onProgress: (done) => {
      if (done % 1_000 === 0) process.stderr.write(`  ${done}/${options.count}\n`);
    },
  });
  await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
  console.log(formatSummary(summary));
  for (const failure of summary.failures) console.log(`\n${describeFailure(failure)}`);
  if (summary.failures.length) {
    console.log(`\n${summary.failures.length} failing requests; replay one with: npm run fuzz -- --url ${options.url} --seed ${options.seed} --index <index>`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
