import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.type";
import { AppError, ErrorCode } from "../common/errors";
import type { RequestAuth } from "./accounts.service";
import { Session, User } from "./accounts.types";

/** The request's authentication; outside HTTP (executeOperation in tests) nobody is signed in. */
export function authOf(ctx: Context): RequestAuth {
  const auth = ctx.accounts?.auth;
  if (!auth) throw new AppError(ErrorCode.UNAUTHENTICATED, "Sign in first (login)");
  return auth;
}

@Resolver()
export class AccountsResolver {
  @Query(() => User, { nullable: true, description: "Who is signed in (the session cookie or the bearer token), or null." })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    return (await ctx.accounts?.auth.principal())?.user ?? null;
  }

  @Mutation(() => Session, {
    description:
      "Signs in: returns a session token (for `Authorization: Bearer`) and sets the HttpOnly cookie pg_session for browsers; " +
      "RATE_LIMITED after too many failed attempts for the name, FORBIDDEN for a disabled account.",
  })
  async login(@Arg("name") name: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<Session> {
    const auth = ctx.accounts?.auth;
    if (!auth) throw new AppError(ErrorCode.BAD_REQUEST, "Sign-in needs the HTTP API");
    const session = await auth.service.login(name, password);
    auth.http?.setSessionCookie(session.token, session.expiresAt);
    return session;
  }

  @Mutation(() => Boolean, { description: "Ends the current session (cookie or bearer); false when there was none." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const auth = ctx.accounts?.auth;
    const principal = await auth?.principal();
    if (!auth || !principal) return false;
    auth.checkCsrf(principal);
    await auth.service.logout(principal);
    auth.http?.clearSessionCookie();
    return true;
  }
}
