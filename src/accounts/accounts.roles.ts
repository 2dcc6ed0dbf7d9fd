/** What an account may do (issue #20). Readers need no account (unless READ_ACCESS=token). Plain values: scripts use them without the schema decorators. */
export enum UserRole {
  /** Drafts, publishes and removes their own sources. */
  CURATOR = "CURATOR",
  /** A curator of every source; reads the audit log. */
  EDITOR = "EDITOR",
  /** An editor who also manages accounts. */
  ADMIN = "ADMIN",
}
/** Roles in increasing power: a role may do what the ones before it may. */
export const ROLE_ORDER: readonly UserRole[] = [UserRole.CURATOR, UserRole.EDITOR, UserRole.ADMIN];

export const isRole = (value: unknown): value is UserRole => ROLE_ORDER.some((r) => r === value);

/** Whether `role` may do what `needed` may. */
export const roleAtLeast = (role: UserRole, needed: UserRole): boolean => ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(needed);
