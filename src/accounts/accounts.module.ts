import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Router } from "express";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { ClassType } from "type-graphql";
import type { Config } from "../config";
import type { GraphExecutor } from "../graph/graph.executor";
import type { CapabilityModule, HttpPair } from "../module.type";
import { ErrorCode } from "../common/errors";
import { sendError } from "../common/http.errors";
import { type AccountsConfig, loadAccountsConfig } from "./accounts.config";
import type { AccountsContext, AccountsRequestContext, AccountsSlice } from "./accounts.context";
import { AccountsRepository } from "./accounts.repository";
import { AccountsResolver } from "./accounts.resolver";
import { AccountsService, authError, type HttpExchange, RequestAuth, SESSION_COOKIE } from "./accounts.service";

export type { AccountsSlice } from "./accounts.context";
/** Values curation shares on purpose: how a resolver finds who is asking, and the roles it checks. */
export { authOf } from "./accounts.resolver";
export { roleAtLeast, UserRole } from "./accounts.roles";
export type { Principal } from "./accounts.service";

/** The value of cookie `name` in a Cookie header. */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The request's headers and cookies, and the session cookie's setting (Secure when the request came over TLS). */
export function exchangeOf({ req, res }: HttpPair, basePath: string): HttpExchange {
  const cookieOptions = { httpOnly: true, sameSite: "strict" as const, path: basePath || "/", secure: req.secure };
  return {
    header: (name) => req.get(name),
    cookie: (name) => cookieOf(req.headers.cookie, name),
    setSessionCookie: (token, expiresAt) => void res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
    clearSessionCookie: () => void res.clearCookie(SESSION_COOKIE, cookieOptions),
  };
}

/** Root fields anyone may ask for when READ_ACCESS=token: signing in, and asking who one is. */
const OPEN_FIELDS = new Set(["login", "logout", "me", "__typename"]);

function onlyOpenFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value));
}

/** READ_ACCESS=token: an operation needs a valid session unless it only signs in (UNAUTHENTICATED, HTTP 401). */
function readAccessPlugin(config: AccountsConfig): ApolloServerPlugin<AccountsRequestContext> {
  return {
    async requestDidStart() {
      if (config.readAccess !== "token") return;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation && onlyOpenFields(operation)) return;
          if (!(await contextValue.accounts?.auth.principal()))
            throw authError(ErrorCode.UNAUTHENTICATED, "READ_ACCESS=token: sign in first (login), then send the session cookie or Authorization: Bearer <token>");
        },
      };
    },
  };
}

/**
 * Accounts and sessions (issue #20): its resolvers, each request's context slice, its HTTP routes
 * (GET /auth/csrf; the /export guard when READ_ACCESS=token) and Apollo plugins, as plain values
 * for the composition root and the server to wire.
 */
export function accountsModule(repository: AccountsRepository, options: { basePath: string; env?: NodeJS.ProcessEnv }) {
  const config = loadAccountsConfig(options.env);
  const service = new AccountsService(repository, config);
  const authFor = (http?: HttpPair): RequestAuth => new RequestAuth(service, http && exchangeOf(http, options.basePath));

  const router: Router = express.Router();
  // The CSRF token of the signed-in cookie session, for a page that reloaded (the token is not readable from the HttpOnly cookie).
  router.get("/auth/csrf", async (req, res, next) => {
    try {
      const principal = await authFor({ req, res }).principal();
      res.set("Cache-Control", "no-store");
      if (!principal || principal.via !== "cookie") return sendError(res, ErrorCode.UNAUTHENTICATED, "No signed-in session cookie");
      res.json({ csrfToken: principal.csrfToken });
    } catch (err) {
      next(err);
    }
  });
  if (config.readAccess === "token") {
    router.use("/export", async (req, res, next) => {
      try {
        if (await authFor({ req, res }).principal()) return next();
        sendError(res, ErrorCode.UNAUTHENTICATED, "READ_ACCESS=token: sign in first and send the session cookie or Authorization: Bearer <token>");
      } catch (err) {
        next(err);
      }
    });
  }

  const resolvers = ACCOUNTS_RESOLVERS;
  return {
    config,
    service,
    resolvers,
    context: (http?: HttpPair): AccountsContext => ({ auth: authFor(http) }),
    router,
    plugins: [readAccessPlugin(config)],
  };
}

export type AccountsModule = ReturnType<typeof accountsModule>;

/** The resolver classes, for the schema (built once per process, before any module is). */
export const ACCOUNTS_RESOLVERS: ClassType[] = [AccountsResolver];

/** The accounts capability as the composition root lists it: its service is built once per process (its settings are read at start). */
export const accountsCapability: CapabilityModule<{ accounts: AccountsModule }, AccountsSlice, AccountsRequestContext> = {
  resolvers: ACCOUNTS_RESOLVERS,
  repositories: (graph: GraphExecutor, config: Config) => ({ accounts: accountsModule(new AccountsRepository(graph), { basePath: config.basePath }) }),
  slice: (repos, _config, http) => ({ accounts: repos.accounts.context(http) }),
  routes: (_deps, repos) => [{ path: "/", router: repos.accounts.router, before: true }],
  plugins: (repos) => repos.accounts.plugins,
};
