import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config";
import { ErrorCode, httpStatusOf } from "../common/errors";

/** Codes of the limits below; the error formatter keeps them instead of GRAPHQL_VALIDATION_FAILED. */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.TOO_MANY_ROOT_FIELDS,
  ErrorCode.TOO_MANY_DIRECTIVES,
  ErrorCode.TOO_MANY_TOKENS,
]);

/** graphql-armor's callbacks, turned into one coded validation error per rejected operation. */
function rejectWith(code: ErrorCode) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // armor words its messages as syntax errors; these are limits, so say so plainly.
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code } }));
      },
    ],
  };
}

/**
 * Counts the fields at the root of a selection set that `weight` counts (1 or 0 each), fragments
 * followed: each fragment is walked once and its count memoised, so the walk is linear in the
 * document however often a fragment is spread. A fragment cycle counts 0 (graphql-js's
 * NoFragmentCycles reports it).
 */
function rootFieldCounter(context: ValidationContext, weight: (fieldName: string) => number): (set: SelectionSetNode) => number {
  const memo = new Map<string, number>();
  const count = (set: SelectionSetNode, visiting: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) total += weight(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) total += count(sel.selectionSet, visiting);
      else {
        const name = sel.name.value;
        if (visiting.has(name)) continue;
        let n = memo.get(name);
        if (n === undefined) {
          const fragment = context.getFragment(name);
          n = fragment ? count(fragment.selectionSet, new Set(visiting).add(name)) : 0;
          memo.set(name, n);
        }
        total += n;
      }
    }
    return total;
  };
  return (set) => count(set, new Set());
}

/** At most `max` fields at the root of each operation, fragments followed (rootFieldCounter). */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const count = rootFieldCounter(context, (name) => (name.startsWith("__") ? 0 : 1));
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet);
        if (n > max) {
          context.reportError(
            new GraphQLError(`The operation has ${n} root fields; the maximum is ${max}. Split it into several requests.`, {
              nodes: [node],
              extensions: { code: ErrorCode.TOO_MANY_ROOT_FIELDS },
            }),
          );
        }
      },
    } satisfies ASTVisitor;
  };
}

/** The introspection fields that answer with the schema itself (`__typename` is one string). */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/**
 * Introspection bounded like any other work, so that no document asks for the schema more than
 * once: at most one `__schema` or `__type` per operation (fragments followed, each counted once
 * per spread through a memo, so the walk stays linear), no aliases inside introspection (an
 * aliased `types` is the whole schema again); graphql-js's own MaxIntrospectionDepthRule (one
 * of its specified rules since 16.9, coded QUERY_TOO_DEEP by server.ts) bounds
 * `fields { type { fields … } }` nesting. Standard introspection queries (graphql-js's
 * getIntrospectionQuery, which GraphiQL and graphql-codegen send) pass: one `__schema`, no aliases.
 * Answers are then cached per document (introspection-cache.ts). Code: QUERY_TOO_COMPLEX.
 */
export const introspectionRule: ValidationRule = (context) => {
  const count = rootFieldCounter(context, (name) => (INTROSPECTION_ROOTS.has(name) ? 1 : 0));
  return {
    OperationDefinition(node) {
      const n = count(node.selectionSet);
      if (n > 1) {
        context.reportError(
          new GraphQLError(`The operation asks for the schema ${n} times (__schema or __type); introspect once per operation.`, {
            nodes: [node],
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
          }),
        );
      }
    },
    Field(node) {
      const parent = context.getParentType();
      // Inside __schema/__type (the roots themselves are counted above).
      if (parent?.name.startsWith("__") && node.alias && node.alias.value !== node.name.value) {
        context.reportError(
          new GraphQLError(`Aliases are not allowed inside introspection ("${node.alias.value}: ${node.name.value}"): each part of the schema is asked once.`, {
            nodes: [node],
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
          }),
        );
      }
    },
  };
};

/**
 * The first list longer than `max` in a value (variables: any depth), as a path, or undefined.
 * Walks with a stack of its own, not by recursion: a client's JSON may nest thousands deep.
 */
export function longListIn(value: unknown, max: number, path = "$"): { path: string; length: number } | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path }];
  while (stack.length > 0) {
    const { value: v, path: at } = stack.pop()!;
    if (Array.isArray(v)) {
      if (v.length > max) return { path: at, length: v.length };
      // Pushed last to first, so that the first offending item is the first found.
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${at}[${i}]` });
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: `${at}.${entries[i][0]}` });
    }
  }
  return undefined;
}

/** BAD_USER_INPUT for a list argument or variable longer than MAX_LIST_LENGTH. */
export function listTooLong(where: string, length: number, max: number): GraphQLError {
  return new GraphQLError(`${where} is a list of ${length} items; the maximum is ${max} (MAX_LIST_LENGTH). Split the request.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: httpStatusOf(ErrorCode.BAD_USER_INPUT) } },
  });
}

/**
 * Variables hold no list longer than `max`, at any depth: checked once the operation is known,
 * before anything runs (validation rules cannot see variables).
 */
export function variableListsPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const found = longListIn(request.variables ?? {}, max);
          if (found) throw listTooLong(`Variable ${found.path.replace(/^\$\./, "$")}`, found.length, max);
        },
      };
    },
  };
}

/** List literals in the document (`kinds: [A, B, …]`) at most `max` long. */
export function maxListLengthRule(max: number): ValidationRule {
  return (context) => ({
    ListValue(node) {
      if (node.values.length > max) {
        context.reportError(
          new GraphQLError(`A list argument has ${node.values.length} items; the maximum is ${max} (MAX_LIST_LENGTH). Split the request.`, {
            nodes: [node],
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          }),
        );
      }
    },
  });
}

/**
 * graphql-js 16 validates `mutation { … }` against a schema without mutations and only fails
 * at execution, as a server error. This makes it the request error it is.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === "query" ? schema.getQueryType() : node.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations; it answers queries only.`, { nodes: [node] }));
    }
  },
});

/**
 * Validation rules bounding the work one document can ask for. Each is linear in the document:
 * fragments are measured once however often they are spread. Introspection (`__schema`) is not
 * counted against the depth of data, so every GraphQL IDE and code generator can load the
 * schema; introspectionRule and graphql-js's MaxIntrospectionDepthRule bound it instead.
 * Cost is checked after validation, with the variables (query-cost.ts); tokens while parsing.
 */
export function queryLimitRules(config: Pick<Config, "maxQueryDepth" | "maxAliases" | "maxDirectives" | "maxRootFields" | "maxListLength">): ValidationRule[] {
  return [
    knownOperationTypesRule,
    introspectionRule,
    maxListLengthRule(config.maxListLength),
    maxDepthRule({ n: config.maxQueryDepth, ignoreIntrospection: true, flattenFragments: true, ...rejectWith(ErrorCode.QUERY_TOO_DEEP) }),
    maxAliasesRule({ n: config.maxAliases, ...rejectWith(ErrorCode.TOO_MANY_ALIASES) }),
    maxDirectivesRule({ n: config.maxDirectives, ...rejectWith(ErrorCode.TOO_MANY_DIRECTIVES) }),
    maxRootFieldsRule(config.maxRootFields),
  ];
}
