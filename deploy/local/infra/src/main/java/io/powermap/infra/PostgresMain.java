package io.powermap.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the embedded binaries, for the local stack.
 *
 * <p>Prints {@code POSTGRES_READY <jdbc url>} once it accepts connections (user and password
 * {@code postgres}) and exits when its parent goes away. Options: {@code --data <dir>} (kept across
 * restarts), {@code --port} (default 5432).
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Logs.configure(args.verbose());
        Path data = Path.of(args.get("data", "target/postgres")).toAbsolutePath();
        Files.createDirectories(data);
        int port = args.port("port", 5432);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(data.resolve("work").toFile())
            .setDataDirectory(data.resolve("pgdata"))
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e.getMessage());
            }
            stopped.countDown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "postgres-shutdown"));
        ParentWatch.start(args.parentPid(), () -> System.exit(0));
        System.out.println("POSTGRES_READY " + postgres.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        stopped.await();
    }
}
