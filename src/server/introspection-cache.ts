import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/** Distinct introspection documents kept per schema; the oldest goes first past it. */
export const INTROSPECTION_CACHE_SIZE = 32;

/** True when every root field of the operation is introspection (`__schema`, `__type`, `__typename`). */
export function isIntrospectionOnly(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  const seen = new Set<string>();
  const only = (set: SelectionSetNode): boolean =>
    set.selections.every((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value.startsWith("__");
      if (sel.kind === Kind.INLINE_FRAGMENT) return only(sel.selectionSet);
      if (seen.has(sel.name.value)) return true;
      seen.add(sel.name.value);
      const target = fragments.get(sel.name.value);
      return target !== undefined && only(target);
    });
  return operation.operation === "query" && only(operation.selectionSet);
}

/**
 * Answers an introspection-only operation from the answer computed the first time for the same
 * schema, document, operation name and variables: IDEs and code generators ask the same large
 * question again and again, and its answer depends on the schema alone. Only error-free answers
 * are kept, at most INTROSPECTION_CACHE_SIZE per schema. Runs after validation and the limits,
 * so a refused document is refused every time.
 */
export function introspectionCachePlugin(): ApolloServerPlugin {
  const caches = new WeakMap<GraphQLSchema, Map<string, FormattedExecutionResult>>();
  const cacheOf = (schema: GraphQLSchema): Map<string, FormattedExecutionResult> => {
    let cache = caches.get(schema);
    if (!cache) caches.set(schema, (cache = new Map()));
    return cache;
  };
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation({ schema, operation, document, source, request }) {
          // Apollo asks before it has refused an operation it could not resolve (an unknown
          // operationName, several unnamed ones): then `operation` is missing, and its own 400 follows.
          const resolved: OperationDefinitionNode | undefined = operation;
          if (!resolved || !isIntrospectionOnly(resolved, document)) return null;
          key = JSON.stringify([source, request.operationName ?? null, request.variables ?? {}]);
          const hit = cacheOf(schema).get(key);
          return hit ? { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: hit } } : null;
        },
        async willSendResponse({ schema, response }) {
          if (key === undefined || response.body.kind !== "single" || response.body.singleResult.errors?.length) return;
          const cache = cacheOf(schema);
          if (cache.has(key)) return;
          if (cache.size >= INTROSPECTION_CACHE_SIZE) cache.delete(cache.keys().next().value!);
          cache.set(key, { data: response.body.singleResult.data });
        },
      };
    },
  };
}
