import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import argon2 from "argon2";
import { AppError, BadInputError, ErrorCode, httpStatusOf } from "../common/errors";
import type { AccountsConfig } from "./accounts.config";
import type { AccountsRepository } from "./accounts.repository";
import { roleAtLeast, type UserRole } from "./accounts.roles";
import type { Session, User } from "./accounts.types";

/** The session cookie of the browser workbench (HttpOnly, SameSite=Strict, Path=/). */
export const SESSION_COOKIE = "pg_session";
/** The header a cookie-authenticated mutation must carry (the session's csrfToken). */
export const CSRF_HEADER = "x-csrf-token";

/** An AppError that also sets the HTTP status when raised before execution (plugins). */
export const authError = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): AppError =>
  new AppError(code, message, { ...extensions, http: { status: httpStatusOf(code) } });

/** Who is signed in for a request, and how the request proved it. */
export interface Principal {
  user: User;
  via: "cookie" | "bearer";
  tokenHash: string;
  csrfToken: string;
}

/** A random secret, URL-safe. */
const secret = (): string => randomBytes(32).toString("base64url");
/** Tokens are stored hashed: a copy of the database signs nobody in. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** argon2id with OWASP's minimum cost (19 MiB, 2 passes, 1 lane): sign-in stays well under a second on a small server. */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** A password-shaped hash to verify against when the name is unknown, so the answer takes as long either way. */
let dummyHash: Promise<string> | undefined;

/** Accounts, sign-in and sessions; all state in the database (AccountsRepository). */
export class AccountsService {
  constructor(
    readonly repository: AccountsRepository,
    readonly config: AccountsConfig,
  ) {}

  /** Creates an account with a fresh one-time password, which it returns (scripts/user-add.ts). */
  async addUser(name: string, role: UserRole, replace = false): Promise<string | undefined> {
    const problems = nameProblems(name);
    if (problems.length) throw new BadInputError(problems.join("; "), "name");
    const password = randomBytes(18).toString("base64url");
    const created = await this.repository.upsertAccount(name, role, await argon2.hash(password, HASH_OPTIONS), replace);
    return created ? password : undefined;
  }

