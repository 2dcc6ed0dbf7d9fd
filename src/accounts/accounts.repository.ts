import type { GraphExecutor } from "../graph/graph.executor";
import {
  ACCOUNTS_SCHEMA,
  accountNameStatement,
  type AccountRow,
  clearFailuresStatement,
  createSessionStatement,
  deleteExpiredSessionsStatement,
  deleteSessionsOfStatement,
  deleteSessionStatement,
  findAccountStatement,
  findSessionStatement,
  listAccountsStatement,
  mergeAccountStatement,
  recentFailuresStatement,
  recordFailureStatement,
  type SessionRow,
  setDisabledStatement,
  setPasswordHashStatement,
} from "./accounts.cypher";
import type { UserRole } from "./accounts.roles";

export { ACCOUNT_LABEL, SESSION_LABEL, SIGN_IN_LABEL } from "./accounts.cypher";
export type { AccountRow, SessionRow } from "./accounts.cypher";

/** An account row whose role is one; undefined (no such account) otherwise. */
function withRole<T extends { role: UserRole | null }>(row: T | undefined): (Omit<T, "role"> & { role: UserRole }) | undefined {
  if (!row) return undefined;
  const { role } = row;
  return role === null ? undefined : { ...row, role };
}

/** Accounts, sessions and sign-in counters (accounts.cypher.ts), shared through Neo4j by every API instance. */
export class AccountsRepository {
  private schemaReady?: Promise<void>;

  constructor(private readonly graph: GraphExecutor) {}

  /** Unique names and token hashes; idempotent, run once per process before the first use. */
  ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      for (const cypher of ACCOUNTS_SCHEMA) await this.graph.schema(cypher);
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
      const existing = await tx.run(accountNameStatement(name));
      if (existing.length && !replace) return false;
      await tx.run(mergeAccountStatement(name, role, passwordHash));
      // A reset password ends the account's sessions: whoever held the old one is signed out.
      if (existing.length) await tx.run(deleteSessionsOfStatement(name));
      return true;
    });
  }

  async setDisabled(name: string, disabled: boolean): Promise<boolean> {
    const rows = await this.graph.writeTransaction(async (tx) => {
      const found = await tx.run(setDisabledStatement(name, disabled));
      if (disabled) await tx.run(deleteSessionsOfStatement(name));
      return found;
    });
    return rows.length > 0;
  }

  async listAccounts(): Promise<AccountRow[]> {
    const rows = await this.graph.run(listAccountsStatement());
    return rows.flatMap((r) => withRole(r) ?? []);
  }

  async setPasswordHash(name: string, passwordHash: string): Promise<void> {
    await this.graph.writeTransaction((tx) => tx.run(setPasswordHashStatement(name, passwordHash)));
  }

  async findAccount(name: string): Promise<AccountRow | undefined> {
    const [row] = await this.graph.run(findAccountStatement(name));
    return withRole(row);
  }

  async createSession(name: string, tokenHash: string, csrfToken: string, expiresAt: number): Promise<void> {
    await this.graph.writeTransaction(async (tx) => {
      // Expired sessions of the account go on the way.
      await tx.run(deleteExpiredSessionsStatement(name, Date.now()));
      await tx.run(createSessionStatement(name, tokenHash, csrfToken, expiresAt));
    });
  }

  /** The session of a token hash with its account, unless expired. */
  async findSession(tokenHash: string, now: number): Promise<SessionRow | undefined> {
    const [row] = await this.graph.run(findSessionStatement(tokenHash, now));
    return withRole(row);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.graph.writeTransaction((tx) => tx.run(deleteSessionStatement(tokenHash)));
  }

  /** Failed sign-ins of `name` since `since` (epoch ms); older failures no longer count. */
  async recentFailures(name: string, since: number): Promise<number> {
    const [row] = await this.graph.run(recentFailuresStatement(name, since));
    return row?.n ?? 0;
  }

  /** Records a failed sign-in (for any name, existing or not: the answer must not tell them apart). */
  async recordFailure(name: string, now: number, since: number): Promise<void> {
    await this.ensureSchema();
    await this.graph.writeTransaction((tx) => tx.run(recordFailureStatement(name, now, since)));
  }

  async clearFailures(name: string): Promise<void> {
    await this.graph.writeTransaction((tx) => tx.run(clearFailuresStatement(name)));
  }
}
