import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getNamedType, getNullableType, isAbstractType, isListType, type GraphQLCompositeType, type GraphQLSchema } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { Config } from "../config";
import { ErrorCode, httpStatusOf } from "../common/errors";
import type { RequestInfo } from "../context.type";

/** Most selection nodes the cost walk visits before it calls the operation too complex. */
const MAX_COST_NODES = 20_000;

/** The data's bound of a list field (`Type.field`), or undefined when unknown (list-bounds.ts). */
export type ListBoundOf = (type: string, field: string) => number | undefined;

/**
 * The bound of a field asked through an interface (`Entity.mentions`): the largest of its
 * implementations' bounds, unknown if any of them is unknown.
 */
function boundThrough(schema: GraphQLSchema, boundOf: ListBoundOf, type: GraphQLCompositeType, field: string): number | undefined {
  if (!isAbstractType(type)) return boundOf(type.name, field);
  let most = 0;
  for (const t of schema.getPossibleTypes(type)) {
    const b = boundOf(t.name, field);
    if (b === undefined) return undefined;
    most = Math.max(most, b);
  }
  return most;
}

/**
 * The cost of a field: 1, plus its children times how many of them it returns. A paged field
 * returns `first` nodes (its default when not given); any other list holds at most its data
 * bound (`boundOf`: the most items any parent has there, measured on the graph), or
 * `listSize` where no bound is known; `edges` and `nodes` of a connection are already counted
 * by the connection's `first`. Introspection costs nothing here (query-limits.ts bounds it).
 * So `organizations(first: 100) { nodes { relations { id } } }` costs
 * 1 + 100 × (1 + 1 × (1 + 20 × 1)) = 2,201 with no bound known and a list size of 20, and
 * 1 + 100 × (1 + 1 × (1 + 7 × 1)) = 801 when no organization has more than 7 relations.
 */
export function costEstimator(listSize: number, maxPageSize: number, schema?: GraphQLSchema, boundOf?: ListBoundOf): ComplexityEstimator {
  // The cost of the fields of each connection type other than its page (`edges`, `nodes`): they
  // are answered once per connection, not once per node (replicableModels' `alreadyHere`), so the
  // connection's `first` does not multiply them. Children are priced before their parent, so the
  // connection field takes what its own per-answer fields added.
  const perAnswer = new Map<string, number>();
  const isPage = (typeName: string, fieldName: string): boolean => typeName.endsWith("Connection") && (fieldName === "edges" || fieldName === "nodes");
  return ({ field, type, args, childComplexity }) => {
    if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
    const fieldType = getNullableType(field.type);
    let multiplier = 1;
    // A `first` over the page maximum is refused as BAD_USER_INPUT by the field itself, a
    // clearer answer than a cost error, so it is priced at the maximum here.
    if (typeof args.first === "number" && args.first > 0) multiplier = Math.min(args.first, maxPageSize);
    else if (isListType(fieldType) && !isPage(type.name, field.name)) {
      const bound = schema && boundOf ? boundThrough(schema, boundOf, type, field.name) : undefined;
      // At least 1: a list empty today may hold an item before the next measure.
      multiplier = bound === undefined ? listSize : Math.max(1, bound);
    }
    const named = getNamedType(fieldType);
    const once = named.name.endsWith("Connection") ? Math.min(perAnswer.get(named.name) ?? 0, childComplexity) : 0;
    if (once) perAnswer.delete(named.name);
    const cost = 1 + multiplier * (childComplexity - once) + once;
    if (type.name.endsWith("Connection") && !isPage(type.name, field.name)) perAnswer.set(type.name, (perAnswer.get(type.name) ?? 0) + cost);
    return cost;
  };
}

/** The estimated cost of one operation; throws QUERY_TOO_COMPLEX past the node budget. */
export function operationCost(
  schema: GraphQLSchema,
  request: { document: Parameters<typeof getComplexity>[0]["query"]; operationName?: string | null; variables?: Record<string, unknown> },
  limits: { costListSize: number; maxPageSize: number },
  boundOf?: ListBoundOf,
): number {
  try {
    return getComplexity({
      schema,
      query: request.document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [costEstimator(limits.costListSize, limits.maxPageSize, schema, boundOf)],
      maxQueryNodes: MAX_COST_NODES,
    });
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
      throw tooComplex(`The operation expands to more than ${MAX_COST_NODES} fields (fragments count each time they are spread)`);
    }
    // Variables of the wrong type: execution reports them as BAD_USER_INPUT before any work.
    return 0;
  }
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: httpStatusOf(ErrorCode.QUERY_TOO_COMPLEX) } } });
}

/**
 * Refuses operations whose estimated cost is over MAX_QUERY_COST, before anything runs, and
 * records the cost for the access log. Runs after validation so that it can see the variables
 * (`first: $n`), which validation rules cannot.
 */
export function queryCostPlugin(config: Pick<Config, "maxQueryCost" | "costListSize" | "maxPageSize">, boundOf?: ListBoundOf): ApolloServerPlugin<{ requestInfo?: RequestInfo }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          const cost = operationCost(schema, { document, operationName: request.operationName, variables: request.variables }, config, boundOf);
          if (contextValue.requestInfo) contextValue.requestInfo.cost = cost;
          if (cost > config.maxQueryCost) {
            throw tooComplex(
              `The operation costs ${cost} (list sizes multiplied down the tree); the maximum is ${config.maxQueryCost}. Ask for smaller pages or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