  /** Checks a name and password; refuses after too many failures for that name (RATE_LIMITED). */
  async login(name: string, password: string): Promise<Session> {
    const problems = [...nameProblems(name), ...(password.length === 0 || password.length > 1_000 ? ["password must be 1 to 1000 characters"] : [])];
    if (problems.length) throw new AppError(ErrorCode.BAD_USER_INPUT, problems.join("; "), { problems });
    const now = Date.now();
    const since = now - this.config.signInWindowMs;
    if ((await this.repository.recentFailures(name, since)) >= this.config.signInMaxFailures) {
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins for this account; try again within ${Math.round(this.config.signInWindowMs / 60_000)} minutes`);
    }
    const account = await this.repository.findAccount(name);
    dummyHash ??= argon2.hash(secret(), HASH_OPTIONS);
    const ok = await argon2.verify(account?.passwordHash || (await dummyHash), password).catch(() => false);
    if (!account || !ok) {
      await this.repository.recordFailure(name, now, since);
      throw new AppError(ErrorCode.UNAUTHENTICATED, "Wrong name or password");
    }
    if (account.disabled) throw new AppError(ErrorCode.FORBIDDEN, "This account is disabled");
    await this.repository.clearFailures(name);
    const token = secret();
    const csrfToken = secret();
    const expiresAt = now + this.config.sessionTtlMs;
    await this.repository.createSession(name, hashToken(token), csrfToken, expiresAt);
    return { token, csrfToken, expiresAt: new Date(expiresAt), user: { name: account.name, role: account.role, disabled: false, mustChangePassword: account.mustChangePassword } };
  }

  /** Replaces the caller's password (the one-time one, say) after checking the current one. */
  async changePassword(principal: Principal, oldPassword: string, newPassword: string): Promise<void> {
    const account = await this.repository.findAccount(principal.user.name);
    if (!account || !(await argon2.verify(account.passwordHash, oldPassword).catch(() => false))) throw new AppError(ErrorCode.UNAUTHENTICATED, "Wrong password");
    const problems = passwordProblems(account.name, oldPassword, newPassword);
    if (problems.length) throw new AppError(ErrorCode.BAD_USER_INPUT, `The new password is refused: ${problems.join("; ")}`, { problems });
    await this.repository.setPasswordHash(account.name, await argon2.hash(newPassword, HASH_OPTIONS));
    principal.user.mustChangePassword = false;
  }

  /** A new one-time password for an existing account (admins), which must replace it at its next sign-in; its sessions end. */
  async resetPassword(name: string): Promise<string> {
    const account = await this.repository.findAccount(name);
    if (!account) throw new AppError(ErrorCode.NOT_FOUND, `Account "${name}" not found`);
    const password = await this.addUser(name, account.role, true);
    if (!password) throw new AppError(ErrorCode.NOT_FOUND, `Account "${name}" not found`);
    return password;
  }

  /** The principal of a session token, unless it is unknown, expired, or its account disabled. */
  async principalOf(token: string, via: Principal["via"]): Promise<Principal | undefined> {
    if (!token || token.length > 200) return undefined;
    const tokenHash = hashToken(token);
    const row = await this.repository.findSession(tokenHash, Date.now());
    if (!row || row.disabled) return undefined;
    return { user: { name: row.name, role: row.role, disabled: row.disabled, mustChangePassword: row.mustChangePassword }, via, tokenHash, csrfToken: row.csrfToken };
  }

  async logout(principal: Principal): Promise<void> {
    await this.repository.deleteSession(principal.tokenHash);
  }
}

/** The password policy: what is wrong with a new password (empty list: nothing), every problem at once. */
export function passwordProblems(name: string, current: string, next: string): string[] {
  const problems: string[] = [];
  if (next.length < 12 || next.length > 1_000) problems.push("newPassword must be 12 to 1000 characters");
  if (next === current) problems.push("newPassword must differ from the current password");
  if (name && next.toLowerCase().includes(name.toLowerCase())) problems.push("newPassword must not contain the account name");
  if (new Set(next).size < 5) problems.push("newPassword must have at least 5 different characters");
  return problems;
}

/** What is wrong with an account name (empty list: nothing). */
export function nameProblems(name: string): string[] {
  return /^[\p{L}\p{N}._@-]{1,64}$/u.test(name) ? [] : ["name must be 1 to 64 letters, digits, dots, dashes, underscores or @"];
}

/** What a request says about its caller; the HTTP layer fills it in (accounts.module.ts). */
export interface HttpExchange {
  /** A request header, lower-case name. */
  header(name: string): string | undefined;
  cookie(name: string): string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/**
 * One request's authentication: resolves the caller once (lazily: public reads never touch the
 * accounts), and checks roles and, for cookie-authenticated mutations, the CSRF token.
 */
export class RequestAuth {
  private resolved?: Promise<Principal | undefined>;

  constructor(
    readonly service: AccountsService,
    readonly http?: HttpExchange,
  ) {}

  /** The bearer token, else the session cookie; a bearer request is exempt from CSRF (a page cannot set that header cross-site). */
  principal(): Promise<Principal | undefined> {
    this.resolved ??= (async () => {
      const authorization = this.http?.header("authorization");
      const bearer = authorization && /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (bearer) return this.service.principalOf(bearer, "bearer");
      const cookie = this.http?.cookie(SESSION_COOKIE);
      return cookie ? this.service.principalOf(cookie, "cookie") : undefined;
    })();
    return this.resolved;
  }

  /**
   * The caller, signed in with at least `role`: UNAUTHENTICATED without a valid session,
   * FORBIDDEN with a lesser role or (a cookie session's `write`) without the session's X-CSRF-Token,
   * and for a write while the account still has its one-time password (but changePassword's).
   */
  async require(role: UserRole, write = true, options: { passwordChange?: boolean } = {}): Promise<Principal> {
    const principal = await this.principal();
    if (!principal) throw new AppError(ErrorCode.UNAUTHENTICATED, "Sign in first (login), and send the session cookie or Authorization: Bearer <token>");
    if (write) this.checkCsrf(principal);
    if (write && principal.user.mustChangePassword && !options.passwordChange) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `${principal.user.name} signed in with a one-time password: set your own first (changePassword(oldPassword, newPassword)); nothing else is written until then`,
        { reason: "MUST_CHANGE_PASSWORD" },
      );
    }
    if (!roleAtLeast(principal.user.role, role)) throw new AppError(ErrorCode.FORBIDDEN, `This needs the ${role} role; ${principal.user.name} is ${principal.user.role}`);
    return principal;
  }

  /** A cookie-authenticated mutation must echo the session's CSRF token. */
  checkCsrf(principal: Principal): void {
    if (principal.via !== "cookie") return;
    const sent = this.http?.header(CSRF_HEADER) ?? "";
    if (!sameSecret(sent, principal.csrfToken)) {
      throw new AppError(ErrorCode.FORBIDDEN, "Missing or wrong X-CSRF-Token: send the csrfToken of your session (login, or GET /auth/csrf)", { reason: "CSRF" });
    }
  }
}
