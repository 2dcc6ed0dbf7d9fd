/**
 * The client package: the typed documents of client/operations (generated, with their ids) and
 * fetchPersisted, which sends them by id. See client/README.md.
 */
export * from "./generated/graphql.ts";
export { documentIdOf, fetchPersisted, type GraphQLErrorBody, type GraphQLResponse, type PersistedFetchOptions } from "./persisted.ts";
