import { columns, type Decoder, flag, mapped, number, orElse, type Statement, statement, string, unknownValue } from "../graph/graph.statement";
import { isRole, type UserRole } from "./accounts.roles";

/**
 * The accounts' statements (accounts.repository.ts says when each runs). Accounts, sessions and
 * sign-in counters live in Neo4j so that any number of API instances share them; their labels are
 * no kind of the graph model (not in graph.model.ts's table), so nothing that lists, counts or
 * searches the model's kinds sees them. Every value is a $parameter. Snapshot-tested in
 * test/cypher/accounts-curation.cypher.test.ts.
 */
export const ACCOUNT_LABEL = "AppAccount";
export const SESSION_LABEL = "AppSession";
export const SIGN_IN_LABEL = "AppSignInAttempts";

/** Unique names and token hashes (idempotent). */
export const ACCOUNTS_SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT app_account_name IF NOT EXISTS FOR (a:${ACCOUNT_LABEL}) REQUIRE a.name IS UNIQUE`,
  `CREATE CONSTRAINT app_session_token IF NOT EXISTS FOR (s:${SESSION_LABEL}) REQUIRE s.tokenHash IS UNIQUE`,
  `CREATE CONSTRAINT app_sign_in_name IF NOT EXISTS FOR (a:${SIGN_IN_LABEL}) REQUIRE a.name IS UNIQUE`,
];

export interface AccountRow {
  name: string;
  role: UserRole;
  disabled: boolean;
  passwordHash: string;
  /** Signed in with a one-time password (user:add, a reset): every write but changePassword is refused until it is replaced. */
  mustChangePassword: boolean;
}

export interface SessionRow {
  name: string;
  role: UserRole;
  disabled: boolean;
  csrfToken: string;
  expiresAt: number;
  mustChangePassword: boolean;
}

/** A role, or null for a value that is none (such an account counts as absent). */
const roleOrNull: Decoder<UserRole | null> = mapped(unknownValue, (v) => (isRole(v) ? v : null));
/** A text property written by the accounts; "" when absent. */
const text = orElse(string, "");

/** A statement whose rows nobody reads (writes that return nothing). */
const write = (cypher: string, params: Record<string, unknown>): Statement<null> => statement(cypher, params, () => null);

/** The name of the account `name`, if there is one. */
export const accountNameStatement = (name: string): Statement<{ name: string }> =>
  statement(`MATCH (a:${ACCOUNT_LABEL} {name: $name}) RETURN a.name AS name`, { name }, columns({ name: string }));

/** Creates the account `name` or gives it this role and password, enabled. */
export const mergeAccountStatement = (name: string, role: UserRole, passwordHash: string): Statement<null> =>
  write(
    `MERGE (a:${ACCOUNT_LABEL} {name: $name}) ON CREATE SET a.createdAt = datetime()
     SET a.role = $role, a.passwordHash = $hash, a.disabled = false, a.mustChangePassword = true`,
    { name, role, hash: passwordHash },
  );

/** Disables or enables the account `name`; a row when it exists. */
export const setDisabledStatement = (name: string, disabled: boolean): Statement<{ name: string }> =>
  statement(`MATCH (a:${ACCOUNT_LABEL} {name: $name}) SET a.disabled = $disabled RETURN a.name AS name`, { name, disabled }, columns({ name: string }));

/** Ends every session of the account `name`. */
export const deleteSessionsOfStatement = (name: string): Statement<null> => write(`MATCH (s:${SESSION_LABEL} {name: $name}) DELETE s`, { name });

const accountColumns = columns({ name: text, role: roleOrNull, disabled: flag, passwordHash: text, mustChangePassword: flag });

/** Every account by name (at most 1000), without password hashes; role null where the stored one is none. */
export const listAccountsStatement = (): Statement<{ name: string; role: UserRole | null; disabled: boolean; passwordHash: string; mustChangePassword: boolean }> =>
  statement(
    `MATCH (a:${ACCOUNT_LABEL}) RETURN a.name AS name, a.role AS role, coalesce(a.disabled, false) AS disabled, '' AS passwordHash,
            coalesce(a.mustChangePassword, false) AS mustChangePassword ORDER BY a.name LIMIT 1000`,
    {},
    accountColumns,
  );

/** The account `name` with its password hash; role null where the stored one is none. */
export const findAccountStatement = (name: string): Statement<{ name: string; role: UserRole | null; disabled: boolean; passwordHash: string; mustChangePassword: boolean }> =>
  statement(
    `MATCH (a:${ACCOUNT_LABEL} {name: $name}) RETURN a.name AS name, a.role AS role, coalesce(a.disabled, false) AS disabled, a.passwordHash AS passwordHash,
            coalesce(a.mustChangePassword, false) AS mustChangePassword`,
    { name },
    accountColumns,
  );

export const setPasswordHashStatement = (name: string, passwordHash: string): Statement<null> =>
  write(`MATCH (a:${ACCOUNT_LABEL} {name: $name}) SET a.passwordHash = $hash, a.mustChangePassword = false`, { name, hash: passwordHash });

/** Deletes the sessions of `name` expired before `now` (epoch ms). */
export const deleteExpiredSessionsStatement = (name: string, now: number): Statement<null> =>
  write(`MATCH (s:${SESSION_LABEL} {name: $name}) WHERE s.expiresAt < $now DELETE s`, { name, now });

export const createSessionStatement = (name: string, tokenHash: string, csrfToken: string, expiresAt: number): Statement<null> =>
  write(`CREATE (:${SESSION_LABEL} {tokenHash: $tokenHash, name: $name, csrfToken: $csrfToken, expiresAt: $expiresAt, createdAt: datetime()})`, {
    name,
    tokenHash,
    csrfToken,
    expiresAt,
  });

/** The session of a token hash with its account, unless expired at `now`; role null where the stored one is none. */
export const findSessionStatement = (tokenHash: string, now: number): Statement<Omit<SessionRow, "role"> & { role: UserRole | null }> =>
  statement(
    `MATCH (s:${SESSION_LABEL} {tokenHash: $tokenHash}) WHERE s.expiresAt > $now
     MATCH (a:${ACCOUNT_LABEL} {name: s.name})
     RETURN a.name AS name, a.role AS role, coalesce(a.disabled, false) AS disabled, s.csrfToken AS csrfToken, s.expiresAt AS expiresAt,
            coalesce(a.mustChangePassword, false) AS mustChangePassword`,
    { tokenHash, now },
    columns({ name: text, role: roleOrNull, disabled: flag, csrfToken: text, expiresAt: orElse(number, 0), mustChangePassword: flag }),
  );

export const deleteSessionStatement = (tokenHash: string): Statement<null> => write(`MATCH (s:${SESSION_LABEL} {tokenHash: $tokenHash}) DELETE s`, { tokenHash });

/** How many failed sign-ins of `name` are later than `since` (epoch ms). */
export const recentFailuresStatement = (name: string, since: number): Statement<{ n: number }> =>
  statement(`MATCH (a:${SIGN_IN_LABEL} {name: $name}) RETURN size([t IN a.failures WHERE t > $since]) AS n`, { name, since }, columns({ n: orElse(number, 0) }));

/** Records a failed sign-in of `name` at `now`, dropping those not later than `since`. */
export const recordFailureStatement = (name: string, now: number, since: number): Statement<null> =>
  write(`MERGE (a:${SIGN_IN_LABEL} {name: $name}) SET a.failures = [t IN coalesce(a.failures, []) WHERE t > $since] + $now`, { name, now, since });

export const clearFailuresStatement = (name: string): Statement<null> => write(`MATCH (a:${SIGN_IN_LABEL} {name: $name}) DELETE a`, { name });
