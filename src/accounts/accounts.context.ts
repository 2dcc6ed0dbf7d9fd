import type { RequestAuth } from "./accounts.service";

/** The accounts capability's slice of a request's context (issue #20). */
export interface AccountsContext {
  auth: RequestAuth;
}
