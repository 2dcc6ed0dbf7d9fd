import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AccountsRequestContext as Context } from "./accounts.context";
import { AppError, ErrorCode } from "../common/errors";
import type { RequestAuth } from "./accounts.service";
import { Session, User, UserRole } from "./accounts.types";

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

  @Mutation(() => Boolean, { description: "Replaces the signed-in account's password (the one-time password user:add printed, say)." })
  async changePassword(@Arg("oldPassword") oldPassword: string, @Arg("newPassword") newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    const auth = authOf(ctx);
    const principal = await auth.require(UserRole.CURATOR, true, { passwordChange: true });
    await auth.service.changePassword(principal, oldPassword, newPassword);
    return true;
  }

  @Query(() => [User], { description: "Every account (admins)." })
  async users(@Ctx() ctx: Context): Promise<User[]> {
    const auth = authOf(ctx);
    await auth.require(UserRole.ADMIN, false);
    return (await auth.service.repository.listAccounts()).map(({ name, role, disabled, mustChangePassword }) => ({ name, role, disabled, mustChangePassword }));
  }

  @Mutation(() => String, { description: "Creates an account (admins); returns its one-time password, shown once." })
  async addUser(@Arg("name") name: string, @Arg("role", () => UserRole) role: UserRole, @Ctx() ctx: Context): Promise<string> {
    const auth = authOf(ctx);
    await auth.require(UserRole.ADMIN);
    const password = await auth.service.addUser(name, role);
    if (!password) throw new AppError(ErrorCode.BAD_USER_INPUT, `Account ${name} exists already`, { problems: [`account ${name} exists already`] });
    return password;
  }

  @Mutation(() => User, { description: "Disables an account (sign-in refused, its sessions ended) or enables it again (admins)." })
  async setUserDisabled(@Arg("name") name: string, @Arg("disabled") disabled: boolean, @Ctx() ctx: Context): Promise<User> {
    const auth = authOf(ctx);
    await auth.require(UserRole.ADMIN);
    if (!(await auth.service.repository.setDisabled(name, disabled))) throw new AppError(ErrorCode.NOT_FOUND, `Account "${name}" not found`);
    const account = await auth.service.repository.findAccount(name);
    if (!account) throw new AppError(ErrorCode.NOT_FOUND, `Account "${name}" not found`);
    return { name: account.name, role: account.role, disabled: account.disabled, mustChangePassword: account.mustChangePassword };
  }

  @Mutation(() => String, {
    description: "Gives an account a new one-time password (admins), returned once: its sessions end and it must set its own at its next sign-in.",
  })
  async resetPassword(@Arg("name") name: string, @Ctx() ctx: Context): Promise<string> {
    const auth = authOf(ctx);
    await auth.require(UserRole.ADMIN);
    return auth.service.resetPassword(name);
  }
}
