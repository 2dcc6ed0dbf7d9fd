import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";

/**
 * The local launcher (scripts/neo4j.sh) runs with a password of its own, generated into its home
 * dir, so that a process of another checkout cannot write into this one's database.
 */
const home = process.env.NEO4J_HOME_DIR || path.resolve(__dirname, "..", "..", ".neo4j");
const local = !process.env.NEO4J_URI && fs.existsSync(path.join(home, "launcher.pid"));

(local ? describe : describe.skip)("the local Neo4j's password", () => {
  const config = loadConfig();

  it("is kept in the home dir, readable by its owner only, and read by the config", () => {
    const file = path.join(home, "password");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, "utf8").trim();
    expect(password.length).toBeGreaterThanOrEqual(16);
    if (!process.env.NEO4J_PASSWORD) expect(config.neo4jPassword).toBe(password);
  });

  it("is required: no password and a wrong one are refused, this checkout's is accepted", async () => {
    for (const neo4jPassword of ["", "not-the-password"]) {
      const driver = createDriver({ ...config, neo4jPassword });
      try {
        expect(await driver.verifyAuthentication()).toBe(false);
        await expect(driver.executeQuery("CREATE (n:Intruder) RETURN n")).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Security\./) });
      } finally {
        await driver.close();
      }
    }
    const driver = createDriver(config);
    try {
      await expect(driver.verifyAuthentication()).resolves.toBe(true);
    } finally {
      await driver.close();
    }
  });
});
