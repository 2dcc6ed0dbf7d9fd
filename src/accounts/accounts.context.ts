import type { BaseContext } from "../context.type";
import type { RequestAuth } from "./accounts.service";

/** The accounts capability's part of a request's context (issue #20). */
export interface AccountsContext {
  auth: RequestAuth;
}

/** Its slice, under its own key; absent when a context is built by hand (tests, scripts): nobody is signed in then. */
export interface AccountsSlice {
  accounts?: AccountsContext;
}

/** What the accounts resolvers read: the base context and this slice. */
export type AccountsRequestContext = BaseContext & AccountsSlice;
