package launcher;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5.26 Community DBMS with the Bolt connector until SIGTERM/SIGINT.
 *
 * <p>Usage: {@code java ... launcher.Main <home-dir>}. The home dir holds data, transaction
 * logs and logs, and survives restarts. Environment: NEO4J_HOST (default 127.0.0.1),
 * NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (0 = HTTP off), NEO4J_PAGECACHE_MB (256).
 *
 * <p>Prints {@code NEO4J_READY bolt://host:port} once the default database answers a query, so
 * the start script can wait for it. Authentication is off: the connector binds to loopback only.
 */
public final class Main {
  private Main() {}

  private static String env(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : ".neo4j").toAbsolutePath();
    String host = env("NEO4J_HOST", "127.0.0.1");
    int boltPort = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    int httpPort = Integer.parseInt(env("NEO4J_HTTP_PORT", "0"));
    long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));
    // The default for transactions that set none. API reads always set the request's own
    // deadline; this bounds the rest, chiefly the seed load, which writes the whole-country
    // gazetteer in one transaction and took up to 195 s on a busy 2-core machine.
    long txTimeoutS = Long.parseLong(env("NEO4J_TX_TIMEOUT_S", "600"));
    Files.createDirectories(home);

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutS))
        .setConfig(HttpConnector.enabled, httpPort > 0);
    if (httpPort > 0) {
      builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort));
    }

    DatabaseManagementService dbms = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    // A clean shutdown checkpoints the store; a SIGKILL only costs recovery on the next start.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING");
      System.out.flush();
      try {
        dbms.shutdown();
      } finally {
        stopped.countDown();
      }
    }, "neo4j-shutdown"));

    dbms.database(DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://" + host + ":" + boltPort);
    System.out.flush();
    stopped.await();
  }
}
