package launcher;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
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
 * the start script can wait for it. Authentication is on: the password of user {@code neo4j} is
 * {@code <home-dir>/password} (mode 600), generated at the first start (or the first start of a
 * home dir made before there was one) and set again at every start, so only processes that can
 * read this checkout's home dir (its scripts, the API's config) can write to the database.
 */
public final class Main {
  private Main() {}

  private static String env(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The password kept in {@code home/password}; generated (random, 192 bits) when absent. */
  static String password(Path home) throws Exception {
    Path file = home.resolve("password");
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Path partial = home.resolve("password.tmp");
      Files.deleteIfExists(partial);
      Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(partial, generated + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(partial, file);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    String value = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (value.length() < 8) {
      throw new IllegalStateException(file + " holds a password shorter than 8 characters; delete it to get a new one");
    }
    return value;
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
    String password = password(home);

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
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

    // The embedded API runs with full rights: it sets the password the file holds. Neo4j refuses
    // to "change" a password to the one already set, which is the usual case after the first start.
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
    dbms.database(DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://" + host + ":" + boltPort);
    System.out.flush();
    stopped.await();
  }
}
