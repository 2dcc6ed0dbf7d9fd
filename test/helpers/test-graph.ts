import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config } from "../../src/config";
import { type Context, createContext, createRepositories } from "../../src/composition";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { type Params, plainStatement, type Statement } from "../../src/graph/graph.statement";
import { getSchema } from "../../src/composition";
import { createServer, type Logger } from "../../src/server/server";
import type { ApolloServer } from "@apollo/server";

/** The result of one operation: data typed by the generated document, errors as returned. */
export interface OperationResult<TData> {
  data: TData | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[] | undefined;
}

/** Counts every read the repositories make, to check batching (a count, never a timing). */
export class CountingExecutor extends GraphExecutor {
  reads = 0;
  override async run<R>(statement: Statement<R>): Promise<R[]> {
    this.reads += 1;
    return super.run(statement);
  }
}

/** A test's own read of rows it looks at itself, typed as the test expects them (unchecked: a test's query, not the API's). */
export async function readRows<T>(graph: GraphExecutor, cypher: string, params: Params = {}): Promise<T[]> {
  return (await graph.run(plainStatement(cypher, params))) as T[];
}

export const silentLogger: Logger = { error: () => undefined, warn: () => undefined, info: () => undefined };

/**
 * An API wired to a real Neo4j (NEO4J_URI or the local launcher), driven through
 * executeOperation with the generated typed documents. Call close() in afterAll.
 */
export class TestApi {
  readonly config: Config;
  readonly driver: Driver;
  readonly graph: CountingExecutor;
  private server?: ApolloServer<Context>;
  readonly loggedErrors: unknown[] = [];

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.config = loadConfig(env);
    this.driver = createDriver(this.config);
    this.graph = new CountingExecutor(this.driver, this.config.neo4jDatabase, "poverty-graph-test");
  }

  async start(): Promise<this> {
    const logger: Logger = { ...silentLogger, error: (...args: unknown[]) => void this.loggedErrors.push(args) };
    this.server = createServer({ schema: await getSchema(), config: this.config, logger });
    await this.server.start();
    return this;
  }

  async run<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<OperationResult<TData>> {
    return this.runText<TData>(print(document), variables);
  }

  async runText<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<OperationResult<TData>> {
    if (!this.server) throw new Error("TestApi not started: did you forget `await api.start()`?");
    const response = await this.server.executeOperation({ query, variables }, { contextValue: createContext(this.config, createRepositories(this.graph, this.config)) });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    const { data, errors } = response.body.singleResult;
    return { data: data as TData | null | undefined, errors: errors as OperationResult<TData>["errors"] };
  }

  async close(): Promise<void> {
    await this.server?.stop();
    await this.driver.close();
  }
}

/** The data of a result that must have no errors; fails the test with the errors otherwise. */
export function dataOf<TData>(result: OperationResult<TData>): TData {
  if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error("no data");
  return result.data;
}

/** The extensions.code of each error of a result. */
export function errorCodes(result: OperationResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
