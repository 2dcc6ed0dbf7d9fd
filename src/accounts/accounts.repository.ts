import type { GraphExecutor } from "../graph/graph.executor";
import { isRole, type UserRole } from "./accounts.roles";

/**
 * Accounts, sessions and sign-in counters, in Neo4j so that any number of API instances share
 * them (the API keeps no state of its own). Their labels are no kind of the graph model (not in
 * graph.model.ts's table), so nothing that lists, counts or searches the model's kinds sees them.
 */
export const ACCOUNT_LABEL = "AppAccount";
export const SESSION_LABEL = "AppSession";
export const SIGN_IN_LABEL = "AppSignInAttempts";

export interface AccountRow {
  name: string;
  role: UserRole;
  disabled: boolean;
  passwordHash: string;
}

export interface SessionRow {
  name: string;
  role: UserRole;
  disabled: boolean;
  csrfToken: string;
  expiresAt: number;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number => (typeof v === "number" ? v : 0);

function accountOf(row: Record<string, unknown>): AccountRow | undefined {
  const role = row.role;
  if (!isRole(role)) return undefined;
  return { name: str(row.name), role, disabled: row.disabled === true, passwordHash: str(row.passwordHash) };
}

export class AccountsRepository {
  private schemaReady?: Promise<void>;

  constructor(private readonly graph: GraphExecutor) {}

  /** Unique names and token hashes; idempotent, run once per process before the first use. */
  ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      await this.graph.schema(`CREATE CONSTRAINT app_account_name IF NOT EXISTS FOR (a:${ACCOUNT_LABEL}) REQUIRE a.name IS UNIQUE`);
      await this.graph.schema(`CREATE CONSTRAINT app_session_token IF NOT EXISTS FOR (s:${SESSION_LABEL}) REQUIRE s.tokenHash IS UNIQUE`);
      await this.graph.schema(`CREATE CONSTRAINT app_sign_in_name IF NOT EXISTS FOR (a:${SIGN_IN_LABEL}) REQUIRE a.name IS UNIQUE`);
    })().catch((err: unknown) => {
      this.schemaReady = undefined;
      throw err;
    });
    return this.schemaReady;
  }

  /** Creates an account, or, when `replace`, gives an existing one this role and password and enables it; false when it exists and not `replace`. */
  async upsertAccount(name: string, role: UserRole, passwordHash: string, replace: boolean): Promise<boolean> {
    await this.ensureSchema();
    return this.graph.writeTransaction(async (tx) => {
      const existing = await tx.run(`MATCH (a:${ACCOUNT_LABEL} {name: $name}) RETURN a.name AS name`, { name });
      if (existing.length && !replace) return false;
      await tx.run(
        `MERGE (a:${ACCOUNT_LABEL} {name: $name}) ON CREATE SET a.createdAt = datetime()
         SET a.role = $role, a.passwordHash = $hash, a.disabled = false`,
        { name, role, hash: passwordHash },
      );
      return true;
    });
  }

  async setDisabled(name: string, disabled: boolean): Promise<boolean> {
    const rows = await this.graph.writeTransaction(async (tx) => {
      const found = await tx.run(`MATCH (a:${ACCOUNT_LABEL} {name: $name}) SET a.disabled = $disabled RETURN a.name AS name`, { name, disabled });
      if (disabled) await tx.run(`MATCH (s:${SESSION_LABEL} {name: $name}) DELETE s`, { name });
      return found;
    });
    return rows.length > 0;
  }

  async listAccounts(): Promise<AccountRow[]> {
    const rows = await this.graph.read(
      `MATCH (a:${ACCOUNT_LABEL}) RETURN a.name AS name, a.role AS role, coalesce(a.disabled, false) AS disabled, '' AS passwordHash ORDER BY a.name LIMIT 1000`,
    );
    return rows.flatMap((r) => accountOf(r) ?? []);
  }

  async setPasswordHash(name: string, passwordHash: string): Promise<void> {
    await this.graph.writeTransaction((tx) => tx.run(`MATCH (a:${ACCOUNT_LABEL} {name: $name}) SET a.passwordHash = $hash`, { name, hash: passwordHash }));
  }

  async findAccount(name: string): Promise<AccountRow | undefined> {
    const rows = await this.graph.read(
      `MATCH (a:${ACCOUNT_LABEL} {name: $name}) RETURN a.name AS name, a.role AS role, coalesce(a.disabled, false) AS disabled, a.passwordHash AS passwordHash`,
      { name },
    );
    return rows.length ? accountOf(rows[0]) : undefined;
  }

  async createSession(name: string, tokenHash: string, csrfToken: string, expiresAt: number): Promise<void> {
    await this.graph.writeTransaction(async (tx) => {
      // Expired sessions of the account go on the way.
      await tx.run(`MATCH (s:${SESSION_LABEL} {name: $name}) WHERE s.expiresAt < $now DELETE s`, { name, now: Date.now() });
      await tx.run(`CREATE (:${SESSION_LABEL} {tokenHash: $tokenHash, name: $name, csrfToken: $csrfToken, expiresAt: $expiresAt, createdAt: datetime()})`, {
        name,
        tokenHash,
        csrfToken,
        expiresAt,
      });
    });
  }

  /** The session of a token hash with its account, unless expired. */
  async findSession(tokenHash: string, now: number): Promise<SessionRow | undefined> {
    const rows = await this.graph.read(
      `MATCH (s:${SESSION_LABEL} {tokenHash: $tokenHash}) WHERE s.expiresAt > $now
       MATCH (a:${ACCOUNT_LABEL} {name: s.name})
       RETURN a.name AS name, a.role AS role, coalesce(a.disabled, false) AS disabled, s.csrfToken AS csrfToken, s.expiresAt AS expiresAt`,
      { tokenHash, now },
    );
    const row = rows[0];
    if (!row || !isRole(row.role)) return undefined;
    return { name: str(row.name), role: row.role, disabled: row.disabled === true, csrfToken: str(row.csrfToken), expiresAt: num(row.expiresAt) };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.graph.writeTransaction((tx) => tx.run(`MATCH (s:${SESSION_LABEL} {tokenHash: $tokenHash}) DELETE s`, { tokenHash }));
  }

  /** Failed sign-ins of `name` since `since` (epoch ms); older failures no longer count. */
  async recentFailures(name: string, since: number): Promise<number> {
    const rows = await this.graph.read(`MATCH (a:${SIGN_IN_LABEL} {name: $name}) RETURN size([t IN a.failures WHERE t > $since]) AS n`, { name, since });
    return num(rows[0]?.n);
  }

  /** Records a failed sign-in (for any name, existing or not: the answer must not tell them apart). */
  async recordFailure(name: string, now: number, since: number): Promise<void> {
    await this.ensureSchema();
    await this.graph.writeTransaction((tx) =>
      tx.run(`MERGE (a:${SIGN_IN_LABEL} {name: $name}) SET a.failures = [t IN coalesce(a.failures, []) WHERE t > $since] + $now`, { name, now, since }),
    );
  }

  async clearFailures(name: string): Promise<void> {
    await this.graph.writeTransaction((tx) => tx.run(`MATCH (a:${SIGN_IN_LABEL} {name: $name}) DELETE a`, { name }));
  }
}
