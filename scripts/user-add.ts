/**
 * Creates an account of the curation workbench and prints its one-time password, alone on the
 * last line (issue #20). The account lives in the Neo4j at NEO4J_URI, like every other state.
 * Usage:
 *   node dist/scripts/user-add.js --role curator|editor|admin <name>   a new account
 *   node dist/scripts/user-add.js --role … --reset <name>              a new password (and role) for an existing one
 *   node dist/scripts/user-add.js --disable <name> | --enable <name>   sign-in refused, sessions ended / allowed again
 */
import { loadAccountsConfig } from "../src/accounts/accounts.config";
import { AccountsRepository } from "../src/accounts/accounts.repository";
import { AccountsService } from "../src/accounts/accounts.service";
import { isRole } from "../src/accounts/accounts.roles";
import { loadConfig } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";

const USAGE = "usage: npm run user:add -- --role curator|editor|admin [--reset] <name>  |  npm run user:add -- --disable|--enable <name>";

async function main(args: string[]): Promise<void> {
  let role: string | undefined;
  let reset = false;
  let toggle: "disable" | "enable" | undefined;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") throw new Error(USAGE);
    else if (a === "--role") role = args[++i]?.toUpperCase();
    else if (a.startsWith("--role=")) role = a.slice(7).toUpperCase();
    else if (a === "--reset") reset = true;
    else if (a === "--disable" || a === "--enable") toggle = a === "--disable" ? "disable" : "enable";
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else names.push(a);
  }
  if (names.length !== 1) throw new Error(USAGE);
  const [name] = names;
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    const graph = new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-user-add");
    const service = new AccountsService(new AccountsRepository(graph), loadAccountsConfig());
    await service.repository.ensureSchema();
    if (toggle) {
      if (!(await service.repository.setDisabled(name, toggle === "disable"))) throw new Error(`no account ${name}`);
      console.log(`${name}: ${toggle}d`);
      return;
    }
    if (!isRole(role)) throw new Error(`--role must be curator, editor or admin\n${USAGE}`);
    const password = await service.addUser(name, role, reset);
    if (!password) throw new Error(`account ${name} exists already; pass --reset to give it a new password`);
    console.log(`${reset ? "reset" : "created"} ${role.toLowerCase()} ${name} in ${config.neo4jUri}; its one-time password (shown once) follows:`);
    console.log(password);
  } finally {
    await driver.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`user:add failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
