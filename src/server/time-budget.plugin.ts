import type { ApolloServerPlugin } from "@apollo/server";
import type { BaseContext } from "../context.type";
import { currentBudget } from "../graph/graph.budget";

/**
 * The request's time budget (graph.budget.ts) while GraphQL resolves: every field checks the
 * deadline before it resolves, so a request that spends its time on the API side (thousands of
 * rows turned into objects) stops there too, not only at its next database statement. Past the
 * deadline each remaining field fails at once and its subtree is never resolved; the response
 * is then one SERVICE_UNAVAILABLE error about the time budget (with `timeBudgetMs`) and no data,
 * instead of a half-resolved tree with an error per field. Requests without a budget (tests
 * through executeOperation, scripts) are left alone. Must come before plugins that read the
 * response's errors (the access log's).
 */
export const timeBudgetPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    const budget = currentBudget();
    if (!budget) return {};
    return {
      async executionDidStart() {
        return {
          willResolveField() {
            budget.check();
          },
        };
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        const errors = result.errors ?? [];
        const ranOut = errors.find((e) => e.extensions?.timeBudgetMs !== undefined);
        if (!ranOut) return;
        result.data = null;
        result.errors = [{ message: ranOut.message, extensions: ranOut.extensions }, ...errors.filter((e) => e.extensions?.timeBudgetMs === undefined)];
      },
    };
  },
};
