// Starts a real Neo4j 5.26 Community server (the embedded DBMS plus its Bolt
// connector) for development and tests, without Docker or a tarball: the jars
// come from Maven (see pom.xml) and neo4j-server.ts spawns this class.
//
// Usage: java <flags> -cp <classpath> Launcher --home DIR [--port 7687]
//        [--http-port N] [--page-cache 128m]
//
// Lines starting with "KG_NEO4J " on stdout are read by neo4j-server.ts.
// Kept to the JDK and Neo4j's public API so it also runs as a single-file
// source program (java -cp <classpath> Launcher.java ...).

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Launcher {
  // Loopback only: the server is never reachable from another machine, which
  // is why authentication is disabled below.
  private static final String HOST = "127.0.0.1";

  private Launcher() {}

  public static void main(String[] argv) throws InterruptedException {
    Map<String, String> args = parseArgs(argv);
    Path home = Path.of(require(args, "home")).toAbsolutePath();
    int port = Integer.parseInt(args.getOrDefault("port", "7687"));
    String httpPort = args.get("http-port");
    long pageCache = parseBytes(args.getOrDefault("page-cache", "128m"));

    DatabaseManagementService dbms;
    try {
      dbms = buildDbms(home, port, httpPort, pageCache);
    } catch (RuntimeException e) {
      System.out.println("KG_NEO4J FAILED " + e);
      e.printStackTrace(System.out);
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM / SIGINT run shutdown hooks: shutting the DBMS down there
    // checkpoints the store, so the next start needs no recovery.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("KG_NEO4J STOPPING");
                  dbms.shutdown();
                  System.out.println("KG_NEO4J STOPPED");
                  stopped.countDown();
                },
                "kg-neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      System.out.println("KG_NEO4J FAILED database did not become available");
      System.exit(1);
    }
    String version =
        db.executeTransactionally(
            "CALL dbms.components() YIELD versions, edition"
                + " RETURN versions[0] + ' ' + edition AS v",
            Map.of(),
            result -> String.valueOf(result.next().get("v")));
    // The readiness marker: the database answers Cypher and Bolt is bound.
    System.out.println("KG_NEO4J READY " + version + " bolt://" + HOST + ":" + port);
    System.out.flush();
    stopped.await();
  }

  private static DatabaseManagementService buildDbms(
      Path home, int port, String httpPort, long pageCache) {
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            // Embedded mode logs nothing for the user by default; send the
            // user log (start-up, errors) to stdout, which goes to the log file.
            .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // Loopback-only development server: no users, no passwords.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            // Tests write and clear a lot: keep few transaction logs on disk.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "64M size")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Without these Bolt's shutdown lingers ~10 s after the store is
            // already checkpointed (internal settings, checked on 5.26.30).
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    if (httpPort == null) {
      builder.setConfig(HttpConnector.enabled, false);
    } else {
      builder
          .setConfig(HttpConnector.enabled, true)
          .setConfig(HttpConnector.listen_address, new SocketAddress(HOST, Integer.parseInt(httpPort)))
          .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, Integer.parseInt(httpPort)));
    }
    return builder.build();
  }

  private static Map<String, String> parseArgs(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + argv[i]);
      }
      args.put(argv[i].substring(2), argv[i + 1]);
    }
    return args;
  }

  private static String require(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  // Accepts 134217728, 128k, 128m or 1g.
  private static long parseBytes(String text) {
    String t = text.trim().toLowerCase();
    char unit = t.charAt(t.length() - 1);
    if (Character.isDigit(unit)) {
      return Long.parseLong(t);
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    switch (unit) {
      case 'k':
        return ByteUnit.kibiBytes(n);
      case 'm':
        return ByteUnit.mebiBytes(n);
      case 'g':
        return ByteUnit.gibiBytes(n);
      default:
        throw new IllegalArgumentException("bad size " + text);
    }
  }
}
