import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { UserRole } from "./accounts.roles";

export { UserRole };

// "Role" is already the schema's enum of the capacities of INVOLVED_IN; accounts' roles are UserRole.
registerEnumType(UserRole, { name: "UserRole", description: "What an account may do: CURATOR (own sources), EDITOR (any source, the audit log), ADMIN (accounts too)." });

@ObjectType({ description: "An account of the curation workbench." })
export class User {
  @Field()
  name!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field({ description: "A disabled account cannot sign in, and its sessions no longer work." })
  disabled!: boolean;

  @Field({
    description:
      "Signed in with a one-time password (from user:add, addUser or resetPassword): every write but changePassword answers FORBIDDEN (reason MUST_CHANGE_PASSWORD) until the account sets its own.",
  })
  mustChangePassword!: boolean;
}

@ObjectType({ description: "A signed-in session: `token` for `Authorization: Bearer`, or the pg_session cookie set by `login`." })
export class Session {
  @Field({ description: "Shown once; the server keeps only its hash." })
  token!: string;

  @Field({ description: "Send as header X-CSRF-Token with every mutation authenticated by the cookie." })
  csrfToken!: string;

  @Field(() => GraphQLDateTime)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
