package io.powermap.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Apache Kafka broker (KRaft) in a child JVM, started once per test JVM.
 *
 * <p>The broker runs from its own classpath (built by {@code deploy/local/infra}), so its version is
 * independent of the clients Quarkus brings. It exits when this JVM closes its stdin, which happens
 * even when this JVM is killed.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static final long READY_TIMEOUT_SECONDS = 90;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; it ends with the JVM
    }

    /**
     * The broker's address, kept JVM-wide: a test with its own {@code @TestProfile} restarts Quarkus in a new class
     * loader, where this class's static field is null again. Before, each such restart launched a broker of its own
     * in the same data folder, deleting the folder of the one before while it ran (seen as brokers exiting with code 1
     * and, once, as a broker vanishing under a running test).
     */
    private static final String SHARED_SERVERS = "powermap.test.kafka.bootstrap-servers";

    public static String bootstrapServers() {
        // one lock for every class loader of this JVM: a string literal is interned JVM-wide (a non-string value
        // among the system properties broke Narayana's reading of them; the Properties object itself would hold
        // every setProperty for a broker's whole start)
        synchronized (SHARED_SERVERS) {
            String shared = System.getProperty(SHARED_SERVERS);
            if (shared == null) {
                shared = launch();
                System.setProperty(SHARED_SERVERS, shared);
            }
            return shared;
        }
    }

    private static String launch() {
        String lib = System.getProperty("powermap.infra.lib");
        if (lib == null || !new File(lib).isDirectory()) {
            throw new IllegalStateException("no broker classpath at '" + lib + "': build from the project root "
                + "(./mvnw verify) so deploy/local/infra is packaged before the services' tests run");
        }
        Path data = Path.of("target", "kafka-" + ProcessHandle.current().pid()).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            deleteTree(data); // a recycled process id must not hand this broker an older run's log
            Files.createDirectories(data);
            // An out-of-memory error would leave a broker whose network threads are dead but whose process
            // lives on, so clients see it "disconnect" with no cause; exiting makes the cause visible.
            Process broker = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp", lib + File.separator + "*",
                "io.powermap.infra.KafkaBrokerMain", "--data", data.toString()))
                .redirectError(data.resolve("broker.log").toFile())
                .start();
            AtomicBoolean stopping = new AtomicBoolean();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.set(true);
                broker.destroy();
            }, "kafka-broker-stop"));
            reportUnexpectedExit(broker, data, stopping);
            return awaitReady(broker, data);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Kafka broker", e);
        }
    }

    /**
     * A broker that dies while its tests run otherwise shows only as connection warnings in the tests;
     * say so once, with its exit code and the last lines of its log.
     */
    private static void reportUnexpectedExit(Process broker, Path data, AtomicBoolean stopping) {
        broker.onExit().thenAccept(p -> {
            if (stopping.get()) {
                return;
            }
            String tail;
            try {
                List<String> lines = Files.readAllLines(data.resolve("broker.log"), StandardCharsets.UTF_8);
                tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                tail = "(log unreadable: " + e.getMessage() + ")";
            }
            System.err.println("the Kafka broker (pid " + p.pid() + ") exited with code " + p.exitValue()
                + " while tests were running; last lines of " + data.resolve("broker.log") + ":\n" + tail);
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Keeps reading the broker's stdout, so a full pipe can never block one of its threads. */
    private static void drain(BufferedReader out) {
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.err.println("[kafka-broker] " + line);
                }
            } catch (IOException e) {
                // the broker is gone; reportUnexpectedExit says so
            }
        }, "kafka-broker-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private static String awaitReady(Process broker, Path data) {
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(broker.getInputStream(), StandardCharsets.UTF_8));
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("KAFKA_READY ")) {
                        drain(out);
                        return line.substring("KAFKA_READY ".length()).trim();
                    }
                }
                throw new IllegalStateException("the Kafka broker exited before it was ready; see " + data.resolve("broker.log"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return ready.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            broker.destroyForcibly();
            throw new IllegalStateException("the Kafka broker did not start within " + READY_TIMEOUT_SECONDS
                + " s; see " + data.resolve("broker.log"), e);
        }
    }

}
