/** Settings of accounts and sessions (issue #20), from the environment; invalid values fail at start-up, naming the variable. */
export interface AccountsConfig {
  /** READ_ACCESS: `public` (default) lets anyone read; `token` makes reads need a session too. */
  readAccess: "public" | "token";
  /** SESSION_TTL_HOURS: how long a session lasts after sign-in (default 12). */
  sessionTtlMs: number;
  /** SIGN_IN_MAX_FAILURES: failed sign-ins of one account name within SIGN_IN_WINDOW_MINUTES before RATE_LIMITED (default 5). */
  signInMaxFailures: number;
  /** SIGN_IN_WINDOW_MINUTES: the window failed sign-ins are counted in (default 15). */
  signInWindowMs: number;
}

function positiveInt(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name} must be an integer from 1 to ${max}, got "${raw}"`);
  return value;
}

export function loadAccountsConfig(env: NodeJS.ProcessEnv = process.env): AccountsConfig {
  const readAccess = env.READ_ACCESS || "public";
  if (readAccess !== "public" && readAccess !== "token") throw new Error(`READ_ACCESS must be public or token, got "${readAccess}"`);
  return {
    readAccess,
    sessionTtlMs: positiveInt("SESSION_TTL_HOURS", env.SESSION_TTL_HOURS, 12, 24 * 365) * 3_600_000,
    signInMaxFailures: positiveInt("SIGN_IN_MAX_FAILURES", env.SIGN_IN_MAX_FAILURES, 5, 1_000),
    signInWindowMs: positiveInt("SIGN_IN_WINDOW_MINUTES", env.SIGN_IN_WINDOW_MINUTES, 15, 24 * 60) * 60_000,
  };
}
