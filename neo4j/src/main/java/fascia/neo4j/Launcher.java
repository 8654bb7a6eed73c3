package fascia.neo4j;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community with Bolt on 127.0.0.1 for Fascia's embedded default.
 *
 * <p>Usage: {@code Launcher --data <dir> --port <bolt port>}. The page cache comes from
 * FASCIA_NEO4J_PAGECACHE_MB (default 256); the heap is the JVM's -Xmx, chosen by whoever starts
 * this JVM. Prints one line starting with {@value #READY} once Bolt accepts connections.
 *
 * <p>It stops cleanly on SIGTERM/SIGINT (shutdown hook) and when its standard input closes: the
 * Node service holds the write end of that pipe, so even a SIGKILLed parent leaves no orphan JVM.
 */
public final class Launcher {
  static final String READY = "FASCIA_NEO4J_READY";

  private Launcher() {}

  private static volatile DatabaseManagementService service;

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    long pageCacheMb = positiveLong(System.getenv("FASCIA_NEO4J_PAGECACHE_MB"), 256);
    SocketAddress bolt = new SocketAddress("127.0.0.1", options.port);

    // Registered before the database starts, so a parent that dies during start-up is noticed too.
    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "fascia-neo4j-shutdown"));
    if (options.watchStdin) {
      Thread watcher = new Thread(Launcher::exitWhenStdinCloses, "fascia-parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    service =
        new DatabaseManagementServiceBuilder(options.data)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, bolt)
            // The routing table hands this address to neo4j:// drivers, so it must be the real one.
            .setConfig(BoltConnector.advertised_address, bolt)
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // Loopback only and one local user: authentication would add a password to manage
            // and protect nothing the file system does not already expose.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            // Bolt stops after the databases have checkpointed and closed, so nothing is left
            // for Netty's default 5 s quiet period (twice over) to wait for: it only delays exit.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            // The service gives every transaction a timeout of a few seconds; the default 2 s
            // check interval would let a timed-out query run on for up to 2 s more.
            .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
            // No usage report: the service runs on machines that should not phone home.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // After a crash, start-up replays the transaction log from the last checkpoint; a
            // checkpoint every 30 s instead of every 15 min keeps that replay short, which is how
            // soon the service is back (checkpointing a small embedded store costs little).
            .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofSeconds(30))
            .build();

    // Bolt listens once build() returns; this waits for the default database to accept work.
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    if (options.warmUp) {
      warmUp(service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
      System.exit(0); // the shutdown hook stops the database; the JVM then writes its class archive
    }
    System.out.println(READY + " bolt://" + bolt + " data=" + options.data.toAbsolutePath());
    System.out.flush();
    Thread.currentThread().join(); // runs until a signal or the parent's exit ends the JVM
  }

  /**
   * Runs statements of the shapes the service sends (writes, reads with subqueries, unions,
   * pattern comprehensions, full-text and shortest-path searches), so that a class-data-sharing
   * archive dumped at exit holds the Cypher planner's and runtime's classes too, not only
   * start-up's: a restarted JVM then plans its first queries sooner.
   */
  private static void warmUp(org.neo4j.graphdb.GraphDatabaseService db) {
    String[] statements = {
      "CREATE CONSTRAINT warm_id IF NOT EXISTS FOR (e:Warm) REQUIRE e.id IS UNIQUE",
      "CREATE FULLTEXT INDEX warm_text IF NOT EXISTS FOR (e:Warm) ON EACH [e.name]",
      "CALL db.awaitIndexes(60)",
      "UNWIND range(1, 50) AS i MERGE (a:Warm {id: 'a' + i}) SET a.name = 'warm ' + i, a.rank = i % 7"
          + " MERGE (b:Warm {id: 'b' + i}) MERGE (c:WarmClaim {id: 'c' + i})-[:SUBJECT]->(a) MERGE (c)-[:OBJECT]->(b)",
      "UNWIND ['a1', 'a2'] AS id OPTIONAL MATCH (e:Warm {id: id}) WITH id, e WHERE e IS NOT NULL"
          + " CALL (e) { MATCH (c)-[:SUBJECT]->(e) WITH c ORDER BY c.id LIMIT 10 RETURN collect(c {.id, v: [k IN ['id'] | c[k]]}) AS page"
          + " UNION MATCH (c)-[:OBJECT]->(e) RETURN collect(c {.id}) AS page }"
          + " RETURN id, page, [(e)<-[:SUBJECT]-(x) | x.id][0] AS first, COUNT { (e)<-[:SUBJECT]-() } AS n",
      "CALL db.index.fulltext.queryNodes('warm_text', 'warm*') YIELD node, score RETURN node.id, score LIMIT 5",
      "MATCH (a:Warm {id: 'a1'}), (b:Warm {id: 'b2'})"
          + " MATCH p = SHORTEST 3 (a)((x)-[:SUBJECT|OBJECT]-(y)){1,4}(b) RETURN length(p)",
      "MATCH (n) WHERE n:Warm OR n:WarmClaim DETACH DELETE n",
      "DROP INDEX warm_text IF EXISTS",
      "DROP CONSTRAINT warm_id IF EXISTS",
    };
    for (String statement : statements) {
      db.executeTransactionally(statement);
    }
  }

  private static synchronized void stop() {
    DatabaseManagementService running = service;
    service = null;
    if (running != null) {
      System.out.println("FASCIA_NEO4J_STOPPING");
      running.shutdown();
      System.out.println("FASCIA_NEO4J_STOPPED");
      System.out.flush();
    }
  }

  private static void exitWhenStdinCloses() {
    byte[] buffer = new byte[256];
    try {
      while (System.in.read(buffer) >= 0) {
        // The parent writes nothing; only end-of-file matters.
      }
    } catch (IOException closed) {
      // A broken pipe means the parent is gone, the same as end-of-file.
    }
    System.out.println("FASCIA_NEO4J_PARENT_GONE");
    System.exit(0); // runs the shutdown hook, which stops the database cleanly
  }

  private static long positiveLong(String raw, long fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    long value = Long.parseLong(raw.trim());
    if (value <= 0) {
      throw new IllegalArgumentException("expected a positive number of MB, got " + raw);
    }
    return value;
  }

  private record Options(Path data, int port, boolean watchStdin, boolean warmUp) {
    static Options parse(String[] args) {
      Path data = null;
      int port = -1;
      boolean watchStdin = true;
      boolean warmUp = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--data" -> data = Path.of(args[++i]);
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--no-stdin-watch" -> watchStdin = false;
          case "--warm-up-and-exit" -> warmUp = true;
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (data == null || port <= 0 || port > 65535) {
        throw new IllegalArgumentException(
            "usage: Launcher --data <dir> --port <1-65535> [--no-stdin-watch] [--warm-up-and-exit]");
      }
      return new Options(data, port, watchStdin, warmUp);
    }
  }
}
