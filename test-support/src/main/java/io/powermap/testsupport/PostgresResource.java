package io.powermap.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from the embedded binaries, started once per test JVM, under target/. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    /**
     * The server's JDBC URL, kept JVM-wide: a test with its own {@code @TestProfile} restarts Quarkus in
     * a new class loader, where this class's static field is null again, and must reuse the server.
     */
    private static final String SHARED_URL = "powermap.test.postgres.jdbc-url";

    @Override
    public Map<String, String> start() {
        return Map.of(
            "quarkus.datasource.jdbc.url", jdbcUrl(),
            "quarkus.datasource.username", "postgres",
            "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; closed by the shutdown hook
    }

    /** The JDBC URL of the shared server (user and password "postgres"), starting it if need be. */
    public static synchronized String jdbcUrl() {
        String shared = System.getProperty(SHARED_URL);
        if (shared == null) {
            shared = server().getJdbcUrl("postgres", "postgres");
            System.setProperty(SHARED_URL, shared);
        }
        return shared;
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            Path base = Path.of("target", "postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
            try {
                Files.createDirectories(base);
                postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.resolve("work").toFile())
                    .setDataDirectory(base.resolve("data"))
                    .start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start PostgreSQL under " + base, e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; the data directory is disposable
                }
            }, "postgres-stop"));
        }
        return postgres;
    }
}
