import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config";
import { ErrorCode } from "../common/errors";

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
 * At most `max` fields at the root of each operation, fragments followed (each once: a spread
 * of a fragment already counted adds its memoised count, so the walk is linear in the document).
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const memo = new Map<string, number>();
    const count = (set: SelectionSetNode, visiting: Set<string>): number => {
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) total += sel.name.value.startsWith("__") ? 0 : 1;
        else if (sel.kind === Kind.INLINE_FRAGMENT) total += count(sel.selectionSet, visiting);
        else {
          const name = sel.name.value;
          if (visiting.has(name)) continue; // a cycle: reported by graphql-js's NoFragmentCycles
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
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet, new Set());
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
 * counted against depth, so every GraphQL IDE and code generator can load the schema.
 * Cost is checked after validation, with the variables (query-cost.ts); tokens while parsing.
 */
export function queryLimitRules(config: Pick<Config, "maxQueryDepth" | "maxAliases" | "maxDirectives" | "maxRootFields">): ValidationRule[] {
  return [
    knownOperationTypesRule,
    maxDepthRule({ n: config.maxQueryDepth, ignoreIntrospection: true, flattenFragments: true, ...rejectWith(ErrorCode.QUERY_TOO_DEEP) }),
    maxAliasesRule({ n: config.maxAliases, ...rejectWith(ErrorCode.TOO_MANY_ALIASES) }),
    maxDirectivesRule({ n: config.maxDirectives, ...rejectWith(ErrorCode.TOO_MANY_DIRECTIVES) }),
    maxRootFieldsRule(config.maxRootFields),
  ] as ValidationRule[];
}
